import type { Severity } from '../findings.js';

/**
 * The resolved configuration: `.github/ops-steward.yml` merged over the defaults.
 * `schemas/config.schema.json` is the contract for the file; these are the types after defaults.
 */
export interface Config {
  /** Which check modules run. A module whose inputs are absent reports nothing. */
  checks: Record<string, boolean>;
  /** Globs (minimatch, repo-relative) excluded from every check. */
  ignore: string[];
  flags: FlagsConfig;
  codeowners: CodeownersConfig;
  oncall: OnCallConfig;
}

export type KeyTransform =
  'none' | 'camelCase' | 'snake_case' | 'kebab-case' | 'PascalCase' | 'UPPER_SNAKE';

/** How code reads a flag. Exactly one of the shapes below. */
export type AccessorConfig =
  /** A call whose argument is the flag key: `isEnabled`, `client.variation`, `*.isOn`. */
  | { call: string; argument?: number; transform?: KeyTransform }
  /** A JSX element whose attribute is the flag key: `<IfFeatureEnabled feature="x">`. */
  | { jsx: string; attribute: string; transform?: KeyTransform }
  /** A member-access root whose properties are flag keys: `featureToggles.newCheckout`. */
  | { member: string; transform?: KeyTransform }
  /** A call returning an object whose properties are flag keys: `useFlags().newCheckout`. */
  | { objectFrom: string; transform?: KeyTransform };

export type FlagState = 'active' | 'expiring' | 'expired' | 'orphaned' | 'undeclared' | 'permanent';

export interface FlagsConfig {
  /** Registry file, repo-relative. */
  registry: string;
  expiringWithinDays: number;
  /** Maximum days from `created` (or last renewal) to `expires`, per flag type; `default` for the rest. */
  lifetimeDays: Record<string, number>;
  /** Allowed flag types. */
  types: string[];
  /** Types that never expire (kill switches, permissions). */
  permanentTypes: string[];
  /** Source files scanned for references (minimatch). */
  include: string[];
  exclude: string[];
  /** Project accessors, added to the built-in SDK accessors unless `defaultAccessors` is false. */
  accessors: AccessorConfig[];
  defaultAccessors: boolean;
  /** Also count quoted occurrences of declared keys in non-JS/TS text files. */
  textReferences: boolean;
  /** Severity per state and for unresolved dynamic references; `off` silences it. */
  severity: Record<Exclude<FlagState, 'active' | 'permanent'> | 'unresolved', Severity | 'off'>;
  /** The scheduled sweep that keeps one GitHub issue per flag needing attention. */
  sync: FlagSyncConfig;
}

/** States that get an issue. */
export type FlagSyncState = 'expiring' | 'expired' | 'orphaned' | 'undeclared';

export interface FlagSyncConfig {
  /** `base` marks every flag issue; one label per state is swapped as the state changes. */
  labels: { base: string } & Record<FlagSyncState, string>;
  /** Most GitHub writes (issues, comments, labels) one sweep makes; the rest waits for the next run. */
  budget: number;
  /** Days an expired flag's issue stays open (after expiry and after the notice) before the next level is mentioned. */
  escalateAfterDays: number;
  /** Least days between two reopenings of an issue a person closed while its flag is still expired. */
  reopenAfterDays: number;
  /** Also assign the members of a team owner (needs a token that can read the org's teams). */
  assignTeamMembers: boolean;
}

export interface CodeownersConfig {
  /** Globs whose files must have an owner. */
  requireOwners: string[];
  /** Team (or user) → escalation policy name in the on-call config. */
  teams: Record<string, { policy?: string }>;
}

export interface OnCallConfig {
  /** On-call files (schedules, escalation policies, team → policy), repo-relative, merged in order. */
  files: string[];
}
