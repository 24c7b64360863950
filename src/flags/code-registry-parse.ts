import { ts as tsMorphTs } from 'ts-morph';
import ts = tsMorphTs;
import { METADATA_TAGS } from './registry-metadata.js';

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
  /** Offset of the member (after its JSDoc). */
  start: number;
  /** JSDoc tags on the member (`@owner @alice`): tag name → texts. */
  tags: Record<string, string[]>;
  /** The same tags with their offsets, in comment order: what findings point at and renewals rewrite. */
  spans: TagSpan[];
  /** The JSDoc block the tags come from (offsets of `/**` and just after `*\/`, 1-based line of `/**`), or null. */
  doc: { start: number; end: number; line: number } | null;
}

/** One whitespace-separated word of a JSDoc block, with its offsets in the file. */
export interface DocToken {
  text: string;
  start: number;
  end: number;
  /** 1-based line and column of `start`, and of `end`. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface TagSpan {
  /** `expires` for `@expires`. */
  name: string;
  /** The `@expires` token itself. */
  token: DocToken;
  /** The words after it, up to the next metadata tag. */
  values: DocToken[];
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
  const key = (
    k: string,
    member: string | null,
    node: ts.Node,
    gaps: readonly CommentGap[] = [{ offset: node.getFullStart(), sameLine: false }],
  ): CodeKey => {
    const block = lastDocBlock(sf.text, gaps);
    const doc = block && { ...block, line: sf.getLineAndCharacterOfPosition(block.start).line + 1 };
    const spans = doc ? tagSpans(sf, doc.start, doc.end) : [];
    return {
      key: k,
      member,
      ...at(node),
      start: node.getStart(sf),
      tags: tagTexts(spans),
      spans,
      doc,
    };
  };

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
    let previousEnd = decl.type.getFullStart();
    for (const [i, t] of members.entries()) {
      if (!ts.isLiteralTypeNode(t) || !ts.isStringLiteral(t.literal))
        return fail(`type ${exportName} is not a union of string literals`, t);
      keys.push(key(t.literal.text, null, t, unionMemberGaps(sf.text, previousEnd, i === 0, t)));
      previousEnd = t.end;
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
    // `{ INVOICE_V2: 'invoice-v2' }`: names mapped to keys, how JavaScript spells a string enum;
    // the values are the flags (values with spaces are descriptions: then the names are).
    const keyMap = property === null && isKeyMap(init);
    for (const p of init.properties) {
      if (!ts.isPropertyAssignment(p) && !ts.isShorthandPropertyAssignment(p))
        return fail(`an entry of ${exportName} is not a plain property`, p);
      const name = propertyName(p.name);
      if (name === undefined) return fail(`an entry of ${exportName} has a computed name`, p);
      if (property === null) {
        const value = keyMap && ts.isPropertyAssignment(p) ? unwrapValue(p.initializer) : undefined;
        keys.push(key(value && ts.isStringLiteralLike(value) ? value.text : name, name, p));
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

/** Every entry's value is a string that can be a flag key, and some differs from its name. */
function isKeyMap(obj: ts.ObjectLiteralExpression): boolean {
  let renamed = false;
  for (const p of obj.properties) {
    if (!ts.isPropertyAssignment(p)) return false;
    const value = unwrapValue(p.initializer);
    if (!value || !ts.isStringLiteralLike(value) || !/^[^\s]+$/.test(value.text)) return false;
    if (value.text !== propertyName(p.name)) renamed = true;
  }
  return renamed;
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

const TAGS: ReadonlySet<string> = new Set(METADATA_TAGS);

/** Where a member's JSDoc may sit: the comments after that offset, and also those on its own line when `sameLine`. */
interface CommentGap {
  offset: number;
  sameLine: boolean;
}

/**
 * Where a union member's JSDoc may sit: prettier writes a long union one member a line with the `|`
 * first (`/** … *\/\n  | 'x'`), so the block sits before the `|`, after the previous member (or the
 * `=`); `| /** … *\/ 'x'` puts it after the `|`. Both gaps are searched, the nearer one last. A block
 * on the previous member's own line (`| 'x' /** … *\/`) trails that member and is not this one's.
 */
function unionMemberGaps(
  text: string,
  previousEnd: number,
  first: boolean,
  member: ts.Node,
): CommentGap[] {
  const gaps: CommentGap[] = [{ offset: previousEnd, sameLine: first }];
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard, text);
  scanner.resetTokenState(previousEnd);
  if (scanner.scan() === ts.SyntaxKind.BarToken && scanner.getTokenEnd() <= member.getStart())
    gaps.push({ offset: scanner.getTokenEnd(), sameLine: true });
  return gaps;
}

/** The last `/**` block in those gaps, or null. */
function lastDocBlock(
  text: string,
  gaps: readonly CommentGap[],
): { start: number; end: number } | null {
  let found: { start: number; end: number } | null = null;
  for (const gap of gaps) {
    // Leading ranges skip a comment on the offset's own line (it trails the token before): add those when asked.
    const ranges = [
      ...(gap.sameLine ? (ts.getTrailingCommentRanges(text, gap.offset) ?? []) : []),
      ...(ts.getLeadingCommentRanges(text, gap.offset) ?? []),
    ];
    const doc = ranges.filter((r) => text.startsWith('/**', r.pos) && r.end - r.pos >= 5).pop();
    if (doc) found = { start: doc.pos, end: doc.end };
  }
  return found;
}

/**
 * `/** @owner @alice @expires 2026-12-01 @type release *\/`: several tags may share a line, and an
 * owner handle starts with `@` too, so the block is read as tokens rather than with the compiler's
 * JSDoc parser (which would take `@alice` for a tag). A leading `*` is stripped per line.
 */
function tagSpans(sf: ts.SourceFile, docStart: number, docEnd: number): TagSpan[] {
  const text = sf.text;
  const tokens: DocToken[] = [];
  let lineStart = docStart + 3;
  const bodyEnd = docEnd - 2;
  while (lineStart <= bodyEnd) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl < 0 || nl > bodyEnd ? bodyEnd : nl;
    const line = text.slice(lineStart, lineEnd);
    const prefix = /^\s*\*?/.exec(line)?.[0].length ?? 0;
    for (const m of line.slice(prefix).matchAll(/\S+/g)) {
      const start = lineStart + prefix + (m.index ?? 0);
      const end = start + m[0].length;
      const a = sf.getLineAndCharacterOfPosition(start);
      const b = sf.getLineAndCharacterOfPosition(end);
      tokens.push({
        text: m[0],
        start,
        end,
        line: a.line + 1,
        column: a.character + 1,
        endLine: b.line + 1,
        endColumn: b.character + 1,
      });
    }
    lineStart = lineEnd + 1;
  }
  const spans: TagSpan[] = [];
  let current: TagSpan | null = null;
  for (const token of tokens) {
    const name = token.text.startsWith('@') ? token.text.slice(1) : null;
    if (name !== null && TAGS.has(name)) {
      current = { name, token, values: [] };
      spans.push(current);
    } else current?.values.push(token);
  }
  return spans;
}

/** Tag name → the texts of its values, every tag of that name in order. */
function tagTexts(spans: readonly TagSpan[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const span of spans) (out[span.name] ??= []).push(...span.values.map((v) => v.text));
  return out;
}
