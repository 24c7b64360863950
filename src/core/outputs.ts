import { withIgnore } from '../repo/filtered.js';
import type { RepoFiles } from '../repo/types.js';

/** Where `check --write-baseline` records today's findings (src/engine/baseline.ts). */
export const BASELINE_PATH = '.github/ops-steward-baseline.json';

/**
 * Files ops-steward writes into the repository. No check reads them: the baseline quotes flag keys in its
 * messages, and a flag must not look referenced because the baseline mentions it.
 */
export const TOOL_OUTPUTS: readonly string[] = [BASELINE_PATH];

export function hideToolOutputs(files: RepoFiles): RepoFiles {
  return withIgnore(files, TOOL_OUTPUTS);
}
