import { ruleMaker } from '../core/rules.js';
import type { RuleDefinition } from '../core/rules.js';
import type { Severity } from '../findings.js';

const rule = ruleMaker('codeowners');

export const CODEOWNERS_RULES: readonly RuleDefinition[] = [
  rule(
    'missing-file',
    'error',
    'No CODEOWNERS file although `codeowners.requireOwners` requires owners for some files.',
  ),
  rule('syntax', 'error', 'A line GitHub cannot parse: it ignores the whole line.'),
  rule('negation', 'error', 'A `!pattern`: GitHub does not support negation and ignores the line.'),
  rule(
    'character-range',
    'error',
    'An unescaped `[` or `]` (a range, a Next.js `[id]` folder): GitHub rejects the pattern and ignores the line.',
  ),
  rule(
    'escaped-comment',
    'error',
    'A pattern starting with `\\#`: GitHub does not support the escape and ignores the line.',
  ),
  rule('invalid-owner', 'error', 'An owner that is not a @user, @org/team or an email.'),
  rule(
    'duplicate-owner',
    'notice',
    'The same owner twice on one line (harmless: GitHub counts it once).',
  ),
  rule('duplicate-pattern', 'warning', 'The same pattern on two lines: only the last one counts.'),
  rule('shadowed-rule', 'warning', 'A rule that a later rule overrides for every file it matches.'),
  rule('unmatched-pattern', 'warning', 'A pattern that matches no file in the repository.'),
  rule('never-matches', 'warning', 'A pattern that can never match a file as GitHub reads it.'),
  rule('unowned-file', 'error', 'A file under `codeowners.requireOwners` that has no owner.'),
  rule(
    'too-large',
    'error',
    'CODEOWNERS is over GitHub’s 3 MB limit: GitHub ignores the whole file.',
  ),
  rule('unreadable', 'error', 'The CODEOWNERS file GitHub uses exists but cannot be read.'),
  rule(
    'ignored-file',
    'warning',
    'A CODEOWNERS file GitHub ignores because an earlier location has one.',
  ),
  rule(
    'unknown-owner',
    'error',
    'An owner that does not exist on GitHub, or that this token cannot see.',
  ),
  rule('owner-no-write', 'error', 'An owner without write access: GitHub ignores it for reviews.'),
  rule('owners-not-verified', 'notice', 'Owners were not verified against GitHub (no token).'),
  rule('github-error', 'error', 'An error GitHub itself reports for this CODEOWNERS file.'),
  rule('github-unavailable', 'notice', 'GitHub’s own CODEOWNERS verdict could not be read.'),
  rule('no-escalation-policy', 'warning', 'A team owns code but has no escalation policy.'),
];

const DEFAULT_SEVERITY = new Map(CODEOWNERS_RULES.map((r) => [r.id, r.severity]));

/** A rule's default severity, read from the catalogue so that what is reported and what is documented agree. */
export function codeownersSeverity(id: string): Severity {
  const severity = DEFAULT_SEVERITY.get(id);
  if (severity === undefined) throw new Error(`${id} is not in the codeowners rule catalogue`);
  return severity;
}
