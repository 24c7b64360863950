import { createRequire as __osCreateRequire } from 'node:module'; import { fileURLToPath as __osFileURLToPath } from 'node:url'; const require = __osCreateRequire(import.meta.url); const __filename = __osFileURLToPath(import.meta.url); const __dirname = __osFileURLToPath(new URL('.', import.meta.url));

// src/flags/scanner/prefilter.ts
var HINT_MARKER = "ops-steward-flags";
var escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
var IDENTIFIER = /^[A-Za-z0-9_$]+$/;
var BEFORE = "(?<![A-Za-z0-9_$])";
var AFTER = "(?![A-Za-z0-9_$])";
var NO_EMPTY_CALL = "(?!\\s*\\(\\s*\\))";
function prefilter(needles, withHints = true) {
  const plain = withHints ? [HINT_MARKER] : [];
  const tokens = [];
  const calls = [];
  if (isNeedleSpec(needles)) {
    const callOnly = new Set(needles.callsWithArguments ?? []);
    const names = new Set(needles.names);
    for (const n of callOnly) if (!names.has(n)) (IDENTIFIER.test(n) ? calls : plain).push(n);
    for (const n of names) (IDENTIFIER.test(n) ? tokens : plain).push(n);
  } else plain.push(...needles);
  const branches = [
    alternation(plain),
    wrap(alternation(tokens), BEFORE, AFTER),
    wrap(alternation(calls), BEFORE, AFTER + NO_EMPTY_CALL)
  ].filter((b) => b !== "");
  if (branches.length === 0) return () => false;
  const re = new RegExp(branches.join("|"));
  return (text) => re.test(text);
}
function isNeedleSpec(n) {
  return "names" in n;
}
function alternation(needles) {
  const unique = [...new Set(needles)].filter((n) => n.length > 0);
  unique.sort((a, b) => b.length - a.length);
  return unique.map(escape).join("|");
}
function wrap(alt, before, after) {
  return alt === "" ? "" : `${before}(?:${alt})${after}`;
}

export {
  HINT_MARKER,
  prefilter
};
