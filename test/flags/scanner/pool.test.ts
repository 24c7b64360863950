import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as WorkerThreads from 'node:worker_threads';
import type { ExtractSpec } from '../../../src/flags/scanner/ir.js';
import {
  extractOnDeepStack,
  inProcessExtractor,
  workerExtractor,
  type SourceText,
} from '../../../src/flags/scanner/pool.js';

// Workers started by the core pool can be made to die on their first batch (the way a worker
// out of memory or killed by the OS goes): the batches it held must still come back parsed.
const crash = vi.hoisted(() => ({ onFirstTask: false, died: 0 }));
vi.mock('node:worker_threads', async (importOriginal) => {
  const real = await importOriginal<typeof WorkerThreads>();
  class DyingWorker extends real.Worker {
    override postMessage(
      value: unknown,
      transferList?: readonly WorkerThreads.Transferable[],
    ): void {
      if (crash.onFirstTask) {
        crash.died++;
        void this.terminate();
        return;
      }
      super.postMessage(value, transferList);
    }
  }
  return { ...real, Worker: DyingWorker };
});

afterEach(() => {
  crash.onFirstTask = false;
  crash.died = 0;
});

const spec: ExtractSpec = {
  callNames: ['isEnabled', 'useFlag'],
  jsx: [['Feature', 'name']],
  memberRoots: ['featureToggles'],
  objectFromNames: [],
  symbolRoots: [],
};

/** Batches of checkout/search modules, each reading its own flags. */
function batches(count: number): SourceText[][] {
  return Array.from({ length: count }, (_, b) =>
    Array.from({ length: 3 }, (_, f) => ({
      path: `src/features/area-${b}/module-${f}.ts`,
      text: [
        "import { isEnabled, useFlag } from '@acme/flags';",
        `export const KEY_${f} = 'area-${b}-flag-${f}';`,
        `export function render${f}(user: { id: string }) {`,
        `  if (isEnabled(KEY_${f}, user)) return useFlag('area-${b}-beta');`,
        `  return featureToggles.area${b}Legacy;`,
        '}',
      ].join('\n'),
    })),
  );
}

describe('flag scanner worker pool', () => {
  it('parses every batch on workers exactly as in-process, each answer to its own batch', async () => {
    const input = batches(12);
    const here = inProcessExtractor();
    const expected = await Promise.all(input.map((b) => here.extract(b, spec)));
    const pool = await workerExtractor(2);
    expect(pool).toBeDefined();
    try {
      const got = input.map((b) => pool!.extract(b, spec));
      pool!.joinMainThread();
      expect(await Promise.all(got)).toEqual(expected);
      expect(expected[5]![1]!.path).toBe('src/features/area-5/module-1.ts');
    } finally {
      await pool!.close();
    }
  }, 60_000);

  it('parses in-process the batches of workers that die, with the calling thread not joined', async () => {
    const input = batches(6);
    const here = inProcessExtractor();
    const expected = await Promise.all(input.map((b) => here.extract(b, spec)));
    crash.onFirstTask = true;
    const pool = await workerExtractor(2);
    expect(pool).toBeDefined();
    try {
      const got = await Promise.all(input.map((b) => pool!.extract(b, spec)));
      expect(got).toEqual(expected);
      // Both workers took a batch and died on it: every summary above was parsed in-process.
      expect(crash.died).toBe(2);
    } finally {
      await pool!.close();
    }
  }, 60_000);

  it('gives up the deep-stack parse, rather than parse in-process, when its worker dies', async () => {
    crash.onFirstTask = true;
    const files = batches(1)[0]!;
    expect(await extractOnDeepStack(files, spec)).toBeUndefined();
    expect(crash.died).toBe(1);
    crash.onFirstTask = false;
    const again = await extractOnDeepStack(files, spec);
    expect(again).toEqual(await inProcessExtractor().extract(files, spec));
  }, 60_000);
});
