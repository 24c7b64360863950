import path from 'node:path';
import { Command, CommanderError } from 'commander';
import { describe, expect, it } from 'vitest';
import { registerCodeownersCommands } from '../../src/cli/commands/codeowners.js';
import type { CodeownersCommandDeps } from '../../src/cli/commands/codeowners.js';
import { EXIT_USAGE } from '../../src/cli/io.js';
import type { CliIo } from '../../src/cli/io.js';
import { InputError } from '../../src/core/errors.js';
import { cli, tempRepo } from '../support/cli.js';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** The commands on a bare program, run in-process the way src/cli/main.ts runs them. */
async function run(argv: string[], cwd: string, deps: CodeownersCommandDeps = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  let code = 0;
  const io: CliIo = {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    cwd,
    isTty: false,
    setExitCode: (c) => (code = c),
  };
  const program = new Command('ops-steward').exitOverride().configureOutput({
    writeOut: (s) => (stdout += s),
    writeErr: (s) => (stderr += s),
  });
  registerCodeownersCommands(program, io, deps);
  const all = (c: Command): Command[] => [c, ...c.commands.flatMap(all)];
  for (const c of all(program)) {
    c.exitOverride().configureOutput({
      writeOut: (s) => (stdout += s),
      writeErr: (s) => (stderr += s),
    });
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) code = error.exitCode === 0 ? 0 : EXIT_USAGE;
    else if (error instanceof InputError) {
      stderr += `ops-steward: ${error.message}\n`;
      code = EXIT_USAGE;
    } else throw error;
  }
  return { code, stdout, stderr };
}

// `/src/` sits on line 12, as in the CLI contract.
const CODEOWNERS = [
  '# acme-shop code owners', // 1
  '', // 2
  '# Default owners', // 3
  '*                 @acme/platform', // 4
  '', // 5
  '# Docs', // 6
  '/docs/            @acme/docs', // 7
  '', // 8
  '# Web app', // 9
  '# (the storefront and checkout)', // 10
  '', // 11
  '/src/             @acme/web', // 12
  '/src/vendor/', // 13
  '/scripts/         @alice', // 14
].join('\n');

const CONFIG = [
  'codeowners:',
  '  teams:',
  "    '@acme/web': { policy: web-primary }",
  "    '@acme/platform': { policy: platform }",
].join('\n');

async function repo(extra: Record<string, string> = {}): Promise<string> {
  return tempRepo({
    '.github/CODEOWNERS': CODEOWNERS,
    '.github/ops-steward.yml': CONFIG,
    'src/a.ts': 'export {};\n',
    ...extra,
  });
}

describe('ops-steward codeowners owners', () => {
  it('--json prints exactly the contract shape', async () => {
    const dir = await repo();
    const out = await run(
      ['codeowners', 'owners', '--repo', dir, 'src/a.ts', 'src/vendor/x.js', '--json'],
      '/',
    );
    expect(out.code).toBe(0);
    expect(out.stderr).toBe('');
    expect(out.stdout).toBe(
      '[{"path":"src/a.ts","owners":["@acme/web"],"line":12,"pattern":"/src/"},' +
        '{"path":"src/vendor/x.js","owners":[],"line":13,"pattern":"/src/vendor/"}]\n',
    );
  });

  it('a path no rule matches: owners [] and line/pattern null', async () => {
    const dir = await tempRepo({ CODEOWNERS: '/src/ @acme/web\n' });
    const out = await run(['codeowners', 'owners', '--repo', dir, '--json', 'lib/x.ts'], '/');
    expect(JSON.parse(out.stdout)).toEqual([
      { path: 'lib/x.ts', owners: [], line: null, pattern: null },
    ]);
  });

  it('prints a readable table without --json', async () => {
    const dir = await repo();
    const out = await run(
      ['codeowners', 'owners', 'src/a.ts', './README.md', 'src/vendor/x.js'],
      dir,
    );
    expect(out.code).toBe(0);
    expect(out.stdout.split('\n')).toEqual([
      'PATH             OWNERS          RULE',
      'src/a.ts         @acme/web       .github/CODEOWNERS:12 /src/',
      'README.md        @acme/platform  .github/CODEOWNERS:4 *',
      'src/vendor/x.js  (un-assigned)   .github/CODEOWNERS:13 /src/vendor/',
      '',
    ]);
  });

  it('accepts absolute paths inside the repository and rejects paths outside it', async () => {
    const dir = await repo();
    const inside = await run(
      ['codeowners', 'owners', '--repo', dir, '--json', path.join(dir, 'docs/x.md')],
      '/',
    );
    expect(JSON.parse(inside.stdout)[0]).toMatchObject({
      path: 'docs/x.md',
      owners: ['@acme/docs'],
      line: 7,
    });
    const outside = await run(['codeowners', 'owners', '--repo', dir, '../elsewhere.ts'], '/');
    expect(outside.code).toBe(2);
    expect(outside.stderr).toContain('is not a path inside the repository');
  });

  it('no CODEOWNERS file: a clear message and exit 2', async () => {
    const dir = await tempRepo({ 'README.md': '# x\n' });
    const out = await run(['codeowners', 'owners', '--repo', dir, 'README.md'], '/');
    expect(out.code).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toContain('no CODEOWNERS file');
    expect(out.stderr).toContain('.github/CODEOWNERS, CODEOWNERS, docs/CODEOWNERS');
  });

  it('names skipped invalid lines on stderr, keeping stdout pure JSON', async () => {
    const dir = await tempRepo({ CODEOWNERS: '* @all\n!src/ @web\n' });
    const out = await run(['codeowners', 'owners', '--repo', dir, '--json', 'src/a.ts'], '/');
    expect(out.code).toBe(0);
    expect(JSON.parse(out.stdout)[0].owners).toEqual(['@all']);
    expect(out.stderr).toContain('error: CODEOWNERS:2:1 GitHub does not support "!" negation');
  });

  it('requires at least one path', async () => {
    const dir = await repo();
    const out = await run(['codeowners', 'owners', '--repo', dir], '/');
    expect(out.code).toBe(2);
    expect(out.stderr).toContain("missing required argument 'path'");
  });
});

describe('ops-steward who-owns', () => {
  it('--json adds team, policy and onCall (null without an on-call config)', async () => {
    const dir = await repo();
    const out = await run(
      ['who-owns', '--repo', dir, '--json', 'src/a.ts', 'scripts/x.sh', 'docs/a.md'],
      '/',
    );
    expect(out.code).toBe(0);
    expect(out.stdout).toBe(
      JSON.stringify([
        {
          path: 'src/a.ts',
          owners: ['@acme/web'],
          line: 12,
          pattern: '/src/',
          team: '@acme/web',
          policy: 'web-primary',
          onCall: null,
        },
        {
          path: 'scripts/x.sh',
          owners: ['@alice'],
          line: 14,
          pattern: '/scripts/',
          team: null,
          policy: null,
          onCall: null,
        },
        {
          path: 'docs/a.md',
          owners: ['@acme/docs'],
          line: 7,
          pattern: '/docs/',
          team: '@acme/docs',
          policy: null,
          onCall: null,
        },
      ]) + '\n',
    );
  });

  it('--at reaches the on-call directory', async () => {
    const dir = await repo();
    const seen: string[] = [];
    const out = await run(
      ['who-owns', '--repo', dir, '--at', '2026-11-25T12:00:00Z', '--json', 'src/a.ts'],
      '/',
      {
        onCallDirectory: () => ({
          policyFor: () => undefined,
          onCallAt: (policy, at) => {
            seen.push(`${policy}@${at.toISOString()}`);
            return [{ level: 1, people: ['@carol'] }];
          },
        }),
      },
    );
    expect(seen).toEqual(['web-primary@2026-11-25T12:00:00.000Z']);
    expect(JSON.parse(out.stdout)[0].onCall).toEqual([{ level: 1, people: ['@carol'] }]);
  });

  it('a table without --json', async () => {
    const dir = await repo();
    const out = await run(['who-owns', '--repo', dir, 'src/a.ts'], '/');
    expect(out.stdout.split('\n')[0]).toBe(
      'PATH      OWNERS     TEAM       POLICY       ON CALL  RULE',
    );
    expect(out.stdout.split('\n')[1]).toBe(
      'src/a.ts  @acme/web  @acme/web  web-primary  -        .github/CODEOWNERS:12 /src/',
    );
  });

  it('a bad --at is a usage error, exit 2', async () => {
    const dir = await repo();
    const out = await run(['who-owns', '--repo', dir, '--at', 'yesterday', 'src/a.ts'], '/');
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('invalid date "yesterday"');
  });
});

describe('a CODEOWNERS file larger than ordinary files', () => {
  it('is read up to GitHub’s own 3 MB limit, and reported as ignored beyond it', async () => {
    const padding = `# ${'x'.repeat(98)}\n`.repeat(15_000); // 1.5 MB of comments
    const big = await tempRepo({ '.github/CODEOWNERS': `${padding}*  @acme/web\n`, 'a.ts': '' });
    const owners = await cli(['codeowners', 'owners', '--repo', big, '--json', 'a.ts']);
    expect(owners.code).toBe(0);
    expect(JSON.parse(owners.stdout)).toEqual([
      { path: 'a.ts', owners: ['@acme/web'], line: 15_001, pattern: '*' },
    ]);

    const huge = await tempRepo({
      '.github/CODEOWNERS': `${padding}${padding}${padding}*  @acme/web\n`,
      'a.ts': '',
    });
    const check = await cli(['check', '--repo', huge, '--format', 'json']);
    const report = JSON.parse(check.stdout) as { findings: { ruleId: string; message: string }[] };
    expect(
      report.findings.some((f) => f.ruleId.startsWith('codeowners/') && /3 MB/.test(f.message)),
    ).toBe(true);
  });
});
