import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { build as esbuildBuild } from 'esbuild';
import type { ExtractSpec, FileSummary } from './ir.js';

/**
 * Parsing runs either in-process or on worker threads behind one interface.
 *
 * How a worker finds its code (the choice, written down): the worker entry is its own module,
 * `worker.ts`, bundled as `flags-scanner-worker.js` next to the bundle that spawns it (the build
 * adds it as one more esbuild entry point; with code splitting this module may sit in a chunk
 * folder below it, so the parent folder is tried too). That keeps a worker from ever evaluating a front
 * door's top-level code (a CLI bundle spawned as a worker would run the CLI again). Under vitest
 * (running from `.ts` sources) the entry is bundled on the fly with esbuild, a devDependency,
 * and started as an eval worker that resolves `ts-morph` from the source tree. When neither is
 * available the scanner simply parses in-process: slower on big repos, same results.
 */

export interface SourceText {
  path: string;
  text: string;
}

export interface Extractor {
  extract(files: readonly SourceText[], spec: ExtractSpec): Promise<FileSummary[]>;
  close(): Promise<void>;
}

export interface WorkerTask {
  id: number;
  spec: ExtractSpec;
  files: SourceText[];
}

export type WorkerReply = { id: number; summaries: FileSummary[] } | { id: number; error: string };

export const BUNDLED_WORKER_FILE = 'flags-scanner-worker.js';

export function inProcessExtractor(): Extractor {
  return {
    async extract(files, spec) {
      const { compileSpec, extractFile } = await import('./extract.js');
      const compiled = compileSpec(spec);
      return files.map((f) => extractFile(f.path, f.text, compiled));
    },
    close: () => Promise.resolve(),
  };
}

type WorkerSource = { file: URL } | { code: string };

let devSource: Promise<WorkerSource | undefined> | undefined;

async function workerSource(): Promise<WorkerSource | undefined> {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) {
    // Next to this module, or one level up when a code-splitting build put this module in a chunk folder.
    for (const rel of [`./${BUNDLED_WORKER_FILE}`, `../${BUNDLED_WORKER_FILE}`, './worker.js']) {
      const url = new URL(rel, here);
      if (url.protocol === 'file:' && existsSync(fileURLToPath(url))) return { file: url };
    }
    return undefined;
  }
  devSource ??= bundleForDev(here);
  return devSource;
}

async function bundleForDev(here: string): Promise<WorkerSource | undefined> {
  try {
    // A variable specifier keeps bundlers from pulling esbuild into a production bundle.
    const esbuildName = 'esbuild';
    const esbuild = (await import(esbuildName)) as { build: typeof esbuildBuild };
    const out = await esbuild.build({
      entryPoints: [fileURLToPath(new URL('./worker.ts', here))],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      write: false,
      external: ['ts-morph'],
      logLevel: 'silent',
    });
    const code = out.outputFiles[0]?.text;
    if (!code) return undefined;
    const requireFrom = JSON.stringify(fileURLToPath(here));
    return {
      code: `(function (require) {\n${code}\n})(require('node:module').createRequire(${requireFrom}));`,
    };
  } catch {
    return undefined;
  }
}

interface Pending {
  task: WorkerTask;
  resolve: (s: FileSummary[]) => void;
  reject: (e: Error) => void;
}

export interface WorkerPool extends Extractor {
  /**
   * From now on the calling thread takes queued batches too. Called once the caller has finished
   * reading: before that its event loop is busy with I/O and the prefilter, and parsing on it
   * would stall the reads that feed the workers.
   */
  joinMainThread(): void;
}

/** A pool of `size` workers; undefined when no worker code can be found. */
export async function workerExtractor(size: number): Promise<WorkerPool | undefined> {
  const source = await workerSource();
  if (!source) return undefined;
  const fallback = inProcessExtractor();
  const queue: Pending[] = [];
  const idle: Worker[] = [];
  const busy = new Map<Worker, Pending>();
  let nextId = 1;
  let closed = false;
  let mainBusy = false;
  let mainThreadToo = false;

  const runFallback = (p: Pending): void => {
    fallback.extract(p.task.files, p.task.spec).then(p.resolve, p.reject);
  };
  const pump = (): void => {
    while (idle.length > 0 && queue.length > 0) {
      const w = idle.pop();
      const p = queue.shift();
      if (!w || !p) break;
      busy.set(w, p);
      w.postMessage(p.task);
    }
    if (mainThreadToo && !mainBusy && queue.length > 0) {
      const p = queue.shift() as Pending;
      mainBusy = true;
      // Later, so the caller's reads and prefilter keep flowing between batches.
      setImmediate(() => {
        fallback
          .extract(p.task.files, p.task.spec)
          .then(p.resolve, p.reject)
          .finally(() => {
            mainBusy = false;
            if (!closed) pump();
          });
      });
    }
    // Every worker died: finish in-process rather than hang.
    if (idle.length === 0 && busy.size === 0 && !mainThreadToo) {
      while (queue.length > 0) runFallback(queue.shift() as Pending);
    }
  };
  const retire = (w: Worker): void => {
    const p = busy.get(w);
    busy.delete(w);
    const i = idle.indexOf(w);
    if (i >= 0) idle.splice(i, 1);
    if (p) runFallback(p);
    if (!closed) pump();
  };

  for (let i = 0; i < size; i++) {
    const w = 'file' in source ? new Worker(source.file) : new Worker(source.code, { eval: true });
    w.on('message', (reply: WorkerReply) => {
      const p = busy.get(w);
      busy.delete(w);
      idle.push(w);
      if (p) {
        if ('error' in reply) runFallback(p);
        else p.resolve(reply.summaries);
      }
      pump();
    });
    w.on('error', () => retire(w));
    w.on('exit', () => retire(w));
    idle.push(w);
  }

  return {
    extract(files, spec) {
      if (files.length === 0) return Promise.resolve([]);
      return new Promise<FileSummary[]>((resolve, reject) => {
        queue.push({ task: { id: nextId++, spec, files: [...files] }, resolve, reject });
        pump();
      });
    },
    joinMainThread() {
      mainThreadToo = true;
      pump();
    },
    async close() {
      closed = true;
      const all = [...idle, ...busy.keys()];
      await Promise.all(all.map((w) => w.terminate()));
    },
  };
}

/** Stack for re-parsing files whose parse overflowed the default one (~1 MB): generated code. */
const DEEP_STACK_MB = 256;

/**
 * Parses `files` once more on a worker thread with a much larger stack: TypeScript's parser is
 * recursive, and 1,000 nested parentheses overflow a default stack. Undefined when no worker can
 * be started (the caller then keeps the files' error and their fallback).
 */
export async function extractOnDeepStack(
  files: readonly SourceText[],
  spec: ExtractSpec,
): Promise<FileSummary[] | undefined> {
  const source = await workerSource();
  if (!source || files.length === 0) return undefined;
  const resourceLimits = { stackSizeMb: DEEP_STACK_MB };
  const w =
    'file' in source
      ? new Worker(source.file, { resourceLimits })
      : new Worker(source.code, { eval: true, resourceLimits });
  try {
    return await new Promise<FileSummary[] | undefined>((resolve) => {
      w.once('message', (reply: WorkerReply) =>
        resolve('error' in reply ? undefined : reply.summaries),
      );
      w.once('error', () => resolve(undefined));
      w.once('exit', () => resolve(undefined));
      w.postMessage({ id: 1, spec, files: [...files] } satisfies WorkerTask);
    });
  } finally {
    await w.terminate();
  }
}
