/** Links and anchors written as HTML tags in the `html` nodes of a Markdown tree, read without an HTML parser. */
import { decodeNamedCharacterReference } from 'decode-named-character-reference';

/** An HTML start tag: its lower-cased name, where it starts in the node's value, its attributes. */
export interface HtmlTag {
  name: string;
  index: number;
  /** Lower-cased names to decoded values (`""` for a bare attribute); the first of a name wins, as in HTML. */
  attributes: Map<string, string>;
}

const TAG_START = /<([a-z][a-z0-9-]*)(?=[\s/>]|$)/gi;
const SPACE = /[\t\n\f\r ]/;

/**
 * The start tags of an `html` node's value, outside HTML comments, their attributes read as an HTML
 * tokenizer reads them: a quoted value may hold `>` or `href=`, which neither ends the tag nor is an
 * attribute (`<a title="p99 > 2s" href="x.md">`).
 */
export function htmlTags(value: string): HtmlTag[] {
  if (!value.includes('<')) return [];
  // Comments blanked out, offsets kept.
  const visible = value.includes('<!--')
    ? value.replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, ' '))
    : value;
  const out: HtmlTag[] = [];
  TAG_START.lastIndex = 0;
  for (let m = TAG_START.exec(visible); m; m = TAG_START.exec(visible)) {
    const attributes = new Map<string, string>();
    const end = readAttributes(visible, m.index + m[0].length, attributes);
    out.push({ name: m[1]!.toLowerCase(), index: m.index, attributes });
    TAG_START.lastIndex = end;
  }
  return out;
}

/** Reads attributes from `at` to the tag's `>` (or the end); returns where reading stopped. */
function readAttributes(s: string, at: number, into: Map<string, string>): number {
  let i = at;
  const n = s.length;
  while (i < n) {
    while (i < n && (SPACE.test(s[i]!) || s[i] === '/')) i++;
    if (i >= n || s[i] === '>') return i + 1;
    // A name runs to a space, `/`, `>` or `=` (an `=` first is part of it, as HTML reads it).
    const nameStart = i;
    i++;
    while (i < n && !SPACE.test(s[i]!) && s[i] !== '/' && s[i] !== '>' && s[i] !== '=') i++;
    const name = s.slice(nameStart, i).toLowerCase();
    let j = i;
    while (j < n && SPACE.test(s[j]!)) j++;
    let raw = '';
    if (s[j] === '=') {
      j++;
      while (j < n && SPACE.test(s[j]!)) j++;
      const quote = s[j];
      if (quote === '"' || quote === "'") {
        const close = s.indexOf(quote, j + 1);
        const stop = close < 0 ? n : close;
        raw = s.slice(j + 1, stop);
        j = stop + 1;
      } else {
        const from = j;
        while (j < n && !SPACE.test(s[j]!) && s[j] !== '>') j++;
        raw = s.slice(from, j);
      }
      i = j;
    }
    if (!into.has(name)) into.set(name, decodeEntities(raw));
  }
  return n;
}

/** The tags whose attribute is a link, and which one: what a reader of the page can follow or sees. */
const URL_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  a: ['href'],
  img: ['src'],
  source: ['src', 'srcset'],
  video: ['src'],
};

/** `<img src>`, `<a href>` and the like, outside HTML comments: teams size images with HTML. */
export function htmlLinks(value: string): { url: string; index: number; image: boolean }[] {
  const out: { url: string; index: number; image: boolean }[] = [];
  for (const tag of htmlTags(value)) {
    const names = URL_ATTRIBUTES[tag.name];
    if (!names) continue;
    for (const name of names) {
      const url = tag.attributes.get(name);
      if (url === undefined) continue;
      // `srcset` lists candidates: "a.png 1x, a@2x.png 2x"; the first one stands for them.
      const first = name === 'srcset' ? (url.trim().split(/[\s,]+/)[0] ?? '') : url;
      out.push({ url: first, index: tag.index, image: tag.name !== 'a' });
      break;
    }
  }
  return out;
}

/** Anchors a tag makes (`id`, and `name` as GitHub keeps it on any tag), lower-cased as links compare them. */
export function htmlAnchors(value: string): string[] {
  const out: string[] = [];
  for (const tag of htmlTags(value)) {
    for (const name of ['id', 'name']) {
      const anchor = tag.attributes.get(name);
      if (anchor) out.push(anchor.toLowerCase());
    }
  }
  return out;
}

const REFERENCE = /&(?:#[xX]([0-9a-fA-F]{1,6})|#(\d{1,7})|([a-zA-Z][a-zA-Z0-9]{1,31}));/g;

/**
 * Character references as a browser decodes them in an attribute, in one pass (`&amp;quot;` is the
 * text `&quot;`): every named one HTML knows, decimal and hexadecimal. An unknown name stays as written.
 */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(REFERENCE, (whole, hex?: string, dec?: string, name?: string) => {
    if (name !== undefined) return decodeNamedCharacterReference(name) || whole;
    const code = hex !== undefined ? Number.parseInt(hex, 16) : Number(dec);
    // As HTML: NUL, surrogates and what is past Unicode are the replacement character.
    if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\uFFFD';
    return String.fromCodePoint(code);
  });
}
