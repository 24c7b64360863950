import type { Finding } from '../findings.js';
import { DEFAULT_CONFIG_PATH } from './defaults.js';
import { parseConfig } from './load.js';
import type { Config } from './types.js';

/** Config file names looked up in a repository when no path is given, first found wins. */
export const CONFIG_CANDIDATES: readonly string[] = [
  DEFAULT_CONFIG_PATH,
  '.github/ops-steward.yaml',
];

/** Reads one file of the commit the config is taken from; undefined when it does not exist there. */
export type ReadAt = (path: string) => Promise<string | undefined>;

/**
 * The config text at a commit other than the checkout — a pull request's base, so that a PR cannot
 * weaken or switch off its own checks. The given path, or the first candidate that exists; `text:
 * undefined` means there is none (defaults apply). A failed read throws: the caller fails closed.
 */
export async function readConfigAt(
  read: ReadAt,
  given?: string,
): Promise<{ path: string; text: string | undefined }> {
  const candidates = given ? [given] : CONFIG_CANDIDATES;
  for (const path of candidates) {
    const text = await read(path);
    if (text !== undefined) return { path, text };
  }
  return { path: candidates[0]!, text: undefined };
}

export type ConfigAt =
  | { ok: true; config: Config; configPath?: string; diagnostics: Finding[] }
  | { ok: false; configPath: string; errors: Finding[] };

/** `readConfigAt`, parsed: no file → defaults; an invalid file → its errors with line and column. */
export async function loadConfigAt(read: ReadAt, given?: string): Promise<ConfigAt> {
  const { path, text } = await readConfigAt(read, given);
  if (text === undefined)
    return { ok: true, config: parseConfig('', DEFAULT_CONFIG_PATH).config, diagnostics: [] };
  const loaded = parseConfig(text, path);
  if (loaded.errors.length > 0) return { ok: false, configPath: path, errors: loaded.errors };
  return { ok: true, config: loaded.config, configPath: path, diagnostics: loaded.diagnostics };
}
