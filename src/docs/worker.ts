/**
 * Worker-thread entry: analyzes batches of documents. Bundled on its own (`dist/docs-worker.js`, next
 * to the bundle that spawns it) so a worker never loads a front door's code.
 */
import { serveWorkerTasks } from '../core/worker-pool.js';
import { analyzeBatch } from './analyze-batch.js';
import type { AnalysisTask } from './analyze-batch.js';

serveWorkerTasks((task: AnalysisTask) => analyzeBatch(task.docs, task.checks));
