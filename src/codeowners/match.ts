import { ruleIndex } from './matcher.js';
import { normalizeRepoPath } from './pattern.js';
import type { Codeowners, CodeownersRule, Ownership } from './types.js';

/** Index of the rule GitHub applies to `path` (the last one that matches), or -1. */
export function winningRuleIndex(codeowners: Codeowners, path: string): number {
  return ruleIndex(codeowners).winner(path);
}

export function winningRule(codeowners: Codeowners, path: string): CodeownersRule | undefined {
  const i = winningRuleIndex(codeowners, normalizeRepoPath(path));
  return i < 0 ? undefined : codeowners.rules[i];
}

/**
 * Who owns `path`, as GitHub would answer: the owners of the last matching rule. A matching rule
 * without owners un-assigns the path (owners `[]`, but `line`/`pattern` name that rule).
 */
export function ownersOf(codeowners: Codeowners, path: string): Ownership {
  const clean = normalizeRepoPath(path);
  const rule = winningRule(codeowners, clean);
  return rule
    ? { path: clean, owners: [...rule.owners], line: rule.line, pattern: rule.pattern }
    : { path: clean, owners: [], line: null, pattern: null };
}
