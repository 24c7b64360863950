import { createRequire as __osCreateRequire } from 'node:module'; import { fileURLToPath as __osFileURLToPath } from 'node:url'; const require = __osCreateRequire(import.meta.url); const __filename = __osFileURLToPath(import.meta.url); const __dirname = __osFileURLToPath(new URL('.', import.meta.url));
import {
  answerWithChecker,
  inMemoryProgram,
  programPath
} from "./chunk-7VLLOSJ4.js";
import "./chunk-UCGWDI4O.js";
import "./chunk-LLBWVQXH.js";
import "./chunk-C2D6PDPM.js";
export {
  answerWithChecker,
  inMemoryProgram,
  programPath
};
