import type { ts } from 'ts-morph';
import { KEY_TRANSFORM_SCHEMA, named, type FormContext, type ReferenceForm } from './form.js';

export const jsxAccessorSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['jsx', 'attribute'],
  properties: {
    jsx: named('JSX element name.'),
    attribute: named('Attribute holding the flag key.'),
    transform: KEY_TRANSFORM_SCHEMA,
  },
} as const;

/** `<IfFeatureEnabled feature="x">`: an attribute of a configured element holds the key. */
export const jsxForm: ReferenceForm = {
  id: 'jsx',
  configKeys: ['jsx'],
  accessorSchemas: [jsxAccessorSchema],
  mapsPropertyNames: false,
  needles: (accessors) => [...accessors.jsx.keys()],
  create: (ctx) => {
    const visit = (node: ts.Node): void =>
      visitElement(node as ts.JsxOpeningElement | ts.JsxSelfClosingElement, ctx);
    return {
      [ctx.ts.SyntaxKind.JsxOpeningElement]: visit,
      [ctx.ts.SyntaxKind.JsxSelfClosingElement]: visit,
    };
  },
  bind: (site, accessors) => {
    const acc = accessors.jsx.get(site.name)?.find((a) => a.attribute === site.receiver);
    return (
      acc && { label: acc.label, transform: acc.transform, argument: 0, fallbackArgument: null }
    );
  },
  via: (resolved) => (resolved === 'literal' ? 'jsx' : resolved),
};

function visitElement(el: ts.JsxOpeningElement | ts.JsxSelfClosingElement, ctx: FormContext): void {
  const { ts } = ctx;
  const tag = el.tagName;
  const name = ts.isIdentifier(tag)
    ? tag.text
    : ts.isPropertyAccessExpression(tag) && ts.isIdentifier(tag.name)
      ? tag.name.text
      : undefined;
  const attrs = name === undefined ? undefined : ctx.spec.jsx.get(name);
  if (name === undefined || !attrs) return;
  for (const prop of el.attributes.properties) {
    if (!ts.isJsxAttribute(prop) || !ts.isIdentifier(prop.name) || !attrs.includes(prop.name.text))
      continue;
    const init = prop.initializer;
    let value: ts.Expression | undefined;
    if (init && ts.isStringLiteral(init)) value = init;
    else if (init && ts.isJsxExpression(init)) value = init.expression;
    if (!value) continue;
    const [line, column] = ctx.loc(el);
    ctx.report({
      form: 'jsx',
      name,
      receiver: prop.name.text,
      ident: null,
      args: [ctx.ir.expr(value)],
      argTexts: [ctx.text(value)],
      argLocs: [ctx.loc(value)],
      line,
      column,
    });
  }
}
