import { jsonSyntaxError } from '../core/json-error.js';
import { BASELINE_PATH } from '../core/outputs.js';
import type { Finding } from '../findings.js';
import { countFindings } from '../findings.js';

/**
 * The baseline: today's findings of a big, old repository, recorded so that later runs report only what is
 * new. Each entry is a finding's line-independent fingerprint (src/core/fingerprint.ts, the same value as
 * SARIF's `primaryLocationLineHash`), with its rule, file and message for the people reviewing the file.
 */
export { BASELINE_PATH };

export const BASELINE_RULES = {
  baselined: 'baseline/baselined',
  invalid: 'baseline/invalid',
} as const;

export interface BaselineEntry {
  ruleId: string;
  file: string | null;
  fingerprint: string;
  message: string;
}

export interface BaselineFile {
  version: 1;
  generatedAt: string;
  findings: BaselineEntry[];
}

/** The file `check --write-baseline` writes: stable order and 2-space JSON, so its diffs are readable. */
export function renderBaseline(findings: readonly Finding[], generatedAt: Date): string {
  const entries: BaselineEntry[] = findings
    .filter((f) => f.fingerprint !== undefined && !f.ruleId.startsWith('baseline/'))
    .map((f) => ({
      ruleId: f.ruleId,
      file: f.file ?? null,
      fingerprint: f.fingerprint!,
      message: f.message,
    }))
    .sort(
      (a, b) =>
        compare(a.file ?? '', b.file ?? '') ||
        compare(a.ruleId, b.ruleId) ||
        compare(a.fingerprint, b.fingerprint),
    );
  const file: BaselineFile = {
    version: 1,
    generatedAt: generatedAt.toISOString(),
    findings: entries,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export type ParsedBaseline = { ok: true; baseline: BaselineFile } | { ok: false; error: Finding };

/** Parses the file; anything that is not a baseline this version wrote is an error at its position. */
export function parseBaseline(text: string, path = BASELINE_PATH): ParsedBaseline {
  const fail = (message: string, line?: number, column?: number): ParsedBaseline => ({
    ok: false,
    error: {
      ruleId: BASELINE_RULES.invalid,
      severity: 'error',
      message: `${message}: nothing is filtered by it until it is fixed or rewritten with ops-steward check --write-baseline`,
      file: path,
      ...(line !== undefined ? { line } : {}),
      ...(column !== undefined ? { column } : {}),
    },
  });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const { line, column } = jsonSyntaxError(text, error);
    return fail(`not JSON (${message})`, line, column);
  }
  if (typeof value !== 'object' || value === null || (value as { version?: unknown }).version !== 1)
    return fail('not an ops-steward baseline of version 1 (expected {"version":1,…})', 1, 1);
  const list = (value as { findings?: unknown }).findings;
  if (!Array.isArray(list)) return fail('"findings" must be a list', 1, 1);
  const findings: BaselineEntry[] = [];
  for (const [i, item] of list.entries()) {
    const e = item as Partial<BaselineEntry> | null;
    if (typeof e?.fingerprint !== 'string' || typeof e.ruleId !== 'string')
      return fail(`findings[${i}] needs "ruleId" and "fingerprint" strings`);
    findings.push({
      ruleId: e.ruleId,
      file: typeof e.file === 'string' ? e.file : null,
      fingerprint: e.fingerprint,
      message: typeof e.message === 'string' ? e.message : '',
    });
  }
  const generatedAt = (value as { generatedAt?: unknown }).generatedAt;
  return {
    ok: true,
    baseline: {
      version: 1,
      generatedAt: typeof generatedAt === 'string' ? generatedAt : '',
      findings,
    },
  };
}

/**
 * Only the findings the baseline does not know, plus one notice that counts the ones it hides (and those it
 * lists that are gone, so the file gets rewritten smaller).
 */
export function applyBaseline(
  findings: readonly Finding[],
  baseline: BaselineFile,
  path = BASELINE_PATH,
): Finding[] {
  const known = new Set(baseline.findings.map((e) => e.fingerprint));
  const fresh: Finding[] = [];
  const hidden: Finding[] = [];
  const seen = new Set<string>();
  for (const f of findings) {
    if (f.fingerprint !== undefined && known.has(f.fingerprint)) {
      hidden.push(f);
      seen.add(f.fingerprint);
    } else fresh.push(f);
  }
  const gone = baseline.findings.filter((e) => !seen.has(e.fingerprint)).length;
  if (hidden.length === 0 && gone === 0) return fresh;
  const counts = countFindings(hidden);
  const parts = [
    `${hidden.length} baselined ${hidden.length === 1 ? 'finding is' : 'findings are'} not shown (${counts.errors} ${counts.errors === 1 ? 'error' : 'errors'}, ${counts.warnings} ${counts.warnings === 1 ? 'warning' : 'warnings'}, ${counts.notices} ${counts.notices === 1 ? 'notice' : 'notices'})`,
    ...(gone > 0 ? [`${gone} in the baseline ${gone === 1 ? 'is' : 'are'} fixed`] : []),
  ];
  fresh.push({
    ruleId: BASELINE_RULES.baselined,
    severity: 'notice',
    message: `${parts.join('; ')}. Fix them, then run ops-steward check --write-baseline to shrink ${path}`,
    file: path,
  });
  return fresh;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
