import { startWorkerPool } from '../core/worker-pool.js';
import { analyzeBatch } from './analyze-batch.js';
import type { AnalysisTask, DocumentText } from './analyze-batch.js';
import type { DocumentAnalysis, DocumentChecks } from './check-document.js';

/** Documents are analyzed in-process or on worker threads (`src/core/worker-pool.ts`) behind this. */
export interface Analyzer {
  analyze(
    docs: readonly DocumentText[],
    checks: Readonly<Record<string, DocumentChecks>>,
  ): Promise<DocumentAnalysis[]>;
  /** The calling thread analyzes queued batches too, from now on (it has read every document). */
  joinMainThread(): void;
  close(): Promise<void>;
}

export const BUNDLED_WORKER_FILE = 'docs-worker.js';

const analyzeTask = (task: AnalysisTask): DocumentAnalysis[] =>
  analyzeBatch(task.docs, task.checks);

/** A pool of `size` workers; undefined when no worker can be started. */
export async function workerAnalyzer(size: number): Promise<Analyzer | undefined> {
  const pool = await startWorkerPool(
    size,
    { from: import.meta.url, bundled: BUNDLED_WORKER_FILE, source: './worker.ts' },
    analyzeTask,
  );
  if (!pool) return undefined;
  return {
    analyze: (docs, checks) =>
      docs.length === 0
        ? Promise.resolve([])
        : pool.run({ checks: { ...checks }, docs: [...docs] }),
    joinMainThread: () => pool.joinMainThread(),
    close: () => pool.close(),
  };
}

/** The calling thread alone. */
export function inProcessAnalyzer(): Analyzer {
  return {
    analyze: (docs, checks) => Promise.resolve(analyzeBatch(docs, checks)),
    joinMainThread: () => undefined,
    close: () => Promise.resolve(),
  };
}
