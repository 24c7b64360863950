import { ts } from 'ts-morph';
import type { FlagReference, RegistryUse, SkippedFile } from '../types.js';
import { inMemoryProgram, programPath } from './checker.js';
import type { InstalledTypes } from './installed-types.js';
import { ImportGraph } from './importers.js';
import type { CodeRegistryInfo } from './index.js';
import type { ModuleResolver } from './modules.js';
import { prefilter } from './prefilter.js';
import { WHOLE_SHARE } from './registry-scope.js';
import { AMBIENT_RE } from './ambient.js';

/**
 * References by type (issue 10): what only the type checker can tell, asked only of the files
 * that can hold such a reference — those importing a registry declared in code, or a module that
 * does (TYPE_DEPTH hops, barrels followed) — on one in-memory Program of just those files.
 *
 * - `typed-literal`: a string literal whose contextual type is the registry's key type, whatever
 *   carries it: `hasFlag('x')` with `hasFlag(k: FlagKey)`, `{ path: '/a', flag: 'x' }` in a
 *   `Route[]` table, `satisfies`, a default parameter value, a key of a `Partial<Record<FlagKey, …>>`.
 *   A literal the key type does not hold (`flag: 'nope'`) is reported too: a type error, and an
 *   undeclared flag at its position.
 * - `symbol`: a property read through an expression whose type is the registry's object type
 *   (`this.flags.enable_ai.value` with `flags: typeof FLAGS`, `Record<FlagKey, …>`, a mapped type,
 *   an interface extending it, a renamed re-export, a namespace), also destructured
 *   (`const { flags: { enable_ai } } = service`).
 * - registry uses: a value whose type is the whole key type in a key position — `flags[name]` on
 *   the registry's object type, an argument or JSX attribute whose contextual type is the key type —
 *   that is not a wrapper's own parameter (whose callers are the references): the element of a loop
 *   over the registry (`Object.keys(FEATURES).map((name) => svc.flags[name])`), a cast. It is one
 *   dynamic read of every key, reported like the syntactic pass reports one, never a reference to each.
 *
 * "The registry's type" is structural: a union holding the registry's keys, or an object type
 * with a property for each (WHOLE_SHARE of them, as everywhere else). A literal list or table
 * that names the whole registry (`const ALL: FlagKey[] = [...]`) is a copy of it, not a read.
 */

/** Import hops from a registry's declaration: its importers, and theirs (a helper's callers). */
const TYPE_DEPTH = 2;
/** Program size bound; files past it are reported as not type-checked, never silently skipped. */
const MAX_TYPED_FILES = 1500;
/** Object types with more properties than this are not a registry's (and not worth listing). */
const MAX_PROPERTIES = 20000;

export interface TypedInput {
  registries: readonly CodeRegistryInfo[];
  texts: ReadonlyMap<string, string>;
  /** Files of the scan (include/exclude applied): the only ones whose references count. */
  scanned: ReadonlySet<string>;
  resolver: Pick<ModuleResolver, 'resolve'>;
}

export interface TypedResult {
  references: FlagReference[];
  registryUses: RegistryUse[];
  skipped: SkippedFile[];
  /** Files walked with the checker (for the benchmark's stats). */
  files: number;
  /** Files in the Program (walked ones and what they import from the registry's side). */
  programFiles: number;
}

/** What the walk must recognise, per registry. */
interface RegistryShape {
  info: CodeRegistryInfo;
  keys: ReadonlySet<string>;
  memberNames: ReadonlySet<string>;
}

/** The files of the pass: those in its Program (`kept`), and of them the ones walked. */
export interface TypedScope {
  kept: ReadonlySet<string>;
  walked: readonly string[];
  regFiles: readonly string[];
  skipped: SkippedFile[];
}

/** Which files the pass types: the registries' importers, TYPE_DEPTH hops, within the bound. */
export function typedScope(input: TypedInput): TypedScope {
  const { registries, texts, scanned } = input;
  const regFiles = [...new Set(registries.map((r) => r.file))].filter((f) => texts.has(f));
  if (regFiles.length === 0) return { kept: new Set(), walked: [], regFiles, skipped: [] };
  const reached = new Set<string>(regFiles);
  const barrels = [...texts.keys()].filter((p) => REEXPORT_RE.test(texts.get(p) ?? ''));
  let frontier = regFiles;
  for (let depth = 0; depth < TYPE_DEPTH && frontier.length > 0; depth++) {
    const next = importersOf(frontier, texts, barrels, input.resolver).filter(
      (f) => !reached.has(f),
    );
    for (const f of next) reached.add(f);
    frontier = next;
  }
  // A global augmentation typed with the registry (`Express.Request['flags']`) reaches files that
  // import neither: those that name a key or member of a registry are read through it too.
  if ([...reached].some((f) => AMBIENT_RE.test(texts.get(f) ?? ''))) {
    const mentions = prefilter(
      new Set(registries.flatMap((r) => [...r.keys, ...Object.keys(r.members)])),
      false,
    );
    for (const [path, text] of texts) if (scanned.has(path) && mentions(text)) reached.add(path);
  }
  // Nearest first, so a bound cuts the farthest files.
  const ordered = [...reached];
  const kept = new Set(ordered.slice(0, MAX_TYPED_FILES));
  const skipped: SkippedFile[] = ordered
    .slice(MAX_TYPED_FILES)
    .filter((f) => scanned.has(f))
    .map((file) => ({
      file,
      reason: `not type-checked (more than ${MAX_TYPED_FILES} files import the flag registry's types); reads through them in it may be missed`,
    }));
  const walked = [...kept].filter((f) => scanned.has(f) && !regFiles.includes(f)).sort();
  return { kept, walked, regFiles, skipped };
}

/**
 * The references by type in the files of `scope`; `installed` holds the declaration files of
 * installed packages those files reach (installed-types.ts), when the repository has them.
 */
export function typedReferences(
  input: TypedInput,
  scope: TypedScope = typedScope(input),
  installed?: InstalledTypes,
): TypedResult {
  const { registries, texts } = input;
  const { kept, walked } = scope;
  const skipped = [...scope.skipped];
  const empty: TypedResult = {
    references: [],
    registryUses: [],
    skipped: [],
    files: 0,
    programFiles: 0,
  };
  if (walked.length === 0) return { ...empty, skipped };

  let program: ts.Program;
  let checker: ts.TypeChecker;
  try {
    program = inMemoryProgram(kept, (p) => texts.get(p), input.resolver, installed);
    checker = program.getTypeChecker();
  } catch (err) {
    // A refinement that failed: say where reads by type may be missing, and keep the scan.
    return { ...empty, skipped: [...skipped, ...walked.map((f) => notTypeChecked(f, err))] };
  }
  const shapes: RegistryShape[] = registries.map((info) => ({
    info,
    keys: new Set(info.keys),
    memberNames: new Set(Object.keys(info.members)),
  }));
  const names = new Set(shapes.flatMap((s) => [...s.keys, ...s.memberNames]));
  const references: FlagReference[] = [];
  const registryUses: RegistryUse[] = [];
  for (const file of walked) {
    const sf = program.getSourceFile(programPath(file));
    if (!sf) {
      // The compiler refused the file (an extension it does not take): said, never silent.
      skipped.push(notTypeChecked(file, new Error('the compiler did not take it')));
      continue;
    }
    try {
      const walk = new FileWalk(file, sf, checker, shapes, names);
      references.push(...walk.run());
      registryUses.push(...walk.uses);
    } catch (err) {
      skipped.push(notTypeChecked(file, err));
    }
  }
  return { references, registryUses, skipped, files: walked.length, programFiles: kept.size };
}

const EXPORTED_NAME_RE =
  /\bexport\s+(?:declare\s+)?(?:default\s+)?(?:abstract\s+)?(?:const|let|var|function\*?|class|interface|type|enum|namespace)\s+([A-Za-z_$][\w$]*)/g;
const EXPORT_LIST_RE = /\bexport\s+(?:type\s+)?\{([^}]*)\}/g;
/** CommonJS: `module.exports = { FLAGS, isOn }`, `exports.isOn = …`, `module.exports.isOn = …`. */
const CJS_EXPORT_LIST_RE = /\bmodule\.exports\s*=\s*\{([^}]*)\}/g;
const CJS_EXPORT_NAME_RE = /\b(?:module\.)?exports\.([A-Za-z_$][\w$]*)\s*=/g;
const REEXPORT_RE = /\bexport\s+(?:type\s+)?(?:\*|\{[^}]*\})\s*(?:as\s+[\w$]+\s*)?from\b/;

/**
 * Files importing any of `modules`, directly or through barrels. Resolving every import of a big
 * tree costs more than the checker does here (measured: ~0.1–0.3 s on the bench's 8,000 files),
 * so only files that can be such an importer are looked at: one that names something the modules
 * export (an import names what it takes, also `import * as ns` then `ns.Name`; a default export
 * is found by the module's name in the specifier), or a barrel.
 */
function importersOf(
  modules: readonly string[],
  texts: ReadonlyMap<string, string>,
  barrels: readonly string[],
  resolver: Pick<ModuleResolver, 'resolve'>,
): string[] {
  const names = new Set<string>();
  for (const m of modules) {
    const text = texts.get(m) ?? '';
    for (const hit of text.matchAll(EXPORTED_NAME_RE)) if (hit[1]) names.add(hit[1]);
    // A default export is imported under any name: its specifier names the module instead.
    if (/\bexport\s+default\b/.test(text)) names.add(moduleName(m));
    for (const hit of text.matchAll(EXPORT_LIST_RE))
      for (const part of (hit[1] ?? '').split(',')) {
        const name = part
          .trim()
          .split(/\s+as\s+/)
          .pop();
        if (name) names.add(name);
      }
    for (const hit of text.matchAll(CJS_EXPORT_NAME_RE)) if (hit[1]) names.add(hit[1]);
    for (const hit of text.matchAll(CJS_EXPORT_LIST_RE))
      for (const part of (hit[1] ?? '').split(',')) {
        // `{ isOn, FLAGS: flags }`: the exported name is the key.
        const name = /^\s*([A-Za-z_$][\w$]*)/.exec(part)?.[1];
        if (name) names.add(name);
      }
  }
  const mentions = prefilter(names, false);
  const subset = new Map<string, string>();
  for (const [path, text] of texts) if (mentions(text)) subset.set(path, text);
  for (const path of barrels) subset.set(path, texts.get(path) ?? '');
  return new ImportGraph(subset, new Set(subset.keys()), resolver).importersOf(modules);
}

function notTypeChecked(file: string, err: unknown): SkippedFile {
  const message = err instanceof Error ? err.message : String(err);
  return {
    file,
    reason: `could not be type-checked (${message}); reads through the flag registry's types in it may be missed`,
  };
}

/** `src/flags/service.ts` → `service`; `src/flags/index.ts` → `flags`. */
function moduleName(path: string): string {
  const parts = path.split('/');
  const base = (parts.pop() ?? '').replace(/\.[^.]*$/, '').replace(/\.d$/, '');
  return base === 'index' ? (parts.pop() ?? base) : base;
}

/** The share of `wanted` that `have` holds reaches WHOLE_SHARE (and there are at least two). */
function covers(have: ReadonlySet<string>, wanted: ReadonlySet<string>): boolean {
  if (wanted.size < 2) return false;
  let n = 0;
  for (const w of wanted) if (have.has(w)) n++;
  return n >= Math.ceil(wanted.size * WHOLE_SHARE);
}

interface Pending {
  ref: FlagReference;
  /** The literal list or table it stands in: one that names the whole registry is no read. */
  group: ts.Node | null;
  registry: RegistryShape;
}

class FileWalk {
  private readonly pending: Pending[] = [];
  /** Reads of the whole registry at once (see the module comment). */
  readonly uses: RegistryUse[] = [];
  private readonly propsCache = new Map<ts.Type, ReadonlySet<string> | null>();

  constructor(
    private readonly file: string,
    private readonly sf: ts.SourceFile,
    private readonly checker: ts.TypeChecker,
    private readonly shapes: readonly RegistryShape[],
    private readonly names: ReadonlySet<string>,
  ) {}

  run(): FlagReference[] {
    // Iterative: generated code nests thousands deep.
    const stack: ts.Node[] = [this.sf];
    for (let n = stack.pop(); n !== undefined; n = stack.pop()) {
      if (ts.isImportDeclaration(n) || ts.isExportDeclaration(n) || ts.isTypeNode(n)) continue;
      this.visit(n);
      const children: ts.Node[] = [];
      ts.forEachChild(n, (c) => {
        children.push(c);
      });
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as ts.Node);
    }
    return this.finish();
  }

  private visit(n: ts.Node): void {
    if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) this.literal(n);
    else if (ts.isPropertyAccessExpression(n)) {
      if (ts.isIdentifier(n.name)) this.member(n.expression, n.name.text, n);
    } else if (ts.isElementAccessExpression(n)) {
      const arg = n.argumentExpression;
      if (ts.isStringLiteralLike(arg)) this.member(n.expression, arg.text, n);
      else if (isKeyValue(arg)) this.dynamicMember(n.expression, arg);
    } else if (ts.isCallExpression(n) || ts.isNewExpression(n)) {
      for (const arg of n.arguments ?? []) if (isKeyValue(arg)) this.dynamicKey(arg);
    } else if (ts.isJsxExpression(n) && ts.isJsxAttribute(n.parent)) {
      if (n.expression && isKeyValue(n.expression)) this.dynamicKey(n.expression);
    } else if (ts.isObjectBindingPattern(n)) this.destructured(n);
    else if (ts.isObjectLiteralExpression(n)) this.tableKeys(n);
  }

  // ---- the whole registry at once ----------------------------------------------------------------

  /** `svc.flags[name]` with `flags` of the registry's object type and `name` of its whole key type. */
  private dynamicMember(obj: ts.Expression, key: ts.Expression): void {
    const kind = this.bindingKind(key);
    if (!kind) return;
    const props = this.propertiesOf(
      this.checker.getNonNullableType(this.checker.getTypeAtLocation(obj)),
    );
    if (!props) return;
    const registry = this.shapes.find((s) => covers(props, s.keys));
    if (registry) this.wholeKey(key, kind, registry, registry.info.exportName);
  }

  /** An argument or JSX attribute value of the whole key type where the key type is expected. */
  private dynamicKey(value: ts.Expression): void {
    // A wrapper's own parameter is the common case, and told without resolving the call.
    const kind = this.bindingKind(value);
    if (!kind) return;
    const type = this.checker.getContextualType(value);
    const values = type ? literalValues(type, this.checker) : null;
    const registry = values ? this.shapes.find((s) => covers(values, s.keys)) : undefined;
    if (registry) this.wholeKey(value, kind, registry, this.labelFor(value, registry));
  }

  private wholeKey(
    value: ts.Expression,
    kind: RegistryUse['kind'],
    registry: RegistryShape,
    accessor: string,
  ): void {
    const type = this.checker.getTypeAtLocation(value);
    // A few keys of their own are the syntactic pass's (`union`); an untyped value — `any`, as
    // `Object.values(Enum)` is in this Program without the standard library — may be any key.
    const values = literalValues(type, this.checker);
    if (values ? !covers(values, registry.keys) : !(type.flags & UNTYPED)) return;
    const p = this.sf.getLineAndCharacterOfPosition(value.getStart(this.sf));
    this.uses.push({
      file: this.file,
      line: p.line + 1,
      column: p.character + 1,
      accessor,
      kind,
      expression: value.getText(this.sf).replace(/\s+/g, ' '),
      keys: [...registry.keys].filter((k) => !values || values.has(k)).sort(),
    });
  }

  /**
   * How the value's root variable holds every key: as the element of a loop or an inline callback
   * (`iteration`), or otherwise (`union`: a cast, a typed local). Undefined for a parameter of a
   * function that is no inline callback: that function is a wrapper, and its callers say which key.
   */
  private bindingKind(value: ts.Expression): RegistryUse['kind'] | undefined {
    let root: ts.Expression = value;
    for (;;) {
      if (
        ts.isAsExpression(root) ||
        ts.isParenthesizedExpression(root) ||
        ts.isNonNullExpression(root)
      )
        root = root.expression;
      else if (ts.isPropertyAccessExpression(root)) root = root.expression;
      else break;
    }
    const kind = this.rootKind(root);
    // A cast (`name as FeatureName`) asserts the whole key type: of a parameter that is not
    // declared with it, that is a dynamic read, not a wrapper.
    return ts.isAsExpression(value) ? (kind ?? 'union') : kind;
  }

  private rootKind(root: ts.Expression): RegistryUse['kind'] | undefined {
    if (!ts.isIdentifier(root)) return 'union';
    const decl = this.checker.getSymbolAtLocation(root)?.valueDeclaration;
    if (!decl) return 'union';
    let at: ts.Node = decl;
    while (ts.isBindingElement(at) || ts.isObjectBindingPattern(at) || ts.isArrayBindingPattern(at))
      at = at.parent;
    if (ts.isParameter(at)) {
      const fn = at.parent;
      const inline =
        (ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) &&
        (ts.isCallExpression(skipParens(fn.parent)) || ts.isJsxExpression(skipParens(fn.parent)));
      return inline ? 'iteration' : undefined;
    }
    if (ts.isVariableDeclaration(at)) {
      const loop = at.parent.parent;
      if (ts.isForOfStatement(loop) || ts.isForInStatement(loop)) return 'iteration';
    }
    return 'union';
  }

  // ---- typed literals -------------------------------------------------------------------------

  private literal(lit: ts.StringLiteral | ts.NoSubstitutionTemplateLiteral): void {
    const parent = lit.parent;
    // Names of properties and element-access keys are read as members/table keys below.
    if ((ts.isPropertyAssignment(parent) || ts.isMethodDeclaration(parent)) && parent.name === lit)
      return;
    if (ts.isElementAccessExpression(parent) && parent.argumentExpression === lit) return;
    if (ts.isComputedPropertyName(parent)) return;
    // Asking the checker is the cost of this pass: skip what can be no key, or has no contextual type.
    if (!KEY_LIKE.test(lit.text) || !mayBeTyped(lit)) return;
    const type = this.checker.getContextualType(lit);
    if (!type) return;
    // In a generic call (`useFlag<K extends FlagKey>(key: K)`) the contextual type is K as
    // inferred from this very literal: the parameter's declared type says what it may be.
    const declared =
      type.isStringLiteral() && type.value === lit.text
        ? this.declaredParameterType(lit)
        : undefined;
    const values = literalValues(declared ?? type, this.checker);
    if (!values) return;
    const registry = this.shapes.find((s) => covers(values, s.keys));
    if (!registry) return;
    // A value of the type that is no flag key (`'all'` in `FlagKey | 'all'`) is no reference.
    if (values.has(lit.text) && !registry.keys.has(lit.text)) return;
    const group = ts.isArrayLiteralExpression(parent) ? parent : null;
    this.add(lit, lit.text, 'typed-literal', this.labelFor(lit, registry), group, registry);
  }

  /** The declared type of the parameter an argument is given to, in the signature the call resolves to. */
  private declaredParameterType(arg: ts.Expression): ts.Type | undefined {
    // `<Feature name="x">` of a generic component: the prop's declared type, in its props parameter.
    if (ts.isJsxAttribute(arg.parent) && ts.isJsxAttributes(arg.parent.parent)) {
      const element = arg.parent.parent.parent;
      const decl = this.checker.getResolvedSignature(element)?.getDeclaration();
      const props = decl && ts.isFunctionLike(decl) ? decl.parameters[0]?.type : undefined;
      if (!props) return undefined;
      const name = arg.parent.name.getText(this.sf);
      const prop = this.checker.getTypeFromTypeNode(props).getProperty(name);
      return prop ? this.checker.getTypeOfSymbol(prop) : undefined;
    }
    const call = arg.parent;
    if (!ts.isCallExpression(call) && !ts.isNewExpression(call)) return undefined;
    const index = call.arguments?.indexOf(arg) ?? -1;
    if (index < 0) return undefined;
    const decl = this.checker.getResolvedSignature(call)?.getDeclaration();
    const param = decl && ts.isFunctionLike(decl) ? decl.parameters[index] : undefined;
    return param?.type ? this.checker.getTypeFromTypeNode(param.type) : undefined;
  }

  /** `Partial<Record<FlagKey, …>>` and the like: the keys of an object literal typed by the registry. */
  private tableKeys(obj: ts.ObjectLiteralExpression): void {
    // Only a table naming at least one key is worth the checker's time (its misspelt keys then count).
    if (!obj.properties.some((p) => this.names.has(propertyKey(p.name) ?? ''))) return;
    const type = this.checker.getContextualType(obj);
    const props = type ? this.propertiesOf(type) : null;
    if (!type || !props) return;
    const registry = this.shapes.find((s) => covers(props, s.keys));
    if (!registry) return;
    for (const p of obj.properties) {
      if (!ts.isPropertyAssignment(p) && !ts.isShorthandPropertyAssignment(p)) continue;
      const key = propertyKey(p.name);
      if (key === undefined) continue;
      this.add(p.name, key, 'typed-literal', registry.info.exportName, obj, registry);
    }
  }

  // ---- reads through the registry's object type -------------------------------------------------

  private member(obj: ts.Expression, name: string, node: ts.Node): void {
    if (!this.names.has(name)) return;
    const type = this.checker.getTypeAtLocation(obj);
    const hit = this.registryMember(type, name);
    if (hit) this.add(node, hit.key, 'symbol', hit.registry.info.exportName, null, hit.registry);
  }

  /** `const { enable_ai } = FLAGS`, `const { flags: { x } } = service`. */
  private destructured(pattern: ts.ObjectBindingPattern): void {
    let type: ts.Type | undefined;
    for (const el of pattern.elements) {
      if (el.dotDotDotToken) continue;
      const nameNode = el.propertyName ?? el.name;
      const name =
        ts.isIdentifier(nameNode) || ts.isStringLiteralLike(nameNode) ? nameNode.text : undefined;
      if (name === undefined || !this.names.has(name)) continue;
      type ??= this.checker.getTypeAtLocation(pattern);
      const hit = this.registryMember(type, name);
      if (hit)
        this.add(nameNode, hit.key, 'symbol', hit.registry.info.exportName, null, hit.registry);
    }
  }

  /** The key `name` reads when `type` is a registry's object type (its keys, or its members). */
  private registryMember(
    type: ts.Type,
    name: string,
  ): { key: string; registry: RegistryShape } | undefined {
    const props = this.propertiesOf(this.checker.getNonNullableType(type));
    if (!props?.has(name)) return undefined;
    for (const registry of this.shapes) {
      const byMember = registry.info.members[name];
      if (byMember !== undefined && covers(props, registry.memberNames))
        return { key: byMember, registry };
      if (registry.keys.has(name) && covers(props, registry.keys)) return { key: name, registry };
    }
    return undefined;
  }

  private propertiesOf(type: ts.Type): ReadonlySet<string> | null {
    const cached = this.propsCache.get(type);
    if (cached !== undefined) return cached;
    let out: ReadonlySet<string> | null = null;
    if (type.flags & ts.TypeFlags.Object || type.isIntersection()) {
      const props = this.checker.getPropertiesOfType(type);
      if (props.length >= 2 && props.length <= MAX_PROPERTIES)
        out = new Set(props.map((p) => p.name));
    }
    this.propsCache.set(type, out);
    return out;
  }

  // ---- output ---------------------------------------------------------------------------------

  private add(
    at: ts.Node,
    key: string,
    via: 'typed-literal' | 'symbol',
    accessor: string,
    group: ts.Node | null,
    registry: RegistryShape,
  ): void {
    const p = this.sf.getLineAndCharacterOfPosition(at.getStart(this.sf));
    this.pending.push({
      ref: {
        key,
        pattern: null,
        file: this.file,
        line: p.line + 1,
        column: p.character + 1,
        via,
        accessor,
      },
      group,
      registry,
    });
  }

  private finish(): FlagReference[] {
    const groups = new Map<ts.Node, Set<string>>();
    for (const p of this.pending) {
      if (!p.group) continue;
      const keys = groups.get(p.group) ?? new Set<string>();
      keys.add(p.ref.key ?? '');
      groups.set(p.group, keys);
    }
    return this.pending
      .filter((p) => {
        const keys = p.group ? groups.get(p.group) : undefined;
        return !keys || !covers(keys, p.registry.keys);
      })
      .map((p) => p.ref);
  }

  /** A call's argument is read by the callee (`hasFlag`), a JSX attribute by its element; anything else is typed by the registry. */
  private labelFor(lit: ts.Expression, registry: RegistryShape): string {
    // `name={n}` holds its value in a JsxExpression.
    const parent = ts.isJsxExpression(lit.parent) ? lit.parent.parent : lit.parent;
    // `<Gate flag="x">`, labelled like a JSX accessor.
    if (ts.isJsxAttribute(parent) && ts.isIdentifier(parent.name)) {
      const tag = parent.parent.parent.tagName;
      return `<${tag.getText(this.sf)} ${parent.name.text}>`;
    }
    if ((ts.isCallExpression(parent) || ts.isNewExpression(parent)) && parent.expression !== lit) {
      const callee = parent.expression;
      if (ts.isIdentifier(callee)) return callee.text;
      if (ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.name))
        return callee.name.text;
    }
    return registry.info.exportName;
  }
}

const UNTYPED = ts.TypeFlags.Any | ts.TypeFlags.Unknown;

/** A value that may be a key held in a variable: `name`, `row.key`, `k as FlagKey` (not a literal, a call…). */
function isKeyValue(e: ts.Expression): boolean {
  return (
    ts.isIdentifier(e) ||
    ts.isPropertyAccessExpression(e) ||
    ts.isAsExpression(e) ||
    ts.isNonNullExpression(e) ||
    ts.isParenthesizedExpression(e)
  );
}

function skipParens(n: ts.Node): ts.Node {
  let cur = n;
  while (ts.isParenthesizedExpression(cur)) cur = cur.parent;
  return cur;
}

/** `a`, `'a'` and `['a']` as a property name. */
function propertyKey(name: ts.PropertyName | undefined): string | undefined {
  if (!name) return undefined;
  if (ts.isIdentifier(name) || ts.isStringLiteralLike(name)) return name.text;
  if (ts.isComputedPropertyName(name) && ts.isStringLiteralLike(name.expression))
    return name.expression.text;
  return undefined;
}

/** What a flag key may be (registry.ts's flagKeyProblem): one plain name, no whitespace or quotes. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what a key may not hold
const KEY_LIKE = /^[^\s<>"'`&\u0000-\u001f\u007f-\u009f]{1,256}$/;

/** Operators whose right operand takes the left's type as its contextual type. */
const ASSIGNING = new Set<ts.SyntaxKind>([
  ts.SyntaxKind.EqualsToken,
  ts.SyntaxKind.QuestionQuestionToken,
  ts.SyntaxKind.BarBarToken,
  ts.SyntaxKind.AmpersandAmpersandToken,
  ts.SyntaxKind.QuestionQuestionEqualsToken,
  ts.SyntaxKind.BarBarEqualsToken,
]);

/** Whether a literal stands where TypeScript gives it a contextual type (not `a === 'x'`, `case 'x':`). */
function mayBeTyped(lit: ts.Node): boolean {
  const parent = lit.parent;
  if (ts.isBinaryExpression(parent))
    return parent.right === lit && ASSIGNING.has(parent.operatorToken.kind);
  return !(
    ts.isCaseClause(parent) ||
    ts.isExpressionStatement(parent) ||
    ts.isTemplateSpan(parent) ||
    ts.isPrefixUnaryExpression(parent) ||
    ts.isTypeOfExpression(parent) ||
    ts.isTaggedTemplateExpression(parent) ||
    ts.isExternalModuleReference(parent)
  );
}

/** The string values a contextual type allows, when it is a union of string literals (or one). */
function literalValues(type: ts.Type, checker: ts.TypeChecker): ReadonlySet<string> | null {
  let t = type;
  if (t.flags & ts.TypeFlags.TypeParameter) {
    const c = checker.getBaseConstraintOfType(t);
    if (!c) return null;
    t = c;
  }
  const members = t.isUnion() ? t.types : [t];
  const out = new Set<string>();
  for (const m of members) {
    if (m.isStringLiteral()) out.add(m.value);
    else if (m.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null)) continue;
    else return null;
  }
  return out.size >= 2 ? out : null;
}
