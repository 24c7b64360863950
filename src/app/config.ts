import { DEFAULT_CONFIG_PATH } from '../config/defaults.js';
import { parseConfig } from '../config/load.js';
import type { Config } from '../config/types.js';
import type { Finding } from '../findings.js';
import { readFileAtRef } from '../github/contents.js';
import type { OctokitLike } from '../repo/github.js';

/** Looked up in this order, as the CLI does; the first that exists wins. */
const CONFIG_CANDIDATES = [DEFAULT_CONFIG_PATH, '.github/ops-steward.yaml'];

export type BaseConfig =
  | { ok: true; config: Config; configPath?: string; diagnostics: Finding[] }
  | { ok: false; configPath: string; errors: Finding[] };

/**
 * The config as it is on the base branch, never the PR head: a pull request must not be able to weaken (or
 * switch off) the checks that judge it. No file → defaults; an invalid file → errors with line and column.
 */
export async function loadBaseConfig(
  octokit: OctokitLike,
  base: { owner: string; repo: string; ref: string },
): Promise<BaseConfig> {
  for (const path of CONFIG_CANDIDATES) {
    const text = await readFileAtRef(octokit, { ...base, path });
    if (text === undefined) continue;
    const loaded = parseConfig(text, path);
    if (loaded.errors.length > 0) return { ok: false, configPath: path, errors: loaded.errors };
    return { ok: true, config: loaded.config, configPath: path, diagnostics: loaded.diagnostics };
  }
  return { ok: true, config: parseConfig('', DEFAULT_CONFIG_PATH).config, diagnostics: [] };
}
