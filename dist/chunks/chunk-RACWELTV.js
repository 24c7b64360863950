import { createRequire as __osCreateRequire } from 'node:module'; import { fileURLToPath as __osFileURLToPath } from 'node:url'; const require = __osCreateRequire(import.meta.url); const __filename = __osFileURLToPath(import.meta.url); const __dirname = __osFileURLToPath(new URL('.', import.meta.url));
import {
  parseCodeRegistry
} from "./chunk-UPSD3AVI.js";

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
function positionOf(text, offset) {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - (before.lastIndexOf("\n") + 1) + 1 };
}

export {
  codeRegistryDocs,
  positionOf
};
