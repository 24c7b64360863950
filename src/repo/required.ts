import type { ReadOptions, RepoFiles } from './types.js';

/**
 * A file a check depends on: its text, or that it is absent, or why it exists but could not be
 * read. The last is never "absent": a registry or CODEOWNERS the reader skipped (too large, a
 * symlink out of the tree, binary, unreadable) must fail the check, not make it pass.
 */
export type RequiredFile =
  { kind: 'text'; text: string } | { kind: 'absent' } | { kind: 'unreadable'; reason: string };

export async function readRequired(
  files: RepoFiles,
  path: string,
  options?: ReadOptions,
): Promise<RequiredFile> {
  const text = await files.read(path, options);
  if (text !== undefined) return { kind: 'text', text };
  const reason = skippedReason(files, path);
  if (reason !== undefined) return { kind: 'unreadable', reason };
  // A folder of that name is no missing file: "create it" would be wrong, and a check that took it
  // for absent would pass (or close every flag issue).
  const prefix = `${path.replace(/\/+$/, '')}/`;
  if ((await files.list()).some((f) => f.startsWith(prefix)))
    return { kind: 'unreadable', reason: 'it is a folder, not a file' };
  return { kind: 'absent' };
}

/** The reader's notice about `path` ("Skipped flags.yml: symlink points outside the repository."). */
export function skippedReason(files: RepoFiles, path: string): string | undefined {
  return files.notices().find((f) => f.file === path)?.message;
}
