import { createRequire as __osCreateRequire } from 'node:module'; import { fileURLToPath as __osFileURLToPath } from 'node:url'; const require = __osCreateRequire(import.meta.url); const __filename = __osFileURLToPath(import.meta.url); const __dirname = __osFileURLToPath(new URL('.', import.meta.url));
import {
  import_typescript
} from "./chunk-BEOXMQQI.js";
import "./chunk-LLBWVQXH.js";
import "./chunk-C2D6PDPM.js";

// src/flags/scanner/installed-types.ts
import { posix } from "node:path";
var MAX_FILES = 400;
var MAX_CHARS = 6 * 1024 * 1024;
var MAX_FILES_PER_PACKAGE = 64;
var MAX_PACKAGE_HOPS = 2;
var MAX_FAR_FILE_CHARS = 256 * 1024;
var MAX_ROUNDS = 12;
var OPTIONS = {
  moduleResolution: import_typescript.default.ModuleResolutionKind.Bundler,
  module: import_typescript.default.ModuleKind.ESNext,
  target: import_typescript.default.ScriptTarget.ES2022,
  allowJs: false
};
var BOUND_TEXT = {
  hops: `more than ${MAX_PACKAGE_HOPS} package hops from this file's imports`,
  far: `a declaration file over ${MAX_FAR_FILE_CHARS / 1024} KB beyond the imported packages`,
  total: `past its bound of ${MAX_FILES} installed declaration files and ${MAX_CHARS / 1024 / 1024} MB`,
  package: `more than ${MAX_FILES_PER_PACKAGE} declaration files in one package`
};
var NAMES_SAID = 5;
function describeCuts(cuts) {
  const byOrigin = /* @__PURE__ */ new Map();
  for (const c of cuts) {
    const bounds = byOrigin.get(c.origin) ?? /* @__PURE__ */ new Map();
    bounds.set(c.bound, [...bounds.get(c.bound) ?? [], c.package]);
    byOrigin.set(c.origin, bounds);
  }
  return [...byOrigin].map(([file, bounds]) => {
    const parts = [...bounds].map(([bound, names]) => {
      const sorted = [...names].sort();
      const more = sorted.length - NAMES_SAID;
      const said = sorted.slice(0, NAMES_SAID).join(", ") + (more > 0 ? ` and ${more} more` : "");
      return `${said} (${BOUND_TEXT[bound]})`;
    });
    return {
      file,
      reason: `the pass by type left part of the installed types this file imports unread: ${parts.join("; ")}; flag reads typed through them may be missed`
    };
  });
}
var REEXPORT_RE = /\bexport\s+(?:type\s+)?(?:\*(?:\s+as\s+[\w$]+)?|\{[^}]*\})\s*from\s*['"]([^'"]+)['"]/g;
var inNodeModules = (path) => /(^|\/)node_modules\//.test(path);
var isDeclaration = (path) => /\.d\.[mc]?ts$/.test(path);
var wantKey = (w) => `${w.kind}\0${w.from}\0${w.name}`;
async function loadInstalledTypes(roots, reader, resolvedInRepo) {
  const folders = /* @__PURE__ */ new Map();
  const read = /* @__PURE__ */ new Map();
  const askFolders = /* @__PURE__ */ new Set();
  const askFiles = /* @__PURE__ */ new Set();
  let asked = 0;
  const entries = (dir) => {
    const known = folders.get(dir);
    if (known === void 0) {
      askFolders.add(dir);
      asked++;
    }
    return known ?? null;
  };
  const listed = (rel2, suffix) => {
    const slash = rel2.lastIndexOf("/");
    return entries(rel2.slice(0, Math.max(slash, 0)))?.has(rel2.slice(slash + 1) + suffix) ?? false;
  };
  const fileExists = (rel2) => inNodeModules(rel2) && listed(rel2, "");
  const folderExists = (rel2) => /(^|\/)node_modules$/.test(rel2) ? entries(rel2) !== null : inNodeModules(rel2) && listed(rel2, "/");
  const readFile = (rel2) => {
    if (!fileExists(rel2)) return void 0;
    const text = read.get(rel2);
    if (text === void 0) {
      askFiles.add(rel2);
      asked++;
    }
    return text ?? void 0;
  };
  const rel = (abs) => abs.replace(/^\//, "");
  const reals = /* @__PURE__ */ new Map();
  const askReals = /* @__PURE__ */ new Set();
  const realpath = (abs) => {
    const known = reals.get(rel(abs));
    if (known !== void 0) return `/${known}`;
    if (inNodeModules(rel(abs))) {
      askReals.add(rel(abs));
      asked++;
    }
    return abs;
  };
  const host = {
    realpath,
    fileExists: (abs) => fileExists(rel(abs)),
    directoryExists: (abs) => folderExists(rel(abs)),
    readFile: (abs) => readFile(rel(abs)),
    getCurrentDirectory: () => "/"
  };
  const resolveOne = (w) => {
    const file = `/${w.from}`;
    if (w.kind === "path") {
      const rel2 = posix.join(posix.dirname(w.from), w.name);
      return isDeclaration(rel2) && fileExists(rel2) ? rel2 : void 0;
    }
    const resolved = import_typescript.default.resolveModuleName(w.name, file, OPTIONS, host).resolvedModule?.resolvedFileName;
    const target = resolved === void 0 ? void 0 : rel(resolved);
    return target !== void 0 && inNodeModules(target) && isDeclaration(target) ? target : void 0;
  };
  const texts = /* @__PURE__ */ new Map();
  const origins = /* @__PURE__ */ new Map();
  const cuts = /* @__PURE__ */ new Map();
  const cut = (origin, path, bound) => {
    const pkg = packageName(path);
    if (!cuts.has(pkg)) cuts.set(pkg, { origin, package: pkg, bound });
  };
  const hops = /* @__PURE__ */ new Map();
  const perPackage = /* @__PURE__ */ new Map();
  const resolutions = /* @__PURE__ */ new Map();
  let chars = 0;
  const seen = /* @__PURE__ */ new Set();
  let level = [];
  const want = (w) => {
    const key = wantKey(w);
    if (!seen.has(key)) {
      seen.add(key);
      level.push(w);
    }
  };
  for (const [from, text] of roots) {
    const pre = import_typescript.default.preProcessFile(text, true, true);
    for (const f of pre.importedFiles)
      if (isBare(f.fileName) && !resolvedInRepo(from, f.fileName))
        want({ from, name: f.fileName, kind: "module", origin: from });
  }
  while (level.length > 0) {
    const current = withinPackageBudget(level, perPackage, (w) => cut(w.origin, w.from, "package"));
    level = [];
    const targets = /* @__PURE__ */ new Map();
    let open = current;
    for (let round = 0; round < MAX_ROUNDS && open.length > 0; round++) {
      askFolders.clear();
      askFiles.clear();
      askReals.clear();
      const again = [];
      for (const w of open) {
        const before = asked;
        const target = resolveOne(w);
        if (target !== void 0) {
          targets.set(wantKey(w), target);
          readFile(target);
        } else targets.delete(wantKey(w));
        if (asked !== before) again.push(w);
      }
      open = again;
      if (askFolders.size === 0 && askFiles.size === 0 && askReals.size === 0) break;
      await Promise.all([
        ...[...askFolders].map(async (d) => {
          const names = await reader.list(d);
          folders.set(d, names === void 0 ? null : new Set(names));
        }),
        ...[...askFiles].map(async (f) => {
          read.set(f, await reader.read(f) ?? null);
        }),
        ...[...askReals].map(async (f) => {
          reals.set(f, await reader.realpath(f) ?? f);
        })
      ]);
    }
    for (const w of current) {
      const target = targets.get(wantKey(w));
      if (target === void 0) continue;
      if (!texts.has(target)) {
        const text = read.get(target);
        if (typeof text !== "string") continue;
        const fromHop = hops.get(w.from) ?? 0;
        const hop = w.reexport && fromHop > 0 ? fromHop : packageHop(w.from, target, fromHop);
        if (hop > MAX_PACKAGE_HOPS) {
          cut(w.origin, target, "hops");
          continue;
        }
        if (hop > 1 && text.length > MAX_FAR_FILE_CHARS) {
          cut(w.origin, target, "far");
          continue;
        }
        if (texts.size >= MAX_FILES || chars + text.length > MAX_CHARS) {
          cut(w.origin, target, "total");
          continue;
        }
        const pkg = packageOf(target) ?? target;
        const inPackage = perPackage.get(pkg) ?? 0;
        if (inPackage >= MAX_FILES_PER_PACKAGE) {
          cut(w.origin, target, "package");
          continue;
        }
        perPackage.set(pkg, inPackage + 1);
        texts.set(target, text);
        origins.set(target, w.origin);
        hops.set(target, hop);
        chars += text.length;
        const pre = import_typescript.default.preProcessFile(text, true, true);
        const passedOn = new Set([...text.matchAll(REEXPORT_RE)].map((m) => m[1]));
        for (const f of pre.importedFiles)
          want({
            from: target,
            name: f.fileName,
            kind: "module",
            reexport: passedOn.has(f.fileName),
            origin: w.origin
          });
        for (const r of pre.referencedFiles)
          want({ from: target, name: r.fileName, kind: "path", origin: w.origin });
      }
      resolutions.set(wantKey(w), target);
    }
  }
  return {
    texts,
    cuts: [...cuts.values()],
    module: (from, specifier) => resolutions.get(wantKey({ from, name: specifier, kind: "module" }))
  };
}
function withinPackageBudget(wants, perPackage, dropped) {
  const budget = new Map(perPackage);
  return wants.filter((w) => {
    const pkg = inNodeModules(w.from) && !isBare(w.name) ? packageOf(w.from) : void 0;
    if (pkg === void 0) return true;
    const n = budget.get(pkg) ?? 0;
    budget.set(pkg, n + 1);
    if (n < MAX_FILES_PER_PACKAGE) return true;
    dropped(w);
    return false;
  });
}
function packageName(path) {
  const pkg = packageOf(path) ?? path;
  return pkg.slice(pkg.lastIndexOf("node_modules/") + "node_modules/".length);
}
function packageOf(path) {
  return /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)/.exec(path)?.[1];
}
function packageHop(from, target, fromHop) {
  if (fromHop === 0) return 1;
  return packageOf(from) === packageOf(target) ? fromHop : fromHop + 1;
}
function isBare(specifier) {
  return !specifier.startsWith(".") && !specifier.startsWith("/");
}
export {
  describeCuts,
  loadInstalledTypes
};
