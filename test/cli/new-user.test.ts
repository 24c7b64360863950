import { execFileSync } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, cliBundle, cliBundlePath, tempRepo } from '../support/cli.js';

/**
 * A new user on repositories nobody here has seen, through the built bundle: the cases an outside check
 * found wrong (each test failed before its fix).
 */

beforeAll(async () => {
  await cliBundlePath();
}, 120_000);

/** A temp repository committed with git, the way a user's checkout is. */
async function gitRepo(files: Record<string, string>): Promise<string> {
  const dir = await tempRepo(files);
  const git = (...args: string[]): void => {
    execFileSync('git', args, { cwd: dir, stdio: 'ignore' });
  };
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('-c', 'user.email=dev@example.com', '-c', 'user.name=Dev', 'commit', '-qm', 'initial');
  return dir;
}

const monorepo = {
  'package.json': '{ "name": "acme", "private": true, "workspaces": ["packages/*"] }\n',
  '.github/CODEOWNERS': '*  @acme/platform\n/packages/web/  @acme/web\n',
  'packages/web/package.json': '{ "name": "@acme/web", "version": "1.4.0" }\n',
  'packages/web/src/App.tsx': [
    "import { useFlags } from 'launchdarkly-react-client-sdk';",
    '',
    'export function App() {',
    '  const { newNavigation } = useFlags();',
    '  return newNavigation ? <nav className="v2" /> : <nav />;',
    '}',
    '',
  ].join('\n'),
};

describe('a folder inside a git repository', () => {
  it('check run from a package folder says that the repository root is elsewhere', async () => {
    const dir = await gitRepo(monorepo);
    const web = path.join(dir, 'packages/web');
    const run = await cliBundle(['check'], { cwd: web });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`. is a folder inside the git repository ${dir}`);
    expect(run.stderr).toContain(`--repo ${dir}`);
    // The same from the root: no note.
    const atRoot = await cliBundle(['check', dir]);
    expect(atRoot.stderr).toBe('');
    // who-owns from the folder would answer from no CODEOWNERS at all: the note says why.
    const who = await cliBundle(['who-owns', '--repo', 'packages/web', 'src/App.tsx'], {
      cwd: dir,
    });
    expect(who.stderr).toContain('packages/web is a folder inside the git repository');
  });

  it('a folder with its own .github/ is a repository of its own: no note', async () => {
    const dir = await gitRepo({
      ...monorepo,
      'examples/shop/.github/CODEOWNERS': '* @acme/shop\n',
      'examples/shop/src/cart.ts': 'export const total = 0;\n',
    });
    const run = await cliBundle(['check', 'examples/shop'], { cwd: dir });
    expect(run).toMatchObject({ code: 0, stderr: '' });
  });

  it('init refuses to scaffold workflows into a package folder, and writes nothing', async () => {
    const dir = await gitRepo(monorepo);
    const web = path.join(dir, 'packages/web');
    const run = await cliBundle(['init'], { cwd: web });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('GitHub reads .github/workflows only at the repository root');
    expect(run.stderr).toContain(`ops-steward init --repo ${dir}`);
    expect((await readdir(web)).sort()).toEqual(['package.json', 'src']);
    const atRoot = await cliBundle(['init', dir, '--now', '2026-12-01']);
    expect(atRoot.code).toBe(0);
    expect(await readFile(path.join(dir, 'flags.yml'), 'utf8')).toContain("owner: '@acme/web'");
  });
});

describe('the terminal report on a narrow terminal', () => {
  const deep = 'src/legacy/billing/adapters/invoicing/v1/handlers/invoice-export.js';
  const files = {
    '.github/CODEOWNERS': '*  @acme/billing\n/docs/  @acme/writers\n',
    'src/server.js':
      "const { isOn } = require('./flags');\nmodule.exports = isOn('healthz-verbose');\n",
    'src/flags.js': 'module.exports = { isOn: (k) => Boolean(process.env[k]) };\n',
    [deep]:
      "const { isOn } = require('../../../../../../flags');\nmodule.exports = isOn('invoice-csv-export');\n",
    '.github/ops-steward.yml': 'flags:\n  accessors:\n    - call: isOn\n',
  };

  it('at 60 columns one long path does not push every other finding past the edge', async () => {
    const dir = await tempRepo(files);
    const run = await cli(['check', dir], dir, { isTty: true, columns: 60 });
    const plain = stripVTControlCharacters(run.stdout).trimEnd().split('\n');
    expect(plain.some((l) => l.startsWith(`${deep}:2:`))).toBe(true);
    for (const line of plain) {
      // Only the line of a location wider than the terminal may overflow, and it holds nothing else.
      if ([...line].length > 60) expect(line, line).toMatch(/^\S+$/);
    }
    // Its severity starts the next line, with the message.
    const long = plain.findIndex((l) => l.startsWith(`${deep}:2:`));
    expect(plain[long + 1]).toMatch(/^ {4}warning {2}flag "invoice-csv-export"/);
    const server = plain.findIndex((l) => l.startsWith('src/server.js:2:'));
    expect(plain[server]).toMatch(/^src\/server\.js:2:\d+ +warning {2}flag/);
  });
});

describe('a repository with no .github/ops-steward.yml', () => {
  it('check says that the defaults applied and how to write a config; JSON stays as it is', async () => {
    const dir = await tempRepo({
      'app/main.py': 'def handler(event):\n    return {"ok": True}\n',
      'requirements.txt': 'requests==2.31.0\n',
    });
    const run = await cliBundle(['check', dir]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain(`✔ No problems found in ${dir}.\n`);
    expect(run.stdout).toContain(
      'no .github/ops-steward.yml: every check ran with its defaults (ops-steward init writes one)',
    );
    const json = await cliBundle(['check', dir, '--json']);
    expect(Object.keys(JSON.parse(json.stdout) as object)).toEqual([
      'version',
      'repository',
      'generatedAt',
      'summary',
      'findings',
    ]);
    // With a config, no such line.
    const configured = await tempRepo({ '.github/ops-steward.yml': 'checks:\n  docs: false\n' });
    expect((await cliBundle(['check', configured])).stdout).not.toContain('defaults');
  });
});

describe('init on a repository with no CODEOWNERS, in a folder with a space', () => {
  it('says there is no CODEOWNERS, aligns the flags, and prints a next command that can be pasted', async () => {
    const parent = await tempRepo({});
    const dir = path.join(parent, 'billing api');
    const files = {
      'src/invoices.ts': [
        "import { unleash } from './unleash';",
        '',
        "export const pdfV2 = (userId: string) => unleash.isEnabled('invoice-pdf-v2', { userId });",
        "export const csv = (userId: string) => unleash.isEnabled('csv-export', { userId });",
        '',
      ].join('\n'),
      'src/unleash.ts':
        'export const unleash = { isEnabled: (_k: string, _c: object) => false };\n',
    };
    for (const [rel, text] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
      await writeFile(path.join(dir, rel), text);
    }
    const run = await cliBundle(['init', dir, '--now', '2026-12-01']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'There is no CODEOWNERS file, so no flag got an owner: give each an owner in flags.yml:',
    );
    expect(run.stdout).toContain('\n  csv-export      src/invoices.ts:4:');
    expect(run.stdout).toContain('\n  invoice-pdf-v2  src/invoices.ts:3:');
    expect(run.stdout).toContain(`Next: ops-steward check '${dir}'\n`);
  });
});

describe('codeowners owners and who-owns: paths as the shell completes them', () => {
  it('a path relative to the current directory is found inside the repository; one that names nothing is said', async () => {
    const parent = await tempRepo({
      'shop api/.github/CODEOWNERS': '*  @acme/platform\n/src/routes/  @acme/api\n',
      'shop api/src/routes/orders.ts': 'export const list = () => [];\n',
    });
    const run = await cliBundle(
      [
        'codeowners',
        'owners',
        '--repo',
        'shop api',
        '--json',
        'shop api/src/routes/orders.ts',
        'src/routes/orders.ts',
        'src/routes/refunds.ts',
      ],
      { cwd: parent },
    );
    expect(run.code).toBe(0);
    const rows = JSON.parse(run.stdout) as { path: string; owners: string[] }[];
    expect(rows.map((r) => [r.path, r.owners])).toEqual([
      ['src/routes/orders.ts', ['@acme/api']],
      ['src/routes/orders.ts', ['@acme/api']],
      ['src/routes/refunds.ts', ['@acme/api']],
    ]);
    expect(run.stderr).toBe('');
    const table = await cliBundle(
      ['who-owns', '--repo', 'shop api', 'src/routes/refunds.ts', 'shop api/src/routes/orders.ts'],
      { cwd: parent },
    );
    expect(table.stdout).toMatch(/\nsrc\/routes\/orders\.ts +@acme\/api/);
    expect(table.stderr).toBe(
      'ops-steward: note: src/routes/refunds.ts is no file or folder of the repository (yet): owners as GitHub would give them to it\n',
    );
  });
});

describe('docs check on a terminal', () => {
  it('wraps to the terminal width like check does', async () => {
    const dir = await tempRepo({
      'runbooks/payment-retries.md': [
        '# Payment retries piling up',
        '',
        '## Overview',
        '',
        '{{ What the alert means: the condition that fires it, in one or two sentences, and which service it is about }}',
        '',
      ].join('\n'),
    });
    const run = await cli(['docs', 'check', '--repo', dir], dir, { isTty: false, columns: 70 });
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) {
      if ([...line].length > 70) expect(line.trim().split(/\s+/), line).toHaveLength(1);
    }
  });
});

describe('an option where a value was expected', () => {
  it('--config --json and --repo --json say the value is missing, exit 2', async () => {
    const dir = await tempRepo({ 'README.md': '# shop\n' });
    const config = await cliBundle(['check', '--config', '--json'], { cwd: dir });
    expect(config.code).toBe(2);
    expect(config.stderr).toBe(
      'ops-steward: --config needs a path, but the next word is the option --json: give the path right after --config\n',
    );
    const repo = await cliBundle(['who-owns', '--repo', '--json', 'README.md'], { cwd: dir });
    expect(repo.code).toBe(2);
    expect(repo.stderr).toBe(
      'ops-steward: --repo needs a directory, but the next word is the option --json: give the directory right after --repo\n',
    );
  });
});

describe('who owns a folder', () => {
  it('answers for a file directly in it, as the folder rule gives it, and says it is a folder', async () => {
    const dir = await tempRepo({
      '.github/CODEOWNERS': '*  @acme/platform\n*.md  @acme/writers\n/packages/web/  @acme/web\n',
      'packages/web/src/App.tsx': 'export const App = () => null;\n',
      'packages/web/README.md': '# web\n',
    });
    const run = await cli(
      ['codeowners', 'owners', '--json', 'packages/web', 'packages/web/', 'packages/api/'],
      dir,
    );
    expect(JSON.parse(run.stdout)).toEqual([
      { path: 'packages/web/', owners: ['@acme/web'], line: 3, pattern: '/packages/web/' },
      { path: 'packages/web/', owners: ['@acme/web'], line: 3, pattern: '/packages/web/' },
      { path: 'packages/api/', owners: ['@acme/platform'], line: 1, pattern: '*' },
    ]);
    const who = await cli(['who-owns', '--json', 'packages/web'], dir);
    expect(JSON.parse(who.stdout)).toMatchObject([
      { path: 'packages/web/', owners: ['@acme/web'] },
    ]);
  });
});
