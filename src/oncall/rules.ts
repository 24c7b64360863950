import { ruleMaker } from '../core/rules.js';
import type { RuleDefinition } from '../core/rules.js';

const rule = ruleMaker('oncall');

export const ONCALL_RULES: readonly RuleDefinition[] = [
  rule('yaml', 'error', 'An on-call file is not valid YAML.'),
  rule(
    'invalid',
    'error',
    'An on-call file does not match its schema (schemas/oncall.schema.json).',
  ),
  rule('unknown-key', 'warning', 'An unknown key in an on-call file (a typo of a known one?).'),
  rule('duplicate', 'error', 'A schedule, policy or team defined twice.'),
  rule(
    'unknown-schedule',
    'error',
    'An escalation policy notifies a schedule that is not defined.',
  ),
  rule(
    'unknown-policy',
    'error',
    'A team (in `teams:` or `codeowners.teams`) is mapped to an escalation policy that is not defined.',
  ),
  rule('missing-file', 'warning', 'An on-call file named by `oncall.files` does not exist.'),
  rule('unreadable', 'error', 'An on-call file exists but cannot be read.'),
  rule('coverage-gap', 'error', 'Nobody is on call during part of the required coverage.'),
  rule(
    'double-booked',
    'warning',
    'The same person is on two levels of one escalation policy at the same time.',
  ),
  rule('single-member', 'warning', 'A rotation with one member: nobody to hand over to.'),
  rule('single-level', 'warning', 'An escalation policy with one level: nobody to escalate to.'),
  rule('short-delay', 'warning', 'An escalation level less than 5 minutes after the previous one.'),
  rule('override-inverted', 'error', 'An override whose `to` is at or before its `from`.'),
  rule('override-past', 'notice', 'An override that ended before now: clean it up.'),
  rule('override-overlap', 'warning', 'Two overrides of one schedule overlap.'),
  rule(
    'dst-handoff',
    'warning',
    'A handoff at a local time that is skipped or repeated by a DST change.',
  ),
  rule('unused-schedule', 'notice', 'A schedule that no escalation policy notifies.'),
  rule(
    'unfair-load',
    'warning',
    'Someone carries more than 1.5× the median on-call, night or weekend hours of their rotation.',
  ),
  rule(
    'unknown-person',
    'warning',
    'A `@login` that is not a GitHub user (or not in the organization); needs API access.',
  ),
];
