import { execFile } from 'node:child_process';
import type { Dirent } from 'node:fs';
import {
  accessSync,
  constants as fsConstants,
  lstatSync,
  readFileSync,
  readdirSync,
  realpathSync,
  statSync,
} from 'node:fs';
import { readFile, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import ignore from 'ignore';
import type { Ignore } from 'ignore';
import pLimit from 'p-limit';
import {
  readLimitFor,
  sizeLimitFor,
  NoticeLog,
  comparePaths,
  decodeText,
  isCleanRelativePath,
  tooLargeReason,
  validateMaxFileBytes,
} from './content.js';
import { RepoError } from './errors.js';
import { DEFAULT_MAX_FILE_BYTES } from './types.js';
import type { InstalledFiles, ReadOptions, RepoFiles } from './types.js';

export { RepoError } from './errors.js';

export interface LocalRepoOptions {
  /** Files larger than this are skipped with a notice. */
  maxFileBytes?: number;
}

export interface LocalRepoFiles extends RepoFiles {
  /** Absolute path of the working tree. */
  readonly root: string;
}

/** Parallel directory reads of the walk without git: enough to hide latency, far below the fd limit. */
const WALK_CONCURRENCY = 64;
/** Directories never worth reading when git is not there to say so. */
const ALWAYS_SKIPPED_DIRS = new Set(['.git', 'node_modules']);

type Verdict =
  | { kind: 'file'; target?: string }
  /** `size` is set when the file is only too large: a read with a larger cap may still take it. */
  | { kind: 'skip'; why: string; size?: number }
  | { kind: 'drop' };

/**
 * Opens a local working tree: tracked plus untracked-not-ignored files. Cheap skips (size,
 * symlinks, permissions) happen here; the binary check needs content and happens on read, after
 * which the file also leaves `list()`.
 */
export async function openLocalRepo(
  dir: string,
  opts: LocalRepoOptions = {},
): Promise<LocalRepoFiles> {
  const maxFileBytes = validateMaxFileBytes(opts.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES);
  const root = path.resolve(dir);
  await assertDirectory(dir, root);
  const realRoot = await realpath(root);

  const candidates = (await gitCandidates(root, realRoot)) ?? (await walkCandidates(root));

  const notices = new NoticeLog();
  const listed = new Set<string>();
  const oversized = new Map<string, number>();
  const links = new Map<string, string>();
  for (const rel of candidates) {
    const v = classify(root, realRoot, rel, maxFileBytes);
    if (v.kind === 'file') {
      listed.add(rel);
      if (v.target !== undefined) links.set(rel, v.target);
    } else if (v.kind === 'skip') {
      notices.add(rel, v.why);
      if (v.size !== undefined) oversized.set(rel, v.size);
    }
  }
  const sorted = [...listed].sort(comparePaths);

  const unlist = (rel: string, why?: string): undefined => {
    listed.delete(rel);
    if (why !== undefined) notices.add(rel, why);
    return undefined;
  };

  const read = async (rel: string, options?: ReadOptions): Promise<string | undefined> => {
    const limit = readLimitFor(rel, maxFileBytes, options?.maxBytes);
    // Membership is the whole access check: `..`, absolute and skipped paths are never listed.
    // An oversized file is the one exception, for a caller that accepts its size.
    const size = oversized.get(rel);
    if (size !== undefined) {
      if (size > limit) {
        notices.replace(rel, tooLargeReason(size, limit));
        return undefined;
      }
    } else if (!listed.has(rel)) return undefined;
    let bytes: Buffer;
    try {
      // Synchronous on purpose: a local read is a page-cache copy, and the promise version costs
      // about 4× as much CPU in thread-pool hand-offs (8,000 files: 345 → 75 ms) for no overlap
      // the callers could use; they parse each file as soon as it arrives anyway.
      bytes = readFileSync(path.join(root, ...rel.split('/')));
    } catch (err) {
      const code = errorCode(err);
      if (code === 'EACCES' || code === 'EPERM') return unlist(rel, 'permission denied');
      if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') return unlist(rel);
      throw new RepoError(`Cannot read ${rel} in ${dir}: ${errorMessage(err)}`, { cause: err });
    }
    // The file may have grown since it was listed.
    if (bytes.length > limit) {
      notices.replace(rel, tooLargeReason(bytes.length, limit));
      return unlist(rel);
    }
    const decoded = await decodeText(bytes);
    if ('skip' in decoded) {
      notices.replace(rel, decoded.skip);
      return unlist(rel);
    }
    notices.decoded(rel, decoded);
    if (size !== undefined) notices.delete(rel);
    return decoded.text;
  };

  return {
    label: dir,
    root,
    list: () => Promise.resolve(sorted.filter((p) => listed.has(p))),
    read,
    notices: () => notices.list(),
    linkTarget: (rel) => links.get(rel),
    installed: installedFiles(root, realRoot, maxFileBytes),
  };
}

/**
 * The `node_modules` folders of the tree, unlisted because git ignores them. Only paths whose
 * real location stays inside the tree (pnpm's and workspaces' links do) and files within the
 * size cap; any failure is `undefined`: a package that is not installed is the normal case, never
 * an error. Synchronous calls like `read`: a module lookup asks many small questions.
 */
function installedFiles(root: string, realRoot: string, maxFileBytes: number): InstalledFiles {
  const locate = (rel: string): string | undefined => {
    if (!isCleanRelativePath(rel) || !rel.split('/').includes('node_modules')) return undefined;
    try {
      const real = realpathSync.native(path.join(root, ...rel.split('/')));
      const inside = path.relative(realRoot, real);
      return inside.startsWith('..') || path.isAbsolute(inside) ? undefined : real;
    } catch {
      return undefined;
    }
  };
  return {
    list: (rel) => {
      const real = locate(rel);
      if (real === undefined) return Promise.resolve(undefined);
      try {
        const names = readdirSync(real, { withFileTypes: true }).map((d) => {
          const isDir =
            d.isDirectory() || (d.isSymbolicLink() && isDirectory(path.join(real, d.name)));
          return isDir ? `${d.name}/` : d.name;
        });
        return Promise.resolve(names);
      } catch {
        return Promise.resolve(undefined);
      }
    },
    realpath: (rel) => {
      const real = locate(rel);
      return Promise.resolve(
        real === undefined ? undefined : path.relative(realRoot, real).split(path.sep).join('/'),
      );
    },
    read: async (rel) => {
      const real = locate(rel);
      if (real === undefined) return undefined;
      try {
        const s = statSync(real);
        if (!s.isFile() || s.size > maxFileBytes) return undefined;
        const decoded = await decodeText(readFileSync(real));
        return 'text' in decoded ? decoded.text : undefined;
      } catch {
        return undefined;
      }
    },
  };
}

function isDirectory(abs: string): boolean {
  try {
    return statSync(abs).isDirectory();
  } catch {
    return false;
  }
}

async function assertDirectory(dir: string, root: string): Promise<void> {
  try {
    const s = await stat(root);
    if (!s.isDirectory()) throw new RepoError(`Repository path is not a directory: ${dir}`);
  } catch (err) {
    if (err instanceof RepoError) throw err;
    const code = errorCode(err);
    if (code === 'ENOENT')
      throw new RepoError(`Repository directory not found: ${dir}`, { cause: err });
    if (code === 'ENOTDIR')
      throw new RepoError(`Repository path is not a directory: ${dir}`, { cause: err });
    if (code === 'EACCES' || code === 'EPERM') {
      throw new RepoError(`Repository directory is not readable (permission denied): ${dir}`, {
        cause: err,
      });
    }
    throw new RepoError(`Cannot open repository directory ${dir}: ${errorMessage(err)}`, {
      cause: err,
    });
  }
}

/**
 * Synchronous like the reads: for every listed path one `lstat` (plus `realpath` and `stat` for a
 * symlink) and one `access`, and a thread-pool round trip per call cost more than the calls.
 */
function classify(root: string, realRoot: string, rel: string, maxFileBytes: number): Verdict {
  const abs = path.join(root, ...rel.split('/'));
  try {
    const l = lstatSync(abs);
    let size = l.size;
    let linked: string | undefined;
    if (l.isSymbolicLink()) {
      let target: string;
      try {
        target = realpathSync.native(abs);
      } catch (err) {
        const code = errorCode(err);
        if (code === 'ENOENT') return { kind: 'skip', why: 'symlink target does not exist' };
        if (code === 'ELOOP') return { kind: 'skip', why: 'symlink loop' };
        throw err;
      }
      const inside = path.relative(realRoot, target);
      if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) {
        return { kind: 'skip', why: 'symlink points outside the repository' };
      }
      if (inside.split(path.sep)[0] === '.git')
        return { kind: 'skip', why: 'symlink points into .git' };
      const t = statSync(target);
      // A linked directory's files are already listed under their real path; following it risks cycles.
      if (!t.isFile()) return { kind: 'drop' };
      size = t.size;
      linked = inside.split(path.sep).join('/');
    } else if (!l.isFile()) {
      // Directories (submodules, nested repos), FIFOs, sockets: nothing to read, and a FIFO would block.
      return { kind: 'drop' };
    }
    const limit = sizeLimitFor(rel, maxFileBytes);
    if (size > limit) return { kind: 'skip', why: tooLargeReason(size, limit), size };
    // Only the kernel knows (ACLs, capabilities, root): the mode bits from lstat cannot say.
    accessSync(abs, fsConstants.R_OK);
    return linked === undefined ? { kind: 'file' } : { kind: 'file', target: linked };
  } catch (err) {
    const code = errorCode(err);
    // Tracked in the index but deleted from disk: not part of the working tree any more.
    if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'drop' };
    if (code === 'EACCES' || code === 'EPERM') return { kind: 'skip', why: 'permission denied' };
    return { kind: 'skip', why: `unreadable (${code ?? errorMessage(err)})` };
  }
}

/** Git's own view of the tree, or undefined when git cannot answer for this directory. */
async function gitCandidates(root: string, realRoot: string): Promise<string[] | undefined> {
  const top = await git(root, ['rev-parse', '--is-inside-work-tree', '--show-toplevel']);
  if (top === undefined) return undefined;
  const [inside, toplevel] = top.split('\n');
  if (inside !== 'true' || !toplevel) return undefined;
  // An ignored directory inside a work tree (a scratch corpus, a vendored checkout) is a
  // repository of its own to the user, but git would list nothing in it: walk it instead.
  const relToTop = path.relative(toplevel, realRoot);
  if (
    relToTop !== '' &&
    (await gitExitCode(toplevel, ['check-ignore', '-q', '--', relToTop])) === 0
  ) {
    return undefined;
  }
  const out = await git(root, ['ls-files', '-z', '--cached', '--others', '--exclude-standard']);
  if (out === undefined) return undefined;
  return [...new Set(out.split('\0').filter((p) => p !== '' && !p.endsWith('/')))];
}

/** Hook environments export these; they would point git at another repository than `cwd`. */
export function gitEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_PREFIX']) delete env[key];
  return env;
}

function git(cwd: string, args: string[]): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile('git', args, { cwd, env: gitEnv(), maxBuffer: 512 * 1024 * 1024 }, (err, stdout) => {
      resolve(err ? undefined : stdout.replace(/\n$/, ''));
    });
  });
}

function gitExitCode(cwd: string, args: string[]): Promise<number | undefined> {
  return new Promise((resolve) => {
    execFile('git', args, { cwd, env: gitEnv() }, (err) => {
      if (!err) resolve(0);
      else resolve(typeof err.code === 'number' ? err.code : undefined);
    });
  });
}

interface IgnoreScope {
  /** Directory of the .gitignore, repo-relative, '' for the root. */
  base: string;
  ig: Ignore;
}

/** Walks the tree without git, honouring every .gitignore the way git does. */
async function walkCandidates(root: string): Promise<string[]> {
  const files: string[] = [];
  const limit = pLimit(WALK_CONCURRENCY);
  let level: { rel: string; scopes: IgnoreScope[] }[] = [{ rel: '', scopes: [] }];
  // Breadth-first, one level at a time, so a single limiter bounds open directory handles.
  while (level.length > 0) {
    const next = await limit.map(level, (d) => walkDir(root, d.rel, d.scopes, files));
    level = next.flat();
  }
  return files;
}

async function walkDir(
  root: string,
  rel: string,
  parentScopes: IgnoreScope[],
  files: string[],
): Promise<{ rel: string; scopes: IgnoreScope[] }[]> {
  const abs = path.join(root, ...(rel === '' ? [] : rel.split('/')));
  let entries: Dirent[];
  try {
    entries = await readdir(abs, { withFileTypes: true });
  } catch {
    // An unreadable directory hides its files from git too; nothing to list.
    return [];
  }
  let scopes = parentScopes;
  if (entries.some((e) => e.name === '.gitignore' && !e.isDirectory())) {
    const rules = await readFile(path.join(abs, '.gitignore'), 'utf8').catch(() => '');
    scopes = [...parentScopes, { base: rel, ig: ignore().add(rules) }];
  }
  const subdirs: { rel: string; scopes: IgnoreScope[] }[] = [];
  for (const e of entries) {
    const isDir = e.isDirectory();
    if (ALWAYS_SKIPPED_DIRS.has(e.name) && (isDir || e.name === '.git')) continue;
    const childRel = rel === '' ? e.name : `${rel}/${e.name}`;
    if (isIgnored(childRel, isDir, scopes)) continue;
    if (isDir) subdirs.push({ rel: childRel, scopes });
    else files.push(childRel);
  }
  return subdirs;
}

/** Deeper .gitignore files take precedence; the first that has an opinion on the path decides. */
function isIgnored(rel: string, isDir: boolean, scopes: IgnoreScope[]): boolean {
  for (let i = scopes.length - 1; i >= 0; i--) {
    const scope = scopes[i];
    if (!scope) continue;
    const sub = scope.base === '' ? rel : rel.slice(scope.base.length + 1);
    const result = scope.ig.test(isDir ? `${sub}/` : sub);
    if (result.ignored) return true;
    if (result.unignored) return false;
  }
  return false;
}

function errorCode(err: unknown): string | undefined {
  if (typeof err === 'object' && err !== null && 'code' in err && typeof err.code === 'string')
    return err.code;
  return undefined;
}

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
