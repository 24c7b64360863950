import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults.js';
import { parseConfig } from '../../src/config/load.js';

const PATH = '.github/ops-steward.yml';

describe('parseConfig', () => {
  it('gives the defaults for an empty file or one with only comments', () => {
    expect(parseConfig('', PATH)).toEqual({ config: defaultConfig(), errors: [], diagnostics: [] });
    expect(parseConfig('# nothing yet\n', PATH).config).toEqual(defaultConfig());
  });

  it('merges objects key by key and replaces lists', () => {
    const { config, errors } = parseConfig(
      [
        'flags:',
        '  severity:',
        '    orphaned: "off"',
        '  exclude: ["legacy/**"]',
        'ignore: ["vendor/**"]',
      ].join('\n'),
      PATH,
    );
    expect(errors).toEqual([]);
    expect(config.flags.severity).toEqual({ ...defaultConfig().flags.severity, orphaned: 'off' });
    expect(config.flags.exclude).toEqual(['legacy/**']);
    expect(config.flags.registry).toBe('flags.yml');
    expect(config.ignore).toEqual(['vendor/**']);
  });

  it('reports a bad value at its line and column with the dotted path', () => {
    const text = [
      '# settings',
      'checks:',
      '  flags: true',
      'flags:',
      '  registry: flags.yml',
      '',
      '  expiringWithinDays: -1',
    ].join('\n');
    const { errors } = parseConfig(text, PATH);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      ruleId: 'config/invalid',
      severity: 'error',
      file: PATH,
      line: 7,
      column: 23,
      message: 'flags.expiringWithinDays must be an integer >= 0',
    });
  });

  it('names the type expected for a wrong type and the allowed values of an enum', () => {
    const { errors } = parseConfig(
      'flags:\n  textReferences: maybe\n  severity:\n    expired: fatal\n',
      PATH,
    );
    expect(errors.map((e) => `${e.line}:${e.column} ${e.message}`)).toEqual([
      '2:19 flags.textReferences must be true or false (got the string "maybe")',
      '4:14 flags.severity.expired must be one of "error", "warning", "notice", "off"',
    ]);
  });

  it('describes a malformed accessor once, by the shapes it may take', () => {
    const { errors } = parseConfig(
      'flags:\n  accessors:\n    - call: isOn\n    - attribute: feature\n',
      PATH,
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]!.line).toBe(4);
    expect(errors[0]!.message).toBe(
      'flags.accessors[1] must be exactly one of { call }, { jsx, attribute }, { member }, { objectFrom }',
    );
  });

  it('warns about unknown keys with the closest valid key, and ignores them', () => {
    const { config, errors, diagnostics } = parseConfig(
      'flags:\n  expiringWithinDay: 3\nchekcs:\n  flags: false\n',
      PATH,
    );
    expect(errors).toEqual([]);
    expect(diagnostics.map((d) => `${d.severity} ${d.line}:${d.column} ${d.message}`)).toEqual([
      'warning 2:3 unknown key "expiringWithinDay" in flags; did you mean "expiringWithinDays"?',
      'warning 3:1 unknown key "chekcs"; did you mean "checks"?',
    ]);
    expect(config.flags.expiringWithinDays).toBe(7);
    expect(config.checks.flags).toBe(true);
  });

  it('reports YAML syntax errors and duplicate keys at their position', () => {
    const broken = parseConfig('flags:\n  registry: [unclosed\n', PATH);
    expect(broken.errors.length).toBeGreaterThan(0);
    expect(broken.errors[0]).toMatchObject({
      ruleId: 'config/yaml',
      file: PATH,
      severity: 'error',
    });
    expect(broken.errors[0]!.line).toBeGreaterThanOrEqual(2);

    const dup = parseConfig('flags:\n  registry: a.yml\n  registry: b.yml\n', PATH);
    expect(dup.errors).toHaveLength(1);
    expect(dup.errors[0]).toMatchObject({ line: 3, column: 3 });
    expect(dup.errors[0]!.message).toMatch(/key "registry" is given twice/);
  });

  it('rejects a document that is not a mapping', () => {
    const { errors } = parseConfig('- flags\n- codeowners\n', PATH);
    expect(errors[0]).toMatchObject({ line: 1, column: 1, ruleId: 'config/invalid' });
  });
});
