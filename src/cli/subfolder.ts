import { execFile } from 'node:child_process';
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { CODEOWNERS_LOCATIONS } from '../codeowners/locate.js';
import { gitEnv } from '../repo/local.js';

/**
 * A folder inside a git work tree, below its top, that has nothing of a repository of its own: no `.github/`
 * and no CODEOWNERS. Run there, a command would take it for the repository root and silently miss the
 * repository's CODEOWNERS and config (every path relative to the wrong root). A folder that has them (a
 * vendored or example repository, like `examples/acme-shop` here) is a repository of its own, as before.
 */
export interface Subfolder {
  /** The git work tree's top-level directory. */
  top: string;
}

export async function subfolderOfRepository(root: string): Promise<Subfolder | undefined> {
  const top = await gitOutput(root, ['rev-parse', '--show-toplevel']);
  if (top === undefined) return undefined;
  let real: string;
  try {
    real = await realpath(root);
  } catch {
    return undefined;
  }
  const rel = path.relative(await realpath(top).catch(() => top), real);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  // An ignored folder (a scratch checkout, a generated corpus) is no part of the repository's tree.
  if ((await gitOutput(top, ['check-ignore', '-q', '--', rel])) !== undefined) return undefined;
  for (const own of ['.github', ...CODEOWNERS_LOCATIONS]) {
    if (await exists(path.join(root, own))) return undefined;
  }
  return { top };
}

/** The note a read-only command prints on stderr, so a wrong root is never silent. */
export function subfolderNote(shown: string, sub: Subfolder): string {
  return (
    `ops-steward: note: ${shown} is a folder inside the git repository ${sub.top}, with no .github/ or ` +
    `CODEOWNERS of its own: it is read as if it were the repository root, so the repository's ` +
    `CODEOWNERS and .github/ops-steward.yml are not. For the repository, give its root: --repo ${shellQuote(sub.top)}\n`
  );
}

/** A path as a shell word, for a command the user can paste. */
export function shellQuote(p: string): string {
  return /^[\w./@:-]+$/.test(p) ? p : `'${p.replace(/'/g, `'\\''`)}'`;
}

async function exists(p: string): Promise<boolean> {
  try {
    await stat(p);
    return true;
  } catch {
    return false;
  }
}

function gitOutput(cwd: string, args: string[]): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile('git', args, { cwd, env: gitEnv() }, (err, stdout) => {
      resolve(err ? undefined : stdout.replace(/\n$/, ''));
    });
  });
}
