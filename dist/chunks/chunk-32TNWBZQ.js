import { createRequire as __osCreateRequire } from 'node:module'; import { fileURLToPath as __osFileURLToPath } from 'node:url'; const require = __osCreateRequire(import.meta.url); const __filename = __osFileURLToPath(import.meta.url); const __dirname = __osFileURLToPath(new URL('.', import.meta.url));

// src/flags/scanner/importers.ts
var SPECIFIER_RE = /(?:\bfrom|\bimport|\brequire)\s*\(?\s*(['"])([^'"\n]{1,300})\1/g;
var REEXPORT_RE = /\bexport\s+(?:type\s+)?(?:\*(?:\s+as\s+[\w$]+)?|\{[^}]*\})\s*from\s*(['"])([^'"\n]{1,300})\1/g;
var ImportGraph = class {
  /** module → the files importing it. */
  importers = /* @__PURE__ */ new Map();
  constructor(texts, files, resolver) {
    for (const [path, text] of texts) {
      if (!files.has(path)) continue;
      const reexported = /* @__PURE__ */ new Set();
      if (text.includes("export")) {
        for (const m of text.matchAll(REEXPORT_RE)) if (m[2]) reexported.add(m[2]);
      }
      const seen = /* @__PURE__ */ new Set();
      for (const m of text.matchAll(SPECIFIER_RE)) {
        const spec = m[2];
        if (spec === void 0 || seen.has(spec)) continue;
        seen.add(spec);
        const target = resolver.resolve(path, spec);
        if (target === void 0 || target === path) continue;
        const list = this.importers.get(target) ?? [];
        list.push({ from: path, reexport: reexported.has(spec) });
        this.importers.set(target, list);
      }
    }
  }
  /** Files importing any of `modules`, directly or through re-exporting barrels. */
  importersOf(modules) {
    const out = /* @__PURE__ */ new Set();
    const done = new Set(modules);
    const queue = [...modules];
    for (let m = queue.pop(); m !== void 0; m = queue.pop()) {
      for (const e of this.importers.get(m) ?? []) {
        out.add(e.from);
        if (e.reexport && !done.has(e.from)) {
          done.add(e.from);
          queue.push(e.from);
        }
      }
    }
    return [...out].sort();
  }
};

// src/flags/scanner/registry-scope.ts
var WHOLE_SHARE = 0.9;
var MIN_KEYS = 2;
var RegistryScope = class {
  constructor(declared, codeRegistries = []) {
    this.codeRegistries = codeRegistries;
    this.declared = new Set(declared);
  }
  codeRegistries;
  declared;
  isWhole(keys) {
    if (keys.size < MIN_KEYS) return false;
    for (const reg of this.codeRegistries)
      if (reg.length >= MIN_KEYS && reg.every((k) => keys.has(k))) return true;
    if (this.declared.size < MIN_KEYS) return false;
    let covered = 0;
    for (const k of this.declared) if (keys.has(k)) covered++;
    return covered >= Math.ceil(this.declared.size * WHOLE_SHARE);
  }
};

// src/flags/scanner/ambient.ts
var AMBIENT_RE = /\bdeclare\s+(?:global\b|module\s+['"])/;

export {
  ImportGraph,
  WHOLE_SHARE,
  RegistryScope,
  AMBIENT_RE
};
