import { createRequire as __osCreateRequire } from 'node:module'; import { fileURLToPath as __osFileURLToPath } from 'node:url'; const require = __osCreateRequire(import.meta.url); const __filename = __osFileURLToPath(import.meta.url); const __dirname = __osFileURLToPath(new URL('.', import.meta.url));
import {
  require_typescript
} from "./chunk-LLBWVQXH.js";
import {
  __toESM
} from "./chunk-C2D6PDPM.js";

// ts-morph-compiler:ts-morph-compiler
var import_typescript = __toESM(require_typescript());

export {
  import_typescript
};
