import { mkdir, symlink } from 'node:fs/promises';
import path from 'node:path';
import type { Log } from 'sarif';
import { describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import { cli, tempRepo } from '../support/cli.js';
import { expectValidSarif } from '../support/sarif-schema.js';

describe('ops-steward CLI', () => {
  it('prints help and the version with exit 0', async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: ops-steward');
    expect(help.stdout).toContain('check');
    const version = await cli(['--version']);
    expect(version).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
  });

  it('treats an unknown command as a usage error with a suggestion, exit 2', async () => {
    const run = await cli(['chek']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("unknown command 'chek'");
    expect(run.stderr).toContain('check');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('treats an unknown option as a usage error with a suggestion, exit 2', async () => {
    const run = await cli(['check', '--formt', 'json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("unknown option '--formt'");
    expect(run.stderr).toContain('--format');
  });

  it('rejects an unknown --format value and a bad --now', async () => {
    const dir = await tempRepo({ 'a.txt': 'x' });
    expect((await cli(['check', '--repo', dir, '--format', 'xml'])).code).toBe(2);
    const badNow = await cli(['check', '--repo', dir, '--now', 'tomorrow']);
    expect(badNow.code).toBe(2);
    expect(badNow.stderr).toContain('invalid date "tomorrow"');
  });

  it('says clearly when the repository directory is missing, exit 2', async () => {
    const run = await cli(['check', '--repo', '/nonexistent/ops-steward-repo']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('/nonexistent/ops-steward-repo');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('stops on an invalid config with file:line:column and the key path, exit 2', async () => {
    const dir = await tempRepo({
      '.github/ops-steward.yml': 'flags:\n  expiringWithinDays: -3\n',
    });
    const run = await cli(['check', '--repo', dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      '.github/ops-steward.yml:2:23 flags.expiringWithinDays must be an integer >= 0',
    );
  });

  it('stops on a folder where the config file belongs instead of running with the defaults, exit 2', async () => {
    const dir = await tempRepo({ '.github/ops-steward.yml/flags.yml': 'flags: {}\n' });
    const run = await cli(['check', '--repo', dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('.github/ops-steward.yml exists but cannot be read as the config');
    expect(run.stderr).toContain('it is a folder, not a file');
    expect(run.stdout).not.toContain('with its defaults');
  });

  it('stops on a config the reader skipped (a symlink out of the repository), exit 2', async () => {
    const outside = await tempRepo({ 'steward.yml': 'checks:\n  flags: false\n' });
    const dir = await tempRepo({ 'a.txt': 'x' });
    await mkdir(path.join(dir, '.github'), { recursive: true });
    await symlink(path.join(outside, 'steward.yml'), path.join(dir, '.github/ops-steward.yml'));
    const run = await cli(['check', '--repo', dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('.github/ops-steward.yml exists but cannot be read as the config');
    expect(run.stdout).not.toContain('with its defaults');
  });

  it('stops on a config that is not YAML, exit 2', async () => {
    const dir = await tempRepo({ '.github/ops-steward.yml': 'flags: [\n' });
    const run = await cli(['check', '--repo', dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/\.github\/ops-steward\.yml:\d+:\d+ /);
  });

  it('reads --config relative to the working directory and says when it is missing', async () => {
    const dir = await tempRepo({ 'conf/steward.yml': 'chekcs: {}\n' });
    const ok = await cli(
      ['check', '--repo', '.', '--config', 'conf/steward.yml', '--format', 'json'],
      dir,
    );
    expect(ok.code).toBe(0);
    const report = JSON.parse(ok.stdout) as {
      findings: { ruleId: string; file: string; line: number; message: string }[];
    };
    expect(report.findings).toContainEqual(
      expect.objectContaining({ ruleId: 'config/unknown-key', file: 'conf/steward.yml', line: 1 }),
    );
    const missing = await cli(['check', '--config', 'nope.yml'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read config nope.yml: no such file');
  });

  it('reports unknown config keys as warnings but still runs (exit 0 with --fail-on error)', async () => {
    const dir = await tempRepo({ '.github/ops-steward.yml': 'flgs:\n  registry: x.yml\n' });
    const run = await cli(['check', '--repo', dir]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('unknown key "flgs"; did you mean "flags"?');
    expect((await cli(['check', '--repo', dir, '--fail-on', 'warning'])).code).toBe(1);
  });

  it('checks an empty repository without complaint', async () => {
    const dir = await tempRepo({});
    const run = await cli(['check', '--repo', dir, '--format', 'json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ summary: { errors: 0, warnings: 0 } });
  });
});

describe('ops-steward check on the bundled example', () => {
  it('prints valid SARIF 2.1.0 with every finding located in the repository', async () => {
    const run = await cli([
      'check',
      '--repo',
      'examples/acme-shop',
      '--format',
      'sarif',
      '--now',
      '2026-11-25',
    ]);
    expect(run.code).toBe(1);
    const log = JSON.parse(run.stdout) as Log;
    expectValidSarif(log);
    const uris = log.runs[0]!.results!.map(
      (r) => r.locations![0]!.physicalLocation!.artifactLocation!.uri,
    );
    expect(uris).toContain('flags.yml');
    expect(uris).toContain('src/web/components/Reorder.tsx');
  });

  it('reports every flag state the example is built to show', async () => {
    const run = await cli([
      'check',
      '--repo',
      'examples/acme-shop',
      '--format',
      'json',
      '--now',
      '2026-11-25',
    ]);
    const report = JSON.parse(run.stdout) as { findings: { ruleId: string; message: string }[] };
    const about = (rule: string) =>
      report.findings.filter((f) => f.ruleId === rule).map((f) => f.message.split('"')[1]);
    expect(about('flags/expired')).toEqual(['search-typo-tolerance']);
    expect(about('flags/expiring').sort()).toEqual(['checkout-express-pay', 'new-checkout']);
    // sticky-cart is declared in code (src/web/flags.ts) and only the typed helper useWebFlag mentions
    // it: that helper is a wrapper, not a reference to every WebFlag.
    expect(about('flags/orphaned').sort()).toEqual(['holiday-banner', 'sticky-cart']);
    expect(about('flags/undeclared')).toEqual(['one-click-reorder']);
    // Kept alive only by the template literal `checkout-${step}` and by Python code: neither is orphaned.
    expect(report.findings.some((f) => /checkout-gift-cards|recs-v2-model/.test(f.message))).toBe(
      false,
    );
  });
});
