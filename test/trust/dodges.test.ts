import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults.js';
import { runChecks } from '../../src/engine/run-checks.js';
import { memoryRepo } from '../../src/repo/memory.js';

/** Issue 9, defect 7: deleting CODEOWNERS must not pass a `requireOwners` policy. */
describe('requireOwners without a CODEOWNERS file', () => {
  it('is an error: the files it requires owners for have none', async () => {
    const config = defaultConfig();
    config.codeowners.requireOwners = ['src/**'];
    const result = await runChecks(
      memoryRepo({ 'src/checkout.ts': 'export {};\n', 'README.md': '# shop\n' }),
      config,
      { now: new Date('2026-11-25T00:00:00Z') },
    );
    expect(result.findings).toContainEqual(
      expect.objectContaining({
        ruleId: 'codeowners/missing-file',
        severity: 'error',
        message: expect.stringMatching(/requireOwners.*src\/\*\*.*1 file/) as string,
      }),
    );
  });

  it('says nothing when no file falls under requireOwners', async () => {
    const config = defaultConfig();
    config.codeowners.requireOwners = ['services/**'];
    const result = await runChecks(memoryRepo({ 'README.md': '# shop\n' }), config, {
      now: new Date('2026-11-25T00:00:00Z'),
    });
    expect(result.findings.filter((f) => f.ruleId === 'codeowners/missing-file')).toEqual([]);
  });
});
