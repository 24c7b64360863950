import path from 'node:path/posix';
import { isMap, isScalar } from 'yaml';
import { parseFrontMatterYaml } from './front-matter-yaml.js';
import type { DocKind } from './kinds.js';
import type { Nodes } from 'mdast';
import { parseMarkdown, textOf, walk } from './markdown.js';
import type { TemplateSpec } from './template.js';
import { placeholdersIn } from './placeholder-syntax.js';

export interface NewDocumentInput {
  kind: DocKind;
  template: TemplateSpec;
  title: string;
  /** YYYY-MM-DD: today, as the caller's clock says. */
  date: string;
  /** Repository paths of the existing documents of this kind (they say where new ones go). */
  existing: readonly string[];
  /** Folder to write into, repository-relative; default: where this kind's documents live. */
  dir?: string;
}

export type NewDocument = { ok: true; path: string; text: string } | { ok: false; error: string };

/** A new document from its kind's template: the title and today's date filled in, nothing else. */
export function newDocument(input: NewDocumentInput): NewDocument {
  const slug = slugify(input.title);
  if (slug === '')
    return {
      ok: false,
      error: `the title "${input.title}" has no letters or digits to name the file after`,
    };
  const dir =
    input.dir !== undefined
      ? path.normalize(input.dir).replace(/^\.\/?|\/+$/g, '')
      : datedFolder(folderOf(input.kind, input.existing), input.date);
  if (dir.startsWith('..'))
    return { ok: false, error: `--dir ${input.dir} is outside the repository` };
  const name = input.kind.fileName.replaceAll('{date}', input.date).replaceAll('{slug}', slug);
  const file = dir === '' ? name : `${dir}/${name}`;
  if (!input.kind.matches(file)) {
    return {
      ok: false,
      error: `${file} would not be checked as a ${input.kind.name} (docs.kinds.${input.kind.name}.paths: ${input.kind.paths.join(', ')}): pick a --dir inside them`,
    };
  }
  return { ok: true, path: file, text: fillTemplate(input.template.text, input.title, input.date) };
}

/** Where most documents of the kind already are; else the fixed part of its first glob. */
function folderOf(kind: DocKind, existing: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const p of existing) counts.set(path.dirname(p), (counts.get(path.dirname(p)) ?? 0) + 1);
  const best = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
  if (best) return best[0] === '.' ? '' : best[0];
  const fixed: string[] = [];
  for (const segment of (kind.paths[0] ?? '').split('/')) {
    if (segment === '**') {
      if (fixed.length === 0) continue;
      break;
    }
    if (/[*?[\]{}!]/.test(segment)) break;
    fixed.push(segment);
  }
  return fixed.join('/');
}

/**
 * Documents filed by year (`postmortems/2025/`, with `q3/` or `11/` below it): a new one goes into
 * today's year, quarter or month, not the folder the most documents are in. Other folders stay.
 */
function datedFolder(dir: string, date: string): string {
  const segments = dir.split('/');
  const at = segments.findIndex((s) => /^(?:19|20)\d{2}$/.test(s));
  if (at < 0) return dir;
  const [year, month] = date.split('-') as [string, string];
  segments[at] = year;
  const below = segments[at + 1];
  if (below !== undefined && /^q[1-4]$/i.test(below))
    segments[at + 1] = `${below[0]}${Math.ceil(Number(month) / 3)}`;
  else if (below !== undefined && /^(?:0[1-9]|1[0-2])$/.test(below)) segments[at + 1] = month;
  return segments.join('/');
}

export function slugify(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

const TITLE = 'title';
const DATE = 'date';

/**
 * Replaces `{{ title }}` and `{{ date }}` in the text and front matter, and `YYYY-MM-DD` front matter
 * values, by splicing at the parsed nodes' offsets: every other placeholder stays for the author.
 */
export function fillTemplate(text: string, title: string, date: string): string {
  const md = parseMarkdown('template', text);
  const edits: { from: number; to: number; text: string }[] = [];
  // The title's one placeholder is the title whatever it is called (`# {{ AlertName }}`).
  const titleHeading = md.headings.find((h) => h.depth === 1);
  const titleAny = titleHeading !== undefined && placeholdersIn(textOf(titleHeading)).length === 1;
  const fill = (node: Nodes, inTitle: boolean): void =>
    walk(node, (n) => {
      if (n !== node && n === titleHeading) return false;
      if (n.type !== 'text' || !n.position) return;
      const from = n.position.start.offset ?? 0;
      const source = md.text.slice(from, n.position.end.offset);
      for (const p of placeholdersIn(source)) {
        const name = inTitle ? TITLE : p.inner.toLowerCase();
        if (name === TITLE || name === DATE)
          edits.push({ from: from + p.from, to: from + p.to, text: name === TITLE ? title : date });
      }
    });
  if (titleHeading) fill(titleHeading, titleAny);
  fill(md.tree, false);
  const fm = md.frontMatter;
  if (fm?.position) {
    const { doc } = parseFrontMatterYaml(fm);
    // The YAML starts after the opening fence and its line ending.
    const start =
      (fm.position.start.offset ?? 0) + md.text.slice(fm.position.start.offset).indexOf('\n') + 1;
    if (isMap(doc.contents)) {
      for (const pair of doc.contents.items) {
        const v = pair.value;
        if (!isScalar(v) || typeof v.value !== 'string' || !v.range) continue;
        const filled = v.value === 'YYYY-MM-DD' ? date : fillNames(v.value, title, date);
        if (filled === v.value) continue;
        // A date needs no quotes; a title may hold anything YAML would misread.
        const text = v.value === 'YYYY-MM-DD' ? date : JSON.stringify(filled);
        edits.push({ from: start + v.range[0], to: start + v.range[1], text });
      }
    }
  }
  let out = md.text;
  for (const e of edits.sort((a, b) => b.from - a.from))
    out = out.slice(0, e.from) + e.text + out.slice(e.to);
  return out;
}

function fillNames(value: string, title: string, date: string): string {
  let out = '';
  let last = 0;
  for (const p of placeholdersIn(value)) {
    const name = p.inner.toLowerCase();
    if (name !== TITLE && name !== DATE) continue;
    out += value.slice(last, p.from) + (name === TITLE ? title : date);
    last = p.to;
  }
  return out + value.slice(last);
}
