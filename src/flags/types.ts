/**
 * Shared shapes of the flags domain. `references`/`unresolved` are the `flags scan --json`
 * contract: keep field names and order.
 */

/** How a reference's key was resolved by static analysis. */
export type ReferenceVia =
  | 'literal'
  | 'constant'
  | 'enum'
  | 'object'
  | 'union'
  | 'template'
  | 'concat'
  | 'wrapper'
  | 'member'
  | 'jsx'
  | 'hint'
  | 'text'
  /** A member of a registry declared in code (`Flags.EnableAi`, `FLAGS.enable_ai`), whatever reads it. */
  | 'symbol'
  /** A string literal whose declared type is a registry's key type (`hasFlag('x')` with `flag: FlagKey`). */
  | 'typed-literal';

export interface FlagReference {
  /** The exact flag key, or null when only a pattern is known. */
  key: string | null;
  /** A glob (`checkout-*`) when the key is built at run time from unknown parts. */
  pattern: string | null;
  /** Repository-relative, forward slashes. */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  via: ReferenceVia;
  /** The accessor that reads the flag (`isEnabled`, `client.variation`, `<IfFeatureEnabled feature>`, a wrapper's name…). */
  accessor: string;
}

export interface UnresolvedReference {
  file: string;
  line: number;
  column: number;
  accessor: string;
  /** Source text of the argument that could not be resolved. */
  expression: string;
}

/** A scanned source file the scanner could not fully parse: its flag reads may be missing. */
export interface SkippedFile {
  file: string;
  /** Why, for a notice: `syntax error at L:C: …`, `could not be analysed (…)`. */
  reason: string;
  /** 1-based, where the problem has a position (a syntax error). */
  line?: number;
  column?: number;
}

/**
 * A read that takes every key of the registry at once: a loop or `Object.keys/values/entries` over
 * it (a settings screen), or an argument typed with the registry's whole key type. It proves no
 * single flag is read, so it is reported instead of counted as a reference to each key.
 */
export interface RegistryUse {
  file: string;
  line: number;
  column: number;
  accessor: string;
  kind: 'iteration' | 'union';
  /** Source text of the key argument. */
  expression: string;
  /** The declared keys it covers. */
  keys: string[];
}

export interface ScanResult {
  references: FlagReference[];
  unresolved: UnresolvedReference[];
  /** Present only when non-empty. */
  registryUses?: RegistryUse[];
  /** Present only when non-empty; not part of the `flags scan --json` contract. */
  skipped?: SkippedFile[];
}

/** One flag as declared in the registry (after validation). */
export interface DeclaredFlag {
  key: string;
  owners: string[];
  /** ISO date `YYYY-MM-DD`. */
  created: string | null;
  /** ISO date `YYYY-MM-DD`, null for permanent flags. */
  expires: string | null;
  type: string;
  description?: string;
  /** Where the flag's key sits in the registry file (1-based). */
  file: string;
  line: number;
  column: number;
  /**
   * A key declared in code whose owner and dates come from a YAML registry entry: that YAML file
   * (renewals edit it there). Absent when the metadata sits with the key (YAML, or JSDoc tags).
   */
  metadataFile?: string;
  /**
   * Where `created` is written when that is not at the key: a JSDoc `@created` tag, or the YAML entry
   * of a code-declared key. Findings about the date (one in the future) point there.
   */
  createdAt?: { file: string; line: number; column: number };
  /**
   * The first line of the flag's metadata when it starts above the key (a member's JSDoc block):
   * findings between there and the key are about this flag, not the one before.
   */
  metadataLine?: number;
}
