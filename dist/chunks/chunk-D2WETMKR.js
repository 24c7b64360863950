import { createRequire as __osCreateRequire } from 'node:module'; import { fileURLToPath as __osFileURLToPath } from 'node:url'; const require = __osCreateRequire(import.meta.url); const __filename = __osFileURLToPath(import.meta.url); const __dirname = __osFileURLToPath(new URL('.', import.meta.url));
import {
  FORMS
} from "./chunk-DE34YFCQ.js";
import {
  HINT_MARKER
} from "./chunk-WEBCDPUX.js";
import {
  import_typescript
} from "./chunk-BEOXMQQI.js";
import {
  __export
} from "./chunk-C2D6PDPM.js";

// src/flags/scanner/scope.ts
var ts2 = import_typescript.default;
function lookup(id) {
  const name = id.text;
  for (let scope = id.parent; scope; scope = scope.parent) {
    if (ts2.isFunctionLike(scope)) {
      for (const p of scope.parameters) if (bindsName(p.name, name)) return { node: p, top: false };
    }
    let statements;
    if (ts2.isSourceFile(scope) || ts2.isBlock(scope) || ts2.isModuleBlock(scope))
      statements = scope.statements;
    else if (ts2.isCaseClause(scope) || ts2.isDefaultClause(scope)) statements = scope.statements;
    else if ((ts2.isForStatement(scope) || ts2.isForOfStatement(scope) || ts2.isForInStatement(scope)) && scope.initializer && ts2.isVariableDeclarationList(scope.initializer)) {
      for (const d of scope.initializer.declarations) {
        const hit = findBinding(d, name);
        if (hit) return { node: hit, top: false };
      }
    } else if (ts2.isCatchClause(scope) && scope.variableDeclaration) {
      if (bindsName(scope.variableDeclaration.name, name))
        return { node: scope.variableDeclaration, top: false };
    }
    if (!statements) continue;
    const top = ts2.isSourceFile(scope);
    for (const st of statements) {
      if (ts2.isVariableStatement(st)) {
        for (const d of st.declarationList.declarations) {
          const hit = findBinding(d, name);
          if (hit) return { node: hit, top };
        }
      } else if ((ts2.isFunctionDeclaration(st) || ts2.isClassDeclaration(st) || ts2.isEnumDeclaration(st)) && st.name?.text === name) {
        return { node: st, top };
      } else if (top && ts2.isImportDeclaration(st) && importBinds(st, name)) {
        return { node: st, top };
      } else if (top && ts2.isImportEqualsDeclaration(st) && st.name.text === name) {
        return { node: st, top };
      }
    }
  }
  return void 0;
}
function bindsName(name, wanted) {
  if (ts2.isIdentifier(name)) return name.text === wanted;
  for (const el of name.elements) {
    if (!ts2.isOmittedExpression(el) && bindsName(el.name, wanted)) return true;
  }
  return false;
}
function findBinding(decl, wanted) {
  if (ts2.isIdentifier(decl.name)) return decl.name.text === wanted ? decl : void 0;
  const walk2 = (pattern) => {
    for (const el of pattern.elements) {
      if (ts2.isOmittedExpression(el)) continue;
      if (ts2.isIdentifier(el.name)) {
        if (el.name.text === wanted) return el;
      } else {
        const hit = walk2(el.name);
        if (hit) return hit;
      }
    }
    return void 0;
  };
  return walk2(decl.name);
}
function importBinds(st, name) {
  const clause = st.importClause;
  if (!clause) return false;
  if (clause.name?.text === name) return true;
  const nb = clause.namedBindings;
  if (!nb) return false;
  if (ts2.isNamespaceImport(nb)) return nb.name.text === name;
  return nb.elements.some((el) => el.name.text === name);
}

// src/flags/scanner/syntax.ts
var syntax_exports = {};
__export(syntax_exports, {
  OBJECT_MEMBERS: () => OBJECT_MEMBERS,
  chainText: () => chainText,
  hasModifier: () => hasModifier,
  isRequireCall: () => isRequireCall,
  loadedModule: () => loadedModule,
  loadedModuleBinding: () => loadedModuleBinding,
  parameterProperty: () => parameterProperty,
  propName: () => propName,
  scriptKind: () => scriptKind,
  skipParenType: () => skipParenType,
  templateOf: () => templateOf,
  thisClassOf: () => thisClassOf,
  unwrap: () => unwrap,
  unwrapParents: () => unwrapParents
});
var ts3 = import_typescript.default;
var OBJECT_MEMBERS = /* @__PURE__ */ new Set([
  "hasOwnProperty",
  "toString",
  "valueOf",
  "constructor",
  "isPrototypeOf",
  "propertyIsEnumerable",
  "toLocaleString",
  "then"
]);
function scriptKind(path) {
  if (path.endsWith(".tsx")) return ts3.ScriptKind.TSX;
  if (path.endsWith(".jsx")) return ts3.ScriptKind.JSX;
  if (/\.[cm]?js$/.test(path)) return ts3.ScriptKind.JS;
  return ts3.ScriptKind.TS;
}
function unwrap(e) {
  let cur = e;
  while (ts3.isParenthesizedExpression(cur) || ts3.isNonNullExpression(cur) || ts3.isAwaitExpression(cur) || ts3.isSatisfiesExpression(cur)) {
    cur = cur.expression;
  }
  return cur;
}
function unwrapParents(node) {
  let cur = node.parent;
  while (cur && (ts3.isParenthesizedExpression(cur) || ts3.isAsExpression(cur) || ts3.isSatisfiesExpression(cur) || ts3.isNonNullExpression(cur))) {
    cur = cur.parent;
  }
  return cur;
}
function propName(name) {
  if (ts3.isIdentifier(name) || ts3.isStringLiteral(name) || ts3.isNumericLiteral(name))
    return name.text;
  if (ts3.isNoSubstitutionTemplateLiteral(name)) return name.text;
  if (ts3.isComputedPropertyName(name)) {
    const e = name.expression;
    if (ts3.isStringLiteralLike(e)) return e.text;
  }
  return void 0;
}
function hasModifier(node, kind) {
  return ts3.canHaveModifiers(node) && (ts3.getModifiers(node)?.some((m) => m.kind === kind) ?? false);
}
function thisClassOf(node) {
  for (let n = node.parent; n; n = n.parent) {
    if (ts3.isClassLike(n)) return n;
    if (ts3.isFunctionDeclaration(n) || ts3.isFunctionExpression(n)) return void 0;
  }
  return void 0;
}
function parameterProperty(ctor, name) {
  return ctor.parameters.find(
    (q) => ts3.isIdentifier(q.name) && q.name.text === name && (ts3.getCombinedModifierFlags(q) & ts3.ModifierFlags.ParameterPropertyModifier) !== 0
  );
}
function loadedModule(e) {
  if (!e) return void 0;
  const u = unwrap(e);
  if (ts3.isCallExpression(u) && u.expression.kind === ts3.SyntaxKind.ImportKeyword) {
    const a = u.arguments[0];
    return a && ts3.isStringLiteralLike(a) ? a.text : void 0;
  }
  return isRequireCall(u);
}
function loadedModuleBinding(specifier) {
  return `import(${JSON.stringify(specifier)})`;
}
function isRequireCall(e) {
  if (!e) return void 0;
  const u = unwrap(e);
  if (ts3.isCallExpression(u) && ts3.isIdentifier(u.expression) && u.expression.text === "require" && u.arguments.length === 1) {
    const a = u.arguments[0];
    if (a && ts3.isStringLiteralLike(a)) return a.text;
  }
  return void 0;
}
function chainText(e) {
  const suffix = [];
  let u = unwrap(e);
  for (; ; ) {
    if (ts3.isPropertyAccessExpression(u)) {
      suffix.push(`.${ts3.isIdentifier(u.name) ? u.name.text : u.name.getText()}`);
    } else if (ts3.isCallExpression(u)) suffix.push("()");
    else if (ts3.isElementAccessExpression(u)) suffix.push("[]");
    else break;
    u = unwrap(u.expression);
  }
  const head = ts3.isIdentifier(u) ? u.text : u.kind === ts3.SyntaxKind.ThisKeyword ? "this" : "?";
  return head + suffix.reverse().join("");
}
function skipParenType(t) {
  let cur = t;
  while (ts3.isParenthesizedTypeNode(cur)) cur = cur.type;
  return cur;
}
function templateOf(head, spans, part) {
  const parts = [];
  if (head.text) parts.push({ k: "str", v: head.text });
  for (const span of spans) {
    parts.push(part(span));
    if (span.literal.text) parts.push({ k: "str", v: span.literal.text });
  }
  return { k: "cat", parts, tpl: true };
}

// src/flags/scanner/ir-builder.ts
var ts4 = import_typescript.default;
var UNKNOWN = { k: "unknown" };
var MAX_DEPTH = 24;
var ELEMENT_PARAM = /* @__PURE__ */ new Map([
  ["forEach", 0],
  ["map", 0],
  ["flatMap", 0],
  ["filter", 0],
  ["some", 0],
  ["every", 0],
  ["find", 0],
  ["findIndex", 0],
  ["findLast", 0],
  ["findLastIndex", 0],
  ["reduce", 1],
  ["reduceRight", 1]
]);
var COLLECTION_FNS = /* @__PURE__ */ new Set([
  "forEach",
  "forOwn",
  "each",
  "map",
  "mapValues",
  "flatMap",
  "filter",
  "reject",
  "pickBy",
  "omitBy",
  "some",
  "every",
  "find"
]);
var COLLECTION_LIBS = /* @__PURE__ */ new Set(["_", "lodash", "underscore"]);
var COLLECTION_MODULE_RE = /^(?:lodash(?:-es)?(?:\/.*)?|lodash\.[a-z]+|underscore|es-toolkit\/compat)$/;
function fromCollectionLibrary(id, namespace) {
  const found = lookup(id);
  if (!found) return namespace;
  const node = found.node;
  if (ts4.isImportDeclaration(node))
    return ts4.isStringLiteral(node.moduleSpecifier) && COLLECTION_MODULE_RE.test(node.moduleSpecifier.text);
  if (ts4.isImportEqualsDeclaration(node)) {
    const ref = node.moduleReference;
    return ts4.isExternalModuleReference(ref) && ts4.isStringLiteral(ref.expression) && COLLECTION_MODULE_RE.test(ref.expression.text);
  }
  const decl = ts4.isBindingElement(node) ? node.parent.parent : node;
  const required = ts4.isVariableDeclaration(decl) ? loadedModule(decl.initializer) : void 0;
  return required !== void 0 && COLLECTION_MODULE_RE.test(required);
}
var IrBuilder = class {
  constructor(sf, fns) {
    this.sf = sf;
    this.fns = fns;
  }
  sf;
  fns;
  fnIds = /* @__PURE__ */ new Map();
  declValue(decl, isConst) {
    const init = isConst && decl.initializer ? this.expr(decl.initializer) : UNKNOWN;
    if (init.k === "unknown" && decl.type) return { k: "typed", type: this.typeExpr(decl.type, 0) };
    return init;
  }
  enumExpr(decl) {
    const props = {};
    for (const m of decl.members) {
      const name = propName(m.name);
      if (name !== void 0 && m.initializer) props[name] = this.expr(m.initializer);
    }
    return { k: "obj", props, isEnum: true };
  }
  // ---- expressions --------------------------------------------------------------------------
  expr(node, depth = 0) {
    if (depth > MAX_DEPTH) return UNKNOWN;
    const d = depth + 1;
    switch (node.kind) {
      case ts4.SyntaxKind.StringLiteral:
      case ts4.SyntaxKind.NoSubstitutionTemplateLiteral:
        return { k: "str", v: node.text };
      case ts4.SyntaxKind.TemplateExpression: {
        const t = node;
        return templateOf(t.head, t.templateSpans, (span) => this.expr(span.expression, d));
      }
      case ts4.SyntaxKind.BinaryExpression: {
        const b = node;
        const op = b.operatorToken.kind;
        if (op === ts4.SyntaxKind.PlusToken) {
          const operands = [b.right];
          let left = b.left;
          while (ts4.isBinaryExpression(left) && left.operatorToken.kind === ts4.SyntaxKind.PlusToken) {
            operands.push(left.right);
            left = left.left;
          }
          operands.push(left);
          const parts = [];
          for (const side of operands.reverse()) {
            const e = this.expr(side, d);
            if (e.k === "cat" && !e.tpl) parts.push(...e.parts);
            else parts.push(e);
          }
          return { k: "cat", parts, tpl: false };
        }
        if (op === ts4.SyntaxKind.QuestionQuestionToken || op === ts4.SyntaxKind.BarBarToken) {
          return { k: "alt", items: [this.expr(b.left, d), this.expr(b.right, d)] };
        }
        return UNKNOWN;
      }
      case ts4.SyntaxKind.ParenthesizedExpression:
      case ts4.SyntaxKind.NonNullExpression:
      case ts4.SyntaxKind.SatisfiesExpression:
        return this.expr(node.expression, d);
      case ts4.SyntaxKind.AsExpression:
      case ts4.SyntaxKind.TypeAssertionExpression: {
        const a = node;
        const inner = this.expr(a.expression, d);
        const isConstAssertion = ts4.isTypeReferenceNode(a.type) && ts4.isIdentifier(a.type.typeName) && a.type.typeName.text === "const";
        if (isConstAssertion) return inner;
        const asserted = { k: "typed", type: this.typeExpr(a.type, d) };
        if (inner.k === "unknown") return asserted;
        return inner.k === "str" ? inner : { k: "first", items: [inner, asserted] };
      }
      case ts4.SyntaxKind.ConditionalExpression: {
        const c = node;
        return { k: "alt", items: [this.expr(c.whenTrue, d), this.expr(c.whenFalse, d)] };
      }
      case ts4.SyntaxKind.Identifier:
        return this.identExpr(node, d);
      case ts4.SyntaxKind.PropertyAccessExpression: {
        const p = node;
        if (!ts4.isIdentifier(p.name)) return UNKNOWN;
        if (p.expression.kind === ts4.SyntaxKind.ThisKeyword) {
          const own = this.thisField(p, p.name.text, d);
          if (own) return own;
        }
        const obj = this.expr(p.expression, d);
        const e = { k: "prop", obj, key: { k: "str", v: p.name.text } };
        if (obj.k === "param" && obj.type)
          return { k: "first", items: [e, this.checkerAt(p.name)] };
        return e;
      }
      case ts4.SyntaxKind.ElementAccessExpression: {
        const p = node;
        return {
          k: "prop",
          obj: this.expr(p.expression, d),
          key: this.expr(p.argumentExpression, d)
        };
      }
      case ts4.SyntaxKind.ObjectLiteralExpression: {
        const props = {};
        for (const p of node.properties) {
          if (ts4.isPropertyAssignment(p)) {
            const name = propName(p.name);
            if (name !== void 0) props[name] = this.expr(p.initializer, d);
          } else if (ts4.isShorthandPropertyAssignment(p)) {
            props[p.name.text] = this.identExpr(p.name, d);
          }
        }
        return { k: "obj", props };
      }
      case ts4.SyntaxKind.ArrayLiteralExpression:
        return {
          k: "arr",
          items: node.elements.map(
            (el) => ts4.isSpreadElement(el) ? UNKNOWN : this.expr(el, d)
          )
        };
      case ts4.SyntaxKind.AwaitExpression:
        return this.expr(node.expression, d);
      case ts4.SyntaxKind.CallExpression: {
        const loaded = loadedModule(node);
        if (loaded !== void 0) return { k: "ref", name: loadedModuleBinding(loaded) };
        const c = node;
        const arg = c.arguments[0];
        if (!arg) return UNKNOWN;
        const callee = chainText(c.expression);
        if (callee === "Object.freeze") return this.expr(arg, d);
        if (callee === "Object.values") return { k: "values", of: this.expr(arg, d) };
        if (callee === "Object.keys") return { k: "keys", of: this.expr(arg, d) };
        return UNKNOWN;
      }
      default:
        return UNKNOWN;
    }
  }
  identExpr(id, depth) {
    const found = lookup(id);
    if (!found || found.top) return { k: "ref", name: id.text };
    const node = found.node;
    if (ts4.isVariableDeclaration(node)) {
      const isConst = (node.parent.flags & ts4.NodeFlags.Const) !== 0;
      const loop = node.parent.parent;
      if (ts4.isIdentifier(node.name) && ts4.isForOfStatement(loop) && loop.initializer === node.parent)
        return this.element(loop.expression, node.type, depth);
      if (ts4.isIdentifier(node.name) && ts4.isForInStatement(loop) && loop.initializer === node.parent)
        return { k: "each", of: { k: "keys", of: this.expr(loop.expression, depth) } };
      if (ts4.isIdentifier(node.name)) {
        if (!isConst || !node.initializer) {
          return node.type ? { k: "typed", type: this.typeExpr(node.type, depth) } : UNKNOWN;
        }
        const init = this.expr(node.initializer, depth);
        if (init.k === "unknown" && node.type)
          return { k: "typed", type: this.typeExpr(node.type, depth) };
        return init.k === "str" || init.k === "cat" ? { k: "const", e: init } : init;
      }
      return UNKNOWN;
    }
    if (ts4.isBindingElement(node)) {
      const pattern = node.parent;
      const decl = pattern.parent;
      if (ts4.isArrayBindingPattern(pattern) && pattern.elements[0] === node && ts4.isVariableDeclaration(decl) && ts4.isForOfStatement(decl.parent.parent) && decl.parent.parent.initializer === decl.parent)
        return this.entryKey(decl.parent.parent.expression, depth);
      if (ts4.isObjectBindingPattern(pattern) && ts4.isVariableDeclaration(decl) && decl.initializer && (decl.parent.flags & ts4.NodeFlags.Const) !== 0) {
        const key = node.propertyName ? propName(node.propertyName) : id.text;
        if (key !== void 0)
          return { k: "prop", obj: this.expr(decl.initializer, depth), key: { k: "str", v: key } };
      }
      return UNKNOWN;
    }
    if (ts4.isParameter(node)) {
      const fn = node.parent;
      if (ts4.isObjectBindingPattern(node.name)) return this.destructuredParam(node, id, depth);
      if (ts4.isArrayBindingPattern(node.name) && ts4.isFunctionLike(fn) && bindsFirst(node.name, id.text)) {
        const list = this.iteratedBy(fn, fn.parameters.indexOf(node));
        return list ? this.entryKey(list, depth) : UNKNOWN;
      }
      if (!ts4.isIdentifier(node.name) || node.dotDotDotToken || !ts4.isFunctionLike(fn))
        return UNKNOWN;
      const index = fn.parameters.indexOf(node);
      const iterated = this.iteratedBy(fn, index);
      if (iterated) return this.element(iterated, node.type, depth);
      const collected = this.collectionParam(fn, index, depth);
      if (collected) return collected;
      return this.paramExpr(node, fn, index, depth);
    }
    if (ts4.isEnumDeclaration(node)) return this.enumExpr(node);
    return UNKNOWN;
  }
  /**
   * The element variable of a loop over `list` (`for (const f of list)`, `list.forEach((f) => …)`).
   * A declared type is the fallback when the list cannot be resolved.
   */
  element(list, type, depth) {
    const each = { k: "each", of: this.expr(list, depth) };
    return type ? { k: "first", items: [each, { k: "typed", type: this.typeExpr(type, depth) }] } : each;
  }
  /** The key of an entry when `list` is `Object.entries(X)`: one of X's keys. */
  entryKey(list, depth) {
    const call = unwrap(list);
    const arg = ts4.isCallExpression(call) ? call.arguments[0] : void 0;
    if (!arg || !ts4.isCallExpression(call) || chainText(call.expression) !== "Object.entries")
      return UNKNOWN;
    return { k: "each", of: { k: "keys", of: this.expr(arg, depth) } };
  }
  /**
   * `list.forEach((f) => …)` and the like: the list whose element parameter `index` of the
   * callback `fn` is, when `fn` is written inline as an array method's callback.
   */
  iteratedBy(fn, index) {
    const call = callbackOf(fn, 0);
    if (!call) return void 0;
    const callee = unwrap(call.expression);
    if (!ts4.isPropertyAccessExpression(callee) || !ts4.isIdentifier(callee.name)) return void 0;
    return ELEMENT_PARAM.get(callee.name.text) === index ? callee.expression : void 0;
  }
  /**
   * A parameter of a callback given to a lodash-style collection function (COLLECTION_FNS): the
   * first one of the collection's values, the second one of its keys.
   */
  collectionParam(fn, index, depth) {
    const call = index > 1 ? void 0 : callbackOf(fn, 1);
    if (!call?.arguments[0]) return void 0;
    const callee = unwrap(call.expression);
    const name = ts4.isIdentifier(callee) ? callee.text : ts4.isPropertyAccessExpression(callee) && ts4.isIdentifier(callee.expression) && COLLECTION_LIBS.has(callee.expression.text) ? callee.name.text : void 0;
    if (name === void 0 || !COLLECTION_FNS.has(name)) return void 0;
    const holder = ts4.isPropertyAccessExpression(callee) ? callee.expression : callee;
    if (ts4.isIdentifier(holder) && !fromCollectionLibrary(holder, holder !== callee))
      return void 0;
    const of = this.expr(call.arguments[0], depth);
    return { k: "each", of: { k: index === 0 ? "values" : "keys", of } };
  }
  /**
   * A prop destructured from a typed parameter (`function C({ variant }: Props)`, React's usual
   * form): its declared type is what we know. An inline type literal is read here; anything else
   * (an interface, an imported alias) goes to the type checker.
   */
  destructuredParam(param, id, depth) {
    if (!param.type || !ts4.isObjectBindingPattern(param.name)) return UNKNOWN;
    const el = param.name.elements.find((e) => ts4.isIdentifier(e.name) && e.name.text === id.text);
    if (!el || el.dotDotDotToken || !ts4.isIdentifier(el.name)) return UNKNOWN;
    const key = el.propertyName ? propName(el.propertyName) : el.name.text;
    if (key === void 0) return UNKNOWN;
    if (ts4.isTypeLiteralNode(param.type)) {
      const member = param.type.members.find(
        (m) => ts4.isPropertySignature(m) && propName(m.name) === key
      );
      return member && ts4.isPropertySignature(member) && member.type ? { k: "typed", type: this.typeExpr(member.type, depth) } : UNKNOWN;
    }
    return this.checkerAt(el.name);
  }
  // ---- types --------------------------------------------------------------------------------
  typeExpr(t, depth) {
    if (depth > MAX_DEPTH) return UNKNOWN;
    const d = depth + 1;
    switch (t.kind) {
      case ts4.SyntaxKind.LiteralType: {
        const lit = t.literal;
        return ts4.isStringLiteralLike(lit) ? { k: "str", v: lit.text } : UNKNOWN;
      }
      case ts4.SyntaxKind.UnionType:
        return { k: "alt", items: t.types.map((x) => this.typeExpr(x, d)) };
      case ts4.SyntaxKind.ParenthesizedType:
        return this.typeExpr(t.type, d);
      case ts4.SyntaxKind.TypeReference: {
        const r = t;
        if (r.typeArguments) return this.checkerExpr(t);
        if (ts4.isIdentifier(r.typeName)) {
          const local = this.localTypeParam(r.typeName);
          if (local) return local.constraint ? this.typeExpr(local.constraint, d) : UNKNOWN;
          return { k: "ref", name: r.typeName.text, type: true };
        }
        const left = r.typeName.left;
        if (ts4.isIdentifier(left))
          return { k: "ref", name: `${left.text}.${r.typeName.right.text}`, type: true };
        return this.checkerExpr(t);
      }
      case ts4.SyntaxKind.TypeOperator: {
        const op = t;
        if (op.operator === ts4.SyntaxKind.KeyOfKeyword && ts4.isTypeQueryNode(op.type)) {
          return { k: "keys", of: this.entityExpr(op.type.exprName, d) };
        }
        return this.checkerExpr(t);
      }
      case ts4.SyntaxKind.IndexedAccessType: {
        const ia = t;
        const obj = skipParenType(ia.objectType);
        const idx = skipParenType(ia.indexType);
        if (ts4.isTypeQueryNode(obj)) {
          const of = this.entityExpr(obj.exprName, d);
          if (ts4.isTypeOperatorNode(idx) && idx.operator === ts4.SyntaxKind.KeyOfKeyword)
            return { k: "values", of };
          if (idx.kind === ts4.SyntaxKind.NumberKeyword) return { k: "items", of };
          if (ts4.isLiteralTypeNode(idx) && ts4.isStringLiteralLike(idx.literal)) {
            return { k: "prop", obj: of, key: { k: "str", v: idx.literal.text } };
          }
        }
        return this.checkerExpr(t);
      }
      case ts4.SyntaxKind.TypeQuery:
        return this.entityExpr(t.exprName, d);
      case ts4.SyntaxKind.TemplateLiteralType: {
        const tl = t;
        return templateOf(tl.head, tl.templateSpans, (span) => this.typeExpr(span.type, d));
      }
      case ts4.SyntaxKind.ConditionalType:
      case ts4.SyntaxKind.MappedType:
      case ts4.SyntaxKind.InferType:
        return this.checkerExpr(t);
      default:
        return UNKNOWN;
    }
  }
  checkerExpr(t) {
    return { k: "checker", start: t.getStart(this.sf), end: t.end };
  }
  /** The declared type of the binding or property named by `id`, from the checker. */
  checkerAt(id) {
    return { k: "checker", start: id.getStart(this.sf), end: id.end };
  }
  entityExpr(e, depth) {
    if (ts4.isIdentifier(e)) return this.identExpr(e, depth);
    return { k: "prop", obj: this.entityExpr(e.left, depth), key: { k: "str", v: e.right.text } };
  }
  /** `function f<K extends Flag>(k: K)`: the constraint is what we know. */
  localTypeParam(id) {
    for (let n = id.parent; n; n = n.parent) {
      if (ts4.isFunctionLike(n) || ts4.isClassLike(n) || ts4.isTypeAliasDeclaration(n)) {
        const hit = n.typeParameters?.find((p) => p.name.text === id.text);
        if (hit) return hit;
      }
    }
    return void 0;
  }
  paramExpr(node, fn, index, depth) {
    const e = { k: "param", fn: this.fnId(fn), index };
    if (node.type) e.type = this.typeExpr(node.type, depth);
    if (node.initializer) {
      const def = this.expr(node.initializer, depth);
      if (def.k !== "unknown") e.def = def;
    }
    return e;
  }
  /**
   * `this.key` held in a field of the enclosing class: every value the class gives it — a
   * parameter property (`constructor(private readonly key = 'checkout-v2')`, whose default counts
   * and to which `new Gate('other')` passes another key: the constructor is then a wrapper), the
   * field's initialiser, and each `this.key = …` in its members. One assignment that cannot be
   * told (a method's argument, a value read at run time) leaves the read unresolved beside the
   * keys the others give: never only the first value.
   */
  thisField(at, name, depth) {
    const cls = thisClassOf(at);
    if (!cls) return void 0;
    const ctor = cls.members.find(
      (m) => ts4.isConstructorDeclaration(m) && m.body !== void 0
    );
    const items = [];
    const param = ctor ? parameterProperty(ctor, name) : void 0;
    if (ctor && param)
      items.push(this.paramExpr(param, ctor, ctor.parameters.indexOf(param), depth));
    for (const m of cls.members) {
      if (ts4.isPropertyDeclaration(m) && m.initializer && !hasModifier(m, ts4.SyntaxKind.StaticKeyword) && propName(m.name) === name)
        items.push(this.expr(m.initializer, depth));
    }
    for (const value of fieldAssignments(cls, name))
      items.push(this.assignedValue(value, ctor, depth));
    if (items.length === 0) return void 0;
    return items.length === 1 ? items[0] : { k: "alt", items };
  }
  /**
   * A value assigned to a field: a constructor's argument stays its parameter (the callers of `new`
   * pass the key); another method's is not known where the field is read.
   */
  assignedValue(value, ctor, depth) {
    const e = this.expr(value, depth);
    if (e.k !== "param") return e;
    return e.fn === (ctor ? this.fnIds.get(ctor) : void 0) ? e : UNKNOWN;
  }
  fnId(fn) {
    const known = this.fnIds.get(fn);
    if (known !== void 0) return known;
    const info = describeFn(fn);
    this.fns.push(info);
    const id = this.fns.length - 1;
    this.fnIds.set(fn, id);
    return id;
  }
};
function fieldAssignments(cls, name) {
  const out = [];
  const visit = (n) => {
    if (ts4.isBinaryExpression(n) && ASSIGNMENTS.has(n.operatorToken.kind) && ts4.isPropertyAccessExpression(n.left) && n.left.expression.kind === ts4.SyntaxKind.ThisKeyword && n.left.name.text === name && thisClassOf(n.left) === cls)
      out.push(n.right);
    if (!ts4.isClassLike(n)) ts4.forEachChild(n, visit);
  };
  for (const m of cls.members) if (!ts4.isPropertyDeclaration(m) || m.initializer) visit(m);
  return out;
}
var ASSIGNMENTS = /* @__PURE__ */ new Set([
  ts4.SyntaxKind.EqualsToken,
  ts4.SyntaxKind.QuestionQuestionEqualsToken,
  ts4.SyntaxKind.BarBarEqualsToken
]);
function bindsFirst(pattern, name) {
  const first = pattern.elements[0];
  return first !== void 0 && ts4.isBindingElement(first) && ts4.isIdentifier(first.name) && first.name.text === name;
}
function callbackOf(fn, position) {
  if (!ts4.isArrowFunction(fn) && !ts4.isFunctionExpression(fn)) return void 0;
  let arg = fn;
  while (ts4.isParenthesizedExpression(arg.parent)) arg = arg.parent;
  const call = arg.parent;
  return ts4.isCallExpression(call) && call.arguments[position] === arg ? call : void 0;
}
function varNameOf(node) {
  return ts4.isVariableDeclaration(node) && ts4.isIdentifier(node.name) ? node.name.text : null;
}
function describeFn(fn) {
  const parent = fn.parent;
  if (ts4.isConstructorDeclaration(fn))
    return { name: fn.parent.name?.text ?? null, owner: null, method: false };
  if (ts4.isFunctionDeclaration(fn)) {
    const anonymousDefault = !fn.name && hasModifier(fn, ts4.SyntaxKind.ExportKeyword) && hasModifier(fn, ts4.SyntaxKind.DefaultKeyword);
    return {
      name: fn.name?.text ?? (anonymousDefault ? "default" : null),
      owner: null,
      method: false
    };
  }
  if (ts4.isMethodDeclaration(fn) || ts4.isPropertyAssignment(parent) || ts4.isPropertyDeclaration(parent)) {
    const holder = ts4.isMethodDeclaration(fn) ? fn : parent;
    const nameNode = holder.name;
    const name = propName(nameNode) ?? null;
    const container = holder.parent;
    if (ts4.isClassLike(container))
      return { name, owner: container.name?.text ?? null, ownerIsClass: true, method: true };
    const owner = ts4.isObjectLiteralExpression(container) ? varNameOf(unwrapParents(container)) : null;
    return { name, owner, method: true };
  }
  if (ts4.isArrowFunction(fn) || ts4.isFunctionExpression(fn)) {
    const holder = unwrapParents(fn);
    const direct = varNameOf(holder);
    if (direct) return { name: direct, owner: null, method: false };
    if (ts4.isExportAssignment(holder) && !holder.isExportEquals)
      return { name: "default", owner: null, method: false };
    if (ts4.isCallExpression(parent) && parent.arguments[0] === fn) {
      const outer = varNameOf(unwrapParents(parent));
      if (outer) return { name: outer, owner: null, method: false };
    }
    if (ts4.isFunctionExpression(fn) && fn.name)
      return { name: fn.name.text, owner: null, method: false };
  }
  return { name: null, owner: null, method: false };
}

// src/flags/scanner/facts.ts
var ts5 = import_typescript.default;
var ModuleFacts = class {
  constructor(ir, out) {
    this.ir = ir;
    this.out = out;
  }
  ir;
  out;
  /**
   * Bare callees whose calls are recorded whatever their name: imported bindings (local → imported
   * name) and functions declared at the top level. A wrapper found later among them then needs no
   * second parse of this file.
   */
  callees = /* @__PURE__ */ new Map();
  /** Top-level functions defined here with a body (FileSummary.definedFns). */
  defined = /* @__PURE__ */ new Set();
  statement(st) {
    const out = this.out;
    const exported = hasModifier(st, ts5.SyntaxKind.ExportKeyword);
    const isDefault = hasModifier(st, ts5.SyntaxKind.DefaultKeyword);
    if (ts5.isImportDeclaration(st)) {
      if (!ts5.isStringLiteral(st.moduleSpecifier) || !st.importClause) return;
      const from = st.moduleSpecifier.text;
      const clause = st.importClause;
      if (clause.name) {
        out.imports[clause.name.text] = { from, name: "default" };
        this.callees.set(clause.name.text, clause.name.text);
      }
      const nb = clause.namedBindings;
      if (nb && ts5.isNamespaceImport(nb)) out.imports[nb.name.text] = { from, name: "*" };
      if (nb && ts5.isNamedImports(nb)) {
        for (const el of nb.elements) {
          const imported = (el.propertyName ?? el.name).text;
          out.imports[el.name.text] = { from, name: imported };
          this.callees.set(el.name.text, imported);
        }
      }
    } else if (ts5.isImportEqualsDeclaration(st)) {
      const ref = st.moduleReference;
      if (ts5.isExternalModuleReference(ref) && ts5.isStringLiteral(ref.expression)) {
        out.imports[st.name.text] = { from: ref.expression.text, name: "*" };
      }
    } else if (ts5.isVariableStatement(st)) {
      const isConst = (st.declarationList.flags & ts5.NodeFlags.Const) !== 0;
      for (const decl of st.declarationList.declarations) {
        const required = loadedModule(decl.initializer);
        if (ts5.isIdentifier(decl.name)) {
          const name = decl.name.text;
          if (exported) out.exports[name] = name;
          if (required !== void 0) out.imports[name] = { from: required, name: "*" };
          else this.setValue(name, this.ir.declValue(decl, isConst));
          const init = decl.initializer && unwrap(decl.initializer);
          if (init && (ts5.isArrowFunction(init) || ts5.isFunctionExpression(init))) {
            this.callees.set(name, name);
            this.defined.add(name);
          }
        } else if (ts5.isObjectBindingPattern(decl.name) && decl.initializer) {
          for (const el of decl.name.elements) {
            if (el.dotDotDotToken || !ts5.isIdentifier(el.name)) continue;
            const key = el.propertyName ? propName(el.propertyName) : el.name.text;
            if (key === void 0) continue;
            const name = el.name.text;
            if (exported) out.exports[name] = name;
            if (required !== void 0) {
              out.imports[name] = { from: required, name: key };
              this.callees.set(name, key);
            } else if (isConst) {
              this.setValue(name, {
                k: "prop",
                obj: this.ir.expr(decl.initializer),
                key: { k: "str", v: key }
              });
            }
          }
        }
      }
    } else if (ts5.isEnumDeclaration(st)) {
      const name = st.name.text;
      out.values[name] = this.ir.enumExpr(st);
      out.types[name] = { k: "values", of: { k: "ref", name } };
      if (exported) out.exports[isDefault ? "default" : name] = name;
    } else if (ts5.isTypeAliasDeclaration(st)) {
      const name = st.name.text;
      out.types[name] = st.typeParameters ? UNKNOWN : this.ir.typeExpr(st.type, 0);
      if (exported) out.exports[isDefault ? "default" : name] = name;
    } else if (ts5.isFunctionDeclaration(st) || ts5.isClassDeclaration(st)) {
      if (exported && st.name) out.exports[isDefault ? "default" : st.name.text] = st.name.text;
      else if (exported && isDefault && ts5.isFunctionDeclaration(st))
        out.exports.default = "default";
      if (ts5.isFunctionDeclaration(st) && st.name) {
        this.callees.set(st.name.text, st.name.text);
        if (st.body) this.defined.add(st.name.text);
      }
      if (ts5.isClassDeclaration(st) && st.name) {
        const props = {};
        for (const m of st.members) {
          if (!ts5.isPropertyDeclaration(m) || !m.initializer) continue;
          const key = propName(m.name);
          if (key !== void 0 && hasModifier(m, ts5.SyntaxKind.StaticKeyword))
            props[key] = this.ir.expr(m.initializer);
        }
        if (Object.keys(props).length > 0) out.values[st.name.text] = { k: "obj", props };
      }
    } else if (ts5.isExportDeclaration(st)) {
      const clause = st.exportClause;
      if (st.moduleSpecifier && ts5.isStringLiteral(st.moduleSpecifier)) {
        const from = st.moduleSpecifier.text;
        if (!clause) out.reexports.push({ from, names: null });
        else if (ts5.isNamespaceExport(clause))
          out.reexports.push({ from, names: { [clause.name.text]: "*" } });
        else {
          const names = {};
          for (const el of clause.elements) names[el.name.text] = (el.propertyName ?? el.name).text;
          out.reexports.push({ from, names });
        }
      } else if (clause && ts5.isNamedExports(clause)) {
        for (const el of clause.elements)
          out.exports[el.name.text] = (el.propertyName ?? el.name).text;
      }
    } else if (ts5.isExportAssignment(st)) {
      const e = unwrap(st.expression);
      if (ts5.isIdentifier(e)) out.exports.default = e.text;
      else {
        this.setValue("default", this.ir.expr(st.expression));
        out.exports.default = "default";
      }
    } else if (ts5.isExpressionStatement(st)) {
      this.commonJsExport(st.expression);
    }
  }
  /**
   * A module loaded where it is used: `const { isEnabled } = await import('./flags')` or
   * `require('./flags')` in a function, `const flags = await import('./flags')`,
   * `import('./flags').then(({ isEnabled }) => …)`. Its bindings are imports of the file, as if
   * written at the top (unless the file binds the name itself there), and every such call site
   * records the module's namespace under a synthetic name (`loadedModuleBinding`) that the
   * expressions built for it refer to.
   */
  loadedLocally(node) {
    let name;
    let from;
    if (ts5.isVariableDeclaration(node) && !ts5.isSourceFile(node.parent.parent.parent)) {
      from = loadedModule(node.initializer);
      name = node.name;
    } else if (ts5.isCallExpression(node)) {
      from = loadedModule(node);
      const then = node.parent;
      const cb = ts5.isPropertyAccessExpression(then) && then.name.text === "then" && ts5.isCallExpression(then.parent) ? then.parent.arguments[0] : void 0;
      if (cb && (ts5.isArrowFunction(cb) || ts5.isFunctionExpression(cb)))
        name = cb.parameters[0]?.name;
    }
    if (from === void 0) return;
    this.out.imports[loadedModuleBinding(from)] = { from, name: "*" };
    if (name) this.bindLoaded(name, from);
  }
  bindLoaded(name, from) {
    const free = (local) => !(local in this.out.imports) && !(local in this.out.values) && !this.callees.has(local);
    if (ts5.isIdentifier(name)) {
      if (free(name.text)) this.out.imports[name.text] = { from, name: "*" };
      return;
    }
    if (!ts5.isObjectBindingPattern(name)) return;
    for (const el of name.elements) {
      if (el.dotDotDotToken || !ts5.isIdentifier(el.name)) continue;
      const key = el.propertyName ? propName(el.propertyName) : el.name.text;
      if (key === void 0 || !free(el.name.text)) continue;
      this.out.imports[el.name.text] = { from, name: key };
      this.callees.set(el.name.text, key);
    }
  }
  /** `module.exports = { A, B: 'b' }`, `exports.A = …`, `module.exports.A = …`. */
  commonJsExport(e) {
    if (!ts5.isBinaryExpression(e) || e.operatorToken.kind !== ts5.SyntaxKind.EqualsToken) return;
    const target = e.left;
    const targetText = ts5.isPropertyAccessExpression(target) ? chainText(target) : "";
    if (targetText === "module.exports") {
      const right = unwrap(e.right);
      if (ts5.isObjectLiteralExpression(right)) {
        for (const p of right.properties) {
          if (ts5.isShorthandPropertyAssignment(p)) this.out.exports[p.name.text] = p.name.text;
          else if (ts5.isPropertyAssignment(p)) {
            const name = propName(p.name);
            if (name === void 0) continue;
            this.setValue(`module.exports.${name}`, this.ir.expr(p.initializer));
            this.out.exports[name] = `module.exports.${name}`;
          }
        }
      }
    } else if (ts5.isPropertyAccessExpression(target) && /^(module\.)?exports\.[^.]+$/.test(targetText)) {
      const name = target.name.text;
      this.setValue(`module.exports.${name}`, this.ir.expr(e.right));
      this.out.exports[name] = `module.exports.${name}`;
    }
  }
  setValue(name, e) {
    if (e.k !== "unknown") this.out.values[name] = e;
  }
};

// src/flags/scanner/hints.ts
var HINT_RE = new RegExp(`${HINT_MARKER}:([^\\n]*)`, "g");
function scanHints(sf, text) {
  const hints = [];
  if (!text.includes(`${HINT_MARKER}:`)) return hints;
  for (const m of text.matchAll(HINT_RE)) {
    const lineStart = text.lastIndexOf("\n", m.index) + 1;
    const before = text.slice(lineStart, m.index);
    if (!/(\/\/|\/\*|^\s*\*|#)/.test(before)) continue;
    const body = (m[1] ?? "").replace(/\*\/.*$/, "");
    const bodyStart = m.index + HINT_MARKER.length + 1;
    const keys = [];
    for (const km of body.matchAll(/[^\s,]+/g)) {
      const pos = sf.getLineAndCharacterOfPosition(bodyStart + km.index);
      keys.push({ key: km[0], line: pos.line + 1, column: pos.character + 1 });
    }
    if (keys.length === 0) continue;
    const ownLine = /^\s*(\/\/|\/\*+|\*|#)\s*$/.test(before);
    hints.push({ keys, line: sf.getLineAndCharacterOfPosition(m.index).line + 1, ownLine });
  }
  return hints;
}

// src/flags/scanner/spec.ts
function compileSpec(spec) {
  const jsx = /* @__PURE__ */ new Map();
  for (const [tag, attr] of spec.jsx) jsx.set(tag, [...jsx.get(tag) ?? [], attr]);
  return {
    callNames: new Set(spec.callNames),
    jsx,
    memberRoots: new Set(spec.memberRoots),
    dottedRoots: spec.memberRoots.some((r) => r.includes(".")),
    objectFromNames: new Set(spec.objectFromNames),
    injectedProps: new Map(spec.injectedProps ?? []),
    symbolRoots: new Set(spec.symbolRoots)
  };
}

// src/flags/scanner/extract.ts
var ts6 = import_typescript.default;
var MAX_TEXT = 160;
var SYNTAX = { ...syntax_exports, lookup };
function extractFile(path, text, spec) {
  const summary = {
    path,
    imports: {},
    exports: {},
    reexports: [],
    values: {},
    types: {},
    fns: [],
    sites: [],
    hints: []
  };
  try {
    const sf = ts6.createSourceFile(
      path,
      text,
      { languageVersion: ts6.ScriptTarget.Latest, jsDocParsingMode: ts6.JSDocParsingMode.ParseNone },
      false,
      scriptKind(path)
    );
    const nodes = adoptInPreOrder(sf);
    const syntax = firstSyntaxError(sf);
    if (syntax) summary.syntaxError = syntax;
    walk(sf, nodes, spec, summary);
    summary.hints = scanHints(sf, text);
  } catch (err) {
    summary.error = err instanceof Error ? err.message : String(err);
  }
  return summary;
}
var LOADS_RE = /\b(?:import|require)\s*\(/;
function walk(sf, nodes, spec, out) {
  const ir = new IrBuilder(sf, out.fns);
  const facts = new ModuleFacts(ir, out);
  for (const st of sf.statements) facts.statement(st);
  if (LOADS_RE.test(sf.text)) for (const node of nodes) facts.loadedLocally(node);
  out.recordedCallees = [...new Set(facts.callees.values())];
  if (facts.defined.size > 0) out.definedFns = [...facts.defined];
  const ctx = {
    ts: ts6,
    syntax: SYNTAX,
    sf,
    spec,
    ir,
    facts,
    report: (site) => out.sites.push(site),
    loc: (node) => {
      const p = sf.getLineAndCharacterOfPosition(node.getStart(sf));
      return [p.line + 1, p.character + 1];
    },
    text: (node) => {
      const t = node.getText(sf).replace(/\s+/g, " ");
      return t.length > MAX_TEXT ? `${t.slice(0, MAX_TEXT - 1)}\u2026` : t;
    }
  };
  const byKind = [];
  for (const form of FORMS) {
    for (const [kind, visit] of Object.entries(form.create(ctx))) {
      if (visit) (byKind[Number(kind)] ??= []).push(visit);
    }
  }
  for (const node of nodes) {
    const visitors = byKind[node.kind];
    if (visitors) for (const visit of visitors) visit(node);
  }
}
function adoptInPreOrder(sf) {
  const order = [];
  const stack = [];
  const children = [];
  let parent = sf;
  const adopt = (child) => {
    child.parent = parent;
    children.push(child);
  };
  for (let node = sf; node !== void 0; node = stack.pop()) {
    if (node !== sf) order.push(node);
    parent = node;
    children.length = 0;
    ts6.forEachChild(node, adopt);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return order;
}
function firstSyntaxError(sf) {
  const diags = sf.parseDiagnostics;
  if (!Array.isArray(diags) || diags.length === 0) return void 0;
  const d = diags[0];
  const pos = sf.getLineAndCharacterOfPosition(d.start ?? 0);
  return {
    line: pos.line + 1,
    column: pos.character + 1,
    message: ts6.flattenDiagnosticMessageText(d.messageText, " ")
  };
}

export {
  compileSpec,
  extractFile
};
