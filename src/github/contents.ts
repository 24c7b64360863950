import type { OctokitLike } from '../repo/github.js';

export interface FileAtRef {
  owner: string;
  repo: string;
  path: string;
  /** Branch, tag or SHA. */
  ref: string;
}

/** Why a file that exists cannot be used as text. */
export class UnreadableFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnreadableFileError';
  }
}

/**
 * One file's text through the contents API: undefined when it does not exist at that ref (HTTP 404).
 * A directory or a file too large for the contents API (over 1 MB) is an UnreadableFileError.
 */
export async function readFileAtRef(
  octokit: OctokitLike,
  file: FileAtRef,
): Promise<string | undefined> {
  let data: unknown;
  try {
    ({ data } = await octokit.request('GET /repos/{owner}/{repo}/contents/{path}', {
      owner: file.owner,
      repo: file.repo,
      path: file.path,
      ref: file.ref,
    }));
  } catch (error) {
    if (
      typeof error === 'object' &&
      error !== null &&
      (error as { status?: unknown }).status === 404
    )
      return undefined;
    throw error;
  }
  const where = `${file.path} at ${file.ref.slice(0, 12)} in ${file.owner}/${file.repo}`;
  if (Array.isArray(data)) throw new UnreadableFileError(`${where} is a directory, not a file`);
  const record = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  if (record.type !== undefined && record.type !== 'file') {
    throw new UnreadableFileError(`${where} is a ${String(record.type)}, not a regular file`);
  }
  const content = record.content;
  if (typeof content !== 'string')
    throw new UnreadableFileError(`GitHub returned no content for ${where}`);
  if (record.encoding === 'base64') return Buffer.from(content, 'base64').toString('utf8');
  if (
    record.encoding === 'none' ||
    (content === '' && typeof record.size === 'number' && record.size > 0)
  ) {
    throw new UnreadableFileError(`${where} is too large for the GitHub contents API (over 1 MB)`);
  }
  return content;
}
