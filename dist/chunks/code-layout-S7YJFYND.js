import { createRequire as __osCreateRequire } from 'node:module'; import { fileURLToPath as __osFileURLToPath } from 'node:url'; const require = __osCreateRequire(import.meta.url); const __filename = __osFileURLToPath(import.meta.url); const __dirname = __osFileURLToPath(new URL('.', import.meta.url));
import {
  codeRegistryDocs,
  positionsIn
} from "./chunk-2Q2EZ4ZS.js";
import "./chunk-KXMNV2UF.js";
import "./chunk-DWVM6DTE.js";
import "./chunk-BEOXMQQI.js";
import "./chunk-LLBWVQXH.js";
import "./chunk-C2D6PDPM.js";

// src/flags/pr/code-layout.ts
function codeRegistryLayout(source, text) {
  const out = /* @__PURE__ */ new Map();
  const docs = codeRegistryDocs(source.path, text, source.exportName, source.property);
  if (!docs.ok) return out;
  const positionOf = positionsIn(text);
  for (const member of docs.members.values()) {
    const key = positionOf(member.start);
    const fields = /* @__PURE__ */ new Map();
    for (const tag of member.tags) {
      if (fields.has(tag.name)) continue;
      fields.set(tag.name, positionOf((tag.values[0] ?? tag.token).start));
    }
    out.set(member.key, {
      keyLine: key.line,
      keyColumn: key.column,
      endLine: key.line,
      fields
    });
  }
  return out;
}
export {
  codeRegistryLayout
};
