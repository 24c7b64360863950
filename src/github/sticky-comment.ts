import { defuseMarkers, redactSecrets } from '../core/sanitize.js';
import type { OctokitLike } from '../repo/github.js';
import { truncateChars } from './check-run.js';
import { httpStatus, isRateLimited } from './http-error.js';
import { pageItems } from './paginate.js';

/**
 * One comment per pull request, found again by a hidden marker and edited in place, so every push
 * updates the same report instead of adding to the conversation.
 */

/** Marks ops-steward's PR report. Hidden in the rendered comment; the comment starts with it. */
export const PR_REPORT_MARKER = '<!-- ops-steward:pr-report -->';

/** GitHub rejects issue and PR comments longer than this (characters). */
export const COMMENT_MAX_CHARS = 65536;

/** Bound on pages read while looking for the marker: 10,000 comments is far past any real PR. */
const MAX_PAGES = 100;

export interface StickyCommentTarget {
  owner: string;
  repo: string;
  /** Pull request (or issue) number. */
  issueNumber: number;
  /** Default PR_REPORT_MARKER; another marker gives another independent sticky comment. */
  marker?: string;
}

export type StickyCommentResult =
  | { action: 'created' | 'updated' | 'unchanged'; commentId: number; url?: string }
  /** The token may not write comments (a fork PR's read-only token): nothing failed that the caller must fail on. */
  | { action: 'skipped'; reason: string };

/**
 * Creates or updates the sticky comment with `body` (the marker is added in front). The body is cut to
 * GitHub's limit. A 403 on any request — a workflow run for a fork's pull request gets a read-only token —
 * returns `skipped` with the reason instead of throwing, so the caller still writes annotations and the job
 * summary. Other errors propagate.
 */
export async function upsertStickyComment(
  octokit: OctokitLike,
  target: StickyCommentTarget,
  body: string,
): Promise<StickyCommentResult> {
  const marker = target.marker ?? PR_REPORT_MARKER;
  const full = fitComment(marker, body);
  try {
    const existing = await findStickyComment(octokit, target, marker);
    if (existing) {
      if (existing.body === full)
        return { action: 'unchanged', commentId: existing.id, ...url(existing) };
      const updated = await updateComment(octokit, target, existing.id, full);
      if (updated) return { action: 'updated', commentId: updated.id, ...url(updated) };
      // Deleted between the search and the update: fall through and create it again.
    }
    // Another run (a quick second push) may have created it meanwhile: look once more right before creating.
    const raced = await findStickyComment(octokit, target, marker);
    if (raced) {
      const updated = await updateComment(octokit, target, raced.id, full);
      if (updated) return { action: 'updated', commentId: updated.id, ...url(updated) };
    }
    const { data } = await octokit.request(
      'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
      {
        owner: target.owner,
        repo: target.repo,
        issue_number: target.issueNumber,
        body: full,
      },
    );
    const created = readComment(data);
    if (!created) throw new Error('GitHub created the comment but returned no comment id');
    return { action: 'created', commentId: created.id, ...url(created) };
  } catch (error) {
    // A rate limit left after the retries is a failure to report; the other 403s will not change on a re-run.
    if (httpStatus(error) === 403 && !isRateLimited(error))
      return { action: 'skipped', reason: refusedReason(target.issueNumber, error) };
    throw error;
  }
}

export interface IssueComment {
  id: number;
  body: string;
  html_url?: string;
  user?: { login: string; type: string };
}

/**
 * The oldest comment that starts with `marker` and was written by the token's own account, reading
 * every page. A comment that merely quotes the marker further down (a person replying) does not count,
 * nor does one that anybody else wrote with the marker first: the bot never edits someone else's words.
 */
export async function findStickyComment(
  octokit: OctokitLike,
  target: Omit<StickyCommentTarget, 'marker'>,
  marker: string,
): Promise<IssueComment | undefined> {
  const comments = pageItems(
    octokit,
    'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
    { owner: target.owner, repo: target.repo, issue_number: target.issueNumber },
    { maxPages: MAX_PAGES },
  );
  let self: Promise<Self> | undefined;
  for await (const raw of comments) {
    const comment = readComment(raw);
    if (!comment?.body.trimStart().startsWith(marker)) continue;
    self ??= whoAmI(octokit);
    if (isOwnComment(comment, await self)) return comment;
  }
  return undefined;
}

/**
 * Who the token writes as. `GET /user` answers for a personal token; an installation token (the
 * Action's GITHUB_TOKEN, the App's) gets 403 there — it writes as a `<app-slug>[bot]` account of
 * type `Bot`, which no person can create.
 */
type Self = { login: string } | { bot: true };

async function whoAmI(octokit: OctokitLike): Promise<Self> {
  try {
    const { data } = await octokit.request('GET /user');
    const login = (data as { login?: unknown }).login;
    return typeof login === 'string' ? { login } : { bot: true };
  } catch {
    return { bot: true };
  }
}

function isOwnComment(comment: IssueComment, self: Self): boolean {
  const user = comment.user;
  if (!user) return false;
  if ('login' in self) return user.login.toLowerCase() === self.login.toLowerCase();
  return user.type === 'Bot' && user.login.endsWith('[bot]');
}

/** The comment text as posted: marker first (it must survive any cut), body cut to GitHub's limit. */
export function fitComment(marker: string, rawBody: string): string {
  const head = `${marker}\n`;
  // A finding quoting the marker must not make a second "sticky comment" for the next run to find.
  const body = defuseMarkers(redactSecrets(rawBody));
  const note =
    '\n\n_…report cut to fit GitHub’s comment size limit; the job summary and check run have all of it._';
  const room = COMMENT_MAX_CHARS - head.length;
  if (body.length <= room) return head + body;
  return head + truncateChars(body, room - note.length) + note;
}

async function updateComment(
  octokit: OctokitLike,
  target: StickyCommentTarget,
  id: number,
  body: string,
): Promise<IssueComment | undefined> {
  try {
    const { data } = await octokit.request(
      'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}',
      {
        owner: target.owner,
        repo: target.repo,
        comment_id: id,
        body,
      },
    );
    return readComment(data) ?? { id, body };
  } catch (error) {
    if (httpStatus(error) === 404) return undefined;
    throw error;
  }
}

function readComment(raw: unknown): IssueComment | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const r = raw as Record<string, unknown>;
  if (typeof r.id !== 'number') return undefined;
  const user = r.user as { login?: unknown; type?: unknown } | null | undefined;
  return {
    id: r.id,
    body: typeof r.body === 'string' ? r.body : '',
    ...(typeof r.html_url === 'string' ? { html_url: r.html_url } : {}),
    ...(typeof user?.login === 'string'
      ? { user: { login: user.login, type: typeof user.type === 'string' ? user.type : 'User' } }
      : {}),
  };
}

function url(comment: IssueComment): { url?: string } {
  return comment.html_url ? { url: comment.html_url } : {};
}

/** Why GitHub refused the comment, in the words that tell the reader what to do. */
function refusedReason(issueNumber: number, error: unknown): string {
  const said = `403: ${errorMessage(error)}`;
  if (/\bis locked\b/i.test(said))
    return `the conversation of #${issueNumber} is locked, and GitHub refuses the bot's comments there (${said}); annotations and the job summary still carry the report`;
  return (
    `GitHub refused access to the comments of #${issueNumber} (${said}). ` +
    'This is expected for pull requests from forks, whose workflow token is read-only; otherwise give the job `pull-requests: write`. Annotations and the job summary still carry the report.'
  );
}

function errorMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0]!.replace(/ - https:\/\/docs\.github\.com\S*$/, '');
}
