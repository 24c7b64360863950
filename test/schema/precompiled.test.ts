import { Ajv } from 'ajv';
import type { AnySchemaObject, ErrorObject, ValidateFunction } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { configSchemaOf } from '../../src/config/schema.js';
import { MODULES } from '../../src/modules.js';
import { FLAG_SCHEMA_REF, FLAG_VALIDATOR_OPTIONS, flagsSchema } from '../../src/flags/registry.js';
import * as precompiled from '../../src/schema/config-validator.generated.js';
import * as precompiledFlag from '../../src/schema/flag-validator.generated.js';
import * as precompiledOncall from '../../src/schema/oncall-validator.generated.js';
import { schemaHash, VALIDATOR_OPTIONS } from '../../src/schema/standalone.js';

const schema = configSchemaOf(MODULES) as AnySchemaObject;
const runtime = new Ajv(VALIDATOR_OPTIONS).compile(schema);

/** What the findings are made of: where, which keyword, with what parameters and parent schema. */
function outcome(validate: ValidateFunction, data: unknown): unknown {
  const ok = validate(data);
  const errors = (validate.errors ?? []).map((e: ErrorObject) => ({
    instancePath: e.instancePath,
    schemaPath: e.schemaPath,
    keyword: e.keyword,
    params: e.params,
    message: e.message,
    parentSchema: e.parentSchema,
  }));
  return { ok, errors };
}

const example = parse(
  readFileSync('examples/acme-shop/.github/ops-steward.yml', 'utf8'),
) as unknown;

describe('the precompiled config validator', () => {
  it('was generated from the current config schema (npm run build regenerates it)', () => {
    expect(precompiled.schemaHash).toBe(schemaHash(schema));
  });

  it.each([
    ['the example repository config', example],
    ['an empty config', {}],
    ['checks turned off', { checks: { flags: false, docs: false } }],
    ['a registry list', { flags: { registry: ['flags.yml', 'src/flags.ts#Flags'] } }],
    ['a negative integer', { flags: { expiringWithinDays: -3 } }],
    ['a string for a number', { flags: { expiringWithinDays: 'soon' } }],
    ['an unknown top-level key', { flgs: { registry: 'flags.yml' } }],
    ['an unknown nested key', { flags: { registy: 'flags.yml' } }],
    ['a wrong type for checks', { checks: 'all' }],
    ['an empty registry name', { flags: { registry: '' } }],
    ['an accessor without a name', { flags: { accessors: [{ transform: 'camelCase' }] } }],
    ['a rule override with a bad severity', { rules: { 'flags/orphaned': 'loud' } }],
    [
      'several problems at once',
      { checks: { flags: 'yes' }, flags: { expiringWithinDays: 1.5, x: 1 } },
    ],
  ])('agrees with the runtime compile on %s', (_what, data) => {
    expect(outcome(precompiled.validate, data)).toEqual(outcome(runtime, data));
  });

  it('rejects what the runtime validator rejects, at the same paths', () => {
    const data = { flags: { expiringWithinDays: -1, registy: 'x' } };
    const paths = (v: typeof runtime): string[] => {
      v(data);
      return (v.errors ?? []).map((e) => `${e.instancePath} ${e.keyword}`);
    };
    expect(paths(precompiled.validate)).toEqual(paths(runtime));
    expect(paths(runtime).length).toBeGreaterThan(0);
  });
});

describe('the precompiled flag-entry validator', () => {
  const flagRuntime = (() => {
    const ajv = new Ajv(FLAG_VALIDATOR_OPTIONS);
    ajv.addSchema(flagsSchema);
    return ajv.getSchema(FLAG_SCHEMA_REF)!;
  })();

  it('was generated from schemas/flags.schema.json (npm run build regenerates it)', () => {
    expect(precompiledFlag.schemaHash).toBe(schemaHash(flagsSchema));
  });

  it.each([
    [
      'a full entry',
      { owner: '@alice', created: '2026-11-01', expires: '2026-12-01', type: 'release' },
    ],
    [
      'a list of owners',
      { owner: ['@alice', '@acme/web'], created: '2026-11-01', type: 'kill-switch' },
    ],
    ['no owner', { created: '2026-11-01', type: 'release' }],
    ['an unknown type', { owner: '@a', created: '2026-11-01', type: 'forever' }],
    ['a misspelt field', { owner: '@a', created: '2026-11-01', type: 'release', expirs: 'x' }],
    ['an owner of the wrong type', { owner: 42, created: '2026-11-01', type: 'release' }],
    ['an empty owner list', { owner: [], created: '2026-11-01', type: 'release' }],
    ['not a mapping', 'release'],
  ])('agrees with the runtime compile on %s', (_what, data) => {
    expect(outcome(precompiledFlag.validate, data)).toEqual(outcome(flagRuntime, data));
  });
});

describe('the precompiled on-call validators', () => {
  const oncallSchema = JSON.parse(
    readFileSync('schemas/oncall.schema.json', 'utf8'),
  ) as AnySchemaObject;
  const ajv = new Ajv(VALIDATOR_OPTIONS);
  ajv.addSchema(oncallSchema);
  const id = oncallSchema.$id as string;
  const whole = ajv.getSchema(id)!;
  const example = parse(readFileSync('examples/acme-shop/oncall/schedules.yml', 'utf8')) as Record<
    string,
    Record<string, unknown>
  >;
  const aSchedule = Object.values(example.schedules!)[0];
  const aPolicy = Object.values(example.policies!)[0];

  it('were generated from schemas/oncall.schema.json (npm run build regenerates them)', () => {
    expect(precompiledOncall.schemaHash).toBe(schemaHash(oncallSchema));
  });

  it.each([
    ['the example repository on-call file', example],
    ['an empty file', {}],
    ['a bad time zone type', { timezone: 7 }],
    ['a layer without members', { schedules: { a: { layers: [{ name: 'w', shift: '1w' }] } } }],
    ['an unknown key', { schedules: {}, schedulez: {} }],
    ['a schedule that is a list', { schedules: { a: ['@alice'] } }],
  ])('agrees with the runtime compile on %s', (_what, data) => {
    expect(outcome(precompiledOncall.validate, data)).toEqual(outcome(whole, data));
  });

  it.each([
    ['schedule', aSchedule],
    ['schedule', { layers: 'weekly' }],
    ['policy', aPolicy],
    ['policy', { steps: 3 }],
  ] as const)('agrees on one %s definition', (definition, value) => {
    const runtime = ajv.getSchema(`${id}#/definitions/${definition}`)!;
    expect(precompiledOncall[definition](value)).toBe(runtime(value));
  });
});
