import { createRequire as __osCreateRequire } from 'node:module'; import { fileURLToPath as __osFileURLToPath } from 'node:url'; const require = __osCreateRequire(import.meta.url); const __filename = __osFileURLToPath(import.meta.url); const __dirname = __osFileURLToPath(new URL('.', import.meta.url));
import {
  parseCodeRegistry
} from "./chunk-FW42LTI4.js";
import "./chunk-DWVM6DTE.js";
import "./chunk-I5YEHQEB.js";
import "./chunk-L2NNZP2U.js";
import "./chunk-C2D6PDPM.js";
export {
  parseCodeRegistry
};
