import { ts as tsMorphTs } from 'ts-morph';
import ts = tsMorphTs;
import { lookup } from '../scope.js';
import { chainText, unwrap } from '../syntax.js';
import { KEY_TRANSFORM_REF, type FormContext, type ReferenceForm } from './form.js';

/** Arguments recorded per call: a key beyond the sixth is not a flag accessor's. */
const MAX_ARGS = 6;

/**
 * `isEnabled('x')`, `client.variation('x', ctx, false)`, and calls of the project's own wrappers:
 * a call whose name is an accessor's or a wrapper's, or any call of an imported binding or a
 * top-level function (so a wrapper found later needs no second parse of the caller).
 */
export const callForm: ReferenceForm = {
  id: 'call',
  configKeys: ['call'],
  accessorSchemas: [
    {
      type: 'object',
      additionalProperties: false,
      required: ['call'],
      properties: {
        call: {
          type: 'string',
          minLength: 1,
          description: "Function name, or object.method ('*.method' for any object).",
        },
        argument: {
          type: 'integer',
          minimum: 0,
          default: 0,
          description: 'Which argument is the flag key (0-based).',
        },
        transform: KEY_TRANSFORM_REF,
      },
    },
  ],
  mapsPropertyNames: false,
  needles: (accessors) => [...accessors.calls.keys()],
  create: (ctx) => ({
    [ts.SyntaxKind.CallExpression]: (node) => visitCall(node as ts.CallExpression, ctx),
  }),
  bind: (site, accessors) => accessors.matchCall(site.name, site.receiver),
  via: (resolved, throughWrapper) =>
    throughWrapper && resolved !== 'union' ? 'wrapper' : resolved,
};

function visitCall(call: ts.CallExpression, ctx: FormContext): void {
  if (call.arguments.length === 0) return;
  const callee = unwrap(call.expression);
  let name: string;
  let receiver: string | null = null;
  let ident: string | null = null;
  let recorded = false;
  let receiverClass: string | undefined;
  if (ts.isIdentifier(callee)) {
    ident = callee.text;
    const canonical = ctx.facts.callees.get(ident);
    recorded = canonical !== undefined;
    name =
      canonical === undefined || canonical === 'default' || canonical === '*' ? ident : canonical;
  } else if (ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.name)) {
    name = callee.name.text;
    if (!ctx.spec.callNames.has(name)) return;
    receiver = chainText(callee.expression);
    receiverClass = newedClass(callee.expression);
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
    args: args.map((a) => ctx.ir.expr(a)),
    argTexts: args.map((a) => ctx.text(a)),
    argLocs: args.map((a) => ctx.loc(a)),
    line,
    column,
  });
}

/**
 * `new FlagService()` or a const initialised with it: the class name, so an instance method
 * with a common name (`svc.check('x')`) still binds to its class's wrapper.
 */
function newedClass(receiver: ts.Expression): string | undefined {
  let e = unwrap(receiver);
  if (ts.isIdentifier(e)) {
    const decl = lookup(e)?.node;
    if (
      !decl ||
      !ts.isVariableDeclaration(decl) ||
      !ts.isIdentifier(decl.name) ||
      !decl.initializer ||
      (decl.parent.flags & ts.NodeFlags.Const) === 0
    )
      return undefined;
    e = unwrap(decl.initializer);
  }
  return ts.isNewExpression(e) && ts.isIdentifier(e.expression) ? e.expression.text : undefined;
}
