/** The one result type every check returns and every renderer consumes. */
export type Severity = 'error' | 'warning' | 'notice';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'notice'];

export interface Finding {
  /** Stable rule id, `domain/rule` (e.g. `flags/expired`, `config/unknown-key`). */
  ruleId: string;
  severity: Severity;
  message: string;
  /** Repository-relative path with forward slashes; absent for repository-wide findings. */
  file?: string;
  /** 1-based. */
  line?: number;
  /** 1-based. */
  column?: number;
  endLine?: number;
  endColumn?: number;
  /** Who should act on it: `@user`, `@org/team` or an email. */
  owners?: string[];
  /** Free-form escalation hint (policy name or next level), filled by the ownership mapping. */
  escalation?: string;
  /** Line-independent identity across runs (src/core/fingerprint.ts), set by the engine: SARIF and the baseline use it. */
  fingerprint?: string;
  /**
   * Where a check's own order must win over the message's among findings of one rule at one place
   * (missing sections in their template's order): lower first, unset last. Not part of any output.
   */
  order?: number;
}

export interface FindingCounts {
  errors: number;
  warnings: number;
  notices: number;
}

export function countFindings(findings: readonly Finding[]): FindingCounts {
  const counts: FindingCounts = { errors: 0, warnings: 0, notices: 0 };
  for (const f of findings) {
    if (f.severity === 'error') counts.errors++;
    else if (f.severity === 'warning') counts.warnings++;
    else counts.notices++;
  }
  return counts;
}

const severityRank: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

/**
 * Deterministic order: file, line, column, then severity, rule, the check's own order and the message.
 * Repo-wide findings first. Only content decides, so the same findings in any order sort the same.
 */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      (a.file ?? '').localeCompare(b.file ?? '') ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      severityRank[a.severity] - severityRank[b.severity] ||
      a.ruleId.localeCompare(b.ruleId) ||
      byOrder(a.order, b.order) ||
      a.message.localeCompare(b.message),
  );
}

function byOrder(a: number | undefined, b: number | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return a - b;
}

/** `file:line:column` as editors and terminals link it. */
export function formatLocation(f: Pick<Finding, 'file' | 'line' | 'column'>): string {
  if (!f.file) return '';
  if (f.line === undefined) return f.file;
  return f.column === undefined ? `${f.file}:${f.line}` : `${f.file}:${f.line}:${f.column}`;
}

/** When a run counts as failed: the CLI's `--fail-on` and the Action's `fail-on` input. */
export type FailOn = 'error' | 'warning' | 'never';

export function shouldFail(findings: readonly Finding[], failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  const counts = countFindings(findings);
  return counts.errors > 0 || (failOn === 'warning' && counts.warnings > 0);
}
