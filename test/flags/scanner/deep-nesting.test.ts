import { describe, expect, it } from 'vitest';
import { runFlags, yamlRegistry } from '../support.js';
import { brief, scan } from './helpers.js';

// Generated code (checked-in bundles, parser tables) nests far deeper than hand-written code.
describe('deeply nested files', () => {
  it('a 4,000-term `+` chain (an iterative walk) and 800 nested arrays (a deeper stack) keep their reads', async () => {
    const chain = Array.from({ length: 4000 }, (_, i) => `'p${i}'`).join(' + ');
    const r = await scan(
      {
        'src/generated/table.ts': [
          "import { isEnabled } from 'unleash-client';",
          `export const blob = ${chain};`,
          "export const on = isEnabled('generated-flag');",
          `export const nested = ${'['.repeat(800)}isEnabled('inner-flag')${']'.repeat(800)};`,
          '',
        ].join('\n'),
      },
      { declaredKeys: ['generated-flag', 'inner-flag'] },
    );
    expect(brief(r.references)).toEqual([
      'generated-flag literal isEnabled @src/generated/table.ts:3:29',
      'inner-flag literal isEnabled @src/generated/table.ts:4:833',
    ]);
    expect(r.skipped).toBeUndefined();
  });

  it('a file the parser overflows on (1,000 nested parentheses) is parsed again on a deeper stack', async () => {
    const r = await scan(
      {
        'src/generated/parens.ts': [
          "import { isEnabled } from 'unleash-client';",
          `export const depth = ${'('.repeat(1000)}1${')'.repeat(1000)};`,
          "export const on = isEnabled('generated-flag');",
          '',
        ].join('\n'),
      },
      { declaredKeys: ['generated-flag'] },
    );
    expect(brief(r.references)).toEqual([
      'generated-flag literal isEnabled @src/generated/parens.ts:3:29',
    ]);
    expect(r.skipped).toBeUndefined();
  }, 30_000);

  it('a file not even the deep stack can parse is a notice, and the keys it names are never orphaned', async () => {
    const depth = 400_000;
    const run = await runFlags({
      'flags.yml': yamlRegistry(['generated-flag', 'unused-flag']),
      'src/generated/table.ts': [
        "import { isEnabled } from 'unleash-client';",
        "export const on = isEnabled('generated-flag');",
        `export const depth = ${'('.repeat(depth)}1${')'.repeat(depth)};`,
        '',
      ].join('\n'),
    });
    expect(run.findings.find((f) => f.ruleId === 'flags/scan-incomplete')).toMatchObject({
      severity: 'notice',
      file: 'src/generated/table.ts',
    });
    expect(brief(run.analysis.scan.references)).toEqual([
      'generated-flag text text @src/generated/table.ts:2:29',
    ]);
    expect(run.states).toEqual(['generated-flag active', 'unused-flag orphaned']);
  }, 60_000);
});
