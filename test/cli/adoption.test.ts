import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Log } from 'sarif';
import { beforeAll, describe, expect, it } from 'vitest';
import { cliBundle, cliBundlePath } from '../support/cli.js';

/**
 * Adopting ops-steward in a repository that already has findings: the baseline records them so later runs
 * show only new ones, and inline comments suppress the ones that do not apply. Through the built bundle.
 */
const example = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../examples/acme-shop',
);
const NOW = ['--now', '2026-11-25'];

interface Report {
  summary: { errors: number; warnings: number; notices: number };
  findings: {
    ruleId: string;
    file?: string;
    line?: number;
    message: string;
    fingerprint?: string;
  }[];
}

async function copyOfExample(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'ops-steward-adopt-'));
  await cp(example, dir, { recursive: true });
  return dir;
}

async function edit(dir: string, rel: string, change: (text: string) => string): Promise<void> {
  const file = path.join(dir, rel);
  await writeFile(file, change(await readFile(file, 'utf8')));
}

async function report(dir: string): Promise<Report> {
  const run = await cliBundle(['check', dir, '--json', '--fail-on', 'never', ...NOW]);
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as Report;
}

beforeAll(async () => {
  await cliBundlePath();
}, 120_000);

describe('check --write-baseline', () => {
  it('records today’s findings; later runs report only new ones and one line counting the rest', async () => {
    const dir = await copyOfExample();
    const before = await report(dir);
    expect(before.summary.errors).toBeGreaterThan(0);

    const write = await cliBundle(['check', dir, '--write-baseline', ...NOW]);
    expect(write.code).toBe(0);
    expect(write.stdout).toMatch(
      new RegExp(
        `^wrote \\.github/ops-steward-baseline\\.json: ${before.findings.length} findings \\(`,
      ),
    );
    const baseline = JSON.parse(
      await readFile(path.join(dir, '.github/ops-steward-baseline.json'), 'utf8'),
    ) as {
      version: number;
      findings: { ruleId: string; file: string | null; fingerprint: string }[];
    };
    expect(baseline.version).toBe(1);
    expect(baseline.findings.map((f) => f.fingerprint).sort()).toEqual(
      before.findings.map((f) => f.fingerprint).sort(),
    );

    // Clean now: the old errors no longer fail the run.
    const clean = await cliBundle(['check', dir, ...NOW]);
    expect(clean.code).toBe(0);
    expect(clean.stdout).toContain(`${before.findings.length} baselined findings are not shown`);

    // Lines inserted above every finding move them, and they stay baselined.
    await edit(dir, 'flags.yml', (t) => `# Reviewed by the platform team.\n#\n${t}`);
    await edit(dir, '.github/CODEOWNERS', (t) => `# Keep sorted by path.\n${t}`);
    // A new undeclared flag is new.
    await edit(
      dir,
      'src/web/components/Header.tsx',
      (t) => `${t}\nexport const useMegaMenu = () => useFlag('mega-menu');\n`,
    );
    const after = await report(dir);
    expect(after.findings.map((f) => f.ruleId)).toEqual(['baseline/baselined', 'flags/undeclared']);
    expect(after.findings[1]!.message).toContain('"mega-menu"');
    expect(after.findings[0]).toMatchObject({
      file: '.github/ops-steward-baseline.json',
      message: expect.stringContaining(
        `${before.findings.length} baselined findings are not shown`,
      ),
    });
  });

  it('uses the fingerprints SARIF gives code scanning', async () => {
    const dir = await copyOfExample();
    await cliBundle(['check', dir, '--write-baseline', ...NOW]);
    const sarif = await cliBundle([
      'check',
      '--repo',
      dir,
      '--format',
      'sarif',
      '--fail-on',
      'never',
      ...NOW,
    ]);
    // With everything baselined, SARIF carries the summary only; without the baseline, every result.
    const baselineText = await readFile(
      path.join(dir, '.github/ops-steward-baseline.json'),
      'utf8',
    );
    await writeFile(
      path.join(dir, '.github/ops-steward-baseline.json'),
      '{"version":1,"findings":[]}\n',
    );
    const full = JSON.parse(
      (await cliBundle(['check', dir, '--format', 'sarif', '--fail-on', 'never', ...NOW])).stdout,
    ) as Log;
    const fingerprints = full.runs[0]!.results!.map(
      (r) => r.partialFingerprints!.primaryLocationLineHash,
    );
    const recorded = (JSON.parse(baselineText) as { findings: { fingerprint: string }[] }).findings;
    expect([...fingerprints].sort()).toEqual(recorded.map((f) => f.fingerprint).sort());
    const onlySummary = JSON.parse(sarif.stdout) as Log;
    expect(onlySummary.runs[0]!.results!.map((r) => r.ruleId)).toEqual(['baseline/baselined']);
  });

  it('an unreadable baseline hides nothing and is an error at its position', async () => {
    const dir = await copyOfExample();
    const all = await report(dir);
    await writeFile(
      path.join(dir, '.github/ops-steward-baseline.json'),
      '{\n  "version": 1,\n  "findings": [\n',
    );
    const run = await cliBundle(['check', dir, '--json', ...NOW]);
    expect(run.code).toBe(1);
    const broken = JSON.parse(run.stdout) as Report;
    expect(broken.findings).toHaveLength(all.findings.length + 1);
    expect(broken.findings).toContainEqual(
      expect.objectContaining({
        ruleId: 'baseline/invalid',
        file: '.github/ops-steward-baseline.json',
        // Just after the last character: where the list should have been closed.
        line: 3,
        column: 16,
      }),
    );
  });
});

describe('inline suppressions', () => {
  it('suppresses in code, YAML and CODEOWNERS; a missing reason or an unused one is a notice', async () => {
    const dir = await copyOfExample();
    await edit(dir, 'src/web/components/Reorder.tsx', (t) =>
      t.replace(
        "  const enabled = useFlag('one-click-reorder');",
        "  // ops-steward-disable-next-line flags/undeclared -- declared in the partner SDK's own registry\n  const enabled = useFlag('one-click-reorder');",
      ),
    );
    await edit(dir, 'flags.yml', (t) =>
      t.replace(
        '  holiday-banner:',
        '  # ops-steward-disable-next-line flags/orphaned\n  holiday-banner:',
      ),
    );
    // The flag declared in code (src/web/flags.ts) is suppressed where it is declared.
    await edit(dir, 'src/web/flags.ts', (t) =>
      t.replace(
        "  StickyCart = 'sticky-cart',",
        "  // ops-steward-disable-next-line flags/orphaned -- wired up in the next sprint\n  StickyCart = 'sticky-cart',",
      ),
    );
    await edit(dir, '.github/CODEOWNERS', (t) =>
      t.replace(
        '/src/legacy-cart/',
        '# ops-steward-disable-next-line codeowners/unmatched-pattern, flags/expird -- created by the deploy job\n/src/legacy-cart/',
      ),
    );
    await edit(
      dir,
      'src/checkout/cart.ts',
      (t) => `// ops-steward-disable-next-line flags/expird -- typo\n${t}`,
    );

    const { findings } = await report(dir);
    const ids = findings.map((f) => `${f.ruleId} ${f.file}:${f.line ?? ''}`);
    expect(ids.filter((i) => i.startsWith('flags/undeclared'))).toEqual([]);
    expect(ids.filter((i) => i.startsWith('flags/orphaned'))).toEqual([]);
    expect(ids.filter((i) => i.startsWith('codeowners/unmatched-pattern'))).toEqual([]);
    expect(findings.filter((f) => f.ruleId.startsWith('suppressions/'))).toEqual([
      expect.objectContaining({
        ruleId: 'suppressions/missing-reason',
        file: 'flags.yml',
        message: expect.stringContaining('gives no reason'),
      }),
      expect.objectContaining({
        ruleId: 'suppressions/unused',
        file: 'src/checkout/cart.ts',
        line: 1,
        message: expect.stringContaining('there is no rule "flags/expird"'),
      }),
    ]);
    // The flag still exists for everything else.
    expect(ids.some((i) => i.startsWith('flags/expired'))).toBe(true);
  });
});
