import { describe, expect, it } from 'vitest';
import { AccessorSet } from '../../../src/flags/scanner/accessor-set.js';
import { flagsConfigSchema } from '../../../src/flags/config.js';
import { ACCESSOR_SCHEMAS, FORM_BY_ID, FORMS } from '../../../src/flags/scanner/forms/index.js';

describe('reference forms registry', () => {
  it("the forms' accessor schemas are exactly the flags config's accessor entries", () => {
    expect(FORMS.flatMap((f) => f.accessorSchemas)).toEqual([...ACCESSOR_SCHEMAS]);
    expect(flagsConfigSchema.properties.accessors.items.oneOf).toBe(ACCESSOR_SCHEMAS);
  });

  it('every accessor entry key belongs to exactly one form', () => {
    const keys = FORMS.flatMap((f) => f.configKeys);
    expect(new Set(keys).size).toBe(keys.length);
    const required = ACCESSOR_SCHEMAS.map((b) => b.required[0]);
    expect([...keys].sort()).toEqual([...required].sort());
  });

  it('each form is registered under its own id', () => {
    for (const f of FORMS) expect(FORM_BY_ID[f.id]).toBe(f);
  });

  it("the prefilter's needles are the union of the forms' needles", () => {
    const acc = new AccessorSet({
      accessors: [
        { call: 'flagOn' },
        { jsx: 'Flag', attribute: 'name' },
        { member: 'config.features' },
        { objectFrom: 'useToggles' },
      ],
      defaultAccessors: false,
    });
    expect(acc.needles().sort()).toEqual(['Flag', 'config', 'flagOn', 'useToggles']);
  });
});
