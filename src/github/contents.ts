import { prop } from '../json.js';
import type { OctokitLike } from '../repo/github.js';
import { UnreadableFileError } from '../repo/errors.js';
import { httpStatus } from './http-error.js';

export interface FileAtRef {
  owner: string;
  repo: string;
  path: string;
  /** Branch, tag or SHA. */
  ref: string;
}

export { UnreadableFileError };

/** A file as the contents API hands it over: its text, and its git blob with the exact bytes. */
export interface FileContents {
  text: string;
  /** Absent when GitHub sent no blob SHA or no base64 bytes (the text is all there is). */
  blob?: { sha: string; bytes: Uint8Array };
}

/**
 * One file's text through the contents API: undefined when it does not exist at that ref (HTTP 404).
 * A directory or a file too large for the contents API (over 1 MB) is an UnreadableFileError.
 */
export async function readFileAtRef(
  octokit: OctokitLike,
  file: FileAtRef,
): Promise<string | undefined> {
  return (await readContentsAtRef(octokit, file))?.text;
}

/**
 * `readFileAtRef` with the blob it read: a caller that then lists the commit's tree can hand the blob
 * on (`GitHubRepoOptions.known`) instead of fetching the same bytes again.
 */
export async function readContentsAtRef(
  octokit: OctokitLike,
  file: FileAtRef,
): Promise<FileContents | undefined> {
  let data: unknown;
  try {
    ({ data } = await octokit.request('GET /repos/{owner}/{repo}/contents/{path}', {
      owner: file.owner,
      repo: file.repo,
      path: file.path,
      ref: file.ref,
    }));
  } catch (error) {
    if (httpStatus(error) === 404) return undefined;
    if (isTooLarge(error)) throw new UnreadableFileError(`${describeFile(file)} ${TOO_LARGE}`);
    throw error;
  }
  const where = describeFile(file);
  if (Array.isArray(data)) throw new UnreadableFileError(`${where} is a directory, not a file`);
  const record = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  if (record.type !== undefined && record.type !== 'file') {
    throw new UnreadableFileError(`${where} is a ${String(record.type)}, not a regular file`);
  }
  const content = record.content;
  if (typeof content !== 'string')
    throw new UnreadableFileError(`GitHub returned no content for ${where}`);
  if (record.encoding === 'base64') {
    const bytes = Buffer.from(content, 'base64');
    const text = bytes.toString('utf8');
    return typeof record.sha === 'string' ? { text, blob: { sha: record.sha, bytes } } : { text };
  }
  if (
    record.encoding === 'none' ||
    (content === '' && typeof record.size === 'number' && record.size > 0)
  ) {
    throw new UnreadableFileError(`${where} ${TOO_LARGE}`);
  }
  return { text: content };
}

const TOO_LARGE = 'is too large for the GitHub contents API (over 1 MB)';

function describeFile(file: FileAtRef): string {
  return `${file.path} at ${file.ref.slice(0, 12)} in ${file.owner}/${file.repo}`;
}

/**
 * With the default JSON media type GitHub refuses a file over 1 MB with 403 and the error code
 * `too_large` (only the raw media type reads up to 100 MB): it is the file, not the token.
 */
export function isTooLarge(error: unknown): boolean {
  if (httpStatus(error) !== 403) return false;
  const errors = prop(prop(prop(error, 'response'), 'data'), 'errors');
  return Array.isArray(errors) && errors.some((e: unknown) => prop(e, 'code') === 'too_large');
}
