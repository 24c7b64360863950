import type { Log } from '../core/log.js';
import { silentLog } from '../core/log.js';
import type { PullRef, RenewalChange, RenewalPort } from '../engine/renew-flag.js';
import {
  renewalBody,
  renewalCommitMessage,
  renewalTitle,
  roleFromPermissionResponse,
} from '../flags/renew/index.js';
import type { OctokitLike } from '../repo/github.js';
import type { RepoRef } from '../repo/types.js';
import { isTooLarge, readFileAtRef, UnreadableFileError } from './contents.js';
import { describeError, httpStatus } from './http-error.js';
import { isLockedRefusal } from './issues.js';
import { prop, str } from '../json.js';

/**
 * The renewal port on GitHub (the use case is src/engine/renew-flag.ts): branch and file reads, the
 * commenter's role and team memberships, and the writes — a branch with the edited registry, the pull
 * request, the reply. A branch left behind by an interrupted attempt is reused, and a pull request a
 * racing delivery of the same comment opened is found instead of failing.
 */
export function githubRenewals(
  octokit: OctokitLike,
  repo: RepoRef,
  log: Log = silentLog,
): RenewalPort {
  const { owner, repo: name } = repo;
  return {
    branchSha: (branch) => branchSha(octokit, repo, branch),
    readWithSha: (path, ref) => readWithSha(octokit, { owner, repo: name, path, ref }),
    read: (path, ref) => readFileAtRef(octokit, { owner, repo: name, path, ref }),
    async role(login) {
      try {
        const { data } = await octokit.request(
          'GET /repos/{owner}/{repo}/collaborators/{username}/permission',
          { owner, repo: name, username: login },
        );
        return roleFromPermissionResponse(data);
      } catch (error) {
        // 404: not a collaborator at all. Anything else: unknown, and the other routes may still allow it.
        if (httpStatus(error) === 404) return 'none';
        log.warning(
          `could not read the permission of ${login} on ${owner}/${name}: ${describeError(error)}`,
        );
        return null;
      }
    },
    async isTeamMember(team, login) {
      const [org, slug] = team.replace(/^@/, '').split('/');
      try {
        const { data } = await octokit.request(
          'GET /orgs/{org}/teams/{team_slug}/memberships/{username}',
          { org, team_slug: slug, username: login },
        );
        return (data as { state?: unknown }).state === 'active';
      } catch (error) {
        if (httpStatus(error) !== 404)
          log.warning(`could not check membership of ${login} in ${team}: ${describeError(error)}`);
        return false;
      }
    },
    findOpenPull: (branch) => findOpenPull(octokit, repo, branch),
    refreshBranch: (change) => refreshBranch(octokit, repo, change),
    async openPull(change) {
      await prepareBranch(octokit, repo, change);
      try {
        const { data } = await octokit.request('POST /repos/{owner}/{repo}/pulls', {
          owner,
          repo: name,
          title: renewalTitle(change.facts),
          head: change.branch,
          base: change.defaultBranch,
          body: renewalBody(change.facts),
        });
        return { pull: readPull(data), reused: false };
      } catch (error) {
        // Another delivery of the same comment got there first: use its pull request.
        const raced =
          httpStatus(error) === 422 ? await findOpenPull(octokit, repo, change.branch) : undefined;
        if (!raced) throw error;
        return { pull: raced, reused: true };
      }
    },
    async reply(issueNumber, body) {
      try {
        await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
          owner,
          repo: name,
          issue_number: issueNumber,
          body,
        });
      } catch (error) {
        // A collaborator may comment on a locked conversation; the bot may not. Failing here would only
        // have the delivery redelivered to fail the same way, after the pull request was opened.
        if (!isLockedRefusal(error, false)) throw error;
        log.warning(
          `#${issueNumber} in ${owner}/${name} is locked: GitHub refused the reply (${describeError(error)}); it said: ${body}`,
        );
      }
    },
  };
}

/** Creates the branch with the edited registry; reuses a branch left by an interrupted attempt. */
async function prepareBranch(
  octokit: OctokitLike,
  { owner, repo }: RepoRef,
  change: RenewalChange,
): Promise<void> {
  const { branch, baseSha, path, text } = change;
  try {
    await octokit.request('POST /repos/{owner}/{repo}/git/refs', {
      owner,
      repo,
      ref: `refs/heads/${branch}`,
      sha: baseSha,
    });
  } catch (error) {
    // Only "Reference already exists" means a branch left behind; a ruleset's 422 ("Repository rule
    // violations found") or "Reference update failed" is GitHub refusing, and is said as such.
    if (httpStatus(error) !== 422 || !/already exists/i.test(describeError(error))) throw error;
    const onBranch = await readWithSha(octokit, { owner, repo, path, ref: branch });
    if (onBranch?.text === text) return; // already committed by the earlier attempt
    // Left over without its pull request and with other content: start it again from the default branch.
    await resetBranch(octokit, { owner, repo }, branch, baseSha);
  }
  await commitRenewal(octokit, { owner, repo }, change);
}

async function resetBranch(
  octokit: OctokitLike,
  { owner, repo }: RepoRef,
  branch: string,
  sha: string,
): Promise<void> {
  await octokit.request('PATCH /repos/{owner}/{repo}/git/refs/{ref}', {
    owner,
    repo,
    ref: `heads/${branch}`,
    sha,
    force: true,
  });
}

async function commitRenewal(
  octokit: OctokitLike,
  { owner, repo }: RepoRef,
  change: RenewalChange,
): Promise<void> {
  const { branch, path, text } = change;
  await octokit.request('PUT /repos/{owner}/{repo}/contents/{path}', {
    owner,
    repo,
    path,
    branch,
    sha: change.blobSha,
    message: renewalCommitMessage(change.facts),
    content: Buffer.from(text, 'utf8').toString('base64'),
  });
}

/**
 * An open renewal pull request whose branch no longer holds the renewal of the default branch's registry
 * (someone changed the registry there since): reset the branch to the default branch and commit the
 * renewal again, so the pull request is mergeable and current. Only when every commit on the branch is a
 * renewal commit of this flag: commits a person pushed there are never thrown away.
 */
async function refreshBranch(
  octokit: OctokitLike,
  { owner, repo }: RepoRef,
  change: RenewalChange,
): Promise<'current' | 'updated' | 'diverged'> {
  const onBranch = await readWithSha(octokit, {
    owner,
    repo,
    path: change.path,
    ref: change.branch,
  });
  if (onBranch?.text === change.text) return 'current';
  const { data } = await octokit.request('GET /repos/{owner}/{repo}/compare/{basehead}', {
    owner,
    repo,
    basehead: `${change.baseSha}...${change.branch}`,
  });
  const commits = prop(data, 'commits');
  const title = renewalCommitMessage(change.facts).split('\n')[0]!;
  const ours =
    Array.isArray(commits) &&
    commits.every((c: unknown) =>
      (str(prop(prop(c, 'commit'), 'message')) ?? '').startsWith(title),
    );
  if (!ours) return 'diverged';
  // Never reset the branch to the base first: GitHub closes a pull request whose head equals its base,
  // for good. The renewal commit is built on the base, then the branch moves to it in one update.
  const sha = await renewalCommitOn(octokit, { owner, repo }, change);
  await resetBranch(octokit, { owner, repo }, change.branch, sha);
  return 'updated';
}

/** The renewal as a commit whose parent is the default branch's head, without moving any branch. */
async function renewalCommitOn(
  octokit: OctokitLike,
  { owner, repo }: RepoRef,
  change: RenewalChange,
): Promise<string> {
  const base = await octokit.request('GET /repos/{owner}/{repo}/git/commits/{commit_sha}', {
    owner,
    repo,
    commit_sha: change.baseSha,
  });
  const baseTree = str(prop(prop(base.data, 'tree'), 'sha'));
  const tree = await octokit.request('POST /repos/{owner}/{repo}/git/trees', {
    owner,
    repo,
    ...(baseTree ? { base_tree: baseTree } : {}),
    tree: [{ path: change.path, mode: '100644', type: 'blob', content: change.text }],
  });
  const commit = await octokit.request('POST /repos/{owner}/{repo}/git/commits', {
    owner,
    repo,
    message: renewalCommitMessage(change.facts),
    tree: str(prop(tree.data, 'sha')),
    parents: [change.baseSha],
  });
  const sha = str(prop(commit.data, 'sha'));
  if (!sha) throw new Error('GitHub created the renewal commit without naming it');
  return sha;
}

async function findOpenPull(
  octokit: OctokitLike,
  { owner, repo }: RepoRef,
  branch: string,
): Promise<PullRef | undefined> {
  const { data } = await octokit.request('GET /repos/{owner}/{repo}/pulls', {
    owner,
    repo,
    state: 'open',
    head: `${owner}:${branch}`,
    per_page: 10,
  });
  const first = Array.isArray(data) ? (data as unknown[])[0] : undefined;
  return first === undefined ? undefined : readPull(first);
}

function readPull(data: unknown): PullRef {
  const r = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  if (typeof r.number !== 'number')
    throw new Error('GitHub returned a pull request without a number');
  return { number: r.number, url: typeof r.html_url === 'string' ? r.html_url : `#${r.number}` };
}

async function branchSha(
  octokit: OctokitLike,
  { owner, repo }: RepoRef,
  branch: string,
): Promise<string> {
  const { data } = await octokit.request('GET /repos/{owner}/{repo}/git/ref/{ref}', {
    owner,
    repo,
    ref: `heads/${branch}`,
  });
  const sha = (data as { object?: { sha?: unknown } }).object?.sha;
  if (typeof sha !== 'string')
    throw new Error(`GitHub returned no commit for branch ${branch} of ${owner}/${repo}`);
  return sha;
}

/** A file's text and blob SHA (the contents API needs the SHA to replace it); undefined on 404. */
async function readWithSha(
  octokit: OctokitLike,
  file: { owner: string; repo: string; path: string; ref: string },
): Promise<{ text: string; sha: string } | undefined> {
  let data: unknown;
  try {
    ({ data } = await octokit.request('GET /repos/{owner}/{repo}/contents/{path}', file));
  } catch (error) {
    if (httpStatus(error) === 404) return undefined;
    if (isTooLarge(error))
      throw new UnreadableFileError(
        `${file.path} at ${file.ref} in ${file.owner}/${file.repo} is over 1 MB, too large for the GitHub contents API`,
      );
    throw error;
  }
  const r = (
    typeof data === 'object' && data !== null && !Array.isArray(data) ? data : {}
  ) as Record<string, unknown>;
  if (
    r.type !== 'file' ||
    typeof r.content !== 'string' ||
    typeof r.sha !== 'string' ||
    r.encoding !== 'base64'
  )
    throw new UnreadableFileError(
      `${file.path} at ${file.ref} in ${file.owner}/${file.repo} is not a readable file (directory, symlink or over 1 MB)`,
    );
  return { text: Buffer.from(r.content, 'base64').toString('utf8'), sha: r.sha };
}
