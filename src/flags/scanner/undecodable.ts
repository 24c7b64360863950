import { undecodableFiles } from '../../repo/content.js';
import type { RepoFiles } from '../../repo/types.js';
import type { FlagReference } from '../types.js';

/**
 * Files with bytes that are not UTF-8 (the repository reader replaced each with U+FFFD and reported
 * `repo/invalid-utf8` with the first one's position). A replaced byte inside a key hides which key the
 * code reads: the parse sees `check\uFFFDout`, which would be a phantom undeclared flag, and the real
 * `checkout` would look orphaned. So, as for a file the parser could not take, what such a file may read
 * is weak evidence, never an orphan: every declared key that fits a damaged word (the replaced bytes
 * standing for any characters) counts as a text reference there, and keys containing U+FFFD read from
 * it are dropped (the notice already says where the file is broken).
 */

/** A run of characters a flag key is made of, with at least one replaced byte in it. */
const WORD = /[\p{L}\p{N}_.:/@$-]*\uFFFD[\p{L}\p{N}_.:/@$\uFFFD-]*/gu;
/** A damaged word needs this many intact characters before it may stand for a key. */
const MIN_INTACT = 2;

export async function reconcileUndecodable(
  files: RepoFiles,
  covered: ReadonlySet<string>,
  declaredKeys: readonly string[],
  references: readonly FlagReference[],
): Promise<FlagReference[]> {
  const damaged = [...undecodableFiles(files.notices()).keys()].filter((f) => covered.has(f));
  if (damaged.length === 0) return [...references];
  const inDamaged = new Set(damaged);
  const kept = references.filter(
    (r) => !(inDamaged.has(r.file) && (r.key ?? r.pattern ?? '').includes('\uFFFD')),
  );
  for (const file of damaged) {
    const text = await files.read(file);
    if (text !== undefined) kept.push(...possibleReads(file, text, declaredKeys));
  }
  return kept;
}

/** Declared keys that a damaged word of `text` may be, as text references at that word. */
export function possibleReads(
  file: string,
  text: string,
  declaredKeys: readonly string[],
): FlagReference[] {
  const out: FlagReference[] = [];
  // A file saved in a legacy encoding repeats the same damaged words thousands of times: each distinct
  // word is matched against the keys once, and lines are counted in one pass, not from the top per word.
  const fitting = new Map<string, string[]>();
  let line = 1;
  let lineStart = 0;
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    if (word.replace(/\uFFFD/g, '').length < MIN_INTACT) continue;
    let keys = fitting.get(word);
    if (!keys) {
      const fits = fitsWord(word);
      keys = declaredKeys.filter((key) => fits.test(key));
      fitting.set(word, keys);
    }
    if (keys.length === 0) continue;
    for (
      let i = text.indexOf('\n', lineStart);
      i >= 0 && i < m.index;
      i = text.indexOf('\n', i + 1)
    ) {
      line++;
      lineStart = i + 1;
    }
    const column = m.index - lineStart + 1;
    for (const key of keys)
      out.push({ key, pattern: null, file, line, column, via: 'text', accessor: 'text' });
  }
  return out;
}

/** The keys a damaged word may stand for: its intact parts in order, anything in place of the replaced bytes. */
function fitsWord(word: string): RegExp {
  return new RegExp(
    `^${word
      .split(/\uFFFD+/)
      .map((part) => part.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
      .join('.*')}$`,
    'su',
  );
}
