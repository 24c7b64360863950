import type { JSONSchema } from 'json-schema-to-ts';
import type { DomainModule } from '../core/module.js';

type SchemaObject = Exclude<JSONSchema, boolean>;

export const CONFIG_SCHEMA_ID =
  'https://github.com/ops-steward/ops-steward/schemas/config.schema.json';

/**
 * The whole config schema, composed from the keys every run has and each module's own fragment: the
 * validator, the defaults and the published `schemas/config.schema.json` are all derived from this.
 */
export function configSchemaOf(modules: readonly DomainModule[]): SchemaObject {
  let schema = composed.get(modules);
  if (!schema) {
    schema = composeConfigSchema(modules);
    composed.set(modules, schema);
  }
  return schema;
}

const composed = new WeakMap<readonly DomainModule[], SchemaObject>();

function composeConfigSchema(modules: readonly DomainModule[]): SchemaObject {
  const checks: Record<string, SchemaObject> = {};
  const properties: Record<string, SchemaObject> = {};
  for (const m of modules) {
    checks[m.id] = { type: 'boolean', default: true, description: m.description };
    if (m.configSchema) properties[m.id] = m.configSchema as SchemaObject;
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: CONFIG_SCHEMA_ID,
    title: 'ops-steward configuration (.github/ops-steward.yml)',
    description:
      'Every key is optional: with no file at all, every check runs wherever its inputs exist.',
    type: 'object',
    additionalProperties: false,
    properties: {
      checks: {
        description: 'Turn check modules on or off. All are on by default.',
        type: 'object',
        additionalProperties: false,
        default: {},
        properties: checks,
      },
      ignore: {
        description: 'Globs (minimatch, repository-relative) that no check reads.',
        type: 'array',
        items: { type: 'string', minLength: 1 },
        default: [],
      },
      rules: {
        description:
          "Severity per rule id ('error', 'warning', 'notice'), or 'off' to silence the rule. Rule ids are listed in the README.",
        type: 'object',
        additionalProperties: { enum: ['error', 'warning', 'notice', 'off'] },
        default: {},
      },
      ...properties,
    },
  };
}

/**
 * The value a schema gives when the key is absent: its `default`, except that an object with properties
 * is built from its properties' defaults (its `default: {}` only says "absent means all defaults").
 */
export function defaultsOf(schema: JSONSchema): unknown {
  if (typeof schema === 'boolean') return undefined;
  if (schema.type === 'object' && schema.properties) {
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(schema.properties)) {
      const value = defaultsOf(child);
      if (value !== undefined) out[key] = value;
    }
    return out;
  }
  return schema.default === undefined ? undefined : structuredClone(schema.default);
}
