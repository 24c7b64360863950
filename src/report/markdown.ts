import { redactFinding } from '../core/sanitize.js';
import type { Finding, Severity } from '../findings.js';
import { countFindings, formatLocation, sortFindings } from '../findings.js';
import { formatCounts, severityRank, truncateText } from './summary.js';

export interface MarkdownOptions {
  /** Heading text (default `ops-steward report`). */
  title?: string;
  /** What was checked, shown after the counts. */
  label?: string;
  /** Table rows before the rest is summarised as "N more not shown" (default 200). */
  maxRows?: number;
  /** Hard cap on the output length in UTF-16 code units (default: GitHub's comment limit). */
  maxChars?: number;
}

/** GitHub rejects issue/PR comments longer than this. The job summary allows more, so this bound suits both. */
export const GITHUB_COMMENT_LIMIT = 65536;
export const DEFAULT_MAX_ROWS = 200;
const DEFAULT_TITLE = 'ops-steward report';
/** Longest message kept in a cell: a single pathological message must not crowd out every other row. */
const MAX_CELL_CHARS = 500;
const MAX_HEADING_CHARS = 200;

const SEVERITY_CELL: Record<Severity, string> = {
  error: '❌ error',
  warning: '⚠️ warning',
  notice: 'ℹ️ notice',
};

/**
 * Escapes text for a GFM table cell: Markdown punctuation, HTML (GitHub would swallow `<tag>`), pipes (which
 * would split the cell) and newlines (which would end the row, so they become `<br>`).
 * `@name` gets a zero-width space so quoting a handle in a message does not notify that person on every PR.
 * Balanced single-backtick spans, which checks use to quote names, stay code spans.
 */
export function escapeMarkdownCell(text: string): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(/`([^`\r\n]+)`/g)) {
    out += escapeMarkdownText(text.slice(last, m.index)) + markdownCode(m[1] ?? '');
    last = m.index + m[0].length;
  }
  return out + escapeMarkdownText(text.slice(last));
}

function escapeMarkdownText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[|*_`[\]~#]/g, (ch) => `\\${ch}`)
    .replace(/@(?=[A-Za-z0-9])/g, '@\u200b')
    .replace(/\r\n|\r|\n/g, '<br>');
}

/**
 * An inline code span that survives any content: the fence is longer than any backtick run inside, and pipes
 * are still escaped because GFM splits table cells before it parses code spans. Mentions inside code spans
 * do not notify, so owners can be shown verbatim.
 */
export function markdownCode(text: string): string {
  const flat = text.replace(/\r\n|\r|\n/g, ' ').replace(/\|/g, '\\|');
  const longestRun = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

function row(f: Finding): string {
  const location = formatLocation(f);
  const cells = [
    SEVERITY_CELL[f.severity] ?? escapeMarkdownCell(String(f.severity)),
    location ? markdownCode(truncateText(location, MAX_CELL_CHARS)) : '_repository_',
    escapeMarkdownCell(truncateText(f.message, MAX_CELL_CHARS)),
    markdownCode(truncateText(f.ruleId, MAX_CELL_CHARS)),
    (f.owners ?? []).map((o) => markdownCode(truncateText(o, MAX_CELL_CHARS))).join(', '),
  ];
  return `| ${cells.join(' | ')} |`;
}

function moreLine(n: number): string {
  return `_… and ${n} more not shown._`;
}

/**
 * Report for a PR comment or the job summary. Errors come first so that, when the table is cut, what drops
 * off is the least important; the output never exceeds `maxChars`.
 */
function renderMarkdownUnredacted(
  findings: readonly Finding[],
  options: MarkdownOptions = {},
): string {
  const maxChars = options.maxChars ?? GITHUB_COMMENT_LIMIT;
  const maxRows = Math.max(0, Math.floor(options.maxRows ?? DEFAULT_MAX_ROWS)) || 0;
  const title = escapeMarkdownCell(truncateText(options.title ?? DEFAULT_TITLE, MAX_HEADING_CHARS));
  const where = options.label
    ? ` in ${markdownCode(truncateText(options.label, MAX_HEADING_CHARS))}`
    : '';
  const head = `## ${title}\n\n`;

  if (findings.length === 0) return fit(`${head}✅ No problems found${where}.\n`, maxChars);

  const summary = `**${formatCounts(countFindings(findings))}**${where}\n`;
  const ordered = sortFindings(findings).sort(
    (a, b) => severityRank(a.severity) - severityRank(b.severity),
  );
  const tableHead =
    '\n| Severity | Location | Message | Rule | Owners |\n| --- | --- | --- | --- | --- |\n';

  // Reserve room for the "more" line at its longest, then add rows while they fit.
  const reserve = moreLine(ordered.length).length + 2;
  let out = head + summary;
  let body = '';
  let rows = 0;
  for (const f of ordered) {
    if (rows >= maxRows) break;
    const line = `${row(f)}\n`;
    const tableLength = rows === 0 ? tableHead.length : 0;
    if (out.length + tableLength + body.length + line.length + reserve > maxChars) break;
    body += (rows === 0 ? tableHead : '') + line;
    rows++;
  }
  out += body;
  const omitted = ordered.length - rows;
  if (omitted > 0) out += `\n${moreLine(omitted)}\n`;
  return fit(out, maxChars);
}

/** Last-resort guard for absurdly small `maxChars`: never hand GitHub something it will reject. */
function fit(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  if (maxChars < 1) return '';
  let cut = text.slice(0, Math.max(0, maxChars - 1));
  // Do not leave half of a surrogate pair behind.
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/** Credentials in finding texts are redacted first (src/core/sanitize.ts), as in every output. */
export function renderMarkdown(
  findings: readonly Finding[],
  options: MarkdownOptions = {},
): string {
  return renderMarkdownUnredacted(findings.map(redactFinding), options);
}
