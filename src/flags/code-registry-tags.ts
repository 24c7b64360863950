import { parseCodeRegistry } from './code-registry-parse.js';
import type { CodeRegistryParse, DocToken, TagSpan } from './code-registry-parse.js';

export type { DocToken, TagSpan };

/**
 * Where each member's JSDoc metadata sits in a code-declared registry, down to the character: what a
 * pull request finding points at (`@expires`, not the member) and what a renewal rewrites in place.
 * These are the very tags parseCodeRegistry read, so a position here is the tag it read.
 */
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

export function codeRegistryDocs(
  path: string,
  text: string,
  exportName: string,
  property: string | null,
): CodeRegistryDocs {
  const parsed = parseCodeRegistry(path, text, exportName, property);
  if (!parsed.ok) return parsed;
  const members = new Map<string, MemberDoc>();
  for (const k of parsed.keys) {
    if (members.has(k.key)) continue; // the first declaration counts, as in readCodeRegistry
    members.set(k.key, { key: k.key, start: k.start, doc: k.doc, tags: k.spans });
  }
  return { ok: true, members };
}

/** The line and column (1-based) of an offset. */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}
