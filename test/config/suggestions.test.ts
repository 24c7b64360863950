import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.js';

const PATH = '.github/ops-steward.yml';

const messages = (text: string): string[] =>
  parseConfig(text, PATH).diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`);

/** A did-you-mean is only worth printing when it is plausibly the key meant. */
describe('unknown keys and rule ids: a suggestion only when it is close', () => {
  it('suggests the key a typo was meant to be', () => {
    expect(messages('flag:\n  expiringWithinDays: 3\n')).toEqual([
      '1:1 unknown key "flag"; did you mean "flags"?',
    ]);
    expect(messages('codeowners:\n  requireOwner: ["src/**"]\n')).toEqual([
      '2:3 unknown key "requireOwner" in codeowners; did you mean "requireOwners"?',
    ]);
  });

  it('names the keys there are instead of guessing one far away', () => {
    const [top] = messages('x: 1\n');
    expect(top).toMatch(/^1:1 unknown key "x"; the keys here are checks, ignore, .*flags/);
    expect(top).not.toContain('did you mean');
    const [inFlags] = messages('flags:\n  owner: "@acme/web"\n');
    expect(inFlags).toMatch(/^2:3 unknown key "owner" in flags; the keys here are registry, /);
  });

  it('unknown rule ids: a near miss is named, a stranger is not', () => {
    expect(messages('rules:\n  flags/orphand: off\n')).toEqual([
      '2:3 unknown rule "flags/orphand" under rules: did you mean "flags/orphaned"? (the README lists every rule id)',
    ]);
    expect(messages('rules:\n  eslint/no-console: off\n')).toEqual([
      '2:3 unknown rule "eslint/no-console" under rules: the rule ids are domain/rule, such as flags/orphaned (the README lists every rule id)',
    ]);
  });
});

const errors = (text: string): string[] =>
  parseConfig(text, PATH).errors.map((d) => `${d.line}:${d.column} ${d.message}`);

describe('a value of the wrong type inside one of several shapes', () => {
  it('names the key of the shape the entry has, at its value', () => {
    expect(errors('flags:\n  accessors:\n    - call: 3\n')).toEqual([
      '3:13 flags.accessors[0].call must be a non-empty string (got the number 3)',
    ]);
    expect(errors('flags:\n  accessors:\n    - jsx: Feature\n      attribute: [name]\n')).toEqual([
      '4:18 flags.accessors[0].attribute must be a non-empty string (got a list)',
    ]);
  });

  it('an entry of no shape at all still lists the shapes', () => {
    expect(errors('flags:\n  accessors:\n    - kall: isOn\n')).toEqual([
      '3:7 flags.accessors[0] must be exactly one of { call }, { jsx, attribute }, { member }, { objectFrom }',
    ]);
  });
});

describe('a key given twice', () => {
  it('names the key and where it was first given', () => {
    const text = [
      'flags:',
      '  expiringWithinDays: 3',
      'codeowners:',
      "  requireOwners: ['src/**']",
      'flags:',
      '  lifetimeDays: { default: 60 }',
    ].join('\n');
    expect(errors(text)).toEqual([
      '5:1 key "flags" is given twice in this mapping (first at line 1): keys must be unique, so merge the two',
    ]);
  });
});

describe('a value of the wrong type says what it got', () => {
  it('a quoted number, a YAML 1.1 boolean, a list for a mapping', () => {
    expect(errors('flags:\n  expiringWithinDays: "7"\n')).toEqual([
      '2:23 flags.expiringWithinDays must be an integer >= 0 (got the string "7")',
    ]);
    expect(errors('checks:\n  flags: no\n')).toEqual([
      '2:10 checks.flags must be true or false (got the string "no": YAML 1.2 reads yes/no/on/off as strings, write false)',
    ]);
    expect(errors('checks: [flags]\n')).toEqual(['1:9 checks must be a mapping (got a list)']);
  });
});
