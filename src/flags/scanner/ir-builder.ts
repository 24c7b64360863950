import { ts as tsMorphTs } from 'ts-morph';
import ts = tsMorphTs;
import type { Expr, FnInfo } from './ir.js';
import { lookup } from './scope.js';
import {
  chainText,
  hasModifier,
  loadedModule,
  loadedModuleBinding,
  parameterProperty,
  propName,
  skipParenType,
  templateOf,
  thisClassOf,
  unwrap,
  unwrapParents,
} from './syntax.js';

/**
 * Source expressions and type nodes → `Expr`, the IR of "what string could this be". Bindings
 * local to a function are inlined here; top-level and imported ones stay `ref`s for the resolver.
 * Depth is bounded (MAX_DEPTH): past it a value is unknown, which is reported, never guessed.
 */

export const UNKNOWN: Expr = { k: 'unknown' };
const MAX_DEPTH = 24;
/** Array methods whose callback receives the element, and that parameter's position. */
const ELEMENT_PARAM = new Map<string, number>([
  ['forEach', 0],
  ['map', 0],
  ['flatMap', 0],
  ['filter', 0],
  ['some', 0],
  ['every', 0],
  ['find', 0],
  ['findIndex', 0],
  ['findLast', 0],
  ['findLastIndex', 0],
  ['reduce', 1],
  ['reduceRight', 1],
]);
/**
 * lodash-style collection functions, `mapValues(collection, (value, key) => …)` or `_.forEach(…)`:
 * the callback is the second argument; its first parameter is a value, its second a key.
 */
const COLLECTION_FNS = new Set([
  'forEach',
  'forOwn',
  'each',
  'map',
  'mapValues',
  'flatMap',
  'filter',
  'reject',
  'pickBy',
  'omitBy',
  'some',
  'every',
  'find',
]);
const COLLECTION_LIBS = new Set(['_', 'lodash', 'underscore']);
/** The packages whose collection functions call back with (value, key): lodash's and its kin. */
const COLLECTION_MODULE_RE =
  /^(?:lodash(?:-es)?(?:\/.*)?|lodash\.[a-z]+|underscore|es-toolkit\/compat)$/;

/**
 * Whether `id` (a collection function, or the `_` namespace holding it) comes from lodash: imported
 * from it or required from it; a namespace no declaration binds is the classic global `_`. Anything
 * else — the application's own `mapValues` — passes its callback what it likes.
 */
function fromCollectionLibrary(id: ts.Identifier, namespace: boolean): boolean {
  const found = lookup(id);
  if (!found) return namespace;
  const node = found.node;
  if (ts.isImportDeclaration(node))
    return (
      ts.isStringLiteral(node.moduleSpecifier) &&
      COLLECTION_MODULE_RE.test(node.moduleSpecifier.text)
    );
  if (ts.isImportEqualsDeclaration(node)) {
    const ref = node.moduleReference;
    return (
      ts.isExternalModuleReference(ref) &&
      ts.isStringLiteral(ref.expression) &&
      COLLECTION_MODULE_RE.test(ref.expression.text)
    );
  }
  // `const _ = require('lodash')`, `const { mapValues } = require('lodash')`
  const decl = ts.isBindingElement(node) ? node.parent.parent : node;
  const required = ts.isVariableDeclaration(decl) ? loadedModule(decl.initializer) : undefined;
  return required !== undefined && COLLECTION_MODULE_RE.test(required);
}

export class IrBuilder {
  private readonly fnIds = new Map<ts.Node, number>();

  constructor(
    private readonly sf: ts.SourceFile,
    /** The file's functions that may be wrappers; `param` exprs index into it. */
    private readonly fns: FnInfo[],
  ) {}

  declValue(decl: ts.VariableDeclaration, isConst: boolean): Expr {
    const init = isConst && decl.initializer ? this.expr(decl.initializer) : UNKNOWN;
    if (init.k === 'unknown' && decl.type) return { k: 'typed', type: this.typeExpr(decl.type, 0) };
    return init;
  }

  enumExpr(decl: ts.EnumDeclaration): Expr {
    const props: Record<string, Expr> = {};
    for (const m of decl.members) {
      const name = propName(m.name);
      if (name !== undefined && m.initializer) props[name] = this.expr(m.initializer);
    }
    return { k: 'obj', props, isEnum: true };
  }

  // ---- expressions --------------------------------------------------------------------------

  expr(node: ts.Expression, depth = 0): Expr {
    if (depth > MAX_DEPTH) return UNKNOWN;
    const d = depth + 1;
    switch (node.kind) {
      case ts.SyntaxKind.StringLiteral:
      case ts.SyntaxKind.NoSubstitutionTemplateLiteral:
        return { k: 'str', v: (node as ts.StringLiteralLike).text };
      case ts.SyntaxKind.TemplateExpression: {
        const t = node as ts.TemplateExpression;
        return templateOf(t.head, t.templateSpans, (span) => this.expr(span.expression, d));
      }
      case ts.SyntaxKind.BinaryExpression: {
        const b = node as ts.BinaryExpression;
        const op = b.operatorToken.kind;
        if (op === ts.SyntaxKind.PlusToken) {
          // `a + b + c` nests to the left: walk the spine iteratively so long chains keep their depth.
          const operands: ts.Expression[] = [b.right];
          let left: ts.Expression = b.left;
          while (
            ts.isBinaryExpression(left) &&
            left.operatorToken.kind === ts.SyntaxKind.PlusToken
          ) {
            operands.push(left.right);
            left = left.left;
          }
          operands.push(left);
          const parts: Expr[] = [];
          for (const side of operands.reverse()) {
            const e = this.expr(side, d);
            if (e.k === 'cat' && !e.tpl) parts.push(...e.parts);
            else parts.push(e);
          }
          return { k: 'cat', parts, tpl: false };
        }
        if (op === ts.SyntaxKind.QuestionQuestionToken || op === ts.SyntaxKind.BarBarToken) {
          return { k: 'alt', items: [this.expr(b.left, d), this.expr(b.right, d)] };
        }
        return UNKNOWN;
      }
      case ts.SyntaxKind.ParenthesizedExpression:
      case ts.SyntaxKind.NonNullExpression:
      case ts.SyntaxKind.SatisfiesExpression:
        return this.expr((node as ts.ParenthesizedExpression).expression, d);
      case ts.SyntaxKind.AsExpression:
      case ts.SyntaxKind.TypeAssertionExpression: {
        const a = node as ts.AsExpression;
        const inner = this.expr(a.expression, d);
        const isConstAssertion =
          ts.isTypeReferenceNode(a.type) &&
          ts.isIdentifier(a.type.typeName) &&
          a.type.typeName.text === 'const';
        if (isConstAssertion) return inner;
        const asserted: Expr = { k: 'typed', type: this.typeExpr(a.type, d) };
        if (inner.k === 'unknown') return asserted;
        // `row.key as FlagKey`: what the value is if that can be told, else what the code says it is.
        return inner.k === 'str' ? inner : { k: 'first', items: [inner, asserted] };
      }
      case ts.SyntaxKind.ConditionalExpression: {
        const c = node as ts.ConditionalExpression;
        return { k: 'alt', items: [this.expr(c.whenTrue, d), this.expr(c.whenFalse, d)] };
      }
      case ts.SyntaxKind.Identifier:
        return this.identExpr(node as ts.Identifier, d);
      case ts.SyntaxKind.PropertyAccessExpression: {
        const p = node as ts.PropertyAccessExpression;
        if (!ts.isIdentifier(p.name)) return UNKNOWN;
        if (p.expression.kind === ts.SyntaxKind.ThisKeyword) {
          const own = this.thisField(p, p.name.text, d);
          if (own) return own;
        }
        const obj = this.expr(p.expression, d);
        const e: Expr = { k: 'prop', obj, key: { k: 'str', v: p.name.text } };
        // `props.variant` with `props: Props`: the property's declared type, from the checker.
        if (obj.k === 'param' && obj.type)
          return { k: 'first', items: [e, this.checkerAt(p.name)] };
        return e;
      }
      case ts.SyntaxKind.ElementAccessExpression: {
        const p = node as ts.ElementAccessExpression;
        return {
          k: 'prop',
          obj: this.expr(p.expression, d),
          key: this.expr(p.argumentExpression, d),
        };
      }
      case ts.SyntaxKind.ObjectLiteralExpression: {
        const props: Record<string, Expr> = {};
        for (const p of (node as ts.ObjectLiteralExpression).properties) {
          if (ts.isPropertyAssignment(p)) {
            const name = propName(p.name);
            if (name !== undefined) props[name] = this.expr(p.initializer, d);
          } else if (ts.isShorthandPropertyAssignment(p)) {
            props[p.name.text] = this.identExpr(p.name, d);
          }
        }
        return { k: 'obj', props };
      }
      case ts.SyntaxKind.ArrayLiteralExpression:
        return {
          k: 'arr',
          items: (node as ts.ArrayLiteralExpression).elements.map((el) =>
            ts.isSpreadElement(el) ? UNKNOWN : this.expr(el, d),
          ),
        };
      case ts.SyntaxKind.AwaitExpression:
        return this.expr((node as ts.AwaitExpression).expression, d);
      case ts.SyntaxKind.CallExpression: {
        // `await import('./keys')`, `require('./keys')` in a function: the module's namespace.
        const loaded = loadedModule(node as ts.CallExpression);
        if (loaded !== undefined) return { k: 'ref', name: loadedModuleBinding(loaded) };
        // Object.freeze({...}) is how plain JS spells `as const`.
        const c = node as ts.CallExpression;
        const arg = c.arguments[0];
        if (!arg) return UNKNOWN;
        const callee = chainText(c.expression);
        if (callee === 'Object.freeze') return this.expr(arg, d);
        // What a loop over the flags iterates: `Object.values(Flags)`, `Object.keys(FLAGS)`.
        if (callee === 'Object.values') return { k: 'values', of: this.expr(arg, d) };
        if (callee === 'Object.keys') return { k: 'keys', of: this.expr(arg, d) };
        return UNKNOWN;
      }
      default:
        return UNKNOWN;
    }
  }

  private identExpr(id: ts.Identifier, depth: number): Expr {
    const found = lookup(id);
    if (!found || found.top) return { k: 'ref', name: id.text };
    const node = found.node;
    if (ts.isVariableDeclaration(node)) {
      const isConst = (node.parent.flags & ts.NodeFlags.Const) !== 0;
      const loop = node.parent.parent;
      if (
        ts.isIdentifier(node.name) &&
        ts.isForOfStatement(loop) &&
        loop.initializer === node.parent
      )
        return this.element(loop.expression, node.type, depth);
      // `for (const key in RAILS)`: one of the object's keys.
      if (
        ts.isIdentifier(node.name) &&
        ts.isForInStatement(loop) &&
        loop.initializer === node.parent
      )
        return { k: 'each', of: { k: 'keys', of: this.expr(loop.expression, depth) } };
      if (ts.isIdentifier(node.name)) {
        if (!isConst || !node.initializer) {
          return node.type ? { k: 'typed', type: this.typeExpr(node.type, depth) } : UNKNOWN;
        }
        const init = this.expr(node.initializer, depth);
        if (init.k === 'unknown' && node.type)
          return { k: 'typed', type: this.typeExpr(node.type, depth) };
        return init.k === 'str' || init.k === 'cat' ? { k: 'const', e: init } : init;
      }
      return UNKNOWN;
    }
    if (ts.isBindingElement(node)) {
      const pattern = node.parent;
      const decl = pattern.parent;
      // `for (const [key] of Object.entries(FLAGS))`
      if (
        ts.isArrayBindingPattern(pattern) &&
        pattern.elements[0] === node &&
        ts.isVariableDeclaration(decl) &&
        ts.isForOfStatement(decl.parent.parent) &&
        decl.parent.parent.initializer === decl.parent
      )
        return this.entryKey(decl.parent.parent.expression, depth);
      if (
        ts.isObjectBindingPattern(pattern) &&
        ts.isVariableDeclaration(decl) &&
        decl.initializer &&
        (decl.parent.flags & ts.NodeFlags.Const) !== 0
      ) {
        const key = node.propertyName ? propName(node.propertyName) : id.text;
        if (key !== undefined)
          return { k: 'prop', obj: this.expr(decl.initializer, depth), key: { k: 'str', v: key } };
      }
      return UNKNOWN;
    }
    if (ts.isParameter(node)) {
      const fn = node.parent;
      if (ts.isObjectBindingPattern(node.name)) return this.destructuredParam(node, id, depth);
      // `Object.entries(FLAGS).map(([key, def]) => …)`
      if (
        ts.isArrayBindingPattern(node.name) &&
        ts.isFunctionLike(fn) &&
        bindsFirst(node.name, id.text)
      ) {
        const list = this.iteratedBy(fn, fn.parameters.indexOf(node));
        return list ? this.entryKey(list, depth) : UNKNOWN;
      }
      if (!ts.isIdentifier(node.name) || node.dotDotDotToken || !ts.isFunctionLike(fn))
        return UNKNOWN;
      const index = fn.parameters.indexOf(node);
      const iterated = this.iteratedBy(fn, index);
      if (iterated) return this.element(iterated, node.type, depth);
      const collected = this.collectionParam(fn, index, depth);
      if (collected) return collected;
      return this.paramExpr(node, fn, index, depth);
    }
    if (ts.isEnumDeclaration(node)) return this.enumExpr(node);
    return UNKNOWN;
  }

  /**
   * The element variable of a loop over `list` (`for (const f of list)`, `list.forEach((f) => …)`).
   * A declared type is the fallback when the list cannot be resolved.
   */
  private element(list: ts.Expression, type: ts.TypeNode | undefined, depth: number): Expr {
    const each: Expr = { k: 'each', of: this.expr(list, depth) };
    return type
      ? { k: 'first', items: [each, { k: 'typed', type: this.typeExpr(type, depth) }] }
      : each;
  }

  /** The key of an entry when `list` is `Object.entries(X)`: one of X's keys. */
  private entryKey(list: ts.Expression, depth: number): Expr {
    const call = unwrap(list);
    const arg = ts.isCallExpression(call) ? call.arguments[0] : undefined;
    if (!arg || !ts.isCallExpression(call) || chainText(call.expression) !== 'Object.entries')
      return UNKNOWN;
    return { k: 'each', of: { k: 'keys', of: this.expr(arg, depth) } };
  }

  /**
   * `list.forEach((f) => …)` and the like: the list whose element parameter `index` of the
   * callback `fn` is, when `fn` is written inline as an array method's callback.
   */
  private iteratedBy(fn: ts.SignatureDeclaration, index: number): ts.Expression | undefined {
    const call = callbackOf(fn, 0);
    if (!call) return undefined;
    const callee = unwrap(call.expression);
    if (!ts.isPropertyAccessExpression(callee) || !ts.isIdentifier(callee.name)) return undefined;
    return ELEMENT_PARAM.get(callee.name.text) === index ? callee.expression : undefined;
  }

  /**
   * A parameter of a callback given to a lodash-style collection function (COLLECTION_FNS): the
   * first one of the collection's values, the second one of its keys.
   */
  private collectionParam(
    fn: ts.SignatureDeclaration,
    index: number,
    depth: number,
  ): Expr | undefined {
    const call = index > 1 ? undefined : callbackOf(fn, 1);
    if (!call?.arguments[0]) return undefined;
    const callee = unwrap(call.expression);
    const name = ts.isIdentifier(callee)
      ? callee.text
      : ts.isPropertyAccessExpression(callee) &&
          ts.isIdentifier(callee.expression) &&
          COLLECTION_LIBS.has(callee.expression.text)
        ? callee.name.text
        : undefined;
    if (name === undefined || !COLLECTION_FNS.has(name)) return undefined;
    const holder = ts.isPropertyAccessExpression(callee) ? callee.expression : callee;
    if (ts.isIdentifier(holder) && !fromCollectionLibrary(holder, holder !== callee))
      return undefined;
    const of = this.expr(call.arguments[0], depth);
    return { k: 'each', of: { k: index === 0 ? 'values' : 'keys', of } };
  }

  /**
   * A prop destructured from a typed parameter (`function C({ variant }: Props)`, React's usual
   * form): its declared type is what we know. An inline type literal is read here; anything else
   * (an interface, an imported alias) goes to the type checker.
   */
  private destructuredParam(
    param: ts.ParameterDeclaration,
    id: ts.Identifier,
    depth: number,
  ): Expr {
    if (!param.type || !ts.isObjectBindingPattern(param.name)) return UNKNOWN;
    const el = param.name.elements.find((e) => ts.isIdentifier(e.name) && e.name.text === id.text);
    if (!el || el.dotDotDotToken || !ts.isIdentifier(el.name)) return UNKNOWN;
    const key = el.propertyName ? propName(el.propertyName) : el.name.text;
    if (key === undefined) return UNKNOWN;
    if (ts.isTypeLiteralNode(param.type)) {
      const member = param.type.members.find(
        (m) => ts.isPropertySignature(m) && propName(m.name) === key,
      );
      return member && ts.isPropertySignature(member) && member.type
        ? { k: 'typed', type: this.typeExpr(member.type, depth) }
        : UNKNOWN;
    }
    return this.checkerAt(el.name);
  }

  // ---- types --------------------------------------------------------------------------------

  typeExpr(t: ts.TypeNode, depth: number): Expr {
    if (depth > MAX_DEPTH) return UNKNOWN;
    const d = depth + 1;
    switch (t.kind) {
      case ts.SyntaxKind.LiteralType: {
        const lit = (t as ts.LiteralTypeNode).literal;
        return ts.isStringLiteralLike(lit) ? { k: 'str', v: lit.text } : UNKNOWN;
      }
      case ts.SyntaxKind.UnionType:
        return { k: 'alt', items: (t as ts.UnionTypeNode).types.map((x) => this.typeExpr(x, d)) };
      case ts.SyntaxKind.ParenthesizedType:
        return this.typeExpr((t as ts.ParenthesizedTypeNode).type, d);
      case ts.SyntaxKind.TypeReference: {
        const r = t as ts.TypeReferenceNode;
        if (r.typeArguments) return this.checkerExpr(t);
        if (ts.isIdentifier(r.typeName)) {
          const local = this.localTypeParam(r.typeName);
          if (local) return local.constraint ? this.typeExpr(local.constraint, d) : UNKNOWN;
          return { k: 'ref', name: r.typeName.text, type: true };
        }
        const left = r.typeName.left;
        if (ts.isIdentifier(left))
          return { k: 'ref', name: `${left.text}.${r.typeName.right.text}`, type: true };
        return this.checkerExpr(t);
      }
      case ts.SyntaxKind.TypeOperator: {
        const op = t as ts.TypeOperatorNode;
        if (op.operator === ts.SyntaxKind.KeyOfKeyword && ts.isTypeQueryNode(op.type)) {
          return { k: 'keys', of: this.entityExpr(op.type.exprName, d) };
        }
        return this.checkerExpr(t);
      }
      case ts.SyntaxKind.IndexedAccessType: {
        const ia = t as ts.IndexedAccessTypeNode;
        const obj = skipParenType(ia.objectType);
        const idx = skipParenType(ia.indexType);
        if (ts.isTypeQueryNode(obj)) {
          const of = this.entityExpr(obj.exprName, d);
          if (ts.isTypeOperatorNode(idx) && idx.operator === ts.SyntaxKind.KeyOfKeyword)
            return { k: 'values', of };
          if (idx.kind === ts.SyntaxKind.NumberKeyword) return { k: 'items', of };
          if (ts.isLiteralTypeNode(idx) && ts.isStringLiteralLike(idx.literal)) {
            return { k: 'prop', obj: of, key: { k: 'str', v: idx.literal.text } };
          }
        }
        return this.checkerExpr(t);
      }
      case ts.SyntaxKind.TypeQuery:
        return this.entityExpr((t as ts.TypeQueryNode).exprName, d);
      case ts.SyntaxKind.TemplateLiteralType: {
        const tl = t as ts.TemplateLiteralTypeNode;
        return templateOf(tl.head, tl.templateSpans, (span) => this.typeExpr(span.type, d));
      }
      case ts.SyntaxKind.ConditionalType:
      case ts.SyntaxKind.MappedType:
      case ts.SyntaxKind.InferType:
        return this.checkerExpr(t);
      default:
        // string, number, object shapes, functions…: not a set of keys.
        return UNKNOWN;
    }
  }

  private checkerExpr(t: ts.TypeNode): Expr {
    return { k: 'checker', start: t.getStart(this.sf), end: t.end };
  }

  /** The declared type of the binding or property named by `id`, from the checker. */
  private checkerAt(id: ts.Identifier): Expr {
    return { k: 'checker', start: id.getStart(this.sf), end: id.end };
  }

  private entityExpr(e: ts.EntityName, depth: number): Expr {
    if (ts.isIdentifier(e)) return this.identExpr(e, depth);
    return { k: 'prop', obj: this.entityExpr(e.left, depth), key: { k: 'str', v: e.right.text } };
  }

  /** `function f<K extends Flag>(k: K)`: the constraint is what we know. */
  private localTypeParam(id: ts.Identifier): ts.TypeParameterDeclaration | undefined {
    for (let n: ts.Node | undefined = id.parent; n; n = n.parent) {
      if (ts.isFunctionLike(n) || ts.isClassLike(n) || ts.isTypeAliasDeclaration(n)) {
        const hit = n.typeParameters?.find((p) => p.name.text === id.text);
        if (hit) return hit;
      }
    }
    return undefined;
  }

  private paramExpr(
    node: ts.ParameterDeclaration,
    fn: ts.SignatureDeclaration,
    index: number,
    depth: number,
  ): Expr {
    const e: Expr = { k: 'param', fn: this.fnId(fn), index };
    if (node.type) e.type = this.typeExpr(node.type, depth);
    if (node.initializer) {
      const def = this.expr(node.initializer, depth);
      if (def.k !== 'unknown') e.def = def;
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
  private thisField(at: ts.Node, name: string, depth: number): Expr | undefined {
    const cls = thisClassOf(at);
    if (!cls) return undefined;
    const ctor = cls.members.find(
      (m): m is ts.ConstructorDeclaration => ts.isConstructorDeclaration(m) && m.body !== undefined,
    );
    const items: Expr[] = [];
    const param = ctor ? parameterProperty(ctor, name) : undefined;
    if (ctor && param)
      items.push(this.paramExpr(param, ctor, ctor.parameters.indexOf(param), depth));
    for (const m of cls.members) {
      if (
        ts.isPropertyDeclaration(m) &&
        m.initializer &&
        !hasModifier(m, ts.SyntaxKind.StaticKeyword) &&
        propName(m.name) === name
      )
        items.push(this.expr(m.initializer, depth));
    }
    for (const value of fieldAssignments(cls, name))
      items.push(this.assignedValue(value, ctor, depth));
    if (items.length === 0) return undefined;
    return items.length === 1 ? items[0] : { k: 'alt', items };
  }

  /**
   * A value assigned to a field: a constructor's argument stays its parameter (the callers of `new`
   * pass the key); another method's is not known where the field is read.
   */
  private assignedValue(
    value: ts.Expression,
    ctor: ts.ConstructorDeclaration | undefined,
    depth: number,
  ): Expr {
    const e = this.expr(value, depth);
    if (e.k !== 'param') return e;
    return e.fn === (ctor ? this.fnIds.get(ctor) : undefined) ? e : UNKNOWN;
  }

  private fnId(fn: ts.SignatureDeclaration): number {
    const known = this.fnIds.get(fn);
    if (known !== undefined) return known;
    const info = describeFn(fn);
    this.fns.push(info);
    const id = this.fns.length - 1;
    this.fnIds.set(fn, id);
    return id;
  }
}

/** The right-hand sides of `this.name = …` (also `??=`, `||=`) in the members of `cls`. */
function fieldAssignments(cls: ts.ClassLikeDeclaration, name: string): ts.Expression[] {
  const out: ts.Expression[] = [];
  const visit = (n: ts.Node): void => {
    if (
      ts.isBinaryExpression(n) &&
      ASSIGNMENTS.has(n.operatorToken.kind) &&
      ts.isPropertyAccessExpression(n.left) &&
      n.left.expression.kind === ts.SyntaxKind.ThisKeyword &&
      n.left.name.text === name &&
      thisClassOf(n.left) === cls
    )
      out.push(n.right);
    // A nested class has its own `this`; thisClassOf above tells function scopes apart.
    if (!ts.isClassLike(n)) ts.forEachChild(n, visit);
  };
  for (const m of cls.members) if (!ts.isPropertyDeclaration(m) || m.initializer) visit(m);
  return out;
}

const ASSIGNMENTS: ReadonlySet<ts.SyntaxKind> = new Set([
  ts.SyntaxKind.EqualsToken,
  ts.SyntaxKind.QuestionQuestionEqualsToken,
  ts.SyntaxKind.BarBarEqualsToken,
]);

/** `[key, value]`: `key` is the pattern's first element. */
function bindsFirst(pattern: ts.ArrayBindingPattern, name: string): boolean {
  const first = pattern.elements[0];
  return (
    first !== undefined &&
    ts.isBindingElement(first) &&
    ts.isIdentifier(first.name) &&
    first.name.text === name
  );
}

/** The call `fn` is written inline in as argument `position` (`list.map((f) => …)`), if any. */
function callbackOf(fn: ts.SignatureDeclaration, position: number): ts.CallExpression | undefined {
  if (!ts.isArrowFunction(fn) && !ts.isFunctionExpression(fn)) return undefined;
  let arg: ts.Node = fn;
  while (ts.isParenthesizedExpression(arg.parent)) arg = arg.parent;
  const call = arg.parent;
  return ts.isCallExpression(call) && call.arguments[position] === arg ? call : undefined;
}

function varNameOf(node: ts.Node): string | null {
  return ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) ? node.name.text : null;
}

function describeFn(fn: ts.SignatureDeclaration): FnInfo {
  const parent = fn.parent;
  // Called as `new Gate('key')`: the class's name is the callee's.
  if (ts.isConstructorDeclaration(fn))
    return { name: fn.parent.name?.text ?? null, owner: null, method: false };
  if (ts.isFunctionDeclaration(fn)) {
    const anonymousDefault =
      !fn.name &&
      hasModifier(fn, ts.SyntaxKind.ExportKeyword) &&
      hasModifier(fn, ts.SyntaxKind.DefaultKeyword);
    return {
      name: fn.name?.text ?? (anonymousDefault ? 'default' : null),
      owner: null,
      method: false,
    };
  }
  if (
    ts.isMethodDeclaration(fn) ||
    ts.isPropertyAssignment(parent) ||
    ts.isPropertyDeclaration(parent)
  ) {
    const holder = ts.isMethodDeclaration(fn) ? fn : parent;
    const nameNode = (
      holder as ts.MethodDeclaration | ts.PropertyAssignment | ts.PropertyDeclaration
    ).name;
    const name = propName(nameNode) ?? null;
    const container = holder.parent;
    if (ts.isClassLike(container))
      return { name, owner: container.name?.text ?? null, ownerIsClass: true, method: true };
    const owner = ts.isObjectLiteralExpression(container)
      ? varNameOf(unwrapParents(container))
      : null;
    return { name, owner, method: true };
  }
  if (ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) {
    // `const isOn = (k) => …`, also through one wrapping call: `const isOn = useCallback((k) => …, [])`.
    const holder = unwrapParents(fn);
    const direct = varNameOf(holder);
    if (direct) return { name: direct, owner: null, method: false };
    // `export default (name) => …`: the file's exports map `default` to the local `default`.
    if (ts.isExportAssignment(holder) && !holder.isExportEquals)
      return { name: 'default', owner: null, method: false };
    // Only as the first argument, where memoizers take their function (`useCallback`, `debounce`,
    // `memo`): `bus.subscribe('event', (key) => …)` passes a callback, whose reads are its own.
    if (ts.isCallExpression(parent) && parent.arguments[0] === fn) {
      const outer = varNameOf(unwrapParents(parent));
      if (outer) return { name: outer, owner: null, method: false };
    }
    if (ts.isFunctionExpression(fn) && fn.name)
      return { name: fn.name.text, owner: null, method: false };
  }
  return { name: null, owner: null, method: false };
}
