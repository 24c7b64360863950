import type { Config } from './config/types.js';
import type { Finding } from './findings.js';
import type { RepoFiles } from './repo/types.js';

/** What every check module receives. Pure: no process.env, no network, no clock but `now`. */
export interface CheckContext {
  /** The repository, with `config.ignore` already applied. */
  files: RepoFiles;
  config: Config;
  /** Path of the config file that was read, or undefined when defaults apply. */
  configPath?: string;
  /** Problems found while loading the config (unknown keys and the like), reported by the `config` check. */
  configDiagnostics: readonly Finding[];
  now: Date;
  /** Progress of a check's scan of the code, for a front door that shows it (the CLI on a terminal). */
  onScanProgress?: (progress: { done: number; total: number }) => void;
}

/** A check module. Registered once in `src/checks.ts`. */
export interface Check {
  /** Also the key under `checks:` in the config that enables or disables it. */
  id: string;
  title: string;
  run(ctx: CheckContext): Promise<Finding[]>;
}
