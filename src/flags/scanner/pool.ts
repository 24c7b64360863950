import { runOnWorker, startWorkerPool, type WorkerEntry } from '../../core/worker-pool.js';
import type { ExtractSpec, FileSummary } from './ir.js';

/**
 * Parsing runs either in-process or on worker threads behind one interface. The threads are the
 * core pool's (`src/core/worker-pool.ts`: how a worker finds its code in a bundle and under vitest,
 * the fallback to in-process parsing when a worker fails or dies). The worker entry is `worker.ts`,
 * bundled as `flags-scanner-worker.js`; run from sources it leaves ts-morph out of its on-the-fly
 * bundle and requires it from the source tree. When no worker can start the scanner simply parses
 * in-process: slower on big repos, same results.
 */

export interface SourceText {
  path: string;
  text: string;
}

export interface Extractor {
  extract(files: readonly SourceText[], spec: ExtractSpec): Promise<FileSummary[]>;
  close(): Promise<void>;
}

/** One batch for a worker: its files parsed with one spec. */
export interface WorkerTask {
  spec: ExtractSpec;
  files: SourceText[];
}

export const BUNDLED_WORKER_FILE = 'flags-scanner-worker.js';

const WORKER_ENTRY: WorkerEntry = {
  from: import.meta.url,
  bundled: BUNDLED_WORKER_FILE,
  source: './worker.ts',
  external: ['ts-morph'],
};

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
  const here = inProcessExtractor();
  const pool = await startWorkerPool<WorkerTask, FileSummary[]>(
    size,
    WORKER_ENTRY,
    (task) => here.extract(task.files, task.spec),
    // A batch is ~512 KB of source: one at a time per worker leaves the rest of the queue to
    // whichever thread frees up first, the calling thread included.
    { tasksInFlight: 1 },
  );
  if (!pool) return undefined;
  return {
    extract: (files, spec) =>
      files.length === 0 ? Promise.resolve([]) : pool.run({ spec, files: [...files] }),
    joinMainThread: () => pool.joinMainThread(),
    close: () => pool.close(),
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
  if (files.length === 0) return undefined;
  return runOnWorker<WorkerTask, FileSummary[]>(
    WORKER_ENTRY,
    { spec, files: [...files] },
    { resourceLimits: { stackSizeMb: DEEP_STACK_MB } },
  );
}
