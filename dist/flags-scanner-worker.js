import { createRequire as __osCreateRequire } from 'node:module'; import { fileURLToPath as __osFileURLToPath } from 'node:url'; const require = __osCreateRequire(import.meta.url); const __filename = __osFileURLToPath(import.meta.url); const __dirname = __osFileURLToPath(new URL('.', import.meta.url));
import {
  compileSpec,
  extractFile
} from "./chunks/chunk-A2QT55FE.js";
import "./chunks/chunk-DNYIRCS2.js";
import "./chunks/chunk-WEBCDPUX.js";
import "./chunks/chunk-F4KBAFWO.js";
import "./chunks/chunk-S2JO3YRI.js";

// src/flags/scanner/worker.ts
import { parentPort } from "node:worker_threads";
var port = parentPort;
if (port) {
  let specJson = "";
  let spec;
  port.on("message", (task) => {
    try {
      const json = JSON.stringify(task.spec);
      if (!spec || json !== specJson) {
        spec = compileSpec(task.spec);
        specJson = json;
      }
      const compiled = spec;
      const summaries = task.files.map((f) => extractFile(f.path, f.text, compiled));
      port.postMessage({ id: task.id, summaries });
    } catch (err) {
      port.postMessage({
        id: task.id,
        error: err instanceof Error ? err.message : String(err)
      });
    }
  });
}
