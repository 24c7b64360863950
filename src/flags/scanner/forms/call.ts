import type { ts } from 'ts-morph';
import { KEY_TRANSFORM_SCHEMA, named, type FormContext, type ReferenceForm } from './form.js';

/** Arguments recorded per call: a key beyond the sixth is not a flag accessor's. */
const MAX_ARGS = 6;

export const callAccessorSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['call'],
  properties: {
    call: named("Function name, or object.method ('*.method' for any object)."),
    argument: {
      type: 'integer',
      minimum: 0,
      description: 'Which argument is the flag key (0-based; default 0).',
    },
    transform: KEY_TRANSFORM_SCHEMA,
  },
} as const;

/**
 * `isEnabled('x')`, `client.variation('x', ctx, false)`, and calls of the project's own wrappers:
 * a call whose name is an accessor's or a wrapper's, or any call of an imported binding or a
 * top-level function (so a wrapper found later needs no second parse of the caller).
 */
export const callForm: ReferenceForm = {
  id: 'call',
  configKeys: ['call'],
  accessorSchemas: [callAccessorSchema],
  mapsPropertyNames: false,
  needles: (accessors) => [...accessors.calls.keys()],
  create: (ctx) => ({
    [ctx.ts.SyntaxKind.CallExpression]: (node) => visitCall(node as ts.CallExpression, ctx),
    [ctx.ts.SyntaxKind.NewExpression]: (node) => visitNew(node as ts.NewExpression, ctx),
  }),
  bind: (site, accessors) => accessors.matchCall(site.name, site.receiver),
  via: (resolved, throughWrapper) =>
    throughWrapper && resolved !== 'union' ? 'wrapper' : resolved,
};

function visitCall(call: ts.CallExpression, ctx: FormContext): void {
  if (call.arguments.length === 0) return;
  const { ts, syntax } = ctx;
  const callee = syntax.unwrap(call.expression);
  let name: string;
  let receiver: string | null = null;
  let ident: string | null = null;
  let recorded = false;
  let receiverClass: string | undefined;
  let thisClass: string | undefined;
  if (ts.isIdentifier(callee)) {
    ident = callee.text;
    ({ name, recorded } = bareCallee(ident, ctx));
  } else if (ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.name)) {
    name = callee.name.text;
    if (!ctx.spec.callNames.has(name)) return;
    receiver = syntax.chainText(callee.expression);
    receiverClass = newedClass(callee.expression, ctx);
    if (receiver === 'this') thisClass = enclosingClass(call, ctx);
  } else return;
  if (!recorded && !ctx.spec.callNames.has(name)) return;
  const args = call.arguments.slice(0, MAX_ARGS);
  const [line, column] = ctx.loc(call);
  ctx.report({
    form: 'call',
    name,
    receiver,
    ident,
    ...(receiverClass === undefined ? {} : { receiverClass }),
    ...(thisClass === undefined ? {} : { thisClass }),
    args: args.map((a) => ctx.ir.expr(a)),
    argTexts: args.map((a) => ctx.text(a)),
    argLocs: args.map((a) => ctx.loc(a)),
    line,
    column,
  });
}

/** The name a bare callee is known by (its imported name), and whether its calls are all recorded. */
function bareCallee(ident: string, ctx: FormContext): { name: string; recorded: boolean } {
  const canonical = ctx.facts.callees.get(ident);
  const name =
    canonical === undefined || canonical === 'default' || canonical === '*' ? ident : canonical;
  return { name, recorded: canonical !== undefined };
}

/**
 * `new Gate('checkout-express')`, and `new Gate()` (its default key): a class whose constructor
 * parameter is the key its methods read is a wrapper named after the class. Only such names count
 * (an SDK's own `new Unleash({…})` is no accessor).
 */
function visitNew(call: ts.NewExpression, ctx: FormContext): void {
  const { ts, syntax } = ctx;
  const callee = syntax.unwrap(call.expression);
  if (!ts.isIdentifier(callee)) return;
  const ident = callee.text;
  const { name } = bareCallee(ident, ctx);
  if (!ctx.spec.callNames.has(name)) return;
  const args = (call.arguments ?? []).slice(0, MAX_ARGS);
  const [line, column] = ctx.loc(call);
  ctx.report({
    form: 'call',
    name,
    receiver: null,
    ident,
    args: args.map((a) => ctx.ir.expr(a)),
    argTexts: args.map((a) => ctx.text(a)),
    argLocs: args.map((a) => ctx.loc(a)),
    line,
    column,
  });
}

/**
 * The class the receiver is an instance of, so an instance method with a common name
 * (`svc.check('x')`) still binds to its class's wrapper: `new FlagService()`, a const initialised
 * with it, or a declared type — a typed parameter or local (`(svc: FlagService) =>`), and a field
 * of the enclosing class (`this.gates` with `constructor(private readonly gates: FlagService)`,
 * NestJS's injection), also through `const svc = this.svc`.
 */
function newedClass(receiver: ts.Expression, ctx: FormContext): string | undefined {
  const { ts, syntax } = ctx;
  let e = syntax.unwrap(receiver);
  if (ts.isIdentifier(e)) {
    const decl = syntax.lookup(e)?.node;
    if (decl && ts.isParameter(decl) && ts.isIdentifier(decl.name))
      return declaredClass(decl.type, ctx);
    if (!decl || !ts.isVariableDeclaration(decl) || !ts.isIdentifier(decl.name)) return undefined;
    const declared = declaredClass(decl.type, ctx);
    if (declared !== undefined || !decl.initializer) return declared;
    if ((decl.parent.flags & ts.NodeFlags.Const) === 0) return undefined;
    e = syntax.unwrap(decl.initializer);
  }
  if (
    ts.isPropertyAccessExpression(e) &&
    e.expression.kind === ts.SyntaxKind.ThisKeyword &&
    ts.isIdentifier(e.name)
  )
    return fieldClass(e, e.name.text, ctx);
  return instanceClass(e, ctx);
}

/**
 * `X` of an expression that makes or hands out an instance of class `X`: `new X(…)`, and Angular's
 * `inject(X)` (the field or local of a standalone component or functional guard).
 */
function instanceClass(e: ts.Expression, ctx: FormContext): string | undefined {
  const { ts } = ctx;
  if (ts.isNewExpression(e)) return ts.isIdentifier(e.expression) ? e.expression.text : undefined;
  const [arg] = ts.isCallExpression(e) ? e.arguments : [];
  return ts.isCallExpression(e) &&
    ts.isIdentifier(e.expression) &&
    e.expression.text === 'inject' &&
    arg !== undefined &&
    ts.isIdentifier(arg)
    ? arg.text
    : undefined;
}

/** `FlagService` of a type annotation that names a class (or anything) by one identifier. */
function declaredClass(type: ts.TypeNode | undefined, ctx: FormContext): string | undefined {
  const { ts } = ctx;
  return type && ts.isTypeReferenceNode(type) && ts.isIdentifier(type.typeName)
    ? type.typeName.text
    : undefined;
}

/** The class of field `name` of the class around `at`: its declared type, or `= new X()`. */
function fieldClass(at: ts.Node, name: string, ctx: FormContext): string | undefined {
  const { ts, syntax } = ctx;
  const cls = syntax.thisClassOf(at);
  if (!cls) return undefined;
  for (const m of cls.members) {
    if (ts.isPropertyDeclaration(m) && syntax.propName(m.name) === name) {
      const declared = declaredClass(m.type, ctx);
      if (declared !== undefined || !m.initializer) return declared;
      return instanceClass(syntax.unwrap(m.initializer), ctx);
    }
    if (ts.isConstructorDeclaration(m)) {
      const p = syntax.parameterProperty(m, name);
      if (p) return declaredClass(p.type, ctx);
    }
  }
  return undefined;
}

/** The named class whose body holds `node` (an arrow function keeps its class's `this`). */
function enclosingClass(node: ts.Node, ctx: FormContext): string | undefined {
  return ctx.syntax.thisClassOf(node)?.name?.text;
}
