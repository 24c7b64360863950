/**
 * Single-file components (`.vue`, `.svelte`, `.astro`): their code — `<script>` blocks, and an
 * Astro component's frontmatter between its `---` fences — is read like any TypeScript file; the
 * rest (template, markup, styles) is only searched for declared keys as text, like any other text
 * file, so a key named in a template still counts, as weaker evidence.
 *
 * Both parts keep the file's exact layout: every character of the other part becomes a space
 * (line breaks stay), so a reference's line and column are those of the component file itself.
 * A component's several blocks (`<script>` and `<script setup>`, Svelte's `context="module"`)
 * are one module, as the compilers make them.
 */

export const COMPONENT_RE = /\.(?:vue|svelte|astro)$/;

/** An opening tag's attributes may hold `>` in quotes (`generic="T extends Record<K, V>"`). */
const SCRIPT_RE = /(<script\b(?:[^>"']|"[^"]*"|'[^']*')*>)([\s\S]*?)<\/script\s*>/gi;
/** Astro's frontmatter: a `---` line first in the file, up to the next `---` line. */
const FRONTMATTER_RE = /^(\uFEFF?\s*---[ \t]*\r?\n)([\s\S]*?)^---[ \t]*$/m;

export interface ComponentParts {
  /** The code's contents, everything else blanked. */
  script: string;
  /** Everything but the code's contents. */
  markup: string;
}

const blank = (s: string): string => s.replace(/[^\r\n]/g, ' ');

export function splitComponent(path: string, text: string): ComponentParts {
  const code: Array<[number, number]> = [];
  const front = path.endsWith('.astro') ? FRONTMATTER_RE.exec(text) : null;
  if (front && front.index === 0) {
    const start = (front[1] ?? '').length;
    code.push([start, start + (front[2] ?? '').length]);
  }
  for (const m of text.matchAll(SCRIPT_RE)) {
    const start = (m.index ?? 0) + (m[1] ?? '').length;
    if (code.some(([s, e]) => start >= s && start < e)) continue;
    code.push([start, start + (m[2] ?? '').length]);
  }
  let script = '';
  let markup = '';
  let at = 0;
  for (const [start, end] of code) {
    const before = text.slice(at, start);
    const body = text.slice(start, end);
    script += blank(before) + body;
    markup += before + blank(body);
    at = end;
  }
  const rest = text.slice(at);
  return { script: script + blank(rest), markup: markup + rest };
}
