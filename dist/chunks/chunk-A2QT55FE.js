import { createRequire as __osCreateRequire } from 'node:module'; import { fileURLToPath as __osFileURLToPath } from 'node:url'; const require = __osCreateRequire(import.meta.url); const __filename = __osFileURLToPath(import.meta.url); const __dirname = __osFileURLToPath(new URL('.', import.meta.url));
import {
  FORMS
} from "./chunk-DNYIRCS2.js";
import {
  HINT_MARKER
} from "./chunk-WEBCDPUX.js";
import {
  require_ts_morph
} from "./chunk-F4KBAFWO.js";
import {
  __export,
  __toESM
} from "./chunk-S2JO3YRI.js";

// src/flags/scanner/extract.ts
var import_ts_morph6 = __toESM(require_ts_morph(), 1);

// src/flags/scanner/facts.ts
var import_ts_morph4 = __toESM(require_ts_morph(), 1);

// src/flags/scanner/ir-builder.ts
var import_ts_morph3 = __toESM(require_ts_morph(), 1);

// src/flags/scanner/scope.ts
var import_ts_morph = __toESM(require_ts_morph(), 1);
var ts = import_ts_morph.ts;
function lookup(id) {
  const name = id.text;
  for (let scope = id.parent; scope; scope = scope.parent) {
    if (ts.isFunctionLike(scope)) {
      for (const p of scope.parameters) if (bindsName(p.name, name)) return { node: p, top: false };
    }
    let statements;
    if (ts.isSourceFile(scope) || ts.isBlock(scope) || ts.isModuleBlock(scope))
      statements = scope.statements;
    else if (ts.isCaseClause(scope) || ts.isDefaultClause(scope)) statements = scope.statements;
    else if ((ts.isForStatement(scope) || ts.isForOfStatement(scope) || ts.isForInStatement(scope)) && scope.initializer && ts.isVariableDeclarationList(scope.initializer)) {
      for (const d of scope.initializer.declarations) {
        const hit = findBinding(d, name);
        if (hit) return { node: hit, top: false };
      }
    } else if (ts.isCatchClause(scope) && scope.variableDeclaration) {
      if (bindsName(scope.variableDeclaration.name, name))
        return { node: scope.variableDeclaration, top: false };
    }
    if (!statements) continue;
    const top = ts.isSourceFile(scope);
    for (const st of statements) {
      if (ts.isVariableStatement(st)) {
        for (const d of st.declarationList.declarations) {
          const hit = findBinding(d, name);
          if (hit) return { node: hit, top };
        }
      } else if ((ts.isFunctionDeclaration(st) || ts.isClassDeclaration(st) || ts.isEnumDeclaration(st)) && st.name?.text === name) {
        return { node: st, top };
      } else if (top && ts.isImportDeclaration(st) && importBinds(st, name)) {
        return { node: st, top };
      } else if (top && ts.isImportEqualsDeclaration(st) && st.name.text === name) {
        return { node: st, top };
      }
    }
  }
  return void 0;
}
function bindsName(name, wanted) {
  if (ts.isIdentifier(name)) return name.text === wanted;
  for (const el of name.elements) {
    if (!ts.isOmittedExpression(el) && bindsName(el.name, wanted)) return true;
  }
  return false;
}
function findBinding(decl, wanted) {
  if (ts.isIdentifier(decl.name)) return decl.name.text === wanted ? decl : void 0;
  const walk2 = (pattern) => {
    for (const el of pattern.elements) {
      if (ts.isOmittedExpression(el)) continue;
      if (ts.isIdentifier(el.name)) {
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
  if (ts.isNamespaceImport(nb)) return nb.name.text === name;
  return nb.elements.some((el) => el.name.text === name);
}

// src/flags/scanner/syntax.ts
var syntax_exports = {};
__export(syntax_exports, {
  OBJECT_MEMBERS: () => OBJECT_MEMBERS,
  chainText: () => chainText,
  hasModifier: () => hasModifier,
  isRequireCall: () => isRequireCall,
  propName: () => propName,
  scriptKind: () => scriptKind,
  skipParenType: () => skipParenType,
  templateOf: () => templateOf,
  unwrap: () => unwrap,
  unwrapParents: () => unwrapParents
});
var import_ts_morph2 = __toESM(require_ts_morph(), 1);
var ts2 = import_ts_morph2.ts;
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
  if (path.endsWith(".tsx")) return ts2.ScriptKind.TSX;
  if (path.endsWith(".jsx")) return ts2.ScriptKind.JSX;
  if (/\.[cm]?js$/.test(path)) return ts2.ScriptKind.JS;
  return ts2.ScriptKind.TS;
}
function unwrap(e) {
  let cur = e;
  while (ts2.isParenthesizedExpression(cur) || ts2.isNonNullExpression(cur) || ts2.isAwaitExpression(cur) || ts2.isSatisfiesExpression(cur)) {
    cur = cur.expression;
  }
  return cur;
}
function unwrapParents(node) {
  let cur = node.parent;
  while (cur && (ts2.isParenthesizedExpression(cur) || ts2.isAsExpression(cur) || ts2.isSatisfiesExpression(cur) || ts2.isNonNullExpression(cur))) {
    cur = cur.parent;
  }
  return cur;
}
function propName(name) {
  if (ts2.isIdentifier(name) || ts2.isStringLiteral(name) || ts2.isNumericLiteral(name))
    return name.text;
  if (ts2.isNoSubstitutionTemplateLiteral(name)) return name.text;
  if (ts2.isComputedPropertyName(name)) {
    const e = name.expression;
    if (ts2.isStringLiteralLike(e)) return e.text;
  }
  return void 0;
}
function hasModifier(node, kind) {
  return ts2.canHaveModifiers(node) && (ts2.getModifiers(node)?.some((m) => m.kind === kind) ?? false);
}
function isRequireCall(e) {
  if (!e) return void 0;
  const u = unwrap(e);
  if (ts2.isCallExpression(u) && ts2.isIdentifier(u.expression) && u.expression.text === "require" && u.arguments.length === 1) {
    const a = u.arguments[0];
    if (a && ts2.isStringLiteralLike(a)) return a.text;
  }
  return void 0;
}
function chainText(e) {
  const suffix = [];
  let u = unwrap(e);
  for (; ; ) {
    if (ts2.isPropertyAccessExpression(u)) {
      suffix.push(`.${ts2.isIdentifier(u.name) ? u.name.text : u.name.getText()}`);
    } else if (ts2.isCallExpression(u)) suffix.push("()");
    else if (ts2.isElementAccessExpression(u)) suffix.push("[]");
    else break;
    u = unwrap(u.expression);
  }
  const head = ts2.isIdentifier(u) ? u.text : u.kind === ts2.SyntaxKind.ThisKeyword ? "this" : "?";
  return head + suffix.reverse().join("");
}
function skipParenType(t) {
  let cur = t;
  while (ts2.isParenthesizedTypeNode(cur)) cur = cur.type;
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
var ts3 = import_ts_morph3.ts;
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
      case ts3.SyntaxKind.StringLiteral:
      case ts3.SyntaxKind.NoSubstitutionTemplateLiteral:
        return { k: "str", v: node.text };
      case ts3.SyntaxKind.TemplateExpression: {
        const t = node;
        return templateOf(t.head, t.templateSpans, (span) => this.expr(span.expression, d));
      }
      case ts3.SyntaxKind.BinaryExpression: {
        const b = node;
        const op = b.operatorToken.kind;
        if (op === ts3.SyntaxKind.PlusToken) {
          const operands = [b.right];
          let left = b.left;
          while (ts3.isBinaryExpression(left) && left.operatorToken.kind === ts3.SyntaxKind.PlusToken) {
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
        if (op === ts3.SyntaxKind.QuestionQuestionToken || op === ts3.SyntaxKind.BarBarToken) {
          return { k: "alt", items: [this.expr(b.left, d), this.expr(b.right, d)] };
        }
        return UNKNOWN;
      }
      case ts3.SyntaxKind.ParenthesizedExpression:
      case ts3.SyntaxKind.NonNullExpression:
      case ts3.SyntaxKind.SatisfiesExpression:
        return this.expr(node.expression, d);
      case ts3.SyntaxKind.AsExpression:
      case ts3.SyntaxKind.TypeAssertionExpression: {
        const a = node;
        const inner = this.expr(a.expression, d);
        const isConstAssertion = ts3.isTypeReferenceNode(a.type) && ts3.isIdentifier(a.type.typeName) && a.type.typeName.text === "const";
        if (isConstAssertion) return inner;
        const asserted = { k: "typed", type: this.typeExpr(a.type, d) };
        if (inner.k === "unknown") return asserted;
        return inner.k === "str" ? inner : { k: "first", items: [inner, asserted] };
      }
      case ts3.SyntaxKind.ConditionalExpression: {
        const c = node;
        return { k: "alt", items: [this.expr(c.whenTrue, d), this.expr(c.whenFalse, d)] };
      }
      case ts3.SyntaxKind.Identifier:
        return this.identExpr(node, d);
      case ts3.SyntaxKind.PropertyAccessExpression: {
        const p = node;
        if (!ts3.isIdentifier(p.name)) return UNKNOWN;
        const obj = this.expr(p.expression, d);
        const e = { k: "prop", obj, key: { k: "str", v: p.name.text } };
        if (obj.k === "param" && obj.type)
          return { k: "first", items: [e, this.checkerAt(p.name)] };
        return e;
      }
      case ts3.SyntaxKind.ElementAccessExpression: {
        const p = node;
        return {
          k: "prop",
          obj: this.expr(p.expression, d),
          key: this.expr(p.argumentExpression, d)
        };
      }
      case ts3.SyntaxKind.ObjectLiteralExpression: {
        const props = {};
        for (const p of node.properties) {
          if (ts3.isPropertyAssignment(p)) {
            const name = propName(p.name);
            if (name !== void 0) props[name] = this.expr(p.initializer, d);
          } else if (ts3.isShorthandPropertyAssignment(p)) {
            props[p.name.text] = this.identExpr(p.name, d);
          }
        }
        return { k: "obj", props };
      }
      case ts3.SyntaxKind.ArrayLiteralExpression:
        return {
          k: "arr",
          items: node.elements.map(
            (el) => ts3.isSpreadElement(el) ? UNKNOWN : this.expr(el, d)
          )
        };
      case ts3.SyntaxKind.CallExpression: {
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
    if (ts3.isVariableDeclaration(node)) {
      const isConst = (node.parent.flags & ts3.NodeFlags.Const) !== 0;
      const loop = node.parent.parent;
      if (ts3.isIdentifier(node.name) && ts3.isForOfStatement(loop) && loop.initializer === node.parent)
        return this.element(loop.expression, node.type, depth);
      if (ts3.isIdentifier(node.name)) {
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
    if (ts3.isBindingElement(node)) {
      const pattern = node.parent;
      const decl = pattern.parent;
      if (ts3.isArrayBindingPattern(pattern) && pattern.elements[0] === node && ts3.isVariableDeclaration(decl) && ts3.isForOfStatement(decl.parent.parent) && decl.parent.parent.initializer === decl.parent)
        return this.entryKey(decl.parent.parent.expression, depth);
      if (ts3.isObjectBindingPattern(pattern) && ts3.isVariableDeclaration(decl) && decl.initializer && (decl.parent.flags & ts3.NodeFlags.Const) !== 0) {
        const key = node.propertyName ? propName(node.propertyName) : id.text;
        if (key !== void 0)
          return { k: "prop", obj: this.expr(decl.initializer, depth), key: { k: "str", v: key } };
      }
      return UNKNOWN;
    }
    if (ts3.isParameter(node)) {
      const fn = node.parent;
      if (ts3.isObjectBindingPattern(node.name)) return this.destructuredParam(node, id, depth);
      if (ts3.isArrayBindingPattern(node.name) && ts3.isFunctionLike(fn) && bindsFirst(node.name, id.text)) {
        const list = this.iteratedBy(fn, fn.parameters.indexOf(node));
        return list ? this.entryKey(list, depth) : UNKNOWN;
      }
      if (!ts3.isIdentifier(node.name) || node.dotDotDotToken || !ts3.isFunctionLike(fn))
        return UNKNOWN;
      const index = fn.parameters.indexOf(node);
      const iterated = this.iteratedBy(fn, index);
      if (iterated) return this.element(iterated, node.type, depth);
      const e = { k: "param", fn: this.fnId(fn), index };
      if (node.type) e.type = this.typeExpr(node.type, depth);
      if (node.initializer) {
        const def = this.expr(node.initializer, depth);
        if (def.k !== "unknown") e.def = def;
      }
      return e;
    }
    if (ts3.isEnumDeclaration(node)) return this.enumExpr(node);
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
    const arg = ts3.isCallExpression(call) ? call.arguments[0] : void 0;
    if (!arg || !ts3.isCallExpression(call) || chainText(call.expression) !== "Object.entries")
      return UNKNOWN;
    return { k: "each", of: { k: "keys", of: this.expr(arg, depth) } };
  }
  /**
   * `list.forEach((f) => …)` and the like: the list whose element parameter `index` of the
   * callback `fn` is, when `fn` is written inline as an array method's callback.
   */
  iteratedBy(fn, index) {
    if (!ts3.isArrowFunction(fn) && !ts3.isFunctionExpression(fn)) return void 0;
    let arg = fn;
    while (ts3.isParenthesizedExpression(arg.parent)) arg = arg.parent;
    const call = arg.parent;
    if (!ts3.isCallExpression(call) || call.arguments[0] !== arg) return void 0;
    const callee = unwrap(call.expression);
    if (!ts3.isPropertyAccessExpression(callee) || !ts3.isIdentifier(callee.name)) return void 0;
    return ELEMENT_PARAM.get(callee.name.text) === index ? callee.expression : void 0;
  }
  /**
   * A prop destructured from a typed parameter (`function C({ variant }: Props)`, React's usual
   * form): its declared type is what we know. An inline type literal is read here; anything else
   * (an interface, an imported alias) goes to the type checker.
   */
  destructuredParam(param, id, depth) {
    if (!param.type || !ts3.isObjectBindingPattern(param.name)) return UNKNOWN;
    const el = param.name.elements.find((e) => ts3.isIdentifier(e.name) && e.name.text === id.text);
    if (!el || el.dotDotDotToken || !ts3.isIdentifier(el.name)) return UNKNOWN;
    const key = el.propertyName ? propName(el.propertyName) : el.name.text;
    if (key === void 0) return UNKNOWN;
    if (ts3.isTypeLiteralNode(param.type)) {
      const member = param.type.members.find(
        (m) => ts3.isPropertySignature(m) && propName(m.name) === key
      );
      return member && ts3.isPropertySignature(member) && member.type ? { k: "typed", type: this.typeExpr(member.type, depth) } : UNKNOWN;
    }
    return this.checkerAt(el.name);
  }
  // ---- types --------------------------------------------------------------------------------
  typeExpr(t, depth) {
    if (depth > MAX_DEPTH) return UNKNOWN;
    const d = depth + 1;
    switch (t.kind) {
      case ts3.SyntaxKind.LiteralType: {
        const lit = t.literal;
        return ts3.isStringLiteralLike(lit) ? { k: "str", v: lit.text } : UNKNOWN;
      }
      case ts3.SyntaxKind.UnionType:
        return { k: "alt", items: t.types.map((x) => this.typeExpr(x, d)) };
      case ts3.SyntaxKind.ParenthesizedType:
        return this.typeExpr(t.type, d);
      case ts3.SyntaxKind.TypeReference: {
        const r = t;
        if (r.typeArguments) return this.checkerExpr(t);
        if (ts3.isIdentifier(r.typeName)) {
          const local = this.localTypeParam(r.typeName);
          if (local) return local.constraint ? this.typeExpr(local.constraint, d) : UNKNOWN;
          return { k: "ref", name: r.typeName.text, type: true };
        }
        const left = r.typeName.left;
        if (ts3.isIdentifier(left))
          return { k: "ref", name: `${left.text}.${r.typeName.right.text}`, type: true };
        return this.checkerExpr(t);
      }
      case ts3.SyntaxKind.TypeOperator: {
        const op = t;
        if (op.operator === ts3.SyntaxKind.KeyOfKeyword && ts3.isTypeQueryNode(op.type)) {
          return { k: "keys", of: this.entityExpr(op.type.exprName, d) };
        }
        return this.checkerExpr(t);
      }
      case ts3.SyntaxKind.IndexedAccessType: {
        const ia = t;
        const obj = skipParenType(ia.objectType);
        const idx = skipParenType(ia.indexType);
        if (ts3.isTypeQueryNode(obj)) {
          const of = this.entityExpr(obj.exprName, d);
          if (ts3.isTypeOperatorNode(idx) && idx.operator === ts3.SyntaxKind.KeyOfKeyword)
            return { k: "values", of };
          if (idx.kind === ts3.SyntaxKind.NumberKeyword) return { k: "items", of };
          if (ts3.isLiteralTypeNode(idx) && ts3.isStringLiteralLike(idx.literal)) {
            return { k: "prop", obj: of, key: { k: "str", v: idx.literal.text } };
          }
        }
        return this.checkerExpr(t);
      }
      case ts3.SyntaxKind.TypeQuery:
        return this.entityExpr(t.exprName, d);
      case ts3.SyntaxKind.TemplateLiteralType: {
        const tl = t;
        return templateOf(tl.head, tl.templateSpans, (span) => this.typeExpr(span.type, d));
      }
      case ts3.SyntaxKind.ConditionalType:
      case ts3.SyntaxKind.MappedType:
      case ts3.SyntaxKind.InferType:
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
    if (ts3.isIdentifier(e)) return this.identExpr(e, depth);
    return { k: "prop", obj: this.entityExpr(e.left, depth), key: { k: "str", v: e.right.text } };
  }
  /** `function f<K extends Flag>(k: K)`: the constraint is what we know. */
  localTypeParam(id) {
    for (let n = id.parent; n; n = n.parent) {
      if (ts3.isFunctionLike(n) || ts3.isClassLike(n) || ts3.isTypeAliasDeclaration(n)) {
        const hit = n.typeParameters?.find((p) => p.name.text === id.text);
        if (hit) return hit;
      }
    }
    return void 0;
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
function bindsFirst(pattern, name) {
  const first = pattern.elements[0];
  return first !== void 0 && ts3.isBindingElement(first) && ts3.isIdentifier(first.name) && first.name.text === name;
}
function varNameOf(node) {
  return ts3.isVariableDeclaration(node) && ts3.isIdentifier(node.name) ? node.name.text : null;
}
function describeFn(fn) {
  const parent = fn.parent;
  if (ts3.isFunctionDeclaration(fn)) {
    const anonymousDefault = !fn.name && hasModifier(fn, ts3.SyntaxKind.ExportKeyword) && hasModifier(fn, ts3.SyntaxKind.DefaultKeyword);
    return {
      name: fn.name?.text ?? (anonymousDefault ? "default" : null),
      owner: null,
      method: false
    };
  }
  if (ts3.isMethodDeclaration(fn) || ts3.isPropertyAssignment(parent) || ts3.isPropertyDeclaration(parent)) {
    const holder = ts3.isMethodDeclaration(fn) ? fn : parent;
    const nameNode = holder.name;
    const name = propName(nameNode) ?? null;
    const container = holder.parent;
    if (ts3.isClassLike(container))
      return { name, owner: container.name?.text ?? null, ownerIsClass: true, method: true };
    const owner = ts3.isObjectLiteralExpression(container) ? varNameOf(unwrapParents(container)) : null;
    return { name, owner, method: true };
  }
  if (ts3.isArrowFunction(fn) || ts3.isFunctionExpression(fn)) {
    const holder = unwrapParents(fn);
    const direct = varNameOf(holder);
    if (direct) return { name: direct, owner: null, method: false };
    if (ts3.isExportAssignment(holder) && !holder.isExportEquals)
      return { name: "default", owner: null, method: false };
    if (ts3.isCallExpression(parent)) {
      const outer = varNameOf(unwrapParents(parent));
      if (outer) return { name: outer, owner: null, method: false };
    }
    if (ts3.isFunctionExpression(fn) && fn.name)
      return { name: fn.name.text, owner: null, method: false };
  }
  return { name: null, owner: null, method: false };
}

// src/flags/scanner/facts.ts
var ts4 = import_ts_morph4.ts;
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
  statement(st) {
    const out = this.out;
    const exported = hasModifier(st, ts4.SyntaxKind.ExportKeyword);
    const isDefault = hasModifier(st, ts4.SyntaxKind.DefaultKeyword);
    if (ts4.isImportDeclaration(st)) {
      if (!ts4.isStringLiteral(st.moduleSpecifier) || !st.importClause) return;
      const from = st.moduleSpecifier.text;
      const clause = st.importClause;
      if (clause.name) {
        out.imports[clause.name.text] = { from, name: "default" };
        this.callees.set(clause.name.text, clause.name.text);
      }
      const nb = clause.namedBindings;
      if (nb && ts4.isNamespaceImport(nb)) out.imports[nb.name.text] = { from, name: "*" };
      if (nb && ts4.isNamedImports(nb)) {
        for (const el of nb.elements) {
          const imported = (el.propertyName ?? el.name).text;
          out.imports[el.name.text] = { from, name: imported };
          this.callees.set(el.name.text, imported);
        }
      }
    } else if (ts4.isImportEqualsDeclaration(st)) {
      const ref = st.moduleReference;
      if (ts4.isExternalModuleReference(ref) && ts4.isStringLiteral(ref.expression)) {
        out.imports[st.name.text] = { from: ref.expression.text, name: "*" };
      }
    } else if (ts4.isVariableStatement(st)) {
      const isConst = (st.declarationList.flags & ts4.NodeFlags.Const) !== 0;
      for (const decl of st.declarationList.declarations) {
        const required = isRequireCall(decl.initializer);
        if (ts4.isIdentifier(decl.name)) {
          const name = decl.name.text;
          if (exported) out.exports[name] = name;
          if (required !== void 0) out.imports[name] = { from: required, name: "*" };
          else this.setValue(name, this.ir.declValue(decl, isConst));
          const init = decl.initializer && unwrap(decl.initializer);
          if (init && (ts4.isArrowFunction(init) || ts4.isFunctionExpression(init)))
            this.callees.set(name, name);
        } else if (ts4.isObjectBindingPattern(decl.name) && decl.initializer) {
          for (const el of decl.name.elements) {
            if (el.dotDotDotToken || !ts4.isIdentifier(el.name)) continue;
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
    } else if (ts4.isEnumDeclaration(st)) {
      const name = st.name.text;
      out.values[name] = this.ir.enumExpr(st);
      out.types[name] = { k: "values", of: { k: "ref", name } };
      if (exported) out.exports[isDefault ? "default" : name] = name;
    } else if (ts4.isTypeAliasDeclaration(st)) {
      const name = st.name.text;
      out.types[name] = st.typeParameters ? UNKNOWN : this.ir.typeExpr(st.type, 0);
      if (exported) out.exports[isDefault ? "default" : name] = name;
    } else if (ts4.isFunctionDeclaration(st) || ts4.isClassDeclaration(st)) {
      if (exported && st.name) out.exports[isDefault ? "default" : st.name.text] = st.name.text;
      else if (exported && isDefault && ts4.isFunctionDeclaration(st))
        out.exports.default = "default";
      if (ts4.isFunctionDeclaration(st) && st.name) this.callees.set(st.name.text, st.name.text);
    } else if (ts4.isExportDeclaration(st)) {
      const clause = st.exportClause;
      if (st.moduleSpecifier && ts4.isStringLiteral(st.moduleSpecifier)) {
        const from = st.moduleSpecifier.text;
        if (!clause) out.reexports.push({ from, names: null });
        else if (ts4.isNamespaceExport(clause))
          out.reexports.push({ from, names: { [clause.name.text]: "*" } });
        else {
          const names = {};
          for (const el of clause.elements) names[el.name.text] = (el.propertyName ?? el.name).text;
          out.reexports.push({ from, names });
        }
      } else if (clause && ts4.isNamedExports(clause)) {
        for (const el of clause.elements)
          out.exports[el.name.text] = (el.propertyName ?? el.name).text;
      }
    } else if (ts4.isExportAssignment(st)) {
      const e = unwrap(st.expression);
      if (ts4.isIdentifier(e)) out.exports.default = e.text;
      else {
        this.setValue("default", this.ir.expr(st.expression));
        out.exports.default = "default";
      }
    } else if (ts4.isExpressionStatement(st)) {
      this.commonJsExport(st.expression);
    }
  }
  /** `module.exports = { A, B: 'b' }`, `exports.A = …`, `module.exports.A = …`. */
  commonJsExport(e) {
    if (!ts4.isBinaryExpression(e) || e.operatorToken.kind !== ts4.SyntaxKind.EqualsToken) return;
    const target = e.left;
    const targetText = ts4.isPropertyAccessExpression(target) ? chainText(target) : "";
    if (targetText === "module.exports") {
      const right = unwrap(e.right);
      if (ts4.isObjectLiteralExpression(right)) {
        for (const p of right.properties) {
          if (ts4.isShorthandPropertyAssignment(p)) this.out.exports[p.name.text] = p.name.text;
          else if (ts4.isPropertyAssignment(p)) {
            const name = propName(p.name);
            if (name === void 0) continue;
            this.setValue(`module.exports.${name}`, this.ir.expr(p.initializer));
            this.out.exports[name] = `module.exports.${name}`;
          }
        }
      }
    } else if (ts4.isPropertyAccessExpression(target) && /^(module\.)?exports\.[^.]+$/.test(targetText)) {
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
var import_ts_morph5 = __toESM(require_ts_morph(), 1);
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
    symbolRoots: new Set(spec.symbolRoots)
  };
}

// src/flags/scanner/extract.ts
var ts5 = import_ts_morph6.ts;
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
    const sf = ts5.createSourceFile(
      path,
      text,
      { languageVersion: ts5.ScriptTarget.Latest, jsDocParsingMode: ts5.JSDocParsingMode.ParseNone },
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
function walk(sf, nodes, spec, out) {
  const ir = new IrBuilder(sf, out.fns);
  const facts = new ModuleFacts(ir, out);
  for (const st of sf.statements) facts.statement(st);
  out.recordedCallees = [...new Set(facts.callees.values())];
  const ctx = {
    ts: ts5,
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
    ts5.forEachChild(node, adopt);
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
    message: ts5.flattenDiagnosticMessageText(d.messageText, " ")
  };
}

export {
  compileSpec,
  extractFile
};
