import { Command, CommanderError } from 'commander';
import { describe, expect, it } from 'vitest';
import { registerFlagsCommands } from '../../src/cli/commands/flags.js';
import { InputError } from '../../src/core/errors.js';
import { tempRepo } from '../support/cli.js';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `ops-steward flags …` in-process the way the CLI entry does (exit 2 for bad input). */
async function flags(argv: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  let code = 0;
  const io = {
    stdout: (t: string) => (stdout += t),
    stderr: (t: string) => (stderr += t),
    cwd: process.cwd(),
    isTty: false,
    setExitCode: (c: number) => (code = c),
  };
  const program = new Command('ops-steward')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  registerFlagsCommands(program, io);
  for (const cmd of program.commands.flatMap((c) => [c, ...c.commands])) {
    cmd.exitOverride().configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  }
  try {
    await program.parseAsync(['flags', ...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) code = error.exitCode === 0 ? 0 : 2;
    else if (error instanceof InputError) {
      stderr += `ops-steward: ${error.message}\n`;
      code = 2;
    } else throw error;
  }
  return { code, stdout, stderr };
}

const REGISTRY = [
  'flags:',
  '  new-checkout:',
  '    owner: "@alice"',
  '    created: 2026-11-01',
  '    expires: 2026-12-01',
  '    type: release',
  '  checkout-v2:',
  '    owner: ["@alice", "@acme/web"]',
  '    created: 2026-11-10',
  '    expires: 2026-12-10',
  '    type: experiment',
  '  dead-flag:',
  '    owner: "@bob"',
  '    created: 2026-11-10',
  '    expires: 2026-12-10',
  '    type: experiment',
  '  payments-kill:',
  '    owner: "@acme/payments"',
  '    created: 2026-01-10',
  '    type: kill-switch',
  '',
].join('\n');

const APP = [
  "import { isEnabled } from './flags';",
  "if (isEnabled('new-checkout')) render();",
  "if (isEnabled('payments-kill')) stop();",
  "if (isEnabled('ghost-flag')) ghost();",
  'if (isEnabled(`checkout-${process.env.VARIANT}`)) variant();',
  'if (isEnabled(nameFromServer())) dyn();',
  '',
].join('\n');

describe('flags status', () => {
  it('prints the --json contract shape, in order, including undeclared keys', async () => {
    const repo = await tempRepo({ 'flags.yml': REGISTRY, 'src/app.ts': APP });
    const run = await flags(['status', '--repo', repo, '--now', '2026-11-25T12:00:00Z', '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout.endsWith('\n')).toBe(true);
    expect(JSON.parse(run.stdout)).toEqual({
      flags: [
        {
          key: 'new-checkout',
          owners: ['@alice'],
          type: 'release',
          created: '2026-11-01',
          expires: '2026-12-01',
          state: 'expiring',
          references: 1,
          patternReferences: 0,
        },
        {
          key: 'checkout-v2',
          owners: ['@alice', '@acme/web'],
          type: 'experiment',
          created: '2026-11-10',
          expires: '2026-12-10',
          state: 'active',
          references: 0,
          patternReferences: 1,
        },
        {
          key: 'dead-flag',
          owners: ['@bob'],
          type: 'experiment',
          created: '2026-11-10',
          expires: '2026-12-10',
          state: 'orphaned',
          references: 0,
          patternReferences: 0,
        },
        {
          key: 'payments-kill',
          owners: ['@acme/payments'],
          type: 'kill-switch',
          created: '2026-01-10',
          expires: null,
          state: 'permanent',
          references: 1,
          patternReferences: 0,
        },
        {
          key: 'ghost-flag',
          owners: [],
          type: null,
          created: null,
          expires: null,
          state: 'undeclared',
          references: 1,
          patternReferences: 0,
        },
      ],
    });
    // Key order is part of the contract, not just the values.
    expect(
      run.stdout.startsWith(
        '{"flags":[{"key":"new-checkout","owners":["@alice"],"type":"release","created":"2026-11-01","expires":"2026-12-01","state":"expiring","references":1,"patternReferences":0}',
      ),
    ).toBe(true);
  });

  it('exits 1 once a flag has expired, and --now decides when that is', async () => {
    const repo = await tempRepo({ 'flags.yml': REGISTRY, 'src/app.ts': APP });
    const before = await flags([
      'status',
      '--repo',
      repo,
      '--now',
      '2026-11-30T23:59:59Z',
      '--json',
    ]);
    expect(before.code).toBe(0);
    const after = await flags(['status', '--repo', repo, '--now', '2026-12-01', '--json']);
    expect(after.code).toBe(1);
    expect(JSON.parse(after.stdout).flags[0]).toMatchObject({
      key: 'new-checkout',
      state: 'expired',
    });
  });

  it('prints a human table without --json', async () => {
    const repo = await tempRepo({ 'flags.yml': REGISTRY, 'src/app.ts': APP });
    const run = await flags(['status', '--repo', repo, '--now', '2026-11-25']);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toMatch(
      /^FLAG\s+STATE\s+OWNERS\s+TYPE\s+CREATED\s+EXPIRES\s+REFS\s+PATTERN REFS$/,
    );
    expect(run.stdout).toMatch(
      /new-checkout\s+expiring\s+@alice\s+release\s+2026-11-01\s+2026-12-01\s+1\s+0/,
    );
    expect(run.stdout).toMatch(
      /payments-kill\s+permanent\s+@acme\/payments\s+kill-switch\s+2026-01-10\s+never/,
    );
    expect(run.stdout).toMatch(/ghost-flag\s+undeclared\s+-\s+-/);
    expect(run.stdout).toContain(
      '5 flags: 1 expiring, 1 active, 1 orphaned, 1 permanent, 1 undeclared',
    );
  });

  it('says in the table when only tests read an orphaned flag', async () => {
    const repo = await tempRepo({
      'flags.yml': REGISTRY,
      'src/app.ts': APP,
      'src/app.test.ts':
        "import { isEnabled } from './flags';\nit('keeps the old path', () => isEnabled('dead-flag'));\n",
    });
    const run = await flags(['status', '--repo', repo, '--now', '2026-11-25']);
    expect(run.stdout).toMatch(
      /dead-flag\s+orphaned\s+@bob\s+\S+\s+\S+\s+\S+\s+1 \(only tests\)\s+0/,
    );
  });

  it('names registry problems on stderr and keeps stdout pure JSON', async () => {
    const repo = await tempRepo({
      'flags.yml': REGISTRY.replace('owner: "@bob"', 'owner: bob'),
      'src/app.ts': APP,
    });
    const run = await flags(['status', '--repo', repo, '--now', '2026-11-25', '--json']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'error: flags.yml:13:12 owner "bob" of flag "dead-flag" is not a GitHub @user, @org/team or an email; did you mean "@bob"?',
    );
    expect(() => JSON.parse(run.stdout)).not.toThrow();
  });

  it('says so when there are no flags at all', async () => {
    const repo = await tempRepo({ 'src/a.ts': 'export const a = 1;\n' });
    const run = await flags(['status', '--repo', repo, '--now', '2026-11-25']);
    expect(run).toMatchObject({
      code: 0,
      stdout: 'No flags declared (there is no flags.yml) and none referenced in the code.\n',
    });
    expect(
      JSON.parse((await flags(['status', '--repo', repo, '--now', '2026-11-25', '--json'])).stdout),
    ).toEqual({ flags: [] });
  });

  it('rejects a bad --now with exit 2', async () => {
    const repo = await tempRepo({ 'flags.yml': REGISTRY });
    const run = await flags(['status', '--repo', repo, '--now', 'next tuesday']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('invalid date "next tuesday"');
  });
});

describe('flags scan', () => {
  it('prints the --json contract shape with repo-relative paths and 1-based positions', async () => {
    const repo = await tempRepo({ 'flags.yml': REGISTRY, 'src/app.ts': APP });
    const run = await flags(['scan', '--repo', repo, '--json']);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as {
      references: Record<string, unknown>[];
      unresolved: Record<string, unknown>[];
    };
    expect(Object.keys(out)).toEqual(['references', 'unresolved']);
    for (const r of out.references) {
      expect(Object.keys(r)).toEqual([
        'key',
        'pattern',
        'file',
        'line',
        'column',
        'via',
        'accessor',
      ]);
    }
    expect(out.references).toContainEqual({
      key: 'new-checkout',
      pattern: null,
      file: 'src/app.ts',
      line: 2,
      column: 15,
      via: 'literal',
      accessor: 'isEnabled',
    });
    expect(out.references).toContainEqual(
      expect.objectContaining({
        key: null,
        pattern: 'checkout-*',
        file: 'src/app.ts',
        line: 5,
        via: 'template',
        accessor: 'isEnabled',
      }),
    );
    expect(out.unresolved).toHaveLength(1);
    expect(Object.keys(out.unresolved[0]!)).toEqual([
      'file',
      'line',
      'column',
      'accessor',
      'expression',
    ]);
    expect(out.unresolved[0]).toMatchObject({
      file: 'src/app.ts',
      line: 6,
      accessor: 'isEnabled',
      expression: 'nameFromServer()',
    });
  });

  it('prints a human table with the hint for unresolved calls', async () => {
    const repo = await tempRepo({ 'flags.yml': REGISTRY, 'src/app.ts': APP });
    const run = await flags(['scan', '--repo', repo]);
    expect(run.stdout.split('\n')[0]).toMatch(/^FLAG\s+VIA\s+ACCESSOR\s+LOCATION$/);
    expect(run.stdout).toMatch(/new-checkout\s+literal\s+isEnabled\s+src\/app\.ts:2:15/);
    expect(run.stdout).toMatch(/checkout-\* \(pattern\)\s+template\s+isEnabled\s+src\/app\.ts:5:/);
    expect(run.stdout).toContain('// ops-steward-flags: key-a, key-b');
    expect(run.stdout).toMatch(/src\/app\.ts:6:\d+\s+isEnabled\s+nameFromServer\(\)/);
  });
});
