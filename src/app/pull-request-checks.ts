import type { DomainModule } from '../core/module.js';
import { reviewPullRequest } from '../engine/review-pull-request.js';
import type { ModuleReview, PullRequestOutcome } from '../engine/review-pull-request.js';
import { countFindings } from '../findings.js';
import type { Finding } from '../findings.js';
import { CHECK_RUN_LIMITS, conclusionFor, toCheckRunAnnotations } from '../github/check-run.js';
import type { CheckConclusion } from '../github/check-run.js';
import { fetchPullRequestDiff } from '../github/pull-request.js';
import { commentOnPullRequest, githubBaseFiles } from '../github/pull-request-review.js';
import { githubCheckServices } from '../github/services.js';
import { MODULES } from '../modules.js';
import { openGitHubRepo } from '../repo/github.js';
import type { OctokitLike } from '../repo/github.js';
import { formatCounts } from '../report/index.js';
import { renderModuleReview } from '../report/pull-request.js';
import type { AppLog, PullRequestContext } from './check-pull-request.js';
import { CHECK_NAME } from './check-pull-request.js';
import { loadBaseConfig } from './config.js';
import { withCheckRuns } from './guarded-check-run.js';
import type { PullTarget } from './targets.js';

/**
 * One check run per module that has rules about a pull request's own changes — `ops-steward / flags`,
 * `ops-steward / codeowners`, … — so a branch rule can require "this change keeps the flag rules" on its
 * own, and its conclusion is not drowned by repository-wide findings. Every run is created and concluded
 * on every path (an unreadable config, a GitHub outage), so a required check never waits forever. The
 * one sticky PR comment carries every module's part.
 */
export function pullRequestRunName(module: Pick<DomainModule, 'id'>): string {
  return `${CHECK_NAME} / ${module.id}`;
}

export interface ChangesCheckDeps {
  now: Date;
  log: AppLog;
  /** Reused from the `ops-steward` run when it loaded them; read again otherwise (a re-run of one run alone). */
  context?: PullRequestContext;
  /** The registry (tests); default every registered module. */
  modules?: readonly DomainModule[];
  /** Only these runs (a re-run of one of them); default every module's run. */
  only?: readonly string[];
  /** Told the review as soon as it is worked out, before the runs and the comment are written. */
  onReview?: (outcome: PullRequestOutcome) => void;
}

export interface ChangesCheckOutcome {
  findings: Finding[];
  conclusions: Record<string, CheckConclusion>;
}

/** The run names this App creates for pull requests, so a re-run request can be recognised. */
export function pullRequestRunNames(modules: readonly DomainModule[] = MODULES): string[] {
  return modules.filter((m) => m.pullRequest).map(pullRequestRunName);
}

export async function checkPullRequestChanges(
  octokit: OctokitLike,
  target: PullTarget,
  deps: ChangesCheckDeps,
): Promise<ChangesCheckOutcome> {
  const registry = deps.modules ?? MODULES;
  // Switched off in an already loaded config: no run at all, like the check itself. Without a loaded config
  // every run is created, so that whatever the loading does next, each one is concluded.
  const modules = registry.filter(
    (m) =>
      m.pullRequest &&
      (!deps.only || deps.only.includes(pullRequestRunName(m))) &&
      deps.context?.config.checks[m.id] !== false,
  );
  const conclusions: Record<string, CheckConclusion> = {};
  if (modules.length === 0) return { findings: [], conclusions };
  const specs = modules.map((m) => ({
    name: pullRequestRunName(m),
    what: `the ${m.title} rules of ${label(target)}`,
  }));
  const result = await withCheckRuns(octokit, target, specs, deps.log, async (_runs, complete) => {
    const finishAll = async (
      conclusion: CheckConclusion,
      title: string,
      summary: string,
    ): Promise<Finding[]> => {
      for (const m of modules) {
        await complete(pullRequestRunName(m), { conclusion, output: { title, summary } });
        conclusions[pullRequestRunName(m)] = conclusion;
      }
      deps.log.info(`${label(target)}: pull request runs ${conclusion} (${title})`);
      return [];
    };

    let context = deps.context;
    if (!context) {
      const loaded = await loadBaseConfig(octokit, {
        owner: target.owner,
        repo: target.repo,
        ref: target.configRef,
      });
      if (!loaded.ok)
        return finishAll(
          'failure',
          `Invalid configuration in ${loaded.configPath}`,
          `The config on the base branch is invalid, so the rules of this change did not run. The \`${CHECK_NAME}\` check run lists every problem with its line.`,
        );
      const files = await openGitHubRepo(octokit, {
        owner: target.head.owner,
        repo: target.head.repo,
        ref: target.headSha,
      });
      context = { config: loaded.config, configPath: loaded.configPath, files };
    }
    const config = context.config;
    for (const m of modules) {
      if (config.checks[m.id] !== false) continue;
      await complete(pullRequestRunName(m), {
        conclusion: 'success',
        output: {
          title: `${m.title} checks are switched off`,
          summary: `\`checks.${m.id}\` is \`false\` in the base branch config.`,
        },
      });
      conclusions[pullRequestRunName(m)] = 'success';
    }
    const enabled = modules.filter((m) => config.checks[m.id] !== false);
    if (enabled.length === 0) return [];
    if (target.pullNumber === undefined)
      return finishAll(
        'neutral',
        'No pull request to compare with',
        'GitHub did not say which pull request this commit belongs to (a re-run of a fork pull request), so the ' +
          'rules of its changes cannot be checked here. Push again or re-run from the pull request.',
      );

    const outcome = await reviewChanges(
      octokit,
      { ...target, pullNumber: target.pullNumber },
      {
        context,
        now: deps.now,
        modules: enabled,
      },
    );
    deps.onReview?.(outcome);
    for (const note of [...outcome.notes, ...outcome.reviews.flatMap((r) => r.notes)])
      deps.log.info(`${label(target)}: ${note}`);
    for (const review of outcome.reviews) {
      const conclusion = conclusionFor(review.findings);
      const title = formatCounts(countFindings(review.findings));
      await complete(pullRequestRunName(review), {
        conclusion,
        output: { title, summary: runSummary(review, outcome, target) },
        annotations: toCheckRunAnnotations(review.findings),
      });
      conclusions[pullRequestRunName(review)] = conclusion;
      deps.log.info(`${label(target)}: ${pullRequestRunName(review)} ${conclusion} (${title})`);
    }
    await comment(octokit, target, target.pullNumber, outcome, deps);
    return outcome.findings;
  });
  return { findings: result, conclusions };
}

/**
 * The modules' review of a pull request's changes, as GitHub shows them: its diff, the base commit's files,
 * the head's. What the runs of checkPullRequestChanges show, and what the `ops-steward` run's re-run takes
 * its superseded verdicts from.
 */
export async function reviewChanges(
  octokit: OctokitLike,
  target: PullTarget & { pullNumber: number },
  params: { context: PullRequestContext; now: Date; modules?: readonly DomainModule[] },
): Promise<PullRequestOutcome> {
  const { context } = params;
  const diff = await fetchPullRequestDiff(octokit, {
    owner: target.owner,
    repo: target.repo,
    pullNumber: target.pullNumber,
    ...(target.changedFiles !== undefined ? { changedFiles: target.changedFiles } : {}),
  });
  return reviewPullRequest({
    files: context.files,
    config: context.config,
    ...(context.configPath !== undefined ? { configPath: context.configPath } : {}),
    now: params.now,
    diff,
    base: githubBaseFiles(octokit, {
      owner: target.owner,
      repo: target.repo,
      ref: target.configRef,
    }),
    ...(params.modules ? { modules: params.modules } : {}),
    services: githubCheckServices(octokit, {
      owner: target.owner,
      repo: target.repo,
      ref: target.headSha,
    }),
  });
}

function runSummary(review: ModuleReview, outcome: PullRequestOutcome, target: PullTarget): string {
  const footer = `\n---\n_Config from the base branch at \`${target.configRef.slice(0, 12)}\`._\n`;
  const notes = outcome.notes.map((n) => `\n> ${n}\n`).join('');
  // GitHub limits the summary in UTF-8 bytes; a character budget of a third of that always fits.
  const maxChars = Math.floor(CHECK_RUN_LIMITS.outputBytes / 3) - footer.length - notes.length;
  return renderModuleReview(review, { label: label(target), maxChars }) + notes + footer;
}

/** The sticky comment never changes a run's conclusion: a refused comment is logged, not failed on. */
async function comment(
  octokit: OctokitLike,
  target: PullTarget,
  pullNumber: number,
  outcome: PullRequestOutcome,
  deps: ChangesCheckDeps,
): Promise<void> {
  const result = await commentOnPullRequest(
    octokit,
    { owner: target.owner, repo: target.repo, pullNumber },
    outcome,
    {
      label: label(target),
      footer: `Updated on every push by the ops-steward App; each part has its own \`${CHECK_NAME} / …\` check run.`,
    },
  );
  const line = `${label(target)}: ${result.line}`;
  if (result.level === 'info') deps.log.info(line);
  else deps.log.warning(line);
}

function label(target: PullTarget): string {
  const pr = target.pullNumber === undefined ? '' : ` (#${target.pullNumber})`;
  return `${target.head.owner}/${target.head.repo}@${target.headSha.slice(0, 7)}${pr}`;
}
