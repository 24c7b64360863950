import { createHash } from 'node:crypto';
import type { Finding } from '../findings.js';
import { sortFindings } from '../findings.js';

/**
 * A finding's identity across runs, independent of its line: inserting lines above it must not turn it into
 * a new finding. The rule, the file and the message with its counts blanked out, hashed, plus `:n` for the
 * n-th identical one in report order. SARIF's `partialFingerprints.primaryLocationLineHash` and the baseline
 * (`.github/ops-steward-baseline.json`) both use exactly this value.
 */
export function fingerprintKey(ruleId: string, location: string, message: string): string {
  return createHash('sha256')
    .update(`${ruleId}\u0000${location}\u0000${fingerprintText(message)}`)
    .digest('hex')
    .slice(0, 16);
}

/**
 * Numbers in messages are usually counts that change daily ("expired 3 days ago"); leaving them out of the
 * fingerprint keeps one alert per problem instead of a new one every run. Digits inside names or dates
 * (`flag-2`, `2026-01-31`) are kept.
 */
export function fingerprintText(message: string): string {
  return message
    .replace(/(?<![\w.-])\d+(?:\.\d+)?(?![\w-])/g, '#')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Numbers identical keys `:1`, `:2`… in the order given. */
export function occurrenceCounter(): (key: string) => string {
  const seen = new Map<string, number>();
  return (key) => {
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return `${key}:${n}`;
  };
}

/**
 * Every finding with its `fingerprint`, in report order (sorted). Computed once over the whole run, so a
 * later filter (the baseline) does not renumber what remains.
 */
export function withFingerprints(findings: readonly Finding[]): Finding[] {
  const next = occurrenceCounter();
  return sortFindings(findings).map((f) => {
    const fingerprint = next(fingerprintKey(f.ruleId, f.file ?? '', f.message));
    return f.fingerprint === fingerprint ? f : { ...f, fingerprint };
  });
}
