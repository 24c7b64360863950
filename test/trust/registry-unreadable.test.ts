import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults.js';
import { analyzeFlags, checkFlags, findingsOf } from '../../src/flags/check.js';
import type { Finding } from '../../src/findings.js';
import { contextFor } from '../support/modules.js';
import { planFlagSync } from '../../src/flags/sync/plan.js';
import { openLocalRepo } from '../../src/repo/local.js';
import { flag, inputOf, ref, sweep } from '../flags/sync/helpers.js';

/**
 * Issue 9, defect 1: a registry that exists but cannot be read is an error — never "no registry",
 * which would make `check` green and let the sweep close every flag issue.
 */

const NOW = new Date('2026-11-25T12:00:00Z');
const CODE = "import { isEnabled } from './flags';\nif (isEnabled('new-checkout')) go();\n";

let dir: string;
let outside: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ops-steward-registry-'));
  outside = await mkdtemp(path.join(tmpdir(), 'ops-steward-outside-'));
  await writeFile(path.join(dir, 'app.ts'), CODE);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
  await rm(outside, { recursive: true, force: true });
});

function registryOf(count: number, padding = ''): string {
  const lines = ['flags:'];
  for (let i = 0; i < count; i++) {
    lines.push(
      `  flag-${i}:`,
      '    owner: "@alice"',
      '    created: 2026-11-01',
      '    expires: 2026-12-01',
      '    type: release',
      `    description: "${padding}"`,
    );
  }
  lines.push(
    '  new-checkout:',
    '    owner: "@alice"',
    '    created: 2026-11-01',
    '    expires: 2026-12-01',
    '    type: release',
    '',
  );
  return lines.join('\n');
}

async function check(): Promise<Finding[]> {
  const files = await openLocalRepo(dir);
  return checkFlags(contextFor(files, defaultConfig(), NOW));
}

const unreadable = (why: RegExp): unknown =>
  expect.objectContaining({
    ruleId: 'flags/registry-unreadable',
    severity: 'error',
    file: 'flags.yml',
    message: expect.stringMatching(why) as string,
  });

describe('a registry that exists but cannot be read', () => {
  it('is an error naming the file when it is a symlink out of the tree, and no flag is called undeclared', async () => {
    await writeFile(path.join(outside, 'flags.yml'), registryOf(1));
    await symlink(path.join(outside, 'flags.yml'), path.join(dir, 'flags.yml'));
    const findings = await check();
    expect(findings).toContainEqual(unreadable(/symlink points outside the repository/));
    expect(findings.filter((f) => f.ruleId === 'flags/undeclared')).toEqual([]);
  });

  it('is an error when a folder stands where the registry file belongs, never "create it"', async () => {
    await mkdir(path.join(dir, 'flags.yml'));
    await writeFile(path.join(dir, 'flags.yml', 'checkout.yml'), registryOf(1));
    const findings = await check();
    expect(findings).toContainEqual(unreadable(/it is a folder, not a file/));
    expect(findings.filter((f) => f.ruleId === 'flags/undeclared')).toEqual([]);
  });

  it('is an error when it is over the registry size limit (16 MiB)', async () => {
    const big = registryOf(2, 'x'.repeat(9 * 1024 * 1024));
    await writeFile(path.join(dir, 'flags.yml'), big);
    expect(await check()).toContainEqual(unreadable(/over the 16 MiB size limit/));
  });

  it('reads a registry larger than the 1 MiB file limit, and within the time budget', async () => {
    // ~3 MiB: 20,000 flags, a realistic registry of a very large organisation.
    await writeFile(path.join(dir, 'flags.yml'), registryOf(20_000, 'Rolls out the thing.'));
    const started = Date.now();
    const files = await openLocalRepo(dir);
    const analysis = await analyzeFlags(files, defaultConfig().flags);
    expect(analysis.registryExists).toBe(true);
    expect(analysis.registry.flags).toHaveLength(20_001);
    expect(findingsOf(analysis, defaultConfig().flags, NOW)).not.toContainEqual(
      expect.objectContaining({ ruleId: 'flags/undeclared' }),
    );
    expect(files.notices().filter((n) => n.file === 'flags.yml')).toEqual([]);
    expect(Date.now() - started).toBeLessThan(20_000);
  });
});

describe('the sweep planner', () => {
  it('plans nothing when the registry could not be read, although every issue would otherwise close', () => {
    const before = sweep({
      flags: [flag('new-checkout', { expires: '2026-11-20' })],
      refs: [ref('new-checkout')],
    });
    expect(before.issues).toHaveLength(1);
    // The same repository with an unreadable registry: no flag is declared any more.
    const input = inputOf({
      flags: [],
      refs: [ref('new-checkout')],
      existing: before.issues,
      extra: {
        registryError: 'flags.yml could not be read: symlink points outside the repository',
      },
    });
    const plan = planFlagSync(input);
    expect(plan.operations).toEqual([]);
    expect(plan.refused).toMatch(/symlink points outside the repository.*no issue was changed/);
  });
});
