import { ts as tsMorphTs } from 'ts-morph';
import ts = tsMorphTs;
import { METADATA_TAGS, parseCodeRegistry } from './code-registry-parse.js';
import type { CodeRegistryParse } from './code-registry-parse.js';

/**
 * Where each member's JSDoc metadata sits in a code-declared registry, down to the character: what a
 * pull request finding points at (`@expires`, not the member) and what a renewal rewrites in place.
 * Reads the tags exactly as parseCodeRegistry does (the last `/**` block before the member, tokens
 * split on whitespace, a leading `*` stripped per line), so a position here is the tag it read.
 */

/** One whitespace-separated word of the comment, with its offsets in the file. */
export interface DocToken {
  text: string;
  start: number;
  end: number;
}

export interface TagSpan {
  /** `expires` for `@expires`. */
  name: string;
  /** The `@expires` token itself. */
  token: DocToken;
  /** The words after it, up to the next metadata tag. */
  values: DocToken[];
}

export interface MemberDoc {
  key: string;
  /** Offset of the member (after its JSDoc). */
  start: number;
  /** The JSDoc block the tags come from (offsets of `/**` and just after `*\/`), or null. */
  doc: { start: number; end: number } | null;
  tags: TagSpan[];
}

export type CodeRegistryDocs =
  { ok: true; members: Map<string, MemberDoc> } | Extract<CodeRegistryParse, { ok: false }>;

const TAGS: ReadonlySet<string> = new Set(METADATA_TAGS);

export function codeRegistryDocs(
  path: string,
  text: string,
  exportName: string,
  property: string | null,
): CodeRegistryDocs {
  const parsed = parseCodeRegistry(path, text, exportName, property);
  if (!parsed.ok) return parsed;
  const kind = path.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const sf = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, kind);
  const members = new Map<string, MemberDoc>();
  for (const k of parsed.keys) {
    if (members.has(k.key)) continue; // the first declaration counts, as in readCodeRegistry
    const start = sf.getPositionOfLineAndCharacter(k.line - 1, k.column - 1);
    const node = memberAt(sf, start);
    const ranges = node ? (ts.getLeadingCommentRanges(text, node.getFullStart()) ?? []) : [];
    const doc = ranges.filter((r) => text.startsWith('/**', r.pos)).pop();
    members.set(k.key, {
      key: k.key,
      start,
      doc: doc ? { start: doc.pos, end: doc.end } : null,
      tags: doc ? tagSpans(text, doc.pos, doc.end) : [],
    });
  }
  return { ok: true, members };
}

/** The line and column (1-based) of an offset. */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

/** The outermost member-like node that starts exactly there (an enum member, an entry, a union member, an item). */
function memberAt(sf: ts.SourceFile, offset: number): ts.Node | undefined {
  const visit = (node: ts.Node): ts.Node | undefined => {
    if (
      node.getStart(sf) === offset &&
      (ts.isEnumMember(node) ||
        ts.isPropertyAssignment(node) ||
        ts.isShorthandPropertyAssignment(node) ||
        ts.isLiteralTypeNode(node) ||
        ts.isStringLiteralLike(node))
    )
      return node;
    for (const child of node.getChildren(sf))
      if (child.pos <= offset && offset < child.end) return visit(child);
    return undefined;
  };
  return visit(sf);
}

function tagSpans(text: string, docStart: number, docEnd: number): TagSpan[] {
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
      tokens.push({ text: m[0], start, end: start + m[0].length });
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
