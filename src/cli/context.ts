import type { RepoContext, RepoOptions } from '../config/workspace.js';
import { openWorkspace } from '../config/workspace.js';
import { parseInstant } from './instant.js';
import type { CliIo } from './io.js';
import { subfolderNote, subfolderOfRepository } from './subfolder.js';

export type { RepoContext, RepoOptions } from '../config/workspace.js';
export { ConfigError } from '../config/workspace.js';

/**
 * Opens `--repo` (default: cwd) and loads `--config`. Throws InputError on bad input (exit 2). A folder
 * inside a git repository that is no repository of its own gets a note on stderr (see subfolder.ts).
 */
export async function loadRepoContext(opts: RepoOptions, io: CliIo): Promise<RepoContext> {
  const ctx = await openWorkspace(opts, io.cwd);
  const sub = await subfolderOfRepository(ctx.root);
  if (sub) io.stderr(subfolderNote(opts.repo ?? '.', sub));
  return ctx;
}

/** `--now`/`--at`, or the real clock when absent: the only place the CLI reads it. See instant.ts. */
export function parseNow(value: string | undefined, option = '--now'): Date {
  return value === undefined ? new Date() : parseInstant(value, option);
}
