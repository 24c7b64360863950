import { posix } from 'node:path';
import { ts } from 'ts-morph';
import type { InstalledFiles } from '../../repo/types.js';

/**
 * Declaration files of installed packages for the pass by type (typed.ts): a web framework's
 * request type (`Request` from 'express', `FastifyRequest`, Koa's context) is where an
 * application hangs its flags (`declare module 'express-serve-static-core' { interface Request
 * { flags: FlagSet } }`), so without it `req.flags['x']` has no type and the read is lost.
 *
 * Only what the typed files reach is read, never all of node_modules: the packages they import
 * (and the modules they augment), then what those declaration files import (and the files beside
 * them they list with `/// <reference path>`), each resolved as TypeScript resolves it
 * (`types`/`typings`, `typesVersions`, `exports` conditions, `@types/…`, nearest `node_modules`
 * first), within MAX_FILES and MAX_CHARS, nearest first. Global environments named by `/// <reference
 * types="node" />` are not followed: Node's own types are 2.5 MB, carry no application type, and
 * made a small Express app's scan five times slower (0.4 → 2.0 s); a type that extends one of
 * theirs (`Request extends http.IncomingMessage`) keeps its own and the application's members. A
 * package that is not installed (a clone before `npm ci`) simply stays untyped, as it was before.
 *
 * TypeScript's resolver asks its host synchronously, and the repository is read asynchronously:
 * each round runs every pending resolution against what has been read, collects the paths it
 * probed and did not know, reads them, and runs again until no resolution asks for anything new.
 */

/** Bounds on what is loaded; past them, packages stay untyped (measured: see README, Speed). */
const MAX_FILES = 400;
const MAX_CHARS = 6 * 1024 * 1024;
/**
 * Files of one package. The packages where flags get typed are small (Express's core: 1 file,
 * Fastify's: 20, Hono's: ~50, Vue's runtime: 5); a component library is hundreds (MUI: 540,
 * 0.9 s of CPU for a read that needed none of them), and what an application reads of it is no flag.
 */
const MAX_FILES_PER_PACKAGE = 64;
/**
 * Packages away from the repository's own imports: the packages it imports or augments, and the
 * ones their declarations import (`express` → `express-serve-static-core`, where `Request` lives);
 * not the dependencies of those (a logger's, a JSON schema library's), which only cost time. A
 * package that passes another one on (`export * from '@vue/runtime-dom'`, as `vue` does) costs no
 * hop: what it re-exports is its own API.
 */
const MAX_PACKAGE_HOPS = 2;
/**
 * A declaration file this large a hop beyond the imported packages is a vocabulary — csstype's
 * CSS properties under @types/react (0.9 MB, 0.3 s of a small app's scan) — not where an
 * application's types are merged; it stays untyped.
 */
const MAX_FAR_FILE_CHARS = 256 * 1024;
/** Rounds of one breadth-first level's resolutions; a package's lookup settles in a few. */
const MAX_ROUNDS = 12;

const OPTIONS: ts.CompilerOptions = {
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  module: ts.ModuleKind.ESNext,
  target: ts.ScriptTarget.ES2022,
  allowJs: false,
};

export interface InstalledTypes {
  /** Declaration file path (repository-relative, under node_modules) → text. */
  readonly texts: ReadonlyMap<string, string>;
  /**
   * Packages a bound kept (partly) unread, each once: the repository file whose imports led there
   * (the first one), the package, and which bound — for the scan to say, never a silent cut.
   */
  readonly cuts: readonly InstalledCut[];
  /** The installed declaration file `specifier` resolves to from `from`, if any. */
  module(from: string, specifier: string): string | undefined;
}

export interface InstalledCut {
  /** The repository file whose imports reach the package. */
  origin: string;
  /** `@types/react`, `@acme/ui`. */
  package: string;
  /** The bound that kept it (partly) unread. */
  bound: Bound;
}

type Bound = 'hops' | 'far' | 'total' | 'package';

/** Each bound as said to the user, with its figure. */
const BOUND_TEXT: Record<Bound, string> = {
  hops: `more than ${MAX_PACKAGE_HOPS} package hops from this file's imports`,
  far: `a declaration file over ${MAX_FAR_FILE_CHARS / 1024} KB beyond the imported packages`,
  total: `past its bound of ${MAX_FILES} installed declaration files and ${MAX_CHARS / 1024 / 1024} MB`,
  package: `more than ${MAX_FILES_PER_PACKAGE} declaration files in one package`,
};
/** Package names listed per bound; the rest are counted. */
const NAMES_SAID = 5;

/**
 * One reason per repository file whose imports led to packages a bound cut, naming them by bound
 * (`yaml: more than 64 declaration files in one package`): a handful of lines, not one per package.
 */
export function describeCuts(
  cuts: readonly InstalledCut[],
): Array<{ file: string; reason: string }> {
  const byOrigin = new Map<string, Map<Bound, string[]>>();
  for (const c of cuts) {
    const bounds = byOrigin.get(c.origin) ?? new Map<Bound, string[]>();
    bounds.set(c.bound, [...(bounds.get(c.bound) ?? []), c.package]);
    byOrigin.set(c.origin, bounds);
  }
  return [...byOrigin].map(([file, bounds]) => {
    const parts = [...bounds].map(([bound, names]) => {
      const sorted = [...names].sort();
      const more = sorted.length - NAMES_SAID;
      const said = sorted.slice(0, NAMES_SAID).join(', ') + (more > 0 ? ` and ${more} more` : '');
      return `${said} (${BOUND_TEXT[bound]})`;
    });
    return {
      file,
      reason: `the pass by type left part of the installed types this file imports unread: ${parts.join('; ')}; flag reads typed through them may be missed`,
    };
  });
}

/**
 * `reexport`: the importing file passes the module on (`export * from 'x'`), at its own hop.
 * `origin`: the repository file whose imports led here.
 */
type Want = {
  from: string;
  name: string;
  kind: 'module' | 'path';
  reexport?: boolean;
  origin: string;
};

const REEXPORT_RE =
  /\bexport\s+(?:type\s+)?(?:\*(?:\s+as\s+[\w$]+)?|\{[^}]*\})\s*from\s*['"]([^'"]+)['"]/g;

const inNodeModules = (path: string): boolean => /(^|\/)node_modules\//.test(path);
const isDeclaration = (path: string): boolean => /\.d\.[mc]?ts$/.test(path);
const wantKey = (w: Pick<Want, 'kind' | 'from' | 'name'>): string =>
  `${w.kind}\0${w.from}\0${w.name}`;

/**
 * Loads the installed declaration files reachable from `roots` (the typed files: path → text).
 * `resolvedInRepo(from, specifier)` says which imports the scanner already resolves to a file of
 * the repository (relative paths, tsconfig aliases, workspace packages): those are not looked up.
 */
export async function loadInstalledTypes(
  roots: ReadonlyMap<string, string>,
  reader: InstalledFiles,
  resolvedInRepo: (from: string, specifier: string) => boolean,
): Promise<InstalledTypes> {
  // What has been read: folder entries (a folder's name ends in `/`) and file texts; null: none.
  const folders = new Map<string, ReadonlySet<string> | null>();
  const read = new Map<string, string | null>();
  const askFolders = new Set<string>();
  const askFiles = new Set<string>();
  let asked = 0;
  const entries = (dir: string): ReadonlySet<string> | null => {
    const known = folders.get(dir);
    if (known === undefined) {
      askFolders.add(dir);
      asked++;
    }
    return known ?? null;
  };
  // Existence is answered from folder listings, so a lookup's many misses cost no read each.
  const listed = (rel: string, suffix: string): boolean => {
    const slash = rel.lastIndexOf('/');
    return entries(rel.slice(0, Math.max(slash, 0)))?.has(rel.slice(slash + 1) + suffix) ?? false;
  };
  const fileExists = (rel: string): boolean => inNodeModules(rel) && listed(rel, '');
  const folderExists = (rel: string): boolean =>
    /(^|\/)node_modules$/.test(rel)
      ? entries(rel) !== null
      : inNodeModules(rel) && listed(rel, '/');
  const readFile = (rel: string): string | undefined => {
    if (!fileExists(rel)) return undefined;
    const text = read.get(rel);
    if (text === undefined) {
      askFiles.add(rel);
      asked++;
    }
    return text ?? undefined;
  };
  const rel = (abs: string): string => abs.replace(/^\//, '');
  // Real paths of resolved files, asked like everything else: TypeScript looks a file's own
  // imports up from where it really is (`node_modules/.pnpm/…`), as Node does.
  const reals = new Map<string, string>();
  const askReals = new Set<string>();
  const realpath = (abs: string): string => {
    const known = reals.get(rel(abs));
    if (known !== undefined) return `/${known}`;
    if (inNodeModules(rel(abs))) {
      askReals.add(rel(abs));
      asked++;
    }
    return abs;
  };
  const host: ts.ModuleResolutionHost = {
    realpath,
    fileExists: (abs) => fileExists(rel(abs)),
    directoryExists: (abs) => folderExists(rel(abs)),
    readFile: (abs) => readFile(rel(abs)),
    getCurrentDirectory: () => '/',
  };
  const resolveOne = (w: Want): string | undefined => {
    const file = `/${w.from}`;
    if (w.kind === 'path') {
      const rel = posix.join(posix.dirname(w.from), w.name);
      return isDeclaration(rel) && fileExists(rel) ? rel : undefined;
    }
    const resolved = ts.resolveModuleName(w.name, file, OPTIONS, host).resolvedModule
      ?.resolvedFileName;
    const target = resolved === undefined ? undefined : rel(resolved);
    return target !== undefined && inNodeModules(target) && isDeclaration(target)
      ? target
      : undefined;
  };

  const texts = new Map<string, string>();
  const origins = new Map<string, string>();
  const cuts = new Map<string, InstalledCut>();
  const cut = (origin: string, path: string, bound: Bound): void => {
    const pkg = packageName(path);
    if (!cuts.has(pkg)) cuts.set(pkg, { origin, package: pkg, bound });
  };
  const hops = new Map<string, number>();
  const perPackage = new Map<string, number>();
  const resolutions = new Map<string, string>();
  let chars = 0;
  const seen = new Set<string>();
  let level: Want[] = [];
  const want = (w: Want): void => {
    const key = wantKey(w);
    if (!seen.has(key)) {
      seen.add(key);
      level.push(w);
    }
  };
  for (const [from, text] of roots) {
    const pre = ts.preProcessFile(text, true, true);
    for (const f of pre.importedFiles)
      if (isBare(f.fileName) && !resolvedInRepo(from, f.fileName))
        want({ from, name: f.fileName, kind: 'module', origin: from });
  }

  while (level.length > 0) {
    const current = withinPackageBudget(level, perPackage, (w) => cut(w.origin, w.from, 'package'));
    level = [];
    const targets = new Map<string, string>();
    // A resolution that asked for nothing unread is final; only the others run again. (No
    // resolution cache shared between them: one's answer "no package.json yet" would end another.)
    let open = current;
    for (let round = 0; round < MAX_ROUNDS && open.length > 0; round++) {
      askFolders.clear();
      askFiles.clear();
      askReals.clear();
      const again: Want[] = [];
      for (const w of open) {
        const before = asked;
        const target = resolveOne(w);
        if (target !== undefined) {
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
          folders.set(d, names === undefined ? null : new Set(names));
        }),
        ...[...askFiles].map(async (f) => {
          read.set(f, (await reader.read(f)) ?? null);
        }),
        ...[...askReals].map(async (f) => {
          reals.set(f, (await reader.realpath(f)) ?? f);
        }),
      ]);
    }
    for (const w of current) {
      const target = targets.get(wantKey(w));
      if (target === undefined) continue;
      if (!texts.has(target)) {
        const text = read.get(target);
        if (typeof text !== 'string') continue;
        const fromHop = hops.get(w.from) ?? 0;
        const hop = w.reexport && fromHop > 0 ? fromHop : packageHop(w.from, target, fromHop);
        // Past the bounds a package stays untyped: the pass only loses a refinement there, and says so.
        if (hop > MAX_PACKAGE_HOPS) {
          cut(w.origin, target, 'hops');
          continue;
        }
        if (hop > 1 && text.length > MAX_FAR_FILE_CHARS) {
          cut(w.origin, target, 'far');
          continue;
        }
        if (texts.size >= MAX_FILES || chars + text.length > MAX_CHARS) {
          cut(w.origin, target, 'total');
          continue;
        }
        const pkg = packageOf(target) ?? target;
        const inPackage = perPackage.get(pkg) ?? 0;
        if (inPackage >= MAX_FILES_PER_PACKAGE) {
          cut(w.origin, target, 'package');
          continue;
        }
        perPackage.set(pkg, inPackage + 1);
        texts.set(target, text);
        origins.set(target, w.origin);
        hops.set(target, hop);
        chars += text.length;
        const pre = ts.preProcessFile(text, true, true);
        const passedOn = new Set([...text.matchAll(REEXPORT_RE)].map((m) => m[1]));
        for (const f of pre.importedFiles)
          want({
            from: target,
            name: f.fileName,
            kind: 'module',
            reexport: passedOn.has(f.fileName),
            origin: w.origin,
          });
        // `/// <reference path="globals.d.ts" />` (how @types/node lists its modules): a file beside it.
        for (const r of pre.referencedFiles)
          want({ from: target, name: r.fileName, kind: 'path', origin: w.origin });
      }
      // Only what is loaded resolves: anything else stays `any` in the Program.
      resolutions.set(wantKey(w), target);
    }
  }

  return {
    texts,
    cuts: [...cuts.values()],
    module: (from, specifier) =>
      resolutions.get(wantKey({ from, name: specifier, kind: 'module' })),
  };
}

/**
 * `wants` without the files beside a package's own that would pass its MAX_FILES_PER_PACKAGE:
 * they are never resolved nor read (a component library's index names hundreds).
 */
function withinPackageBudget(
  wants: readonly Want[],
  perPackage: ReadonlyMap<string, number>,
  dropped: (w: Want) => void,
): Want[] {
  const budget = new Map(perPackage);
  return wants.filter((w) => {
    const pkg = inNodeModules(w.from) && !isBare(w.name) ? packageOf(w.from) : undefined;
    if (pkg === undefined) return true;
    const n = budget.get(pkg) ?? 0;
    budget.set(pkg, n + 1);
    if (n < MAX_FILES_PER_PACKAGE) return true;
    dropped(w);
    return false;
  });
}

/** A package's name from a path under node_modules: `@types/react`, `hono`. */
function packageName(path: string): string {
  const pkg = packageOf(path) ?? path;
  return pkg.slice(pkg.lastIndexOf('node_modules/') + 'node_modules/'.length);
}

/** The package a path under node_modules belongs to: `…/node_modules/@scope/name`. */
function packageOf(path: string): string | undefined {
  return /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)/.exec(path)?.[1];
}

/** The hop of `target`, imported from `from` (hop `fromHop`; 0 for a file of the repository). */
function packageHop(from: string, target: string, fromHop: number): number {
  if (fromHop === 0) return 1;
  return packageOf(from) === packageOf(target) ? fromHop : fromHop + 1;
}

/** `react`, `@scope/pkg/sub`: looked up in node_modules; `./x`, `/abs` are paths. */
function isBare(specifier: string): boolean {
  return !specifier.startsWith('.') && !specifier.startsWith('/');
}
