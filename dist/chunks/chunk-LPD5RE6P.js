import { createRequire as __osCreateRequire } from 'node:module'; import { fileURLToPath as __osFileURLToPath } from 'node:url'; const require = __osCreateRequire(import.meta.url); const __filename = __osFileURLToPath(import.meta.url); const __dirname = __osFileURLToPath(new URL('.', import.meta.url));

// src/flags/scanner/prefilter.ts
var HINT_MARKER = "ops-steward-flags";
var escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
function prefilter(needles, withHints = true) {
  const unique = [.../* @__PURE__ */ new Set([...needles, ...withHints ? [HINT_MARKER] : []])].filter(
    (n) => n.length > 0
  );
  if (unique.length === 0) return () => false;
  unique.sort((a, b) => b.length - a.length);
  const re = new RegExp(unique.map(escape).join("|"));
  return (text) => re.test(text);
}

export {
  HINT_MARKER,
  prefilter
};
