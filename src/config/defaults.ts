import { MODULES } from '../modules.js';
import { configSchemaOf } from './schema.js';
import { defaultsOf } from './schema.js';
import type { Config } from './types.js';

export const DEFAULT_CONFIG_PATH = '.github/ops-steward.yml';

/**
 * Zero-config behaviour, derived from the schema's `default`s (a test proves the result passes the
 * schema): every check runs wherever its inputs exist. A fresh object each call, safe to modify.
 */
export function defaultConfig(): Config {
  return defaultsOf(configSchemaOf(MODULES)) as Config;
}
