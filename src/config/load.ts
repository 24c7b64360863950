import type { AnySchemaObject } from 'ajv';
import { isMap } from 'yaml';
import { closeMatch } from '../core/suggest.js';
import type { DomainModule } from '../core/module.js';
import { ruleIndexOf } from '../engine/rules.js';
import { sortFindings } from '../findings.js';
import type { Finding } from '../findings.js';
import { validateWithSchema } from '../schema/validate.js';
import { MODULES } from '../modules.js';
import { locate, parseYamlSource } from '../yaml/source.js';
import type { YamlSource } from '../yaml/source.js';
import { defaultConfig } from './defaults.js';
import { configSchemaOf } from './schema.js';
import type { Config } from './types.js';

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
export function parseConfig(
  text: string,
  path: string,
  modules: readonly DomainModule[] = MODULES,
): LoadedConfig {
  const schema = configSchemaOf(modules) as AnySchemaObject;
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
  const problems = validateWithSchema(schema, data, source, 'config', { sayWhatWasGiven: true });
  // Dropped from the data, not the document: an unknown key may hold the anchor a known one aliases.
  const cleaned = data as Record<string, unknown>;
  for (const keyPath of problems.unknownPaths) deleteAt(cleaned, keyPath);
  return {
    config: mergeConfig(defaultConfig(), cleaned),
    errors: problems.errors,
    diagnostics: sortFindings([
      ...warnings,
      ...problems.unknownKeys,
      ...unknownRules(cleaned, source, path, modules),
    ]),
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

/** `rules:` keys are rule ids: one that no module defines is a typo worth pointing at, with the closest id. */
function unknownRules(
  data: Record<string, unknown>,
  source: YamlSource,
  path: string,
  modules: readonly DomainModule[],
): Finding[] {
  const rules = data.rules;
  if (!isPlainObject(rules)) return [];
  const index = ruleIndexOf(modules);
  const known = index.all().map((r) => r.id);
  const out: Finding[] = [];
  for (const id of Object.keys(rules)) {
    if (index.has(id)) continue;
    const pos = locate(source, ['rules', id], true);
    out.push({
      ruleId: 'config/unknown-rule',
      severity: 'warning',
      message: `unknown rule "${id}" under rules: ${ruleHint(id, known)} (the README lists every rule id)`,
      file: path,
      ...pos,
    });
  }
  return out;
}

function deleteAt(data: unknown, keyPath: readonly unknown[]): void {
  let node: unknown = data;
  for (const key of keyPath.slice(0, -1)) {
    if (typeof node !== 'object' || node === null) return;
    node = (node as Record<string, unknown>)[String(key)];
  }
  if (typeof node === 'object' && node !== null && keyPath.length > 0)
    delete (node as Record<string, unknown>)[String(keyPath[keyPath.length - 1])];
}

function ruleHint(id: string, known: readonly string[]): string {
  const near = closeMatch(id, known);
  return near !== undefined
    ? `did you mean "${near}"?`
    : 'the rule ids are domain/rule, such as flags/orphaned';
}
