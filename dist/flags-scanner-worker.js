import { createRequire as __osCreateRequire } from 'node:module'; import { fileURLToPath as __osFileURLToPath } from 'node:url'; const require = __osCreateRequire(import.meta.url); const __filename = __osFileURLToPath(import.meta.url); const __dirname = __osFileURLToPath(new URL('.', import.meta.url));
import {
  serveWorkerTasks
} from "./chunks/chunk-EET4R3HA.js";
import {
  compileSpec,
  extractFile
} from "./chunks/chunk-D2WETMKR.js";
import "./chunks/chunk-DE34YFCQ.js";
import "./chunks/chunk-WEBCDPUX.js";
import "./chunks/chunk-BEOXMQQI.js";
import "./chunks/chunk-LLBWVQXH.js";
import "./chunks/chunk-C2D6PDPM.js";

// src/flags/scanner/worker.ts
var specJson = "";
var compiled;
serveWorkerTasks((task) => {
  const json = JSON.stringify(task.spec);
  if (!compiled || json !== specJson) {
    compiled = compileSpec(task.spec);
    specJson = json;
  }
  const spec = compiled;
  return task.files.map((f) => extractFile(f.path, f.text, spec));
});
