import { createRequire as __osCreateRequire } from 'node:module'; import { fileURLToPath as __osFileURLToPath } from 'node:url'; const require = __osCreateRequire(import.meta.url); const __filename = __osFileURLToPath(import.meta.url); const __dirname = __osFileURLToPath(new URL('.', import.meta.url));
import {
  answerWithChecker,
  inMemoryProgram
} from "./chunk-LYV3GRPO.js";
import "./chunk-BT4ESLHN.js";
import "./chunk-L2NNZP2U.js";
import "./chunk-C2D6PDPM.js";
export {
  answerWithChecker,
  inMemoryProgram
};
