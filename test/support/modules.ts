import type { Config } from '../../src/config/types.js';
import type {
  DomainModule,
  ModuleContext,
  ModuleServices,
  PullRequestContext,
} from '../../src/core/module.js';
import type { PullRequestDiff } from '../../src/repo/diff.js';
import { moduleContext } from '../../src/engine/run-checks.js';
import type { Finding } from '../../src/findings.js';
import type { RepoFiles } from '../../src/repo/types.js';

/** The context a module gets in a run, for calling one module's check directly. */
export function contextFor(
  files: RepoFiles,
  config: Config,
  now: Date,
  services: ModuleServices = {},
): ModuleContext {
  return moduleContext(files, config, { now, services });
}

/** A module of a test: only an id, a title and its check. */
export function testModule(
  id: string,
  title: string,
  check: (ctx: ModuleContext) => Promise<Finding[]>,
): DomainModule {
  return { id, title, description: title, rules: [], check };
}

/**
 * The context a module's `pullRequest` gets: head files, the diff as GitHub lists it (`diffFromPullFiles`
 * of `GET /pulls/{n}/files` entries) and the base commit's files.
 */
export function pullRequestContextFor(
  head: RepoFiles,
  base: RepoFiles,
  diff: PullRequestDiff,
  config: Config,
  now: Date,
): PullRequestContext {
  return { ...contextFor(head, config, now), diff, base: { read: (path) => base.read(path) } };
}
