import type { Finding } from '../findings.js';
import { ownerKey, ownerKind, ownerSyntaxProblem } from './owners.js';
import { compilePattern, lineIgnored, sectionHeaderIssue } from './pattern.js';
import type { PatternIssue } from './pattern.js';
import type { Codeowners, CodeownersRule } from './types.js';
import { codeownersSeverity } from './rules.js';

/** GitHub does not load a CODEOWNERS file of 3 MB or more: no rule of it applies. */
export const CODEOWNERS_MAX_BYTES = 3 * 1024 * 1024;

/**
 * Parses CODEOWNERS text the way GitHub reads it. Invalid lines are reported and skipped (GitHub
 * skips them too); everything else becomes a rule with its line and columns.
 *
 * Line syntax: `pattern owner…  # comment`. A `#` starting the line (after blanks) makes it a
 * comment; a `#` starting a later token starts an inline comment, so it is never taken for an
 * owner. Backslash escapes the next character in the pattern, including a space.
 */
export function parseCodeowners(text: string, path: string): Codeowners {
  const problems: Finding[] = [];
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes >= CODEOWNERS_MAX_BYTES) {
    problems.push({
      ruleId: 'codeowners/too-large',
      severity: codeownersSeverity('codeowners/too-large'),
      message:
        `${path} is ${formatMb(bytes)}; GitHub ignores a CODEOWNERS file of 3 MB or more, so no ` +
        'code owners apply. Consolidate entries with wildcard patterns.',
      file: path,
    });
    return { path, rules: [], problems, ignored: true };
  }

  const rules: CodeownersRule[] = [];
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  lines.forEach((raw, index) => {
    const rule = parseLine(raw.endsWith('\r') ? raw.slice(0, -1) : raw, index + 1, path, problems);
    if (rule) rules.push(rule);
  });
  return { path, rules, problems, ignored: false };
}

const isBlank = (ch: string | undefined): boolean => ch === ' ' || ch === '\t';

function parseLine(
  line: string,
  lineNo: number,
  path: string,
  problems: Finding[],
): CodeownersRule | undefined {
  let i = 0;
  while (isBlank(line[i])) i++;
  if (i >= line.length || line[i] === '#') return undefined;

  const section = sectionHeaderIssue(line.slice(i));
  if (section) {
    problems.push({
      ...issueFinding(section, path, lineNo, i),
      endColumn: line.trimEnd().length + 1,
    });
    return undefined;
  }

  const patternStart = i;
  while (i < line.length && !isBlank(line[i])) {
    // An escaped character (a space, typically) belongs to the pattern.
    i += line[i] === '\\' && i + 1 < line.length ? 2 : 1;
  }
  const pattern = line.slice(patternStart, i);

  const owners: string[] = [];
  const ownerColumns: number[] = [];
  let valid = true;
  const seen = new Map<string, number>();
  for (;;) {
    while (isBlank(line[i])) i++;
    if (i >= line.length || line[i] === '#') break;
    const start = i;
    while (i < line.length && !isBlank(line[i])) i++;
    const owner = line.slice(start, i);
    const problem = ownerSyntaxProblem(owner);
    if (problem) {
      valid = false;
      problems.push({
        ruleId: 'codeowners/invalid-owner',
        severity: codeownersSeverity('codeowners/invalid-owner'),
        message: `${problem}${/[?.]$/.test(problem) ? '' : '.'} GitHub ignores this line.`,
        file: path,
        line: lineNo,
        column: start + 1,
        endColumn: i + 1,
      });
      continue;
    }
    const earlier = seen.get(ownerKey(owner));
    if (earlier !== undefined) {
      problems.push({
        ruleId: 'codeowners/duplicate-owner',
        severity: codeownersSeverity('codeowners/duplicate-owner'),
        message: `${owner} is listed twice on this line (first at column ${earlier})`,
        file: path,
        line: lineNo,
        column: start + 1,
        endColumn: i + 1,
      });
      continue;
    }
    seen.set(ownerKey(owner), start + 1);
    owners.push(owner);
    ownerColumns.push(start + 1);
  }

  const ownerFirst = ownerInsteadOfPattern(pattern, owners);
  if (ownerFirst) {
    problems.push(issueFinding(ownerFirst, path, lineNo, patternStart));
    return undefined;
  }
  const { compiled, issues } = compilePattern(pattern);
  for (const issue of issues) problems.push(issueFinding(issue, path, lineNo, patternStart));
  if (!compiled || !valid) return undefined;
  return {
    line: lineNo,
    column: patternStart + 1,
    pattern,
    owners,
    ownerColumns,
    matcher: compiled,
  };
}

function issueFinding(issue: PatternIssue, path: string, line: number, start: number): Finding {
  return {
    ruleId: issue.ruleId,
    severity: issue.severity,
    message: issue.message,
    file: path,
    line,
    column: start + issue.offset + 1,
  };
}

/**
 * `@acme/web` alone on a line (someone meant "the default owner"): GitHub reads the owner as a path pattern
 * with no owners, which owns nothing. Said as such, not as a pattern that matches no file.
 */
function ownerInsteadOfPattern(
  pattern: string,
  owners: readonly string[],
): PatternIssue | undefined {
  const kind = ownerKind(pattern);
  if (kind !== 'user' && kind !== 'team') return undefined;
  const fix = ['*', pattern, ...owners].join(' ');
  return lineIgnored(
    'codeowners/syntax',
    0,
    `this line starts with the owner "${pattern}", not a pattern: GitHub reads "${pattern}" as a path, ` +
      `which matches no file, so the line owns nothing. For the default owners of every file write "${fix}".`,
  );
}

function formatMb(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
