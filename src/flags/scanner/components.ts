/**
 * Single-file components (`.vue`, `.svelte`): their `<script>` blocks are code, read like any
 * TypeScript file; the rest (template, markup, styles) is only searched for declared keys as text,
 * like any other text file, so a key named in a template still counts, as weaker evidence.
 *
 * Both parts keep the file's exact layout: every character of the other part becomes a space
 * (line breaks stay), so a reference's line and column are those of the component file itself.
 * A component's several blocks (`<script>` and `<script setup>`, Svelte's `context="module"`)
 * are one module, as the compilers make them.
 */

export const COMPONENT_RE = /\.(?:vue|svelte)$/;

/** An opening tag's attributes may hold `>` in quotes (`generic="T extends Record<K, V>"`). */
const SCRIPT_RE = /(<script\b(?:[^>"']|"[^"]*"|'[^']*')*>)([\s\S]*?)<\/script\s*>/gi;

export interface ComponentParts {
  /** The script blocks' contents, everything else blanked. */
  script: string;
  /** Everything but the script blocks' contents. */
  markup: string;
}

const blank = (s: string): string => s.replace(/[^\r\n]/g, ' ');

export function splitComponent(text: string): ComponentParts {
  let script = '';
  let markup = '';
  let at = 0;
  for (const m of text.matchAll(SCRIPT_RE)) {
    const open = m[1] ?? '';
    const body = m[2] ?? '';
    const bodyStart = (m.index ?? 0) + open.length;
    const before = text.slice(at, bodyStart);
    script += blank(before) + body;
    markup += before + blank(body);
    at = bodyStart + body.length;
  }
  const rest = text.slice(at);
  return { script: script + blank(rest), markup: markup + rest };
}
