import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults.js';
import { runChecks } from '../../src/engine/run-checks.js';
import { memoryRepo } from '../../src/repo/memory.js';
import { testModule } from '../support/modules.js';

const NOW = new Date('2026-11-25T00:00:00Z');

const listFiles = testModule('lister', 'Lister', async (ctx) =>
  (await ctx.files.list()).map((file) => ({
    ruleId: 'lister/seen',
    severity: 'notice' as const,
    message: 'seen',
    file,
  })),
);

const crashing = testModule('crasher', 'Crasher', async () => {
  throw new Error('registry exploded');
});

describe('runChecks', () => {
  it('runs every enabled check and turns a crash into an error finding, never a silent pass', async () => {
    const result = await runChecks(memoryRepo({ 'b.ts': '', 'a.ts': '' }), defaultConfig(), {
      now: NOW,
      modules: [listFiles, crashing],
    });
    expect(result.ran).toEqual(['lister', 'crasher']);
    expect(result.findings.map((f) => `${f.severity} ${f.ruleId} ${f.file ?? '-'}`)).toEqual([
      'error crasher/check-failed -',
      'notice lister/seen a.ts',
      'notice lister/seen b.ts',
    ]);
    expect(result.findings[0]!.message).toBe('the Crasher check failed: registry exploded');
  });

  it('skips checks turned off in config.checks', async () => {
    const config = { ...defaultConfig(), checks: { ...defaultConfig().checks, crasher: false } };
    const result = await runChecks(memoryRepo({ 'a.ts': '' }), config, {
      now: NOW,
      modules: [listFiles, crashing],
    });
    expect(result.ran).toEqual(['lister']);
    expect(result.findings.some((f) => f.severity === 'error')).toBe(false);
  });

  it('hides config.ignore paths from every check', async () => {
    const config = { ...defaultConfig(), ignore: ['vendor/**'] };
    const result = await runChecks(memoryRepo({ 'src/a.ts': '', 'vendor/lib.ts': '' }), config, {
      now: NOW,
      modules: [listFiles],
    });
    expect(result.findings.map((f) => f.file)).toEqual(['src/a.ts']);
  });

  it('reports config diagnostics through the config check', async () => {
    const diagnostic = {
      ruleId: 'config/unknown-key',
      severity: 'warning' as const,
      message: 'unknown key "x"',
      file: 'c.yml',
      line: 1,
    };
    const result = await runChecks(memoryRepo({}), defaultConfig(), {
      now: NOW,
      configDiagnostics: [diagnostic],
    });
    // Every finding of a run also carries its fingerprint (src/core/fingerprint.ts).
    expect(result.findings).toContainEqual({ ...diagnostic, fingerprint: expect.any(String) });
  });
});
