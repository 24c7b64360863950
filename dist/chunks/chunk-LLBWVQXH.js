import { createRequire as __osCreateRequire } from 'node:module'; import { fileURLToPath as __osFileURLToPath } from 'node:url'; const require = __osCreateRequire(import.meta.url); const __filename = __osFileURLToPath(import.meta.url); const __dirname = __osFileURLToPath(new URL('.', import.meta.url));
import {
  __commonJS,
  __esm,
  __export,
  __require,
  __toCommonJS
} from "./chunk-C2D6PDPM.js";

// src/flags/scanner/compiler-cache.ts
var compiler_cache_exports = {};
__export(compiler_cache_exports, {
  loadCommonJsCached: () => loadCommonJsCached
});
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import path from "node:path";
import { Script } from "node:vm";
import { threadId } from "node:worker_threads";
function loadCommonJsCached(file) {
  const bytes = readFileSync(file);
  const source = bytes.toString("utf8");
  const cacheFile = cacheFileFor(file);
  const key = createHash("sha256").update(bytes).update([process.version, process.arch, process.execArgv.join(" ")].join("\0")).digest();
  let cachedData;
  if (cacheFile) {
    try {
      const stored = readFileSync(cacheFile);
      if (stored.subarray(0, key.length).equals(key)) cachedData = stored.subarray(key.length);
    } catch {
      cachedData = void 0;
    }
  }
  const wrapper = `(function (exports, require, module, __filename, __dirname) { ${source}
});`;
  const script = new Script(wrapper, { filename: file, ...cachedData ? { cachedData } : {} });
  const module = { exports: {} };
  const run = script.runInThisContext();
  run(module.exports, createRequire(file), module, file, path.dirname(file));
  if (cacheFile && (!cachedData || script.cachedDataRejected === true)) {
    process.once("exit", () => writeCache(script, key, cacheFile));
  }
  return module.exports;
}
function cacheFileFor(file) {
  const configured = process.env.OPS_STEWARD_CACHE_DIR;
  if (configured === "off") return void 0;
  const xdg = process.env.XDG_CACHE_HOME;
  const base = xdg && path.isAbsolute(xdg) ? xdg : path.join(homeDir() ?? "", ".cache");
  if (!configured && !path.isAbsolute(base)) return void 0;
  const dir = configured || path.join(base, "ops-steward");
  return path.join(dir, `${path.basename(file)}-${process.version}-${process.arch}.v8cache`);
}
function homeDir() {
  try {
    return homedir();
  } catch {
    return void 0;
  }
}
function writeCache(script, key, cacheFile) {
  const temp = `${cacheFile}.${process.pid}.${threadId}.tmp`;
  try {
    mkdirSync(path.dirname(cacheFile), { recursive: true });
    writeFileSync(temp, Buffer.concat([key, script.createCachedData()]));
    renameSync(temp, cacheFile);
  } catch {
    try {
      rmSync(temp, { force: true });
    } catch {
    }
  }
}
var init_compiler_cache = __esm({
  "src/flags/scanner/compiler-cache.ts"() {
    "use strict";
  }
});

// cached-compiler:typescript
var require_typescript = __commonJS({
  "cached-compiler:typescript"(exports, module) {
    var { loadCommonJsCached: loadCommonJsCached2 } = (init_compiler_cache(), __toCommonJS(compiler_cache_exports));
    var { existsSync } = __require("node:fs");
    var { join } = __require("node:path");
    var file = [join(__dirname, "typescript.cjs"), join(__dirname, "chunks", "typescript.cjs")].find((f) => existsSync(f));
    var ts;
    try {
      ts = loadCommonJsCached2(file);
    } catch {
      ts = __require(file);
    }
    module.exports = ts;
  }
});

export {
  require_typescript
};
