import { Project, ts } from 'ts-morph';
import { COMPONENT_RE } from './components.js';
import type { InstalledTypes } from './installed-types.js';
import type { FileSummary } from './ir.js';
import type { ModuleResolver } from './modules.js';
import { checkerKey, type CheckerNeed } from './resolve.js';

/**
 * The type-checker fallback, for the few parameters/variables whose declared type the syntactic
 * resolver cannot reduce (`Exclude<Flag, 'old'>`, mapped or conditional types, props destructured
 * from an interface). It builds one
 * in-memory Program holding only the files that need it plus what they import (resolved with
 * the scanner's own module resolver), never the whole repository.
 */

const MAX_FILES = 400;

function extension(path: string): ts.Extension {
  if (path.endsWith('.d.ts')) return ts.Extension.Dts;
  if (path.endsWith('.tsx')) return ts.Extension.Tsx;
  if (path.endsWith('.mts')) return ts.Extension.Mts;
  if (path.endsWith('.cts')) return ts.Extension.Cts;
  if (path.endsWith('.jsx')) return ts.Extension.Jsx;
  if (path.endsWith('.mjs')) return ts.Extension.Mjs;
  if (path.endsWith('.cjs')) return ts.Extension.Cjs;
  if (path.endsWith('.js')) return ts.Extension.Js;
  return ts.Extension.Ts;
}

/** The type node spanning exactly start–end, or an identifier there (a binding or property name). */
function findTypeNode(
  sf: ts.SourceFile,
  start: number,
  end: number,
): ts.TypeNode | ts.Identifier | undefined {
  let found: ts.TypeNode | ts.Identifier | undefined;
  const visit = (n: ts.Node): void => {
    if (found || n.end < end || n.pos > start) return;
    if ((ts.isTypeNode(n) || ts.isIdentifier(n)) && n.getStart(sf) === start && n.end === end) {
      found = n;
      return;
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return found;
}

function stringLiterals(type: ts.Type): string[] | null {
  const members = type.isUnion() ? type.types : [type];
  const out: string[] = [];
  for (const t of members) {
    if (t.isStringLiteral()) out.push(t.value);
    else if (t.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null | ts.TypeFlags.Never)) continue;
    else return null;
  }
  return out.length > 0 ? out : null;
}

const COMPILER_OPTIONS: ts.CompilerOptions = {
  strict: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  allowJs: true,
  jsx: ts.JsxEmit.Preserve,
  noEmit: true,
  skipLibCheck: true,
  lib: ['lib.es5.d.ts'],
  types: [],
};

/**
 * What installed declaration files need of the standard library beyond ES5: type-level tests
 * against `Map`, `Set`, `Promise`, `Symbol`, `Iterable` (Vue's `UnwrapRef`, which Pinia's stores
 * go through) turn into `any` without them. Only with installed types: the repository's own
 * questions need ES5 alone.
 */
const INSTALLED_LIBS = [
  'lib.es5.d.ts',
  'lib.es2015.collection.d.ts',
  'lib.es2015.iterable.d.ts',
  'lib.es2015.promise.d.ts',
  'lib.es2015.symbol.d.ts',
  'lib.es2015.symbol.wellknown.d.ts',
];
const WITH_INSTALLED: ts.CompilerOptions = { ...COMPILER_OPTIONS, lib: INSTALLED_LIBS };

const libs = new Map<ts.CompilerOptions, Map<string, ts.SourceFile>>();

/**
 * The lib files of `options`, parsed once per process. ts-morph ships them in its in-memory file
 * system; a throwaway Project is the public way to reach them. A lib file's parse and bind depend
 * on no program, so every Program may share it (the language service does the same).
 */
function libFiles(options: ts.CompilerOptions): Map<string, ts.SourceFile> {
  const known = libs.get(options);
  if (known) return known;
  const project = new Project({ useInMemoryFileSystem: true, compilerOptions: options });
  project.createSourceFile('/lib-probe.ts', '');
  const found = new Map<string, ts.SourceFile>();
  for (const f of project.getProgram().compilerObject.getSourceFiles())
    if (/\/lib\.[\w.]+\.d\.ts$/.test(f.fileName)) found.set(f.fileName, f);
  libs.set(options, found);
  return found;
}

function es5Lib(all: ReadonlyMap<string, ts.SourceFile>): ts.SourceFile {
  for (const [name, f] of all) if (name.endsWith('/lib.es5.d.ts')) return f;
  throw new Error('ts-morph ships no lib.es5.d.ts');
}

/**
 * A repository file's name in the Program: a single-file component's script (components.ts) is
 * TypeScript under the component's name plus `.ts`, an extension the compiler accepts.
 */
export function programPath(file: string): string {
  return COMPONENT_RE.test(file) ? `/${file}.ts` : `/${file}`;
}

/** The repository file of a Program name (the inverse of programPath). */
function repoFile(name: string): string {
  const rel = name.replace(/^\//, '');
  return rel.endsWith('.ts') && COMPONENT_RE.test(rel.slice(0, -3)) ? rel.slice(0, -3) : rel;
}

export function inMemoryProgram(
  files: ReadonlySet<string>,
  textOf: (path: string) => string | undefined,
  resolver: Pick<ModuleResolver, 'resolve'>,
  installed?: InstalledTypes,
): ts.Program {
  const options = installed && installed.texts.size > 0 ? WITH_INSTALLED : COMPILER_OPTIONS;
  const libMap = libFiles(options);
  const lib = es5Lib(libMap);
  const read = (name: string): string | undefined => {
    const libText = libMap.get(name)?.text;
    if (libText !== undefined) return libText;
    const rel = repoFile(name);
    return files.has(rel) ? textOf(rel) : installed?.texts.get(rel);
  };
  const external = (target: string | undefined): ts.ResolvedModuleFull | undefined =>
    target === undefined
      ? undefined
      : {
          resolvedFileName: `/${target}`,
          extension: extension(target),
          isExternalLibraryImport: true,
        };
  const host: ts.CompilerHost = {
    getSourceFile: (name, languageVersion) => {
      const libFile = libMap.get(name);
      if (libFile) return libFile;
      const text = read(name);
      return text === undefined
        ? undefined
        : ts.createSourceFile(name, text, languageVersion, true);
    },
    getDefaultLibFileName: () => lib.fileName,
    writeFile: () => undefined,
    getCurrentDirectory: () => '/',
    getCanonicalFileName: (name) => name,
    useCaseSensitiveFileNames: () => true,
    getNewLine: () => '\n',
    fileExists: (name) => read(name) !== undefined,
    readFile: read,
    resolveModuleNames: (moduleNames, containingFile) =>
      moduleNames.map((name) => {
        const from = repoFile(containingFile);
        const target = resolver.resolve(from, name);
        return target && files.has(target)
          ? {
              resolvedFileName: programPath(target),
              extension: extension(target),
              isExternalLibraryImport: false,
            }
          : external(installed?.module(from, name));
      }),
  };
  return ts.createProgram([...files].map(programPath), options, host);
}

export function answerWithChecker(
  needs: readonly CheckerNeed[],
  textOf: (path: string) => string | undefined,
  summaryOf: (path: string) => FileSummary | undefined,
  resolver: ModuleResolver,
): Map<string, string[] | null> {
  const answers = new Map<string, string[] | null>();
  // The files that need the checker and, transitively, what they import.
  const files = new Set<string>();
  const queue = [...new Set(needs.map((n) => n.file))];
  while (queue.length > 0 && files.size < MAX_FILES) {
    const f = queue.shift() as string;
    if (files.has(f) || textOf(f) === undefined) continue;
    files.add(f);
    const s = summaryOf(f);
    const specs = s
      ? [...Object.values(s.imports).map((i) => i.from), ...s.reexports.map((r) => r.from)]
      : [];
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
    const sf = program.getSourceFile(programPath(need.file));
    const node = sf ? findTypeNode(sf, need.start, need.end) : undefined;
    const type = !node
      ? undefined
      : ts.isIdentifier(node)
        ? checker.getTypeAtLocation(node)
        : checker.getTypeFromTypeNode(node);
    answers.set(key, type ? stringLiterals(type) : null);
  }
  return answers;
}
