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

/**
 * The line and column (1-based) of offsets in `text`. Lines are indexed once: a registry has thousands of
 * members with several tags each, and counting from the top for each one made its layout quadratic.
 */
export function positionsIn(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    // The last line start at or before the offset.
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  };
}
