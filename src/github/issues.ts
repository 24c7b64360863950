import type { ExistingIssue, IssuePatch, NewIssue } from '../flags/sync/types.js';
import { eventIds } from '../flags/sync/markers.js';
import { prop, str } from '../json.js';
import { httpStatus, isRateLimited } from './http-error.js';
export { describeError, httpStatus } from './http-error.js';
import type { OctokitLike } from '../repo/github.js';
import type { RepoRef } from '../repo/types.js';
import { pageItems } from './paginate.js';

/**
 * The issues side of the REST API as the flag sweep uses it. Structural Octokit (`request` only), so
 * the Action's client and Probot's `context.octokit` both fit; throttling and retry come with them.
 */

/** 50 pages of 100: a repository with more flag issues than this has a different problem. */
const MAX_PAGES = 50;
/** The search API returns at most 1,000 results. */
const MAX_SEARCH_PAGES = 10;

/** Every issue (open and closed, not pull requests) carrying `label`. */
export async function listLabeledIssues(
  octokit: OctokitLike,
  repo: RepoRef,
  label: string,
): Promise<ExistingIssue[]> {
  const out: ExistingIssue[] = [];
  const params = { ...repo, labels: label, state: 'all' };
  for await (const raw of pageItems(octokit, 'GET /repos/{owner}/{repo}/issues', params, {
    maxPages: MAX_PAGES,
  })) {
    const issue = toExistingIssue(raw);
    if (issue) out.push(issue);
  }
  return out;
}

/**
 * Issues whose body contains `phrase` (the marker), whatever their labels: a person may have removed
 * the label, and a run that overlaps another must see the issue the other one created.
 */
export async function searchIssuesByBody(
  octokit: OctokitLike,
  repo: RepoRef,
  phrase: string,
): Promise<ExistingIssue[]> {
  const q = `repo:${repo.owner}/${repo.repo} is:issue in:body "${phrase.replace(/"/g, '')}"`;
  const out: ExistingIssue[] = [];
  for await (const raw of pageItems(
    octokit,
    'GET /search/issues',
    { q },
    {
      maxPages: MAX_SEARCH_PAGES,
      field: 'items',
    },
  )) {
    const issue = toExistingIssue(raw);
    if (issue) out.push(issue);
  }
  return out;
}

export async function createIssue(
  octokit: OctokitLike,
  repo: RepoRef,
  issue: NewIssue,
): Promise<ExistingIssue> {
  const params: Record<string, unknown> = {
    ...repo,
    title: issue.title,
    body: issue.body,
    labels: issue.labels,
  };
  if (issue.assignees.length > 0) params.assignees = issue.assignees;
  const { data } = await octokit.request('POST /repos/{owner}/{repo}/issues', {
    ...params,
    request: NO_BLIND_RETRY,
  });
  return requireIssue(data, 'creating an issue');
}

/** One issue as it is now (a write that rebuilds its body starts from this, not from an older listing). */
export async function getIssue(
  octokit: OctokitLike,
  repo: RepoRef,
  number: number,
): Promise<ExistingIssue> {
  const response = await octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}', {
    ...repo,
    issue_number: number,
    request: NO_REDIRECT,
  });
  refuseMoved(response, repo, number);
  return requireIssue(response.data, `reading issue #${number}`);
}

export async function updateIssue(
  octokit: OctokitLike,
  repo: RepoRef,
  number: number,
  patch: IssuePatch,
): Promise<ExistingIssue> {
  const params: Record<string, unknown> = { ...repo, issue_number: number };
  if (patch.title !== undefined) params.title = patch.title;
  if (patch.body !== undefined) params.body = patch.body;
  if (patch.labels !== undefined) params.labels = patch.labels;
  if (patch.assignees !== undefined) params.assignees = patch.assignees;
  if (patch.state !== undefined) params.state = patch.state;
  if (patch.stateReason !== undefined) params.state_reason = patch.stateReason;
  const response = await octokit.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
    ...params,
    request: NO_REDIRECT,
  });
  refuseMoved(response, repo, number);
  return requireIssue(response.data, `updating issue #${number}`);
}

export async function createComment(
  octokit: OctokitLike,
  repo: RepoRef,
  number: number,
  body: string,
): Promise<void> {
  const response = await octokit.request(
    'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
    { ...repo, issue_number: number, body, request: { ...NO_BLIND_RETRY, ...NO_REDIRECT } },
  );
  refuseMoved(response, repo, number);
}

/**
 * GitHub answers 301 at the old number of an issue a person transferred to another repository.
 * Following it would edit the issue over there (fetch re-sends a PATCH), or turn a comment's POST into a
 * GET that looks like success; so writes never follow it, and the issue is treated as gone from here.
 */
const NO_REDIRECT = { redirect: 'manual' } as const;

/** The error of a write GitHub redirected: the issue is no longer in this repository. */
export class IssueMovedError extends Error {
  readonly status = 301;
  constructor(repo: RepoRef, number: number) {
    super(
      `#${number} is no longer in ${repo.owner}/${repo.repo} (GitHub answers 301: it was transferred); it is left alone there`,
    );
    this.name = 'IssueMovedError';
  }
}

/** `OctokitLike` promises `data` only; Octokit's answers carry the `status` too. */
function refuseMoved(response: unknown, repo: RepoRef, number: number): void {
  const status = prop(response, 'status');
  if (typeof status === 'number' && status >= 300 && status < 400)
    throw new IssueMovedError(repo, number);
}

/**
 * For @octokit/plugin-retry (the Action's client and Probot's both carry it): a POST that failed with a
 * 5xx or a dropped connection may have been committed by GitHub, so it is never re-sent blindly. The
 * caller looks again first (`isUncertain`). Rate-limit refusals are still waited out by the throttling
 * plugin: GitHub did not do the write then.
 */
export const NO_BLIND_RETRY = { retries: 0 } as const;

/** A failed write GitHub may nevertheless have done: a server error, or no answer at all. */
export function isUncertain(err: unknown): boolean {
  const status = httpStatus(err);
  return status === undefined || status >= 500;
}

/**
 * GitHub's answer to a comment on a locked conversation: 403 "Unable to create comment because issue is
 * locked", also for a bot with write access. The issue itself can still be edited, labelled and closed.
 */
export function isLockedRefusal(err: unknown, knownLocked: boolean): boolean {
  if (httpStatus(err) !== 403 || isRateLimited(err)) return false;
  const message = err instanceof Error ? err.message : String(err);
  return knownLocked || /\bissue is locked\b/i.test(message);
}

/**
 * GitHub's 403 for a token without the permission ("Resource not accessible by integration" for
 * GITHUB_TOKEN and Apps, "Must have admin rights" and the like otherwise) — not a rate limit, a locked
 * conversation or an archived repository. Every later sweep fails the same way until it is granted.
 */
export function isPermissionRefusal(err: unknown): boolean {
  if (httpStatus(err) !== 403 || isRateLimited(err) || isLockedRefusal(err, false)) return false;
  const message = err instanceof Error ? err.message : String(err);
  return /not accessible|permission|must have/i.test(message);
}

/** What to do about a permission refusal, for the sweep's error. */
export const ISSUES_WRITE_HINT =
  'the token may not write issues here: the job needs `issues: write` (an App: the Issues permission, read and write)';

/**
 * The logins GitHub refused to assign (422 Validation Failed with `errors[]` entries for the field
 * `assignees`: not a collaborator, left the organisation), or undefined when the 422 is about
 * something else. An entry without a value names nobody: then every login is in doubt (`[]`).
 */
export function refusedAssignees(err: unknown): string[] | undefined {
  if (httpStatus(err) !== 422) return undefined;
  const errors = prop(prop(prop(err, 'response'), 'data'), 'errors');
  if (!Array.isArray(errors)) return undefined;
  const about = errors.filter((e: unknown) => /^assignees?$/.test(str(prop(e, 'field')) ?? ''));
  if (about.length === 0) return undefined;
  const logins = about.map((e: unknown) => str(prop(e, 'value')));
  return logins.every((l): l is string => l !== undefined) ? logins : [];
}

/**
 * The event id of the newest ops-steward comment on an issue, or undefined when there is none. Only
 * comments by a bot account count (GitHub's `user.type`): a person who pastes the hidden marker must not
 * make the sweep think its own comment is already there.
 */
export async function latestEventId(
  octokit: OctokitLike,
  repo: RepoRef,
  number: number,
): Promise<string | undefined> {
  let latest: string | undefined;
  const comments = pageItems(
    octokit,
    'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
    { ...repo, issue_number: number },
    { maxPages: MAX_PAGES },
  );
  for await (const c of comments) {
    if (prop(prop(c, 'user'), 'type') !== 'Bot') continue;
    const ids = eventIds(str(prop(c, 'body')));
    if (ids.length > 0) latest = ids[ids.length - 1];
  }
  return latest;
}

/** GitHub answers 204 when the login can be assigned issues in the repository and 404 when not. */
export async function isAssignable(
  octokit: OctokitLike,
  repo: RepoRef,
  login: string,
): Promise<boolean> {
  try {
    await octokit.request('GET /repos/{owner}/{repo}/assignees/{assignee}', {
      ...repo,
      assignee: login,
    });
    return true;
  } catch (err) {
    if (httpStatus(err) === 404) return false;
    throw err;
  }
}

/**
 * Logins of a team's members (`@org/slug`); undefined when the token cannot read the team (needs org
 * read access, which a workflow's GITHUB_TOKEN does not have) or it does not exist.
 */
export async function listTeamMembers(
  octokit: OctokitLike,
  team: string,
): Promise<string[] | undefined> {
  const m = /^@?([^/]+)\/(.+)$/.exec(team);
  if (!m) return undefined;
  const out: string[] = [];
  try {
    const members = pageItems(
      octokit,
      'GET /orgs/{org}/teams/{team_slug}/members',
      { org: m[1], team_slug: m[2] },
      { maxPages: MAX_PAGES },
    );
    for await (const u of members) {
      const login = str(prop(u, 'login'));
      if (login) out.push(login);
    }
  } catch (err) {
    const status = httpStatus(err);
    if (status === 403 || status === 404) return undefined;
    throw err;
  }
  return out;
}

export function toExistingIssue(raw: unknown): ExistingIssue | undefined {
  if (prop(raw, 'pull_request') !== undefined) return undefined;
  const number = prop(raw, 'number');
  if (typeof number !== 'number') return undefined;
  const state = prop(raw, 'state') === 'closed' ? 'closed' : 'open';
  const labels = prop(raw, 'labels');
  const assignees = prop(raw, 'assignees');
  return {
    number,
    state,
    title: str(prop(raw, 'title')) ?? '',
    body: str(prop(raw, 'body')) ?? '',
    labels: Array.isArray(labels)
      ? labels
          .map((l: unknown) => (typeof l === 'string' ? l : str(prop(l, 'name'))))
          .filter((l): l is string => l !== undefined)
      : [],
    assignees: Array.isArray(assignees)
      ? assignees
          .map((a: unknown) => str(prop(a, 'login')))
          .filter((a): a is string => a !== undefined)
      : [],
    closedAt: str(prop(raw, 'closed_at')) ?? null,
    ...(prop(raw, 'locked') === true ? { locked: true } : {}),
  };
}

function requireIssue(data: unknown, what: string): ExistingIssue {
  const issue = toExistingIssue(data);
  if (!issue) throw new Error(`Unexpected response from GitHub while ${what}: no issue number`);
  return issue;
}

/**
 * Whether a failed write should end the sweep. Rate limits (403/429, left after the throttling
 * plugin's retries), server errors, missing permissions and network failures would fail every later
 * write too; a 301/404/410/422 concerns only the one issue (transferred, deleted, invalid), so the sweep
 * goes on.
 */
export function stopsSweep(err: unknown): boolean {
  const status = httpStatus(err);
  return !(status === 301 || status === 404 || status === 410 || status === 422);
}
