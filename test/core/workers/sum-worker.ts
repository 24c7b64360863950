// A worker entry for the pool's tests: sums numbers, and dies on a negative one (a crash mid-task).
import { serveWorkerTasks } from '../../../src/core/worker-pool.js';

serveWorkerTasks((numbers: number[]) => {
  if (numbers.some((n) => n < 0)) process.exit(3);
  return numbers.reduce((a, b) => a + b, 0);
});
