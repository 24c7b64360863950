import { execFileSync } from 'node:child_process';
import type { Command } from 'commander';
import { silentLog } from '../../core/log.js';
import { syncFlagIssues } from '../../engine/sync-flag-issues.js';
import type { FlagIssueTracker } from '../../engine/sync-flag-issues.js';
import { createGitHubClient } from '../../github/client.js';
import { githubFlagIssues } from '../../github/flag-sync.js';
import { localGitHistory } from '../../repo/history.js';
import { sanitizeForTerminal } from '../../report/text.js';
import { loadRepoContext } from '../context.js';
import { EXIT_FINDINGS, EXIT_OK, UsageError } from '../io.js';
import type { CliIo } from '../io.js';
import { formatOf, nowOf, repoOf, withClock, withOutput, withRepo } from '../options.js';
import type { ClockFlags, OutputFlags, RepoFlags } from '../options.js';

type SyncOptions = RepoFlags &
  OutputFlags &
  ClockFlags & { dryRun?: boolean; githubRepo?: string; apiUrl?: string };

/**
 * Without a token nothing is read from GitHub: every flag that needs attention would get a new issue, and
 * its owners are taken as assignable (the plan says so). With a read-only token the real issues are read.
 */
const offlineTracker: FlagIssueTracker = {
  findExisting: async () => [],
  lookUpPeople: async (_repo, candidates) => ({
    assignable: new Set(
      candidates
        .filter((c) => c.startsWith('@') && !c.includes('/'))
        .map((c) => c.slice(1).toLowerCase()),
    ),
    teamMembers: new Map(),
  }),
  missingLabels: async (_repo, specs) => [...specs],
  apply: async () => {
    throw new Error('the offline tracker never writes');
  },
};

export function registerFlagsSyncCommand(group: Command, io: CliIo): void {
  const sync = group
    .command('sync')
    .description(
      "the flag-issue sweep's plan: which issue it would create, update or close, for which flag and owner (--dry-run)",
    )
    .option(
      '--dry-run',
      'print the plan and change nothing (required: real sweeps run in the Action or the App)',
    )
    .option(
      '--github-repo <owner/name>',
      'the repository whose issues are read (default: from the git remote "origin")',
    )
    .option(
      '--api-url <url>',
      'GitHub API root (GitHub Enterprise Server); default GITHUB_API_URL or api.github.com',
    );
  withRepo(sync);
  withClock(sync, 'flag states');
  withOutput(
    sync,
    ['text', 'json'],
    '{"token":bool,"planned":[{"kind","key","issue","reason","writes"}]}',
  );
  sync.action(async (dir: string | undefined, opts: SyncOptions) => {
    if (!opts.dryRun)
      throw new UsageError(
        'flags sync changes issues only from the Action (command: flags-sync) or the App; run it here with --dry-run to see the plan',
      );
    const root = repoOf(dir, opts, io.cwd);
    const ctx = await loadRepoContext({ ...opts, repo: root }, io);
    const token = process.env.GITHUB_TOKEN?.trim() || process.env.GH_TOKEN?.trim() || '';
    const target = opts.githubRepo ?? originRepository(ctx.root);
    const m = /^([^/\s]+)\/([^/\s]+)$/.exec(target ?? '');
    if (token && !m)
      throw new UsageError(
        'give --github-repo OWNER/NAME: the git remote "origin" does not name a GitHub repository',
      );
    const [owner, repo] = m ? [m[1]!, m[2]!] : ['local', 'repository'];
    const lines: string[] = [];
    const result = await syncFlagIssues({
      tracker: token
        ? githubFlagIssues(
            createGitHubClient({
              token,
              baseUrl: opts.apiUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com',
              userAgent: 'ops-steward-cli',
              log: { warning: (w) => lines.push(`warning: ${w}`), debug: () => undefined },
            }),
          )
        : offlineTracker,
      owner,
      repo,
      sha: headSha(ctx.root),
      files: ctx.files,
      config: ctx.config,
      now: nowOf(opts),
      dryRun: true,
      log: {
        ...silentLog,
        info: (l) => lines.push(l),
        warning: (w) => lines.push(`warning: ${w}`),
      },
      lastReferenceCommit: localGitHistory(ctx.root),
    });
    if (formatOf(opts) === 'json') {
      io.stdout(
        `${JSON.stringify({ token: Boolean(token), planned: result.planned, ...(result.error ? { error: result.error } : {}) })}\n`,
      );
    } else {
      const head = token
        ? `flags sync --dry-run on ${owner}/${repo} (issues read with the token; nothing is written):`
        : 'flags sync --dry-run without a token: no issue is read, so every flag that needs attention would get a new one, and owners are taken as assignable:';
      io.stdout(sanitizeForTerminal([head, ...lines].join('\n')) + '\n');
    }
    io.setExitCode(result.error ? EXIT_FINDINGS : EXIT_OK);
  });
}

function originRepository(root: string): string | undefined {
  try {
    const url = execFileSync('git', ['remote', 'get-url', 'origin'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    return /[:/]([^/:]+\/[^/]+?)(?:\.git)?$/.exec(url)?.[1];
  } catch {
    return undefined;
  }
}

function headSha(root: string): string {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return '0'.repeat(40);
  }
}
