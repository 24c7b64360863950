import type { AnySchemaObject } from 'ajv';
import { isMap } from 'yaml';
import schemaJson from '../../schemas/config.schema.json' with { type: 'json' };
import { sortFindings } from '../findings.js';
import type { Finding } from '../findings.js';
import { validateWithSchema } from '../schema/validate.js';
import { parseYamlSource } from '../yaml/source.js';
import { defaultConfig } from './defaults.js';
import type { Config } from './types.js';

const schema = schemaJson as AnySchemaObject;

export interface LoadedConfig {
  config: Config;
  /** Findings that stop the run (exit 2): not YAML, wrong types, bad values. */
  errors: Finding[];
  /** Findings worth reporting that do not stop the run: unknown keys and YAML warnings. */
  diagnostics: Finding[];
}

/**
 * Parses and validates `.github/ops-steward.yml` text and merges it over the defaults.
 * An empty file means "defaults". Unknown keys are reported and ignored.
 */
export function parseConfig(text: string, path: string): LoadedConfig {
  const { source, errors, warnings } = parseYamlSource(text, path, 'config/yaml');
  if (errors.length > 0) return { config: defaultConfig(), errors, diagnostics: warnings };
  const data: unknown = source.doc.toJS();
  if (data === null || data === undefined)
    return { config: defaultConfig(), errors: [], diagnostics: warnings };
  if (!isMap(source.doc.contents)) {
    return {
      config: defaultConfig(),
      errors: [
        {
          ruleId: 'config/invalid',
          severity: 'error',
          message: 'the configuration must be a mapping of keys (checks, flags, codeowners, …)',
          file: path,
          line: 1,
          column: 1,
        },
      ],
      diagnostics: warnings,
    };
  }
  const problems = validateWithSchema(schema, data, source, 'config');
  for (const keyPath of problems.unknownPaths) source.doc.deleteIn(keyPath);
  const cleaned = source.doc.toJS() as Record<string, unknown>;
  return {
    config: mergeConfig(defaultConfig(), cleaned),
    errors: problems.errors,
    diagnostics: sortFindings([...warnings, ...problems.unknownKeys]),
  };
}

/** Objects merge key by key (so `flags: { severity: { orphaned: off } }` keeps the other severities); arrays replace. */
export function mergeConfig(base: Config, override: Record<string, unknown>): Config {
  return deepMerge(base, override) as Config;
}

function deepMerge(base: unknown, override: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(override))
    return override === undefined ? base : override;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) out[key] = deepMerge(base[key], value);
  return out;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
