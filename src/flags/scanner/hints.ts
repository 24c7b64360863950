import { ts as tsMorphTs } from 'ts-morph';
import ts = tsMorphTs;
import type { Hint } from './ir.js';
import { HINT_MARKER } from './prefilter.js';

/**
 * `// ops-steward-flags: a, b-*`: a comment naming the keys a dynamic read can take. Not a
 * reference form: it is found in the text of comments, not in code, and covers the read on its
 * line (or on the next line when the comment stands alone).
 */

const HINT_RE = new RegExp(`${HINT_MARKER}:([^\\n]*)`, 'g');

export function scanHints(sf: ts.SourceFile, text: string): Hint[] {
  const hints: Hint[] = [];
  if (!text.includes(`${HINT_MARKER}:`)) return hints;
  for (const m of text.matchAll(HINT_RE)) {
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    const before = text.slice(lineStart, m.index);
    if (!/(\/\/|\/\*|^\s*\*|#)/.test(before)) continue;
    const body = (m[1] ?? '').replace(/\*\/.*$/, '');
    const bodyStart = m.index + HINT_MARKER.length + 1;
    const keys: Hint['keys'] = [];
    for (const km of body.matchAll(/[^\s,]+/g)) {
      const pos = sf.getLineAndCharacterOfPosition(bodyStart + km.index);
      keys.push({ key: km[0], line: pos.line + 1, column: pos.character + 1 });
    }
    if (keys.length === 0) continue;
    const ownLine = /^\s*(\/\/|\/\*+|\*|#)\s*$/.test(before);
    hints.push({ keys, line: sf.getLineAndCharacterOfPosition(m.index).line + 1, ownLine });
  }
  return hints;
}
