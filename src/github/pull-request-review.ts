import type { BaseFiles } from '../core/module.js';
import type { PullRequestOutcome } from '../engine/review-pull-request.js';
import { renderPullRequestReport } from '../report/pull-request.js';
import type { RepoRef } from '../repo/types.js';
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

export interface CommentOutcome {
  /** The comment's body as rendered (the job summary shows it too). */
  body: string;
  /** One line about what happened to the comment, for the log and the job summary. */
  line: string;
  /** `notice`: expected and harmless (a fork's read-only token); `warning`: it failed. */
  level: 'info' | 'notice' | 'warning';
}

/**
 * Renders the review and upserts the one sticky comment. Never throws and never decides a verdict: a
 * comment GitHub refuses is reported, and the annotations and summaries carry the same report.
 */
export async function commentOnPullRequest(
  octokit: OctokitLike,
  pr: RepoRef & { pullNumber: number },
  outcome: PullRequestOutcome,
  meta: { label: string; footer: string; dryRun?: boolean },
): Promise<CommentOutcome> {
  const body = renderPullRequestReport(outcome, { label: meta.label, footer: meta.footer });
  if (meta.dryRun)
    return { body, line: 'dry-run: the PR comment was not created or updated', level: 'info' };
  try {
    const result = await publishPullRequestComment(octokit, pr, outcome, body);
    return {
      body,
      line: describeCommentResult(result),
      level: result.action === 'skipped' ? 'notice' : 'info',
    };
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    return { body, line: `PR comment not updated: ${message}`, level: 'warning' };
  }
}
