import type { RepoContext } from '../cli/context.js';
import type { Finding } from '../findings.js';
import type { OctokitLike } from '../repo/github.js';
import type { CommandLog } from './commands.js';
import type { ActionEvent } from './event.js';
import {
  describeCommentResult,
  publishPullRequestComment,
  renderPullRequestFlagsComment,
  reviewPullRequestFlags,
} from '../github/pull-request-flags.js';
import type { PullRequestFlagsReview } from '../github/pull-request-flags.js';

export interface PullRequestFlagsOutcome {
  /** The pull request's own flag findings, on its changed lines (or the registry lines it edited). */
  findings: Finding[];
  /** Markdown for the job summary: the same report as the comment, plus what happened to the comment. */
  summary?: string;
}

/**
 * The flag rules of one pull request in the Action: the head is the checkout, the diff and the base
 * registry come from the API. Nothing here fails the step by itself: without a token, or when GitHub
 * refuses, the full check still runs and this part says (as a notice) what it could not do.
 */
export async function pullRequestFlags(params: {
  event: ActionEvent;
  workspace: RepoContext;
  client: OctokitLike | undefined;
  now: Date;
  dryRun: boolean;
  log: CommandLog;
}): Promise<PullRequestFlagsOutcome> {
  const { event, workspace, client, log } = params;
  const pr = event.pullRequest;
  if (!pr || !event.repository) return { findings: [] };
  if (!client) {
    log.notice(
      `no github-token: the flag rules of pull request #${pr.number} (undeclared or expired flags on changed lines, registry edits) ` +
        'need the pull request diff from the API and were skipped; the full check ran.',
    );
    return { findings: [] };
  }
  if (!pr.baseSha) {
    log.notice(
      `the event payload names no base commit for pull request #${pr.number}: its flag rules were skipped; the full check ran.`,
    );
    return { findings: [] };
  }

  let review: PullRequestFlagsReview;
  try {
    review = await reviewPullRequestFlags({
      octokit: client,
      ...event.repository,
      pullNumber: pr.number,
      ...(pr.changedFiles !== undefined ? { changedFiles: pr.changedFiles } : {}),
      baseSha: pr.baseSha,
      headFiles: workspace.files,
      config: workspace.config,
      now: params.now,
    });
  } catch (error) {
    log.warning(
      `could not check the flag changes of pull request #${pr.number}: ${message(error)}. The full check ran; re-run the job to try again.`,
    );
    return { findings: [] };
  }
  for (const note of review.notes) log.info(note);
  log.info(`pull request #${pr.number}: ${review.findings.length} flag finding(s) on its changes`);

  const label = `#${pr.number}${pr.headSha ? ` at ${pr.headSha.slice(0, 7)}` : ''}`;
  const body = renderPullRequestFlagsComment(review, {
    label,
    footer: 'Updated on every push by the ops-steward Action; the job summary has the full report.',
  });
  let commentLine: string;
  if (params.dryRun) {
    commentLine = 'dry-run: the PR comment was not created or updated';
    log.info(commentLine);
  } else {
    try {
      const result = await publishPullRequestComment(
        client,
        { ...event.repository, pullNumber: pr.number },
        review,
        body,
      );
      commentLine = describeCommentResult(result);
      // A read-only token (fork PRs) is expected: say so once, never fail for it.
      if (result.action === 'skipped') log.notice(commentLine);
      else log.info(commentLine);
    } catch (error) {
      commentLine = `PR comment not updated: ${message(error)}`;
      log.warning(`${commentLine} (the annotations and the job summary carry the same report)`);
    }
  }
  return { findings: review.findings, summary: `${body}\n_${commentLine}._\n` };
}

function message(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0]! : String(error);
}
