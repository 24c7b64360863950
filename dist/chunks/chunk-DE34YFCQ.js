import { createRequire as __osCreateRequire } from 'node:module'; import { fileURLToPath as __osFileURLToPath } from 'node:url'; const require = __osCreateRequire(import.meta.url); const __filename = __osFileURLToPath(import.meta.url); const __dirname = __osFileURLToPath(new URL('.', import.meta.url));

// src/flags/scanner/forms/form.ts
var KEY_TRANSFORM_SCHEMA = {
  description: "How a property name maps to a flag key (the SDK exposes 'new-checkout' as 'newCheckout': camelCase).",
  enum: ["none", "camelCase", "snake_case", "kebab-case", "PascalCase", "UPPER_SNAKE"]
};
var NAME = { type: "string", minLength: 1 };
var named = (description) => ({ ...NAME, description });

// src/flags/scanner/forms/call.ts
var MAX_ARGS = 6;
var callAccessorSchema = {
  type: "object",
  additionalProperties: false,
  required: ["call"],
  properties: {
    call: named("Function name, or object.method ('*.method' for any object)."),
    argument: {
      type: "integer",
      minimum: 0,
      description: "Which argument is the flag key (0-based; default 0)."
    },
    transform: KEY_TRANSFORM_SCHEMA
  }
};
var callForm = {
  id: "call",
  configKeys: ["call"],
  accessorSchemas: [callAccessorSchema],
  mapsPropertyNames: false,
  needles: (accessors) => [...accessors.calls.keys()],
  create: (ctx) => ({
    [ctx.ts.SyntaxKind.CallExpression]: (node) => visitCall(node, ctx),
    [ctx.ts.SyntaxKind.NewExpression]: (node) => visitNew(node, ctx)
  }),
  bind: (site, accessors) => accessors.matchCall(site.name, site.receiver),
  via: (resolved, throughWrapper) => throughWrapper && resolved !== "union" ? "wrapper" : resolved
};
function visitCall(call, ctx) {
  if (call.arguments.length === 0) return;
  const { ts, syntax } = ctx;
  const callee = syntax.unwrap(call.expression);
  let name;
  let receiver = null;
  let ident = null;
  let recorded = false;
  let receiverClass;
  let thisClass;
  if (ts.isIdentifier(callee)) {
    ident = callee.text;
    ({ name, recorded } = bareCallee(ident, ctx));
  } else if (ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.name)) {
    name = callee.name.text;
    if (!ctx.spec.callNames.has(name)) return;
    receiver = syntax.chainText(callee.expression);
    receiverClass = newedClass(callee.expression, ctx);
    if (receiver === "this") thisClass = enclosingClass(call, ctx);
  } else return;
  if (!recorded && !ctx.spec.callNames.has(name)) return;
  const args = call.arguments.slice(0, MAX_ARGS);
  const [line, column] = ctx.loc(call);
  ctx.report({
    form: "call",
    name,
    receiver,
    ident,
    ...receiverClass === void 0 ? {} : { receiverClass },
    ...thisClass === void 0 ? {} : { thisClass },
    args: args.map((a) => ctx.ir.expr(a)),
    argTexts: args.map((a) => ctx.text(a)),
    argLocs: args.map((a) => ctx.loc(a)),
    line,
    column
  });
}
function bareCallee(ident, ctx) {
  const canonical = ctx.facts.callees.get(ident);
  const name = canonical === void 0 || canonical === "default" || canonical === "*" ? ident : canonical;
  return { name, recorded: canonical !== void 0 };
}
function visitNew(call, ctx) {
  const { ts, syntax } = ctx;
  const callee = syntax.unwrap(call.expression);
  if (!ts.isIdentifier(callee)) return;
  const ident = callee.text;
  const { name } = bareCallee(ident, ctx);
  if (!ctx.spec.callNames.has(name)) return;
  const args = (call.arguments ?? []).slice(0, MAX_ARGS);
  const [line, column] = ctx.loc(call);
  ctx.report({
    form: "call",
    name,
    receiver: null,
    ident,
    args: args.map((a) => ctx.ir.expr(a)),
    argTexts: args.map((a) => ctx.text(a)),
    argLocs: args.map((a) => ctx.loc(a)),
    line,
    column
  });
}
function newedClass(receiver, ctx) {
  const { ts, syntax } = ctx;
  let e = syntax.unwrap(receiver);
  if (ts.isIdentifier(e)) {
    const decl = syntax.lookup(e)?.node;
    if (decl && ts.isParameter(decl) && ts.isIdentifier(decl.name))
      return declaredClass(decl.type, ctx);
    if (!decl || !ts.isVariableDeclaration(decl) || !ts.isIdentifier(decl.name)) return void 0;
    const declared = declaredClass(decl.type, ctx);
    if (declared !== void 0 || !decl.initializer) return declared;
    if ((decl.parent.flags & ts.NodeFlags.Const) === 0) return void 0;
    e = syntax.unwrap(decl.initializer);
  }
  if (ts.isPropertyAccessExpression(e) && e.expression.kind === ts.SyntaxKind.ThisKeyword && ts.isIdentifier(e.name))
    return fieldClass(e, e.name.text, ctx);
  return instanceClass(e, ctx);
}
function instanceClass(e, ctx) {
  const { ts } = ctx;
  if (ts.isNewExpression(e)) return ts.isIdentifier(e.expression) ? e.expression.text : void 0;
  const [arg] = ts.isCallExpression(e) ? e.arguments : [];
  return ts.isCallExpression(e) && ts.isIdentifier(e.expression) && e.expression.text === "inject" && arg !== void 0 && ts.isIdentifier(arg) ? arg.text : void 0;
}
function declaredClass(type, ctx) {
  const { ts } = ctx;
  return type && ts.isTypeReferenceNode(type) && ts.isIdentifier(type.typeName) ? type.typeName.text : void 0;
}
function fieldClass(at, name, ctx) {
  const { ts, syntax } = ctx;
  const cls = syntax.thisClassOf(at);
  if (!cls) return void 0;
  for (const m of cls.members) {
    if (ts.isPropertyDeclaration(m) && syntax.propName(m.name) === name) {
      const declared = declaredClass(m.type, ctx);
      if (declared !== void 0 || !m.initializer) return declared;
      return instanceClass(syntax.unwrap(m.initializer), ctx);
    }
    if (ts.isConstructorDeclaration(m)) {
      const p = syntax.parameterProperty(m, name);
      if (p) return declaredClass(p.type, ctx);
    }
  }
  return void 0;
}
function enclosingClass(node, ctx) {
  return ctx.syntax.thisClassOf(node)?.name?.text;
}

// src/flags/scanner/forms/jsx.ts
var jsxAccessorSchema = {
  type: "object",
  additionalProperties: false,
  required: ["jsx", "attribute"],
  properties: {
    jsx: named("JSX element name."),
    attribute: named("Attribute holding the flag key."),
    transform: KEY_TRANSFORM_SCHEMA
  }
};
var jsxForm = {
  id: "jsx",
  configKeys: ["jsx"],
  accessorSchemas: [jsxAccessorSchema],
  mapsPropertyNames: false,
  needles: (accessors) => [...accessors.jsx.keys()],
  create: (ctx) => {
    const visit = (node) => visitElement(node, ctx);
    return {
      [ctx.ts.SyntaxKind.JsxOpeningElement]: visit,
      [ctx.ts.SyntaxKind.JsxSelfClosingElement]: visit
    };
  },
  bind: (site, accessors) => {
    const acc = accessors.jsx.get(site.name)?.find((a) => a.attribute === site.receiver);
    return acc && { label: acc.label, transform: acc.transform, argument: 0, fallbackArgument: null };
  },
  via: (resolved) => resolved === "literal" ? "jsx" : resolved
};
function visitElement(el, ctx) {
  const { ts } = ctx;
  const tag = el.tagName;
  const name = ts.isIdentifier(tag) ? tag.text : ts.isPropertyAccessExpression(tag) && ts.isIdentifier(tag.name) ? tag.name.text : void 0;
  const attrs = name === void 0 ? void 0 : ctx.spec.jsx.get(name);
  if (name === void 0 || !attrs) return;
  for (const prop of el.attributes.properties) {
    if (!ts.isJsxAttribute(prop) || !ts.isIdentifier(prop.name) || !attrs.includes(prop.name.text))
      continue;
    const init = prop.initializer;
    let value;
    if (init && ts.isStringLiteral(init)) value = init;
    else if (init && ts.isJsxExpression(init)) value = init.expression;
    if (!value) continue;
    const [line, column] = ctx.loc(el);
    ctx.report({
      form: "jsx",
      name,
      receiver: prop.name.text,
      ident: null,
      args: [ctx.ir.expr(value)],
      argTexts: [ctx.text(value)],
      argLocs: [ctx.loc(value)],
      line,
      column
    });
  }
}

// src/flags/scanner/forms/member.ts
var memberAccessorSchema = {
  type: "object",
  additionalProperties: false,
  required: ["member"],
  properties: {
    member: named("Object whose properties are flags, e.g. featureToggles."),
    transform: KEY_TRANSFORM_SCHEMA
  }
};
var objectFromAccessorSchema = {
  type: "object",
  additionalProperties: false,
  required: ["objectFrom"],
  properties: {
    objectFrom: named("Call returning an object of flags, e.g. useFlags."),
    transform: KEY_TRANSFORM_SCHEMA
  }
};
var memberForm = {
  id: "member",
  configKeys: ["member", "objectFrom"],
  accessorSchemas: [memberAccessorSchema, objectFromAccessorSchema],
  mapsPropertyNames: true,
  needles: (accessors) => [
    ...[...accessors.members.keys()].map((m) => m.split(".")[0] ?? m),
    ...accessors.objectFrom.keys()
  ],
  create: (ctx) => {
    const roots = new MemberRoots(ctx);
    const access = (node) => visitAccess(node, roots, ctx);
    return {
      [ctx.ts.SyntaxKind.PropertyAccessExpression]: access,
      [ctx.ts.SyntaxKind.ElementAccessExpression]: access,
      [ctx.ts.SyntaxKind.VariableDeclaration]: (node) => visitVariable(node, roots, ctx)
    };
  },
  bind: (site, accessors) => {
    const root = site.objectFrom ? accessors.objectFrom.get(site.name) : accessors.members.get(site.name);
    return root && { label: root.label, transform: root.transform, argument: 0, fallbackArgument: null };
  },
  via: () => "member"
};
var MemberRoots = class {
  constructor(ctx) {
    this.ctx = ctx;
  }
  ctx;
  /** Variables holding an objectFrom result (`const flags = useFlags()`) → the call's name. */
  objVars = /* @__PURE__ */ new Map();
  /** Names of those variables: a cheap test before the scope lookup that confirms the binding. */
  objVarNames = /* @__PURE__ */ new Set();
  remember(decl, root) {
    this.objVars.set(decl, root);
    this.objVarNames.add(decl.name.text);
  }
  /**
   * In a file importing a higher-order component that injects the flags as a prop
   * (`withLDConsumer`): that prop of a component — `({ flags }) => flags.x`, `props.flags.x`,
   * `this.props.flags.x` — is the flags object. The HOC's name, or undefined.
   */
  injectedRoot(o) {
    const { ts, syntax, spec, facts } = this.ctx;
    if (spec.injectedProps.size === 0) return void 0;
    let prop;
    if (ts.isIdentifier(o)) {
      const param = syntax.lookup(o)?.node;
      if (!param || !ts.isParameter(param) || !ts.isObjectBindingPattern(param.name))
        return void 0;
      const el = param.name.elements.find((e) => ts.isIdentifier(e.name) && e.name.text === o.text);
      if (!el || el.dotDotDotToken) return void 0;
      prop = el.propertyName ? syntax.propName(el.propertyName) : o.text;
    } else if (ts.isPropertyAccessExpression(o) && ts.isIdentifier(o.name)) {
      const holder = syntax.unwrap(o.expression);
      const isProps = ts.isIdentifier(holder) && holder.text === "props" || ts.isPropertyAccessExpression(holder) && holder.expression.kind === ts.SyntaxKind.ThisKeyword && holder.name.text === "props";
      if (!isProps) return void 0;
      prop = o.name.text;
    }
    if (prop === void 0) return void 0;
    for (const imported of facts.callees.values())
      if (spec.injectedProps.get(imported) === prop) return imported;
    return void 0;
  }
  /** The root `obj` designates, if any: [root name, is objectFrom]. */
  of(obj) {
    const { ts, syntax, spec } = this.ctx;
    const o = syntax.unwrap(obj);
    if (ts.isCallExpression(o)) {
      const c = syntax.unwrap(o.expression);
      const name = ts.isIdentifier(c) ? c.text : ts.isPropertyAccessExpression(c) && ts.isIdentifier(c.name) ? c.name.text : void 0;
      if (name !== void 0 && spec.objectFromNames.has(name)) return [name, true];
      return void 0;
    }
    const injected = this.injectedRoot(o);
    if (injected) return [injected, true];
    if (ts.isIdentifier(o)) {
      if (this.objVarNames.has(o.text)) {
        const found = syntax.lookup(o);
        const from = found ? this.objVars.get(found.node) : void 0;
        if (from !== void 0) return [from, true];
      }
      if (spec.memberRoots.has(o.text)) return [o.text, false];
      return void 0;
    }
    if (ts.isPropertyAccessExpression(o) && spec.dottedRoots) {
      const chain = syntax.chainText(o);
      if (spec.memberRoots.has(chain)) return [chain, false];
    }
    return void 0;
  }
};
function visitAccess(node, roots, ctx) {
  const { ts, syntax } = ctx;
  const parent = node.parent;
  if (ts.isCallExpression(parent) && parent.expression === node) return;
  const root = roots.of(node.expression);
  if (!root) return;
  let key;
  let keyNode;
  if (ts.isPropertyAccessExpression(node)) {
    if (!ts.isIdentifier(node.name) || syntax.OBJECT_MEMBERS.has(node.name.text)) return;
    key = { k: "str", v: node.name.text };
    keyNode = node.name;
  } else {
    key = ctx.ir.expr(node.argumentExpression);
    keyNode = node.argumentExpression;
  }
  report(ctx, root, key, keyNode);
}
function visitVariable(decl, roots, ctx) {
  if (!decl.initializer) return;
  const { ts, syntax } = ctx;
  const init = syntax.unwrap(decl.initializer);
  if (ts.isIdentifier(decl.name)) {
    if (ts.isCallExpression(init)) {
      const root2 = roots.of(init);
      if (root2) roots.remember(decl, root2[0]);
    }
    return;
  }
  if (!ts.isObjectBindingPattern(decl.name)) return;
  const obj = ts.isBinaryExpression(init) && (init.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken || init.operatorToken.kind === ts.SyntaxKind.BarBarToken) ? init.left : init;
  const root = roots.of(obj);
  if (!root) return;
  for (const el of decl.name.elements) {
    if (el.dotDotDotToken) continue;
    const keyNode = el.propertyName ?? el.name;
    const key = el.propertyName ? syntax.propName(el.propertyName) : ts.isIdentifier(el.name) ? el.name.text : void 0;
    if (key === void 0 || syntax.OBJECT_MEMBERS.has(key)) continue;
    report(ctx, root, { k: "str", v: key }, keyNode);
  }
}
function report(ctx, root, key, keyNode) {
  const [line, column] = ctx.loc(keyNode);
  ctx.report({
    form: "member",
    name: root[0],
    receiver: null,
    ident: null,
    objectFrom: root[1],
    args: [key],
    argTexts: [ctx.text(keyNode)],
    argLocs: [[line, column]],
    line,
    column
  });
}

// src/flags/scanner/forms/symbol.ts
var symbolForm = {
  id: "symbol",
  configKeys: [],
  accessorSchemas: [],
  mapsPropertyNames: false,
  needles: (accessors) => [...accessors.registries.keys()],
  create: (ctx) => {
    if (ctx.spec.symbolRoots.size === 0) return {};
    const access = (node) => visitAccess2(node, ctx);
    return {
      [ctx.ts.SyntaxKind.PropertyAccessExpression]: access,
      [ctx.ts.SyntaxKind.ElementAccessExpression]: access
    };
  },
  bind: (site, accessors, where) => {
    const member = site.args[0];
    if (member?.k !== "str") return void 0;
    const decl = where.declaration();
    if (!decl) return void 0;
    const registry = accessors.registries.get(decl.local)?.find((r) => r.file === decl.file && r.exportName === decl.local);
    const key = registry?.members[member.v];
    return key === void 0 ? void 0 : { label: decl.local, transform: "none", argument: 0, fallbackArgument: null, key };
  },
  via: () => "symbol"
};
function visitAccess2(node, ctx) {
  const { ts, spec } = ctx;
  let member;
  if (ts.isPropertyAccessExpression(node)) {
    if (!ts.isIdentifier(node.name)) return;
    member = node.name.text;
  } else {
    const arg = node.argumentExpression;
    if (!ts.isStringLiteralLike(arg)) return;
    member = arg.text;
  }
  const obj = ctx.syntax.unwrap(node.expression);
  let name;
  let ident;
  let receiver = null;
  const imported = ts.isIdentifier(obj) ? ctx.facts.callees.get(obj.text) ?? obj.text : "";
  if (ts.isIdentifier(obj) && spec.symbolRoots.has(imported)) {
    name = imported;
    ident = obj.text;
  } else if (ts.isPropertyAccessExpression(obj) && ts.isIdentifier(obj.name) && spec.symbolRoots.has(obj.name.text) && ts.isIdentifier(obj.expression)) {
    name = obj.name.text;
    ident = obj.expression.text;
    receiver = ident;
  } else return;
  const [line, column] = ctx.loc(node);
  ctx.report({
    form: "symbol",
    name,
    receiver,
    ident,
    args: [{ k: "str", v: member }],
    argTexts: [ctx.text(node)],
    argLocs: [[line, column]],
    line,
    column
  });
}

// src/flags/scanner/forms/index.ts
var FORMS = [callForm, jsxForm, memberForm, symbolForm];
var ACCESSOR_SCHEMAS = [
  callAccessorSchema,
  jsxAccessorSchema,
  memberAccessorSchema,
  objectFromAccessorSchema
];
var FORM_BY_ID = {
  call: callForm,
  jsx: jsxForm,
  member: memberForm,
  symbol: symbolForm
};

export {
  FORMS,
  ACCESSOR_SCHEMAS,
  FORM_BY_ID
};
