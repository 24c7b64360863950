import { redactFinding } from '../core/sanitize.js';
import type { Finding, FindingCounts } from '../findings.js';
import { countFindings, sortFindings } from '../findings.js';

export interface JsonReportMeta {
  /** A label for what was checked (`owner/repo` or a path). */
  repository?: string;
  /** ISO-8601 timestamp supplied by the caller (renderers never read the clock). */
  generatedAt?: string;
}

/**
 * One finding as serialised: exactly the fields of `Finding`, in a fixed key order (see toJsonFinding).
 * A field added to `Finding` reaches the JSON report only when toJsonFinding writes it.
 */
export type JsonFinding = Finding;

/** Version 1 of the machine-readable report; bump `version` on any breaking change. */
export interface JsonReport {
  version: 1;
  repository?: string;
  generatedAt?: string;
  summary: FindingCounts;
  findings: JsonFinding[];
}

function toJsonFinding(f: Finding): JsonFinding {
  // Rebuilt field by field so the key order (and therefore the bytes) does not depend on how a check built it.
  const out: JsonFinding = { ruleId: f.ruleId, severity: f.severity, message: f.message };
  if (f.file !== undefined) out.file = f.file;
  if (f.line !== undefined) out.line = f.line;
  if (f.column !== undefined) out.column = f.column;
  if (f.endLine !== undefined) out.endLine = f.endLine;
  if (f.endColumn !== undefined) out.endColumn = f.endColumn;
  if (f.owners !== undefined && f.owners.length > 0) out.owners = [...f.owners];
  if (f.escalation !== undefined) out.escalation = f.escalation;
  if (f.fingerprint !== undefined) out.fingerprint = f.fingerprint;
  return out;
}

export function buildJsonReport(
  findings: readonly Finding[],
  meta: JsonReportMeta = {},
): JsonReport {
  const counts = countFindings(findings);
  // Spread in order so the optional labels sit between `version` and `summary` in the output.
  return {
    version: 1,
    ...(meta.repository !== undefined ? { repository: meta.repository } : {}),
    ...(meta.generatedAt !== undefined ? { generatedAt: meta.generatedAt } : {}),
    summary: { errors: counts.errors, warnings: counts.warnings, notices: counts.notices },
    // Credentials in finding texts are redacted, as in every output (src/core/sanitize.ts).
    findings: sortFindings(findings).map(redactFinding).map(toJsonFinding),
  };
}

/** Stable, diffable JSON (2-space indent, trailing newline): same findings in any order give the same bytes. */
export function renderJson(findings: readonly Finding[], meta: JsonReportMeta = {}): string {
  return `${JSON.stringify(buildJsonReport(findings, meta), null, 2)}\n`;
}
