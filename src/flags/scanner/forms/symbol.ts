import type { ts } from 'ts-morph';
import type { FormContext, ReferenceForm } from './form.js';

/**
 * A member of a registry declared in code, read through its symbol: `Flags.EnableAi`,
 * `FLAGS.enable_ai`, `FLAGS['enable-ai']`, `flags?.FLAGS.x` through a namespace import — whatever
 * receives it (`track(Flags.EnableAi)` is a use of that flag as much as `isEnabled(Flags.EnableAi)`).
 * The identifier must resolve to the registry's declaration through imports and re-exports: a
 * local `Flags` that is something else is not it. Configured by `flags.registry`, no accessor entry.
 */
export const symbolForm: ReferenceForm = {
  id: 'symbol',
  configKeys: [],
  accessorSchemas: [],
  mapsPropertyNames: false,
  needles: (accessors) => [...accessors.registries.keys()],
  create: (ctx) => {
    if (ctx.spec.symbolRoots.size === 0) return {};
    const access = (node: ts.Node): void =>
      visitAccess(node as ts.PropertyAccessExpression | ts.ElementAccessExpression, ctx);
    return {
      [ctx.ts.SyntaxKind.PropertyAccessExpression]: access,
      [ctx.ts.SyntaxKind.ElementAccessExpression]: access,
    };
  },
  bind: (site, accessors, where) => {
    const member = site.args[0];
    if (member?.k !== 'str') return undefined;
    const decl = where.declaration();
    if (!decl) return undefined;
    const registry = accessors.registries
      .get(decl.local)
      ?.find((r) => r.file === decl.file && r.exportName === decl.local);
    const key = registry?.members[member.v];
    return key === undefined
      ? undefined
      : { label: decl.local, transform: 'none', argument: 0, fallbackArgument: null, key };
  },
  via: () => 'symbol',
};

function visitAccess(
  node: ts.PropertyAccessExpression | ts.ElementAccessExpression,
  ctx: FormContext,
): void {
  const { ts, spec } = ctx;
  let member: string;
  if (ts.isPropertyAccessExpression(node)) {
    if (!ts.isIdentifier(node.name)) return;
    member = node.name.text;
  } else {
    const arg = node.argumentExpression;
    if (!ts.isStringLiteralLike(arg)) return;
    member = arg.text;
  }
  const obj = ctx.syntax.unwrap(node.expression);
  let name: string;
  let ident: string;
  let receiver: string | null = null;
  // `import { FLAGS as F }`: the imported name is the registry's.
  const imported = ts.isIdentifier(obj) ? (ctx.facts.callees.get(obj.text) ?? obj.text) : '';
  if (ts.isIdentifier(obj) && spec.symbolRoots.has(imported)) {
    name = imported;
    ident = obj.text;
  } else if (
    ts.isPropertyAccessExpression(obj) &&
    ts.isIdentifier(obj.name) &&
    spec.symbolRoots.has(obj.name.text) &&
    ts.isIdentifier(obj.expression)
  ) {
    // `flagsModule.Flags.EnableAi` through `import * as flagsModule`.
    name = obj.name.text;
    ident = obj.expression.text;
    receiver = ident;
  } else return;
  // At the expression's start: where an accessor call's argument reference sits too (see index.ts).
  const [line, column] = ctx.loc(node);
  ctx.report({
    form: 'symbol',
    name,
    receiver,
    ident,
    args: [{ k: 'str', v: member }],
    argTexts: [ctx.text(node)],
    argLocs: [[line, column]],
    line,
    column,
  });
}
