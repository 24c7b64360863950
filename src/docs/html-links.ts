/** Links written as HTML tags in the `html` nodes of a Markdown tree, read without an HTML parser. */

/** `<img src>`, `<a href>` and the like, outside HTML comments: teams size images with HTML. */
const TAG_URL =
  /<(img|source|video|a)\b[^>]*?\s(?:src|href)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;

export function htmlLinks(value: string): { url: string; index: number; image: boolean }[] {
  // Comments blanked out, offsets kept.
  const visible = value.replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, ' '));
  return [...visible.matchAll(TAG_URL)].map((m) => ({
    url: decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''),
    index: m.index,
    image: m[1]!.toLowerCase() !== 'a',
  }));
}

const ENTITIES: Readonly<Record<string, string>> = { '&amp;': '&', '&quot;': '"', '&#39;': "'" };

/** In one pass: `&amp;quot;` is the text `&quot;`, not a quote. */
function decodeEntities(s: string): string {
  return s.replace(/&(?:amp|quot|#39);/g, (e) => ENTITIES[e]!);
}
