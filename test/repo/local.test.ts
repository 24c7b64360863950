import { execFileSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, rm, symlink, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { withIgnore } from '../../src/repo/filtered.js';
import { RepoError, openLocalRepo } from '../../src/repo/local.js';

const temps: string[] = [];

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'ops-steward-repo-'));
  temps.push(dir);
  return dir;
}

/** Writes files (string or bytes), creating parent directories. */
async function writeTree(root: string, files: Record<string, string | Uint8Array>): Promise<void> {
  for (const [rel, content] of Object.entries(files)) {
    const abs = path.join(root, ...rel.split('/'));
    await mkdir(path.dirname(abs), { recursive: true });
    await writeFile(abs, content);
  }
}

function git(cwd: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'init.defaultBranch=main', ...args], { cwd, stdio: 'ignore' });
}

const skippedFiles = (
  notices: readonly { file?: string; ruleId: string }[],
): (string | undefined)[] =>
  notices.filter((n) => n.ruleId === 'repo/skipped-file').map((n) => n.file);

afterEach(async () => {
  for (const dir of temps.splice(0)) {
    await chmod(dir, 0o755).catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  }
});

describe('openLocalRepo without git', () => {
  it('honours root and nested .gitignore files, negation, and always skips .git and node_modules', async () => {
    const root = await tempDir();
    await writeTree(root, {
      '.gitignore': '*.log\n!keep.log\nbuild/\n*.tmp\n',
      'a.ts': 'export const a = 1;\n',
      'debug.log': 'noise',
      'keep.log': 'kept by negation',
      'build/out.js': 'generated',
      'junk.tmp': 'tmp',
      'sub/.gitignore': 'local.txt\n!important.tmp\n',
      'sub/local.txt': 'ignored by the nested file',
      'sub/x.txt': 'x',
      'sub/important.tmp': 'unignored by the nested file',
      'other/local.txt': 'the nested rule does not reach here',
      'node_modules/pkg/index.js': 'dependency',
      'src/node_modules/pkg/index.js': 'nested dependency',
      '.git/not-a-repo': 'git internals are never files of the repo',
    });
    const repo = await openLocalRepo(root);
    expect(await repo.list()).toEqual([
      '.gitignore',
      'a.ts',
      'keep.log',
      'other/local.txt',
      'sub/.gitignore',
      'sub/important.tmp',
      'sub/x.txt',
    ]);
    expect(await repo.read('a.ts')).toBe('export const a = 1;\n');
    expect(await repo.read('debug.log')).toBeUndefined();
    expect(repo.notices()).toEqual([]);
    expect(repo.label).toBe(root);
  });

  it('skips a binary file with a notice when it is read, and drops it from the listing', async () => {
    const root = await tempDir();
    await writeTree(root, {
      'logo.png': new Uint8Array([
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48,
      ]),
      'notes.md': '# notes\n',
    });
    const repo = await openLocalRepo(root);
    expect(await repo.read('logo.png')).toBeUndefined();
    expect(await repo.list()).toEqual(['notes.md']);
    expect(repo.notices()).toEqual([
      {
        ruleId: 'repo/skipped-file',
        severity: 'notice',
        file: 'logo.png',
        message: 'Skipped logo.png: binary file.',
      },
    ]);
  });

  it('skips files over the size cap with a notice saying why', async () => {
    const root = await tempDir();
    await writeTree(root, { 'big.json': 'x'.repeat(2048), 'small.json': '{}' });
    const repo = await openLocalRepo(root, { maxFileBytes: 1024 });
    expect(await repo.list()).toEqual(['small.json']);
    expect(await repo.read('big.json')).toBeUndefined();
    const [notice] = repo.notices();
    expect(notice?.file).toBe('big.json');
    expect(notice?.severity).toBe('notice');
    expect(notice?.message).toMatch(/2 KiB is over the 1 KiB size limit/);
  });

  it('reads symlinks inside the tree and skips those leaving it', async () => {
    const root = await tempDir();
    const outside = await tempDir();
    await writeTree(outside, { 'secret.txt': 'do not read' });
    await writeTree(root, { 'docs/runbook.md': '# Runbook\n' });
    await symlink(path.join(outside, 'secret.txt'), path.join(root, 'escape.txt'));
    const relativeEscape = path.relative(path.join(root, 'docs'), path.join(outside, 'secret.txt'));
    await symlink(relativeEscape, path.join(root, 'docs', 'relative-escape.txt'));
    await symlink('docs/runbook.md', path.join(root, 'RUNBOOK.md'));
    await symlink('docs', path.join(root, 'docs-link')); // a directory link: not followed, no loop
    await symlink('missing.md', path.join(root, 'dangling.md'));

    const repo = await openLocalRepo(root);
    expect(await repo.list()).toEqual(['RUNBOOK.md', 'docs/runbook.md']);
    expect(await repo.read('RUNBOOK.md')).toBe('# Runbook\n');
    expect(await repo.read('escape.txt')).toBeUndefined();
    const byFile = Object.fromEntries(repo.notices().map((n) => [n.file, n.message]));
    expect(byFile['escape.txt']).toMatch(/symlink points outside the repository/);
    expect(byFile['docs/relative-escape.txt']).toMatch(/symlink points outside the repository/);
    expect(byFile['dangling.md']).toMatch(/symlink target does not exist/);
  });

  it('never reads outside the listing, whatever the path looks like', async () => {
    const parent = await tempDir();
    const root = path.join(parent, 'repo');
    await writeTree(parent, { 'outside.txt': 'secret', 'repo/a.txt': 'a' });
    const repo = await openLocalRepo(root);
    expect(await repo.read('../outside.txt')).toBeUndefined();
    expect(await repo.read('x/../a.txt')).toBeUndefined();
    expect(await repo.read('./a.txt')).toBeUndefined();
    expect(await repo.read(path.join(root, 'a.txt'))).toBeUndefined();
    expect(await repo.read('a.txt')).toBe('a');
  });

  it('decodes UTF-8 with a BOM and UTF-16 text instead of calling them binary', async () => {
    const root = await tempDir();
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('owner: team\n', 'utf16le'),
    ]);
    await writeTree(root, {
      'bom.yml': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('a: 1\n')]),
      'wide.yml': utf16,
    });
    const repo = await openLocalRepo(root);
    expect(await repo.read('bom.yml')).toBe('a: 1\n');
    expect(await repo.read('wide.yml')).toBe('owner: team\n');
    expect(repo.notices()).toEqual([]);
  });

  it.skipIf(process.getuid?.() === 0)('skips unreadable files with a notice', async () => {
    const root = await tempDir();
    await writeTree(root, { 'locked.txt': 'secret', 'open.txt': 'ok' });
    await chmod(path.join(root, 'locked.txt'), 0o000);
    const repo = await openLocalRepo(root);
    expect(await repo.list()).toEqual(['open.txt']);
    expect(repo.notices()[0]?.message).toMatch(/permission denied/);
  });

  it('throws a RepoError naming the path when the directory is missing or a file', async () => {
    const root = await tempDir();
    const missing = path.join(root, 'nope');
    await expect(openLocalRepo(missing)).rejects.toThrow(RepoError);
    await expect(openLocalRepo(missing)).rejects.toThrow(
      `Repository directory not found: ${missing}`,
    );
    await writeTree(root, { 'file.txt': 'x' });
    const file = path.join(root, 'file.txt');
    await expect(openLocalRepo(file)).rejects.toThrow(
      `Repository path is not a directory: ${file}`,
    );
  });

  it('rejects a nonsensical size cap', async () => {
    const root = await tempDir();
    await expect(openLocalRepo(root, { maxFileBytes: 0 })).rejects.toThrow(
      /maxFileBytes must be a positive integer/,
    );
  });

  it('lists an empty directory as an empty repository', async () => {
    const repo = await openLocalRepo(await tempDir());
    expect(await repo.list()).toEqual([]);
  });

  it('stays fast on 10,000 files', async () => {
    const root = await tempDir();
    for (let d = 0; d < 100; d++) {
      const dir = path.join(root, 'pkg', `m${String(d).padStart(3, '0')}`);
      await mkdir(dir, { recursive: true });
      await Promise.all(
        Array.from({ length: 100 }, (_, f) =>
          writeFile(path.join(dir, `f${f}.ts`), `export const v = ${f};\n`),
        ),
      );
    }
    const start = performance.now();
    const repo = await openLocalRepo(root);
    const files = await repo.list();
    const elapsed = performance.now() - start;
    expect(files).toHaveLength(10_000);
    expect(files[0]).toBe('pkg/m000/f0.ts');
    expect(elapsed).toBeLessThan(15_000);
  });
});

describe('openLocalRepo inside a git work tree', () => {
  async function gitRepo(files: Record<string, string>): Promise<string> {
    const root = await tempDir();
    git(root, 'init', '-q');
    await writeTree(root, files);
    return root;
  }

  it('lists tracked and untracked-not-ignored files the way git does', async () => {
    const root = await gitRepo({
      '.gitignore': '*.log\ndist/\n',
      'tracked.ts': 'tracked',
      'forced.log': 'tracked although it matches .gitignore',
      'gone.ts': 'deleted from disk after git add',
      'untracked.ts': 'new file',
      'ignored.log': 'ignored',
      'dist/bundle.js': 'ignored',
      'sub/.gitignore': '!keep.log\n',
      'sub/keep.log': 'unignored by the nested file',
    });
    git(root, 'add', 'tracked.ts', 'gone.ts', '.gitignore');
    git(root, 'add', '-f', 'forced.log');
    await unlink(path.join(root, 'gone.ts'));

    const repo = await openLocalRepo(root);
    expect(await repo.list()).toEqual([
      '.gitignore',
      'forced.log',
      'sub/.gitignore',
      'sub/keep.log',
      'tracked.ts',
      'untracked.ts',
    ]);
    expect(await repo.read('gone.ts')).toBeUndefined();
    expect(repo.notices()).toEqual([]);
  });

  it('lists paths relative to a subdirectory of the work tree', async () => {
    const root = await gitRepo({
      'top.ts': 'top',
      'services/api/main.ts': 'main',
      'services/api/x.log': 'x',
    });
    await writeFile(path.join(root, '.gitignore'), '*.log\n');
    const repo = await openLocalRepo(path.join(root, 'services'));
    expect(await repo.list()).toEqual(['api/main.ts']);
    expect(await repo.read('api/main.ts')).toBe('main');
  });

  it('walks a directory that the enclosing work tree ignores', async () => {
    const root = await gitRepo({
      '.gitignore': '.corpus/\n',
      '.corpus/sample/app.ts': 'sample',
      '.corpus/sample/.gitignore': 'out/\n',
      '.corpus/sample/out/gen.js': 'generated',
    });
    const repo = await openLocalRepo(path.join(root, '.corpus', 'sample'));
    expect(await repo.list()).toEqual(['.gitignore', 'app.ts']);
  });

  it('skips out-of-tree symlinks and binaries in git mode too', async () => {
    const outside = await tempDir();
    await writeTree(outside, { 'secret.txt': 'secret' });
    const root = await gitRepo({ 'a.txt': 'a' });
    await writeFile(path.join(root, 'blob.bin'), new Uint8Array([0, 1, 2, 3, 0, 0, 0]));
    await symlink(path.join(outside, 'secret.txt'), path.join(root, 'leak.txt'));
    const repo = await openLocalRepo(root);
    expect(await repo.list()).toEqual(['a.txt', 'blob.bin']);
    expect(await repo.read('blob.bin')).toBeUndefined();
    expect(await repo.list()).toEqual(['a.txt']);
    expect(skippedFiles(repo.notices())).toEqual(['blob.bin', 'leak.txt']);
  });
});

describe('installed packages (installed.read, installed.list)', () => {
  it('reads a file under node_modules that git ignores, never one outside the tree or node_modules', async () => {
    const outside = await tempDir();
    await writeTree(outside, { 'index.d.ts': 'export declare const leaked: string;\n' });
    const root = await tempDir();
    git(root, 'init', '-q');
    await writeTree(root, {
      '.gitignore': 'node_modules/\n',
      'src/app.ts': "import express from 'express';\n",
      'node_modules/@types/express/index.d.ts': 'export = e;\ndeclare function e(): void;\n',
      'packages/ui/index.d.ts': 'export declare const ui: string;\n',
    });
    // A workspace package linked into node_modules (npm, pnpm): its real path is still in the tree.
    await symlink(path.join(root, 'packages', 'ui'), path.join(root, 'node_modules', 'ui'));
    await symlink(outside, path.join(root, 'node_modules', 'leak'));
    const repo = await openLocalRepo(root);
    expect(await repo.list()).toEqual(['.gitignore', 'packages/ui/index.d.ts', 'src/app.ts']);
    expect(await repo.installed?.read('node_modules/@types/express/index.d.ts')).toContain(
      'export = e',
    );
    expect(await repo.installed?.read('node_modules/ui/index.d.ts')).toContain('ui: string');
    expect(await repo.installed?.read('node_modules/leak/index.d.ts')).toBeUndefined();
    expect(await repo.installed?.read('node_modules/react/index.d.ts')).toBeUndefined();
    expect(await repo.installed?.read('src/app.ts')).toBeUndefined();
    expect(await repo.installed?.read('node_modules/../src/app.ts')).toBeUndefined();
    expect(await repo.installed?.list('node_modules')).toEqual(
      expect.arrayContaining(['@types/', 'ui/', 'leak/']),
    );
    expect(await repo.installed?.list('node_modules/@types/express')).toEqual(['index.d.ts']);
    expect(await repo.installed?.list('node_modules/leak')).toBeUndefined();
    expect(await repo.installed?.list('src')).toBeUndefined();
    expect(await repo.installed?.realpath('node_modules/ui/index.d.ts')).toBe(
      'packages/ui/index.d.ts',
    );
    expect(await repo.installed?.realpath('node_modules/leak/index.d.ts')).toBeUndefined();
    expect(repo.notices()).toEqual([]);
  });

  it('`ignore` globs hide installed packages too: not listed, read or located', async () => {
    const root = await tempDir();
    git(root, 'init', '-q');
    await writeTree(root, {
      '.gitignore': 'node_modules/\n',
      'node_modules/@types/express/index.d.ts': 'export = e;\ndeclare function e(): void;\n',
      'node_modules/hono/index.d.ts': 'export declare const hono: string;\n',
    });
    const repo = withIgnore(await openLocalRepo(root), ['node_modules/@types']);
    expect(await repo.installed?.read('node_modules/@types/express/index.d.ts')).toBeUndefined();
    expect(await repo.installed?.list('node_modules/@types')).toBeUndefined();
    expect(await repo.installed?.list('node_modules/@types/express')).toBeUndefined();
    expect(
      await repo.installed?.realpath('node_modules/@types/express/index.d.ts'),
    ).toBeUndefined();
    expect(await repo.installed?.read('node_modules/hono/index.d.ts')).toContain('hono: string');
    expect(await repo.installed?.realpath('node_modules/hono/index.d.ts')).toBe(
      'node_modules/hono/index.d.ts',
    );
    const none = withIgnore(await openLocalRepo(root), ['node_modules']);
    expect(await none.installed?.list('node_modules')).toBeUndefined();
    expect(await none.installed?.read('node_modules/hono/index.d.ts')).toBeUndefined();
  });

  it('`ignore` is judged on where a symlink really points: a link into an ignored folder is hidden', async () => {
    const root = await tempDir();
    git(root, 'init', '-q');
    await writeTree(root, {
      '.gitignore': 'node_modules/\n',
      'vendor/flags/keys.ts': "export const LEGACY = 'legacy-checkout';\n",
      'src/app.ts': "import { LEGACY } from './keys';\n",
      'packages/legacy-ui/index.d.ts': 'export declare const legacyUi: string;\n',
      'packages/ui/index.d.ts': 'export declare const ui: string;\n',
    });
    // A link committed beside the sources, and workspace packages linked into node_modules.
    await symlink('../vendor/flags/keys.ts', path.join(root, 'src', 'keys.ts'));
    await mkdir(path.join(root, 'node_modules'));
    await symlink(
      path.join(root, 'packages', 'legacy-ui'),
      path.join(root, 'node_modules', 'legacy-ui'),
    );
    await symlink(path.join(root, 'packages', 'ui'), path.join(root, 'node_modules', 'ui'));
    git(root, 'add', '.');
    const repo = withIgnore(await openLocalRepo(root), ['vendor/', 'packages/legacy-ui']);
    expect(await repo.list()).toEqual(['.gitignore', 'packages/ui/index.d.ts', 'src/app.ts']);
    expect(await repo.read('src/keys.ts')).toBeUndefined();
    expect(await repo.installed?.read('node_modules/legacy-ui/index.d.ts')).toBeUndefined();
    expect(await repo.installed?.list('node_modules/legacy-ui')).toBeUndefined();
    expect(await repo.installed?.realpath('node_modules/legacy-ui/index.d.ts')).toBeUndefined();
    expect(await repo.installed?.read('node_modules/ui/index.d.ts')).toContain('ui: string');
    // Without the glob the link is an ordinary file of the tree.
    const open = await openLocalRepo(root);
    expect(await open.read('src/keys.ts')).toContain('legacy-checkout');
  });
});
