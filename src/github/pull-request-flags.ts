import type { Config } from '../config/types.js';
import type { Finding } from '../findings.js';
import { escalationGapsInChange } from '../codeowners/escalation.js';
import { loadCodeowners } from '../codeowners/locate.js';
import { analyzePullRequestFlags } from '../flags/pr/index.js';
import { isChangedFile } from '../repo/diff.js';
import type { PullRequestDiff } from '../repo/diff.js';
import { readFileAtRef, UnreadableFileError } from './contents.js';
import { httpStatus } from './http-error.js';
import { fetchPullRequestDiff } from './pull-request.js';
import {
  COMMENT_MAX_CHARS,
  findStickyComment,
  PR_REPORT_MARKER,
  upsertStickyComment,
} from './sticky-comment.js';
import type { StickyCommentResult } from './sticky-comment.js';
import { withIgnore } from '../repo/filtered.js';
import type { OctokitLike } from '../repo/github.js';
import { memoryRepo } from '../repo/memory.js';
import type { RepoFiles } from '../repo/types.js';
import { renderMarkdown } from '../report/index.js';
import { yamlRegistryPath } from '../flags/registry-sources.js';

/**
 * The pull request's own flag rules (src/flags/pr), shared by both front doors: the Action (head = the
 * checkout) and the App (head = the git tree at the head SHA). Lives here rather than in src/github/ only
 * because of file ownership while the doors were wired; it has no Action-specific dependency.
 */

export interface PullRequestFlagsParams {
  octokit: OctokitLike;
  /** The base repository: the pull request, its diff and the base registry live there. */
  owner: string;
  repo: string;
  pullNumber: number;
  /** The pull request's `changed_files`, so a diff cut at GitHub's 3000 files is noticed. */
  changedFiles?: number;
  baseSha: string;
  /** The head commit's files (a checkout or a git tree). `config.ignore` is applied here. */
  headFiles: RepoFiles;
  /** The config the pull request is judged by: the base branch's. */
  config: Config;
  now: Date;
}

export interface PullRequestFlagsReview {
  findings: Finding[];
  /** Limits of this review worth a line in the log and the comment (a cut diff, an unreadable base registry). */
  notes: string[];
}

/**
 * The diff and the base registry come from the API; the head is whatever the caller has. Only the base
 * *registry* is read (one request), not the base tree: the PR rules compare the registry before and after,
 * and the references they judge are the head's — so a large repository costs no blob reads for the base.
 */
export async function reviewPullRequestFlags(
  params: PullRequestFlagsParams,
): Promise<PullRequestFlagsReview> {
  const { octokit, owner, repo, config } = params;
  const notes: string[] = [];
  const diff = await fetchPullRequestDiff(octokit, {
    owner,
    repo,
    pullNumber: params.pullNumber,
    ...(params.changedFiles !== undefined ? { changedFiles: params.changedFiles } : {}),
  });
  if (!diff.complete)
    notes.push(
      'GitHub lists at most 3000 changed files of a pull request: changed lines in the files beyond that are not checked here (the full report still covers them).',
    );

  const registryPath = yamlRegistryPath(config.flags);
  let baseFiles: RepoFiles | null;
  try {
    const text = await readFileAtRef(octokit, {
      owner,
      repo,
      path: registryPath,
      ref: params.baseSha,
    });
    baseFiles = memoryRepo(text === undefined ? {} : { [registryPath]: text });
  } catch (error) {
    if (!(error instanceof UnreadableFileError)) throw error;
    // Without the base registry every registry entry the diff touches counts as new: stricter, never silent.
    notes.push(
      `${error.message}; registry edits are judged without the base version (only entries this pull request wrote count as new).`,
    );
    baseFiles = null;
  }

  const headFiles =
    config.ignore.length > 0 ? withIgnore(params.headFiles, config.ignore) : params.headFiles;
  const { findings } = await analyzePullRequestFlags({
    baseFiles,
    headFiles,
    diff,
    config: config.flags,
    now: params.now,
  });
  findings.push(...(await codeownersChange(params, headFiles, diff)));
  return { findings, notes };
}

/**
 * A pull request that makes a team a code owner must also give that team an escalation policy; rules
 * that were already there are not this PR's business.
 */
async function codeownersChange(
  params: PullRequestFlagsParams,
  headFiles: RepoFiles,
  diff: PullRequestDiff,
): Promise<Finding[]> {
  const { codeowners } = await loadCodeowners(headFiles);
  if (!codeowners || !isChangedFile(diff, codeowners.path)) return [];
  const head = await headFiles.read(codeowners.path);
  if (head === undefined) return [];
  let base: string | undefined;
  try {
    base = await readFileAtRef(params.octokit, {
      owner: params.owner,
      repo: params.repo,
      path: codeowners.path,
      ref: params.baseSha,
    });
  } catch (error) {
    if (!(error instanceof UnreadableFileError)) throw error;
  }
  return escalationGapsInChange({
    base,
    head,
    path: codeowners.path,
    config: params.config.codeowners,
  });
}

export const PR_COMMENT_TITLE = 'ops-steward: feature flags in this pull request';

/** The sticky comment's body (the marker is added by upsertStickyComment). */
export function renderPullRequestFlagsComment(
  review: PullRequestFlagsReview,
  meta: { label: string; footer?: string },
): string {
  const footer =
    (review.notes.length > 0 ? `\n${review.notes.map((n) => `> ${n}`).join('\n>\n')}\n` : '') +
    `\n---\n_${meta.footer ?? 'Updated on every push to this pull request.'} Rules: undeclared or expired flags on changed lines, and registry edits (owner, dates, type, 30-day renewals, removals still referenced). Renew a flag with \`/ops-steward renew FLAG-KEY\`._\n`;
  const report = renderMarkdown(review.findings, {
    title: PR_COMMENT_TITLE,
    label: meta.label,
    maxChars: COMMENT_MAX_CHARS - PR_REPORT_MARKER.length - footer.length - 2,
  });
  return report + footer;
}

export type PullRequestCommentResult = StickyCommentResult | { action: 'not-needed' };

/**
 * Upserts the one sticky comment. A clean pull request that never had a comment gets none (no noise on
 * every PR); once there is one it is kept up to date, so fixing the problems turns it into "no problems".
 * 403 anywhere → `skipped` (fork PRs' read-only tokens), never a throw.
 */
export async function publishPullRequestComment(
  octokit: OctokitLike,
  target: { owner: string; repo: string; pullNumber: number },
  review: PullRequestFlagsReview,
  body: string,
): Promise<PullRequestCommentResult> {
  const where = { owner: target.owner, repo: target.repo, issueNumber: target.pullNumber };
  if (review.findings.length === 0) {
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
