import path from 'node:path/posix';
import { docFinding } from './doc-finding.js';
import type { DocFinding } from './doc-finding.js';
import { githubSlug } from './headings.js';
import { startOf, textOf, walk } from './markdown.js';
import type { ParsedMarkdown } from './markdown.js';

/** What links are resolved against: the repository's files and the anchors of its Markdown files. */
export interface LinkTargets {
  /** Whether `repoPath` is a file, or a directory holding files. */
  exists(repoPath: string): boolean;
  /** Anchors of a Markdown file of the repository; undefined when it cannot be read. */
  anchorsOf(repoPath: string): Promise<ReadonlySet<string> | undefined>;
}

/** Heading anchors as GitHub renders them (duplicates get -1, -2, …), plus explicit HTML ids and names. */
export function anchorsOf(doc: ParsedMarkdown): Set<string> {
  const out = new Set<string>();
  const counts = new Map<string, number>();
  walk(doc.tree, (node) => {
    if (node.type === 'heading') {
      const slug = githubSlug(textOf(node));
      const n = counts.get(slug) ?? 0;
      counts.set(slug, n + 1);
      out.add(n === 0 ? slug : `${slug}-${n}`);
      return false;
    }
    if (node.type === 'html') {
      for (const m of node.value.matchAll(/\b(?:id|name)\s*=\s*["']([^"']+)["']/gi))
        out.add(m[1]!.toLowerCase());
    }
  });
  return out;
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** Relative links and images that resolve to no file, and `#anchors` that match no heading. */
export async function checkLinks(
  doc: ParsedMarkdown,
  targets: LinkTargets,
  /** This document's anchors when the caller has them already (the run computes them for other links). */
  own: ReadonlySet<string> = anchorsOf(doc),
): Promise<DocFinding[]> {
  const out: DocFinding[] = [];
  const found: { url: string; node: Parameters<typeof startOf>[0]; image: boolean }[] = [];
  walk(doc.tree, (node) => {
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      found.push({ url: node.url, node, image: node.type === 'image' });
    }
  });
  for (const { url, node, image } of found) {
    const raw = url.trim();
    if (raw === '' || SCHEME.test(raw) || raw.startsWith('//')) continue;
    const hashAt = raw.indexOf('#');
    const target = decode(stripQuery(hashAt >= 0 ? raw.slice(0, hashAt) : raw));
    const anchor = hashAt >= 0 ? decode(raw.slice(hashAt + 1)).toLowerCase() : '';
    const what = image ? 'image' : 'link';
    if (target === '') {
      if (anchor !== '' && !own.has(anchor)) {
        out.push(
          docFinding(
            'broken-link',
            `${what} #${anchor} matches no heading of this document`,
            startOf(node),
          ),
        );
      }
      continue;
    }
    const resolved = target.startsWith('/')
      ? path.normalize(target.slice(1))
      : path.normalize(path.join(path.dirname(doc.path), target));
    const clean = resolved.replace(/\/+$/, '');
    if (clean.startsWith('..') || !targets.exists(clean)) {
      out.push(
        docFinding(
          'broken-link',
          `${what} ${url} points at ${clean.startsWith('..') ? 'a path outside the repository' : `${clean}, which does not exist`}`,
          startOf(node),
        ),
      );
      continue;
    }
    if (anchor !== '' && /\.(md|markdown)$/i.test(clean)) {
      const anchors = await targets.anchorsOf(clean);
      if (anchors && !anchors.has(anchor)) {
        out.push(
          docFinding(
            'broken-link',
            `${what} ${url}: #${anchor} matches no heading of ${clean}`,
            startOf(node),
          ),
        );
      }
    }
  }
  return out;
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
