import { createRequire as __osCreateRequire } from 'node:module'; import { fileURLToPath as __osFileURLToPath } from 'node:url'; const require = __osCreateRequire(import.meta.url); const __filename = __osFileURLToPath(import.meta.url); const __dirname = __osFileURLToPath(new URL('.', import.meta.url));

// src/core/worker-pool.ts
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker, parentPort } from "node:worker_threads";
var devSources = /* @__PURE__ */ new Map();
function workerSource(entry) {
  if (!entry.from.endsWith(".ts")) {
    const compiled = entry.source.replace(/\.ts$/, ".js");
    for (const rel of [`./${entry.bundled}`, `../${entry.bundled}`, compiled]) {
      const url = new URL(rel, entry.from);
      if (url.protocol === "file:" && existsSync(fileURLToPath(url)))
        return Promise.resolve({ file: url });
    }
    return Promise.resolve(void 0);
  }
  const dev = new URL(entry.source, entry.from).href;
  let source = devSources.get(dev);
  if (!source) {
    source = bundleForDev(dev, entry.from, entry.external ?? []);
    devSources.set(dev, source);
  }
  return source;
}
async function bundleForDev(entry, from, external) {
  try {
    const esbuildName = "esbuild";
    const esbuild = await import(esbuildName);
    const out = await esbuild.build({
      entryPoints: [fileURLToPath(entry)],
      bundle: true,
      platform: "node",
      format: "cjs",
      target: "node20",
      write: false,
      external: [...external],
      logLevel: "silent"
    });
    const code = out.outputFiles[0]?.text;
    if (!code || external.length === 0) return code ? { code } : void 0;
    const requireFrom = JSON.stringify(fileURLToPath(from));
    return {
      code: `(function (require) {
${code}
})(require('node:module').createRequire(${requireFrom}));`
    };
  } catch {
    return void 0;
  }
}
var TASKS_IN_FLIGHT = 2;
function spawn(source, resourceLimits) {
  const options = resourceLimits ? { resourceLimits } : {};
  return "file" in source ? new Worker(source.file, options) : new Worker(source.code, { ...options, eval: true });
}
var asError = (error) => error instanceof Error ? error : new Error(String(error));
async function startWorkerPool(size, entry, inProcess, options = {}) {
  const source = await workerSource(entry);
  if (!source) return void 0;
  const inFlight = Math.max(1, options.tasksInFlight ?? TASKS_IN_FLIGHT);
  const queue = [];
  const posted = /* @__PURE__ */ new Map();
  let nextId = 1;
  let mainBusy = false;
  let mainThreadToo = false;
  let unsettled = 0;
  let closing;
  let drained;
  const settled = () => {
    unsettled -= 1;
    if (unsettled === 0) drained?.();
  };
  const runHere = (p) => {
    try {
      const result = inProcess(p.message.task);
      if (result instanceof Promise)
        return result.then(p.resolve, (error) => p.reject(asError(error)));
      p.resolve(result);
    } catch (error) {
      p.reject(asError(error));
    }
    return void 0;
  };
  const pump = () => {
    for (const [w, tasks] of posted) {
      while (tasks.length < inFlight && queue.length > 0) {
        const p = queue.shift();
        tasks.push(p);
        w.postMessage(p.message);
      }
    }
    if (mainThreadToo && !mainBusy && queue.length > 0) {
      const p = queue.shift();
      mainBusy = true;
      setImmediate(() => {
        const free = () => {
          mainBusy = false;
          pump();
        };
        const working = runHere(p);
        if (working) void working.then(free);
        else free();
      });
    }
    if (posted.size === 0 && !mainThreadToo) {
      while (queue.length > 0) runHere(queue.shift());
    }
  };
  const retire = (w) => {
    const tasks = posted.get(w) ?? [];
    posted.delete(w);
    for (const p of tasks) runHere(p);
    pump();
  };
  for (let i = 0; i < size; i++) {
    const w = spawn(source, options.resourceLimits);
    w.on("message", (reply) => {
      const p = posted.get(w)?.shift();
      if (p) {
        if ("error" in reply) runHere(p);
        else p.resolve(reply.result);
      }
      pump();
    });
    w.on("error", () => retire(w));
    w.on("exit", () => retire(w));
    posted.set(w, []);
  }
  const stopWorkers = async () => {
    await Promise.all([...posted.keys()].map((w) => w.terminate()));
  };
  return {
    run(task) {
      return new Promise((resolve, reject) => {
        unsettled += 1;
        const p = {
          message: { id: nextId++, task },
          resolve: (r) => {
            settled();
            resolve(r);
          },
          reject: (e) => {
            settled();
            reject(e);
          }
        };
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
          const done = new Promise((resolve) => drained = resolve);
          pump();
          await done;
        }
        await stopWorkers();
      })();
      return closing;
    }
  };
}
async function runOnWorker(entry, task, options = {}) {
  const source = await workerSource(entry);
  if (!source) return void 0;
  const w = spawn(source, options.resourceLimits);
  try {
    return await new Promise((resolve) => {
      w.once("message", (reply) => resolve("error" in reply ? void 0 : reply.result));
      w.once("error", () => resolve(void 0));
      w.once("exit", () => resolve(void 0));
      w.postMessage({ id: 1, task });
    });
  } finally {
    await w.terminate();
  }
}
function serveWorkerTasks(work) {
  const port = parentPort;
  if (!port) return;
  port.on("message", ({ id, task }) => {
    let reply;
    try {
      reply = { id, result: work(task) };
    } catch (err) {
      reply = { id, error: err instanceof Error ? err.message : String(err) };
    }
    port.postMessage(reply);
  });
}

export {
  startWorkerPool,
  runOnWorker,
  serveWorkerTasks
};
