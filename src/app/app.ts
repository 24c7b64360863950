import type { ApplicationFunction, Context, Probot } from 'probot';
import { describeError } from '../core/errors.js';
import type { DomainModule } from '../core/module.js';
import type { OctokitLike } from '../repo/github.js';
import { CHECK_NAME, checkPullRequest } from './check-pull-request.js';
import type { AppLog, CheckDeps, PullRequestContext } from './check-pull-request.js';
import type { PullRequestOutcome } from '../engine/review-pull-request.js';
import {
  checkPullRequestChanges,
  pullRequestRunNames,
  reviewChanges,
} from './pull-request-checks.js';
import { onRenewComment } from './renew.js';
import { limitConcurrency } from './concurrency.js';
import { numberFromEnv } from './env-number.js';
import { DeliveryRuns } from './redeliver-runs.js';
import { dailySyncFromEnv, startDailySync } from './schedule.js';
import type { DailySyncOptions, DailySyncTimer } from './schedule.js';
import { sweepInstallations, syncRepository } from './sync.js';
import { targetFromPullRequest, targetFromRerun } from './targets.js';
import type { PullTarget } from './targets.js';

export interface AppOptions {
  /** The App's only clock; tests pin it. */
  now?: () => Date;
  /** Replaces the module registry (tests); default: every registered module. */
  modules?: readonly DomainModule[];
  /** `false` leaves out the pull-request runs (`ops-steward / flags`, …) and the PR comment (tests of the main run). */
  pullRequestRuns?: boolean;
  /** Starts the in-process daily flag sweep over every installation (see schedule.ts); off unless given. */
  dailySync?: DailySyncOptions;
  /** Gets the daily sweep's timer once it is started, so the shutdown can stop it and wait for its pass. */
  onDailySync?: (timer: DailySyncTimer) => void;
  /** Repository checks and sweeps run at once in this process; more deliveries wait (default 4). */
  maxConcurrentChecks?: number;
}

export const DEFAULT_MAX_CONCURRENT_CHECKS = 4;

const PULL_REQUEST_EVENTS = [
  'pull_request.opened',
  'pull_request.synchronize',
  'pull_request.reopened',
] as const;

/**
 * The Probot app:
 * - every opened, updated or reopened pull request gets the `ops-steward` check run (every module's check)
 *   and one `ops-steward / <module>` run per module with rules about a change (flags, codeowners, …), plus
 *   one sticky PR comment, all judged by the base branch's config; "Re-run" runs them again;
 * - `/ops-steward renew KEY` in an issue or PR comment opens a renewal pull request (or says why not);
 * - a push to the default branch, an installation, and a daily timer sweep the flag issues.
 */
export function createApp(options: AppOptions = {}): ApplicationFunction {
  const now = options.now ?? (() => new Date());
  const limited = limitConcurrency(options.maxConcurrentChecks ?? DEFAULT_MAX_CONCURRENT_CHECKS);
  // A redelivered delivery concludes the check runs its failed attempt created instead of adding more.
  const runs = new DeliveryRuns();
  const octokitOf = (context: Context): OctokitLike => runs.client(context);
  return (app) => {
    app.onError((error) => runs.failed(error.event?.id));

    app.on([...PULL_REQUEST_EVENTS], async (context) => {
      const { repository, pull_request: pr } = context.payload;
      const base = { owner: repository.owner.login, repo: repository.name };
      await limited(() =>
        checkBoth(octokitOf(context), context, targetFromPullRequest(base, pr), now, options),
      );
    });

    app.on('check_run.rerequested', async (context) => {
      const { repository, check_run: run } = context.payload;
      const changesRun =
        options.pullRequestRuns !== false &&
        pullRequestRunNames(options.modules).includes(run.name);
      if (run.name !== CHECK_NAME && !changesRun) return;
      const base = { owner: repository.owner.login, repo: repository.name };
      const target = await targetFromRerun(octokitOf(context), base, {
        headSha: run.head_sha,
        pullNumbers: run.pull_requests.map((p) => p.number),
        defaultBranch: repository.default_branch,
      });
      await limited(async () => {
        if (run.name === CHECK_NAME)
          await rerunMain(octokitOf(context), context, target, now, options);
        else
          await checkPullRequestChanges(octokitOf(context), target, {
            now: now(),
            log: logOf(context),
            only: [run.name],
            ...(options.modules ? { modules: options.modules } : {}),
          });
      });
    });

    app.on('check_suite.rerequested', async (context) => {
      const { repository, check_suite: suite } = context.payload;
      const base = { owner: repository.owner.login, repo: repository.name };
      const target = await targetFromRerun(octokitOf(context), base, {
        headSha: suite.head_sha,
        pullNumbers: suite.pull_requests.map((p) => p.number),
        defaultBranch: repository.default_branch,
      });
      await limited(() => checkBoth(octokitOf(context), context, target, now, options));
    });

    app.on('issue_comment.created', async (context) => {
      const { repository, issue, comment } = context.payload;
      await onRenewComment(
        octokitOf(context),
        {
          owner: repository.owner.login,
          repo: repository.name,
          defaultBranch: repository.default_branch,
          issueNumber: issue.number,
          commenter: comment.user?.login ?? '',
          body: comment.body ?? '',
        },
        { now: now(), log: logOf(context) },
      );
    });

    app.on('push', async (context) => {
      const { repository, ref, after, deleted } = context.payload;
      // Only the default branch carries the registry that counts; a deleted branch has nothing to sweep.
      if (deleted || ref !== `refs/heads/${repository.default_branch}`) return;
      await limited(() =>
        syncRepository(
          octokitOf(context),
          { owner: repository.owner?.login ?? '', repo: repository.name, ref: after },
          { now: now(), log: logOf(context) },
        ),
      );
    });

    // GitHub sends installation events to every App unasked: sweep new repositories once, right away.
    app.on(['installation.created', 'installation_repositories.added'], async (context) => {
      const payload = context.payload;
      const repos =
        'repositories_added' in payload ? payload.repositories_added : (payload.repositories ?? []);
      const installation = payload.installation.id;
      for (const r of repos) {
        const [owner, repo] = r.full_name.split('/');
        if (!owner || !repo) continue;
        // A client per repository: one that gave up on GitHub (request-budget.ts) refuses every later request.
        await limited(async () =>
          syncRepository(
            await app.auth(installation),
            { owner, repo },
            { now: now(), log: logOf(context) },
          ),
        );
      }
    });

    if (options.dailySync) {
      const timer = startTimer(app, options.dailySync, now);
      options.onDailySync?.(timer);
    }
  };
}

function startTimer(app: Probot, schedule: DailySyncOptions, now: () => Date): DailySyncTimer {
  const log: AppLog = {
    info: (m) => app.log.info(m),
    warning: (m) => app.log.warn(m),
    error: (m) => app.log.error(m),
  };
  return startDailySync(
    ({ signal, at }) =>
      sweepInstallations(
        { auth: (id?: number): Promise<OctokitLike> => app.auth(id) },
        { now, log, signal, at },
      ),
    schedule,
    { log },
  );
}

/**
 * A new head: both check runs, the pull-request runs reusing the config and files the first one loaded,
 * and the first one concluding only once the review is known, so that what the review judges by the base's
 * rules (a changed postmortem, against the base's template) is judged so in the `ops-steward` run too. The
 * `ops-steward` run concludes itself before it rethrows an unexpected error (a 500 on the base config);
 * the pull-request runs are still created and concluded then, since a branch rule may require them, and
 * the error is rethrown afterwards so Probot logs the delivery as failed.
 */
async function checkBoth(
  octokit: OctokitLike,
  context: Context,
  target: PullTarget,
  now: () => Date,
  options: AppOptions,
): Promise<void> {
  if (options.pullRequestRuns === false) {
    await checkPullRequest(octokit, target, deps(context, now, options.modules));
    return;
  }
  // Each side waits for the other only through these, and each is settled on every path: the main run
  // gives its context (or none) before it waits for the review, and a failed review is no review.
  const loaded = settleOnce<PullRequestContext | undefined>();
  const reviewed = settleOnce<PullRequestOutcome | undefined>();
  const main = checkPullRequest(octokit, target, {
    ...deps(context, now, options.modules),
    onContext: loaded.settle,
    review: () => reviewed.promise,
  }).finally(() => loaded.settle(undefined));
  const changes = loaded.promise
    .then((ctx) =>
      checkPullRequestChanges(octokit, target, {
        now: now(),
        log: logOf(context),
        ...(ctx ? { context: ctx } : {}),
        ...(options.modules ? { modules: options.modules } : {}),
        onReview: reviewed.settle,
      }),
    )
    .finally(() => reviewed.settle(undefined));
  const [mainResult, changesResult] = await Promise.allSettled([main, changes]);
  if (mainResult.status === 'rejected') throw mainResult.reason;
  if (changesResult.status === 'rejected') throw changesResult.reason;
}

/**
 * "Re-run" of the `ops-steward` run alone: the pull-request runs stay as they are, but their review is
 * worked out again (no run, no comment), so the run judges the changed documents by the base's templates
 * as on a new head. A review that fails leaves the full check's own verdicts (never fewer findings).
 */
async function rerunMain(
  octokit: OctokitLike,
  context: Context,
  target: PullTarget,
  now: () => Date,
  options: AppOptions,
): Promise<void> {
  let loaded: PullRequestContext | undefined;
  const pullNumber = target.pullNumber;
  await checkPullRequest(octokit, target, {
    ...deps(context, now, options.modules),
    onContext: (ctx) => (loaded = ctx),
    review: async () => {
      if (!loaded || pullNumber === undefined || options.pullRequestRuns === false)
        return undefined;
      // The engine's review runs only the enabled modules with pull-request rules, as the runs do.
      const reviewing = {
        context: loaded,
        now: now(),
        ...(options.modules ? { modules: options.modules } : {}),
      };
      return reviewChanges(octokit, { ...target, pullNumber }, reviewing).catch(
        (error: unknown) => {
          context.log.warn(
            `the review of #${pullNumber} could not be worked out again for the ops-steward run (${describeError(error)}): its own verdicts stand`,
          );
          return undefined;
        },
      );
    },
  });
}

/** A promise settled by the first call of `settle`; later calls change nothing. */
function settleOnce<T>(): { promise: Promise<T>; settle: (value: T) => void } {
  let settle!: (value: T) => void;
  const promise = new Promise<T>((resolve) => {
    settle = resolve;
  });
  return { promise, settle };
}

function logOf(context: Context): AppLog {
  return {
    info: (m) => context.log.info(m),
    warning: (m) => context.log.warn(m),
    error: (m) => context.log.error(m),
  };
}

function deps(
  context: Context,
  now: () => Date,
  modules: readonly DomainModule[] | undefined,
): CheckDeps {
  return { now: now(), log: logOf(context), ...(modules ? { modules } : {}) };
}

/**
 * The app as `npm start` runs it, configured from the environment. Probot's `run()` copies `.env` into
 * `process.env` only after this module is imported and before it calls the app function, so the
 * environment is read here, at call time: `OPS_STEWARD_DAILY_SYNC=off` written in `.env` counts.
 */
export function appFromEnvironment(
  env: Readonly<Record<string, string | undefined>> = process.env,
  hooks: Pick<AppOptions, 'onDailySync'> = {},
): ApplicationFunction {
  return (app, probotOptions) => {
    const dailySync = dailySyncFromEnv(env);
    const maxConcurrentChecks = maxConcurrentChecksFromEnv(env);
    return createApp({
      ...hooks,
      ...(dailySync ? { dailySync } : {}),
      ...(maxConcurrentChecks ? { maxConcurrentChecks } : {}),
    })(app, probotOptions);
  };
}

export const MAX_CONCURRENT_CHECKS_ENV = 'OPS_STEWARD_MAX_CONCURRENT_CHECKS';

function maxConcurrentChecksFromEnv(
  env: Readonly<Record<string, string | undefined>>,
): number | undefined {
  return numberFromEnv(env, MAX_CONCURRENT_CHECKS_ENV, {
    whole: true,
    min: 1,
    expected: 'a whole number of 1 or more',
  });
}

export default createApp();
