import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { defaultConfig } from '../../src/config/defaults.js';
import { parseConfig } from '../../src/config/load.js';
import { parseRegistry } from '../../src/flags/registry.js';
import { WORKFLOWS } from '../../src/init/workflows.js';
import { cliBundle, cliBundlePath } from '../support/cli.js';

/**
 * `ops-steward init` on an old repository as people have them: CommonJS and JSX, LaunchDarkly on the server
 * and Unleash in the client, a CODEOWNERS that leaves lib/ unowned, a `master` branch, an old CI workflow.
 */
const fixture = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../fixtures/init/legacy-storefront',
);
const NOW = '2026-12-01';

async function freshCopy(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'ops-steward-init-'));
  await cp(fixture, dir, { recursive: true });
  execFileSync('git', ['init', '-q', '-b', 'master'], { cwd: dir });
  return dir;
}

const read = (dir: string, rel: string): Promise<string> => readFile(path.join(dir, rel), 'utf8');

interface InitJson {
  files: { path: string; action: string }[];
  flags: { key: string; owners: string[]; file: string; line: number; column: number }[];
  patterns: string[];
}

beforeAll(async () => {
  await cliBundlePath();
}, 120_000);

describe('ops-steward init', () => {
  it('writes the config, a registry seeded from the code, and both workflows, and says so', async () => {
    const dir = await freshCopy();
    const run = await cliBundle(['init', '--now', NOW], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const written = run.stdout.split('\n').filter((l) => /^ {2}written /.test(l));
    expect(written.map((l) => l.trim().split(/\s+/)[1])).toEqual([
      '.github/ops-steward.yml',
      'flags.yml',
      '.github/workflows/ops-steward.yml',
      '.github/workflows/ops-steward-flags.yml',
    ]);
    expect(run.stdout).toContain('6 flags the code reads, 1 without an owner');
    expect(run.stdout).toMatch(/^ {2}legacy-cart-merge {2}lib\/legacy\/cart-merge\.js:5:\d+$/m);
    expect(run.stdout).toContain('(promo-*): declare every flag they can make');
    // The old CI workflow is someone else's and stays as it was.
    expect(await read(dir, '.github/workflows/ci.yml')).toBe(
      await read(fixture, '.github/workflows/ci.yml'),
    );
  });

  it('writes a config with the schema comment that passes its own validation', async () => {
    const dir = await freshCopy();
    await cliBundle(['init', dir, '--now', NOW]);
    const text = await read(dir, '.github/ops-steward.yml');
    expect(text.split('\n')[0]).toBe(
      '# yaml-language-server: $schema=https://raw.githubusercontent.com/ops-steward/ops-steward/main/schemas/config.schema.json',
    );
    const loaded = parseConfig(text, '.github/ops-steward.yml');
    expect(loaded.errors).toEqual([]);
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.config.flags).toEqual(defaultConfig().flags);
  });

  it('seeds each flag with its CODEOWNERS owner, today, the lifetime policy and type release', async () => {
    const dir = await freshCopy();
    const run = await cliBundle(['init', '--repo', dir, '--now', NOW, '--json']);
    const out = JSON.parse(run.stdout) as InitJson;
    expect(out.flags.map((f) => [f.key, f.owners, f.file])).toEqual([
      [
        'invoice-pdf-v2',
        ['@storefront/billing', 'billing-leads@storefront.example'],
        'server/billing/invoices.js',
      ],
      ['legacy-cart-merge', [], 'lib/legacy/cart-merge.js'],
      // Read by the client and the server: the first reference (by path) decides.
      ['one-page-checkout', ['@storefront/web'], 'client/src/components/Checkout.jsx'],
      ['same-day-delivery', ['@storefront/backend'], 'server/routes/checkout.js'],
      ['search-autocomplete', ['@storefront/web'], 'client/src/components/SearchBox.jsx'],
      ['search-incremental-reindex', ['@storefront/backend'], 'scripts/nightly-reindex.js'],
    ]);
    expect(out.patterns).toEqual(['promo-*']);

    const text = await read(dir, 'flags.yml');
    expect(text.split('\n')[0]).toContain('$schema=');
    const registry = parseRegistry(text, 'flags.yml', defaultConfig().flags);
    // Valid against the registry's own rules, except the one entry no CODEOWNERS rule gives an owner.
    expect(registry.findings.map((f) => [f.line, f.message])).toEqual([
      [expect.any(Number), expect.stringContaining('"legacy-cart-merge" has no owner')],
    ]);
    const entries = (parseYaml(text) as { flags: Record<string, Record<string, unknown>> }).flags;
    for (const entry of Object.values(entries)) {
      expect(entry).toMatchObject({ created: NOW, expires: '2026-12-31', type: 'release' });
    }
    expect(text).toContain(
      '# owner: missing — no CODEOWNERS rule owns lib/legacy/cart-merge.js; add @user, @org/team or an email',
    );
  });

  it('leaves the repository in a state `check` and `flags status` read as intended', async () => {
    const dir = await freshCopy();
    await cliBundle(['init', dir, '--now', NOW]);
    const status = await cliBundle(['flags', 'status', dir, '--now', NOW, '--json']);
    const states = (JSON.parse(status.stdout) as { flags: { key: string; state: string }[] }).flags;
    expect(states.filter((f) => f.state !== 'active')).toEqual([
      expect.objectContaining({ key: 'legacy-cart-merge', state: 'invalid' }),
    ]);
    // Once the owner is filled in, everything is clean.
    const registry = await read(dir, 'flags.yml');
    await writeFile(
      path.join(dir, 'flags.yml'),
      registry.replace(
        '  legacy-cart-merge:\n',
        "  legacy-cart-merge:\n    owner: '@storefront/backend'\n",
      ),
    );
    const check = await cliBundle(['check', dir, '--now', NOW, '--json']);
    expect(check.code).toBe(0);
    const report = JSON.parse(check.stdout) as { findings: { ruleId: string }[] };
    expect(report.findings.filter((f) => f.ruleId.startsWith('flags/'))).toEqual([]);
  });

  it('writes the README’s two workflows, on the repository’s own branch', async () => {
    const dir = await freshCopy();
    await cliBundle(['init', dir, '--now', NOW]);
    for (const workflow of WORKFLOWS) {
      const text = await read(dir, workflow.path);
      expect(text).toBe(workflow.text.replace('branches: [main]', 'branches: [master]'));
    }
    expect(await read(dir, '.github/workflows/ops-steward.yml')).toContain('branches: [master]');
  });

  it('never overwrites without --force, and says what it kept', async () => {
    const dir = await freshCopy();
    await writeFile(path.join(dir, 'flags.yml'), 'flags: {}\n');
    await cliBundle(['init', dir, '--now', NOW]);
    expect(await read(dir, 'flags.yml')).toBe('flags: {}\n');
    const before = await read(dir, '.github/ops-steward.yml');
    await writeFile(path.join(dir, '.github/ops-steward.yml'), `${before}# ours\n`);

    const again = await cliBundle(['init', dir, '--now', '2027-01-15', '--json']);
    expect(again.code).toBe(0);
    expect((JSON.parse(again.stdout) as InitJson).files.map((f) => f.action)).toEqual([
      'kept',
      'kept',
      'kept',
      'kept',
    ]);
    expect(await read(dir, '.github/ops-steward.yml')).toBe(`${before}# ours\n`);

    const text = await cliBundle(['init', dir]);
    expect(text.stdout).toMatch(
      /^ {2}kept +flags\.yml +exists, left as it is; --force overwrites it$/m,
    );

    const forced = await cliBundle(['init', dir, '--now', NOW, '--force', '--json']);
    expect((JSON.parse(forced.stdout) as InitJson).files.map((f) => f.action)).toEqual([
      'overwritten',
      'overwritten',
      'overwritten',
      'overwritten',
    ]);
    expect(await read(dir, '.github/ops-steward.yml')).toBe(before);
    expect(await read(dir, 'flags.yml')).toContain('invoice-pdf-v2:');
  });

  it('writes the registry where an existing config says it lives', async () => {
    const dir = await freshCopy();
    await writeFile(
      path.join(dir, '.github/ops-steward.yml'),
      'flags:\n  registry: config/flags.yml\n',
    );
    const run = await cliBundle(['init', dir, '--now', NOW, '--json']);
    expect((JSON.parse(run.stdout) as InitJson).files.slice(0, 2)).toEqual([
      { path: '.github/ops-steward.yml', action: 'kept' },
      { path: 'config/flags.yml', action: 'written' },
    ]);
    expect(await read(dir, 'config/flags.yml')).toContain('same-day-delivery:');
  });
});

describe('the README', () => {
  it('shows exactly the workflows init writes', async () => {
    const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
    for (const workflow of WORKFLOWS) {
      expect(readme).toContain(`\`\`\`yaml\n${workflow.text}\`\`\``);
    }
  });
});
