import type { FlagReference } from '../types.js';

/**
 * `text` references: occurrences of declared keys in files the scanner does not parse.
 *
 * Code files (Python, Go, Ruby…) count only quoted occurrences ('key', "key", `key`): a bare word
 * there is an identifier. Config-like files (YAML, JSON, TOML, INI, .properties, .env, .conf) also
 * count a key standing as a whole bare token (`flags:\n  - new-checkout`), because that is how
 * those formats spell a string. "Whole token" means bounded by characters no usual flag key is made
 * of (anything but `[A-Za-z0-9_.\-/]`): `new-checkout` in `new-checkout-v2`, `x.new-checkout` or
 * `/api/new-checkout` is part of another name, not the key.
 *
 * One regex pass finds every candidate token and a Set lookup checks it, so the cost is linear in
 * the file size, not in the number of keys. Keys outside those characters (rare) fall back to a
 * plain search per key.
 */

const QUOTED = /(['"`])([^'"`\s\\]{1,256})\1/g;
/** Characters a flag key is usually made of; anything else bounds a bare token. */
const KEY_CHARS = /[A-Za-z0-9_.\-/]/;
const BARE_TOKEN = /[A-Za-z0-9_.\-/]+/g;
const ALL_KEY_CHARS = /^[A-Za-z0-9_.\-/]+$/;

/** Config-like text files, where an unquoted scalar is a string (see the module comment). */
const CONFIG_TEXT_RE =
  /(?:\.(?:ya?ml|json|jsonc|json5|toml|ini|cfg|properties|env|conf)$|(?:^|\/)\.env(?:\.[^/]*)?$)/i;

/** One lowercase word, no separator or digit: `test`, `preview`, `beta`. */
export function isOrdinaryWord(key: string): boolean {
  return /^[a-z]+$/.test(key);
}

export function isConfigText(path: string): boolean {
  return CONFIG_TEXT_RE.test(path);
}

export class TextMatcher {
  /** Keys found by the QUOTED pass. */
  private readonly simple: ReadonlySet<string>;
  /** Keys with whitespace, quotes or backslashes: searched quoted, one by one. */
  private readonly odd: readonly string[];
  /** Keys found by the BARE_TOKEN pass in config-like files. */
  private readonly bareSimple: ReadonlySet<string>;
  /** Keys with characters outside KEY_CHARS: searched one by one, bounds checked. */
  private readonly bareOdd: readonly string[];

  constructor(keys: readonly string[]) {
    const simple = new Set<string>();
    const odd: string[] = [];
    const bareSimple = new Set<string>();
    const bareOdd: string[] = [];
    for (const k of keys) {
      if (k === '') continue;
      if (/['"`\s\\]/.test(k) || k.length > 256) odd.push(k);
      else simple.add(k);
      if (ALL_KEY_CHARS.test(k)) bareSimple.add(k);
      else bareOdd.push(k);
    }
    this.simple = simple;
    this.odd = odd;
    this.bareSimple = bareSimple;
    this.bareOdd = bareOdd;
  }

  /** `bare`: also count unquoted whole-token occurrences (config-like files, see isConfigText). */
  find(file: string, text: string, bare = false): FlagReference[] {
    const hits = bare ? this.bareHits(text) : this.quotedHits(text);
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

  private quotedHits(text: string): Hit[] {
    const hits: Hit[] = [];
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
    return hits;
  }

  /**
   * Every whole-token occurrence, quoted or not (a quote bounds a token, so this finds what the
   * quoted pass would too). A quoted one is reported at its opening quote, like the quoted pass.
   */
  private bareHits(text: string): Hit[] {
    const hits: Hit[] = [];
    const at = (key: string, index: number): void => {
      const q = text[index - 1];
      const quoted = (q === '"' || q === "'" || q === '`') && text[index + key.length] === q;
      hits.push({ key, index: quoted ? index - 1 : index });
    };
    if (this.bareSimple.size > 0) {
      for (const m of text.matchAll(BARE_TOKEN)) {
        if (this.bareSimple.has(m[0])) at(m[0], m.index);
      }
    }
    for (const key of this.bareOdd) {
      for (let i = text.indexOf(key); i >= 0; i = text.indexOf(key, i + 1)) {
        if (isKeyChar(text[i - 1]) || isKeyChar(text[i + key.length])) continue;
        at(key, i);
      }
    }
    return hits;
  }
}

interface Hit {
  key: string;
  index: number;
}

function isKeyChar(c: string | undefined): boolean {
  return c !== undefined && KEY_CHARS.test(c);
}
