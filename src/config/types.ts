import type { Severity } from '../findings.js';

/**
 * The resolved configuration: `.github/ops-steward.yml` merged over the defaults. The keys every run has
 * are here; each domain adds its own key to `ModuleConfigs` by declaration merging in its `config.ts`,
 * where its JSON Schema fragment is the single source of that key's type, defaults and published schema.
 */
export interface BaseConfig {
  /** Which modules run (`checks.<module id>`); all are on by default. */
  checks: Record<string, boolean>;
  /** Globs (minimatch, repo-relative) excluded from every check. */
  ignore: string[];
  /** Severity per rule id, or `off`; checked against the rule catalogue. */
  rules: Record<string, Severity | 'off'>;
}

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface ModuleConfigs {}

export type Config = BaseConfig & ModuleConfigs;
