/**
 * Worker-thread entry: parses batches of files and returns their summaries. Bundled on its own
 * (`dist/flags-scanner-worker.js`, next to the bundle that spawns it) so a worker never loads a
 * front door's code; under vitest `pool.ts` bundles it on the fly.
 */
import { parentPort } from 'node:worker_threads';
import { compileSpec, extractFile, type CompiledSpec } from './extract.js';
import type { WorkerReply, WorkerTask } from './pool.js';

const port = parentPort;
if (port) {
  let specJson = '';
  let spec: CompiledSpec | undefined;
  port.on('message', (task: WorkerTask) => {
    try {
      const json = JSON.stringify(task.spec);
      if (!spec || json !== specJson) {
        spec = compileSpec(task.spec);
        specJson = json;
      }
      const compiled = spec;
      const summaries = task.files.map((f) => extractFile(f.path, f.text, compiled));
      port.postMessage({ id: task.id, summaries } satisfies WorkerReply);
    } catch (err) {
      port.postMessage({
        id: task.id,
        error: err instanceof Error ? err.message : String(err),
      } satisfies WorkerReply);
    }
  });
}
