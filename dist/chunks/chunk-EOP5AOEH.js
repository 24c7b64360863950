import { createRequire as __osCreateRequire } from 'node:module'; import { fileURLToPath as __osFileURLToPath } from 'node:url'; const require = __osCreateRequire(import.meta.url); const __filename = __osFileURLToPath(import.meta.url); const __dirname = __osFileURLToPath(new URL('.', import.meta.url));
import {
  checkerKey
} from "./chunk-BT4ESLHN.js";
import {
  require_ts_morph
} from "./chunk-F4KBAFWO.js";
import {
  __toESM
} from "./chunk-S2JO3YRI.js";

// src/flags/scanner/checker.ts
var import_ts_morph = __toESM(require_ts_morph(), 1);
var MAX_FILES = 400;
function extension(path) {
  if (path.endsWith(".d.ts")) return import_ts_morph.ts.Extension.Dts;
  if (path.endsWith(".tsx")) return import_ts_morph.ts.Extension.Tsx;
  if (path.endsWith(".mts")) return import_ts_morph.ts.Extension.Mts;
  if (path.endsWith(".cts")) return import_ts_morph.ts.Extension.Cts;
  if (path.endsWith(".jsx")) return import_ts_morph.ts.Extension.Jsx;
  if (path.endsWith(".mjs")) return import_ts_morph.ts.Extension.Mjs;
  if (path.endsWith(".cjs")) return import_ts_morph.ts.Extension.Cjs;
  if (path.endsWith(".js")) return import_ts_morph.ts.Extension.Js;
  return import_ts_morph.ts.Extension.Ts;
}
function findTypeNode(sf, start, end) {
  let found;
  const visit = (n) => {
    if (found || n.end < end || n.pos > start) return;
    if ((import_ts_morph.ts.isTypeNode(n) || import_ts_morph.ts.isIdentifier(n)) && n.getStart(sf) === start && n.end === end) {
      found = n;
      return;
    }
    import_ts_morph.ts.forEachChild(n, visit);
  };
  visit(sf);
  return found;
}
function stringLiterals(type) {
  const members = type.isUnion() ? type.types : [type];
  const out = [];
  for (const t of members) {
    if (t.isStringLiteral()) out.push(t.value);
    else if (t.flags & (import_ts_morph.ts.TypeFlags.Undefined | import_ts_morph.ts.TypeFlags.Null | import_ts_morph.ts.TypeFlags.Never)) continue;
    else return null;
  }
  return out.length > 0 ? out : null;
}
var COMPILER_OPTIONS = {
  strict: true,
  target: import_ts_morph.ts.ScriptTarget.ES2022,
  module: import_ts_morph.ts.ModuleKind.ESNext,
  moduleResolution: import_ts_morph.ts.ModuleResolutionKind.Bundler,
  allowJs: true,
  jsx: import_ts_morph.ts.JsxEmit.Preserve,
  noEmit: true,
  skipLibCheck: true,
  lib: ["lib.es5.d.ts"],
  types: []
};
var es5Lib;
function libFile() {
  if (es5Lib) return es5Lib;
  const project = new import_ts_morph.Project({ useInMemoryFileSystem: true, compilerOptions: COMPILER_OPTIONS });
  project.createSourceFile("/lib-probe.ts", "");
  const lib = project.getProgram().compilerObject.getSourceFiles().find((f) => f.fileName.endsWith("/lib.es5.d.ts"));
  if (!lib) throw new Error("ts-morph ships no lib.es5.d.ts");
  es5Lib = lib;
  return lib;
}
function inMemoryProgram(files, textOf, resolver) {
  const lib = libFile();
  const repoPath = (name) => {
    const rel = name.replace(/^\//, "");
    return files.has(rel) ? rel : void 0;
  };
  const read = (name) => {
    if (name === lib.fileName) return lib.text;
    const rel = repoPath(name);
    return rel === void 0 ? void 0 : textOf(rel);
  };
  const host = {
    getSourceFile: (name, languageVersion) => {
      if (name === lib.fileName) return lib;
      const text = read(name);
      return text === void 0 ? void 0 : import_ts_morph.ts.createSourceFile(name, text, languageVersion, true);
    },
    getDefaultLibFileName: () => lib.fileName,
    writeFile: () => void 0,
    getCurrentDirectory: () => "/",
    getCanonicalFileName: (name) => name,
    useCaseSensitiveFileNames: () => true,
    getNewLine: () => "\n",
    fileExists: (name) => read(name) !== void 0,
    readFile: read,
    resolveModuleNames: (moduleNames, containingFile) => moduleNames.map((name) => {
      const target = resolver.resolve(containingFile.replace(/^\//, ""), name);
      return target && files.has(target) ? {
        resolvedFileName: `/${target}`,
        extension: extension(target),
        isExternalLibraryImport: false
      } : void 0;
    })
  };
  return import_ts_morph.ts.createProgram(
    [...files].map((f) => `/${f}`),
    COMPILER_OPTIONS,
    host
  );
}
function answerWithChecker(needs, textOf, summaryOf, resolver) {
  const answers = /* @__PURE__ */ new Map();
  const files = /* @__PURE__ */ new Set();
  const queue = [...new Set(needs.map((n) => n.file))];
  while (queue.length > 0 && files.size < MAX_FILES) {
    const f = queue.shift();
    if (files.has(f) || textOf(f) === void 0) continue;
    files.add(f);
    const s = summaryOf(f);
    const specs = s ? [...Object.values(s.imports).map((i) => i.from), ...s.reexports.map((r) => r.from)] : [];
    for (const spec of specs) {
      const target = resolver.resolve(f, spec);
      if (target && !files.has(target)) queue.push(target);
    }
  }
  const program = inMemoryProgram(files, textOf, resolver);
  const checker = program.getTypeChecker();
  for (const need of needs) {
    const key = checkerKey(need);
    if (answers.has(key)) continue;
    const sf = program.getSourceFile(`/${need.file}`);
    const node = sf ? findTypeNode(sf, need.start, need.end) : void 0;
    const type = !node ? void 0 : import_ts_morph.ts.isIdentifier(node) ? checker.getTypeAtLocation(node) : checker.getTypeFromTypeNode(node);
    answers.set(key, type ? stringLiterals(type) : null);
  }
  return answers;
}

export {
  inMemoryProgram,
  answerWithChecker
};
