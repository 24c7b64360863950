import type { FootnoteReference, Heading, Nodes, Root, RootContent, Yaml } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Extension as FromMarkdownExtension } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';

/** A Markdown file parsed once: its tree (CommonMark + GFM + YAML front matter) and its source. */
export interface ParsedMarkdown {
  path: string;
  /** The text without a byte order mark: positions count from here, as editors do. */
  text: string;
  tree: Root;
  frontMatter: Yaml | undefined;
  headings: Heading[];
}

const BOM = '\uFEFF';

// Built once: micromark combines syntax extensions and mdast-util-from-markdown its handlers on every
// call, and with 2,000 documents per run that setup is measurable. Both are plain, stateless config.
const MDAST_EXTENSIONS = [
  ...gfmFromMarkdown().map(withGuardedAutolinkTransform),
  frontmatterFromMarkdown(['yaml']),
];
const PARSE_OPTIONS = {
  extensions: [gfm(), frontmatter(['yaml'])],
  mdastExtensions: MDAST_EXTENSIONS,
};

/**
 * GFM's email autolink literal is tried at the start of every word (any letter or digit may begin
 * one), about a fifth of the parse. A document where no email can occur is parsed without it: the
 * tree is the same, because an email needs an address character right before its `@` — in the source,
 * or after decoding a backslash escape or a character reference, hence the `\`, `;` and `&`.
 */
const MAYBE_EMAIL = /[\w.+\\;-]@|&/;
const NO_EMAIL_PARSE_OPTIONS = {
  extensions: [withoutEmailAutolinks(gfm()), frontmatter(['yaml'])],
  mdastExtensions: MDAST_EXTENSIONS,
};

type Extension = ReturnType<typeof gfm>;
type Construct = Exclude<NonNullable<NonNullable<Extension['text']>[number]>, unknown[]>;

/** Whether GFM could find an email autolink literal in this Markdown source. */
export function mayHoldEmail(text: string): boolean {
  return MAYBE_EMAIL.test(text);
}

function withoutEmailAutolinks(extension: Extension): Extension {
  const text: Record<number, Construct | Construct[]> = {};
  for (const [code, constructs] of Object.entries(extension.text ?? {})) {
    if (!constructs) continue;
    const kept = (Array.isArray(constructs) ? constructs : [constructs]).filter(
      (c: Construct) => c.name !== 'emailAutolink',
    );
    if (kept.length > 0) text[Number(code)] = kept;
  }
  return { ...extension, text };
}

/**
 * GFM finds most autolink literals while tokenizing; a transform then searches every text node
 * outside links for the rest, in four passes over the tree (URLs, xmpp:, mailto:, emails), a seventh
 * of the parse. Each of its patterns needs `http://`, `https://`, `www.` or an address character
 * before an `@`: where no such text is, the transform would change nothing, so it is not run.
 */
const AUTOLINK_TEXT = /https?:\/\/|www\.|[\w+.-]@/i;

function withGuardedAutolinkTransform(extension: FromMarkdownExtension): FromMarkdownExtension {
  // Only the autolink literal extension's transform, known by the tokens it handles.
  if (!extension.enter || !('literalAutolink' in extension.enter) || !extension.transforms)
    return extension;
  return {
    ...extension,
    transforms: extension.transforms.map(
      (transform) => (tree: Root) => (hasAutolinkText(tree) ? transform(tree) : undefined),
    ),
  };
}

/** Whether a text node outside links (what the transform searches) holds what an autolink needs. */
function hasAutolinkText(tree: Root): boolean {
  let found = false;
  walk(tree, (node) => {
    if (found || node.type === 'link' || node.type === 'linkReference') return false;
    if (node.type === 'text' && AUTOLINK_TEXT.test(node.value)) found = true;
  });
  return found;
}

export function parseMarkdown(path: string, raw: string): ParsedMarkdown {
  const text = raw.startsWith(BOM) ? raw.slice(1) : raw;
  const tree = parse(path.endsWith('.mdx') ? withoutMdxSyntax(text) : text);
  if (text.includes('!!!') || text.includes('???') || text.includes('==='))
    readAdmonitions(tree, text);
  const first = tree.children[0];
  return {
    path,
    text,
    tree,
    frontMatter: first?.type === 'yaml' ? first : undefined,
    headings: tree.children.filter((n): n is Heading => n.type === 'heading'),
  };
}

/**
 * An MDX document read as the Markdown it is around its own syntax: ESM blocks (`import …`,
 * `export …`, up to a blank line) and `{/* comments *\/}` are blanked out, character for
 * character, so every position stays where it is. JSX tags read as HTML, and `{expressions}` as text.
 */
export function withoutMdxSyntax(text: string): string {
  const blank = (s: string): string => s.replace(/[^\n]/g, ' ');
  const out = text.includes('{/*') ? text.replace(/\{\/\*[\s\S]*?\*\/\}/g, blank) : text;
  if (!/^(?:import|export)\b/m.test(out)) return out;
  const lines = out.split('\n');
  let fence: string | undefined;
  let esm = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence !== undefined) {
      if (marker !== undefined && marker[0] === fence[0] && marker.length >= fence.length)
        fence = undefined;
      continue;
    }
    // ESM starts a block (after a blank line, the front matter, or at the top): a wrapped line of
    // prose that begins "export the logs" is prose.
    const before = i === 0 ? '' : lines[i - 1]!.trim();
    const startsBlock = before === '' || before === '---';
    if (line.trim() === '') esm = false;
    else if (!esm && startsBlock && /^(?:import|export)(?:\s|\{|\*)/.test(line)) esm = true;
    else if (marker !== undefined) fence = marker;
    if (esm) lines[i] = blank(line);
  }
  return lines.join('\n');
}

function parse(text: string): Root {
  return fromMarkdown(text, mayHoldEmail(text) ? PARSE_OPTIONS : NO_EMAIL_PARSE_OPTIONS);
}

/**
 * MkDocs (Material) admonitions — `!!! warning "Title"`, `!!! note inline end`, `??? note` (collapsed)
 * — and content tabs (`=== "Kubernetes"`), then the body indented by four spaces. CommonMark reads
 * that body as an indented code block; MkDocs renders it as Markdown, so it is parsed as Markdown
 * here, at its own positions in the file.
 */
const ADMONITION =
  /^(?:(?:!!!|\?\?\?\+?)[ \t]*[\w-]+(?:[ \t]+[\w-]+)*(?:[ \t]+"[^"\n]*")?|===\+?[ \t]+"[^"\n]*")[ \t]*$/;

function readAdmonitions(tree: Root, source: string): void {
  let lineStarts: number[] | undefined;
  walk(tree, (node) => {
    if (!('children' in node)) return false;
    const children: Nodes[] = node.children;
    for (let i = 1; i < children.length; i++) {
      const body = children[i]!;
      const title = children[i - 1]!;
      if (body.type !== 'code' || body.lang || title.type !== 'paragraph') continue;
      if (!ADMONITION.test(textOf(title).trim())) continue;
      const start = body.position?.start;
      // Indented (four spaces or a tab), not a fenced block without a language.
      const lineStart = start?.offset === undefined ? -1 : start.offset - start.column + 1;
      if (!start || lineStart < 0 || !/^(?: {4}|\t)/.test(source.slice(lineStart, lineStart + 4)))
        continue;
      lineStarts ??= lineStartsOf(source);
      const inner = parse(body.value);
      const starts = lineStarts;
      walk(inner, (n) => {
        for (const point of [n.position?.start, n.position?.end]) {
          if (!point) continue;
          point.line += start.line - 1;
          const from = starts[point.line - 1] ?? 0;
          point.column += indentOf(source, from);
          point.offset = from + point.column - 1;
        }
      });
      children.splice(i, 1, ...(inner.children as Nodes[]));
    }
  });
}

/** Characters of indentation an indented code block takes off this line: four spaces, or a tab. */
function indentOf(source: string, from: number): number {
  if (source[from] === '\t') return 1;
  let n = 0;
  while (n < 4 && source[from + n] === ' ') n++;
  return n;
}

function lineStartsOf(source: string): number[] {
  const out = [0];
  for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) out.push(i + 1);
  return out;
}

export interface Point {
  line: number;
  column: number;
}

export function startOf(node: Nodes): Point {
  const start = node.position?.start;
  return { line: start?.line ?? 1, column: start?.column ?? 1 };
}

export function endLineOf(node: Nodes): number {
  return node.position?.end.line ?? startOf(node).line;
}

/** Where character `index` of a node's value sits, counting the value's own line breaks. */
export function pointIn(value: string, index: number, start: Point, shift = 0): Point {
  let line = start.line;
  let col = start.column + shift;
  for (let i = 0; i < index; i++) {
    if (value[i] === '\n') {
      line++;
      col = 1;
    } else col++;
  }
  return { line, column: col };
}

/**
 * The visible text of a node: inline code counts, HTML and link targets do not, nor footnote marks
 * unless `footnote` says how one shows.
 */
export function textOf(node: Nodes, footnote?: (ref: FootnoteReference) => string): string {
  if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') return node.value;
  if (node.type === 'html' || node.type === 'yaml') return '';
  if (node.type === 'break') return '\n';
  if (node.type === 'footnoteReference') return footnote ? footnote(node) : '';
  if ('children' in node) {
    let out = '';
    const children: readonly Nodes[] = node.children;
    for (const child of children) {
      out += textOf(child, footnote);
      // Blocks inside a list item or quote read as separate lines.
      if (isBlock(child)) out += '\n';
    }
    return out;
  }
  return '';
}

function isBlock(node: Nodes): boolean {
  return (
    node.type === 'paragraph' ||
    node.type === 'list' ||
    node.type === 'listItem' ||
    node.type === 'code' ||
    node.type === 'heading' ||
    node.type === 'blockquote' ||
    node.type === 'table'
  );
}

/** Depth-first, in document order. `enter` returning false skips the node's children. */
export function walk(
  node: Nodes,
  enter: (node: Nodes, parent: Nodes | undefined) => boolean | void,
): void {
  const visit = (n: Nodes, parent: Nodes | undefined): void => {
    if (enter(n, parent) === false) return;
    if ('children' in n) {
      const children: readonly Nodes[] = n.children;
      for (const child of children) visit(child, n);
    }
  };
  visit(node, undefined);
}

/**
 * One rule's part of a shared walk of the tree. `enter` sees every node in document order, its
 * parent with it; returning false skips that node's children for this visitor only.
 */
export interface Visitor {
  enter(node: Nodes, parent: Nodes | undefined): boolean | void;
}

/**
 * One depth-first walk that feeds every visitor, as if each had walked the tree alone: the rules
 * that look at the whole document share one traversal instead of each making its own.
 */
export function walkAll(root: Nodes, visitors: readonly Visitor[]): void {
  const visit = (n: Nodes, parent: Nodes | undefined, active: readonly Visitor[]): void => {
    // Copied only when a visitor skips this subtree, so the usual case allocates nothing.
    let next: Visitor[] | undefined;
    for (let i = 0; i < active.length; i++) {
      const v = active[i]!;
      if (v.enter(n, parent) === false) next ??= active.slice(0, i);
      else next?.push(v);
    }
    const below = next ?? active;
    if (below.length === 0 || !('children' in n)) return;
    const children: readonly Nodes[] = n.children;
    for (const child of children) visit(child, n, below);
  };
  visit(root, undefined, visitors);
}

/** Every HTML comment in an `html` node's value, each with its body (between `<!--` and `-->`). */
export function htmlComments(value: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (;;) {
    const open = value.indexOf('<!--', from);
    if (open < 0) return out;
    const close = value.indexOf('-->', open + 4);
    if (close < 0) return out;
    out.push(value.slice(open + 4, close));
    from = close + 3;
  }
}

export type BlockNode = RootContent;
