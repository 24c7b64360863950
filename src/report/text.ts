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

/** Terminal report: findings grouped by file (repository-wide first), one line each, then a summary line. */
function renderTextUnredacted(findings: readonly Finding[], options: TextOptions): string {
  const c = pc.createColors(options.color);
  const label = options.label === undefined ? undefined : sanitizeForTerminal(options.label);
  const where = label ? ` in ${label}` : '';
  const counts = countFindings(findings);

  if (findings.length === 0) return `${c.green('✔')} No problems found${where}.\n`;

  const showNotices = options.notices ?? true;
  const shown = sortFindings(findings.filter((f) => showNotices || f.severity !== 'notice'));
  const hiddenNotices = findings.length - shown.length;

  const locations = shown.map((f) => sanitizeForTerminal(formatLocation(f)) || REPOSITORY_LOCATION);
  const locWidth = Math.min(MAX_LOCATION_WIDTH, Math.max(0, ...locations.map((l) => l.length)));
  // Continuation lines (multi-line messages, owners) start under the message column.
  const indent = ' '.repeat(locWidth + 2 + SEVERITY_WIDTH + 2);
  const paint: Record<Severity, (s: string) => string> = {
    error: c.red,
    warning: c.yellow,
    notice: c.blue,
  };

  const lines: string[] = [];
  let previousFile: string | undefined;
  shown.forEach((f, i) => {
    const file = f.file ?? '';
    if (i > 0 && file !== previousFile) lines.push('');
    previousFile = file;

    const [first = '', ...rest] = sanitizeForTerminal(f.message).split('\n');
    const location = c.underline((locations[i] ?? '').padEnd(locWidth));
    const severity = (paint[f.severity] ?? c.blue)(f.severity.padEnd(SEVERITY_WIDTH));
    const rule = c.dim(`[${sanitizeForTerminal(f.ruleId)}]`);
    lines.push(`${location}  ${severity}  ${first}  ${rule}`);
    for (const more of rest) lines.push(`${indent}${more}`);

    const who: string[] = [];
    if (f.owners && f.owners.length > 0)
      who.push(`owners: ${f.owners.map(sanitizeForTerminal).join(', ')}`);
    if (f.escalation) who.push(`escalation: ${sanitizeForTerminal(f.escalation)}`);
    if (who.length > 0) lines.push(c.dim(`${indent}↳ ${who.join(' · ')}`));
  });

  const symbol = counts.errors > 0 ? c.red('✖') : counts.warnings > 0 ? c.yellow('⚠') : c.blue('ℹ');
  const hidden =
    hiddenNotices > 0
      ? ` (${hiddenNotices} ${hiddenNotices === 1 ? 'notice' : 'notices'} not shown)`
      : '';
  lines.push('', `${symbol} ${c.bold(formatCounts(counts))}${where}${hidden}`);
  return `${lines.join('\n')}\n`;
}

/** Credentials in finding texts are redacted first (src/core/sanitize.ts), as in every output. */
export function renderText(findings: readonly Finding[], options: TextOptions): string {
  return renderTextUnredacted(findings.map(redactFinding), options);
}
