import type { ts } from 'ts-morph';
import type { Expr } from '../ir.js';
import { KEY_TRANSFORM_SCHEMA, named, type FormContext, type ReferenceForm } from './form.js';

export const memberAccessorSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['member'],
  properties: {
    member: named('Object whose properties are flags, e.g. featureToggles.'),
    transform: KEY_TRANSFORM_SCHEMA,
  },
} as const;

export const objectFromAccessorSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['objectFrom'],
  properties: {
    objectFrom: named('Call returning an object of flags, e.g. useFlags.'),
    transform: KEY_TRANSFORM_SCHEMA,
  },
} as const;

/**
 * A property of an object whose properties are flags: a configured root (`featureToggles.x`,
 * `config.features.x`) or the result of a call returning every flag (`useFlags().x`, also through
 * a variable holding it, and destructured: `const { x } = useFlags()`).
 */
export const memberForm: ReferenceForm = {
  id: 'member',
  configKeys: ['member', 'objectFrom'],
  accessorSchemas: [memberAccessorSchema, objectFromAccessorSchema],
  mapsPropertyNames: true,
  needles: (accessors) => [
    ...[...accessors.members.keys()].map((m) => m.split('.')[0] ?? m),
    ...accessors.objectFrom.keys(),
  ],
  create: (ctx) => {
    const roots = new MemberRoots(ctx);
    const access = (node: ts.Node): void =>
      visitAccess(node as ts.PropertyAccessExpression | ts.ElementAccessExpression, roots, ctx);
    return {
      [ctx.ts.SyntaxKind.PropertyAccessExpression]: access,
      [ctx.ts.SyntaxKind.ElementAccessExpression]: access,
      [ctx.ts.SyntaxKind.VariableDeclaration]: (node) =>
        visitVariable(node as ts.VariableDeclaration, roots, ctx),
    };
  },
  bind: (site, accessors) => {
    const root = site.objectFrom
      ? accessors.objectFrom.get(site.name)
      : accessors.members.get(site.name);
    return (
      root && { label: root.label, transform: root.transform, argument: 0, fallbackArgument: null }
    );
  },
  via: () => 'member',
};

/** Which expressions of one file designate a flags object. */
class MemberRoots {
  /** Variables holding an objectFrom result (`const flags = useFlags()`) → the call's name. */
  private readonly objVars = new Map<ts.Node, string>();
  /** Names of those variables: a cheap test before the scope lookup that confirms the binding. */
  private readonly objVarNames = new Set<string>();

  constructor(private readonly ctx: FormContext) {}

  remember(decl: ts.VariableDeclaration & { name: ts.Identifier }, root: string): void {
    this.objVars.set(decl, root);
    this.objVarNames.add(decl.name.text);
  }

  /**
   * In a file importing a higher-order component that injects the flags as a prop
   * (`withLDConsumer`): that prop of a component — `({ flags }) => flags.x`, `props.flags.x`,
   * `this.props.flags.x` — is the flags object. The HOC's name, or undefined.
   */
  private injectedRoot(o: ts.Expression): string | undefined {
    const { ts, syntax, spec, facts } = this.ctx;
    if (spec.injectedProps.size === 0) return undefined;
    let prop: string | undefined;
    if (ts.isIdentifier(o)) {
      // `({ flags }: Props) => …`: a prop destructured from a component's parameter.
      const param = syntax.lookup(o)?.node;
      if (!param || !ts.isParameter(param) || !ts.isObjectBindingPattern(param.name))
        return undefined;
      const el = param.name.elements.find((e) => ts.isIdentifier(e.name) && e.name.text === o.text);
      if (!el || el.dotDotDotToken) return undefined;
      prop = el.propertyName ? syntax.propName(el.propertyName) : o.text;
    } else if (ts.isPropertyAccessExpression(o) && ts.isIdentifier(o.name)) {
      const holder = syntax.unwrap(o.expression);
      const isProps =
        (ts.isIdentifier(holder) && holder.text === 'props') ||
        (ts.isPropertyAccessExpression(holder) &&
          holder.expression.kind === ts.SyntaxKind.ThisKeyword &&
          holder.name.text === 'props');
      if (!isProps) return undefined;
      prop = o.name.text;
    }
    if (prop === undefined) return undefined;
    for (const imported of facts.callees.values())
      if (spec.injectedProps.get(imported) === prop) return imported;
    return undefined;
  }

  /** The root `obj` designates, if any: [root name, is objectFrom]. */
  of(obj: ts.Expression): [string, boolean] | undefined {
    const { ts, syntax, spec } = this.ctx;
    const o = syntax.unwrap(obj);
    if (ts.isCallExpression(o)) {
      const c = syntax.unwrap(o.expression);
      const name = ts.isIdentifier(c)
        ? c.text
        : ts.isPropertyAccessExpression(c) && ts.isIdentifier(c.name)
          ? c.name.text
          : undefined;
      if (name !== undefined && spec.objectFromNames.has(name)) return [name, true];
      return undefined;
    }
    const injected = this.injectedRoot(o);
    if (injected) return [injected, true];
    if (ts.isIdentifier(o)) {
      if (this.objVarNames.has(o.text)) {
        // Same name is not enough: `flags` may be `useFlags()` in one function and argv in another.
        const found = syntax.lookup(o);
        const from = found ? this.objVars.get(found.node) : undefined;
        if (from !== undefined) return [from, true];
      }
      if (spec.memberRoots.has(o.text)) return [o.text, false];
      return undefined;
    }
    if (ts.isPropertyAccessExpression(o) && spec.dottedRoots) {
      const chain = syntax.chainText(o);
      if (spec.memberRoots.has(chain)) return [chain, false];
    }
    return undefined;
  }
}

function visitAccess(
  node: ts.PropertyAccessExpression | ts.ElementAccessExpression,
  roots: MemberRoots,
  ctx: FormContext,
): void {
  const { ts, syntax } = ctx;
  const parent = node.parent;
  if (ts.isCallExpression(parent) && parent.expression === node) return;
  const root = roots.of(node.expression);
  if (!root) return;
  let key: Expr;
  let keyNode: ts.Node;
  if (ts.isPropertyAccessExpression(node)) {
    if (!ts.isIdentifier(node.name) || syntax.OBJECT_MEMBERS.has(node.name.text)) return;
    key = { k: 'str', v: node.name.text };
    keyNode = node.name;
  } else {
    key = ctx.ir.expr(node.argumentExpression);
    keyNode = node.argumentExpression;
  }
  report(ctx, root, key, keyNode);
}

function visitVariable(decl: ts.VariableDeclaration, roots: MemberRoots, ctx: FormContext): void {
  if (!decl.initializer) return;
  const { ts, syntax } = ctx;
  const init = syntax.unwrap(decl.initializer);
  if (ts.isIdentifier(decl.name)) {
    // `const flags = useFlags()` makes `flags.x` a member read.
    if (ts.isCallExpression(init)) {
      const root = roots.of(init);
      if (root) roots.remember(decl as ts.VariableDeclaration & { name: ts.Identifier }, root[0]);
    }
    return;
  }
  if (!ts.isObjectBindingPattern(decl.name)) return;
  // `const { x } = this.props.flags ?? {}`: the object, or nothing to destructure.
  const obj =
    ts.isBinaryExpression(init) &&
    (init.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken ||
      init.operatorToken.kind === ts.SyntaxKind.BarBarToken)
      ? init.left
      : init;
  const root = roots.of(obj);
  if (!root) return;
  for (const el of decl.name.elements) {
    if (el.dotDotDotToken) continue;
    const keyNode = el.propertyName ?? el.name;
    const key = el.propertyName
      ? syntax.propName(el.propertyName)
      : ts.isIdentifier(el.name)
        ? el.name.text
        : undefined;
    if (key === undefined || syntax.OBJECT_MEMBERS.has(key)) continue;
    report(ctx, root, { k: 'str', v: key }, keyNode);
  }
}

function report(ctx: FormContext, root: [string, boolean], key: Expr, keyNode: ts.Node): void {
  const [line, column] = ctx.loc(keyNode);
  ctx.report({
    form: 'member',
    name: root[0],
    receiver: null,
    ident: null,
    objectFrom: root[1],
    args: [key],
    argTexts: [ctx.text(keyNode)],
    argLocs: [[line, column]],
    line,
    column,
  });
}
