import { describe, expect, it } from 'vitest';
import { memoryRepo } from '../../src/repo/memory.js';
import { withIgnore } from '../../src/repo/filtered.js';

describe('memoryRepo', () => {
  it('lists sorted paths and reads contents', async () => {
    const repo = memoryRepo({ 'src/b.ts': 'b', 'README.md': '# hi', 'src/a.ts': 'a' });
    expect(repo.label).toBe('memory');
    expect(await repo.list()).toEqual(['README.md', 'src/a.ts', 'src/b.ts']);
    expect(await repo.read('src/a.ts')).toBe('a');
    expect(await repo.read('missing.ts')).toBeUndefined();
    expect(repo.notices()).toEqual([]);
  });

  it('takes a custom label and does not let callers mutate its listing', async () => {
    const repo = memoryRepo({ 'a.txt': '' }, 'fixture');
    expect(repo.label).toBe('fixture');
    const first = (await repo.list()) as string[];
    first.push('injected');
    expect(await repo.list()).toEqual(['a.txt']);
    expect(await repo.read('a.txt')).toBe('');
  });

  it('rejects keys no repository would produce', () => {
    expect(() => memoryRepo({ './a.ts': '' })).toThrow(/"\.\/a\.ts" is not a repository path/);
    expect(() => memoryRepo({ 'src\\a.ts': '' })).toThrow(/not a repository path/);
    expect(() => memoryRepo({ '/abs.ts': '' })).toThrow(/not a repository path/);
    expect(() => memoryRepo({ 'a/../b.ts': '' })).toThrow(/not a repository path/);
  });

  it('does not expose object prototype keys as files', async () => {
    const repo = memoryRepo({ 'a.ts': 'x' });
    expect(await repo.read('constructor')).toBeUndefined();
    expect(await repo.read('__proto__')).toBeUndefined();
  });
});

describe('withIgnore', () => {
  const base = memoryRepo({
    'src/app.ts': 'app',
    'src/app.test.ts': 'test',
    'dist/bundle.js': 'bundle',
    '.github/workflows/ci.yml': 'ci',
    'vendor/lib/x.ts': 'x',
    'docs/guide.md': 'guide',
  });

  it('hides matching paths from list and read', async () => {
    const repo = withIgnore(base, ['dist/**', '**/*.test.ts']);
    expect(await repo.list()).toEqual([
      '.github/workflows/ci.yml',
      'docs/guide.md',
      'src/app.ts',
      'vendor/lib/x.ts',
    ]);
    expect(await repo.read('dist/bundle.js')).toBeUndefined();
    expect(await repo.read('src/app.test.ts')).toBeUndefined();
    expect(await repo.read('src/app.ts')).toBe('app');
    expect(repo.label).toBe('memory');
  });

  it('matches dot directories (dot: true)', async () => {
    const repo = withIgnore(base, ['**/*.yml']);
    expect(await repo.list()).not.toContain('.github/workflows/ci.yml');
    expect(await repo.read('.github/workflows/ci.yml')).toBeUndefined();
  });

  it('treats a glob naming a directory as everything beneath it', async () => {
    const repo = withIgnore(base, ['vendor', 'docs/']);
    expect(await repo.list()).toEqual([
      '.github/workflows/ci.yml',
      'dist/bundle.js',
      'src/app.test.ts',
      'src/app.ts',
    ]);
  });

  it('returns the same files when there is nothing to ignore', async () => {
    expect(withIgnore(base, [])).toBe(base);
    expect(await withIgnore(base, ['nothing/**']).list()).toEqual(await base.list());
  });

  it('drops notices about hidden files but keeps the others', () => {
    const noisy = {
      ...base,
      notices: () => [
        {
          ruleId: 'repo/skipped-file',
          severity: 'notice' as const,
          message: 'big',
          file: 'dist/big.js',
        },
        {
          ruleId: 'repo/skipped-file',
          severity: 'notice' as const,
          message: 'bin',
          file: 'logo.png',
        },
      ],
    };
    expect(
      withIgnore(noisy, ['dist/**'])
        .notices()
        .map((n) => n.file),
    ).toEqual(['logo.png']);
  });
});
