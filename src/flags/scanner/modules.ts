/**
 * A light module resolver over the repository's file list: relative specifiers with extension
 * and `index` resolution (`./a.js` finds `a.ts`, as NodeNext projects write it), tsconfig/jsconfig
 * `baseUrl` + `paths` (the nearest config up the tree, so each project of a monorepo uses its
 * own, `extends` followed within the repo), and workspace packages by their package.json name.
 * It only needs to be right often enough to follow flag constants; it never touches the disk.
 */

const SOURCE_EXTS = ['.ts', '.tsx', '.d.ts', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];
const JS_TO_TS: Record<string, string[]> = {
  '.js': ['.ts', '.tsx', '.d.ts'],
  '.jsx': ['.tsx'],
  '.mjs': ['.mts', '.d.mts'],
  '.cjs': ['.cts', '.d.cts'],
};
const CONFIG_NAMES = ['tsconfig.json', 'jsconfig.json'];

export function isProjectConfigPath(path: string): boolean {
  if (path.includes('node_modules/')) return false;
  const base = path.slice(path.lastIndexOf('/') + 1);
  return base === 'package.json' || /^[tj]sconfig(\..+)?\.json$/.test(base);
}

export function dirname(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}

/** Join repo-relative `dir` and a relative path; undefined when it climbs out of the repository. */
export function joinPath(dir: string, rel: string): string | undefined {
  const out = rel.startsWith('/') ? [] : dir.split('/').filter(Boolean);
  for (const seg of rel.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length === 0) return undefined;
      out.pop();
    } else out.push(seg);
  }
  return out.join('/');
}

/** JSON with comments and trailing commas, as tsconfig files are written. */
export function parseJsonc(text: string): unknown {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '"') {
      const start = i++;
      while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
      out += text.slice(start, ++i);
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 2;
    } else {
      out += c;
      i++;
    }
  }
  return JSON.parse(out.replace(/,(\s*[}\]])/g, '$1'));
}

interface PathsConfig {
  /** Directory `paths` targets are relative to (baseUrl, else the config defining `paths`). */
  pathsBase: string | null;
  paths: Record<string, string[]> | null;
  baseUrl: string | null;
}

function asRecord(v: unknown): Record<string, unknown> | undefined {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
    ? (v as Record<string, unknown>)
    : undefined;
}

export class ModuleResolver {
  private readonly configCache = new Map<string, PathsConfig | null>();
  private readonly dirConfig = new Map<string, PathsConfig | null>();
  private readonly cache = new Map<string, string | null>();
  private readonly packages: Array<{
    name: string;
    dir: string;
    manifest: Record<string, unknown>;
  }> = [];

  constructor(
    private readonly files: ReadonlySet<string>,
    private readonly configTexts: ReadonlyMap<string, string>,
  ) {
    for (const [path, text] of configTexts) {
      if (!path.endsWith('package.json')) continue;
      const manifest = asRecord(safeJson(text));
      const name = manifest?.name;
      if (manifest && typeof name === 'string')
        this.packages.push({ name, dir: dirname(path), manifest });
    }
    // Longest name first so `@acme/flags-react` wins over `@acme/flags`.
    this.packages.sort((a, b) => b.name.length - a.name.length);
  }

  resolve(from: string, spec: string): string | undefined {
    const key = `${dirname(from)}\0${spec}`;
    const hit = this.cache.get(key);
    if (hit !== undefined) return hit ?? undefined;
    const found = this.compute(from, spec);
    this.cache.set(key, found ?? null);
    return found;
  }

  private compute(from: string, spec: string): string | undefined {
    if (spec.startsWith('.') || spec.startsWith('/')) {
      const base = joinPath(dirname(from), spec);
      return base === undefined ? undefined : this.tryBase(base);
    }
    const cfg = this.configFor(dirname(from));
    if (cfg?.paths && cfg.pathsBase !== null) {
      const found = this.viaPaths(cfg.paths, cfg.pathsBase, spec);
      if (found) return found;
    }
    if (cfg?.baseUrl !== null && cfg?.baseUrl !== undefined) {
      const base = joinPath(cfg.baseUrl, spec);
      const found = base === undefined ? undefined : this.tryBase(base);
      if (found) return found;
    }
    return this.viaPackage(spec);
  }

  private viaPaths(
    paths: Record<string, string[]>,
    base: string,
    spec: string,
  ): string | undefined {
    let best: { prefix: string; star: string; targets: string[] } | undefined;
    for (const [pattern, targets] of Object.entries(paths)) {
      const star = pattern.indexOf('*');
      if (star < 0) {
        if (pattern === spec) return this.firstTarget(targets, base, '');
        continue;
      }
      const prefix = pattern.slice(0, star);
      const suffix = pattern.slice(star + 1);
      if (
        spec.startsWith(prefix) &&
        spec.endsWith(suffix) &&
        spec.length >= prefix.length + suffix.length
      ) {
        if (!best || prefix.length > best.prefix.length) {
          best = { prefix, star: spec.slice(prefix.length, spec.length - suffix.length), targets };
        }
      }
    }
    return best ? this.firstTarget(best.targets, base, best.star) : undefined;
  }

  private firstTarget(targets: string[], base: string, star: string): string | undefined {
    for (const t of targets) {
      const p = joinPath(base, t.replace('*', star));
      const found = p === undefined ? undefined : this.tryBase(p);
      if (found) return found;
    }
    return undefined;
  }

  private viaPackage(spec: string): string | undefined {
    for (const pkg of this.packages) {
      if (spec !== pkg.name && !spec.startsWith(`${pkg.name}/`)) continue;
      const sub = spec.slice(pkg.name.length + 1);
      // `exports` first, as Node and TypeScript read it: a subpath may name another file entirely
      // (`"./react": "./dist/hooks/index.js"`), built from the source it is looked up as.
      for (const target of exportTargets(pkg.manifest.exports, sub === '' ? '.' : `./${sub}`)) {
        const found = this.asSourceOf(pkg.dir, target);
        if (found) return found;
      }
      if (sub) {
        return (
          this.tryBase(joinPath(pkg.dir, sub) ?? '') ??
          this.tryBase(joinPath(pkg.dir, `src/${sub}`) ?? '')
        );
      }
      for (const field of ['source', 'types', 'typings', 'module', 'main']) {
        const value = pkg.manifest[field];
        if (typeof value !== 'string') continue;
        const found = this.asSourceOf(pkg.dir, value);
        if (found) return found;
      }
      return (
        this.tryBase(joinPath(pkg.dir, 'src/index') ?? '') ??
        this.tryBase(joinPath(pkg.dir, 'index') ?? '')
      );
    }
    return undefined;
  }

  /** A package's entry file as its source (`dist/x.d.ts` → `src/x.ts`), else as written. */
  private asSourceOf(dir: string, value: string): string | undefined {
    const direct = joinPath(dir, value);
    if (direct === undefined) return undefined;
    const asSource = direct
      .replace(/(^|\/)(dist|lib|build|out)\//, '$1src/')
      .replace(/\.d\.[mc]?ts$/, '');
    return this.tryBase(asSource) ?? this.tryBase(direct);
  }

  /** A path as written, with its extension swapped for a TS one, with an extension added, or as a directory index. */
  private tryBase(base: string): string | undefined {
    if (base === '') return undefined;
    const ext = /\.[cm]?[jt]sx?$/.exec(base)?.[0];
    if (ext) {
      for (const alt of JS_TO_TS[ext] ?? []) {
        const p = base.slice(0, -ext.length) + alt;
        if (this.files.has(p)) return p;
      }
      if (this.files.has(base)) return base;
    }
    for (const e of SOURCE_EXTS) if (this.files.has(base + e)) return base + e;
    for (const e of SOURCE_EXTS)
      if (this.files.has(`${base}/index${e}`)) return `${base}/index${e}`;
    return undefined;
  }

  /** The nearest tsconfig.json/jsconfig.json at or above `dir`. */
  private configFor(dir: string): PathsConfig | null {
    const cached = this.dirConfig.get(dir);
    if (cached !== undefined) return cached;
    let found: PathsConfig | null = null;
    for (const name of CONFIG_NAMES) {
      const path = dir ? `${dir}/${name}` : name;
      if (this.configTexts.has(path)) {
        found = this.loadConfig(path, new Set());
        break;
      }
    }
    if (!found && dir !== '') found = this.configFor(dirname(dir));
    this.dirConfig.set(dir, found);
    return found;
  }

  private loadConfig(path: string, seen: Set<string>): PathsConfig | null {
    const cached = this.configCache.get(path);
    if (cached !== undefined) return cached;
    const text = this.configTexts.get(path);
    if (text === undefined || seen.has(path)) return null;
    seen.add(path);
    const json = asRecord(safeJson(text));
    const dir = dirname(path);
    let result: PathsConfig = { pathsBase: null, paths: null, baseUrl: null };
    const ext = json?.extends;
    for (const parent of Array.isArray(ext) ? ext : [ext]) {
      if (typeof parent !== 'string' || !parent.startsWith('.')) continue;
      const p = joinPath(dir, parent);
      const base =
        p === undefined ? null : (this.loadConfig(p, seen) ?? this.loadConfig(`${p}.json`, seen));
      if (base) result = { ...base };
    }
    const opts = asRecord(json?.compilerOptions);
    if (typeof opts?.baseUrl === 'string') result.baseUrl = joinPath(dir, opts.baseUrl) ?? null;
    const paths = asRecord(opts?.paths);
    if (paths) {
      const clean: Record<string, string[]> = {};
      for (const [k, v] of Object.entries(paths)) {
        if (Array.isArray(v)) clean[k] = v.filter((x): x is string => typeof x === 'string');
      }
      result.paths = clean;
      result.pathsBase = dir;
    }
    if (result.baseUrl !== null) result.pathsBase = result.baseUrl;
    this.configCache.set(path, result);
    return result;
  }
}

/** Conditions whose target is the code or its types, in the order worth trying for a source file. */
const EXPORT_CONDITIONS = [
  'source',
  'types',
  'typings',
  'import',
  'module',
  'default',
  'require',
  'node',
];

/**
 * The files `exports` maps a subpath (`.`, `./react`) to: an exact key, else the longest `./x/*`
 * pattern, each target a string, a list, or conditions (nested) tried in EXPORT_CONDITIONS order.
 */
function exportTargets(exports: unknown, subpath: string): string[] {
  if (exports === undefined || exports === null) return [];
  const map = asRecord(exports);
  const keyed = map && Object.keys(map).some((k) => k.startsWith('.'));
  // `"exports": "./dist/index.js"` or conditions alone: the root entry.
  if (!keyed) return subpath === '.' ? targetsOf(exports, '') : [];
  let star = '';
  let target: unknown = map[subpath];
  if (target === undefined) {
    let best = '';
    for (const key of Object.keys(map)) {
      const at = key.indexOf('*');
      if (at < 0) continue;
      const prefix = key.slice(0, at);
      const suffix = key.slice(at + 1);
      if (subpath.startsWith(prefix) && subpath.endsWith(suffix) && prefix.length > best.length) {
        best = prefix;
        star = subpath.slice(prefix.length, subpath.length - suffix.length);
        target = map[key];
      }
    }
  }
  return targetsOf(target, star);
}

function targetsOf(target: unknown, star: string): string[] {
  if (typeof target === 'string') return [target.replace('*', star)];
  if (Array.isArray(target)) return target.flatMap((t) => targetsOf(t, star));
  const conditions = asRecord(target);
  if (!conditions) return [];
  const ordered = [
    ...EXPORT_CONDITIONS.filter((c) => c in conditions),
    ...Object.keys(conditions).filter((c) => !EXPORT_CONDITIONS.includes(c)),
  ];
  return ordered.flatMap((c) => targetsOf(conditions[c], star));
}

function safeJson(text: string): unknown {
  try {
    return parseJsonc(text);
  } catch {
    // A broken tsconfig only means its aliases are not followed.
    return undefined;
  }
}
