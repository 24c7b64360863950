import type { RepoContext } from '../config/workspace.js';
import type { ModuleServices } from '../core/module.js';
import { reviewPullRequest, withoutSuperseded } from '../engine/review-pull-request.js';
import type { PullRequestOutcome } from '../engine/review-pull-request.js';
import type { Finding } from '../findings.js';
import { fetchPullRequestDiff } from '../github/pull-request.js';
import { commentOnPullRequest, githubBaseFiles } from '../github/pull-request-review.js';
import type { OctokitLike } from '../repo/github.js';
import type { CommandLog } from './commands.js';
import type { ActionEvent } from './event.js';

export interface PullRequestReviewOutcome {
  /** Every module's findings about the pull request's own changes, on its changed lines. */
  findings: Finding[];
  /** The full check's findings without those this review replaces (engine's withoutSuperseded). */
  keepOfFull: (full: readonly Finding[]) => Finding[];
  /** Markdown for the job summary: the same report as the comment, plus what happened to the comment. */
  summary?: string;
}

/**
 * The pull-request review in the Action: the head is the checkout, the diff and the base commit's files
 * come from the API. Nothing here fails the step by itself: without a token, or when GitHub refuses, the
 * full check still runs and this part says (as a notice) what it could not do.
 */
export async function pullRequestReview(params: {
  event: ActionEvent;
  workspace: RepoContext;
  client: OctokitLike | undefined;
  services?: ModuleServices;
  now: Date;
  dryRun: boolean;
  log: CommandLog;
}): Promise<PullRequestReviewOutcome> {
  const { event, workspace, client, log } = params;
  const pr = event.pullRequest;
  if (!pr || !event.repository) return { findings: [], keepOfFull: (full) => [...full] };
  if (!client) {
    log.notice(
      `no github-token: the rules of pull request #${pr.number} about its own changes (flags on changed lines, registry and CODEOWNERS edits, changed docs and on-call files) ` +
        'need the pull request diff from the API and were skipped; the full check ran.',
    );
    return { findings: [], keepOfFull: (full) => [...full] };
  }
  if (!pr.baseSha) {
    log.notice(
      `the event payload names no base commit for pull request #${pr.number}: its own rules were skipped; the full check ran.`,
    );
    return { findings: [], keepOfFull: (full) => [...full] };
  }

  let outcome: PullRequestOutcome;
  try {
    const diff = await fetchPullRequestDiff(client, {
      ...event.repository,
      pullNumber: pr.number,
      ...(pr.changedFiles !== undefined ? { changedFiles: pr.changedFiles } : {}),
    });
    outcome = await reviewPullRequest({
      files: workspace.files,
      config: workspace.config,
      ...(workspace.configPath !== undefined ? { configPath: workspace.configPath } : {}),
      now: params.now,
      diff,
      base: githubBaseFiles(client, { ...event.repository, ref: pr.baseSha }),
      ...(params.services ? { services: params.services } : {}),
    });
  } catch (error) {
    log.warning(
      `could not check the flag changes of pull request #${pr.number}, nor the other rules about its changes: ${message(error)}. The full check ran; re-run the job to try again.`,
    );
    return { findings: [], keepOfFull: (full) => [...full] };
  }
  for (const note of [...outcome.notes, ...outcome.reviews.flatMap((r) => r.notes)]) log.info(note);
  log.info(`pull request #${pr.number}: ${outcome.findings.length} finding(s) on its changes`);

  const label = `#${pr.number}${pr.headSha ? ` at ${pr.headSha.slice(0, 7)}` : ''}`;
  const comment = await commentOnPullRequest(
    client,
    { ...event.repository, pullNumber: pr.number },
    outcome,
    {
      label,
      footer:
        'Updated on every push by the ops-steward Action; the job summary has the full report.',
      dryRun: params.dryRun,
    },
  );
  // A read-only token (fork PRs) is expected: said once as a notice, never failed on.
  if (comment.level === 'warning')
    log.warning(`${comment.line} (the annotations and the job summary carry the same report)`);
  else log[comment.level](comment.line);
  return {
    findings: outcome.findings,
    keepOfFull: (full) => withoutSuperseded(full, outcome),
    summary: `${comment.body}\n_${comment.line}._\n`,
  };
}

function message(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0]! : String(error);
}
