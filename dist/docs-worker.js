import { createRequire as __osCreateRequire } from 'node:module'; import { fileURLToPath as __osFileURLToPath } from 'node:url'; const require = __osCreateRequire(import.meta.url); const __filename = __osFileURLToPath(import.meta.url); const __dirname = __osFileURLToPath(new URL('.', import.meta.url));
import {
  analyzeBatch
} from "./chunks/chunk-AOTJ253C.js";
import {
  serveWorkerTasks
} from "./chunks/chunk-EET4R3HA.js";
import "./chunks/chunk-C2D6PDPM.js";

// src/docs/worker.ts
serveWorkerTasks((task) => analyzeBatch(task.docs, task.checks));
