import { ts as tsMorphTs } from 'ts-morph';
// A plain local alias: through a bundle's ESM interop every `ts.x` of the import would be a
// getter call, which showed up as ~5% of a scan in the profile.
import ts = tsMorphTs;
import type { Expr } from './ir.js';

/** Small questions about raw compiler nodes, shared by the IR builder and the reference forms. */

/** Properties every object has: `flags.hasOwnProperty(…)` is not a flag named hasOwnProperty. */
export const OBJECT_MEMBERS: ReadonlySet<string> = new Set([
  'hasOwnProperty',
  'toString',
  'valueOf',
  'constructor',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  'then',
]);

export function scriptKind(path: string): ts.ScriptKind {
  if (path.endsWith('.tsx')) return ts.ScriptKind.TSX;
  if (path.endsWith('.jsx')) return ts.ScriptKind.JSX;
  if (/\.[cm]?js$/.test(path)) return ts.ScriptKind.JS;
  return ts.ScriptKind.TS;
}

/** The expression under parentheses, `!`, `await` and `satisfies`. */
export function unwrap(e: ts.Expression): ts.Expression {
  let cur = e;
  while (
    ts.isParenthesizedExpression(cur) ||
    ts.isNonNullExpression(cur) ||
    ts.isAwaitExpression(cur) ||
    ts.isSatisfiesExpression(cur)
  ) {
    cur = cur.expression;
  }
  return cur;
}

/** The first ancestor that is not a parenthesis, `as`/`satisfies` or non-null wrapper. */
export function unwrapParents(node: ts.Node): ts.Node {
  let cur = node.parent;
  while (
    cur &&
    (ts.isParenthesizedExpression(cur) ||
      ts.isAsExpression(cur) ||
      ts.isSatisfiesExpression(cur) ||
      ts.isNonNullExpression(cur))
  ) {
    cur = cur.parent;
  }
  return cur;
}

export function propName(name: ts.PropertyName | ts.BindingName): string | undefined {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name))
    return name.text;
  if (ts.isNoSubstitutionTemplateLiteral(name)) return name.text;
  if (ts.isComputedPropertyName(name)) {
    const e = name.expression;
    if (ts.isStringLiteralLike(e)) return e.text;
  }
  return undefined;
}

export function hasModifier(node: ts.Node, kind: ts.SyntaxKind): boolean {
  return (
    ts.canHaveModifiers(node) && (ts.getModifiers(node)?.some((m) => m.kind === kind) ?? false)
  );
}

/** The class whose `this` `node` sees: an arrow function keeps its class's, a function has its own. */
export function thisClassOf(node: ts.Node): ts.ClassLikeDeclaration | undefined {
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
    if (ts.isClassLike(n)) return n;
    if (ts.isFunctionDeclaration(n) || ts.isFunctionExpression(n)) return undefined;
  }
  return undefined;
}

/** The parameter property `name` of a constructor: `constructor(private readonly gates: FlagService)`. */
export function parameterProperty(
  ctor: ts.ConstructorDeclaration,
  name: string,
): ts.ParameterDeclaration | undefined {
  return ctor.parameters.find(
    (q) =>
      ts.isIdentifier(q.name) &&
      q.name.text === name &&
      (ts.getCombinedModifierFlags(q) & ts.ModifierFlags.ParameterPropertyModifier) !== 0,
  );
}

/** The module of `require('x')`, if `e` is one. */
/**
 * The module a loading expression names: `require('./x')`, and `import('./x')` (awaited or not),
 * which load it at run time but read it like a static import.
 */
export function loadedModule(e: ts.Expression | undefined): string | undefined {
  if (!e) return undefined;
  const u = unwrap(e);
  if (ts.isCallExpression(u) && u.expression.kind === ts.SyntaxKind.ImportKeyword) {
    const a = u.arguments[0];
    return a && ts.isStringLiteralLike(a) ? a.text : undefined;
  }
  return isRequireCall(u);
}

/** The synthetic top-level binding of a module loaded by `import()`/`require()` (facts.ts). */
export function loadedModuleBinding(specifier: string): string {
  return `import(${JSON.stringify(specifier)})`;
}

export function isRequireCall(e: ts.Expression | undefined): string | undefined {
  if (!e) return undefined;
  const u = unwrap(e);
  if (
    ts.isCallExpression(u) &&
    ts.isIdentifier(u.expression) &&
    u.expression.text === 'require' &&
    u.arguments.length === 1
  ) {
    const a = u.arguments[0];
    if (a && ts.isStringLiteralLike(a)) return a.text;
  }
  return undefined;
}

/** Receiver chain text: `this.client`, `getClient()`, `a.b`. */
export function chainText(e: ts.Expression): string {
  // Iterative: a receiver chain can be thousands of links long in generated code.
  const suffix: string[] = [];
  let u = unwrap(e);
  for (;;) {
    if (ts.isPropertyAccessExpression(u)) {
      suffix.push(`.${ts.isIdentifier(u.name) ? u.name.text : u.name.getText()}`);
    } else if (ts.isCallExpression(u)) suffix.push('()');
    else if (ts.isElementAccessExpression(u)) suffix.push('[]');
    else break;
    u = unwrap(u.expression);
  }
  const head = ts.isIdentifier(u) ? u.text : u.kind === ts.SyntaxKind.ThisKeyword ? 'this' : '?';
  return head + suffix.reverse().join('');
}

export function skipParenType(t: ts.TypeNode): ts.TypeNode {
  let cur = t;
  while (ts.isParenthesizedTypeNode(cur)) cur = cur.type;
  return cur;
}

/** `a${x}b` as a value or as a type: literal text and the parts between, concatenated. */
export function templateOf<S extends { literal: { text: string } }>(
  head: { text: string },
  spans: readonly S[],
  part: (span: S) => Expr,
): Expr {
  const parts: Expr[] = [];
  if (head.text) parts.push({ k: 'str', v: head.text });
  for (const span of spans) {
    parts.push(part(span));
    if (span.literal.text) parts.push({ k: 'str', v: span.literal.text });
  }
  return { k: 'cat', parts, tpl: true };
}
