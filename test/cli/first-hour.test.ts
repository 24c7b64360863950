import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, cliBundle, cliBundlePath, tempRepo } from '../support/cli.js';

/**
 * What a new user meets in the first hour, run through the built CLI bundle as a separate process: the
 * option names, the positional directory, --config lookup, dates, and `flags status` on a broken entry.
 */
const example = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../examples/acme-shop',
);

interface Report {
  generatedAt: string;
  summary: { errors: number; warnings: number; notices: number };
  findings: { ruleId: string; file?: string; line?: number; message: string }[];
}

beforeAll(async () => {
  await cliBundlePath();
}, 120_000);

describe('check: --json, a positional directory', () => {
  it('prints the same JSON report for --json, --format json, [dir] and --repo', async () => {
    const now = ['--now', '2026-11-25', '--fail-on', 'never'];
    const runs = await Promise.all([
      cliBundle(['check', example, '--json', ...now]),
      cliBundle(['check', '--repo', example, '--format', 'json', ...now]),
      cliBundle(['check', '.', '--json', ...now], { cwd: example }),
    ]);
    for (const run of runs) expect(run).toMatchObject({ code: 0, stderr: '' });
    const [a, b, c] = runs.map((r) => JSON.parse(r.stdout) as Report & { repository?: string });
    expect(a!.findings.length).toBeGreaterThan(5);
    expect(b!.findings).toEqual(a!.findings);
    expect(c!.findings).toEqual(a!.findings);
  });

  it('refuses two different repositories, and --json with another --format, exit 2', async () => {
    const dir = await tempRepo({ 'README.md': '# x\n' });
    const two = await cliBundle(['check', dir, '--repo', example]);
    expect(two.code).toBe(2);
    expect(two.stderr).toContain('two repositories given');
    const same = await cliBundle(['check', dir, '--repo', dir, '--json']);
    expect(same.code).toBe(0);
    const clash = await cliBundle(['check', dir, '--json', '--format', 'sarif']);
    expect(clash.code).toBe(2);
    expect(clash.stderr).toContain('--json contradicts --format sarif');
  });

  it('gives every subcommand the same option names', async () => {
    const commands = [
      ['check'],
      ['flags', 'scan'],
      ['flags', 'status'],
      ['codeowners', 'owners'],
      ['who-owns'],
    ];
    const dated = new Set(['check', 'flags status', 'who-owns']);
    for (const command of commands) {
      const help = await cliBundle([...command, '--help']);
      expect(help.code).toBe(0);
      for (const option of ['--repo <dir>', '--config <path>', '--format <format>', '--json'])
        expect(help.stdout, `${command.join(' ')} ${option}`).toContain(option);
      const hasClock = help.stdout.includes('--now <iso>') && help.stdout.includes('--at <iso>');
      expect(hasClock, command.join(' ')).toBe(dated.has(command.join(' ')));
    }
    const status = await cliBundle(['flags', 'status', example, '--at', '2026-11-25', '--json']);
    const byNow = await cliBundle(['flags', 'status', example, '--now', '2026-11-25', '--json']);
    expect(status.stdout).toBe(byNow.stdout);
    const who = await cliBundle([
      'who-owns',
      '--repo',
      example,
      '--now',
      '2026-11-28T10:00Z',
      '--json',
      'src/checkout/cart.ts',
    ]);
    expect(JSON.parse(who.stdout)).toEqual([
      expect.objectContaining({ path: 'src/checkout/cart.ts', owners: ['@acme/checkout'] }),
    ]);
  });
});

describe('--config', () => {
  it('is looked up in --repo first, then in the working directory', async () => {
    const repo = await tempRepo({
      'conf/steward.yml': 'flags:\n  expiringWithinDays: -1\n',
      'README.md': '# shop\n',
    });
    const elsewhere = await tempRepo({ 'conf/steward.yml': 'checks:\n  flags: true\n' });
    // Run from elsewhere: the repository's conf/steward.yml wins over the working directory's.
    const inRepo = await cliBundle(['check', '--repo', repo, '--config', 'conf/steward.yml'], {
      cwd: elsewhere,
    });
    expect(inRepo.code).toBe(2);
    expect(inRepo.stderr).toContain('flags.expiringWithinDays must be an integer >= 0');
    // Only in the working directory: found there.
    const onlyCwd = await tempRepo({ 'local.yml': 'chekcs: {}\n' });
    const fromCwd = await cliBundle(['check', '--repo', repo, '--config', 'local.yml', '--json'], {
      cwd: onlyCwd,
    });
    expect(fromCwd.code).toBe(0);
    expect((JSON.parse(fromCwd.stdout) as Report).findings).toContainEqual(
      expect.objectContaining({ ruleId: 'config/unknown-key', file: 'local.yml' }),
    );
  });

  it('names every resolved path it tried when the file is missing', async () => {
    const repo = await tempRepo({ 'README.md': '# shop\n' });
    const cwd = await tempRepo({ 'x.txt': 'x' });
    const run = await cliBundle(['check', '--repo', repo, '--config', 'strict.yml'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      `cannot read config strict.yml: no such file (looked for ${path.join(repo, 'strict.yml')} and ${path.join(cwd, 'strict.yml')})`,
    );
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('--now and --at', () => {
  it.each([
    ['2026-02-30', 'is not a day of the calendar'],
    ['2026-13-01', 'is not a day of the calendar'],
    ['2026-11-25T24:00', 'is not a time of day'],
    ['2026-11-25T12:00+25:00', 'is not a UTC offset'],
    ['2026-11-25T12', 'not an ISO-8601 date or date-time'],
    ['next friday', 'not an ISO-8601 date or date-time'],
  ])('rejects %s with exit 2', async (value, why) => {
    const run = await cliBundle(['check', example, '--now', value]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`invalid date "${value}" for --now: `);
    expect(run.stderr).toContain(why);
    const at = await cliBundle(['who-owns', '--repo', example, '--at', value, 'flags.yml']);
    expect(at.code).toBe(2);
    expect(at.stderr).toContain(`for --at`);
  });

  it('reads a date-time without an offset as UTC, whatever the machine’s time zone', async () => {
    const runs = await Promise.all(
      ['2026-11-25T12:00', '2026-11-25T12:00:00Z', '2026-11-25T13:00+01:00'].map((now) =>
        cliBundle(['check', example, '--json', '--fail-on', 'never', '--now', now], {
          env: { TZ: 'America/Los_Angeles' },
        }),
      ),
    );
    for (const run of runs) {
      expect(run.code).toBe(0);
      expect((JSON.parse(run.stdout) as Report).generatedAt).toBe('2026-11-25T12:00:00.000Z');
    }
  });

  it('accepts 29 February in leap years only', async () => {
    const leap = await cliBundle([
      'check',
      example,
      '--json',
      '--now',
      '2028-02-29',
      '--fail-on',
      'never',
    ]);
    expect((JSON.parse(leap.stdout) as Report).generatedAt).toBe('2028-02-29T00:00:00.000Z');
    const notLeap = await cliBundle(['check', example, '--now', '2027-02-29']);
    expect(notLeap.code).toBe(2);
  });
});

describe('flags status on an invalid registry entry', () => {
  const files = {
    'flags.yml': [
      'flags:',
      '  new-checkout:',
      "    owner: '@alice'",
      '    created: 2026-11-01',
      '    expires: 2026-12-01',
      '    type: release',
      '  search-v2:',
      '    owner: alice at acme',
      '    created: 2026-11-10',
      '    expires: 2026-12-05',
      '    type: release',
      '  bulk-export:',
      "    owner: '@acme/data'",
      '    created: 2026-11-01',
      '    expires: 2027-03-01',
      '    type: release',
      '',
    ].join('\n'),
    'src/checkout.ts': [
      "import { unleash } from './unleash';",
      "export const newCheckout = () => unleash.isEnabled('new-checkout');",
      "export const searchV2 = () => unleash.isEnabled('search-v2');",
      "export const bulkExport = () => unleash.isEnabled('bulk-export');",
      '',
    ].join('\n'),
  };

  it('is `invalid` with the error in --json, the other rows keep their shape', async () => {
    const dir = await tempRepo(files);
    const run = await cliBundle(['flags', 'status', dir, '--json', '--now', '2026-11-20']);
    expect(run.code).toBe(1);
    const { flags } = JSON.parse(run.stdout) as { flags: Record<string, unknown>[] };
    expect(flags.map((f) => [f.key, f.state])).toEqual([
      ['new-checkout', 'active'],
      ['search-v2', 'invalid'],
      ['bulk-export', 'invalid'],
    ]);
    // The shape stays: an invalid row has every field of a valid one (pinned in test/flags/status.test.ts), then `error`.
    expect(Object.keys(flags[1]!)).toEqual([...Object.keys(flags[0]!), 'error']);
    expect(flags[1]!.error).toMatch(/^flags\.yml:8:12 .*owner/);
    // bulk-export: four months is over the 30-day lifetime.
    expect(flags[2]!.error).toMatch(/^flags\.yml:15:\d+ /);
  });

  it('shows `invalid` and the error in the table', async () => {
    const dir = await tempRepo(files);
    const run = await cliBundle(['flags', 'status', dir, '--now', '2026-11-20']);
    const lines = run.stdout.split('\n');
    expect(lines.find((l) => l.startsWith('search-v2'))).toMatch(/^search-v2\s+invalid\s/);
    expect(run.stdout).toMatch(/^invalid search-v2: flags\.yml:8:12 .*owner/m);
    expect(run.stdout).toContain('3 flags: 1 active, 2 invalid');
  });
});

describe('progress', () => {
  it('writes nothing to stderr when it is not a terminal', async () => {
    const run = await cliBundle(['check', example, '--now', '2026-11-25', '--fail-on', 'never']);
    expect(run.stderr).toBe('');
    expect(run.stdout).not.toContain('\r');
  });

  it('draws one self-overwriting line on a terminal once the work passes 2 s, and erases it', async () => {
    let t = 0;
    // Every look at the clock is half a second later: the scan "takes" long enough to be shown.
    const clock = (): number => (t += 500);
    const run = await cli(
      ['check', example, '--now', '2026-11-25', '--fail-on', 'never'],
      example,
      {
        isTty: false,
        stderrIsTty: true,
        clock,
      },
    );
    const frames = run.stderr.split('\r\x1b[K').filter(Boolean);
    expect(frames.length).toBeGreaterThan(1);
    for (const frame of frames) expect(frame).toMatch(/^scanning flags: \d+ \/ \d+ files$/);
    const [, done, total] = /(\d+) \/ (\d+) files$/.exec(frames.at(-1)!)!;
    expect(done).toBe(total);
    // Erased before the report: the terminal shows no stale progress under the findings.
    expect(run.stderr.endsWith('\r\x1b[K')).toBe(true);
    expect(run.stdout).toContain('[flags/expired]');
  });

  it('stays silent on a terminal when the work is quick', async () => {
    let t = 0;
    const run = await cli(['flags', 'scan', example], example, {
      isTty: false,
      stderrIsTty: true,
      clock: () => (t += 1),
    });
    expect(run.stderr).toBe('');
  });
});

describe('the terminal report', () => {
  const visible = (line: string): number => [...line].length;

  it('wraps to the terminal width, continuation lines under the message, rule ids never split', async () => {
    const run = await cli(
      ['check', example, '--now', '2026-11-25', '--fail-on', 'never'],
      example,
      {
        isTty: false,
        columns: 100,
      },
    );
    const lines = run.stdout.trimEnd().split('\n');
    const messageColumn = lines[0]!.search(/(error|warning|notice) {2}/) + 9;
    for (const line of lines) {
      const words = line.trim().split(/\s+/);
      // Only a single word wider than the line may overflow it.
      if (visible(line) > 100) expect(words.length, line).toBe(1);
    }
    const ruleIds = lines.filter((l) => /\[[a-z]+\/[a-z-]+\]$/.test(l));
    expect(ruleIds.length).toBeGreaterThan(5);
    // The long flag messages wrapped: their continuation lines start at the message column.
    const expired = lines.findIndex((l) => l.includes('"search-typo-tolerance" expired'));
    expect(lines[expired]).toMatch(/^flags\.yml:\d+:\d+ +error {4}flag/);
    expect(lines[expired + 1]).toMatch(new RegExp(`^ {${messageColumn}}\\S`));
    // One finding's facts stay together: its owners line follows its last message line.
    const end = lines.findIndex((l, i) => i >= expired && l.endsWith('[flags/expired]'));
    expect(lines[end + 1]).toMatch(/^ +↳ owners: @carol · escalation:/);
    expect(run.stdout).toContain('↳ who acts on the finding above: the owners it names');
  });

  it('says in the legend that a CODEOWNERS finding goes to the owners of CODEOWNERS', async () => {
    const run = await cli(['check', example, '--now', '2026-11-25', '--fail-on', 'never'], example);
    const lines = run.stdout.split('\n');
    const unmatched = lines.findIndex((l) => l.includes('"/src/legacy-cart/" matches no file'));
    expect(lines[unmatched + 1]).toMatch(/↳ owners: @acme\/platform · escalation: sre-escalation/);
    expect(run.stdout).toContain(
      'for a finding in CODEOWNERS itself, the owners of the CODEOWNERS file, who fix it, not the owners of the broken rule’s paths',
    );
    // The legend comes once, just above the summary.
    expect(run.stdout.split('↳ who acts').length).toBe(2);
    expect(lines.at(-2)).toMatch(/^✖ \d+ errors/);
  });

  it('keeps one line per finding when stdout is not a terminal', async () => {
    const run = await cli(['check', example, '--now', '2026-11-25', '--fail-on', 'never'], example);
    const messages = run.stdout.split('\n').filter((l) => /^\S+:\d+/.test(l));
    for (const line of messages) expect(line).toMatch(/\[[a-z]+\/[a-z-]+\]$/);
  });
});
