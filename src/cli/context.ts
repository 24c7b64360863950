import type { RepoContext, RepoOptions } from '../config/workspace.js';
import { openWorkspace } from '../config/workspace.js';
import { parseInstant } from './instant.js';
import type { CliIo } from './io.js';

export type { RepoContext, RepoOptions } from '../config/workspace.js';
export { ConfigError } from '../config/workspace.js';

/** Opens `--repo` (default: cwd) and loads `--config`. Throws InputError on bad input (exit 2). */
export function loadRepoContext(opts: RepoOptions, io: CliIo): Promise<RepoContext> {
  return openWorkspace(opts, io.cwd);
}

/** `--now`/`--at`, or the real clock when absent: the only place the CLI reads it. See instant.ts. */
export function parseNow(value: string | undefined, option = '--now'): Date {
  return value === undefined ? new Date() : parseInstant(value, option);
}
