import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import path from 'node:path';
import { Script } from 'node:vm';
import { threadId } from 'node:worker_threads';

/**
 * Loads a CommonJS file (the bundled CLI's TypeScript compiler, 10 MB) with a V8 code cache.
 * Compiling the compiler is most of a small scan's start-up (~0.1 s of CPU); with the cache V8
 * deserialises the code it compiled last time instead. Node 20 has no compile cache of its own
 * (`module.enableCompileCache` is Node 22), so this is `vm.Script` with `cachedData`.
 *
 * Never a reason to fail: a missing, stale, truncated or foreign cache is refused by us (a digest of
 * the source, the Node version and flags heads the file) or by V8 (its version, flags and checksum),
 * and the file is compiled as usual; a cache that cannot be written is not written. The cache is written once, at
 * exit, so it holds every function the run compiled, not only the top level. Where it lives:
 * `$OPS_STEWARD_CACHE_DIR`, else `$XDG_CACHE_HOME/ops-steward` (when absolute), else `~/.cache/ops-steward`;
 * `OPS_STEWARD_CACHE_DIR=off` turns it off.
 */
export function loadCommonJsCached(file: string): unknown {
  const bytes = readFileSync(file);
  const source = bytes.toString('utf8');
  const cacheFile = cacheFileFor(file);
  // The cache says which source it was made from: V8's own check compares little more than the
  // length, and running code compiled from another version of the file would be wrong, not slow.
  const key = createHash('sha256')
    .update(bytes)
    .update([process.version, process.arch, process.execArgv.join(' ')].join('\0'))
    .digest();
  let cachedData: Buffer | undefined;
  if (cacheFile) {
    try {
      const stored = readFileSync(cacheFile);
      if (stored.subarray(0, key.length).equals(key)) cachedData = stored.subarray(key.length);
    } catch {
      cachedData = undefined;
    }
  }
  // Node's own CommonJS wrapper, so the file runs exactly as `require` would run it.
  const wrapper = `(function (exports, require, module, __filename, __dirname) { ${source}\n});`;
  const script = new Script(wrapper, { filename: file, ...(cachedData ? { cachedData } : {}) });
  const module = { exports: {} as unknown };
  const run = script.runInThisContext() as (
    exports: unknown,
    require: NodeJS.Require,
    module: { exports: unknown },
    filename: string,
    dirname: string,
  ) => void;
  run(module.exports, createRequire(file), module, file, path.dirname(file));
  if (cacheFile && (!cachedData || script.cachedDataRejected === true)) {
    process.once('exit', () => writeCache(script, key, cacheFile));
  }
  return module.exports;
}

/** One file per compiler and Node version: a new install or build overwrites it, never adds one. */
function cacheFileFor(file: string): string | undefined {
  const configured = process.env.OPS_STEWARD_CACHE_DIR;
  if (configured === 'off') return undefined;
  // A relative XDG_CACHE_HOME (or HOME) is ignored, as the XDG spec says: resolved against the working
  // directory, often the repository being scanned, it would drop the cache into the tree.
  const xdg = process.env.XDG_CACHE_HOME;
  const base = xdg && path.isAbsolute(xdg) ? xdg : path.join(homeDir() ?? '', '.cache');
  if (!configured && !path.isAbsolute(base)) return undefined;
  const dir = configured || path.join(base, 'ops-steward');
  return path.join(dir, `${path.basename(file)}-${process.version}-${process.arch}.v8cache`);
}

/** Undefined when there is none: no HOME and no passwd entry (a container run as an arbitrary uid). */
function homeDir(): string | undefined {
  try {
    return homedir();
  } catch {
    return undefined;
  }
}

function writeCache(script: Script, key: Buffer, cacheFile: string): void {
  // Written aside and renamed: a concurrent run (or a worker thread) reads a whole cache or none.
  const temp = `${cacheFile}.${process.pid}.${threadId}.tmp`;
  try {
    mkdirSync(path.dirname(cacheFile), { recursive: true });
    writeFileSync(temp, Buffer.concat([key, script.createCachedData()]));
    renameSync(temp, cacheFile);
  } catch {
    // A read-only home or a full disk costs only the next run's compile, and leaves no part-written
    // file behind (each run would add its own, megabytes each, on a disk already full).
    try {
      rmSync(temp, { force: true });
    } catch {
      // Its folder cannot be reached either: nothing was written.
    }
  }
}
