import type { ReferenceVia } from '../types.js';
import type { Expr, FileSummary } from './ir.js';
import { assertNever } from '../../core/never.js';

/**
 * Evaluates an `Expr` to the strings it can be, across files. Resolution order follows the
 * syntax: literals, templates and `+`, local consts (already inlined by the parse), top-level and
 * imported consts, enum members, object properties, declared types (literal unions, `keyof
 * typeof`, aliases imported from elsewhere). Anything a type checker is needed for comes back
 * as a `checker` need; `answers` feeds the checker's results back in on a second pass.
 */

/** One possible value: known string parts and unknown (null) parts. */
export interface Piece {
  parts: Array<string | null>;
  via: ReferenceVia;
  /** One element of an iteration (`for (const f of FLAGS)`, `Object.keys(FLAGS).map(…)`). */
  iter?: true;
}

export interface CheckerNeed {
  file: string;
  start: number;
  end: number;
}

export type Val =
  | { t: 'strs'; items: Piece[] }
  | { t: 'obj'; file: string; props: Record<string, Expr>; via: 'object' | 'enum' }
  | { t: 'arr'; file: string; items: Expr[] }
  | { t: 'ns'; file: string }
  | { t: 'unknown'; checker?: CheckerNeed };

export type ExportTarget = { file: string; local: string } | { ns: string };

export interface ModuleIndex {
  /** The file's summary; undefined (and remembered as needed) when it has not been parsed yet. */
  summary(path: string): FileSummary | undefined;
  resolveModule(from: string, spec: string): string | undefined;
  /**
   * Files that may declare `name` as a global: registries declared in code under that name. One
   * counts when it is a script (no import or export: `declare const enum GlobalFlag {…}` in a
   * `.d.ts`), which code names without an import.
   */
  globalCandidates?(name: string): readonly string[];
}

const UNKNOWN: Val = { t: 'unknown' };
const MAX_DEPTH = 48;
const MAX_PIECES = 64;

export const checkerKey = (n: CheckerNeed): string => `${n.file}:${n.start}:${n.end}`;

function strs(items: Piece[]): Val {
  return { t: 'strs', items };
}

function iterated(v: Val): Val {
  return v.t === 'strs' ? strs(v.items.map((p) => ({ ...p, iter: true }))) : v;
}

function relabel(v: Val, via: ReferenceVia, exactOnly: boolean): Val {
  if (v.t !== 'strs') return v;
  return strs(
    v.items.map((p) =>
      exactOnly && (p.via === 'union' || p.parts.includes(null)) ? p : { ...p, via },
    ),
  );
}

export class Evaluator {
  private readonly active = new Set<string>();

  constructor(
    private readonly index: ModuleIndex,
    private readonly answers: ReadonlyMap<string, readonly string[] | null> = new Map(),
  ) {}

  eval(file: string, e: Expr, depth = 0): Val {
    if (depth > MAX_DEPTH) return UNKNOWN;
    const d = depth + 1;
    switch (e.k) {
      case 'str':
        return strs([{ parts: [e.v], via: 'literal' }]);
      case 'cat': {
        if (e.parts.length === 1 && e.parts[0]) return this.eval(file, e.parts[0], d);
        let acc: Array<Array<string | null>> = [[]];
        for (const part of e.parts) {
          const v = this.eval(file, part, d);
          const options: Array<Array<string | null>> =
            v.t === 'strs' ? v.items.map((p) => p.parts) : [[null]];
          if (acc.length * options.length > MAX_PIECES) acc = acc.map((a) => [...a, null]);
          else acc = acc.flatMap((a) => options.map((o) => [...a, ...o]));
        }
        const via: ReferenceVia = e.tpl ? 'template' : 'concat';
        return strs(acc.map((parts) => ({ parts, via })));
      }
      case 'alt': {
        const items: Piece[] = [];
        let firstUnknown: Val | undefined;
        for (const it of e.items) {
          const v = this.eval(file, it, d);
          if (v.t === 'strs') items.push(...v.items);
          else {
            firstUnknown ??= v;
            items.push({ parts: [null], via: 'literal' });
          }
        }
        if (firstUnknown && items.every((p) => p.parts.length === 1 && p.parts[0] === null))
          return firstUnknown;
        return strs(items);
      }
      case 'ref':
        return this.ref(file, e.name, e.type === true, d);
      case 'const':
        return relabel(this.eval(file, e.e, d), 'constant', true);
      case 'prop':
        return this.prop(file, e.obj, e.key, d);
      case 'obj':
        return { t: 'obj', file, props: e.props, via: e.isEnum ? 'enum' : 'object' };
      case 'arr':
        return { t: 'arr', file, items: e.items };
      case 'typed':
        return relabel(this.eval(file, e.type, d), 'union', false);
      case 'param': {
        const typed = e.type ? relabel(this.eval(file, e.type, d), 'union', false) : UNKNOWN;
        // With no caller to say otherwise, a parameter is its default (`(k = 'default-flag')`).
        // A declared union already holds the default, and says more.
        return typed.t === 'unknown' && e.def ? this.eval(file, e.def, d) : typed;
      }
      case 'keys': {
        const of = this.eval(file, e.of, d);
        if (of.t !== 'obj') return UNKNOWN;
        return strs(Object.keys(of.props).map((k) => ({ parts: [k], via: 'literal' })));
      }
      case 'values': {
        const of = this.eval(file, e.of, d);
        if (of.t === 'obj') return this.union(of.file, Object.values(of.props), d);
        if (of.t === 'arr') return this.union(of.file, of.items, d);
        return of.t === 'strs' ? of : UNKNOWN;
      }
      case 'items': {
        const of = this.eval(file, e.of, d);
        return of.t === 'arr' ? this.union(of.file, of.items, d) : UNKNOWN;
      }
      case 'each':
        return iterated(this.each(file, e.of, d));
      case 'checker': {
        const need = { file, start: e.start, end: e.end };
        const answer = this.answers.get(checkerKey(need));
        if (answer === undefined) return { t: 'unknown', checker: need };
        if (answer === null || answer.length === 0) return UNKNOWN;
        return strs(answer.map((v) => ({ parts: [v], via: 'union' })));
      }
      case 'at':
        return this.eval(e.file, e.e, d);
      case 'first': {
        let last: Val = UNKNOWN;
        for (const it of e.items) {
          last = this.eval(file, it, d);
          if (last.t !== 'unknown') return last;
        }
        return last;
      }
      case 'unknown':
        return UNKNOWN;
      default:
        return assertNever(e, 'expression');
    }
  }

  /**
   * An element of an iteration over `of`: an array's items (`constant`, or `literal` when the array
   * is written inline), `Object.values`/`Object.keys` of an object (`object`) or enum (`enum`).
   * Every element must resolve: a list with one unknown element stays unresolved, since a read of
   * the unknown one would otherwise pass silently.
   */
  private each(file: string, of: Expr, depth: number): Val {
    if (of.k === 'values' || of.k === 'keys') {
      const o = this.eval(file, of.of, depth);
      if (o.t === 'obj') {
        const keys = Object.keys(o.props);
        if (keys.length === 0) return UNKNOWN;
        if (of.k === 'keys') return strs(keys.map((k) => ({ parts: [k], via: o.via })));
        return relabel(this.every(o.file, Object.values(o.props), depth), o.via, true);
      }
      if (o.t === 'arr' && of.k === 'values')
        return relabel(this.every(o.file, o.items, depth), 'constant', true);
      return o.t === 'unknown' ? o : UNKNOWN;
    }
    const v = this.eval(file, of, depth);
    if (v.t === 'arr') {
      const all = this.every(v.file, v.items, depth);
      return of.k === 'arr' ? all : relabel(all, 'constant', true);
    }
    // `const ALL = Object.values(Flags)` evaluates to its strings already.
    if (v.t === 'strs' || v.t === 'unknown') return v;
    return UNKNOWN;
  }

  /** The strings of every item, or unknown as soon as one item is not a string. */
  private every(file: string, items: readonly Expr[], depth: number): Val {
    if (items.length === 0) return UNKNOWN;
    const out: Piece[] = [];
    for (const it of items) {
      const v = this.eval(file, it, depth);
      if (v.t !== 'strs') return UNKNOWN;
      out.push(...v.items);
    }
    return strs(out);
  }

  private union(file: string, items: Expr[], depth: number): Val {
    const out: Piece[] = [];
    for (const it of items) {
      const v = this.eval(file, it, depth);
      if (v.t === 'strs') out.push(...v.items);
    }
    return out.length > 0 ? strs(out) : UNKNOWN;
  }

  private ref(file: string, name: string, type: boolean, depth: number): Val {
    const key = `${file}\0${name}\0${type ? 't' : 'v'}`;
    if (this.active.has(key)) return UNKNOWN;
    this.active.add(key);
    try {
      return this.refInner(file, name, type, depth);
    } finally {
      this.active.delete(key);
    }
  }

  private refInner(file: string, name: string, type: boolean, depth: number): Val {
    const s = this.index.summary(file);
    if (!s) return UNKNOWN;
    if (type) {
      const dot = name.indexOf('.');
      if (dot > 0) {
        // `NS.Flag` (namespace import) or `Enum.Member` used as a type.
        const left = name.slice(0, dot);
        const right = name.slice(dot + 1);
        const ns = this.ref(file, left, false, depth);
        if (ns.t === 'ns') return this.exported(ns.file, right, true, depth);
        return this.prop(file, { k: 'ref', name: left }, { k: 'str', v: right }, depth);
      }
      const t = s.types[name];
      if (t) return this.eval(file, t, depth);
    } else {
      const v = s.values[name];
      if (v) return relabel(this.eval(file, v, depth), 'constant', true);
    }
    const imp = s.imports[name];
    if (!imp) {
      const global = this.globalDeclaration(file, name.split('.')[0] ?? name);
      return global !== undefined ? this.ref(global, name, type, depth) : UNKNOWN;
    }
    const target = this.index.resolveModule(file, imp.from);
    if (target === undefined) return UNKNOWN;
    if (imp.name === '*') return { t: 'ns', file: target };
    const r = this.exported(target, imp.name, type, depth);
    // `import x from './cjs-module'` is the whole `module.exports`.
    if (r.t === 'unknown' && imp.name === 'default' && this.index.summary(target)) {
      const ex = this.resolveExport(target, 'default');
      if (!ex) return { t: 'ns', file: target };
    }
    return r.t === 'strs' ? relabel(r, 'constant', true) : r;
  }

  /** The script file (not `file` itself) declaring `name` as a global, if any. */
  private globalDeclaration(file: string, name: string): string | undefined {
    for (const candidate of this.index.globalCandidates?.(name) ?? []) {
      if (candidate === file) continue;
      // Asked through the index, so a summary that arrives in a later round re-evaluates this file.
      const s = this.index.summary(candidate);
      if (s && isScript(s)) return candidate;
    }
    return undefined;
  }

  private exported(file: string, name: string, type: boolean, depth: number): Val {
    const target = this.resolveExport(file, name);
    if (!target) return UNKNOWN;
    if ('ns' in target) return { t: 'ns', file: target.ns };
    return this.ref(target.file, target.local, type, depth);
  }

  /** Where `name` exported from `file` is declared, following re-exports and barrels. */
  resolveExport(
    file: string,
    name: string,
    seen: Set<string> = new Set(),
  ): ExportTarget | undefined {
    const key = `${file}\0${name}`;
    if (seen.has(key)) return undefined;
    seen.add(key);
    const s = this.index.summary(file);
    if (!s) return undefined;
    const local = s.exports[name];
    if (local !== undefined) {
      const imp = s.imports[local];
      if (imp && !(local in s.values) && !(local in s.types)) {
        const target = this.index.resolveModule(file, imp.from);
        if (target === undefined) return undefined;
        return imp.name === '*' ? { ns: target } : this.resolveExport(target, imp.name, seen);
      }
      return { file, local };
    }
    for (const re of s.reexports) {
      if (!re.names || !(name in re.names)) continue;
      const target = this.index.resolveModule(file, re.from);
      const imported = re.names[name];
      if (target === undefined || imported === undefined) return undefined;
      return imported === '*' ? { ns: target } : this.resolveExport(target, imported, seen);
    }
    for (const re of s.reexports) {
      if (re.names || name === 'default') continue;
      const target = this.index.resolveModule(file, re.from);
      const hit = target === undefined ? undefined : this.resolveExport(target, name, seen);
      if (hit) return hit;
    }
    return undefined;
  }

  private prop(file: string, objE: Expr, keyE: Expr, depth: number): Val {
    const obj = this.eval(file, objE, depth);
    if (obj.t === 'unknown' || obj.t === 'strs') return obj.t === 'unknown' ? obj : UNKNOWN;
    const key = this.eval(file, keyE, depth);
    if (key.t !== 'strs' || key.items.some((p) => p.parts.includes(null))) {
      // `PLAN_FLAGS[plan]` with a key known only at run time: one of the object's values, as a
      // parameter's declared union is (a wrapper's callers still say which, see analyze.ts).
      if (obj.t !== 'obj') return UNKNOWN;
      const all = this.every(obj.file, Object.values(obj.props), depth);
      return all.t === 'strs' && all.items.every((p) => !p.parts.includes(null))
        ? relabel(all, 'union', false)
        : UNKNOWN;
    }
    const out: Piece[] = [];
    for (const p of key.items) {
      const k = p.parts.join('');
      let v: Val = UNKNOWN;
      if (obj.t === 'obj') {
        const pe = Object.prototype.hasOwnProperty.call(obj.props, k) ? obj.props[k] : undefined;
        if (pe) v = relabel(this.eval(obj.file, pe, depth), obj.via, true);
      } else if (obj.t === 'ns') {
        v = this.exported(obj.file, k, false, depth);
      } else if (/^\d+$/.test(k)) {
        const item = obj.items[Number(k)];
        if (item) v = this.eval(obj.file, item, depth);
      }
      if (v.t === 'strs') {
        // A union key (`FLAGS[k]` with `k: keyof typeof FLAGS`) makes every value a union member.
        out.push(
          ...(p.via === 'union'
            ? v.items.map((x) => ({ parts: x.parts, via: 'union' as const }))
            : v.items),
        );
      } else if (key.items.length === 1) return v;
    }
    return out.length > 0 ? strs(out) : UNKNOWN;
  }
}

/** A file that imports and exports nothing declares globals, as TypeScript reads it. */
function isScript(s: FileSummary): boolean {
  return (
    Object.keys(s.imports).length === 0 &&
    Object.keys(s.exports).length === 0 &&
    s.reexports.length === 0
  );
}
