import { createRequire as __osCreateRequire } from 'node:module'; import { fileURLToPath as __osFileURLToPath } from 'node:url'; const require = __osCreateRequire(import.meta.url); const __filename = __osFileURLToPath(import.meta.url); const __dirname = __osFileURLToPath(new URL('.', import.meta.url));
import {
  parseCodeRegistry
} from "./chunk-KXMNV2UF.js";
import "./chunk-DWVM6DTE.js";
import "./chunk-BEOXMQQI.js";
import "./chunk-LLBWVQXH.js";
import "./chunk-C2D6PDPM.js";
export {
  parseCodeRegistry
};
