import { loadConfigAt } from '../config/base.js';
import type { ConfigAt } from '../config/base.js';
import { readFileAtRef } from '../github/contents.js';
import type { OctokitLike } from '../repo/github.js';

export type BaseConfig = ConfigAt;

/**
 * The config as it is on the base branch, never the PR head: a pull request must not be able to weaken (or
 * switch off) the checks that judge it. No file → defaults; an invalid file → errors with line and column;
 * a failed read throws, and the check run concludes failure with the reason (fail closed).
 */
export function loadBaseConfig(
  octokit: OctokitLike,
  base: { owner: string; repo: string; ref: string },
): Promise<BaseConfig> {
  return loadConfigAt((path) => readFileAtRef(octokit, { ...base, path }));
}
