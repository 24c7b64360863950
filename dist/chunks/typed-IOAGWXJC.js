import { createRequire as __osCreateRequire } from 'node:module'; import { fileURLToPath as __osFileURLToPath } from 'node:url'; const require = __osCreateRequire(import.meta.url); const __filename = __osFileURLToPath(import.meta.url); const __dirname = __osFileURLToPath(new URL('.', import.meta.url));
import {
  AMBIENT_RE,
  ImportGraph,
  WHOLE_SHARE
} from "./chunk-32TNWBZQ.js";
import {
  prefilter
} from "./chunk-WEBCDPUX.js";
import {
  import_typescript
} from "./chunk-BEOXMQQI.js";
import {
  inMemoryProgram,
  programPath
} from "./chunk-7VLLOSJ4.js";
import "./chunk-UCGWDI4O.js";
import "./chunk-LLBWVQXH.js";
import "./chunk-C2D6PDPM.js";

// src/flags/scanner/typed.ts
var TYPE_DEPTH = 2;
var MAX_TYPED_FILES = 1500;
var MAX_PROPERTIES = 2e4;
function typedScope(input) {
  const { registries, texts, scanned } = input;
  const regFiles = [...new Set(registries.map((r) => r.file))].filter((f) => texts.has(f));
  if (regFiles.length === 0) return { kept: /* @__PURE__ */ new Set(), walked: [], regFiles, skipped: [] };
  const reached = new Set(regFiles);
  const barrels = [...texts.keys()].filter((p) => REEXPORT_RE.test(texts.get(p) ?? ""));
  let frontier = regFiles;
  for (let depth = 0; depth < TYPE_DEPTH && frontier.length > 0; depth++) {
    const next = importersOf(frontier, texts, barrels, input.resolver).filter(
      (f) => !reached.has(f)
    );
    for (const f of next) reached.add(f);
    frontier = next;
  }
  if ([...reached].some((f) => AMBIENT_RE.test(texts.get(f) ?? ""))) {
    const mentions = prefilter(
      new Set(registries.flatMap((r) => [...r.keys, ...Object.keys(r.members)])),
      false
    );
    for (const [path, text] of texts) if (scanned.has(path) && mentions(text)) reached.add(path);
  }
  const ordered = [...reached];
  const kept = new Set(ordered.slice(0, MAX_TYPED_FILES));
  const skipped = ordered.slice(MAX_TYPED_FILES).filter((f) => scanned.has(f)).map((file) => ({
    file,
    reason: `not type-checked (more than ${MAX_TYPED_FILES} files import the flag registry's types); reads through them in it may be missed`
  }));
  const walked = [...kept].filter((f) => scanned.has(f) && !regFiles.includes(f)).sort();
  return { kept, walked, regFiles, skipped };
}
function typedReferences(input, scope = typedScope(input), installed) {
  const { registries, texts } = input;
  const { kept, walked } = scope;
  const skipped = [...scope.skipped];
  const empty = {
    references: [],
    registryUses: [],
    skipped: [],
    files: 0,
    programFiles: 0
  };
  if (walked.length === 0) return { ...empty, skipped };
  let program;
  let checker;
  try {
    program = inMemoryProgram(kept, (p) => texts.get(p), input.resolver, installed);
    checker = program.getTypeChecker();
  } catch (err) {
    return { ...empty, skipped: [...skipped, ...walked.map((f) => notTypeChecked(f, err))] };
  }
  const shapes = registries.map((info) => ({
    info,
    keys: new Set(info.keys),
    memberNames: new Set(Object.keys(info.members))
  }));
  const names = new Set(shapes.flatMap((s) => [...s.keys, ...s.memberNames]));
  const references = [];
  const registryUses = [];
  for (const file of walked) {
    const sf = program.getSourceFile(programPath(file));
    if (!sf) {
      skipped.push(notTypeChecked(file, new Error("the compiler did not take it")));
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
var EXPORTED_NAME_RE = /\bexport\s+(?:declare\s+)?(?:default\s+)?(?:abstract\s+)?(?:const|let|var|function\*?|class|interface|type|enum|namespace)\s+([A-Za-z_$][\w$]*)/g;
var EXPORT_LIST_RE = /\bexport\s+(?:type\s+)?\{([^}]*)\}/g;
var CJS_EXPORT_LIST_RE = /\bmodule\.exports\s*=\s*\{([^}]*)\}/g;
var CJS_EXPORT_NAME_RE = /\b(?:module\.)?exports\.([A-Za-z_$][\w$]*)\s*=/g;
var REEXPORT_RE = /\bexport\s+(?:type\s+)?(?:\*|\{[^}]*\})\s*(?:as\s+[\w$]+\s*)?from\b/;
function importersOf(modules, texts, barrels, resolver) {
  const names = /* @__PURE__ */ new Set();
  for (const m of modules) {
    const text = texts.get(m) ?? "";
    for (const hit of text.matchAll(EXPORTED_NAME_RE)) if (hit[1]) names.add(hit[1]);
    if (/\bexport\s+default\b/.test(text)) names.add(moduleName(m));
    for (const hit of text.matchAll(EXPORT_LIST_RE))
      for (const part of (hit[1] ?? "").split(",")) {
        const name = part.trim().split(/\s+as\s+/).pop();
        if (name) names.add(name);
      }
    for (const hit of text.matchAll(CJS_EXPORT_NAME_RE)) if (hit[1]) names.add(hit[1]);
    for (const hit of text.matchAll(CJS_EXPORT_LIST_RE))
      for (const part of (hit[1] ?? "").split(",")) {
        const name = /^\s*([A-Za-z_$][\w$]*)/.exec(part)?.[1];
        if (name) names.add(name);
      }
  }
  const mentions = prefilter(names, false);
  const subset = /* @__PURE__ */ new Map();
  for (const [path, text] of texts) if (mentions(text)) subset.set(path, text);
  for (const path of barrels) subset.set(path, texts.get(path) ?? "");
  return new ImportGraph(subset, new Set(subset.keys()), resolver).importersOf(modules);
}
function notTypeChecked(file, err) {
  const message = err instanceof Error ? err.message : String(err);
  return {
    file,
    reason: `could not be type-checked (${message}); reads through the flag registry's types in it may be missed`
  };
}
function moduleName(path) {
  const parts = path.split("/");
  const base = (parts.pop() ?? "").replace(/\.[^.]*$/, "").replace(/\.d$/, "");
  return base === "index" ? parts.pop() ?? base : base;
}
function covers(have, wanted) {
  if (wanted.size < 2) return false;
  let n = 0;
  for (const w of wanted) if (have.has(w)) n++;
  return n >= Math.ceil(wanted.size * WHOLE_SHARE);
}
var FileWalk = class {
  constructor(file, sf, checker, shapes, names) {
    this.file = file;
    this.sf = sf;
    this.checker = checker;
    this.shapes = shapes;
    this.names = names;
  }
  file;
  sf;
  checker;
  shapes;
  names;
  pending = [];
  /** Reads of the whole registry at once (see the module comment). */
  uses = [];
  propsCache = /* @__PURE__ */ new Map();
  run() {
    const stack = [this.sf];
    for (let n = stack.pop(); n !== void 0; n = stack.pop()) {
      if (import_typescript.default.isImportDeclaration(n) || import_typescript.default.isExportDeclaration(n) || import_typescript.default.isTypeNode(n)) continue;
      this.visit(n);
      const children = [];
      import_typescript.default.forEachChild(n, (c) => {
        children.push(c);
      });
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
    }
    return this.finish();
  }
  visit(n) {
    if (import_typescript.default.isStringLiteral(n) || import_typescript.default.isNoSubstitutionTemplateLiteral(n)) this.literal(n);
    else if (import_typescript.default.isPropertyAccessExpression(n)) {
      if (import_typescript.default.isIdentifier(n.name)) this.member(n.expression, n.name.text, n);
    } else if (import_typescript.default.isElementAccessExpression(n)) {
      const arg = n.argumentExpression;
      if (import_typescript.default.isStringLiteralLike(arg)) this.member(n.expression, arg.text, n);
      else if (isKeyValue(arg)) this.dynamicMember(n.expression, arg);
    } else if (import_typescript.default.isCallExpression(n) || import_typescript.default.isNewExpression(n)) {
      for (const arg of n.arguments ?? []) if (isKeyValue(arg)) this.dynamicKey(arg);
    } else if (import_typescript.default.isJsxExpression(n) && import_typescript.default.isJsxAttribute(n.parent)) {
      if (n.expression && isKeyValue(n.expression)) this.dynamicKey(n.expression);
    } else if (import_typescript.default.isObjectBindingPattern(n)) this.destructured(n);
    else if (import_typescript.default.isObjectLiteralExpression(n)) this.tableKeys(n);
  }
  // ---- the whole registry at once ----------------------------------------------------------------
  /** `svc.flags[name]` with `flags` of the registry's object type and `name` of its whole key type. */
  dynamicMember(obj, key) {
    const kind = this.bindingKind(key);
    if (!kind) return;
    const props = this.propertiesOf(
      this.checker.getNonNullableType(this.checker.getTypeAtLocation(obj))
    );
    if (!props) return;
    const registry = this.shapes.find((s) => covers(props, s.keys));
    if (registry) this.wholeKey(key, kind, registry, registry.info.exportName);
  }
  /** An argument or JSX attribute value of the whole key type where the key type is expected. */
  dynamicKey(value) {
    const kind = this.bindingKind(value);
    if (!kind) return;
    const type = this.checker.getContextualType(value);
    const values = type ? literalValues(type, this.checker) : null;
    const registry = values ? this.shapes.find((s) => covers(values, s.keys)) : void 0;
    if (registry) this.wholeKey(value, kind, registry, this.labelFor(value, registry));
  }
  wholeKey(value, kind, registry, accessor) {
    const type = this.checker.getTypeAtLocation(value);
    const values = literalValues(type, this.checker);
    if (values ? !covers(values, registry.keys) : !(type.flags & UNTYPED)) return;
    const p = this.sf.getLineAndCharacterOfPosition(value.getStart(this.sf));
    this.uses.push({
      file: this.file,
      line: p.line + 1,
      column: p.character + 1,
      accessor,
      kind,
      expression: value.getText(this.sf).replace(/\s+/g, " "),
      keys: [...registry.keys].filter((k) => !values || values.has(k)).sort()
    });
  }
  /**
   * How the value's root variable holds every key: as the element of a loop or an inline callback
   * (`iteration`), or otherwise (`union`: a cast, a typed local). Undefined for a parameter of a
   * function that is no inline callback: that function is a wrapper, and its callers say which key.
   */
  bindingKind(value) {
    let root = value;
    for (; ; ) {
      if (import_typescript.default.isAsExpression(root) || import_typescript.default.isParenthesizedExpression(root) || import_typescript.default.isNonNullExpression(root))
        root = root.expression;
      else if (import_typescript.default.isPropertyAccessExpression(root)) root = root.expression;
      else break;
    }
    const kind = this.rootKind(root);
    return import_typescript.default.isAsExpression(value) ? kind ?? "union" : kind;
  }
  rootKind(root) {
    if (!import_typescript.default.isIdentifier(root)) return "union";
    const decl = this.checker.getSymbolAtLocation(root)?.valueDeclaration;
    if (!decl) return "union";
    let at = decl;
    while (import_typescript.default.isBindingElement(at) || import_typescript.default.isObjectBindingPattern(at) || import_typescript.default.isArrayBindingPattern(at))
      at = at.parent;
    if (import_typescript.default.isParameter(at)) {
      const fn = at.parent;
      const inline = (import_typescript.default.isArrowFunction(fn) || import_typescript.default.isFunctionExpression(fn)) && (import_typescript.default.isCallExpression(skipParens(fn.parent)) || import_typescript.default.isJsxExpression(skipParens(fn.parent)));
      return inline ? "iteration" : void 0;
    }
    if (import_typescript.default.isVariableDeclaration(at)) {
      const loop = at.parent.parent;
      if (import_typescript.default.isForOfStatement(loop) || import_typescript.default.isForInStatement(loop)) return "iteration";
    }
    return "union";
  }
  // ---- typed literals -------------------------------------------------------------------------
  literal(lit) {
    const parent = lit.parent;
    if ((import_typescript.default.isPropertyAssignment(parent) || import_typescript.default.isMethodDeclaration(parent)) && parent.name === lit)
      return;
    if (import_typescript.default.isElementAccessExpression(parent) && parent.argumentExpression === lit) return;
    if (import_typescript.default.isComputedPropertyName(parent)) return;
    if (!KEY_LIKE.test(lit.text) || !mayBeTyped(lit)) return;
    const type = this.checker.getContextualType(lit);
    if (!type) return;
    const declared = type.isStringLiteral() && type.value === lit.text ? this.declaredParameterType(lit) : void 0;
    const values = literalValues(declared ?? type, this.checker);
    if (!values) return;
    const registry = this.shapes.find((s) => covers(values, s.keys));
    if (!registry) return;
    if (values.has(lit.text) && !registry.keys.has(lit.text)) return;
    const group = import_typescript.default.isArrayLiteralExpression(parent) ? parent : null;
    this.add(lit, lit.text, "typed-literal", this.labelFor(lit, registry), group, registry);
  }
  /** The declared type of the parameter an argument is given to, in the signature the call resolves to. */
  declaredParameterType(arg) {
    if (import_typescript.default.isJsxAttribute(arg.parent) && import_typescript.default.isJsxAttributes(arg.parent.parent)) {
      const element = arg.parent.parent.parent;
      const decl2 = this.checker.getResolvedSignature(element)?.getDeclaration();
      const props = decl2 && import_typescript.default.isFunctionLike(decl2) ? decl2.parameters[0]?.type : void 0;
      if (!props) return void 0;
      const name = arg.parent.name.getText(this.sf);
      const prop = this.checker.getTypeFromTypeNode(props).getProperty(name);
      return prop ? this.checker.getTypeOfSymbol(prop) : void 0;
    }
    const call = arg.parent;
    if (!import_typescript.default.isCallExpression(call) && !import_typescript.default.isNewExpression(call)) return void 0;
    const index = call.arguments?.indexOf(arg) ?? -1;
    if (index < 0) return void 0;
    const decl = this.checker.getResolvedSignature(call)?.getDeclaration();
    const param = decl && import_typescript.default.isFunctionLike(decl) ? decl.parameters[index] : void 0;
    return param?.type ? this.checker.getTypeFromTypeNode(param.type) : void 0;
  }
  /** `Partial<Record<FlagKey, …>>` and the like: the keys of an object literal typed by the registry. */
  tableKeys(obj) {
    if (!obj.properties.some((p) => this.names.has(propertyKey(p.name) ?? ""))) return;
    const type = this.checker.getContextualType(obj);
    const props = type ? this.propertiesOf(type) : null;
    if (!type || !props) return;
    const registry = this.shapes.find((s) => covers(props, s.keys));
    if (!registry) return;
    for (const p of obj.properties) {
      if (!import_typescript.default.isPropertyAssignment(p) && !import_typescript.default.isShorthandPropertyAssignment(p)) continue;
      const key = propertyKey(p.name);
      if (key === void 0) continue;
      this.add(p.name, key, "typed-literal", registry.info.exportName, obj, registry);
    }
  }
  // ---- reads through the registry's object type -------------------------------------------------
  member(obj, name, node) {
    if (!this.names.has(name)) return;
    const type = this.checker.getTypeAtLocation(obj);
    const hit = this.registryMember(type, name);
    if (hit) this.add(node, hit.key, "symbol", hit.registry.info.exportName, null, hit.registry);
  }
  /** `const { enable_ai } = FLAGS`, `const { flags: { x } } = service`. */
  destructured(pattern) {
    let type;
    for (const el of pattern.elements) {
      if (el.dotDotDotToken) continue;
      const nameNode = el.propertyName ?? el.name;
      const name = import_typescript.default.isIdentifier(nameNode) || import_typescript.default.isStringLiteralLike(nameNode) ? nameNode.text : void 0;
      if (name === void 0 || !this.names.has(name)) continue;
      type ??= this.checker.getTypeAtLocation(pattern);
      const hit = this.registryMember(type, name);
      if (hit)
        this.add(nameNode, hit.key, "symbol", hit.registry.info.exportName, null, hit.registry);
    }
  }
  /** The key `name` reads when `type` is a registry's object type (its keys, or its members). */
  registryMember(type, name) {
    const props = this.propertiesOf(this.checker.getNonNullableType(type));
    if (!props?.has(name)) return void 0;
    for (const registry of this.shapes) {
      const byMember = registry.info.members[name];
      if (byMember !== void 0 && covers(props, registry.memberNames))
        return { key: byMember, registry };
      if (registry.keys.has(name) && covers(props, registry.keys)) return { key: name, registry };
    }
    return void 0;
  }
  propertiesOf(type) {
    const cached = this.propsCache.get(type);
    if (cached !== void 0) return cached;
    let out = null;
    if (type.flags & import_typescript.default.TypeFlags.Object || type.isIntersection()) {
      const props = this.checker.getPropertiesOfType(type);
      if (props.length >= 2 && props.length <= MAX_PROPERTIES)
        out = new Set(props.map((p) => p.name));
    }
    this.propsCache.set(type, out);
    return out;
  }
  // ---- output ---------------------------------------------------------------------------------
  add(at, key, via, accessor, group, registry) {
    const p = this.sf.getLineAndCharacterOfPosition(at.getStart(this.sf));
    this.pending.push({
      ref: {
        key,
        pattern: null,
        file: this.file,
        line: p.line + 1,
        column: p.character + 1,
        via,
        accessor
      },
      group,
      registry
    });
  }
  finish() {
    const groups = /* @__PURE__ */ new Map();
    for (const p of this.pending) {
      if (!p.group) continue;
      const keys = groups.get(p.group) ?? /* @__PURE__ */ new Set();
      keys.add(p.ref.key ?? "");
      groups.set(p.group, keys);
    }
    return this.pending.filter((p) => {
      const keys = p.group ? groups.get(p.group) : void 0;
      return !keys || !covers(keys, p.registry.keys);
    }).map((p) => p.ref);
  }
  /** A call's argument is read by the callee (`hasFlag`), a JSX attribute by its element; anything else is typed by the registry. */
  labelFor(lit, registry) {
    const parent = import_typescript.default.isJsxExpression(lit.parent) ? lit.parent.parent : lit.parent;
    if (import_typescript.default.isJsxAttribute(parent) && import_typescript.default.isIdentifier(parent.name)) {
      const tag = parent.parent.parent.tagName;
      return `<${tag.getText(this.sf)} ${parent.name.text}>`;
    }
    if ((import_typescript.default.isCallExpression(parent) || import_typescript.default.isNewExpression(parent)) && parent.expression !== lit) {
      const callee = parent.expression;
      if (import_typescript.default.isIdentifier(callee)) return callee.text;
      if (import_typescript.default.isPropertyAccessExpression(callee) && import_typescript.default.isIdentifier(callee.name))
        return callee.name.text;
    }
    return registry.info.exportName;
  }
};
var UNTYPED = import_typescript.default.TypeFlags.Any | import_typescript.default.TypeFlags.Unknown;
function isKeyValue(e) {
  return import_typescript.default.isIdentifier(e) || import_typescript.default.isPropertyAccessExpression(e) || import_typescript.default.isAsExpression(e) || import_typescript.default.isNonNullExpression(e) || import_typescript.default.isParenthesizedExpression(e);
}
function skipParens(n) {
  let cur = n;
  while (import_typescript.default.isParenthesizedExpression(cur)) cur = cur.parent;
  return cur;
}
function propertyKey(name) {
  if (!name) return void 0;
  if (import_typescript.default.isIdentifier(name) || import_typescript.default.isStringLiteralLike(name)) return name.text;
  if (import_typescript.default.isComputedPropertyName(name) && import_typescript.default.isStringLiteralLike(name.expression))
    return name.expression.text;
  return void 0;
}
var KEY_LIKE = /^[^\s<>"'`&\u0000-\u001f\u007f-\u009f]{1,256}$/;
var ASSIGNING = /* @__PURE__ */ new Set([
  import_typescript.default.SyntaxKind.EqualsToken,
  import_typescript.default.SyntaxKind.QuestionQuestionToken,
  import_typescript.default.SyntaxKind.BarBarToken,
  import_typescript.default.SyntaxKind.AmpersandAmpersandToken,
  import_typescript.default.SyntaxKind.QuestionQuestionEqualsToken,
  import_typescript.default.SyntaxKind.BarBarEqualsToken
]);
function mayBeTyped(lit) {
  const parent = lit.parent;
  if (import_typescript.default.isBinaryExpression(parent))
    return parent.right === lit && ASSIGNING.has(parent.operatorToken.kind);
  return !(import_typescript.default.isCaseClause(parent) || import_typescript.default.isExpressionStatement(parent) || import_typescript.default.isTemplateSpan(parent) || import_typescript.default.isPrefixUnaryExpression(parent) || import_typescript.default.isTypeOfExpression(parent) || import_typescript.default.isTaggedTemplateExpression(parent) || import_typescript.default.isExternalModuleReference(parent));
}
function literalValues(type, checker) {
  let t = type;
  if (t.flags & import_typescript.default.TypeFlags.TypeParameter) {
    const c = checker.getBaseConstraintOfType(t);
    if (!c) return null;
    t = c;
  }
  const members = t.isUnion() ? t.types : [t];
  const out = /* @__PURE__ */ new Set();
  for (const m of members) {
    if (m.isStringLiteral()) out.add(m.value);
    else if (m.flags & (import_typescript.default.TypeFlags.Undefined | import_typescript.default.TypeFlags.Null)) continue;
    else return null;
  }
  return out.size >= 2 ? out : null;
}
export {
  typedReferences,
  typedScope
};
