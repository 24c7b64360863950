import type { KeyTransform } from '../config.js';
import type { FlagReference, ReferenceVia, RegistryUse, UnresolvedReference } from '../types.js';
import type { AccessorSet } from './accessor-set.js';
import { APP_DEFINED_NAMES, FLAG_CLIENT_RECEIVER, SDK_PACKAGES } from './accessors.js';
import { FORM_BY_ID, type Binding, type ReferenceForm, type SiteWhere } from './forms/index.js';
import type { Expr, FileSummary, FnInfo, Site } from './ir.js';
import {
  Evaluator,
  type CheckerNeed,
  type ExportTarget,
  type ModuleIndex,
  type Val,
} from './resolve.js';
import { assertNever } from '../../core/never.js';
import type { RegistryScope } from './registry-scope.js';
import type { KeyMapper } from './transform.js';

/**
 * Cross-file analysis over the parsed summaries: discovers wrappers (to a fixpoint), then turns
 * every site into references or unresolved entries.
 *
 * A wrapper is a *named* function whose parameter flows into an accessor's key argument. Its
 * "macro" is the key expression in terms of its parameters (`'gate-' + name`), so a call
 * `useGate('beta')` substitutes the argument and resolves like any other expression — in the
 * caller's file, which is what makes wrappers of wrappers work across files.
 *
 * Wrapper calls are matched by binding where possible (the callee identifier resolves through
 * imports to the wrapper's declaration), by name when the import cannot be followed. Methods are
 * matched by name on a receiver: object-literal methods need the object's name as receiver; class
 * methods with very common names (`get`, `check`…) need a flag-client-looking receiver or `this`.
 */

export interface Wrapper {
  file: string;
  fn: number;
  info: FnInfo & { name: string };
  /** Key expressions in the context of `file`, keyed by their JSON. */
  macros: Map<string, Expr>;
  /** The wrapper is its file's default export: callers may import it under any name. */
  isDefault: boolean;
}

export interface AnalysisResult {
  references: FlagReference[];
  unresolved: UnresolvedReference[];
  registryUses: RegistryUse[];
  wrappers: Wrapper[];
  checkerNeeds: CheckerNeed[];
}

const UNKNOWN: Expr = { k: 'unknown' };
const MAX_MACROS = 16;
const MAX_MACRO_JSON = 4000;
const MAX_PASSES = 12;
const COMMON_METHOD_NAMES = new Set([
  'get',
  'has',
  'set',
  'is',
  'check',
  'find',
  'read',
  'load',
  'fetch',
  'value',
  'enabled',
  'on',
  'off',
  'test',
  'match',
  'run',
  'call',
  'apply',
  'use',
]);

type Target = { kind: 'base'; acc: Binding } | { kind: 'wrapper'; w: Wrapper };

interface KeyExpr {
  e: Expr;
  argIndex: number;
}

function substitute(
  e: Expr,
  w: Wrapper,
  args: readonly Expr[],
  argFile: string,
  cur: string,
): Expr {
  const sub = (x: Expr, c = cur): Expr => substitute(x, w, args, argFile, c);
  switch (e.k) {
    case 'param': {
      if (cur !== w.file || e.fn !== w.fn) return e;
      const a = args[e.index];
      // An omitted argument is the parameter's default (`cur` is the wrapper's file here).
      return a ? { k: 'at', file: argFile, e: a } : (e.def ?? UNKNOWN);
    }
    case 'cat':
      return { k: 'cat', parts: e.parts.map((p) => sub(p)), tpl: e.tpl };
    case 'alt':
    case 'first':
      return { k: e.k, items: e.items.map((p) => sub(p)) };
    case 'prop':
      return { k: 'prop', obj: sub(e.obj), key: sub(e.key) };
    case 'arr':
      return { k: 'arr', items: e.items.map((p) => sub(p)) };
    case 'at':
      return { k: 'at', file: e.file, e: sub(e.e, e.file) };
    case 'const':
      return { k: 'const', e: sub(e.e) };
    case 'keys':
    case 'values':
    case 'items':
    case 'each':
      return { k: e.k, of: sub(e.of) };
    case 'str':
    case 'ref':
    case 'obj':
    case 'typed':
    case 'checker':
    case 'unknown':
      return e;
    default:
      return assertNever(e, 'expression');
  }
}

/** Parameters (file, fn, index) an expression depends on. */
function collectParams(
  e: Expr,
  cur: string,
  out: Array<{ file: string; fn: number; index: number }>,
): void {
  switch (e.k) {
    case 'param':
      out.push({ file: cur, fn: e.fn, index: e.index });
      return;
    case 'cat':
      for (const p of e.parts) collectParams(p, cur, out);
      return;
    case 'alt':
    case 'first':
    case 'arr':
      for (const p of e.items) collectParams(p, cur, out);
      return;
    case 'prop':
      // `experiment.id` is not the parameter passed on: no wrapper, just an unknown part.
      if (e.obj.k !== 'param') collectParams(e.obj, cur, out);
      collectParams(e.key, cur, out);
      return;
    case 'at':
      collectParams(e.e, e.file, out);
      return;
    case 'const':
      collectParams(e.e, cur, out);
      return;
    case 'keys':
    case 'values':
    case 'items':
    case 'each':
      collectParams(e.of, cur, out);
      return;
    case 'str':
    case 'ref':
    case 'obj':
    case 'typed':
    case 'checker':
    case 'unknown':
      return;
    default:
      assertNever(e, 'expression');
  }
}

function patternOf(parts: ReadonlyArray<string | null>): string {
  return parts
    .map((p) => (p === null ? '*' : p))
    .join('')
    .replace(/\*{2,}/g, '*');
}

/** A wrapper call site, and the wrappers whose bodies that site is in (see `uncarried`). */
interface CallerEdge {
  callee: string;
  bodyOf: readonly string[];
}

/** Wrapper-body patterns held back until it is known whether some caller carries them. */
interface HeldBack {
  refs: FlagReference[];
  bodyOf: readonly string[];
  macro: Expr;
}

/** What one file's sites and hints contribute to the result. */
interface FileOutcome {
  references: FlagReference[];
  unresolved: UnresolvedReference[];
  registryUses: RegistryUse[];
  checkerNeeds: CheckerNeed[];
  callers: CallerEdge[];
  heldBack: HeldBack[];
}

interface CachedOutcome {
  outcome: FileOutcome;
  /** Every summary the file's analysis looked up (its own included), as it was then. */
  deps: Map<string, FileSummary | undefined>;
}

/**
 * Per-file outcomes kept from one resolution round to the next. A file's outcome is a function of
 * the summaries it looks up, the wrappers (with their macros, in order) and the checker's answers;
 * while those are the same, a later round reuses it instead of evaluating every site again.
 */
export class AnalysisCache {
  stamp = '';
  answers: ReadonlyMap<string, readonly string[] | null> | undefined;
  readonly files = new Map<string, CachedOutcome>();
}

export class Analyzer {
  private readonly wrappers = new Map<string, Wrapper>();
  private readonly byName = new Map<string, Wrapper[]>();
  /** Default-exported wrappers by declaring file, matched through bindings, not names. */
  private readonly defaults = new Map<string, Wrapper>();
  private readonly ev: Evaluator;
  private readonly index: ModuleIndex;
  /** Summaries looked up while one file is collected, for the cache. */
  private lookups: Map<string, FileSummary | undefined> | undefined;

  constructor(
    index: ModuleIndex,
    private readonly files: readonly string[],
    private readonly accessors: AccessorSet,
    private readonly keys: KeyMapper,
    private readonly scope: RegistryScope,
    private readonly answers: ReadonlyMap<string, readonly string[] | null>,
    private readonly cache: AnalysisCache = new AnalysisCache(),
  ) {
    this.index = {
      summary: (path) => {
        const s = index.summary(path);
        if (this.lookups && !this.lookups.has(path)) this.lookups.set(path, s);
        return s;
      },
      resolveModule: (from, spec) => index.resolveModule(from, spec),
      ...(index.globalCandidates ? { globalCandidates: index.globalCandidates.bind(index) } : {}),
    };
    this.ev = new Evaluator(this.index, answers);
  }

  run(): AnalysisResult {
    this.discoverWrappers();
    return { ...this.collect(), wrappers: [...this.wrappers.values()] };
  }

  // ---- wrappers -----------------------------------------------------------------------------

  private discoverWrappers(): void {
    for (let pass = 0; pass < MAX_PASSES; pass++) {
      let changed = false;
      for (const file of this.files) {
        const s = this.index.summary(file);
        if (!s) continue;
        // Any form: `flags[key]` inside `function useFlag(key: FlagKey)` makes useFlag a wrapper.
        for (const site of s.sites) {
          const target = this.target(file, s, site);
          if (!target) continue;
          for (const ke of this.keyExprs(file, site, target)) {
            const params: Array<{ file: string; fn: number; index: number }> = [];
            collectParams(ke.e, file, params);
            for (const p of params) {
              const info = s.fns[p.fn];
              if (p.file !== file || !info || info.name === null) continue;
              if (this.addMacro(file, p.fn, { ...info, name: info.name }, ke.e)) changed = true;
            }
          }
        }
      }
      if (!changed) return;
    }
  }

  private addMacro(file: string, fn: number, info: FnInfo & { name: string }, e: Expr): boolean {
    const id = wrapperId(file, fn);
    let w = this.wrappers.get(id);
    if (!w) {
      const isDefault = !info.method && this.index.summary(file)?.exports.default === info.name;
      w = { file, fn, info, macros: new Map(), isDefault };
      this.wrappers.set(id, w);
      this.byName.set(info.name, [...(this.byName.get(info.name) ?? []), w]);
      if (isDefault) this.defaults.set(file, w);
    }
    const key = JSON.stringify(e);
    if (w.macros.has(key) || w.macros.size >= MAX_MACROS || key.length > MAX_MACRO_JSON)
      return false;
    w.macros.set(key, e);
    return true;
  }

  /**
   * A call that binds to a project wrapper is the wrapper (a project's own `useGate` shadows
   * Statsig's); otherwise a configured/SDK accessor; otherwise a wrapper matched by name only.
   */
  private target(file: string, s: FileSummary, site: Site): Target | undefined {
    if (site.form !== 'call') {
      const acc = FORM_BY_ID[site.form].bind(site, this.accessors, this.where(file, s, site));
      return acc && { kind: 'base', acc };
    }
    const bound = this.wrapperFor(file, s, site, false);
    if (bound) return { kind: 'wrapper', w: bound };
    const where = this.where(file, s, site);
    const acc = FORM_BY_ID.call.bind(site, this.accessors, where);
    if (acc && this.isSdkCall(s, site, where)) return { kind: 'base', acc };
    const w = this.wrapperFor(file, s, site, true);
    return w ? { kind: 'wrapper', w } : undefined;
  }

  /**
   * A bare call of a built-in SDK accessor's name counts as the SDK's, except for names
   * applications commonly define themselves (`useFeature(projectId, featureId)`): those count only
   * when imported from the SDK's own package. A project module re-exporting or declaring an SDK
   * function (`export declare function isFeatureEnabled`) is common, so other names keep counting
   * from anywhere — but not a function the project defines with a body (its own `useFeatureFlag(def)`,
   * no wrapper: ConfigCat's has the same name). The project's own accessors (`flags.accessors`)
   * count by name, as configured.
   */
  private isSdkCall(s: FileSummary, site: Site, where: SiteWhere): boolean {
    const acc = this.accessors.matchCall(site.name, site.receiver);
    if (!acc || acc.sdk === null || site.receiver !== null) return true;
    const decl = where.declaration();
    if (decl && this.index.summary(decl.file)?.definedFns?.includes(decl.local)) return false;
    const ident = site.ident ?? site.name;
    if (!APP_DEFINED_NAMES.has(ident) && !APP_DEFINED_NAMES.has(site.name)) return true;
    const from = s.imports[ident]?.from;
    return from !== undefined && (SDK_PACKAGES[acc.sdk]?.some((p) => from.startsWith(p)) ?? false);
  }

  /** Where a site's identifier leads: its declaration, through imports and namespace imports. */
  private where(file: string, s: FileSummary, site: Site): SiteWhere {
    return {
      declaration: () => {
        const t =
          site.receiver === null
            ? this.binding(file, s, site.ident ?? site.name)
            : this.nsMember(file, s, site.receiver, site.name);
        return t && t !== 'external' && 'file' in t ? t : undefined;
      },
    };
  }

  private nsMember(
    file: string,
    s: FileSummary,
    ns: string,
    name: string,
  ): ExportTarget | 'external' | undefined {
    const t = this.binding(file, s, ns);
    return t && t !== 'external' && 'ns' in t ? this.ev.resolveExport(t.ns, name) : undefined;
  }

  private keyExprs(file: string, site: Site, target: Target): KeyExpr[] {
    // A key the binding already knows (a registry member read by symbol) needs no resolving.
    if (target.kind === 'base' && target.acc.key !== undefined) return [];
    if (target.kind === 'base') {
      const { argument, fallbackArgument } = target.acc;
      const primary = site.args[argument];
      if (!primary) return [];
      const fb = fallbackArgument === null ? undefined : site.args[fallbackArgument];
      return [{ e: fb ? { k: 'first', items: [primary, fb] } : primary, argIndex: argument }];
    }
    const w = target.w;
    const out: KeyExpr[] = [];
    for (const macro of w.macros.values()) {
      const params: Array<{ file: string; fn: number; index: number }> = [];
      collectParams(macro, w.file, params);
      const own = params.filter((p) => p.file === w.file && p.fn === w.fn).map((p) => p.index);
      const argIndex = own.length > 0 ? Math.min(...own) : 0;
      out.push({
        e: { k: 'at', file: w.file, e: substitute(macro, w, site.args, file, w.file) },
        argIndex,
      });
    }
    return out;
  }

  /** What a bare identifier in `file` refers to: a declaration, a namespace, or 'external'. */
  private binding(
    file: string,
    s: FileSummary,
    ident: string,
  ): ExportTarget | 'external' | undefined {
    const imp = s.imports[ident];
    if (!imp) return { file, local: ident };
    const target = this.index.resolveModule(file, imp.from);
    if (target === undefined) return 'external';
    if (imp.name === '*') return { ns: target };
    return this.ev.resolveExport(target, imp.name);
  }

  private wrapperFor(
    file: string,
    s: FileSummary,
    site: Site,
    byNameOnly: boolean,
  ): Wrapper | undefined {
    const candidates = this.byName.get(site.name);
    if (!candidates) return this.defaultWrapperFor(file, s, site);
    const recv = site.receiver;
    let nsTarget: ExportTarget | 'external' | undefined;
    if (recv !== null && !recv.includes('.') && s.imports[recv]?.name === '*') {
      const ns = this.binding(file, s, recv);
      nsTarget =
        ns && ns !== 'external' && 'ns' in ns ? this.ev.resolveExport(ns.ns, site.name) : ns;
    }
    for (const w of candidates) {
      if (recv === null || nsTarget !== undefined) {
        if (w.info.method) continue;
        const t = recv === null ? this.binding(file, s, site.ident ?? site.name) : nsTarget;
        if (t === 'external' && byNameOnly) return w;
        if (t && t !== 'external' && 'file' in t && t.file === w.file && t.local === w.info.name)
          return w;
        continue;
      }
      if (!w.info.method || !byNameOnly) continue;
      if (w.info.ownerIsClass) {
        // By declaration: an instance of the class (`new X()`, a const holding one), `this` inside
        // the class itself, or a receiver named like a flag client for an uncommon name. Never by
        // the method name alone: `cy.intercept(…)` is not a call of some guard's `intercept`.
        const cls = site.receiverClass;
        if (
          (cls !== undefined && (cls === w.info.owner || s.imports[cls]?.name === w.info.owner)) ||
          (recv === 'this' && file === w.file && site.thisClass === w.info.owner) ||
          (!COMMON_METHOD_NAMES.has(site.name) && FLAG_CLIENT_RECEIVER.test(recv))
        )
          return w;
        continue;
      }
      const last = recv.slice(recv.lastIndexOf('.') + 1);
      const imported = s.imports[last]?.name;
      if (w.info.owner !== null && (last === w.info.owner || imported === w.info.owner)) return w;
    }
    return this.defaultWrapperFor(file, s, site);
  }

  /**
   * `import gate from './gate'` (or a barrel's `export { default as gate }`) calls a default-exported
   * wrapper under a name of the caller's choosing: only the binding can tell. Skipped outright
   * while no wrapper is a default export, so ordinary imported calls cost nothing here.
   */
  private defaultWrapperFor(file: string, s: FileSummary, site: Site): Wrapper | undefined {
    if (this.defaults.size === 0 || site.receiver !== null) return undefined;
    const ident = site.ident ?? site.name;
    if (!s.imports[ident]) return undefined;
    const t = this.binding(file, s, ident);
    if (!t || t === 'external' || !('file' in t)) return undefined;
    const w = this.defaults.get(t.file);
    return w && w.info.name === t.local ? w : undefined;
  }

  // ---- references ---------------------------------------------------------------------------

  private collect(): Omit<AnalysisResult, 'wrappers'> {
    const stamp = this.wrapperStamp();
    if (stamp !== this.cache.stamp || this.answers !== this.cache.answers) {
      this.cache.files.clear();
      this.cache.stamp = stamp;
      this.cache.answers = this.answers;
    }
    const outcomes = this.files.flatMap((file) => this.fileOutcome(file) ?? []);
    const references = outcomes.flatMap((o) => o.references);
    references.push(
      ...this.uncarried(
        outcomes.flatMap((o) => o.callers),
        outcomes.flatMap((o) => o.heldBack),
      ),
    );
    return {
      references,
      unresolved: outcomes.flatMap((o) => o.unresolved),
      registryUses: outcomes.flatMap((o) => o.registryUses),
      checkerNeeds: outcomes.flatMap((o) => o.checkerNeeds),
    };
  }

  /** Everything a file's outcome depends on besides the summaries it looks up. */
  private wrapperStamp(): string {
    const parts: string[] = [];
    for (const [id, w] of this.wrappers)
      parts.push(id, JSON.stringify(w.info), String(w.isDefault), ...w.macros.keys());
    return parts.join('\0');
  }

  private fileOutcome(file: string): FileOutcome | undefined {
    const cached = this.cache.files.get(file);
    // Looking the summaries up again has the side effects evaluating the sites again would have
    // (a module still unparsed is asked for), so a reused outcome changes nothing downstream.
    if (cached && [...cached.deps].every(([p, s]) => this.index.summary(p) === s))
      return cached.outcome;
    const deps = new Map<string, FileSummary | undefined>();
    this.lookups = deps;
    try {
      const s = this.index.summary(file);
      if (!s) return undefined;
      const outcome = this.collectFile(file, s);
      this.cache.files.set(file, { outcome, deps });
      return outcome;
    } finally {
      this.lookups = undefined;
    }
  }

  private collectFile(file: string, s: FileSummary): FileOutcome {
    const references: FlagReference[] = [];
    const unresolved: UnresolvedReference[] = [];
    const registryUses: RegistryUse[] = [];
    const checkerNeeds: CheckerNeed[] = [];
    // Call sites of wrappers (callee → the wrappers whose bodies those sites are) and wrapper-body
    // patterns held back until it is known whether some caller carries them.
    const callers: CallerEdge[] = [];
    const heldBack: HeldBack[] = [];
    // Lines a hint covers: its own, and the next one when the comment stands alone.
    const hintLines = new Set(
      s.hints.flatMap((h) => (h.ownLine ? [h.line, h.line + 1] : [h.line])),
    );
    const siteLabels = new Map<number, string>();
    const emit = (
      site: Site,
      label: string,
      how: How,
      transform: KeyTransform,
      ke: KeyExpr,
    ): string[] => {
      const out = this.resolveSite(file, s, site, how, transform, ke);
      siteLabels.set(site.line, label);
      const toRef = (r: SiteRef): FlagReference => {
        const [line, column] = site.argLocs[r.argIndex] ?? [site.line, site.column];
        return {
          key: r.key,
          pattern: r.pattern,
          file,
          line,
          column,
          via: r.via,
          accessor: label,
        };
      };
      for (const r of out.refs) references.push(toRef(r));
      if (out.bodyPatterns.length > 0)
        heldBack.push({ refs: out.bodyPatterns.map(toRef), bodyOf: out.bodyOf, macro: ke.e });
      if (out.checker) checkerNeeds.push(out.checker);
      if (out.registryUse) {
        const [line, column] = site.argLocs[ke.argIndex] ?? [site.line, site.column];
        registryUses.push({
          file,
          line,
          column,
          accessor: label,
          kind: out.registryUse.kind,
          expression: site.argTexts[ke.argIndex] ?? site.argTexts.join(', '),
          keys: [...out.registryUse.keys].sort(),
        });
      }
      if (out.unresolved && !hintLines.has(site.line)) {
        const [line, column] = site.argLocs[ke.argIndex] ?? [site.line, site.column];
        const expression = site.argTexts[ke.argIndex] ?? site.argTexts.join(', ');
        unresolved.push({ file, line, column, accessor: label, expression });
      }
      return out.bodyOf;
    };
    for (const site of s.sites) {
      const target = this.target(file, s, site);
      if (!target) continue;
      const label =
        target.kind === 'base'
          ? target.acc.label
          : // An anonymous default export is known by the name its caller gave it.
            target.w.info.name === 'default'
            ? (site.ident ?? site.name)
            : target.w.info.name;
      const transform = target.kind === 'base' ? target.acc.transform : 'none';
      const how: How = { form: FORM_BY_ID[site.form], throughWrapper: target.kind === 'wrapper' };
      if (target.kind === 'base' && target.acc.key !== undefined) {
        const [line, column] = site.argLocs[0] ?? [site.line, site.column];
        references.push({
          key: target.acc.key,
          pattern: null,
          file,
          line,
          column,
          via: how.form.via('literal', false),
          accessor: label,
        });
        continue;
      }
      const bodyOf = new Set<string>();
      for (const ke of this.keyExprs(file, site, target)) {
        for (const id of emit(site, label, how, transform, ke)) bodyOf.add(id);
      }
      if (target.kind === 'wrapper')
        callers.push({ callee: wrapperId(target.w.file, target.w.fn), bodyOf: [...bodyOf] });
    }
    for (const h of s.hints) {
      const label =
        siteLabels.get(h.line) ??
        (h.ownLine ? siteLabels.get(h.line + 1) : undefined) ??
        'ops-steward-flags';
      for (const k of h.keys) {
        const isPattern = k.key.includes('*');
        references.push({
          key: isPattern ? null : k.key,
          pattern: isPattern ? k.key : null,
          file,
          line: k.line,
          column: k.column,
          via: 'hint',
          accessor: label,
        });
      }
    }
    return { references, unresolved, registryUses, checkerNeeds, callers, heldBack };
  }

  /**
   * The held-back wrapper-body patterns that no caller carries. A wrapper's callers carry its key
   * (with their arguments substituted) when it has a caller on a path from code that is no
   * wrapper body (*reached*, a least fixpoint), or when every caller sits in the body of another
   * wrapper whose own body pattern is then kept. What is left keeps its body pattern: a wrapper
   * nobody calls — or calls only dynamically, from outside the scan, as a callback, or from its
   * own recursion — still reads the flags its pattern matches, and those must never be called
   * orphaned.
   */
  private uncarried(
    callers: readonly CallerEdge[],
    heldBack: readonly HeldBack[],
  ): FlagReference[] {
    if (heldBack.length === 0) return [];
    const reached = new Set<string>();
    for (let changed = true; changed;) {
      changed = false;
      for (const c of callers) {
        if (reached.has(c.callee) || !c.bodyOf.every((id) => reached.has(id))) continue;
        reached.add(c.callee);
        changed = true;
      }
    }
    // callee → the wrappers whose bodies call it.
    const up = new Map<string, string[]>();
    for (const c of callers) up.set(c.callee, [...(up.get(c.callee) ?? []), ...c.bodyOf]);
    const inCycle = (start: string): boolean => {
      const seen = new Set<string>();
      const stack = [...(up.get(start) ?? [])];
      for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
        if (id === start) return true;
        if (seen.has(id)) continue;
        seen.add(id);
        stack.push(...(up.get(id) ?? []));
      }
      return false;
    };
    const keep = new Map<string, boolean>();
    const keepsBody = (id: string): boolean => {
      let k = keep.get(id);
      if (k === undefined) {
        k = !reached.has(id) && (!up.has(id) || inCycle(id));
        keep.set(id, k);
      }
      return k;
    };
    const out: FlagReference[] = [];
    for (const h of heldBack) {
      let json: string | undefined;
      const needed = h.bodyOf.some((id) => {
        if (keepsBody(id)) return true;
        // A macro the wrapper dropped (over its limits) never reaches the callers.
        json ??= JSON.stringify(h.macro);
        return !this.wrappers.get(id)?.macros.has(json);
      });
      if (needed) out.push(...h.refs);
    }
    return out;
  }

  private resolveSite(
    file: string,
    s: FileSummary,
    site: Site,
    how: How,
    transform: KeyTransform,
    ke: KeyExpr,
  ): SiteOutcome {
    let v: Val = this.ev.eval(file, ke.e);
    let argIndex = ke.argIndex;
    if (ke.e.k === 'first' && how.form.id === 'call') {
      // Report the position of whichever argument held the key.
      const primary = ke.e.items[0];
      if (primary && this.ev.eval(file, primary).t === 'unknown') {
        // Only an SDK fallback is another argument; `props.variant`'s checker fallback is not.
        const fallback = site.args.indexOf(ke.e.items[1] ?? UNKNOWN);
        if (fallback >= 0) argIndex = fallback;
      }
    }
    if (v.t === 'arr') {
      // `useFlags(['a', 'b'])` (Flagsmith): each element is a key.
      v = this.ev.eval(v.file, { k: 'alt', items: v.items });
    }
    const params: Array<{ file: string; fn: number; index: number }> = [];
    collectParams(ke.e, file, params);
    // A site passing a named function's parameter is a wrapper body: its callers are the references.
    const bodyOf = [
      ...new Set(
        params
          .filter((p) => p.file === file && s.fns[p.fn]?.name != null)
          .map((p) => wrapperId(file, p.fn)),
      ),
    ];
    const isWrapperBody = bodyOf.length > 0;
    const out: SiteOutcome = {
      refs: [],
      bodyPatterns: [],
      bodyOf,
      unresolved: false,
      checker: null,
    };
    if (v.t !== 'strs') {
      if (v.t === 'unknown' && v.checker) out.checker = v.checker;
      else out.unresolved = !isWrapperBody;
      return out;
    }
    const mapKey = (k: string): string =>
      how.form.mapsPropertyNames || transform !== 'none' ? this.keys.toKey(k, transform) : k;
    let items = v.items;
    // Keys that only a declared type or an iteration supplies: the whole registry at once is one
    // dynamic use of it (reported), never a reference to each key.
    const broad = items.filter((p) => (p.via === 'union' || p.iter) && !p.parts.includes(null));
    if (broad.length > 1) {
      const keys = new Set(broad.map((p) => mapKey(p.parts.join(''))));
      if (this.scope.isWhole(keys)) {
        items = items.filter((p) => !broad.includes(p));
        if (!isWrapperBody)
          out.registryUse = { kind: broad.some((p) => p.iter) ? 'iteration' : 'union', keys };
      }
    }
    for (const p of items) {
      const exact = !p.parts.includes(null);
      if (exact && isWrapperBody && p.via === 'union') {
        // A parameter's declared type: the callers say which keys (see uncarried).
        const key = mapKey(p.parts.join(''));
        out.bodyPatterns.push({ key, pattern: null, via: p.via, argIndex });
        continue;
      }
      if (!exact) {
        const pattern = patternOf(p.parts);
        const bare = pattern.replace(/\*/g, '') === '';
        if (isWrapperBody) {
          // Held back: emitted only if no caller carries it (see collect). A bare `*` never is:
          // a plain pass-through wrapper must not keep every flag alive.
          if (!bare) out.bodyPatterns.push({ key: null, pattern, via: p.via, argIndex });
          continue;
        }
        if (bare) out.unresolved = true;
        else out.refs.push({ key: null, pattern, via: p.via, argIndex });
        continue;
      }
      const key = mapKey(p.parts.join(''));
      // `get(region) ?? ''`: the empty fallback reads no flag.
      if (key === '') continue;
      out.refs.push({
        key,
        pattern: null,
        via: how.form.via(p.via, how.throughWrapper),
        argIndex,
      });
    }
    // De-duplicate alternatives that resolve to the same key (`c ? 'a' : 'a'`).
    out.refs = uniqueRefs(out.refs);
    out.bodyPatterns = uniqueRefs(out.bodyPatterns);
    return out;
  }
}

/** The form a site was read through, and whether through a project wrapper (calls only). */
interface How {
  form: ReferenceForm;
  throughWrapper: boolean;
}

interface SiteRef {
  key: string | null;
  pattern: string | null;
  via: ReferenceVia;
  argIndex: number;
}

interface SiteOutcome {
  refs: SiteRef[];
  /**
   * Patterns and declared-type keys of a wrapper body, which its callers normally carry instead
   * (with their arguments).
   */
  bodyPatterns: SiteRef[];
  /** Wrappers (wrapperId) whose parameters this site's key depends on: empty unless a wrapper body. */
  bodyOf: string[];
  unresolved: boolean;
  checker: CheckerNeed | null;
  /** The site reads the whole registry at once (not in a wrapper body: there the callers say). */
  registryUse?: { kind: RegistryUse['kind']; keys: ReadonlySet<string> };
}

function uniqueRefs(refs: SiteRef[]): SiteRef[] {
  const seen = new Set<string>();
  return refs.filter((r) => {
    const id = `${r.key}\0${r.pattern}\0${r.via}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

const wrapperId = (file: string, fn: number): string => `${file}\0${fn}`;
