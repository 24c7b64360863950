import type { FindingCounts, Severity } from '../findings.js';
import { SEVERITIES } from '../findings.js';

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** `2 errors, 3 warnings, 1 notice`: all three always shown so the line reads the same run to run. */
export function formatCounts(counts: FindingCounts): string {
  return [
    plural(counts.errors, 'error', 'errors'),
    plural(counts.warnings, 'warning', 'warnings'),
    plural(counts.notices, 'notice', 'notices'),
  ].join(', ');
}

/** 0 for the most severe; unknown values sort last instead of throwing. */
export function severityRank(severity: Severity): number {
  const i = SEVERITIES.indexOf(severity);
  return i === -1 ? SEVERITIES.length : i;
}

/** A positive integer or undefined: SARIF, annotations and editors all count lines and columns from 1. */
export function positiveInt(n: number | undefined): number | undefined {
  return n !== undefined && Number.isInteger(n) && n >= 1 ? n : undefined;
}

/** Cuts on code points (never inside a surrogate pair) and marks the cut with an ellipsis. */
export function truncateText(text: string, maxCodePoints: number): string {
  const chars = Array.from(text);
  if (chars.length <= maxCodePoints) return text;
  return `${chars.slice(0, Math.max(0, maxCodePoints - 1)).join('')}…`;
}
