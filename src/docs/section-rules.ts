import type { Nodes, RootContent } from 'mdast';
import { docFinding } from './doc-finding.js';
import type { DocFinding } from './doc-finding.js';
import { clip } from './clip.js';
import { entriesOf, expandGroups } from './entries.js';
import { fromSiteGenerator, hasPlaceholder } from './placeholder-syntax.js';
import type { Entry } from './entries.js';
import { checkFiveWhys } from './five-whys.js';
import { isHandle } from './front-matter.js';
import { htmlLinks } from './html-links.js';
import { pointIn, startOf, textOf, walk } from './markdown.js';
import type { Point, Visitor } from './markdown.js';
import type { PresentSection } from './structure.js';
import type { SectionRule } from './template.js';
import { checkTimeline } from './timeline.js';

/** Teams and escalation policies a runbook may escalate to: CODEOWNERS owners, the on-call config. */
export interface EscalationDirectory {
  /** Lower-cased `@org/team` (and `@user`) owners from CODEOWNERS, the on-call teams, codeowners.teams. */
  teams: ReadonlySet<string>;
  /** Escalation policy names of the on-call config, lower-cased. */
  policies: ReadonlySet<string>;
}

/** The document's link reference definitions: label (normalised as mdast does) → URL. */
export type Definitions = ReadonlyMap<string, string>;

export function checkSectionRule(
  rule: SectionRule,
  p: PresentSection,
  directory: EscalationDirectory,
  definitions: Definitions = new Map(),
): DocFinding[] {
  const found = judgeSection(rule, p, directory, definitions);
  // Only the template's example text left: the placeholder finding says it already. (Asked only
  // when the rule found something: most sections pass, and reading their text costs.)
  return found.length > 0 && onlyPlaceholders(p.body) ? [] : found;
}

function judgeSection(
  rule: SectionRule,
  p: PresentSection,
  directory: EscalationDirectory,
  definitions: Definitions,
): DocFinding[] {
  const at = startOf(p.heading);
  const name = p.section.title;
  const idx = p.section.index;
  switch (rule.rule) {
    case 'min-items': {
      const n = expandGroups(entriesOf(p.body), (e) => !isGroupLabel(e)).filter(
        (e) => !e.placeholder,
      ).length;
      if (n >= rule.count) return [];
      return [
        docFinding(
          'min-items',
          `section "${name}" has ${n} item${n === 1 ? '' : 's'}; the template asks for at least ${rule.count}`,
          at,
          idx,
        ),
      ];
    }
    case 'five-whys':
      return checkFiveWhys(p.body, name, idx, at);
    case 'timeline':
      return checkTimeline(p.body, name, idx, at);
    case 'action-items':
      return actionItems(p, at, definitions);
    case 'escalation':
      return escalation(p, at, directory);
    case 'dashboard-link':
      // A `{{ grafana_url }}` link target is already a docs/placeholder finding: one cause, one finding.
      // A URL the site writes (`{{ site.grafana }}/d/checkout`) is not this check's to judge.
      if (
        links(p.body, definitions).some(
          (l) => /^https?:\/\//i.test(l.url) || hasPlaceholder(l.url) || fromSiteGenerator(l.url),
        )
      )
        return [];
      return [
        docFinding(
          'runbook-dashboard',
          `section "${name}" links no dashboard: add at least one http(s) link`,
          at,
          idx,
        ),
      ];
  }
}

/**
 * A list item that only names the items nested under it: `- **Check the graphs**` or `- Look at these:`.
 * A step with details under it ("1. Open the dashboard and check the depth.") is one item.
 */
function isGroupLabel(e: Entry): boolean {
  if (e.node.type !== 'listItem' || !e.nested) return false;
  const first = e.node.children[0];
  if (first?.type !== 'paragraph') return false;
  const bold = first.children.every(
    (c) => c.type === 'strong' || (c.type === 'text' && c.value.trim() === ''),
  );
  return bold || (e.cells[0] ?? '').endsWith(':');
}

/** The section has content, and all of it is still the template's `{{ … }}` text. */
function onlyPlaceholders(body: readonly RootContent[]): boolean {
  const blocks = body.filter((b) => b.type !== 'html' && b.type !== 'heading');
  if (blocks.length === 0) return false;
  return blocks.every((b) =>
    b.type === 'list' || b.type === 'table'
      ? entriesOf([b]).every((e) => e.placeholder)
      : hasPlaceholder(textOf(b)),
  );
}

/** An issue reference: #123, org/repo#123 or a tracker key like OPS-42. */
const ISSUE_REF = /(?:^|[^\w/])(?:[\w.-]+\/[\w.-]+)?#\d+\b/;
const TRACKER_KEY = /\b([A-Z][A-Z0-9]+)-\d+\b/g;
/** Words shaped like a tracker key that name something else: SEV-2, UTF-8, ISO-8601, CVE-2026-1. */
const NOT_TRACKERS = new Set([
  'SEV',
  'UTF',
  'ISO',
  'SHA',
  'TLS',
  'SSL',
  'HTTP',
  'IPV',
  'CVE',
  'RFC',
]);

function hasIssueRef(text: string): boolean {
  if (ISSUE_REF.test(text)) return true;
  for (const m of text.matchAll(TRACKER_KEY)) if (!NOT_TRACKERS.has(m[1]!)) return true;
  return false;
}

function isTracked(nodes: readonly Nodes[], text: string, definitions: Definitions): boolean {
  return links(nodes, definitions).some((l) => l.url !== '') || hasIssueRef(text);
}

/** The action items of a section: its entries, an item that is only a category standing for its own. */
function actionEntries(body: readonly RootContent[], definitions: Definitions): Entry[] {
  return expandGroups(entriesOf(body), (e) => {
    const head = e.cells[0] ?? '';
    const first = e.node.children[0];
    return hasOwner(head) || (first !== undefined && isTracked([first], head, definitions));
  });
}

function hasOwner(text: string): boolean {
  return handlesIn(text).some((h) => isHandle(h));
}

function actionItems(p: PresentSection, at: Point, definitions: Definitions): DocFinding[] {
  const all = actionEntries(p.body, definitions);
  const entries = all.filter((e) => !e.placeholder);
  const idx = p.section.index;
  if (entries.length === 0 && all.length > 0) return [];
  if (entries.length === 0) {
    return [
      docFinding(
        'action-item-owner',
        `section "${p.section.title}" lists no action items`,
        at,
        idx,
      ),
    ];
  }
  const out: DocFinding[] = [];
  const columns = actionColumns(p.body);
  for (const e of entries) {
    const row = e.node.type === 'tableRow' ? columns.get(e.node) : undefined;
    const label = clip(row ? row.label(e.cells) : e.text);
    if (!hasOwner(e.text)) {
      const said = row?.owner === undefined ? '' : (e.cells[row.owner] ?? '');
      const cell = cellOf(e, row?.owner);
      out.push(
        docFinding(
          'action-item-owner',
          `action item "${label}" names no owner (@user or @org/team)${said ? `: its ${row!.ownerHeader} cell says "${clip(said)}"` : ''}`,
          cell ?? e.at,
          idx,
        ),
      );
    }
    const linked = isTracked([e.node], e.text, definitions);
    if (!linked) {
      out.push(
        docFinding(
          'action-item-link',
          `action item "${label}" has no tracking link or issue reference (#123, OPS-42, a URL)`,
          cellOf(e, row?.tracking) ?? e.at,
          idx,
        ),
      );
    }
  }
  return out;
}

/** A table's owner column (`Owner`, `DRI`, `Assignee`, …), and which cell names the action. */
interface ActionColumns {
  owner: number | undefined;
  tracking: number | undefined;
  ownerHeader: string;
  label(cells: readonly string[]): string;
}

const OWNER_HEADER = /^(?:owners?|dri|assignees?|assigned to|who|responsible|accountable)$/i;
const TRACKING_HEADER = /\b(?:tracking|tickets?|issues?|jira|links?)\b/i;
/** Bookkeeping columns: a ticket, a status, a date, never the action itself. */
const BOOKKEEPING_HEADER = /\b(?:tracking|tickets?|issues?|jira|links?|pr|status|due|priority)\b/i;

/** Where a finding about one cell of a row points: its text, or the cell when it is empty. */
function cellOf(e: Entry, column: number | undefined): Point | undefined {
  if (column === undefined || e.node.type !== 'tableRow') return undefined;
  const cell = e.node.children[column];
  return cell ? startOf(cell.children[0] ?? cell) : undefined;
}

/** Per table row of the section: where its owner is, so a finding can point there and quote the action. */
function actionColumns(body: readonly RootContent[]): Map<Nodes, ActionColumns> {
  const out = new Map<Nodes, ActionColumns>();
  for (const block of body) {
    if (block.type !== 'table') continue;
    const header = block.children[0]?.children.map((c) => textOf(c).trim()) ?? [];
    const owner = header.findIndex((h) => OWNER_HEADER.test(h));
    const tracking = header.findIndex((h) => TRACKING_HEADER.test(h));
    const columns: ActionColumns = {
      owner: owner >= 0 ? owner : undefined,
      tracking: tracking >= 0 ? tracking : undefined,
      ownerHeader: owner >= 0 ? header[owner]! : '',
      // The first cell that is neither the owner nor bookkeeping (a ticket, a status): the action.
      label: (cells) =>
        cells.find(
          (c, i) => c !== '' && i !== owner && !BOOKKEEPING_HEADER.test(header[i] ?? ''),
        ) ??
        cells[0] ??
        '',
    };
    for (const row of block.children.slice(1)) out.set(row, columns);
  }
  return out;
}

function escalation(p: PresentSection, at: Point, directory: EscalationDirectory): DocFinding[] {
  const idx = p.section.index;
  const known = directory.teams.size + directory.policies.size > 0;
  const mentions = mentionsIn(p.body);
  const named = mentions.filter((m) =>
    m.handle
      ? directory.teams.has(m.token.toLowerCase())
      : directory.policies.has(m.token.toLowerCase()),
  );
  if (named.length > 0) return [];
  const teams = mentions.filter((m) => m.handle && m.token.includes('/'));
  if (!known) {
    // Nothing to verify against: a named team is the best evidence there is.
    if (teams.length > 0) return [];
    return [
      docFinding(
        'runbook-escalation',
        `section "${p.section.title}" names no team to escalate to (@org/team)`,
        at,
        idx,
      ),
    ];
  }
  const unknown = teams.map((m) => m.token);
  const why =
    unknown.length > 0
      ? `; ${unknown.join(', ')} ${unknown.length === 1 ? 'is' : 'are'} neither in CODEOWNERS nor in the on-call config`
      : '';
  return [
    docFinding(
      'runbook-escalation',
      `section "${p.section.title}" names no team or escalation policy known to CODEOWNERS or the on-call config${why}`,
      teams[0]?.at ?? at,
      idx,
    ),
  ];
}

interface Mention {
  token: string;
  handle: boolean;
  at: Point;
}

/** `@handles` and bare words (candidate policy names) in the section's text and inline code. */
function mentionsIn(body: readonly RootContent[]): Mention[] {
  const out: Mention[] = [];
  for (const block of body) {
    walk(block, (node) => {
      if (node.type === 'code' || node.type === 'html') return false;
      if (node.type !== 'text' && node.type !== 'inlineCode') return;
      const start = startOf(node);
      const shift = node.type === 'inlineCode' ? 1 : 0;
      for (const m of node.value.matchAll(/@?[A-Za-z0-9][\w.-]*(?:\/[\w.-]+)?/g)) {
        const token = m[0].replace(/[.]+$/, '');
        out.push({
          token,
          handle: token.startsWith('@'),
          at: pointIn(node.value, m.index, start, shift),
        });
      }
    });
  }
  return out;
}

function handlesIn(text: string): string[] {
  return [...text.matchAll(/(?:^|[^\w.@])(@[\w-]+(?:\/[\w.-]+)?)/g)].map((m) => m[1]!);
}

/**
 * The links of these nodes (HTML `<a href>` and `<img src>` too), a reference link by the URL of its
 * definition (wherever that is).
 */
export function links(
  nodes: readonly Nodes[],
  definitions: Definitions = new Map(),
): { url: string; at: Point }[] {
  const out: { url: string; at: Point }[] = [];
  for (const n of nodes) {
    walk(n, (node) => {
      if (node.type === 'link' || node.type === 'image' || node.type === 'definition')
        out.push({ url: node.url, at: startOf(node) });
      else if (node.type === 'html') {
        for (const tag of htmlLinks(node.value))
          out.push({ url: tag.url, at: pointIn(node.value, tag.index, startOf(node)) });
      } else if (node.type === 'linkReference' || node.type === 'imageReference') {
        const url = definitions.get(node.identifier);
        if (url !== undefined) out.push({ url, at: startOf(node) });
      } else if (node.type === 'text' && node.value.includes('{{') && node.value.includes('](')) {
        // `[Overview]({{ site.grafana }}/d/x)`: the spaces make it text here, a link once Jekyll
        // has filled it in.
        for (const m of node.value.matchAll(SITE_LINK)) {
          if (fromSiteGenerator(m[1]!))
            out.push({ url: m[1]!, at: pointIn(node.value, m.index, startOf(node)) });
        }
      }
    });
  }
  return out;
}

const SITE_LINK = /\[[^\]\n]*\]\(([^()\n]*\{\{[^()\n]*\}\}[^()\n]*)\)/g;

/**
 * The link reference definitions of a document, gathered in the shared walk (a definition may stand
 * in any container: a list, a quote); the first of a label wins, as in CommonMark.
 */
export function definitionVisitor(): Visitor & { definitions: Map<string, string> } {
  const definitions = new Map<string, string>();
  return {
    definitions,
    enter(node) {
      if (node.type === 'definition' && !definitions.has(node.identifier))
        definitions.set(node.identifier, node.url);
    },
  };
}
