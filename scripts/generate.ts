// Files derived from the module registry, written by `npm run build` and checked fresh in CI.
import { format, resolveConfig } from 'prettier';
import type { AnySchemaObject } from 'ajv';
import { publishedConfigSchema } from '../src/config/published-schema.js';
import { configSchemaOf } from '../src/config/schema.js';
import { FLAG_VALIDATOR_OPTIONS, FLAG_SCHEMA_REF, flagsSchema } from '../src/flags/registry.js';
import { standaloneValidatorSource } from '../src/schema/standalone.js';
import { MODULES } from '../src/modules.js';
import oncallSchema from '../schemas/oncall.schema.json' with { type: 'json' };
import { withRuleReference } from '../src/report/rule-docs.js';

async function pretty(text: string, file: string): Promise<string> {
  const options = (await resolveConfig(file)) ?? {};
  return format(text, { ...options, filepath: file });
}

export const generate: Record<string, (before: string) => Promise<string>> = {
  'schemas/config.schema.json': () => pretty(publishedConfigSchema(), 'schemas/config.schema.json'),
  'src/schema/config-validator.generated.js': () =>
    pretty(
      standaloneValidatorSource(configSchemaOf(MODULES) as AnySchemaObject),
      'src/schema/config-validator.generated.js',
    ),
  'src/schema/flag-validator.generated.js': () =>
    pretty(
      standaloneValidatorSource(flagsSchema, {
        ref: FLAG_SCHEMA_REF,
        options: FLAG_VALIDATOR_OPTIONS,
      }),
      'src/schema/flag-validator.generated.js',
    ),
  'src/schema/oncall-validator.generated.js': () =>
    pretty(
      standaloneValidatorSource(oncallSchema as AnySchemaObject, {
        also: { schedule: '#/definitions/schedule', policy: '#/definitions/policy' },
      }),
      'src/schema/oncall-validator.generated.js',
    ),
  'README.md': (before) => pretty(withRuleReference(before, MODULES), 'README.md'),
};
