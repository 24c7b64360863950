import type { BaseFiles } from '../core/module.js';
import type { PullRequestOutcome } from '../engine/review-pull-request.js';
import type { OctokitLike } from '../repo/github.js';
import { readFileAtRef } from './contents.js';
import { httpStatus } from './http-error.js';
import { findStickyComment, PR_REPORT_MARKER, upsertStickyComment } from './sticky-comment.js';
import type { StickyCommentResult } from './sticky-comment.js';

/** The base commit's files through the contents API, one request per file a module asks for. */
export function githubBaseFiles(
  octokit: OctokitLike,
  at: { owner: string; repo: string; ref: string },
): BaseFiles {
  return { read: (path) => readFileAtRef(octokit, { ...at, path }) };
}

export type PullRequestCommentResult = StickyCommentResult | { action: 'not-needed' };

/** Whether the review has anything for a comment: findings, or a module's own section (a before/after view). */
export function hasReport(outcome: PullRequestOutcome): boolean {
  return outcome.reviews.some((r) => r.findings.length > 0 || r.section !== undefined);
}

/**
 * Upserts the one sticky comment. A clean pull request that never had a comment gets none (no noise on
 * every PR); once there is one it is kept up to date, so fixing the problems turns it into "no problems".
 * 403 anywhere → `skipped` (fork PRs' read-only tokens), never a throw.
 */
export async function publishPullRequestComment(
  octokit: OctokitLike,
  target: { owner: string; repo: string; pullNumber: number },
  outcome: PullRequestOutcome,
  body: string,
): Promise<PullRequestCommentResult> {
  const where = { owner: target.owner, repo: target.repo, issueNumber: target.pullNumber };
  if (!hasReport(outcome)) {
    try {
      if (!(await findStickyComment(octokit, where, PR_REPORT_MARKER)))
        return { action: 'not-needed' };
    } catch (error) {
      if (httpStatus(error) === 403)
        return {
          action: 'skipped',
          reason: `GitHub refused to list the comments of #${target.pullNumber} (403)`,
        };
      throw error;
    }
  }
  return upsertStickyComment(octokit, where, body);
}

/** One line for the log or the job summary about what happened to the comment. */
export function describeCommentResult(result: PullRequestCommentResult): string {
  switch (result.action) {
    case 'created':
    case 'updated':
      return `PR comment ${result.action}${result.url ? `: ${result.url}` : ` (id ${result.commentId})`}`;
    case 'unchanged':
      return 'PR comment already up to date';
    case 'not-needed':
      return 'no PR comment: nothing to report and no earlier comment to update';
    case 'skipped':
      return `PR comment skipped: ${result.reason}`;
  }
}
