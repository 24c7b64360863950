import { diffFromPullFiles } from '../repo/diff.js';
import type { PullFileEntry, PullRequestDiff } from '../repo/diff.js';
import type { OctokitLike } from '../repo/github.js';
import { PER_PAGE, pageItems } from './paginate.js';

/** GitHub lists at most this many files of a pull request (`GET /pulls/{n}/files`). */
export const PULL_FILES_LIMIT = 3000;

export interface PullRequestRef {
  owner: string;
  repo: string;
  pullNumber: number;
}

/**
 * Every changed file of a pull request with its patch, page by page. Entries that lack a filename are
 * dropped (nothing can be annotated there); the rest is passed through as GitHub sent it.
 */
export async function listPullRequestFiles(
  octokit: OctokitLike,
  pr: PullRequestRef,
): Promise<PullFileEntry[]> {
  const out: PullFileEntry[] = [];
  const files = pageItems(
    octokit,
    'GET /repos/{owner}/{repo}/pulls/{pull_number}/files',
    { owner: pr.owner, repo: pr.repo, pull_number: pr.pullNumber },
    { maxPages: PULL_FILES_LIMIT / PER_PAGE },
  );
  for await (const raw of files) {
    const entry = readEntry(raw);
    if (entry) out.push(entry);
  }
  return out;
}

/**
 * The pull request's changed lines per file. `changedFiles` (the pull request's `changed_files`) tells
 * whether GitHub's 3000-file cap cut the list; pass it when the payload has it.
 */
export async function fetchPullRequestDiff(
  octokit: OctokitLike,
  pr: PullRequestRef & { changedFiles?: number },
): Promise<PullRequestDiff> {
  const entries = await listPullRequestFiles(octokit, pr);
  return diffFromPullFiles(entries, pr.changedFiles);
}

function readEntry(raw: unknown): PullFileEntry | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const r = raw as Record<string, unknown>;
  if (typeof r.filename !== 'string' || r.filename === '') return undefined;
  return {
    filename: r.filename,
    status: typeof r.status === 'string' ? r.status : 'modified',
    ...(typeof r.patch === 'string' ? { patch: r.patch } : {}),
    ...(typeof r.previous_filename === 'string' ? { previous_filename: r.previous_filename } : {}),
  };
}
