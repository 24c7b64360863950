import type { FlagReference } from '../types.js';

/**
 * `text` references: quoted occurrences ('key', "key", `key`) of declared keys in files the
 * scanner does not parse (Python, Go, YAML…). One regex pass finds every quoted token and a Set
 * lookup checks it, so the cost is linear in the file size, not in the number of keys. Keys with
 * whitespace or quotes in them (rare) fall back to a plain search.
 */

const QUOTED = /(['"`])([^'"`\s\\]{1,256})\1/g;

export class TextMatcher {
  private readonly simple: ReadonlySet<string>;
  private readonly odd: readonly string[];

  constructor(keys: readonly string[]) {
    const simple = new Set<string>();
    const odd: string[] = [];
    for (const k of keys) {
      if (k === '') continue;
      if (/['"`\s\\]/.test(k) || k.length > 256) odd.push(k);
      else simple.add(k);
    }
    this.simple = simple;
    this.odd = odd;
  }

  find(file: string, text: string): FlagReference[] {
    const hits: Array<{ key: string; index: number }> = [];
    if (this.simple.size > 0) {
      for (const m of text.matchAll(QUOTED)) {
        const key = m[2];
        if (key !== undefined && this.simple.has(key)) hits.push({ key, index: m.index });
      }
    }
    for (const key of this.odd) {
      for (const q of ["'", '"', '`']) {
        const needle = q + key + q;
        for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1))
          hits.push({ key, index: i });
      }
    }
    if (hits.length === 0) return [];
    const lineStarts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
    return hits.map(({ key, index }) => {
      let lo = 0;
      let hi = lineStarts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if ((lineStarts[mid] ?? 0) <= index) lo = mid;
        else hi = mid - 1;
      }
      return {
        key,
        pattern: null,
        file,
        line: lo + 1,
        column: index - (lineStarts[lo] ?? 0) + 1,
        via: 'text' as const,
        accessor: 'text',
      };
    });
  }
}
