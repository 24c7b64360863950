import { redactFinding } from '../core/sanitize.js';
import pc from 'picocolors';
import type { Finding, Severity } from '../findings.js';
import { countFindings, formatLocation, sortFindings } from '../findings.js';
import { formatCounts } from './summary.js';

export interface TextOptions {
  /** Emit ANSI colours. The caller decides (TTY, NO_COLOR, --color); nothing here looks at the environment. */
  color: boolean;
  /** What was checked, e.g. the repository path or `owner/repo`. */
  label?: string;
  /** List notice-severity findings (default true). They are still counted in the summary when hidden. */
  notices?: boolean;
  /** Terminal width in columns: lines wrap to it. Absent (a pipe, a file): one line per finding. */
  width?: number;
}

/** Location column never pads wider than this, so one long path does not push every message off-screen. */
const MAX_LOCATION_WIDTH = 48;
const SEVERITY_WIDTH = 'warning'.length;
const REPOSITORY_LOCATION = '(repository)';

/**
 * Repository content (file names, flag names, messages quoting it) is untrusted: a control character could
 * move the cursor or recolour the terminal, so every C0/C1 control except newline is shown as a visible escape.
 */
export function sanitizeForTerminal(text: string): string {
  let out = '';
  for (const ch of text.replace(/\r\n/g, '\n')) {
    const code = ch.charCodeAt(0);
    const control = code < 0x20 || (code >= 0x7f && code <= 0x9f);
    if (!control || ch === '\n') out += ch;
    else if (ch === '\t') out += ' ';
    else out += `\\x${code.toString(16).padStart(2, '0')}`;
  }
  return out;
}

/**
 * What the `↳` line under a finding means, printed once under a report that has one: the routing of
 * src/codeowners/enrich.ts and, for CODEOWNERS itself, of the codeowners check — not what people guess.
 */
export const OWNERS_LEGEND =
  '↳ who acts on the finding above: the owners it names (a flag’s owner), else the CODEOWNERS owners of its file — so for a finding in CODEOWNERS itself, the owners of the CODEOWNERS file, who fix it, not the owners of the broken rule’s paths — and the escalation policy of the first owner that has one.';

/** Below this many columns for the message, wrapping under the message column is unreadable: indent 4 instead. */
const MIN_MESSAGE_WIDTH = 32;
/** Columns kept beside the location and severity for the start of the message, however long the paths. */
const MIN_FIRST_LINE = 16;
const NARROW_INDENT = '    ';

/**
 * Terminal report: findings grouped by file (repository-wide first), then a summary line. With `width` (the
 * terminal's), lines wrap at spaces with continuation lines indented under the message; a finding's message,
 * rule id and `↳` line stay together, and a path or word longer than the line is never cut.
 */
function renderTextUnredacted(findings: readonly Finding[], options: TextOptions): string {
  const c = pc.createColors(options.color);
  const label = options.label === undefined ? undefined : sanitizeForTerminal(options.label);
  const where = label ? ` in ${label}` : '';
  const counts = countFindings(findings);

  // `in .` (the current directory) takes no second full stop.
  if (findings.length === 0)
    return `${c.green('✔')} No problems found${where}${where.endsWith('.') ? '' : '.'}\n`;

  const showNotices = options.notices ?? true;
  const shown = sortFindings(findings.filter((f) => showNotices || f.severity !== 'notice'));
  const hiddenNotices = findings.length - shown.length;

  const locations = shown.map((f) => sanitizeForTerminal(formatLocation(f)) || REPOSITORY_LOCATION);
  const width = options.width !== undefined && options.width > 0 ? options.width : Infinity;
  // On a narrow terminal the padding shrinks too: a location wider than it overflows only its own line.
  const locCap = Math.min(
    MAX_LOCATION_WIDTH,
    Math.max(0, width - 2 - SEVERITY_WIDTH - 2 - MIN_FIRST_LINE),
  );
  const locWidth = Math.max(0, ...locations.map((l) => l.length).filter((n) => n <= locCap));
  // Continuation lines (wrapped or multi-line messages, owners) start under the message column.
  const messageColumn = locWidth + 2 + SEVERITY_WIDTH + 2;
  const indent =
    width - messageColumn >= MIN_MESSAGE_WIDTH ? ' '.repeat(messageColumn) : NARROW_INDENT;
  const paint: Record<Severity, (s: string) => string> = {
    error: c.red,
    warning: c.yellow,
    notice: c.blue,
  };

  const lines: string[] = [];
  let previousFile: string | undefined;
  let routed = false;
  shown.forEach((f, i) => {
    const file = f.file ?? '';
    if (i > 0 && file !== previousFile) lines.push('');
    previousFile = file;

    const location = locations[i] ?? '';
    const prefix = `${c.underline(location.padEnd(locWidth))}  ${(paint[f.severity] ?? c.blue)(f.severity.padEnd(SEVERITY_WIDTH))}  `;
    const prefixWidth = Math.max(location.length, locWidth) + 2 + SEVERITY_WIDTH + 2;
    const rule = `[${sanitizeForTerminal(f.ruleId)}]`;
    const [first = '', ...rest] = sanitizeForTerminal(f.message).split('\n');
    // The rule id is the last word of the first paragraph, so it never lands alone on a line of its own.
    const dimRule = (line: string): string =>
      line.endsWith(rule) ? `${line.slice(0, -rule.length)}${c.dim(rule)}` : line;
    const firstWidth = width - prefixWidth;
    const head = wrap(`${first}  ${rule}`, firstWidth, width - indent.length);
    if ((head[0] ?? '').length > firstWidth) {
      // Not even the first word fits beside a long location: the message starts on the next line, and
      // the severity too when the location leaves no room for it.
      const severity = (paint[f.severity] ?? c.blue)(f.severity);
      const alone = location.length + 2 + f.severity.length > width;
      lines.push(alone ? c.underline(location) : `${c.underline(location)}  ${severity}`);
      const lead = alone ? f.severity.length + 2 : 0;
      const rest = width - indent.length;
      wrap(`${first}  ${rule}`, rest - lead, rest).forEach((line, n) =>
        lines.push(`${indent}${n === 0 && alone ? `${severity}  ` : ''}${dimRule(line)}`),
      );
    } else {
      head.forEach((line, n) =>
        lines.push(n === 0 ? `${prefix}${dimRule(line)}` : `${indent}${dimRule(line)}`),
      );
    }
    for (const more of rest) {
      for (const line of wrap(more, width - indent.length, width - indent.length))
        lines.push(`${indent}${line}`);
    }

    const who: string[] = [];
    if (f.owners && f.owners.length > 0) {
      who.push(`owners: ${f.owners.map(sanitizeForTerminal).join(', ')}`);
    }
    if (f.escalation) who.push(`escalation: ${sanitizeForTerminal(f.escalation)}`);
    if (who.length > 0) {
      routed = true;
      const body = wrap(`↳ ${who.join(' · ')}`, width - indent.length, width - indent.length - 2);
      body.forEach((line, n) => lines.push(c.dim(`${indent}${n === 0 ? '' : '  '}${line}`)));
    }
  });

  const symbol = counts.errors > 0 ? c.red('✖') : counts.warnings > 0 ? c.yellow('⚠') : c.blue('ℹ');
  const hidden =
    hiddenNotices > 0
      ? ` (${hiddenNotices} ${hiddenNotices === 1 ? 'notice' : 'notices'} not shown)`
      : '';
  lines.push('');
  if (routed)
    for (const line of wrap(OWNERS_LEGEND, width, width - 2).map((l, n) =>
      n === 0 ? l : `  ${l}`,
    ))
      lines.push(c.dim(line));
  lines.push(`${symbol} ${c.bold(formatCounts(counts))}${where}${hidden}`);
  return `${lines.join('\n')}\n`;
}

/**
 * Greedy word wrap at spaces: `firstWidth` columns for the first line, `restWidth` for the others. Runs of
 * spaces inside a line are kept (the two before a rule id); a word wider than the line stays whole.
 */
export function wrap(text: string, firstWidth: number, restWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  let limit = firstWidth;
  for (const token of text.split(/(?<= )(?=\S)/)) {
    const word = token.trimEnd();
    if (line !== '' && line.length + word.length > limit) {
      lines.push(line.trimEnd());
      line = '';
      limit = restWidth;
    }
    line += token;
  }
  lines.push(line.trimEnd());
  return lines;
}

/** Credentials in finding texts are redacted first (src/core/sanitize.ts), as in every output. */
export function renderText(findings: readonly Finding[], options: TextOptions): string {
  return renderTextUnredacted(findings.map(redactFinding), options);
}
