import { withFingerprints } from '../core/fingerprint.js';
import { hideToolOutputs } from '../core/outputs.js';
import type { Finding } from '../findings.js';
import { sortFindings } from '../findings.js';
import { MODULES } from '../modules.js';
import type { RepoFiles } from '../repo/types.js';
import { applyBaseline, BASELINE_PATH, BASELINE_RULES, parseBaseline } from './baseline.js';
import { ruleIndexOf } from './rules.js';
import { applySuppressions } from './suppressions.js';

export interface AdoptionOptions {
  /** `apply` (default): hide what the baseline lists. `ignore`: report everything (to write a new baseline). */
  baseline?: 'apply' | 'ignore';
  /** Tells a misspelt rule id in a suppression from a real one; default: every registered module's rules. */
  isRule?: (id: string) => boolean;
  /** Where suppression comments are looked for (the checks' view: `config.ignore` applied); default `files`. */
  scope?: RepoFiles;
}

/**
 * What makes ops-steward adoptable in a big, old repository, as the last step of a run over the whole
 * repository: inline suppressions drop the findings they cover, every finding gets its fingerprint (for SARIF
 * and the baseline), and the baseline hides the findings it recorded, leaving one notice that counts them.
 * `files` is the repository as the door opened it: the baseline is read from there (the checks never see it).
 */
export async function adoptFindings(
  findings: readonly Finding[],
  files: RepoFiles,
  options: AdoptionOptions = {},
): Promise<Finding[]> {
  const isRule = options.isRule ?? ((id: string) => ruleIndexOf(MODULES).has(id));
  const { findings: kept } = await applySuppressions(
    findings,
    hideToolOutputs(options.scope ?? files),
    isRule,
  );
  const stamped = withFingerprints(kept);
  if (options.baseline === 'ignore') return stamped;
  let text: string | undefined;
  try {
    text = await files.read(BASELINE_PATH);
  } catch (error) {
    // When unsure, change nothing: an unreadable baseline hides no finding.
    return sortFindings([
      ...stamped,
      {
        ruleId: BASELINE_RULES.invalid,
        severity: 'error',
        message: `cannot read the baseline: ${error instanceof Error ? error.message : String(error)}`,
        file: BASELINE_PATH,
      },
    ]);
  }
  if (text === undefined) return stamped;
  const parsed = parseBaseline(text);
  return sortFindings(
    parsed.ok ? applyBaseline(stamped, parsed.baseline) : [...stamped, parsed.error],
  );
}
