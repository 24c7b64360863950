import { ts as tsMorphTs } from 'ts-morph';
import ts = tsMorphTs;

/**
 * Reads one TypeScript declaration as a flag registry (see registry-sources.ts for the forms).
 * Loaded lazily (code-registry.ts): the compiler is only needed when such a registry is configured.
 */

export interface CodeKey {
  key: string;
  /** The member's name in code (`EnableAi` of `EnableAi = 'enable-ai'`): what symbol reads use. */
  member: string | null;
  line: number;
  column: number;
  /** JSDoc tags on the member (`@owner @alice`): tag name → texts. */
  tags: Record<string, string[]>;
}

export type CodeRegistryParse =
  | { ok: true; kind: 'enum' | 'object' | 'union' | 'array'; keys: CodeKey[] }
  | { ok: false; message: string; line: number; column: number };

export function parseCodeRegistry(
  path: string,
  text: string,
  exportName: string,
  property: string | null,
): CodeRegistryParse {
  const kind = path.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const sf = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, kind);
  const at = (node: ts.Node): { line: number; column: number } => {
    const p = sf.getLineAndCharacterOfPosition(node.getStart(sf));
    return { line: p.line + 1, column: p.character + 1 };
  };
  const fail = (message: string, node: ts.Node = sf): CodeRegistryParse => ({
    ok: false,
    message,
    ...at(node),
  });
  const decl = findDeclaration(sf, exportName);
  if (!decl) return fail(`${path} declares no \`${exportName}\` at its top level`);
  const key = (k: string, member: string | null, node: ts.Node): CodeKey => ({
    key: k,
    member,
    ...at(node),
    tags: jsDocTags(node, sf),
  });

  if (ts.isEnumDeclaration(decl)) {
    const keys: CodeKey[] = [];
    for (const m of decl.members) {
      const name = m.name.getText(sf).replace(/^['"]|['"]$/g, '');
      if (!m.initializer || !ts.isStringLiteralLike(m.initializer))
        return fail(`enum member ${name} of ${exportName} has no string value`, m);
      keys.push(key(m.initializer.text, name, m));
    }
    return { ok: true, kind: 'enum', keys };
  }
  if (ts.isTypeAliasDeclaration(decl)) {
    const members = decl.type && ts.isUnionTypeNode(decl.type) ? decl.type.types : [decl.type];
    const keys: CodeKey[] = [];
    for (const t of members) {
      if (!ts.isLiteralTypeNode(t) || !ts.isStringLiteral(t.literal))
        return fail(`type ${exportName} is not a union of string literals`, t);
      keys.push(key(t.literal.text, null, t));
    }
    return { ok: true, kind: 'union', keys };
  }
  const init = unwrapValue(decl.initializer);
  if (init && ts.isArrayLiteralExpression(init)) {
    const keys: CodeKey[] = [];
    for (const el of init.elements) {
      if (!ts.isStringLiteralLike(el))
        return fail(`an item of ${exportName} is not a string literal`, el);
      keys.push(key(el.text, null, el));
    }
    return { ok: true, kind: 'array', keys };
  }
  if (init && ts.isObjectLiteralExpression(init)) {
    const keys: CodeKey[] = [];
    for (const p of init.properties) {
      if (!ts.isPropertyAssignment(p) && !ts.isShorthandPropertyAssignment(p))
        return fail(`an entry of ${exportName} is not a plain property`, p);
      const name = propertyName(p.name);
      if (name === undefined) return fail(`an entry of ${exportName} has a computed name`, p);
      if (property === null) {
        keys.push(key(name, name, p));
        continue;
      }
      const value = ts.isPropertyAssignment(p) ? unwrapValue(p.initializer) : undefined;
      const field =
        value && ts.isObjectLiteralExpression(value)
          ? value.properties.find(
              (q): q is ts.PropertyAssignment =>
                ts.isPropertyAssignment(q) && propertyName(q.name) === property,
            )
          : undefined;
      const v = field && unwrapValue(field.initializer);
      if (!v || !ts.isStringLiteralLike(v))
        return fail(`entry ${name} of ${exportName} has no string \`${property}\``, p);
      keys.push(key(v.text, name, p));
    }
    return { ok: true, kind: 'object', keys };
  }
  return fail(
    `\`${exportName}\` is not a string enum, an object, a union of string literals or an array of strings`,
    decl,
  );
}

type Declaration = ts.EnumDeclaration | ts.TypeAliasDeclaration | ts.VariableDeclaration;

function findDeclaration(sf: ts.SourceFile, name: string): Declaration | undefined {
  for (const st of sf.statements) {
    if ((ts.isEnumDeclaration(st) || ts.isTypeAliasDeclaration(st)) && st.name.text === name)
      return st;
    if (ts.isVariableStatement(st)) {
      for (const d of st.declarationList.declarations)
        if (ts.isIdentifier(d.name) && d.name.text === name) return d;
    }
  }
  return undefined;
}

/** `{…} as const satisfies Record<…>`, `Object.freeze([…])`, parentheses: the literal inside. */
function unwrapValue(e: ts.Expression | undefined): ts.Expression | undefined {
  let cur = e;
  while (cur) {
    if (
      ts.isAsExpression(cur) ||
      ts.isSatisfiesExpression(cur) ||
      ts.isParenthesizedExpression(cur) ||
      ts.isTypeAssertionExpression(cur)
    )
      cur = cur.expression;
    else if (
      ts.isCallExpression(cur) &&
      cur.expression.getText() === 'Object.freeze' &&
      cur.arguments[0]
    )
      cur = cur.arguments[0];
    else break;
  }
  return cur;
}

function propertyName(name: ts.PropertyName): string | undefined {
  if (ts.isIdentifier(name) || ts.isStringLiteralLike(name) || ts.isNumericLiteral(name))
    return name.text;
  return undefined;
}

/**
 * The metadata tags read from a member's JSDoc; any other `@word` is a value (`@alice`).
 * `renewedFrom` is the expiry a renewal extended (the YAML field of the same name), written by renewals.
 */
export const METADATA_TAGS = [
  'owner',
  'created',
  'expires',
  'type',
  'description',
  'renewedFrom',
] as const;
const TAGS: ReadonlySet<string> = new Set(METADATA_TAGS);

/**
 * `/** @owner @alice @expires 2026-12-01 @type release *\/`: several tags may share a line, and an
 * owner handle starts with `@` too, so the block is read as tokens rather than with the compiler's
 * JSDoc parser (which would take `@alice` for a tag).
 */
function jsDocTags(node: ts.Node, sf: ts.SourceFile): Record<string, string[]> {
  const ranges = ts.getLeadingCommentRanges(sf.text, node.getFullStart()) ?? [];
  const doc = ranges.filter((r) => sf.text.startsWith('/**', r.pos)).pop();
  const out: Record<string, string[]> = {};
  if (!doc) return out;
  const body = sf.text
    .slice(doc.pos + 3, doc.end - 2)
    .split('\n')
    .map((l) => l.replace(/^\s*\*?/, ''))
    .join(' ');
  let current: string | null = null;
  for (const token of body.split(/\s+/).filter(Boolean)) {
    const tag = token.startsWith('@') ? token.slice(1) : null;
    if (tag !== null && TAGS.has(tag)) {
      current = tag;
      out[tag] ??= [];
    } else if (current !== null) {
      out[current]?.push(token);
    }
  }
  return out;
}
