import type { ApplicationFunction, Context } from 'probot';
import type { Check } from '../check.js';
import type { OctokitLike } from '../repo/github.js';
import { CHECK_NAME, checkPullRequest } from './check-pull-request.js';
import type { AppLog, CheckDeps } from './check-pull-request.js';
import { targetFromPullRequest, targetFromRerun } from './targets.js';

export interface AppOptions {
  /** The App's only clock; tests pin it. */
  now?: () => Date;
  /** Replaces the check registry (tests); default: every registered check. */
  checks?: readonly Check[];
}

const PULL_REQUEST_EVENTS = [
  'pull_request.opened',
  'pull_request.synchronize',
  'pull_request.reopened',
] as const;

/**
 * The Probot app: every opened, updated or reopened pull request gets an `ops-steward` check run at its head,
 * judged by the base branch's config. "Re-run" on the check run or the whole suite runs it again.
 */
export function createApp(options: AppOptions = {}): ApplicationFunction {
  const now = options.now ?? (() => new Date());
  return (app) => {
    app.on([...PULL_REQUEST_EVENTS], async (context) => {
      const { repository, pull_request: pr } = context.payload;
      const base = { owner: repository.owner.login, repo: repository.name };
      await checkPullRequest(
        octokitOf(context),
        targetFromPullRequest(base, pr),
        deps(context, now, options.checks),
      );
    });

    app.on('check_run.rerequested', async (context) => {
      const { repository, check_run: run } = context.payload;
      if (run.name !== CHECK_NAME) return;
      const base = { owner: repository.owner.login, repo: repository.name };
      const target = await targetFromRerun(octokitOf(context), base, {
        headSha: run.head_sha,
        pullNumbers: run.pull_requests.map((p) => p.number),
        defaultBranch: repository.default_branch,
      });
      await checkPullRequest(octokitOf(context), target, deps(context, now, options.checks));
    });

    app.on('check_suite.rerequested', async (context) => {
      const { repository, check_suite: suite } = context.payload;
      const base = { owner: repository.owner.login, repo: repository.name };
      const target = await targetFromRerun(octokitOf(context), base, {
        headSha: suite.head_sha,
        pullNumbers: suite.pull_requests.map((p) => p.number),
        defaultBranch: repository.default_branch,
      });
      await checkPullRequest(octokitOf(context), target, deps(context, now, options.checks));
    });
  };
}

function octokitOf(context: Context): OctokitLike {
  return context.octokit;
}

function deps(context: Context, now: () => Date, checks: readonly Check[] | undefined): CheckDeps {
  const log: AppLog = {
    info: (m) => context.log.info(m),
    warn: (m) => context.log.warn(m),
    error: (m) => context.log.error(m),
  };
  return { now: now(), log, checks };
}

export default createApp();
