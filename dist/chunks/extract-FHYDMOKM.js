import { createRequire as __osCreateRequire } from 'node:module'; import { fileURLToPath as __osFileURLToPath } from 'node:url'; const require = __osCreateRequire(import.meta.url); const __filename = __osFileURLToPath(import.meta.url); const __dirname = __osFileURLToPath(new URL('.', import.meta.url));
import {
  compileSpec,
  extractFile
} from "./chunk-D2WETMKR.js";
import "./chunk-DE34YFCQ.js";
import "./chunk-WEBCDPUX.js";
import "./chunk-BEOXMQQI.js";
import "./chunk-LLBWVQXH.js";
import "./chunk-C2D6PDPM.js";
export {
  compileSpec,
  extractFile
};
