import { withCheckRun } from './guarded-check-run.js';
import type { Log } from '../core/log.js';
import type { DomainModule } from '../core/module.js';
import type { Config } from '../config/types.js';
import type { RepoFiles } from '../repo/types.js';
import { runChecks } from '../engine/run-checks.js';
import { withSupersededReplaced } from '../engine/review-pull-request.js';
import type { PullRequestOutcome } from '../engine/review-pull-request.js';
import { githubCheckServices } from '../github/services.js';
import { countFindings } from '../findings.js';
import type { Finding } from '../findings.js';
import {
  CHECK_RUN_LIMITS,
  completeCheckRun,
  conclusionFor,
  toCheckRunAnnotations,
} from '../github/check-run.js';
import type { CheckConclusion, CheckRunRef } from '../github/check-run.js';
import { openGitHubRepo } from '../repo/github.js';
import type { OctokitLike } from '../repo/github.js';
import { formatCounts, renderMarkdown } from '../report/index.js';
import { loadBaseConfig } from './config.js';
import type { PullTarget } from './targets.js';

/** The check run's name on the pull request; later domains may add `ops-steward / <domain>` runs. */
export const CHECK_NAME = 'ops-steward';

/** The App's log: the one Log, with errors (Probot's logger has all three levels). */
export type AppLog = Log & { error(message: string): void };

export interface CheckDeps {
  now: Date;
  log: AppLog;
  modules?: readonly DomainModule[];
  /** Told what the run loaded as soon as it has it (undefined when the config is unusable). */
  onContext?: (context: PullRequestContext | undefined) => void;
  /**
   * The pull request's own review of the same head, awaited before the run concludes: what it judged by
   * the base's rules (changed documents) replaces the full check's verdict on it. Undefined: none ran.
   */
  review?: () => Promise<Pick<PullRequestOutcome, 'reviews'> | undefined>;
}

export interface CheckOutcome {
  conclusion: CheckConclusion;
  checkRunId: number;
  findings: Finding[];
  /** What the run loaded, when the config was usable: the flags run reuses it instead of reading it again. */
  context?: PullRequestContext;
}

/** The base branch's config and the head commit's files of one pull request. */
export interface PullRequestContext {
  config: Config;
  configPath?: string;
  /** The head commit's files as read from GitHub (without `config.ignore` applied). */
  files: RepoFiles;
}

/**
 * One pull request, one check run: created in_progress at the head SHA, always completed. Whatever goes wrong
 * after it exists, it concludes `failure` with a readable reason instead of spinning forever.
 */
export async function checkPullRequest(
  octokit: OctokitLike,
  target: PullTarget,
  deps: CheckDeps,
): Promise<CheckOutcome> {
  return withCheckRun(octokit, target, { name: CHECK_NAME, what: label(target) }, deps.log, (run) =>
    evaluate(octokit, target, run, deps),
  );
}

async function evaluate(
  octokit: OctokitLike,
  target: PullTarget,
  run: CheckRunRef,
  deps: CheckDeps,
): Promise<CheckOutcome> {
  const base = { owner: target.owner, repo: target.repo, ref: target.configRef };
  const loaded = await loadBaseConfig(octokit, base);
  if (!loaded.ok) {
    const n = loaded.errors.length;
    await completeCheckRun(octokit, run, {
      conclusion: 'failure',
      output: {
        title: `Invalid configuration: ${n} ${n === 1 ? 'error' : 'errors'} in ${loaded.configPath}`,
        summary: withFooter(
          loaded.errors,
          'ops-steward: invalid configuration',
          target,
          loaded.configPath,
        ),
      },
      annotations: toCheckRunAnnotations(loaded.errors),
    });
    deps.onContext?.(undefined);
    deps.log.info(`${label(target)}: invalid configuration on the base branch (${n} errors)`);
    return { conclusion: 'failure', checkRunId: run.checkRunId, findings: loaded.errors };
  }

  const files = await openGitHubRepo(octokit, {
    owner: target.head.owner,
    repo: target.head.repo,
    ref: target.headSha,
  });
  const context: PullRequestContext = {
    config: loaded.config,
    ...(loaded.configPath !== undefined ? { configPath: loaded.configPath } : {}),
    files,
  };
  deps.onContext?.(context);
  const checked = await runChecks(files, loaded.config, {
    now: deps.now,
    configPath: loaded.configPath,
    configDiagnostics: loaded.diagnostics,
    // The base repository holds the CODEOWNERS verdict and the collaborators, also for fork PRs.
    ...(deps.modules ? { modules: deps.modules } : {}),
    services: githubCheckServices(octokit, {
      owner: target.owner,
      repo: target.repo,
      ref: target.headSha,
    }),
  });
  const review = await deps.review?.();
  const findings = review ? withSupersededReplaced(checked.findings, review) : checked.findings;
  const conclusion = conclusionFor(findings);
  const annotations = toCheckRunAnnotations(findings);
  const { omittedAnnotations } = await completeCheckRun(octokit, run, {
    conclusion,
    output: {
      title: formatCounts(countFindings(findings)),
      summary: withFooter(findings, undefined, target, loaded.configPath),
      ...(annotationNote(annotations.length, findings.length)
        ? { text: annotationNote(annotations.length, findings.length) }
        : {}),
    },
    annotations,
  });
  if (omittedAnnotations > 0)
    deps.log.warning(`${label(target)}: ${omittedAnnotations} annotations left out (cap reached)`);
  deps.log.info(`${label(target)}: ${conclusion} (${formatCounts(countFindings(findings))})`);
  return {
    conclusion,
    checkRunId: run.checkRunId,
    findings,
    context,
  };
}

function label(target: PullTarget): string {
  const pr = target.pullNumber === undefined ? '' : ` (#${target.pullNumber})`;
  return `${target.head.owner}/${target.head.repo}@${target.headSha.slice(0, 7)}${pr}`;
}

/** The report plus where the config came from, within GitHub's summary limit. */
function withFooter(
  findings: readonly Finding[],
  title: string | undefined,
  target: PullTarget,
  configPath: string | undefined,
): string {
  const source =
    configPath === undefined ? 'built-in defaults (no config file)' : `\`${configPath}\``;
  const footer =
    `\n---\n_Configuration: ${source} from the base branch at \`${target.configRef.slice(0, 12)}\`, ` +
    'so a pull request cannot change the rules it is checked against._\n';
  // GitHub limits the summary in UTF-8 bytes, the renderer in characters: shrink the character budget
  // until the bytes fit, so truncation keeps the footer and ends on a whole row.
  const budget = CHECK_RUN_LIMITS.outputBytes - Buffer.byteLength(footer);
  let maxChars = budget;
  for (;;) {
    const report = renderMarkdown(findings, { title, label: label(target), maxChars });
    const bytes = Buffer.byteLength(report);
    if (bytes <= budget || maxChars < 1000) return report + footer;
    maxChars = Math.floor((maxChars * budget) / bytes) - 100;
  }
}

function annotationNote(annotated: number, total: number): string | undefined {
  const unplaced = total - annotated;
  if (unplaced <= 0) return undefined;
  return `${unplaced} ${unplaced === 1 ? 'finding concerns' : 'findings concern'} the repository as a whole and ${unplaced === 1 ? 'is' : 'are'} listed in the summary only.`;
}
