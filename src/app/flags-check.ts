import { withCheckRun } from './guarded-check-run.js';
import { reviewPullRequestFlags } from '../github/pull-request-flags.js';
import {
  describeCommentResult,
  publishPullRequestComment,
  renderPullRequestFlagsComment,
} from '../github/pull-request-flags.js';
import type { PullRequestFlagsReview } from '../github/pull-request-flags.js';
import { countFindings } from '../findings.js';
import type { Finding } from '../findings.js';
import { completeCheckRun, conclusionFor, toCheckRunAnnotations } from '../github/check-run.js';
import type { CheckConclusion, CheckRunRef } from '../github/check-run.js';
import { openGitHubRepo } from '../repo/github.js';
import type { OctokitLike } from '../repo/github.js';
import { formatCounts } from '../report/index.js';
import { CHECK_NAME } from './check-pull-request.js';
import type { AppLog, PullRequestContext } from './check-pull-request.js';
import { loadBaseConfig } from './config.js';
import type { PullTarget } from './targets.js';

/**
 * The second check run, `ops-steward / flags`: the flag rules of the pull request's own changes
 * (src/flags/pr), annotated on its changed lines, plus the one sticky PR comment with the same report.
 * A separate run rather than more findings in `ops-steward`, so a branch rule can require "this change
 * keeps the flag rules" on its own, and its conclusion is not drowned by repository-wide findings.
 */
export const FLAGS_CHECK_NAME = `${CHECK_NAME} / flags`;

export interface FlagsCheckDeps {
  now: Date;
  log: AppLog;
  /** Reused from the `ops-steward` run when it loaded them; read again otherwise (a re-run of this run alone). */
  context?: PullRequestContext;
}

export interface FlagsCheckOutcome {
  conclusion?: CheckConclusion;
  checkRunId?: number;
  findings: Finding[];
  /** Why no check run was made (the flags check is switched off). */
  skipped?: string;
}

export async function checkPullRequestFlags(
  octokit: OctokitLike,
  target: PullTarget,
  deps: FlagsCheckDeps,
): Promise<FlagsCheckOutcome> {
  // Switched off in the config: no run at all, like the check itself.
  if (deps.context && deps.context.config.checks.flags === false)
    return { findings: [], skipped: 'checks.flags is false in the base branch config' };
  return withCheckRun(
    octokit,
    target,
    { name: FLAGS_CHECK_NAME, what: `the flag changes of ${label(target)}` },
    deps.log,
    (run) => evaluate(octokit, target, run, deps),
  );
}

async function evaluate(
  octokit: OctokitLike,
  target: PullTarget,
  run: CheckRunRef,
  deps: FlagsCheckDeps,
): Promise<FlagsCheckOutcome> {
  const done = async (
    conclusion: CheckConclusion,
    title: string,
    summary: string,
  ): Promise<FlagsCheckOutcome> => {
    await completeCheckRun(octokit, run, { conclusion, output: { title, summary } });
    deps.log.info(`${label(target)}: ${FLAGS_CHECK_NAME} ${conclusion} (${title})`);
    return { conclusion, checkRunId: run.checkRunId, findings: [] };
  };

  let context = deps.context;
  if (!context) {
    const loaded = await loadBaseConfig(octokit, {
      owner: target.owner,
      repo: target.repo,
      ref: target.configRef,
    });
    if (!loaded.ok)
      return done(
        'failure',
        `Invalid configuration in ${loaded.configPath}`,
        `The config on the base branch is invalid, so the flag rules did not run. The \`${CHECK_NAME}\` check run lists every problem with its line.`,
      );
    if (loaded.config.checks.flags === false)
      return done(
        'success',
        'Flag checks are switched off',
        '`checks.flags` is `false` in the base branch config.',
      );
    const files = await openGitHubRepo(octokit, {
      owner: target.head.owner,
      repo: target.head.repo,
      ref: target.headSha,
    });
    context = { config: loaded.config, configPath: loaded.configPath, files };
  }
  if (target.pullNumber === undefined)
    return done(
      'neutral',
      'No pull request to compare with',
      'GitHub did not say which pull request this commit belongs to (a re-run of a fork pull request), so the ' +
        'flag rules of its changes cannot be checked here. Push again or re-run from the pull request.',
    );

  const review = await reviewPullRequestFlags({
    octokit,
    owner: target.owner,
    repo: target.repo,
    pullNumber: target.pullNumber,
    ...(target.changedFiles !== undefined ? { changedFiles: target.changedFiles } : {}),
    baseSha: target.configRef,
    headFiles: context.files,
    config: context.config,
    now: deps.now,
  });
  for (const note of review.notes) deps.log.info(`${label(target)}: ${note}`);
  const conclusion = conclusionFor(review.findings);
  const title = formatCounts(countFindings(review.findings));
  const summary = renderPullRequestFlagsComment(review, {
    label: label(target),
    footer: `Config from the base branch at \`${target.configRef.slice(0, 12)}\`.`,
  });
  await completeCheckRun(octokit, run, {
    conclusion,
    output: { title, summary },
    annotations: toCheckRunAnnotations(review.findings),
  });
  deps.log.info(`${label(target)}: ${FLAGS_CHECK_NAME} ${conclusion} (${title})`);
  await comment(octokit, target, target.pullNumber, review, deps);
  return { conclusion, checkRunId: run.checkRunId, findings: review.findings };
}

/** The sticky comment never changes the run's conclusion: a refused comment is logged, not failed on. */
async function comment(
  octokit: OctokitLike,
  target: PullTarget,
  pullNumber: number,
  review: PullRequestFlagsReview,
  deps: FlagsCheckDeps,
): Promise<void> {
  const body = renderPullRequestFlagsComment(review, {
    label: label(target),
    footer: `Updated on every push by the ops-steward App; see the \`${FLAGS_CHECK_NAME}\` check run.`,
  });
  try {
    const result = await publishPullRequestComment(
      octokit,
      { owner: target.owner, repo: target.repo, pullNumber },
      review,
      body,
    );
    const line = `${label(target)}: ${describeCommentResult(result)}`;
    if (result.action === 'skipped') deps.log.warn(line);
    else deps.log.info(line);
  } catch (error) {
    deps.log.warn(
      `${label(target)}: PR comment not updated: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

function label(target: PullTarget): string {
  const pr = target.pullNumber === undefined ? '' : ` (#${target.pullNumber})`;
  return `${target.head.owner}/${target.head.repo}@${target.headSha.slice(0, 7)}${pr}`;
}
