import { execFile } from 'node:child_process';
import type { LastReference } from '../flags/sync/types.js';

/** The history port: which commit removed the last reference to a flag, when the door can tell. */
export type LastReferenceLookup = (key: string) => Promise<LastReference | undefined>;

/**
 * "Which commit removed the last reference to this flag?" from a local clone: the newest commit that
 * changed how often the key occurs (`git log -S`). Since the key occurs nowhere now, that commit is the
 * removal. A shallow checkout may not reach it; then the answer is undefined and the closing comment
 * says the commit is unknown. Through the API there is no cheap equivalent, so the App passes none.
 */
export function localGitHistory(
  cwd: string,
  opts: { timeoutMs?: number } = {},
): LastReferenceLookup {
  return (key) =>
    new Promise((resolve) => {
      execFile(
        'git',
        ['log', `-S${key}`, '--format=%H%x1f%s', '-n', '1', 'HEAD', '--', '.'],
        { cwd, timeout: opts.timeoutMs ?? 20_000, maxBuffer: 1024 * 1024 },
        (error, stdout) => {
          if (error) return resolve(undefined);
          const [sha, subject] = String(stdout).trim().split('\u001f');
          if (!sha || !/^[0-9a-f]{40}$/i.test(sha)) return resolve(undefined);
          resolve(subject ? { sha, subject } : { sha });
        },
      );
    });
}

/**
 * Files at a commit of a local clone (`git show SHA:PATH`): undefined when the path does not exist there;
 * throws when the commit itself is not in the clone (a shallow checkout), so the caller can fail closed.
 */
export function localFilesAt(
  cwd: string,
  sha: string,
): (path: string) => Promise<string | undefined> {
  const git = (args: string[]): Promise<{ ok: boolean; stdout: string; stderr: string }> =>
    new Promise((resolve) => {
      execFile(
        'git',
        args,
        { cwd, timeout: 20_000, maxBuffer: 32 * 1024 * 1024 },
        (error, stdout, stderr) =>
          resolve({ ok: !error, stdout: String(stdout), stderr: String(stderr) }),
      );
    });
  let present: Promise<boolean> | undefined;
  return async (path) => {
    present ??= git(['cat-file', '-e', `${sha}^{commit}`]).then((r) => r.ok);
    if (!(await present))
      throw new Error(
        `commit ${sha.slice(0, 7)} is not in the local clone (a shallow checkout: use fetch-depth: 2 or more)`,
      );
    const shown = await git(['show', `${sha}:${path}`]);
    return shown.ok ? shown.stdout : undefined;
  };
}
