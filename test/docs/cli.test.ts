import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempRepo } from '../support/cli.js';
import { GOOD_POSTMORTEM, GOOD_RUNBOOK } from './fixtures.js';
import { CODEOWNERS, ONCALL, lineOf } from './helpers.js';

const FLAWED_RUNBOOK = GOOD_RUNBOOK.replace(
  '## Impact\n\nCustomers cannot pay; every minute costs about 45 orders.\n\n',
  '',
);

async function repo(extra: Record<string, string> = {}): Promise<string> {
  return tempRepo({
    '.github/CODEOWNERS': CODEOWNERS,
    'oncall/schedules.yml': ONCALL,
    'docs/postmortems/2026-10-14-checkout.md': GOOD_POSTMORTEM,
    'docs/postmortems/README.md': '# Postmortems\n\nOne file per incident.\n',
    'docs/runbooks/checkout-error-rate.md': FLAWED_RUNBOOK,
    ...extra,
  });
}

describe('ops-steward docs check', () => {
  it('checks every document of every kind, with --json as {"findings":[Finding…]}', async () => {
    const dir = await repo();
    const run = await cli(['docs', 'check', '--repo', dir, '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const out = JSON.parse(run.stdout) as { findings: Record<string, unknown>[] };
    expect(Object.keys(out)).toEqual(['findings']);
    expect(out.findings).toEqual([
      expect.objectContaining({
        ruleId: 'docs/missing-section',
        severity: 'error',
        file: 'docs/runbooks/checkout-error-rate.md',
        line: lineOf(FLAWED_RUNBOOK, '## Diagnosis'),
        column: 1,
        message: 'missing section ## Impact (it belongs before "Diagnosis")',
        owners: ['@acme/sre'],
      }),
    ]);
  });

  it('--json holds the Finding fields only: the order missing sections are listed in is no field', async () => {
    const bare = GOOD_RUNBOOK.slice(0, GOOD_RUNBOOK.indexOf('## Impact'));
    const dir = await repo({ 'docs/runbooks/checkout-error-rate.md': bare });
    for (const args of [[], ['docs/runbooks/checkout-error-rate.md']]) {
      const run = await cli(['docs', 'check', '--repo', dir, '--json', ...args], dir);
      const out = JSON.parse(run.stdout) as { findings: Record<string, unknown>[] };
      expect(out.findings.map((f) => f.message)).toEqual([
        'missing section ## Impact (it belongs after "Meaning")',
        'missing section ## Diagnosis (it belongs after "Meaning")',
        'missing section ## Mitigation (it belongs after "Meaning")',
        'missing section ## Escalation (it belongs after "Meaning")',
      ]);
      expect(out.findings.flatMap((f) => Object.keys(f))).not.toContain('order');
    }
  });

  it('an image too large or too binary to read still exists: a link to a dashboard snapshot is fine', async () => {
    const dir = await repo({
      'docs/runbooks/checkout-error-rate.md': GOOD_RUNBOOK.replace(
        '## Mitigation',
        '![Error rate during the last incident](img/error-rate.png)\n\n## Mitigation',
      ),
    });
    await mkdir(path.join(dir, 'docs/runbooks/img'), { recursive: true });
    // A screenshot of 1.5 MB: past the reader's 1 MB limit for text.
    const png = Buffer.alloc(1_500_000, 0x89);
    await writeFile(path.join(dir, 'docs/runbooks/img/error-rate.png'), png);
    const run = await cli(['docs', 'check', '--repo', dir, '--json']);
    const out = JSON.parse(run.stdout) as { findings: { ruleId: string; message: string }[] };
    expect(out.findings.filter((f) => f.ruleId === 'docs/broken-link')).toEqual([]);
  });

  it('a document the reader skips is reported, never silently left out', async () => {
    const dir = await repo();
    // A runbook saved in Latin-1 by an old editor: too many bytes that are not UTF-8 to read as text.
    await writeFile(
      path.join(dir, 'docs/runbooks/cache-eviction.md'),
      Buffer.from('# Cache \xe9viction \xe9lev\xe9e\n', 'latin1'),
    );
    const run = await cli(['docs', 'check', '--repo', dir, '--json']);
    const out = JSON.parse(run.stdout) as { findings: { ruleId: string; file?: string }[] };
    expect(out.findings.map((f) => [f.ruleId, f.file])).toEqual([
      ['repo/skipped-file', 'docs/runbooks/cache-eviction.md'],
      ['docs/missing-section', 'docs/runbooks/checkout-error-rate.md'],
    ]);
  });

  it('checks only the files it is given, relative to the current directory, and exits 0 when they are fine', async () => {
    const dir = await repo();
    const run = await cli(
      ['docs', 'check', '--repo', '.', '--json', 'docs/postmortems/2026-10-14-checkout.md'],
      dir,
    );
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(run.stdout)).toEqual({ findings: [] });
    const sub = await cli(
      ['docs', 'check', '--repo', '..', 'checkout-error-rate.md'],
      path.join(dir, 'docs/runbooks'),
    );
    expect(sub.code).toBe(1);
    expect(sub.stdout).toContain('checkout-error-rate.md:');
    expect(sub.stdout).toContain('missing section ## Impact');
  });

  it('names a file of no kind on stderr, and a missing file is a usage error', async () => {
    const dir = await repo({ 'docs/design.md': '# Design\n' });
    const other = await cli([
      'docs',
      'check',
      '--repo',
      dir,
      '--json',
      path.join(dir, 'docs/design.md'),
    ]);
    expect(other.code).toBe(0);
    expect(other.stderr).toContain('is not a document of any kind');
    const missing = await cli(['docs', 'check', '--repo', dir, 'docs/runbooks/nope.md'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('docs/runbooks/nope.md: no such file');
  });

  it('an invalid docs config is a usage error at its line', async () => {
    const dir = await repo({
      '.github/ops-steward.yml': 'docs:\n  kinds:\n    adr:\n      paths: "docs/adr"\n',
    });
    const run = await cli(['docs', 'check', '--repo', dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('.github/ops-steward.yml:4');
  });
});

describe('ops-steward docs new', () => {
  it("writes a postmortem from the template with the date and the kind's file name", async () => {
    const dir = await repo();
    const run = await cli([
      'docs',
      'new',
      'postmortem',
      'Search down: 502s on /api/search',
      '--repo',
      dir,
      '--now',
      '2026-11-30',
    ]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toBe('docs/postmortems/2026-11-30-search-down-502s-on-api-search.md\n');
    const text = await readFile(
      path.join(dir, 'docs/postmortems/2026-11-30-search-down-502s-on-api-search.md'),
      'utf8',
    );
    expect(text).toContain('title: "Search down: 502s on /api/search"\ndate: 2026-11-30\n');
    expect(text).toContain('\n# Search down: 502s on /api/search\n');
    expect(text).toContain('<!-- ops-steward: timeline -->');
    // What is left for the author is reported until it is written.
    const check = await cli(['docs', 'check', '--repo', dir, '--json', run.stdout.trim()], dir);
    const rules = (JSON.parse(check.stdout) as { findings: { ruleId: string }[] }).findings.map(
      (f) => f.ruleId,
    );
    expect(rules).toContain('docs/placeholder');
    expect(rules).not.toContain('docs/missing-section');
    // The template's example entries are placeholders, not a broken timeline, 5 Whys or action items.
    expect(rules).not.toContain('docs/timeline-order');
    expect(rules).not.toContain('docs/five-whys');
    expect(rules).not.toContain('docs/action-item-owner');
    const messages = (JSON.parse(check.stdout) as { findings: { message: string }[] }).findings.map(
      (f) => f.message,
    );
    expect(messages).toContain(
      'front matter field "status" still holds the template\'s choices: pick one of draft | in review | final',
    );
    expect(messages).toContain(
      'front matter field "authors" still holds the template\'s "@handle": fill it in',
    );
  });

  it('names runbooks without a date, uses --dir, never overwrites', async () => {
    const dir = await repo();
    const first = await cli([
      'docs',
      'new',
      'runbook',
      'Search latency',
      '--repo',
      dir,
      '--dir',
      'services/search/runbooks',
    ]);
    expect(first).toMatchObject({
      code: 0,
      stdout: 'services/search/runbooks/search-latency.md\n',
    });
    const again = await cli([
      'docs',
      'new',
      'runbook',
      'Search latency',
      '--repo',
      dir,
      '--dir',
      'services/search/runbooks',
    ]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists');
  });

  it('refuses an unknown kind and a folder its kind does not cover', async () => {
    const dir = await repo();
    const unknown = await cli(['docs', 'new', 'post-mortem', 'X', '--repo', dir]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain(
      'unknown kind "post-mortem": the kinds are postmortem, runbook',
    );
    const outside = await cli(['docs', 'new', 'runbook', 'X', '--repo', dir, '--dir', 'docs']);
    expect(outside.code).toBe(2);
    expect(outside.stderr).toContain('docs/x.md would not be checked as a runbook');
  });
});
