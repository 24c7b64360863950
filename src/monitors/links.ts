/**
 * Runbook links in a monitor: where they are, whether they are meant as the runbook, and which file of
 * this repository they name.
 */

export interface LinkCandidate {
  /** As written (a URL or a repository path). */
  raw: string;
  offset: number;
  /** The link says it is the runbook: its Markdown text, its line or its own path says "runbook"/"playbook". */
  labelled: boolean;
}

export type ResolvedLink =
  /** `anchor`: the `#fragment`, decoded, when the link has one. */
  | { kind: 'repo'; path: string; anchor?: string }
  /** A URL no `monitors.runbookUrlPrefixes` entry maps into this repository. */
  | { kind: 'external' }
  /** A path that leaves the repository (`../…`) or is empty. */
  | { kind: 'invalid'; why: string };

const RUNBOOK_WORD = /run-?books?|play-?books?/i;
const MARKDOWN_LINK = /\[([^\]\n]*)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g;
// A Datadog block tag right after a link (`…/x.md{{/is_alert}}`) ends it; a `{{variable}}` is part of it.
const URL = /\bhttps?:\/\/(?:(?!\{\{\s*[#^/])[^\s<>()"'`\]])+/g;
// A repository path: at least one directory and a documentation extension (`docs/runbooks/checkout.md`).
const REPO_PATH =
  /(?<![\w/.:-])(?:\.{1,2}\/|\/)?[\w.-]+(?:\/[\w.-]+)+\.(?:md|markdown|mdx)(?:#[\w.-]*)?(?![\w/])/g;

/** Every URL and repository path in a monitor message, each once, in order. */
export function linksInMessage(text: string): LinkCandidate[] {
  const out: LinkCandidate[] = [];
  const taken: [number, number][] = [];
  const add = (raw: string, offset: number, labelledText: string | undefined): void => {
    const end = offset + raw.length;
    if (taken.some(([a, b]) => offset < b && end > a)) return;
    taken.push([offset, end]);
    const line = lineAround(text, offset);
    out.push({
      raw,
      offset,
      labelled:
        RUNBOOK_WORD.test(raw) ||
        (labelledText !== undefined && RUNBOOK_WORD.test(labelledText)) ||
        RUNBOOK_WORD.test(line),
    });
  };
  for (const m of text.matchAll(MARKDOWN_LINK)) {
    add(m[2]!, m.index + m[0].indexOf(m[2]!, m[1]!.length + 2), m[1]);
  }
  for (const m of text.matchAll(URL)) add(trimPunctuation(m[0]), m.index, undefined);
  for (const m of text.matchAll(REPO_PATH)) add(m[0], m.index, undefined);
  return out.sort((a, b) => a.offset - b.offset);
}

function lineAround(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset) + 1;
  const end = text.indexOf('\n', offset);
  return text.slice(start, end === -1 ? text.length : end);
}

function trimPunctuation(url: string): string {
  return url.replace(/[.,;:!?*_]+$/, '');
}

/** Maps a link to a repository path through the configured URL prefixes; repository paths map to themselves. */
export function resolveLink(raw: string, prefixes: readonly string[]): ResolvedLink {
  if (/^[a-z][a-z0-9+.-]*:/i.test(raw)) {
    // The longest prefix wins: `…/blob/main/docs/` before `…/blob/main/`.
    const prefix = prefixes
      .filter(
        (p) => raw.startsWith(p) && (p.endsWith('/') || /^(?:$|[/?#])/.test(raw.slice(p.length))),
      )
      .sort((a, b) => b.length - a.length)[0];
    return prefix === undefined ? { kind: 'external' } : repoPath(raw.slice(prefix.length));
  }
  return repoPath(raw);
}

function repoPath(value: string): ResolvedLink {
  const hash = value.indexOf('#');
  const fragment = hash === -1 ? '' : decoded(value.slice(hash + 1));
  const path = decoded(value.replace(/[?#].*$/, ''));
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return { kind: 'invalid', why: `${value} leaves the repository` };
      parts.pop();
      continue;
    }
    parts.push(part);
  }
  if (parts.length === 0) return { kind: 'invalid', why: `${value || '(empty)'} names no file` };
  return fragment === ''
    ? { kind: 'repo', path: parts.join('/') }
    : { kind: 'repo', path: parts.join('/'), anchor: fragment };
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text; // A stray `%` is part of the name as written.
  }
}

/**
 * The prefix a URL would match but for its branch or commit: `…/blob/release/x/runbooks/a.md` against
 * the configured `…/blob/main/`.
 */
export function otherRefPrefix(raw: string, prefixes: readonly string[]): string | undefined {
  return prefixes.find((p) => {
    const m = /^(.+\/(?:-\/)?(?:blob|tree|src)\/)[^/]+\/$/.exec(p);
    return m !== null && raw.startsWith(m[1]!);
  });
}
