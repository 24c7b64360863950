import { createRequire as __osCreateRequire } from 'node:module'; import { fileURLToPath as __osFileURLToPath } from 'node:url'; const require = __osCreateRequire(import.meta.url); const __filename = __osFileURLToPath(import.meta.url); const __dirname = __osFileURLToPath(new URL('.', import.meta.url));
import {
  parseCodeRegistry
} from "./chunk-UPSD3AVI.js";
import "./chunk-Z2P7ZLPF.js";
import "./chunk-F4KBAFWO.js";
import "./chunk-S2JO3YRI.js";
export {
  parseCodeRegistry
};
