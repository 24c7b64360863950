import type { OctokitLike } from '../repo/github.js';
import type { RepoRef } from '../repo/types.js';

/** What one check run is about. The check run and the config live in the base repository. */
export interface PullTarget {
  owner: string;
  repo: string;
  headSha: string;
  /** Where the head commit's tree is read: the fork for a fork PR. */
  head: { owner: string; repo: string };
  /** The base commit (or, when no pull request is known, the default branch) the config is read from. */
  configRef: string;
  pullNumber?: number;
  /** The pull request's `changed_files`, when known: tells whether GitHub's file listing was cut. */
  changedFiles?: number;
}

/** The parts of a pull request payload (webhook or REST) this needs; `head.repo` is null for a deleted fork. */
export interface PullRequestLike {
  number: number;
  changed_files?: number;
  base: { sha: string };
  head: { sha: string; repo: { name: string; owner: { login: string } | null } | null };
}

export function targetFromPullRequest(
  base: RepoRef,
  pr: PullRequestLike,
  headSha = pr.head.sha,
): PullTarget {
  // A deleted fork's commits stay reachable from the base repository (refs/pull/N/head), so read them there.
  const repo = pr.head.repo;
  const head = repo?.owner ? { owner: repo.owner.login, repo: repo.name } : base;
  return {
    ...base,
    headSha,
    head,
    configRef: pr.base.sha,
    pullNumber: pr.number,
    ...(typeof pr.changed_files === 'number' ? { changedFiles: pr.changed_files } : {}),
  };
}

/**
 * For "Re-run" of a check run or suite: the payload lists the pull requests by number only, so the current
 * pull request is fetched. GitHub leaves that list empty for fork PRs; then the head commit is read from the
 * base repository (fork PR heads are reachable there) and the config from the default branch.
 */
export async function targetFromRerun(
  octokit: OctokitLike,
  base: RepoRef,
  rerun: { headSha: string; pullNumbers: readonly number[]; defaultBranch: string },
): Promise<PullTarget> {
  const number = rerun.pullNumbers[0];
  if (number === undefined)
    return { ...base, headSha: rerun.headSha, head: base, configRef: rerun.defaultBranch };
  const { data } = await octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', {
    ...base,
    pull_number: number,
  });
  return targetFromPullRequest(base, data as PullRequestLike, rerun.headSha);
}
