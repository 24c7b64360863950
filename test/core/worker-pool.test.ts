import { describe, expect, it } from 'vitest';
import { runOnWorker, startWorkerPool } from '../../src/core/worker-pool.js';
import { within } from '../support/settling.js';

const entry = {
  from: import.meta.url,
  bundled: 'sum-worker.js',
  source: './workers/sum-worker.ts',
};
let here = 0;
const sumHere = (numbers: number[]): number => {
  here++;
  return numbers.reduce((a, b) => a + b, 0);
};

describe('startWorkerPool', () => {
  it('answers every task, in the order asked, with workers and the calling thread sharing them', async () => {
    here = 0;
    const pool = await startWorkerPool(2, entry, sumHere);
    expect(pool).toBeDefined();
    try {
      const tasks = Array.from({ length: 40 }, (_, i) => [i, i, 1]);
      const running = tasks.map((t) => pool!.run(t));
      pool!.joinMainThread();
      expect(await Promise.all(running)).toEqual(tasks.map((_, i) => 2 * i + 1));
      // Workers did some of them: the pool is not the calling thread alone.
      expect(here).toBeLessThan(tasks.length);
    } finally {
      await pool!.close();
    }
  }, 30_000);

  it('does the tasks of a worker that dies in-process, and the rest still get answers', async () => {
    here = 0;
    const pool = await startWorkerPool(1, entry, sumHere);
    try {
      const answers = await Promise.all([pool!.run([1, 2]), pool!.run([-1, 5]), pool!.run([3])]);
      expect(answers).toEqual([3, 4, 3]);
      // The crashing task, and whatever was queued behind it on the dead worker.
      expect(here).toBeGreaterThanOrEqual(1);
    } finally {
      await pool!.close();
    }
  }, 30_000);

  it('is undefined when the worker entry cannot be found, so callers work in-process', async () => {
    const bundled = {
      from: 'file:///nowhere/chunks/x.js',
      bundled: 'missing.js',
      source: './m.ts',
    };
    expect(await startWorkerPool(1, bundled, sumHere)).toBeUndefined();
  });
});

describe('startWorkerPool: close()', () => {
  it('finishes every task still queued before it resolves: no caller is left waiting', async () => {
    const pool = await startWorkerPool(1, entry, sumHere, { tasksInFlight: 1 });
    // One task goes to the worker, the other eleven wait in the queue when close() is called.
    const running = Array.from({ length: 12 }, (_, i) => pool!.run([i, 1]));
    const closed = pool!.close();
    expect(await within(10_000, Promise.all(running))).toEqual(
      Array.from({ length: 12 }, (_, i) => i + 1),
    );
    await within(10_000, closed);
  }, 30_000);

  it('finishes the queue when a worker crashes while tasks wait behind it', async () => {
    const pool = await startWorkerPool(2, entry, sumHere, { tasksInFlight: 1 });
    const tasks = [[1, 2], [-1, 4], [5], [6, 1], [-2, 10], [8], [9, 1], [10]];
    const running = tasks.map((t) => pool!.run(t));
    const closed = pool!.close();
    expect(await within(10_000, Promise.all(running))).toEqual([3, 3, 5, 7, 8, 8, 10, 10]);
    await within(10_000, closed);
  }, 30_000);

  it('can be called twice; a task asked for after close() is answered in-process', async () => {
    here = 0;
    const pool = await startWorkerPool(1, entry, sumHere, { tasksInFlight: 1 });
    const running = [pool!.run([1]), pool!.run([2]), pool!.run([3])];
    const first = pool!.close();
    const second = pool!.close();
    await within(10_000, Promise.all([first, second]));
    expect(await within(5_000, Promise.all(running))).toEqual([1, 2, 3]);
    const before = here;
    expect(await within(5_000, pool!.run([4, 4]))).toBe(8);
    expect(here).toBe(before + 1);
    await within(5_000, pool!.close());
  }, 30_000);
});

describe('startWorkerPool with asynchronous in-process work', () => {
  it('waits for the in-process answer of a task its worker died on', async () => {
    const pool = await startWorkerPool(
      1,
      entry,
      (numbers: number[]) =>
        new Promise<number>((resolve) => setTimeout(() => resolve(sumHere(numbers)), 5)),
      { tasksInFlight: 1 },
    );
    try {
      expect(await Promise.all([pool!.run([2, 2]), pool!.run([-4, 9]), pool!.run([7])])).toEqual([
        4, 5, 7,
      ]);
    } finally {
      await pool!.close();
    }
  }, 30_000);
});

describe('runOnWorker', () => {
  it("answers with the worker's result, or undefined when the worker dies on the task", async () => {
    expect(await runOnWorker(entry, [4, 5], { resourceLimits: { stackSizeMb: 64 } })).toBe(9);
    expect(await runOnWorker(entry, [4, -5])).toBeUndefined();
  }, 30_000);
});
