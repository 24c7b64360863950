import type { Finding } from '../findings.js';
import type { CompiledPattern } from './pattern.js';

/** One effective CODEOWNERS rule: a line GitHub would apply. */
export interface CodeownersRule {
  /** 1-based line in the CODEOWNERS file. */
  line: number;
  /** 1-based column where the pattern starts. */
  column: number;
  /** The pattern exactly as written. */
  pattern: string;
  /** Owners in file order; empty means the rule un-assigns what it matches. */
  owners: readonly string[];
  /** 1-based column of each owner, parallel to `owners`. */
  ownerColumns: readonly number[];
  matcher: CompiledPattern;
}

export interface Codeowners {
  /** Repository-relative path of the file (`.github/CODEOWNERS`, …). */
  path: string;
  /** Rules in file order; skipped (invalid) lines are absent. The last matching rule wins. */
  rules: readonly CodeownersRule[];
  /** Syntax problems at their file:line:column. */
  problems: readonly Finding[];
  /** True when GitHub ignores the whole file (over its size limit): no rule applies. */
  ignored: boolean;
}

/** The `codeowners owners --json` contract: keep field names and order. */
export interface Ownership {
  path: string;
  owners: string[];
  /** Line of the winning rule; null when no rule matches. */
  line: number | null;
  /** Pattern of the winning rule; null when no rule matches. */
  pattern: string | null;
}
