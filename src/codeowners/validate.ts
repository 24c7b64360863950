import { Minimatch } from 'minimatch';
import type { Finding } from '../findings.js';
import { ruleIndex } from './matcher.js';
import type { Codeowners, CodeownersRule } from './types.js';
import { codeownersSeverity } from './rules.js';

export interface ValidateOptions {
  /** Every file path in the repository, including files the reader skipped (binaries match too). */
  files: readonly string[];
  /** Globs (minimatch, repo-relative) whose files must have an owner. */
  requireOwners?: readonly string[];
}

/**
 * Everything that can be said about a CODEOWNERS file without the API: its syntax problems,
 * duplicate patterns, patterns matching no file, rules that never win, and required-but-unowned
 * files. Findings on rules carry the rule's exact line and column.
 */
export function validateCodeowners(codeowners: Codeowners, opts: ValidateOptions): Finding[] {
  const findings: Finding[] = [...codeowners.problems];
  if (codeowners.ignored) return findings;

  const { rules } = codeowners;
  const files = opts.files;
  // Each file is matched once, against the rules that can match it; every later question is
  // answered from these tables (a rule that never wins learns from them what shadows it).
  const index = ruleIndex(codeowners);
  const winners: number[] = [];
  const wins = new Array<number>(rules.length).fill(0);
  const shadowed = new Map<number, { matched: number; example: string; by: Set<number> }>();
  for (const f of files) {
    const [winner = -1, ...losers] = index.matching(f);
    winners.push(winner);
    if (winner >= 0) wins[winner]!++;
    for (const i of losers) {
      const entry = shadowed.get(i);
      if (entry) {
        entry.matched++;
        entry.by.add(winner);
      } else shadowed.set(i, { matched: 1, example: f, by: new Set([winner]) });
    }
  }

  const duplicateOf = duplicatePatterns(rules);
  duplicateOf.forEach((later, i) => {
    const rule = rules[i]!;
    findings.push(
      ruleFinding(
        codeowners.path,
        rule,
        'codeowners/duplicate-pattern',
        'warning',
        `duplicate pattern "${rule.pattern}": line ${rules[later]!.line} repeats it and wins ` +
          '(the last matching pattern takes precedence), so this line never applies',
      ),
    );
  });

  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i]!;
    // Already explained: a later duplicate, or a pattern that can never match (see pattern.ts D12).
    if (wins[i]! > 0 || duplicateOf.has(i) || rule.matcher.globs.length === 0) continue;
    if (files.length === 0) continue;
    const {
      matched,
      example,
      by: shadowers,
    } = shadowed.get(i) ?? {
      matched: 0,
      example: '',
      by: new Set<number>(),
    };
    if (matched === 0) {
      findings.push(
        ruleFinding(
          codeowners.path,
          rule,
          'codeowners/unmatched-pattern',
          'warning',
          `pattern "${rule.pattern}" matches no file in the repository`,
        ),
      );
      continue;
    }
    const by = [...shadowers]
      .sort((a, b) => a - b)
      .map((w) => `line ${rules[w]!.line} ("${rules[w]!.pattern}")`)
      .join(', ');
    const what =
      matched === 1
        ? `the only file it matches (${example}) is owned by a later rule`
        : `all ${matched} files it matches are owned by later rules`;
    findings.push(
      ruleFinding(
        codeowners.path,
        rule,
        'codeowners/shadowed-rule',
        'warning',
        `rule "${rule.pattern}" never applies: ${what}: ${by}. The last matching pattern wins; ` +
          'move this line below them or delete it',
      ),
    );
  }

  const required = compileGlobs(opts.requireOwners ?? []);
  if (required.length > 0) {
    files.forEach((f, k) => {
      const glob = required.find((g) => g.matches(f));
      if (!glob) return;
      const w = winners[k]!;
      if (w >= 0 && rules[w]!.owners.length > 0) return;
      const why =
        w < 0
          ? 'no CODEOWNERS rule matches it'
          : `line ${rules[w]!.line} ("${rules[w]!.pattern}") un-assigns it`;
      findings.push({
        ruleId: 'codeowners/unowned-file',
        severity: codeownersSeverity('codeowners/unowned-file'),
        message: `${f} has no code owner (${why}), but codeowners.requireOwners "${glob.source}" requires one`,
        file: f,
      });
    });
  }
  return findings;
}

/** Earlier index → index of the last rule with the identical pattern. */
function duplicatePatterns(rules: readonly CodeownersRule[]): Map<number, number> {
  const last = new Map<string, number>();
  rules.forEach((r, i) => last.set(r.pattern, i));
  const out = new Map<number, number>();
  rules.forEach((r, i) => {
    const l = last.get(r.pattern)!;
    if (l !== i) out.set(i, l);
  });
  return out;
}

function ruleFinding(
  file: string,
  rule: CodeownersRule,
  ruleId: string,
  severity: Finding['severity'],
  message: string,
): Finding {
  return {
    ruleId,
    severity,
    message,
    file,
    line: rule.line,
    column: rule.column,
    endColumn: rule.column + rule.pattern.length,
  };
}

export interface PathGlob {
  source: string;
  matches(path: string): boolean;
}

/**
 * Config globs (`requireOwners`), read like `config.ignore`: minimatch with dotfiles, and a glob
 * naming a directory (`src`, `src/`) covers everything beneath it.
 */
export function compileGlobs(globs: readonly string[]): PathGlob[] {
  return globs
    .map((g) => g.trim())
    .filter((g) => g !== '')
    .map((source) => {
      const m = new Minimatch(source.replace(/^\.\//, '').replace(/\/+$/, ''), { dot: true });
      return {
        source,
        matches: (path: string) => {
          if (m.match(path)) return true;
          let slash = path.indexOf('/');
          while (slash > 0) {
            if (m.match(path.slice(0, slash))) return true;
            slash = path.indexOf('/', slash + 1);
          }
          return false;
        },
      };
    });
}
