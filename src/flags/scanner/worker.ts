/**
 * Worker-thread entry: parses batches of files and returns their summaries. Bundled on its own
 * (`dist/flags-scanner-worker.js`, next to the bundle that spawns it) so a worker never loads a
 * front door's code; under vitest the core pool bundles it on the fly.
 */
import { serveWorkerTasks } from '../../core/worker-pool.js';
import { compileSpec, extractFile, type CompiledSpec } from './extract.js';
import type { WorkerTask } from './pool.js';

// A scan sends every batch with the same spec: compile it once per worker, not once per batch.
let specJson = '';
let compiled: CompiledSpec | undefined;

serveWorkerTasks((task: WorkerTask) => {
  const json = JSON.stringify(task.spec);
  if (!compiled || json !== specJson) {
    compiled = compileSpec(task.spec);
    specJson = json;
  }
  const spec = compiled;
  return task.files.map((f) => extractFile(f.path, f.text, spec));
});
