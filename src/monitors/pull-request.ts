import type { PullRequestContext, PullRequestReview } from '../core/module.js';
import type { FileDiff } from '../repo/diff.js';
import { escapeMarkdownCell } from '../report/markdown.js';
import type { MonitorRow, MonitorsReport } from './analyze.js';
import type { LineSpan } from './types.js';

/**
 * A pull request's own monitors: the findings of the monitors it adds or changes (a changed line inside
 * their definition), problems of the monitor files it touches, and a comment section listing those
 * monitors with their runbooks — plus the runbooks it changes that paging monitors link.
 */
export function reviewMonitors(ctx: PullRequestContext, report: MonitorsReport): PullRequestReview {
  const changed = report.rows
    .map((row, i) => ({ row, monitor: report.monitors[i]!, lines: report.monitors[i]!.lines }))
    .filter(({ row, monitor }) => {
      const diff = ctx.diff.files.get(row.file);
      const inherited = monitor.source === 'prometheus' ? monitor.groupLabels : undefined;
      const via = report.pagedVia.get(row);
      return (
        touches(diff, monitor.lines) ||
        (inherited !== undefined && touches(diff, inherited)) ||
        // A route change that makes the alert page changes it too.
        (via !== undefined && via.decidedBy.some((s) => touches(ctx.diff.files.get(via.file), s)))
      );
    });
  const spans = new Map<string, LineSpan[]>();
  report.rows.forEach((row, i) => {
    spans.set(row.file, [...(spans.get(row.file) ?? []), report.monitors[i]!.lines]);
  });
  const changedSpans = new Map<string, LineSpan[]>();
  for (const { row, lines } of changed) {
    changedSpans.set(row.file, [...(changedSpans.get(row.file) ?? []), lines]);
  }
  const findings = report.findings.filter((f) => {
    if (f.file === undefined || f.line === undefined) return false;
    const line = f.line;
    const inside = (s: LineSpan): boolean => s.start <= line && line <= s.end;
    // A monitor's finding belongs to the change when the monitor does (also when only an Alertmanager route
    // it pages through changed); a file's own problems (invalid JSON, an entry that is no monitor) when the
    // file does.
    if ((changedSpans.get(f.file) ?? []).some(inside)) return true;
    const diff = ctx.diff.files.get(f.file);
    if (!diff || diff.status === 'removed') return false;
    return !(spans.get(f.file) ?? []).some(inside);
  });
  const runbooks = changedRunbooks(ctx, report.rows);
  if (changed.length === 0 && runbooks.length === 0 && findings.length === 0) return { findings };
  return {
    findings,
    section: {
      title: 'Monitors',
      markdown: sectionMarkdown(
        changed.map((c) => c.row),
        runbooks,
        report,
      ),
    },
  };
}

function touches(diff: FileDiff | undefined, lines: LineSpan): boolean {
  if (!diff || diff.status === 'removed' || diff.status === 'unchanged') return false;
  if (diff.addedLines === null) return true;
  for (const line of diff.addedLines) if (line >= lines.start && line <= lines.end) return true;
  return false;
}

interface ChangedRunbook {
  path: string;
  rows: MonitorRow[];
}

/** Runbooks this pull request edits that paging monitors link, wherever those monitors are. */
function changedRunbooks(ctx: PullRequestContext, rows: readonly MonitorRow[]): ChangedRunbook[] {
  const byPath = new Map<string, MonitorRow[]>();
  for (const row of rows) {
    if (!row.paging || row.runbook === null) continue;
    const diff = ctx.diff.files.get(row.runbook);
    if (!diff || diff.status === 'unchanged') continue;
    byPath.set(row.runbook, [...(byPath.get(row.runbook) ?? []), row]);
  }
  return [...byPath].map(([path, linked]) => ({ path, rows: linked }));
}

const STATUS: Record<NonNullable<MonitorRow['runbookStatus']>, string> = {
  ok: '✅',
  failing: '⚠️ fails its checks:',
  'not-found': '❌ not found:',
  missing: '❌ no runbook',
};

function sectionMarkdown(
  changed: readonly MonitorRow[],
  runbooks: readonly ChangedRunbook[],
  report: MonitorsReport,
): string {
  const out: string[] = [];
  const paging = changed.filter((r) => r.paging);
  if (paging.length > 0) {
    out.push('Paging monitors this pull request adds or changes:', '');
    out.push('| Monitor | Where | Pages | Runbook |', '| --- | --- | --- | --- |');
    for (const r of paging) {
      const via = report.pagedVia.get(r);
      const pagers =
        r.handles.length > 0
          ? r.handles.join(' ')
          : via
            ? `${via.receiver} (\`${via.file}:${via.line}\`)`
            : 'severity';
      const runbook =
        r.runbookStatus === null
          ? ''
          : `${STATUS[r.runbookStatus]}${r.runbook ? ` \`${r.runbook}\`` : ''}`;
      out.push(
        `| ${escapeMarkdownCell(r.name)} | \`${r.file}:${r.line}\` | ${escapeMarkdownCell(pagers)} | ${escapeMarkdownCell(runbook)} |`,
      );
    }
    out.push('');
  }
  const quiet = changed.filter((r) => !r.paging);
  if (quiet.length > 0) {
    out.push(
      `Changed monitors that page nobody: ${quiet.map((r) => escapeMarkdownCell(r.name)).join(', ')}.`,
      '',
    );
  }
  for (const rb of runbooks) {
    const status = rb.rows[0]!.runbookStatus === 'ok' ? 'passes its checks' : 'fails its checks';
    out.push(
      `This pull request changes the runbook \`${rb.path}\`, linked by ${rb.rows.length} paging monitor${rb.rows.length === 1 ? '' : 's'} (${rb.rows.map((r) => escapeMarkdownCell(r.name)).join(', ')}): it ${status}.`,
      '',
    );
  }
  const { valid, paging: all } = report.coverage;
  out.push(`With this change, ${valid} of ${all} paging monitors link a valid runbook.`);
  return out.join('\n');
}
