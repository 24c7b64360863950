import { createRequire as __osCreateRequire } from 'node:module'; import { fileURLToPath as __osFileURLToPath } from 'node:url'; const require = __osCreateRequire(import.meta.url); const __filename = __osFileURLToPath(import.meta.url); const __dirname = __osFileURLToPath(new URL('.', import.meta.url));
import {
  require_ts_morph
} from "./chunk-F4KBAFWO.js";
import {
  __toESM
} from "./chunk-S2JO3YRI.js";

// src/flags/scanner/extract.ts
var import_ts_morph = __toESM(require_ts_morph(), 1);
var ts = import_ts_morph.ts;
function compileSpec(spec) {
  const jsx = /* @__PURE__ */ new Map();
  for (const [tag, attr] of spec.jsx) jsx.set(tag, [...jsx.get(tag) ?? [], attr]);
  return {
    callNames: new Set(spec.callNames),
    jsx,
    memberRoots: new Set(spec.memberRoots),
    dottedRoots: spec.memberRoots.some((r) => r.includes(".")),
    objectFromNames: new Set(spec.objectFromNames)
  };
}
var UNKNOWN = { k: "unknown" };
var MAX_DEPTH = 24;
var MAX_ARGS = 6;
var MAX_TEXT = 160;
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
var HINT_RE = /ops-steward-flags:([^\n]*)/g;
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
function scriptKind(path) {
  if (path.endsWith(".tsx")) return ts.ScriptKind.TSX;
  if (path.endsWith(".jsx")) return ts.ScriptKind.JSX;
  if (/\.[cm]?js$/.test(path)) return ts.ScriptKind.JS;
  return ts.ScriptKind.TS;
}
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
    const sf = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, scriptKind(path));
    const syntax = firstSyntaxError(sf);
    if (syntax) summary.syntaxError = syntax;
    new FileExtractor(sf, spec, summary).run();
    summary.hints = scanHints(sf, text);
  } catch (err) {
    summary.error = err instanceof Error ? err.message : String(err);
  }
  return summary;
}
function firstSyntaxError(sf) {
  const diags = sf.parseDiagnostics;
  if (!Array.isArray(diags) || diags.length === 0) return void 0;
  const d = diags[0];
  const pos = sf.getLineAndCharacterOfPosition(d.start ?? 0);
  return {
    line: pos.line + 1,
    column: pos.character + 1,
    message: ts.flattenDiagnosticMessageText(d.messageText, " ")
  };
}
function scanHints(sf, text) {
  const hints = [];
  if (!text.includes("ops-steward-flags:")) return hints;
  for (const m of text.matchAll(HINT_RE)) {
    const lineStart = text.lastIndexOf("\n", m.index) + 1;
    const before = text.slice(lineStart, m.index);
    if (!/(\/\/|\/\*|^\s*\*|#)/.test(before)) continue;
    const body = (m[1] ?? "").replace(/\*\/.*$/, "");
    const bodyStart = m.index + "ops-steward-flags:".length;
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
function unwrap(e) {
  let cur = e;
  while (ts.isParenthesizedExpression(cur) || ts.isNonNullExpression(cur) || ts.isAwaitExpression(cur) || ts.isSatisfiesExpression(cur)) {
    cur = cur.expression;
  }
  return cur;
}
function propName(name) {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name))
    return name.text;
  if (ts.isNoSubstitutionTemplateLiteral(name)) return name.text;
  if (ts.isComputedPropertyName(name)) {
    const e = name.expression;
    if (ts.isStringLiteralLike(e)) return e.text;
  }
  return void 0;
}
function hasModifier(node, kind) {
  return ts.canHaveModifiers(node) && (ts.getModifiers(node)?.some((m) => m.kind === kind) ?? false);
}
function isRequireCall(e) {
  if (!e) return void 0;
  const u = unwrap(e);
  if (ts.isCallExpression(u) && ts.isIdentifier(u.expression) && u.expression.text === "require" && u.arguments.length === 1) {
    const a = u.arguments[0];
    if (a && ts.isStringLiteralLike(a)) return a.text;
  }
  return void 0;
}
var FileExtractor = class {
  constructor(sf, spec, out) {
    this.sf = sf;
    this.spec = spec;
    this.out = out;
  }
  sf;
  spec;
  out;
  fnIds = /* @__PURE__ */ new Map();
  /** Variables holding an objectFrom result (`const flags = useFlags()`) → the call's name. */
  objVars = /* @__PURE__ */ new Map();
  /** Names of those variables: a cheap test before the scope lookup that confirms the binding. */
  objVarNames = /* @__PURE__ */ new Set();
  /**
   * Bare callees whose calls are recorded whatever their name: imported bindings (local → imported
   * name) and functions declared at the top level. A wrapper found later among them then needs no
   * second parse of this file.
   */
  callees = /* @__PURE__ */ new Map();
  run() {
    for (const st of this.sf.statements) this.topLevel(st);
    this.out.recordedCallees = [...new Set(this.callees.values())];
    const visit = (node) => {
      switch (node.kind) {
        case ts.SyntaxKind.CallExpression:
          this.call(node);
          break;
        case ts.SyntaxKind.JsxOpeningElement:
        case ts.SyntaxKind.JsxSelfClosingElement:
          this.jsx(node);
          break;
        case ts.SyntaxKind.PropertyAccessExpression:
        case ts.SyntaxKind.ElementAccessExpression:
          this.member(node);
          break;
        case ts.SyntaxKind.VariableDeclaration:
          this.variable(node);
          break;
      }
      ts.forEachChild(node, visit);
    };
    ts.forEachChild(this.sf, visit);
  }
  // ---- top level: imports, exports, values, types --------------------------------------------
  topLevel(st) {
    const out = this.out;
    const exported = hasModifier(st, ts.SyntaxKind.ExportKeyword);
    const isDefault = hasModifier(st, ts.SyntaxKind.DefaultKeyword);
    if (ts.isImportDeclaration(st)) {
      if (!ts.isStringLiteral(st.moduleSpecifier) || !st.importClause) return;
      const from = st.moduleSpecifier.text;
      const clause = st.importClause;
      if (clause.name) {
        out.imports[clause.name.text] = { from, name: "default" };
        this.callees.set(clause.name.text, clause.name.text);
      }
      const nb = clause.namedBindings;
      if (nb && ts.isNamespaceImport(nb)) out.imports[nb.name.text] = { from, name: "*" };
      if (nb && ts.isNamedImports(nb)) {
        for (const el of nb.elements) {
          const imported = (el.propertyName ?? el.name).text;
          out.imports[el.name.text] = { from, name: imported };
          this.callees.set(el.name.text, imported);
        }
      }
    } else if (ts.isImportEqualsDeclaration(st)) {
      const ref = st.moduleReference;
      if (ts.isExternalModuleReference(ref) && ts.isStringLiteral(ref.expression)) {
        out.imports[st.name.text] = { from: ref.expression.text, name: "*" };
      }
    } else if (ts.isVariableStatement(st)) {
      const isConst = (st.declarationList.flags & ts.NodeFlags.Const) !== 0;
      for (const decl of st.declarationList.declarations) {
        const required = isRequireCall(decl.initializer);
        if (ts.isIdentifier(decl.name)) {
          const name = decl.name.text;
          if (exported) out.exports[name] = name;
          if (required !== void 0) out.imports[name] = { from: required, name: "*" };
          else this.setValue(name, this.declValue(decl, isConst));
          const init = decl.initializer && unwrap(decl.initializer);
          if (init && (ts.isArrowFunction(init) || ts.isFunctionExpression(init)))
            this.callees.set(name, name);
        } else if (ts.isObjectBindingPattern(decl.name) && decl.initializer) {
          for (const el of decl.name.elements) {
            if (el.dotDotDotToken || !ts.isIdentifier(el.name)) continue;
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
                obj: this.expr(decl.initializer),
                key: { k: "str", v: key }
              });
            }
          }
        }
      }
    } else if (ts.isEnumDeclaration(st)) {
      const name = st.name.text;
      out.values[name] = this.enumExpr(st);
      out.types[name] = { k: "values", of: { k: "ref", name } };
      if (exported) out.exports[isDefault ? "default" : name] = name;
    } else if (ts.isTypeAliasDeclaration(st)) {
      const name = st.name.text;
      out.types[name] = st.typeParameters ? UNKNOWN : this.typeExpr(st.type, 0);
      if (exported) out.exports[isDefault ? "default" : name] = name;
    } else if (ts.isFunctionDeclaration(st) || ts.isClassDeclaration(st)) {
      if (exported && st.name) out.exports[isDefault ? "default" : st.name.text] = st.name.text;
      else if (exported && isDefault && ts.isFunctionDeclaration(st))
        out.exports.default = "default";
      if (ts.isFunctionDeclaration(st) && st.name) this.callees.set(st.name.text, st.name.text);
    } else if (ts.isExportDeclaration(st)) {
      const clause = st.exportClause;
      if (st.moduleSpecifier && ts.isStringLiteral(st.moduleSpecifier)) {
        const from = st.moduleSpecifier.text;
        if (!clause) out.reexports.push({ from, names: null });
        else if (ts.isNamespaceExport(clause))
          out.reexports.push({ from, names: { [clause.name.text]: "*" } });
        else {
          const names = {};
          for (const el of clause.elements) names[el.name.text] = (el.propertyName ?? el.name).text;
          out.reexports.push({ from, names });
        }
      } else if (clause && ts.isNamedExports(clause)) {
        for (const el of clause.elements)
          out.exports[el.name.text] = (el.propertyName ?? el.name).text;
      }
    } else if (ts.isExportAssignment(st)) {
      const e = unwrap(st.expression);
      if (ts.isIdentifier(e)) out.exports.default = e.text;
      else {
        this.setValue("default", this.expr(st.expression));
        out.exports.default = "default";
      }
    } else if (ts.isExpressionStatement(st)) {
      this.commonJsExport(st.expression);
    }
  }
  /** `module.exports = { A, B: 'b' }`, `exports.A = …`, `module.exports.A = …`. */
  commonJsExport(e) {
    if (!ts.isBinaryExpression(e) || e.operatorToken.kind !== ts.SyntaxKind.EqualsToken) return;
    const target = e.left;
    const targetText = ts.isPropertyAccessExpression(target) ? chainText(target) : "";
    if (targetText === "module.exports") {
      const right = unwrap(e.right);
      if (ts.isObjectLiteralExpression(right)) {
        for (const p of right.properties) {
          if (ts.isShorthandPropertyAssignment(p)) this.out.exports[p.name.text] = p.name.text;
          else if (ts.isPropertyAssignment(p)) {
            const name = propName(p.name);
            if (name === void 0) continue;
            this.setValue(`module.exports.${name}`, this.expr(p.initializer));
            this.out.exports[name] = `module.exports.${name}`;
          }
        }
      }
    } else if (ts.isPropertyAccessExpression(target) && /^(module\.)?exports\.[^.]+$/.test(targetText)) {
      const name = target.name.text;
      this.setValue(`module.exports.${name}`, this.expr(e.right));
      this.out.exports[name] = `module.exports.${name}`;
    }
  }
  setValue(name, e) {
    if (e.k !== "unknown") this.out.values[name] = e;
  }
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
      case ts.SyntaxKind.StringLiteral:
      case ts.SyntaxKind.NoSubstitutionTemplateLiteral:
        return { k: "str", v: node.text };
      case ts.SyntaxKind.TemplateExpression: {
        const t = node;
        return templateOf(t.head, t.templateSpans, (span) => this.expr(span.expression, d));
      }
      case ts.SyntaxKind.BinaryExpression: {
        const b = node;
        const op = b.operatorToken.kind;
        if (op === ts.SyntaxKind.PlusToken) {
          const operands = [b.right];
          let left = b.left;
          while (ts.isBinaryExpression(left) && left.operatorToken.kind === ts.SyntaxKind.PlusToken) {
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
        if (op === ts.SyntaxKind.QuestionQuestionToken || op === ts.SyntaxKind.BarBarToken) {
          return { k: "alt", items: [this.expr(b.left, d), this.expr(b.right, d)] };
        }
        return UNKNOWN;
      }
      case ts.SyntaxKind.ParenthesizedExpression:
      case ts.SyntaxKind.NonNullExpression:
      case ts.SyntaxKind.SatisfiesExpression:
        return this.expr(node.expression, d);
      case ts.SyntaxKind.AsExpression:
      case ts.SyntaxKind.TypeAssertionExpression: {
        const a = node;
        const inner = this.expr(a.expression, d);
        const isConstAssertion = ts.isTypeReferenceNode(a.type) && ts.isIdentifier(a.type.typeName) && a.type.typeName.text === "const";
        if (inner.k === "unknown" && !isConstAssertion)
          return { k: "typed", type: this.typeExpr(a.type, d) };
        return inner;
      }
      case ts.SyntaxKind.ConditionalExpression: {
        const c = node;
        return { k: "alt", items: [this.expr(c.whenTrue, d), this.expr(c.whenFalse, d)] };
      }
      case ts.SyntaxKind.Identifier:
        return this.identExpr(node, d);
      case ts.SyntaxKind.PropertyAccessExpression: {
        const p = node;
        if (!ts.isIdentifier(p.name)) return UNKNOWN;
        const obj = this.expr(p.expression, d);
        const e = { k: "prop", obj, key: { k: "str", v: p.name.text } };
        if (obj.k === "param" && obj.type)
          return { k: "first", items: [e, this.checkerAt(p.name)] };
        return e;
      }
      case ts.SyntaxKind.ElementAccessExpression: {
        const p = node;
        return {
          k: "prop",
          obj: this.expr(p.expression, d),
          key: this.expr(p.argumentExpression, d)
        };
      }
      case ts.SyntaxKind.ObjectLiteralExpression: {
        const props = {};
        for (const p of node.properties) {
          if (ts.isPropertyAssignment(p)) {
            const name = propName(p.name);
            if (name !== void 0) props[name] = this.expr(p.initializer, d);
          } else if (ts.isShorthandPropertyAssignment(p)) {
            props[p.name.text] = this.identExpr(p.name, d);
          }
        }
        return { k: "obj", props };
      }
      case ts.SyntaxKind.ArrayLiteralExpression:
        return {
          k: "arr",
          items: node.elements.map(
            (el) => ts.isSpreadElement(el) ? UNKNOWN : this.expr(el, d)
          )
        };
      case ts.SyntaxKind.CallExpression: {
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
    const found = this.lookup(id);
    if (!found || found.top) return { k: "ref", name: id.text };
    const node = found.node;
    if (ts.isVariableDeclaration(node)) {
      const isConst = (node.parent.flags & ts.NodeFlags.Const) !== 0;
      const loop = node.parent.parent;
      if (ts.isIdentifier(node.name) && ts.isForOfStatement(loop) && loop.initializer === node.parent)
        return this.element(loop.expression, node.type, depth);
      if (ts.isIdentifier(node.name)) {
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
    if (ts.isBindingElement(node)) {
      const pattern = node.parent;
      const decl = pattern.parent;
      if (ts.isObjectBindingPattern(pattern) && ts.isVariableDeclaration(decl) && decl.initializer && (decl.parent.flags & ts.NodeFlags.Const) !== 0) {
        const key = node.propertyName ? propName(node.propertyName) : id.text;
        if (key !== void 0)
          return { k: "prop", obj: this.expr(decl.initializer, depth), key: { k: "str", v: key } };
      }
      return UNKNOWN;
    }
    if (ts.isParameter(node)) {
      const fn = node.parent;
      if (ts.isObjectBindingPattern(node.name)) return this.destructuredParam(node, id, depth);
      if (!ts.isIdentifier(node.name) || node.dotDotDotToken || !ts.isFunctionLike(fn))
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
    if (ts.isEnumDeclaration(node)) return this.enumExpr(node);
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
  /**
   * `list.forEach((f) => …)` and the like: the list whose element parameter `index` of the
   * callback `fn` is, when `fn` is written inline as an array method's callback.
   */
  iteratedBy(fn, index) {
    if (!ts.isArrowFunction(fn) && !ts.isFunctionExpression(fn)) return void 0;
    let arg = fn;
    while (ts.isParenthesizedExpression(arg.parent)) arg = arg.parent;
    const call = arg.parent;
    if (!ts.isCallExpression(call) || call.arguments[0] !== arg) return void 0;
    const callee = unwrap(call.expression);
    if (!ts.isPropertyAccessExpression(callee) || !ts.isIdentifier(callee.name)) return void 0;
    return ELEMENT_PARAM.get(callee.name.text) === index ? callee.expression : void 0;
  }
  /**
   * A prop destructured from a typed parameter (`function C({ variant }: Props)`, React's usual
   * form): its declared type is what we know. An inline type literal is read here; anything else
   * (an interface, an imported alias) goes to the type checker.
   */
  destructuredParam(param, id, depth) {
    if (!param.type || !ts.isObjectBindingPattern(param.name)) return UNKNOWN;
    const el = param.name.elements.find((e) => ts.isIdentifier(e.name) && e.name.text === id.text);
    if (!el || el.dotDotDotToken || !ts.isIdentifier(el.name)) return UNKNOWN;
    const key = el.propertyName ? propName(el.propertyName) : el.name.text;
    if (key === void 0) return UNKNOWN;
    if (ts.isTypeLiteralNode(param.type)) {
      const member = param.type.members.find(
        (m) => ts.isPropertySignature(m) && propName(m.name) === key
      );
      return member && ts.isPropertySignature(member) && member.type ? { k: "typed", type: this.typeExpr(member.type, depth) } : UNKNOWN;
    }
    return this.checkerAt(el.name);
  }
  /** Lexical lookup: the nearest declaration of `id` walking outwards. */
  lookup(id) {
    const name = id.text;
    for (let scope = id.parent; scope; scope = scope.parent) {
      if (ts.isFunctionLike(scope)) {
        for (const p of scope.parameters)
          if (bindsName(p.name, name)) return { node: p, top: false };
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
  // ---- types --------------------------------------------------------------------------------
  typeExpr(t, depth) {
    if (depth > MAX_DEPTH) return UNKNOWN;
    const d = depth + 1;
    switch (t.kind) {
      case ts.SyntaxKind.LiteralType: {
        const lit = t.literal;
        return ts.isStringLiteralLike(lit) ? { k: "str", v: lit.text } : UNKNOWN;
      }
      case ts.SyntaxKind.UnionType:
        return { k: "alt", items: t.types.map((x) => this.typeExpr(x, d)) };
      case ts.SyntaxKind.ParenthesizedType:
        return this.typeExpr(t.type, d);
      case ts.SyntaxKind.TypeReference: {
        const r = t;
        if (r.typeArguments) return this.checkerExpr(t);
        if (ts.isIdentifier(r.typeName)) {
          const local = this.localTypeParam(r.typeName);
          if (local) return local.constraint ? this.typeExpr(local.constraint, d) : UNKNOWN;
          return { k: "ref", name: r.typeName.text, type: true };
        }
        const left = r.typeName.left;
        if (ts.isIdentifier(left))
          return { k: "ref", name: `${left.text}.${r.typeName.right.text}`, type: true };
        return this.checkerExpr(t);
      }
      case ts.SyntaxKind.TypeOperator: {
        const op = t;
        if (op.operator === ts.SyntaxKind.KeyOfKeyword && ts.isTypeQueryNode(op.type)) {
          return { k: "keys", of: this.entityExpr(op.type.exprName, d) };
        }
        return this.checkerExpr(t);
      }
      case ts.SyntaxKind.IndexedAccessType: {
        const ia = t;
        const obj = skipParenType(ia.objectType);
        const idx = skipParenType(ia.indexType);
        if (ts.isTypeQueryNode(obj)) {
          const of = this.entityExpr(obj.exprName, d);
          if (ts.isTypeOperatorNode(idx) && idx.operator === ts.SyntaxKind.KeyOfKeyword)
            return { k: "values", of };
          if (idx.kind === ts.SyntaxKind.NumberKeyword) return { k: "items", of };
          if (ts.isLiteralTypeNode(idx) && ts.isStringLiteralLike(idx.literal)) {
            return { k: "prop", obj: of, key: { k: "str", v: idx.literal.text } };
          }
        }
        return this.checkerExpr(t);
      }
      case ts.SyntaxKind.TypeQuery:
        return this.entityExpr(t.exprName, d);
      case ts.SyntaxKind.TemplateLiteralType: {
        const tl = t;
        return templateOf(tl.head, tl.templateSpans, (span) => this.typeExpr(span.type, d));
      }
      case ts.SyntaxKind.ConditionalType:
      case ts.SyntaxKind.MappedType:
      case ts.SyntaxKind.InferType:
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
    if (ts.isIdentifier(e)) return this.identExpr(e, depth);
    return { k: "prop", obj: this.entityExpr(e.left, depth), key: { k: "str", v: e.right.text } };
  }
  /** `function f<K extends Flag>(k: K)`: the constraint is what we know. */
  localTypeParam(id) {
    for (let n = id.parent; n; n = n.parent) {
      if (ts.isFunctionLike(n) || ts.isClassLike(n) || ts.isTypeAliasDeclaration(n)) {
        const hit = n.typeParameters?.find((p) => p.name.text === id.text);
        if (hit) return hit;
      }
    }
    return void 0;
  }
  // ---- functions (wrapper candidates) -------------------------------------------------------
  fnId(fn) {
    const known = this.fnIds.get(fn);
    if (known !== void 0) return known;
    const info = describeFn(fn);
    this.out.fns.push(info);
    const id = this.out.fns.length - 1;
    this.fnIds.set(fn, id);
    return id;
  }
  // ---- reference sites ----------------------------------------------------------------------
  loc(node) {
    const p = this.sf.getLineAndCharacterOfPosition(node.getStart(this.sf));
    return [p.line + 1, p.character + 1];
  }
  text(node) {
    const t = node.getText(this.sf).replace(/\s+/g, " ");
    return t.length > MAX_TEXT ? `${t.slice(0, MAX_TEXT - 1)}\u2026` : t;
  }
  call(call) {
    if (call.arguments.length === 0) return;
    const callee = unwrap(call.expression);
    let name;
    let receiver = null;
    let ident = null;
    let recorded = false;
    let receiverClass;
    if (ts.isIdentifier(callee)) {
      ident = callee.text;
      const canonical = this.callees.get(ident);
      recorded = canonical !== void 0;
      name = canonical === void 0 || canonical === "default" || canonical === "*" ? ident : canonical;
    } else if (ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.name)) {
      name = callee.name.text;
      if (!this.spec.callNames.has(name)) return;
      receiver = chainText(callee.expression);
      receiverClass = this.newedClass(callee.expression);
    } else return;
    if (!recorded && !this.spec.callNames.has(name)) return;
    const args = call.arguments.slice(0, MAX_ARGS);
    const [line, column] = this.loc(call);
    this.out.sites.push({
      form: "call",
      name,
      receiver,
      ident,
      ...receiverClass === void 0 ? {} : { receiverClass },
      args: args.map((a) => this.expr(a)),
      argTexts: args.map((a) => this.text(a)),
      argLocs: args.map((a) => this.loc(a)),
      line,
      column
    });
  }
  /**
   * `new FlagService()` or a const initialised with it: the class name, so an instance method
   * with a common name (`svc.check('x')`) still binds to its class's wrapper.
   */
  newedClass(receiver) {
    let e = unwrap(receiver);
    if (ts.isIdentifier(e)) {
      const found = this.lookup(e);
      const decl = found?.node;
      if (!decl || !ts.isVariableDeclaration(decl) || !ts.isIdentifier(decl.name) || !decl.initializer || (decl.parent.flags & ts.NodeFlags.Const) === 0)
        return void 0;
      e = unwrap(decl.initializer);
    }
    return ts.isNewExpression(e) && ts.isIdentifier(e.expression) ? e.expression.text : void 0;
  }
  jsx(el) {
    const tag = el.tagName;
    const name = ts.isIdentifier(tag) ? tag.text : ts.isPropertyAccessExpression(tag) && ts.isIdentifier(tag.name) ? tag.name.text : void 0;
    const attrs = name === void 0 ? void 0 : this.spec.jsx.get(name);
    if (name === void 0 || !attrs) return;
    for (const prop of el.attributes.properties) {
      if (!ts.isJsxAttribute(prop) || !ts.isIdentifier(prop.name) || !attrs.includes(prop.name.text))
        continue;
      const init = prop.initializer;
      let value;
      if (init && ts.isStringLiteral(init)) value = init;
      else if (init && ts.isJsxExpression(init)) value = init.expression;
      if (!value) continue;
      const [line, column] = this.loc(el);
      this.out.sites.push({
        form: "jsx",
        name,
        receiver: prop.name.text,
        ident: null,
        args: [this.expr(value)],
        argTexts: [this.text(value)],
        argLocs: [this.loc(value)],
        line,
        column
      });
    }
  }
  /** The member root `obj` designates, if any: [root name, is objectFrom]. */
  memberRoot(obj) {
    const o = unwrap(obj);
    if (ts.isCallExpression(o)) {
      const c = unwrap(o.expression);
      const name = ts.isIdentifier(c) ? c.text : ts.isPropertyAccessExpression(c) && ts.isIdentifier(c.name) ? c.name.text : void 0;
      if (name !== void 0 && this.spec.objectFromNames.has(name)) return [name, true];
      return void 0;
    }
    if (ts.isIdentifier(o)) {
      if (this.objVarNames.has(o.text)) {
        const found = this.lookup(o);
        const from = found ? this.objVars.get(found.node) : void 0;
        if (from !== void 0) return [from, true];
      }
      if (this.spec.memberRoots.has(o.text)) return [o.text, false];
      return void 0;
    }
    if (ts.isPropertyAccessExpression(o) && this.spec.dottedRoots) {
      const chain = chainText(o);
      if (this.spec.memberRoots.has(chain)) return [chain, false];
    }
    return void 0;
  }
  member(node) {
    const parent = node.parent;
    if (ts.isCallExpression(parent) && parent.expression === node) return;
    const root = this.memberRoot(node.expression);
    if (!root) return;
    let key;
    let keyNode;
    if (ts.isPropertyAccessExpression(node)) {
      if (!ts.isIdentifier(node.name) || OBJECT_MEMBERS.has(node.name.text)) return;
      key = { k: "str", v: node.name.text };
      keyNode = node.name;
    } else {
      key = this.expr(node.argumentExpression);
      keyNode = node.argumentExpression;
    }
    const [line, column] = this.loc(keyNode);
    this.out.sites.push({
      form: "member",
      name: root[0],
      receiver: null,
      ident: null,
      objectFrom: root[1],
      args: [key],
      argTexts: [this.text(keyNode)],
      argLocs: [[line, column]],
      line,
      column
    });
  }
  variable(decl) {
    if (!decl.initializer) return;
    const init = unwrap(decl.initializer);
    if (ts.isIdentifier(decl.name)) {
      if (ts.isCallExpression(init)) {
        const root2 = this.memberRoot(init);
        if (root2) {
          this.objVars.set(decl, root2[0]);
          this.objVarNames.add(decl.name.text);
        }
      }
      return;
    }
    if (!ts.isObjectBindingPattern(decl.name)) return;
    const root = this.memberRoot(init);
    if (!root) return;
    for (const el of decl.name.elements) {
      if (el.dotDotDotToken) continue;
      const keyNode = el.propertyName ?? el.name;
      const key = el.propertyName ? propName(el.propertyName) : ts.isIdentifier(el.name) ? el.name.text : void 0;
      if (key === void 0 || OBJECT_MEMBERS.has(key)) continue;
      const [line, column] = this.loc(keyNode);
      this.out.sites.push({
        form: "member",
        name: root[0],
        receiver: null,
        ident: null,
        objectFrom: root[1],
        args: [{ k: "str", v: key }],
        argTexts: [this.text(keyNode)],
        argLocs: [[line, column]],
        line,
        column
      });
    }
  }
};
function skipParenType(t) {
  let cur = t;
  while (ts.isParenthesizedTypeNode(cur)) cur = cur.type;
  return cur;
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
  const walk = (pattern) => {
    for (const el of pattern.elements) {
      if (ts.isOmittedExpression(el)) continue;
      if (ts.isIdentifier(el.name)) {
        if (el.name.text === wanted) return el;
      } else {
        const hit = walk(el.name);
        if (hit) return hit;
      }
    }
    return void 0;
  };
  return walk(decl.name);
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
function chainText(e) {
  const u = unwrap(e);
  if (ts.isIdentifier(u)) return u.text;
  if (u.kind === ts.SyntaxKind.ThisKeyword) return "this";
  if (ts.isPropertyAccessExpression(u)) {
    const name = ts.isIdentifier(u.name) ? u.name.text : u.name.getText();
    return `${chainText(u.expression)}.${name}`;
  }
  if (ts.isCallExpression(u)) return `${chainText(u.expression)}()`;
  if (ts.isElementAccessExpression(u)) return `${chainText(u.expression)}[]`;
  return "?";
}
function varNameOf(node) {
  return ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) ? node.name.text : null;
}
function describeFn(fn) {
  const parent = fn.parent;
  if (ts.isFunctionDeclaration(fn)) {
    const anonymousDefault = !fn.name && hasModifier(fn, ts.SyntaxKind.ExportKeyword) && hasModifier(fn, ts.SyntaxKind.DefaultKeyword);
    return {
      name: fn.name?.text ?? (anonymousDefault ? "default" : null),
      owner: null,
      method: false
    };
  }
  if (ts.isMethodDeclaration(fn) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) {
    const holder = ts.isMethodDeclaration(fn) ? fn : parent;
    const nameNode = holder.name;
    const name = propName(nameNode) ?? null;
    const container = holder.parent;
    if (ts.isClassLike(container))
      return { name, owner: container.name?.text ?? null, ownerIsClass: true, method: true };
    const owner = ts.isObjectLiteralExpression(container) ? varNameOf(unwrapParents(container)) : null;
    return { name, owner, method: true };
  }
  if (ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) {
    const holder = unwrapParents(fn);
    const direct = varNameOf(holder);
    if (direct) return { name: direct, owner: null, method: false };
    if (ts.isExportAssignment(holder) && !holder.isExportEquals)
      return { name: "default", owner: null, method: false };
    if (ts.isCallExpression(parent)) {
      const outer = varNameOf(unwrapParents(parent));
      if (outer) return { name: outer, owner: null, method: false };
    }
    if (ts.isFunctionExpression(fn) && fn.name)
      return { name: fn.name.text, owner: null, method: false };
  }
  return { name: null, owner: null, method: false };
}
function unwrapParents(node) {
  let cur = node.parent;
  while (cur && (ts.isParenthesizedExpression(cur) || ts.isAsExpression(cur) || ts.isSatisfiesExpression(cur) || ts.isNonNullExpression(cur))) {
    cur = cur.parent;
  }
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

export {
  compileSpec,
  extractFile,
  chainText
};
