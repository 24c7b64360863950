import { redactSecrets } from '../../core/sanitize.js';
import type { SyncDecision, SyncOperation, SyncOpKind } from './types.js';

/** What a sweep did, for the log, the Action's job summary and tests. */

export interface PlannedOp {
  kind: SyncOpKind;
  key: string;
  issue?: number;
  reason: string;
  writes: number;
}

export type OpOutcome =
  /** Applied now. */
  | 'done'
  /** An earlier, interrupted run had already posted the comment; only the issue was brought up to date. */
  | 'resumed'
  /** Another run created the issue in the meantime: it was updated instead of duplicated. */
  | 'found-existing'
  | 'failed';

export interface AppliedOp extends PlannedOp {
  outcome: OpOutcome;
  /** The issue's number after the operation (new for creates). */
  issueNumber?: number;
  detail?: string;
}

export interface SyncCounts {
  created: number;
  updated: number;
  closed: number;
  reopened: number;
  /** Comments posted: state changes, escalations, reopen and close notes. */
  commented: number;
  escalated: number;
  /** Planned operations not applied: dry run, budget spent, or the sweep stopped. */
  skipped: number;
  failed: number;
}

export interface FlagSyncResult {
  dryRun: boolean;
  /** `owner/repo@sha`. */
  target: string;
  counts: SyncCounts;
  /** Every planned operation, in the order they are applied. */
  planned: PlannedOp[];
  applied: AppliedOp[];
  /** Planned but not applied; the next sweep re-plans them from the issues. */
  remaining: PlannedOp[];
  labelsCreated: string[];
  /** Flags and issues left alone, with why. */
  decisions: SyncDecision[];
  writes: number;
  budget: number;
  /** Why the sweep ended before applying everything (budget, a GitHub error), if it did. */
  stopped?: string;
  /** Set when the sweep could not do its job: the caller should fail the run. */
  error?: string;
}

export function plannedOf(op: SyncOperation): PlannedOp {
  const p: PlannedOp = { kind: op.kind, key: op.key, reason: op.reason, writes: op.writes };
  if (op.issue !== undefined) p.issue = op.issue;
  return p;
}

export function emptyCounts(): SyncCounts {
  return {
    created: 0,
    updated: 0,
    closed: 0,
    reopened: 0,
    commented: 0,
    escalated: 0,
    skipped: 0,
    failed: 0,
  };
}

/** The job summary section (Markdown). */
/** The job summary of a sweep; error texts may quote a server's answer, so credentials are redacted. */
export function renderFlagSyncSummary(result: FlagSyncResult): string {
  return redactSecrets(renderSummaryUnredacted(result));
}

function renderSummaryUnredacted(result: FlagSyncResult): string {
  const c = result.counts;
  const lines: string[] = [
    `### Feature flag issues${result.dryRun ? ' (dry run: nothing was changed)' : ''}`,
    '',
  ];
  lines.push(`Swept ${result.target}: ${result.writes} of ${result.budget} writes used.`, '');
  if (result.error) lines.push(`> **Error:** ${result.error}`, '');
  else if (result.stopped) lines.push(`> **Stopped early:** ${result.stopped}`, '');
  lines.push(
    '| created | updated | closed | reopened | commented | escalated | skipped | failed |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|',
    `| ${c.created} | ${c.updated} | ${c.closed} | ${c.reopened} | ${c.commented} | ${c.escalated} | ${c.skipped} | ${c.failed} |`,
    '',
  );
  if (result.labelsCreated.length > 0)
    lines.push(`Labels created: ${result.labelsCreated.map((l) => `\`${l}\``).join(', ')}`, '');
  const rows: { outcome: string; key: string; issue?: number; reason: string; detail?: string }[] =
    result.dryRun
      ? result.planned.map((p) => ({ ...p, outcome: 'planned' }))
      : result.applied.map((a) => ({ ...a, issue: a.issueNumber ?? a.issue }));
  if (rows.length > 0) {
    lines.push('| | flag | issue | what |', '|---|---|---|---|');
    for (const r of rows) {
      lines.push(
        `| ${r.outcome} | \`${r.key}\` | ${r.issue === undefined ? '' : `#${r.issue}`} | ${cell(r.reason)}${r.detail ? ` — ${cell(r.detail)}` : ''} |`,
      );
    }
    lines.push('');
  }
  if (!result.dryRun && result.remaining.length > 0) {
    lines.push(
      `<details><summary>${result.remaining.length} operation(s) left for the next sweep</summary>`,
      '',
    );
    for (const r of result.remaining) lines.push(`- \`${r.key}\`: ${cell(r.reason)}`);
    lines.push('', '</details>', '');
  }
  if (rows.length === 0 && !result.error) lines.push('Every flag issue is up to date.', '');
  return lines.join('\n');
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
