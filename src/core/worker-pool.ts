import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker, parentPort } from 'node:worker_threads';
import type { ResourceLimits } from 'node:worker_threads';
import type { build as esbuildBuild } from 'esbuild';

/**
 * A pool of worker threads for CPU-bound work split into independent tasks, with the calling thread
 * taking tasks too once it is free, and every task a worker cannot do run in-process instead (same
 * result, slower).
 *
 * How a worker finds its code: its entry is its own module, bundled next to the bundle that spawns
 * it (the build adds it as an esbuild entry point; with code splitting the spawning module may sit in
 * a chunk folder below, so the parent folder is tried too). So a worker never evaluates a front door's
 * top-level code. Under vitest (running `.ts` sources) the entry is bundled on the fly with esbuild, a
 * devDependency, and started as an eval worker. With neither, there is no pool: callers work in-process.
 */

export type WorkerSource = { file: URL } | { code: string };

export interface WorkerEntry {
  /** `import.meta.url` of the module that spawns the workers. */
  from: string;
  /** The bundled entry's file name (`docs-worker.js`), looked up next to `from` and one folder up. */
  bundled: string;
  /** The entry's source, relative to `from`, bundled on the fly when running from sources. */
  source: string;
  /**
   * Packages left out of the on-the-fly bundle and required from the source tree instead (a big
   * CommonJS package such as ts-morph bundles slowly and gains nothing from it).
   */
  external?: readonly string[];
}

export interface WorkerPoolOptions {
  /** Limits of each worker thread (a deeper stack for recursive parsers, say). */
  resourceLimits?: ResourceLimits;
  /**
   * Tasks posted to a worker before it answers the first (default 2): with more than one, a worker
   * need not wait for the calling thread to take its reply before starting on the next.
   */
  tasksInFlight?: number;
}

type Message<T> = { id: number; task: T };
type Reply<R> = { id: number; result: R } | { id: number; error: string };

const devSources = new Map<string, Promise<WorkerSource | undefined>>();

export function workerSource(entry: WorkerEntry): Promise<WorkerSource | undefined> {
  if (!entry.from.endsWith('.ts')) {
    // Bundled (next to the bundle, or one up from a chunk), or compiled file by file.
    const compiled = entry.source.replace(/\.ts$/, '.js');
    for (const rel of [`./${entry.bundled}`, `../${entry.bundled}`, compiled]) {
      const url = new URL(rel, entry.from);
      if (url.protocol === 'file:' && existsSync(fileURLToPath(url)))
        return Promise.resolve({ file: url });
    }
    return Promise.resolve(undefined);
  }
  const dev = new URL(entry.source, entry.from).href;
  let source = devSources.get(dev);
  if (!source) {
    source = bundleForDev(dev, entry.from, entry.external ?? []);
    devSources.set(dev, source);
  }
  return source;
}

async function bundleForDev(
  entry: string,
  from: string,
  external: readonly string[],
): Promise<WorkerSource | undefined> {
  try {
    // A variable specifier keeps bundlers from pulling esbuild into a production bundle.
    const esbuildName = 'esbuild';
    const esbuild = (await import(esbuildName)) as { build: typeof esbuildBuild };
    const out = await esbuild.build({
      entryPoints: [fileURLToPath(entry)],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      write: false,
      external: [...external],
      logLevel: 'silent',
    });
    const code = out.outputFiles[0]?.text;
    if (!code || external.length === 0) return code ? { code } : undefined;
    // An eval worker's own `require` resolves from the working directory: external packages are
    // found from the spawning module's folder instead, as the sources find them.
    const requireFrom = JSON.stringify(fileURLToPath(from));
    return {
      code: `(function (require) {\n${code}\n})(require('node:module').createRequire(${requireFrom}));`,
    };
  } catch {
    return undefined;
  }
}

export interface WorkerPool<T, R> {
  run(task: T): Promise<R>;
  /**
   * From now on the calling thread takes queued tasks too. Called once the caller has finished
   * reading: before that its event loop feeds the workers.
   */
  joinMainThread(): void;
  /**
   * Finishes every task asked for so far (the calling thread joins in), then stops the workers. A
   * caller awaiting a task always gets its answer: a pool closed early on an error path must not
   * leave promises that never settle. Idempotent; a task asked for afterwards is done in-process.
   */
  close(): Promise<void>;
}

interface Pending<T, R> {
  message: Message<T>;
  resolve: (r: R) => void;
  reject: (e: Error) => void;
}

const TASKS_IN_FLIGHT = 2;

function spawn(source: WorkerSource, resourceLimits: ResourceLimits | undefined): Worker {
  const options = resourceLimits ? { resourceLimits } : {};
  return 'file' in source
    ? new Worker(source.file, options)
    : new Worker(source.code, { ...options, eval: true });
}

const asError = (error: unknown): Error =>
  error instanceof Error ? error : new Error(String(error));

/**
 * `size` workers running `entry`; undefined when no worker code can be found. `inProcess` does a
 * task on the calling thread: once it joins, and for every task a worker fails or dies on.
 */
export async function startWorkerPool<T, R>(
  size: number,
  entry: WorkerEntry,
  inProcess: (task: T) => R | Promise<R>,
  options: WorkerPoolOptions = {},
): Promise<WorkerPool<T, R> | undefined> {
  const source = await workerSource(entry);
  if (!source) return undefined;
  const inFlight = Math.max(1, options.tasksInFlight ?? TASKS_IN_FLIGHT);
  const queue: Pending<T, R>[] = [];
  // Tasks posted to each live worker, oldest first: a worker answers in order.
  const posted = new Map<Worker, Pending<T, R>[]>();
  let nextId = 1;
  let mainBusy = false;
  let mainThreadToo = false;
  // Tasks asked for and not yet answered, wherever they are (queued, on a worker, in-process).
  let unsettled = 0;
  let closing: Promise<void> | undefined;
  let drained: (() => void) | undefined;
  const settled = (): void => {
    unsettled -= 1;
    if (unsettled === 0) drained?.();
  };

  // Settles `p` in-process; the promise (for asynchronous work only) once it has.
  const runHere = (p: Pending<T, R>): Promise<void> | undefined => {
    try {
      const result = inProcess(p.message.task);
      if (result instanceof Promise)
        return result.then(p.resolve, (error: unknown) => p.reject(asError(error)));
      p.resolve(result);
    } catch (error) {
      p.reject(asError(error));
    }
    return undefined;
  };
  const pump = (): void => {
    // With more than one in flight, a worker gets its next task before it finishes the current one:
    // its reply waits while the calling thread is busy with a task of its own, and it need not wait.
    for (const [w, tasks] of posted) {
      while (tasks.length < inFlight && queue.length > 0) {
        const p = queue.shift()!;
        tasks.push(p);
        w.postMessage(p.message);
      }
    }
    if (mainThreadToo && !mainBusy && queue.length > 0) {
      const p = queue.shift()!;
      mainBusy = true;
      // Later, so workers' replies are taken (and they get new tasks) between tasks done here.
      setImmediate(() => {
        const free = (): void => {
          mainBusy = false;
          pump();
        };
        const working = runHere(p);
        if (working) void working.then(free);
        else free();
      });
    }
    // Every worker died: finish in-process rather than hang.
    if (posted.size === 0 && !mainThreadToo) {
      while (queue.length > 0) runHere(queue.shift()!);
    }
  };
  const retire = (w: Worker): void => {
    const tasks = posted.get(w) ?? [];
    posted.delete(w);
    for (const p of tasks) runHere(p);
    pump();
  };

  for (let i = 0; i < size; i++) {
    const w = spawn(source, options.resourceLimits);
    w.on('message', (reply: Reply<R>) => {
      const p = posted.get(w)?.shift();
      // A task the worker could not do is done here: an error then carries its real stack.
      if (p) {
        if ('error' in reply) runHere(p);
        else p.resolve(reply.result);
      }
      pump();
    });
    w.on('error', () => retire(w));
    w.on('exit', () => retire(w));
    posted.set(w, []);
  }

  const stopWorkers = async (): Promise<void> => {
    await Promise.all([...posted.keys()].map((w) => w.terminate()));
  };

  return {
    run(task) {
      return new Promise<R>((resolve, reject) => {
        unsettled += 1;
        const p: Pending<T, R> = {
          message: { id: nextId++, task },
          resolve: (r) => {
            settled();
            resolve(r);
          },
          reject: (e) => {
            settled();
            reject(e);
          },
        };
        // The workers are stopping or stopped: same answer, on this thread.
        if (closing) void runHere(p);
        else {
          queue.push(p);
          pump();
        }
      });
    },
    joinMainThread() {
      mainThreadToo = true;
      pump();
    },
    close() {
      closing ??= (async () => {
        mainThreadToo = true;
        if (unsettled > 0) {
          const done = new Promise<void>((resolve) => (drained = resolve));
          pump();
          await done;
        }
        await stopWorkers();
      })();
      return closing;
    },
  };
}

/**
 * `task` on one fresh worker of `entry` (one with a deep stack, say), which is then stopped.
 * Undefined when no worker starts, or it fails or dies on the task: the caller keeps what it had.
 */
export async function runOnWorker<T, R>(
  entry: WorkerEntry,
  task: T,
  options: Pick<WorkerPoolOptions, 'resourceLimits'> = {},
): Promise<R | undefined> {
  const source = await workerSource(entry);
  if (!source) return undefined;
  const w = spawn(source, options.resourceLimits);
  try {
    return await new Promise<R | undefined>((resolve) => {
      w.once('message', (reply: Reply<R>) => resolve('error' in reply ? undefined : reply.result));
      w.once('error', () => resolve(undefined));
      w.once('exit', () => resolve(undefined));
      w.postMessage({ id: 1, task } satisfies Message<T>);
    });
  } finally {
    await w.terminate();
  }
}

/** In a worker entry: answers each task with `work(task)`, or with the error it threw. */
export function serveWorkerTasks<T, R>(work: (task: T) => R): void {
  const port = parentPort;
  if (!port) return;
  port.on('message', ({ id, task }: Message<T>) => {
    let reply: Reply<R>;
    try {
      reply = { id, result: work(task) };
    } catch (err) {
      reply = { id, error: err instanceof Error ? err.message : String(err) };
    }
    port.postMessage(reply);
  });
}
