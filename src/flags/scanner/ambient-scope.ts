import { Minimatch } from 'minimatch';
import { dirname, joinPath, parseJsonc } from './modules.js';

/**
 * Which of the repository's declaration files TypeScript would give a program, so the pass by type
 * reads only those for their augmentations (`declare global`, `declare module 'x'`) — on a tree read
 * from GitHub each read is a request, and a repository that commits emitted declarations
 * (`dist/**\/*.d.ts`, a `types/` copy no project includes) has hundreds no program sees.
 *
 * As tsc does: each project's `files` and `include` (default `**\/*`, none when only `files` is
 * given) minus its `exclude` (default node_modules, bower_components, jspm_packages and `outDir`),
 * inherited through relative `extends`; a project is a `tsconfig.json` or `jsconfig.json`, or a
 * `tsconfig.*.json` no other config extends (`tsconfig.app.json`; not a `tsconfig.base.json`).
 * A declaration file a source names with `/// <reference path>` counts too. Without any project
 * config the repository gives no way to tell, and every declaration file counts, as before.
 */

const CONFIG_RE = /(^|\/)[tj]sconfig(\.[^/]+)?\.json$/;
const DEFAULT_EXCLUDE = ['node_modules', 'bower_components', 'jspm_packages'];
const REFERENCE_RE = /^\s*\/\/\/\s*<reference\s+path\s*=\s*["']([^"']+)["']/gm;
/** `extends` chains are short; a cycle or a deep chain stops here. */
const MAX_EXTENDS = 8;

interface ProjectFiles {
  files: string[] | undefined;
  include: string[] | undefined;
  exclude: string[] | undefined;
}

/** The declaration files of `declarations` some project includes or a source references. */
export function ambientCandidates(
  declarations: readonly string[],
  configTexts: ReadonlyMap<string, string>,
  sources: ReadonlyMap<string, string>,
): string[] {
  const configs = new Map<string, Record<string, unknown>>();
  // A config that cannot be read says nothing of its project: all below its folder may be in it.
  const unreadable: string[] = [];
  for (const [path, text] of configTexts) {
    if (!CONFIG_RE.test(path) || path.includes('node_modules/')) continue;
    const parsed = safeParse(text);
    if (parsed) configs.set(path, parsed);
    else unreadable.push(dirname(path));
  }
  if (configs.size === 0) return [...declarations];
  const matchers: Array<(p: string) => boolean> = unreadable.map(
    (dir) => (p) => dir === '' || p.startsWith(`${dir}/`),
  );
  const extended = new Set<string>();
  for (const [path, c] of configs) for (const base of extendsOf(path, c)) extended.add(base);
  for (const path of configs.keys()) {
    const base = path.slice(path.lastIndexOf('/') + 1);
    const isProject = base === 'tsconfig.json' || base === 'jsconfig.json' || !extended.has(path);
    if (isProject) matchers.push(projectMatcher(path, configs));
  }
  const referenced = new Set<string>();
  for (const [path, text] of sources) {
    if (!text.includes('<reference')) continue;
    for (const m of text.matchAll(REFERENCE_RE)) {
      const target = joinPath(dirname(path), m[1] ?? '');
      if (target !== undefined) referenced.add(target);
    }
  }
  return declarations.filter((d) => referenced.has(d) || matchers.some((m) => m(d)));
}

/** Whether the project of the config at `path` includes a file. */
function projectMatcher(
  path: string,
  configs: ReadonlyMap<string, Record<string, unknown>>,
): (file: string) => boolean {
  const own: ProjectFiles = { files: undefined, include: undefined, exclude: undefined };
  let outDir: string | undefined;
  // Each setting comes from the nearest config in the chain that has it, relative to that config.
  let at: string | undefined = path;
  for (let depth = 0; at !== undefined && depth < MAX_EXTENDS; depth++) {
    const c = configs.get(at);
    if (!c) break;
    const dir = dirname(at);
    own.files ??= relativeList(c.files, dir);
    own.include ??= relativeList(c.include, dir);
    own.exclude ??= relativeList(c.exclude, dir);
    const out = asRecord(c.compilerOptions)?.outDir;
    if (outDir === undefined && typeof out === 'string') outDir = joinPath(dir, out);
    at = extendsOf(at, c)[0];
  }
  const dir = dirname(path);
  const files = new Set(own.files ?? []);
  const include = (own.include ?? (own.files ? [] : [joinPath(dir, '**/*') ?? '**/*'])).map(glob);
  const exclude = (
    own.exclude ?? [
      ...DEFAULT_EXCLUDE.map((d) => joinPath(dir, d) ?? d),
      ...(outDir ? [outDir] : []),
    ]
  ).map(glob);
  return (file) =>
    files.has(file) || (include.some((m) => m.match(file)) && !exclude.some((m) => m.match(file)));
}

/**
 * A tsconfig pattern as a matcher: a last segment with no wildcard and no extension is a folder,
 * and everything below it matches (as tsc reads `"include": ["src"]`).
 */
function glob(pattern: string): Minimatch {
  const last = pattern.slice(pattern.lastIndexOf('/') + 1);
  const folder = !/[*?]/.test(last) && !last.includes('.');
  const full = folder ? `${pattern}/**/*` : pattern.replace(/\/\*\*$/, '/**/*');
  return new Minimatch(full === '' ? '**/*' : full, { dot: false });
}

/** The repository configs a config extends (relative paths only: a package's base sets no include). */
function extendsOf(path: string, c: Record<string, unknown>): string[] {
  const ext = c.extends;
  const list = typeof ext === 'string' ? [ext] : Array.isArray(ext) ? ext : [];
  const out: string[] = [];
  for (const e of list) {
    if (typeof e !== 'string' || !e.startsWith('.')) continue;
    const target = joinPath(dirname(path), e.endsWith('.json') ? e : `${e}.json`);
    if (target !== undefined) out.push(target);
  }
  return out;
}

function relativeList(v: unknown, dir: string): string[] | undefined {
  if (!Array.isArray(v)) return undefined;
  return v
    .filter((x): x is string => typeof x === 'string')
    .map((x) => joinPath(dir, x.replace(/^\.\//, '')))
    .filter((x): x is string => x !== undefined);
}

function asRecord(v: unknown): Record<string, unknown> | undefined {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
    ? (v as Record<string, unknown>)
    : undefined;
}

function safeParse(text: string): Record<string, unknown> | undefined {
  try {
    return asRecord(parseJsonc(text));
  } catch {
    return undefined;
  }
}
