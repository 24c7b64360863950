import { createRequire as __osCreateRequire } from 'node:module'; import { fileURLToPath as __osFileURLToPath } from 'node:url'; const require = __osCreateRequire(import.meta.url); const __filename = __osFileURLToPath(import.meta.url); const __dirname = __osFileURLToPath(new URL('.', import.meta.url));
import {
  parseCodeRegistry
} from "./chunk-KXMNV2UF.js";

// src/flags/code-registry-tags.ts
function codeRegistryDocs(path, text, exportName, property) {
  const parsed = parseCodeRegistry(path, text, exportName, property);
  if (!parsed.ok) return parsed;
  const members = /* @__PURE__ */ new Map();
  for (const k of parsed.keys) {
    if (members.has(k.key)) continue;
    members.set(k.key, { key: k.key, start: k.start, doc: k.doc, tags: k.spans });
  }
  return { ok: true, members };
}
function positionsIn(text) {
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
  };
}

export {
  codeRegistryDocs,
  positionsIn
};
