import pLimit from 'p-limit';
import {
  readLimitFor,
  sizeLimitFor,
  NoticeLog,
  comparePaths,
  decodeText,
  tooLargeReason,
  validateMaxFileBytes,
} from './content.js';
import { RepoError } from './errors.js';
import { readTarball } from './tarball.js';
import { DEFAULT_MAX_FILE_BYTES } from './types.js';
import type { RepoFiles } from './types.js';

export { RepoError } from './errors.js';
import { httpStatus } from '../core/errors.js';
import { prop, str } from '../json.js';

/**
 * The one Octokit method used. Structural, so @octokit/rest's `Octokit`, Probot's
 * `context.octokit` and @actions/github's `getOctokit()` all fit without a shared import.
 */
export interface OctokitLike {
  request(route: string, params?: Record<string, unknown>): Promise<{ data: unknown }>;
}

export interface GitHubRef {
  owner: string;
  repo: string;
  /** Branch, tag or commit SHA. */
  ref: string;
}

export interface GitHubRepoOptions {
  /** Blobs larger than this are skipped with a notice (the tree listing gives sizes). */
  maxFileBytes?: number;
  /** Parallel API requests; GitHub's secondary rate limits punish bursts. */
  concurrency?: number;
  /**
   * From how many listed files on the contents come from one tarball download instead of one blob
   * request per file (default 50). A full scan of a monorepo reads thousands of files: one request
   * instead of thousands keeps the App within GitHub's rate limits. `Infinity` turns it off.
   */
  tarballFrom?: number;
  /**
   * Files the caller has already read (through the contents API, say), by path: used instead of a
   * request wherever the listing names the same blob SHA, so a change between the two reads is
   * never mixed in (a blob SHA names its exact bytes).
   */
  known?: ReadonlyMap<string, KnownBlob>;
}

export interface KnownBlob {
  sha: string;
  bytes: Uint8Array;
}

export interface GitHubRepoFiles extends RepoFiles {
  /** The commit `ref` resolved to, so reports and check runs name exactly what was read. */
  readonly sha: string;
}

const DEFAULT_CONCURRENCY = 8;
const DEFAULT_TARBALL_FROM = 50;
const SYMLINK_MODE = '120000';

interface TreeEntry {
  path: string;
  mode: string;
  type: string;
  sha: string;
  size?: number;
}

interface Tree {
  entries: TreeEntry[];
  truncated: boolean;
}

/** Lists a commit's files through the git data API; blobs are fetched on first read and cached. */
export async function openGitHubRepo(
  octokit: OctokitLike,
  { owner, repo, ref }: GitHubRef,
  opts: GitHubRepoOptions = {},
): Promise<GitHubRepoFiles> {
  const maxFileBytes = validateMaxFileBytes(opts.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES);
  const limit = pLimit(opts.concurrency ?? DEFAULT_CONCURRENCY);
  const where = `${owner}/${repo}`;
  const call = (what: string, route: string, params: Record<string, unknown>): Promise<unknown> =>
    limit(() => octokit.request(route, { owner, repo, ...params })).then(
      (res) => res.data,
      (err: unknown) => {
        throw describeHttpError(err, what);
      },
    );

  const { sha, treeSha } = await resolveCommit(call, where, ref);

  const notices = new NoticeLog();
  const blobs = new Map<string, { sha: string }>();
  /** Listed but over the cap: readable by a caller that accepts the size (`ReadOptions.maxBytes`). */
  const oversized = new Map<string, { sha: string; size: number }>();
  const fetchTree = async (treeSha: string, recursive: boolean): Promise<Tree> => {
    const params: Record<string, unknown> = { tree_sha: treeSha };
    if (recursive) params.recursive = '1';
    return parseTree(
      await call(
        `the tree ${treeSha} of ${where}`,
        'GET /repos/{owner}/{repo}/git/trees/{tree_sha}',
        params,
      ),
    );
  };
  const addEntry = (path: string, e: TreeEntry): void => {
    if (e.type !== 'blob') return; // `tree` is a directory, `commit` a submodule: neither has content here.
    if (e.mode === SYMLINK_MODE)
      notices.add(path, 'symlinks are not followed in a GitHub checkout');
    else if (e.size !== undefined && e.size > sizeLimitFor(path, maxFileBytes)) {
      notices.add(path, tooLargeReason(e.size, sizeLimitFor(path, maxFileBytes)));
      oversized.set(path, { sha: e.sha, size: e.size });
    } else blobs.set(path, { sha: e.sha });
  };
  // GitHub truncates big recursive listings; descend one level wherever that happens so no file is lost.
  const collect = async (treeSha: string, prefix: string): Promise<void> => {
    const full = await fetchTree(treeSha, true);
    if (!full.truncated) {
      for (const e of full.entries) addEntry(prefix + e.path, e);
      return;
    }
    const level = await fetchTree(treeSha, false);
    if (level.truncated) {
      throw new RepoError(
        `The directory "${prefix || '/'}" of ${where}@${sha} has too many entries to list through the GitHub API`,
      );
    }
    const subtrees: Promise<void>[] = [];
    for (const e of level.entries) {
      if (e.type === 'tree') subtrees.push(collect(e.sha, `${prefix}${e.path}/`));
      else addEntry(prefix + e.path, e);
    }
    await Promise.all(subtrees);
  };
  await collect(treeSha, '');

  const sorted = [...blobs.keys()].sort(comparePaths);
  const cache = new Map<string, Promise<string | undefined>>();
  const unlist = (path: string, why?: string): undefined => {
    blobs.delete(path);
    if (why !== undefined) notices.add(path, why);
    return undefined;
  };
  // Downloaded on the first read, once; if it fails, reads fall back to one blob request each.
  let archive: Promise<Map<string, Uint8Array> | undefined> | undefined;
  /** The archive's files once it has arrived: reading one of them costs no request. */
  let archiveFiles: ReadonlyMap<string, Uint8Array> | undefined;
  const fromArchive = (path: string): Promise<Uint8Array | undefined> => {
    if (blobs.size < (opts.tarballFrom ?? DEFAULT_TARBALL_FROM)) return Promise.resolve(undefined);
    archive ??= call(
      `the tarball of ${where}@${short(sha)}`,
      'GET /repos/{owner}/{repo}/tarball/{ref}',
      {
        ref: sha,
      },
    ).then(
      (data) =>
        data instanceof ArrayBuffer
          ? readTarball(new Uint8Array(data), (p) => sizeLimitFor(p, maxFileBytes)).catch(
              () => undefined,
            )
          : undefined,
      () => undefined,
    );
    return archive.then((files) => {
      archiveFiles = files;
      return files?.get(path);
    });
  };
  const load = async (
    path: string,
    blobSha: string,
    limit: number,
  ): Promise<string | undefined> => {
    const given = opts.known?.get(path);
    if (given?.sha === blobSha) return decodeListed(path, given.bytes, limit);
    // The archive holds only files under the listing's cap; a larger one comes as its own blob.
    const archived = oversized.has(path) ? undefined : await fromArchive(path);
    if (archived) return decodeListed(path, archived, limit);
    let data: unknown;
    try {
      data = await call(
        `${path} in ${where}@${short(sha)}`,
        'GET /repos/{owner}/{repo}/git/blobs/{file_sha}',
        {
          file_sha: blobSha,
        },
      );
    } catch (err) {
      if (err instanceof RepoError && err.status === 404) return unlist(path);
      throw err;
    }
    return decodeListed(path, blobBytes(data, `${path} in ${where}`), limit);
  };
  const decodeListed = async (
    path: string,
    bytes: Uint8Array,
    limit: number,
  ): Promise<string | undefined> => {
    if (bytes.length > limit) {
      notices.replace(path, tooLargeReason(bytes.length, limit));
      return unlist(path);
    }
    const decoded = await decodeText(bytes);
    if ('skip' in decoded) {
      notices.replace(path, decoded.skip);
      return unlist(path);
    }
    notices.decoded(path, decoded);
    if (oversized.has(path)) notices.delete(path);
    return decoded.text;
  };

  return {
    label: `${where}@${short(sha)}`,
    sha,
    list: () => Promise.resolve(sorted.filter((p) => blobs.has(p))),
    read: (path, options) => {
      const cached = cache.get(path);
      if (cached) return cached;
      const limit = readLimitFor(path, maxFileBytes, options?.maxBytes);
      const large = oversized.get(path);
      if (large && large.size > limit) {
        notices.replace(path, tooLargeReason(large.size, limit));
        return Promise.resolve(undefined);
      }
      const blob = blobs.get(path) ?? large;
      if (!blob) return Promise.resolve(undefined);
      const pending = load(path, blob.sha, limit);
      cache.set(path, pending);
      // A failed request must not poison the cache: a retry may succeed.
      pending.catch(() => cache.delete(path));
      return pending;
    },
    notices: () => notices.list(),
    isLoaded: (path) => cache.has(path) || archiveFiles?.has(path) === true,
  };
}

type Call = (what: string, route: string, params: Record<string, unknown>) => Promise<unknown>;

async function resolveCommit(
  call: Call,
  where: string,
  ref: string,
): Promise<{ sha: string; treeSha: string }> {
  const what = `ref "${ref}" of ${where}`;
  let data: unknown;
  try {
    // A full SHA resolves through the light git-data endpoint; names need the commits endpoint.
    data = /^[0-9a-f]{40}$/i.test(ref)
      ? await call(what, 'GET /repos/{owner}/{repo}/git/commits/{commit_sha}', { commit_sha: ref })
      : await call(what, 'GET /repos/{owner}/{repo}/commits/{ref}', { ref });
  } catch (err) {
    const status = err instanceof RepoError ? err.status : undefined;
    const cause = err instanceof RepoError ? err.cause : err;
    if (status === 404 || status === 422) {
      throw new RepoError(
        `Cannot resolve ref "${ref}" in ${where} (HTTP ${status}): the repository or ref does not exist, or the token cannot read it`,
        { cause, status },
      );
    }
    if (status === 409) {
      throw new RepoError(`${where} is an empty repository: there is no commit to check`, {
        cause,
        status,
      });
    }
    throw err;
  }
  const sha = str(prop(data, 'sha'));
  // git/commits has `tree` at the top; the commits endpoint nests it under `commit`.
  const treeSha =
    str(prop(prop(data, 'tree'), 'sha')) ?? str(prop(prop(prop(data, 'commit'), 'tree'), 'sha'));
  if (!sha || !treeSha)
    throw new RepoError(
      `Unexpected response from GitHub while resolving ${what}: no commit or tree SHA`,
    );
  return { sha, treeSha };
}

function parseTree(data: unknown): Tree {
  const raw = prop(data, 'tree');
  if (!Array.isArray(raw))
    throw new RepoError('Unexpected response from GitHub: a git tree without a "tree" array');
  const entries: TreeEntry[] = [];
  for (const item of raw as unknown[]) {
    const path = str(prop(item, 'path'));
    const mode = str(prop(item, 'mode'));
    const type = str(prop(item, 'type'));
    const sha = str(prop(item, 'sha'));
    if (path === undefined || mode === undefined || type === undefined || sha === undefined)
      continue;
    const size = prop(item, 'size');
    entries.push(
      typeof size === 'number' ? { path, mode, type, sha, size } : { path, mode, type, sha },
    );
  }
  return { entries, truncated: prop(data, 'truncated') === true };
}

function blobBytes(data: unknown, what: string): Buffer {
  const content = str(prop(data, 'content'));
  const encoding = str(prop(data, 'encoding'));
  if (content === undefined)
    throw new RepoError(`Unexpected response from GitHub for ${what}: a blob without content`);
  if (encoding === 'base64') return Buffer.from(content, 'base64'); // Node skips the embedded newlines.
  if (encoding === 'utf-8' || encoding === 'utf8') return Buffer.from(content, 'utf8');
  throw new RepoError(
    `Unexpected response from GitHub for ${what}: unknown blob encoding "${encoding ?? ''}"`,
  );
}

function describeHttpError(err: unknown, what: string): RepoError {
  const status = httpStatus(err);
  const detail = err instanceof Error ? err.message : String(err);
  const prefix =
    status === undefined
      ? `Cannot read ${what} from GitHub`
      : `GitHub answered HTTP ${status} for ${what}`;
  return new RepoError(
    `${prefix}: ${detail}`,
    status === undefined ? { cause: err } : { cause: err, status },
  );
}

function short(sha: string): string {
  return sha.slice(0, 7);
}
