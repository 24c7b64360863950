import { readContentsAtRef, UnreadableFileError } from '../github/contents.js';
import { syncFlagIssues } from '../engine/sync-flag-issues.js';
import { githubFlagIssues } from '../github/flag-sync.js';
import { pageItems } from '../github/paginate.js';
import type { FlagSyncResult } from '../flags/sync/result.js';
import { openGitHubRepo } from '../repo/github.js';
import type { KnownBlob, OctokitLike } from '../repo/github.js';
import type { AppLog } from './check-pull-request.js';
import { loadBaseConfig } from './config.js';
import { registrySources } from '../flags/registry-sources.js';

/**
 * The App's flag-issue sweep of one repository (on a push to the default branch, on installation, and once a
 * day): the default branch's config and files through the API, then the same sweep use case the Action runs.
 * The App has no local history, so closing comments say the removing commit is unknown.
 */

export interface RepoToSync {
  owner: string;
  repo: string;
  /** Branch or commit to sweep; the repository's default branch when absent. */
  ref?: string;
}

export type RepoSyncOutcome =
  | { kind: 'synced'; result: FlagSyncResult }
  | { kind: 'skipped'; reason: string }
  | { kind: 'failed'; reason: string };

export interface SyncDeps {
  now: Date;
  log: AppLog;
  /** Web root for issue links on GitHub Enterprise Server. */
  serverUrl?: string;
}

/** Never throws: one repository's trouble must not stop a pass over every installation. */
export async function syncRepository(
  octokit: OctokitLike,
  target: RepoToSync,
  deps: SyncDeps,
): Promise<RepoSyncOutcome> {
  const where = `${target.owner}/${target.repo}`;
  try {
    const ref = target.ref ?? (await defaultBranch(octokit, target));
    const loaded = await loadBaseConfig(octokit, { owner: target.owner, repo: target.repo, ref });
    if (!loaded.ok) {
      const reason = `the config ${loaded.configPath} at ${ref} is invalid (${loaded.errors.length} error(s)); the flag issues were left as they are`;
      deps.log.warning(`flags-sync ${where}: ${reason}`);
      return { kind: 'skipped', reason };
    }
    const config = loaded.config;
    if (config.checks.flags === false)
      return { kind: 'skipped', reason: 'checks.flags is false in the config' };

    // Reading the whole tree costs one request per source file: skip repositories that use no flags at all.
    const registries = [...new Set(registrySources(config.flags).map((r) => r.path))];
    const probe = await probeRegistries(
      octokit,
      { owner: target.owner, repo: target.repo, ref },
      registries,
    );
    if (!probe.found && !(await hasOpenFlagIssue(octokit, target, config.flags.sync.labels.base)))
      return {
        kind: 'skipped',
        reason: `no ${orList(registries)} and no open flag issue: nothing to sweep`,
      };

    // The registries the probe read are handed on: the sweep reads them from there, not again.
    const tree = await openGitHubRepo(
      octokit,
      { owner: target.owner, repo: target.repo, ref },
      { known: probe.read },
    );
    const result = await syncFlagIssues({
      tracker: githubFlagIssues(octokit),
      owner: target.owner,
      repo: target.repo,
      sha: tree.sha,
      files: tree,
      config,
      now: deps.now,
      log: {
        info: (m) => deps.log.info(`flags-sync ${where}: ${m}`),
        warning: (m) => deps.log.warning(`flags-sync ${where}: ${m}`),
      },
      ...(deps.serverUrl ? { serverUrl: deps.serverUrl } : {}),
    });
    const c = result.counts;
    deps.log.info(
      `flags-sync ${where}@${tree.sha.slice(0, 7)}: ${c.created} created, ${c.updated} updated, ${c.closed} closed, ` +
        `${c.reopened} reopened, ${c.escalated} escalated, ${result.writes}/${result.budget} writes` +
        (result.error ? `; error: ${result.error}` : ''),
    );
    return result.error ? { kind: 'failed', reason: result.error } : { kind: 'synced', result };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    deps.log.warning(`flags-sync ${where}: ${reason}`);
    return { kind: 'failed', reason };
  }
}

async function defaultBranch(octokit: OctokitLike, target: RepoToSync): Promise<string> {
  const { data } = await octokit.request('GET /repos/{owner}/{repo}', {
    owner: target.owner,
    repo: target.repo,
  });
  const branch = (data as { default_branch?: unknown }).default_branch;
  if (typeof branch !== 'string')
    throw new Error(`GitHub returned no default branch for ${target.owner}/${target.repo}`);
  return branch;
}

/**
 * Whether any configured registry file (YAML or a TypeScript declaration) is on the branch, and the
 * blobs of those read on the way. One the contents API cannot hand over (over 1 MB, a symlink) exists
 * too: the sweep reads it from the tree, and says so if it cannot.
 */
async function probeRegistries(
  octokit: OctokitLike,
  at: { owner: string; repo: string; ref: string },
  paths: readonly string[],
): Promise<{ found: boolean; read: Map<string, KnownBlob> }> {
  const read = new Map<string, KnownBlob>();
  let found = false;
  for (const path of paths) {
    try {
      const file = await readContentsAtRef(octokit, { ...at, path });
      if (file === undefined) continue;
      found = true;
      if (file.blob) read.set(path, file.blob);
    } catch (error) {
      if (error instanceof UnreadableFileError) found = true;
      else throw error;
    }
  }
  return { found, read };
}

function orList(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

async function hasOpenFlagIssue(
  octokit: OctokitLike,
  target: RepoToSync,
  label: string,
): Promise<boolean> {
  const { data } = await octokit.request('GET /repos/{owner}/{repo}/issues', {
    owner: target.owner,
    repo: target.repo,
    labels: label,
    state: 'open',
    per_page: 1,
  });
  return Array.isArray(data) && data.length > 0;
}

/** What the daily pass needs of Probot: the App's own client and one per installation. */
export interface InstallationsAuth {
  auth(installationId?: number): Promise<OctokitLike>;
}

export interface SweepSummary {
  installations: number;
  repositories: number;
  synced: number;
  skipped: number;
  failed: number;
  /** Set when the pass stopped early for a shutdown: the counts are of what it reached. */
  stopped?: true;
}

export type SweepDeps = Omit<SyncDeps, 'now'> & {
  now: () => Date;
  /** Aborted when the process shuts down: the pass ends after the repository in hand. */
  signal?: AbortSignal;
  /** Told each repository as the pass starts on it (`acme/shop`). */
  at?: (where: string) => void;
};

/** Bound on pages of installations and of repositories per installation (10,000 each). */
const MAX_PAGES = 100;

/**
 * One pass over every installation and every repository it can see, one repository at a time (GitHub's
 * secondary limits punish bursts). Suspended installations and archived repositories, and those with
 * issues turned off, are skipped: nothing can be written there.
 */
export async function sweepInstallations(
  app: InstallationsAuth,
  deps: SweepDeps,
): Promise<SweepSummary> {
  const summary: SweepSummary = {
    installations: 0,
    repositories: 0,
    synced: 0,
    skipped: 0,
    failed: 0,
  };
  const appOctokit = await app.auth();
  const installations = pageItems(
    appOctokit,
    'GET /app/installations',
    {},
    { maxPages: MAX_PAGES },
  );
  for await (const raw of installations) {
    if (deps.signal?.aborted) break;
    const inst = raw as { id?: unknown; suspended_at?: unknown; account?: { login?: unknown } };
    if (typeof inst.id !== 'number' || inst.suspended_at) continue;
    summary.installations++;
    try {
      const id = inst.id;
      await sweepInstallation(await app.auth(id), () => app.auth(id), summary, deps);
    } catch (error) {
      deps.log.warning(
        `daily flags-sync: installation ${inst.id} (${String(inst.account?.login ?? '?')}) failed: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
  if (deps.signal?.aborted) summary.stopped = true;
  deps.log.info(
    `daily flags-sync: ${summary.installations} installation(s), ${summary.repositories} repositories: ` +
      `${summary.synced} synced, ${summary.skipped} skipped, ${summary.failed} failed` +
      (summary.stopped
        ? '; stopped early for the shutdown (the next pass, within an hour of the next start, sweeps the rest)'
        : ''),
  );
  return summary;
}

/**
 * `repoClient` gives each repository a client of its own: a client that gave up on GitHub (see
 * request-budget.ts) refuses every later request, and one slow repository must not fail the rest.
 */
async function sweepInstallation(
  octokit: OctokitLike,
  repoClient: () => Promise<OctokitLike>,
  summary: SweepSummary,
  deps: SweepDeps,
): Promise<void> {
  const repos = pageItems(
    octokit,
    'GET /installation/repositories',
    {},
    {
      maxPages: MAX_PAGES,
      field: 'repositories',
    },
  );
  for await (const raw of repos) {
    // Between repositories, never inside one: a sweep's writes to one repository go together.
    if (deps.signal?.aborted) return;
    const r = raw as {
      name?: unknown;
      owner?: { login?: unknown };
      default_branch?: unknown;
      archived?: unknown;
      has_issues?: unknown;
    };
    if (typeof r.name !== 'string' || typeof r.owner?.login !== 'string') continue;
    summary.repositories++;
    if (r.archived === true || r.has_issues === false) {
      summary.skipped++;
      continue;
    }
    deps.at?.(`${r.owner.login}/${r.name}`);
    const outcome = await syncRepository(
      await repoClient(),
      {
        owner: r.owner.login,
        repo: r.name,
        ...(typeof r.default_branch === 'string' ? { ref: r.default_branch } : {}),
      },
      { log: deps.log, now: deps.now(), ...(deps.serverUrl ? { serverUrl: deps.serverUrl } : {}) },
    );
    summary[outcome.kind]++;
  }
}
