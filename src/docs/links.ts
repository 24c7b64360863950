import path from 'node:path/posix';
import { docFinding } from './doc-finding.js';
import type { DocFinding } from './doc-finding.js';
import { fromSiteGenerator, hasPlaceholder, nextPlaceholder } from './placeholder-syntax.js';
import { githubSlug } from './headings.js';
import { htmlAnchors, htmlLinks } from './html-links.js';
import { pointIn, startOf, textOf, walkAll } from './markdown.js';
import type { ParsedMarkdown, Point, Visitor } from './markdown.js';

/** What links are resolved against: the repository's files and the anchors of its Markdown files. */
export interface LinkTargets {
  /** Whether `repoPath` is a file, or a directory holding files. */
  exists(repoPath: string): boolean;
  /** Anchors of a Markdown file of the repository; undefined when it cannot be read. */
  anchorsOf(repoPath: string): Promise<ReadonlySet<string> | undefined>;
  /** Lines of a file of the repository (what `#L10` may point at); undefined when it cannot be read. */
  lineCount(repoPath: string): Promise<number | undefined>;
  /** The repository path that differs from `repoPath` only in case, if there is one. */
  otherCase(repoPath: string): string | undefined;
}

/**
 * Heading anchors as GitHub renders them (duplicates get -1, -2, …), plus explicit HTML ids and names:
 * one visitor of the document's shared walk.
 */
export function anchorVisitor(): Visitor & { anchors: Set<string> } {
  const anchors = new Set<string>();
  // As github-slugger numbers them: a slug an earlier heading took, as itself or numbered, is taken.
  const occurrences = new Map<string, number>();
  // GitHub numbers footnotes in the order they are first referenced, and shows that number.
  const footnotes = new Map<string, number>();
  const footnoteNumber = (identifier: string): number => {
    let n = footnotes.get(identifier);
    if (n === undefined) footnotes.set(identifier, (n = footnotes.size + 1));
    return n;
  };
  return {
    anchors,
    enter(node) {
      if (node.type === 'footnoteReference') footnoteNumber(node.identifier);
      if (node.type === 'heading') {
        // `## Impact[^1]`: GitHub's anchor holds the mark's number (`#impact1`), other renderers'
        // and what authors write do not (`#impact`); both lead to the heading.
        if (node.children.some((c) => c.type === 'footnoteReference'))
          anchors.add(githubSlug(textOf(node, (ref) => String(footnoteNumber(ref.identifier)))));
        const base = githubSlug(textOf(node));
        let slug = base;
        while (occurrences.has(slug)) {
          const n = occurrences.get(base)! + 1;
          occurrences.set(base, n);
          slug = `${base}-${n}`;
        }
        occurrences.set(slug, 0);
        anchors.add(slug);
        // Its children too: `## Appendix <a name="appendix"></a>` holds an anchor of its own.
      }
      if (node.type === 'html') {
        for (const anchor of htmlAnchors(node.value)) anchors.add(anchor);
      }
    },
  };
}

/** The anchors of a Markdown file that is no document of the run (only links point at it). */
export function anchorsOf(doc: ParsedMarkdown): Set<string> {
  const visitor = anchorVisitor();
  walkAll(doc.tree, [visitor]);
  return visitor.anchors;
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

function isRelative(url: string): boolean {
  const raw = url.trim();
  return raw !== '' && !SCHEME.test(raw) && !raw.startsWith('//');
}

/** A relative link, image or definition of a document: what `checkLinkRefs` resolves. */
export interface LinkRef {
  url: string;
  at: Point;
  image: boolean;
}

const PLAIN_TEXT = ': GitHub shows it as plain text';
/** A range of single characters (`a-z`, `0-9`) or a class escape (`\w`, `\d`). */
const CHARACTER_CLASS = /(?:^|[^\p{L}\p{N}])[\p{L}\p{N}]-[\p{L}\p{N}](?![\p{L}\p{N}])|\\[wdsWDS]/u;

/**
 * What the parser left as text although it was meant as a link: `[text][label]` and `[text][]` whose
 * definition is missing (not after a word or `]`: `matrix[0][1]`), a footnote `[^note]` without its
 * definition (it follows a word; `[^x]: …` is a definition the parser did not take), and
 * `[text](a path with spaces)`.
 */
const UNLINKED: readonly {
  pattern: RegExp;
  message: (m: RegExpMatchArray) => string;
  /** Text that has the shape but is something else. */
  not?: (m: RegExpMatchArray) => boolean;
}[] = [
  {
    pattern: /(?<![\p{L}\p{N}_\]\\])(!?)\[(\s*[^\s[\]][^[\]\n]*)\]\[([^[\]\n]*)\]/gu,
    message: (m) =>
      `${m[1] === '!' ? 'image' : 'link'} ${m[0]} has no definition${PLAIN_TEXT} (add "[${m[3] || m[2]}]: <url>")`,
    // `[a-z][a-z0-9-]*`, `[A-Z][\w.]+`: character classes of a pattern written in prose; `[1][2]`:
    // citation marks (a link's text is words).
    not: (m) =>
      CHARACTER_CLASS.test(m[2]!) || CHARACTER_CLASS.test(m[3]!) || /^\s*\d+\s*$/.test(m[2]!),
  },
  {
    pattern: /(?<!\\)\[\^([^[\]\s]+)\](?!:)/gu,
    message: (m) => `footnote ${m[0]} has no definition${PLAIN_TEXT} (add "[^${m[1]}]: <text>")`,
  },
  {
    pattern:
      /(?<![\p{L}\p{N}_\]\\])(!?)\[(\s*[^\s[\]][^[\]\n]*)\]\(([^()\s"'<>]+(?:[ \t]+[^()\s"'<>]+)+)\)/gu,
    // `[Dashboard]({{ dashboard_url }})` is a leftover placeholder, reported as such; `{{< ref … >}}`
    // and `{% link … %}` are the site generator's links.
    not: (m) => m[0].includes('{{') || m[0].includes('{%'),
    message: (m) => {
      const what = m[1] === '!' ? 'image' : 'link';
      return `${what} ${m[0]} is no ${what}${PLAIN_TEXT} (write the path with %20 for each space, or in <…>)`;
    },
  },
];

function mayBeUnlinked(text: string): boolean {
  return text.includes('][') || text.includes('[^') || text.includes('](');
}

/** In a text node's source (escapes kept: `\[x\][y]` is no reference), from where it starts. */
function unlinked(value: string, start: Point): DocFinding[] {
  if (!mayBeUnlinked(value)) return [];
  const out: DocFinding[] = [];
  for (const { pattern, message, not } of UNLINKED) {
    for (const m of value.matchAll(pattern)) {
      if (not?.(m)) continue;
      out.push(docFinding('broken-link', message(m), pointIn(value, m.index, start)));
    }
  }
  return out;
}

/**
 * The links of a document that point into the repository (no scheme, not protocol-relative), and
 * the references and footnotes whose definition is missing.
 */
export function linkVisitor(
  source: string,
): Visitor & { links: LinkRef[]; unresolved: DocFinding[] } {
  const links: LinkRef[] = [];
  const unresolved: DocFinding[] = [];
  return {
    links,
    unresolved,
    enter(node) {
      if (node.type === 'text') {
        // The text holds what its source holds, less escapes: without a trigger here, none is there.
        if (!mayBeUnlinked(node.value)) return;
        const from = node.position?.start.offset;
        const to = node.position?.end.offset;
        if (from !== undefined && to !== undefined)
          unresolved.push(...unlinked(source.slice(from, to), startOf(node)));
        return;
      }
      const add = (ref: LinkRef): void => {
        // `({{ dashboard_url }})` left from the template: unfilled, not a path that does not exist.
        if (hasPlaceholder(ref.url)) {
          const span = nextPlaceholder(ref.url)!;
          const placeholder = ref.url.slice(span.from, span.to);
          unresolved.push(
            docFinding(
              'placeholder',
              `leftover placeholder "${placeholder}" as a link target: replace it with the real link`,
              ref.at,
            ),
          );
        } else if (isRelative(ref.url) && !fromSiteGenerator(ref.url)) links.push(ref);
      };
      if (node.type === 'html') {
        for (const tag of htmlLinks(node.value))
          add({ ...tag, at: pointIn(node.value, tag.index, startOf(node)) });
        return;
      }
      if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') return;
      add({ url: node.url, at: startOf(node), image: node.type === 'image' });
    },
  };
}

/**
 * Relative links and images of the document at `docPath` that resolve to no file, and `#anchors` that
 * match no heading (of this document: `own`; of another: `targets`).
 */
export async function checkLinkRefs(
  docPath: string,
  refs: readonly LinkRef[],
  own: ReadonlySet<string>,
  targets: LinkTargets,
): Promise<DocFinding[]> {
  const out: DocFinding[] = [];
  for (const { url, at, image } of refs) {
    const raw = url.trim();
    const hashAt = raw.indexOf('#');
    const beforeHash = hashAt >= 0 ? raw.slice(0, hashAt) : raw;
    const target = decode(stripQuery(beforeHash));
    // `?plain=1` shows a Markdown file as source, where `#L10` is a line, not a heading.
    const plain = /[?&]plain=1(?:&|$)/.test(beforeHash);
    const anchor = hashAt >= 0 ? decode(raw.slice(hashAt + 1)).toLowerCase() : '';
    const what = image ? 'image' : 'link';
    if (target === '') {
      if (anchor !== '' && !hasAnchor(own, anchor)) {
        out.push(
          docFinding('broken-link', `${what} #${anchor} matches no heading of this document`, at),
        );
      }
      continue;
    }
    const clean = resolveLink(docPath, target);
    if (REPO_PAGE.test(clean)) continue;
    if (clean.startsWith('..') || !targets.exists(clean)) {
      const other = clean.startsWith('..') ? undefined : targets.otherCase(clean);
      const where = clean.startsWith('..')
        ? 'a path outside the repository'
        : `${clean}, which does not exist${other ? ` (${other} does: paths on GitHub are case-sensitive)` : ''}`;
      out.push(
        docFinding('broken-link', `${what} ${url} points at ${where}${windowsHint(target)}`, at),
      );
      continue;
    }
    if (anchor === '') continue;
    const markdown = /\.(md|mdx|markdown)$/i.test(clean);
    const lines = LINE_ANCHOR.exec(anchor);
    if (lines && (plain || !markdown)) {
      const count = await targets.lineCount(clean);
      const last = Math.max(Number(lines[1]), Number(lines[2] ?? 0));
      if (count !== undefined && last > count) {
        const has = `${count} line${count === 1 ? '' : 's'}`;
        out.push(docFinding('broken-link', `${what} ${url}: ${clean} has ${has}`, at));
      }
      continue;
    }
    if (markdown) {
      const anchors = await targets.anchorsOf(clean);
      if (anchors && !hasAnchor(anchors, anchor)) {
        const hint = lines
          ? ` (link a line of a Markdown file with ?plain=1#${raw.slice(hashAt + 1)})`
          : '';
        out.push(
          docFinding(
            'broken-link',
            `${what} ${url}: #${anchor} matches no heading of ${clean}${hint}`,
            at,
          ),
        );
      }
    }
  }
  return out;
}

/** The repository path a relative link leads to, without a trailing `/` (the root is `""`). */
function resolveLink(docPath: string, target: string): string {
  const resolved = target.startsWith('/')
    ? path.normalize(target.slice(1))
    : path.normalize(path.join(path.dirname(docPath), target));
  // `.` is the repository's root, which exists.
  return resolved.replace(/\/+$/, '').replace(/^\.$/, '');
}

/** `..\runbooks\x.md`, written on Windows: on GitHub a backslash is part of the name, no folder. */
function windowsHint(target: string): string {
  if (!target.includes('\\')) return '';
  return ` (write / between folders: ${target.replaceAll('\\', '/')}; GitHub reads \\ as part of a name)`;
}

/**
 * Two levels past the tree's root, past `blob/<branch>/`, a link is on github.com/org/repo/: the
 * repository's page or one of its GitHub pages (`../../issues/42` from the root README), no file.
 */
const REPO_PAGE =
  /^\.\.\/\.\.(?:\/(?:issues|pulls?|wiki|actions|discussions|releases|milestones?|labels|projects|security|compare|commits?|tree|blob|tags|branches|graphs|pulse)(?:\/.*)?)?$/;

/** GitHub renders a heading's anchor as `user-content-<slug>` too, and links copied from a page hold it. */
function hasAnchor(anchors: ReadonlySet<string>, anchor: string): boolean {
  return (
    anchors.has(anchor) ||
    (anchor.startsWith('user-content-') && anchors.has(anchor.slice('user-content-'.length)))
  );
}

/** GitHub's line anchors, lower-cased: `#L10`, `#L10-L20`, with columns `#L10C5-L12C2`. */
const LINE_ANCHOR = /^l(\d+)(?:c\d+)?(?:-l(\d+)(?:c\d+)?)?$/;

/** Lines of a file as GitHub numbers them: a final newline ends the last line, it starts none. */
export function countLines(text: string): number {
  if (text === '') return 0;
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return text.endsWith('\n') ? n - 1 : n;
}

function stripQuery(s: string): string {
  const q = s.indexOf('?');
  return q >= 0 ? s.slice(0, q) : s;
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
