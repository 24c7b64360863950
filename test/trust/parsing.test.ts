import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults.js';
import { parseConfig } from '../../src/config/load.js';
import { runChecks } from '../../src/engine/run-checks.js';
import { parseOnCallFile } from '../../src/oncall/parse.js';
import { memoryRepo } from '../../src/repo/memory.js';

/** Issue 9, defect 9 (parsing): alias bombs and broken on-call files are positioned errors, never exit 3 or silence. */

const BOMB = [
  'a: &a [x, x, x, x, x, x, x, x, x, x]',
  'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
  'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
  'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]',
  'checks: *d',
  '',
].join('\n');

describe('alias bombs', () => {
  it('in the config are an error at the first alias', () => {
    const loaded = parseConfig(BOMB, '.github/ops-steward.yml');
    expect(loaded.errors).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        file: '.github/ops-steward.yml',
        line: 2,
        message: expect.stringMatching(/aliases in this file cannot be expanded/) as string,
      }),
    );
  });

  it('in an on-call file are an error at the first alias', () => {
    const parsed = parseOnCallFile(BOMB.replace('checks', 'schedules'), 'oncall/schedules.yml');
    expect(parsed.findings).toContainEqual(
      expect.objectContaining({ severity: 'error', file: 'oncall/schedules.yml', line: 2 }),
    );
  });

  it('an unknown key holding the anchor of a known one does not crash the config', () => {
    const loaded = parseConfig(
      'defaults: &d\n  flags: true\nchecks: *d\n',
      '.github/ops-steward.yml',
    );
    expect(loaded.config.checks.flags).toBe(true);
  });
});

describe('a broken on-call file', () => {
  it.each([
    ['a tab', 'schedules:\n\t- id: primary\n'],
    ['a duplicate key', 'schedules: []\nschedules: []\n'],
    ['a scalar', 'just text\n'],
  ])('with %s is an error finding of `check`', async (_what, text) => {
    const result = await runChecks(memoryRepo({ 'oncall/schedules.yml': text }), defaultConfig(), {
      now: new Date('2026-11-25T00:00:00Z'),
    });
    expect(result.findings).toContainEqual(
      expect.objectContaining({ severity: 'error', file: 'oncall/schedules.yml' }),
    );
  });
});
