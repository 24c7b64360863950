import ignore from 'ignore';
import { describe, expect, it } from 'vitest';
import { compilePattern } from '../../src/codeowners/pattern.js';

/** [pattern, path, GitHub owns it?, why] — GitHub's documented examples first, then every edge case. */
const CASES: ReadonlyArray<readonly [string, string, boolean, string]> = [
  // GitHub docs: `*` — default owners for everything in the repo.
  ['*', 'README.md', true, 'docs: * is everything'],
  ['*', 'src/a/b/c.ts', true, 'docs: * at any depth'],
  ['*', '.github/workflows/ci.yml', true, 'D7: dot-directories included'],
  // GitHub docs: `*.js` — any .js file, at any depth.
  ['*.js', 'app.js', true, 'docs: *.js at the root'],
  ['*.js', 'src/lib/app.js', true, 'D8: no slash → any depth'],
  ['*.js', 'app.jsx', false, 'extension is exact'],
  ['*.js', 'app.ts', false, 'other extension'],
  ['*.js', 'APP.JS', false, 'D6: case-sensitive'],
  ['*.js', 'lib/vendor.js/index.ts', true, 'D9: a matching directory owns its contents'],
  // GitHub docs: `*.go docs@example.com`.
  ['*.go', 'cmd/tool/main.go', true, 'docs: *.go'],
  // GitHub docs: `/build/logs/` — build/logs at the root and any subdirectory.
  ['/build/logs/', 'build/logs/app.log', true, 'docs: /build/logs/'],
  ['/build/logs/', 'build/logs/2024/01/app.log', true, 'docs: and any of its subdirectories'],
  ['/build/logs/', 'build/logs', false, 'D9: trailing slash never owns a file of that name'],
  ['/build/logs/', 'src/build/logs/app.log', false, 'D10: leading slash anchors'],
  // GitHub docs: `docs/*` — docs/getting-started.md but not docs/build-app/troubleshooting.md.
  ['docs/*', 'docs/getting-started.md', true, 'docs: direct child'],
  ['docs/*', 'docs/build-app/troubleshooting.md', false, 'D5: docs/* is not recursive'],
  ['docs/*', 'src/docs/a.md', false, 'D10: a middle slash anchors'],
  ['docs/*', 'docs', false, 'the directory itself is not a child'],
  // GitHub docs: `apps/` — an apps directory anywhere.
  ['apps/', 'apps/web/index.ts', true, 'docs: apps/ at the root'],
  ['apps/', 'src/apps/web/index.ts', true, 'docs: apps/ anywhere (D8)'],
  ['apps/', 'apps', false, 'D9: a file named apps is not a directory'],
  ['apps/', 'myapps/index.ts', false, 'whole segment only'],
  ['apps/', 'apps.ts', false, 'whole segment only'],
  // GitHub docs: `/docs/` — root docs and subdirectories, and nothing else.
  ['/docs/', 'docs/index.md', true, 'docs: /docs/'],
  ['/docs/', 'docs/api/v1/ref.md', true, 'docs: /docs/ subdirectories'],
  ['/docs/', 'packages/x/docs/index.md', false, 'D10: anchored'],
  // GitHub docs: `**/logs` — /build/logs, /scripts/logs, /deeply/nested/logs.
  ['**/logs', 'build/logs/a.log', true, 'docs: **/logs'],
  ['**/logs', 'scripts/logs/b.log', true, 'docs: **/logs'],
  ['**/logs', 'deeply/nested/logs/c.log', true, 'docs: **/logs'],
  ['**/logs', 'logs/root.log', true, '**/ also matches at the root'],
  ['**/logs', 'logs', true, 'the file logs itself'],
  ['**/logs', 'build/logs.txt', false, 'whole segment only'],
  ['**/logs', 'build/mylogs/a', false, 'whole segment only'],
  // GitHub docs: `/apps/` with `/apps/github` un-assigning (the matcher side of it).
  [
    '/apps/github',
    'apps/github/ci.yml',
    true,
    'directory without trailing slash owns contents (D9)',
  ],
  ['/apps/github', 'apps/github', true, 'or a file of that name'],
  ['/apps/github', 'apps/github-actions/x', false, 'whole segment only'],
  // Single segment without slash: any depth, file or directory.
  ['foo', 'foo', true, 'file at root'],
  ['foo', 'foo/bar', true, 'directory at root'],
  ['foo', 'bar/foo', true, 'D8: any depth'],
  ['foo', 'bar/foo/baz', true, 'D8 + D9'],
  ['foo', 'foo.txt', false, 'whole name only'],
  ['foo', 'xfoo', false, 'whole name only'],
  ['foo', 'Foo', false, 'D6: case-sensitive'],
  // Leading slash.
  ['/foo', 'foo/bar', true, 'anchored directory'],
  ['/foo', 'bar/foo', false, 'D10: not at depth'],
  // Middle slash anchors.
  ['foo/bar', 'foo/bar/baz', true, 'anchored multi-segment'],
  ['foo/bar', 'baz/foo/bar', false, 'D10: middle slash anchors'],
  ['foo/bar', 'foo/bart', false, 'whole segment only'],
  ['foo/bar/', 'foo/bar', false, 'D9: trailing slash wants a directory'],
  // `*` does not cross `/`, `**` does.
  ['src/*.ts', 'src/a.ts', true, '* within a segment'],
  ['src/*.ts', 'src/a/b.ts', false, '* does not cross /'],
  ['src/**/*.ts', 'src/a.ts', true, '** matches zero directories'],
  ['src/**/*.ts', 'src/a/b/c.ts', true, '** crosses /'],
  ['src/**/*.ts', 'test/a.ts', false, 'anchored'],
  ['foo/**/bar', 'foo/a/b/bar/c', true, 'middle ** then directory contents'],
  ['foo/**/bar', 'qux/foo/bar', false, 'anchored'],
  ['foo/bar/**', 'foo/bar', false, 'a/** is below a, not a itself'],
  ['foo/bar/**', 'foo/bar/baz/qux', true, 'a/** at any depth'],
  ['**', 'any/path/at/all', true, '** alone is everything'],
  ['**/*bar*', 'foo/qux/rebar.txt', true, 'leading ** with wildcard'],
  // Lone `*` segments.
  ['/*', 'package.json', true, 'root file'],
  ['/*', 'src/index.ts', false, 'D5: lone trailing * is direct children only'],
  ['/*/', 'src/index.ts', true, 'any directory at the root, recursively'],
  ['/*/', 'package.json', false, 'D9: trailing slash wants a directory'],
  ['foo/*/baz', 'foo/bar/baz/qux', true, 'lone * in the middle is one segment'],
  ['foo/*/baz', 'foo/baz', false, 'lone * needs a segment'],
  ['f*', 'foo/bar/baz', true, 'a partial wildcard segment owns a directory (D9)'],
  ['f*', 'bar/baz', false, 'no match'],
  // `?`
  ['f?o', 'foo', true, '? is one character'],
  ['f?o', 'fo', false, '? is exactly one character'],
  ['f?o', 'f/o', false, '? does not match /'],
  // Escapes (D11).
  ['f\\*o', 'f*o', true, 'D11: escaped star is literal'],
  ['f\\*o', 'foo', false, 'D11: escaped star is not a wildcard'],
  ['f\\?o', 'foo', false, 'D11: escaped ? is literal'],
  ['my\\ file.txt', 'my file.txt', true, 'D11: escaped space'],
  ['\\!important.md', '!important.md', true, 'D2: an escaped ! is a literal character'],
  // Escaped brackets are literal (D3: unescaped ones make GitHub ignore the line); braces and extglobs
  // are literal (D4).
  ['\\[slug\\]/', 'app/blog/[slug]/page.tsx', true, 'D3: an escaped Next.js route folder'],
  ['\\[slug\\]/', 'app/blog/s/page.tsx', false, 'D3: escaped brackets are no range'],
  ['\\[id\\].tsx', 'pages/[id].tsx', true, 'escaped brackets: Next.js routes'],
  ['{a,b}.txt', 'a.txt', false, 'D4: no brace expansion'],
  ['{a,b}.txt', '{a,b}.txt', true, 'D4: braces are literal'],
  ['+(a).txt', 'a.txt', false, 'D4: no extglob'],
  ['packages/@acme/', 'packages/@acme/ui/index.ts', true, 'D4: @ is literal'],
  // Case sensitivity (D6).
  ['/Docs/', 'docs/a.md', false, 'D6: directory case'],
  ['README.md', 'readme.md', false, 'D6: file case'],
  // Dotfiles (D7).
  ['.github/', '.github/CODEOWNERS', true, 'D7: dot directory'],
  ['.*', 'config/.env', true, 'D7: dotfile at depth'],
  ['*.md', '.github/PULL_REQUEST_TEMPLATE.md', true, 'D7: * reaches into dot-directories'],
  // Never matches (D12).
  ['/', 'anything', false, 'D12: "/" matches nothing'],
  ['./src', 'src/a.ts', false, 'D12: "." segments never appear in paths'],
  // Non-ASCII.
  ['docs/über.md', 'docs/über.md', true, 'non-ASCII literal'],
];

describe('CODEOWNERS pattern matching (GitHub semantics)', () => {
  it('has a substantial table', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60);
  });

  it.each(CASES)('%s vs %s → %s (%s)', (pattern, path, expected) => {
    const { compiled } = compilePattern(pattern);
    expect(compiled).not.toBeNull();
    expect(compiled!.matches(path)).toBe(expected);
  });
});

describe('where GitHub differs from gitignore (the differences are real)', () => {
  // The `ignore` package implements gitignore; each case shows it disagreeing with GitHub.
  const gitignore = (pattern: string, path: string, ignorecase = false): boolean =>
    ignore({ ignorecase }).add(pattern).ignores(path);

  it('D5: gitignore makes docs/* recursive, GitHub does not', () => {
    expect(gitignore('docs/*', 'docs/build-app/troubleshooting.md')).toBe(true);
    expect(compilePattern('docs/*').compiled!.matches('docs/build-app/troubleshooting.md')).toBe(
      false,
    );
  });

  it('D3: gitignore reads [a-z] as a range, GitHub rejects the line', () => {
    expect(gitignore('[a-z].txt', 'a.txt')).toBe(true);
    expect(compilePattern('[a-z].txt').compiled).toBeNull();
  });

  it('D6: a case-insensitive matcher (the ignore package default) owns paths GitHub does not', () => {
    expect(ignore().add('/Docs/').ignores('docs/a.md')).toBe(true);
    expect(compilePattern('/Docs/').compiled!.matches('docs/a.md')).toBe(false);
  });

  it('D2: gitignore accepts !negation, GitHub rejects the line', () => {
    expect(ignore().add(['*.md', '!README.md']).ignores('README.md')).toBe(false);
    const { compiled, issues } = compilePattern('!README.md');
    expect(compiled).toBeNull();
    expect(issues).toMatchObject([
      { ruleId: 'codeowners/negation', severity: 'error', fatal: true },
    ]);
  });

  it('D1: gitignore lets \\# escape a comment, GitHub does not', () => {
    expect(gitignore('\\#notes', '#notes')).toBe(true);
    const { compiled, issues } = compilePattern('\\#notes');
    expect(compiled).toBeNull();
    expect(issues[0]).toMatchObject({ ruleId: 'codeowners/escaped-comment', fatal: true });
  });
});

describe('pattern issues', () => {
  it('D3: an unescaped bracket is GitHub\'s "Invalid pattern": reported at it, the line skipped', () => {
    for (const [pattern, offset] of [
      ['src/[a-z]*.ts', 4],
      ['Python/ceval*.[ch]', 14],
      ['/app/blog/[slug]/', 10],
      ['pages/s/[org]/[repo]/index.tsx', 8],
      ['docs]', 4],
    ] as const) {
      const { compiled, issues } = compilePattern(pattern);
      expect(compiled, pattern).toBeNull();
      expect(issues, pattern).toEqual([
        expect.objectContaining({
          ruleId: 'codeowners/character-range',
          severity: 'error',
          offset,
          fatal: true,
        }),
      ]);
    }
    expect(compilePattern('/app/blog/[slug]/').issues[0]!.message).toContain('write "\\[id\\]"');
  });

  it('escaped brackets are intended literals: no warning', () => {
    expect(compilePattern('\\[id\\].tsx').issues).toEqual([]);
  });

  it('D11: a trailing lone backslash is fatal', () => {
    const { compiled, issues } = compilePattern('foo\\');
    expect(compiled).toBeNull();
    expect(issues[0]).toMatchObject({ ruleId: 'codeowners/syntax', offset: 3, fatal: true });
  });

  it('D12: "/" never matches, with GitHub\'s own suggestion', () => {
    const { compiled, issues } = compilePattern('/');
    expect(compiled!.globs).toEqual([]);
    expect(issues[0]).toMatchObject({ ruleId: 'codeowners/never-matches', fatal: false });
    expect(issues[0]!.message).toContain('did you mean "*"');
  });

  it('exposes the minimatch globs each pattern compiles to', () => {
    expect(compilePattern('docs/*').compiled!.globs).toEqual(['docs/*']);
    expect(compilePattern('apps/').compiled!.globs).toEqual(['**/apps/**']);
    expect(compilePattern('*.js').compiled!.globs).toEqual(['**/*.js', '**/*.js/**']);
    expect(compilePattern('\\[x\\]').compiled!.globs).toEqual(['**/\\[x\\]', '**/\\[x\\]/**']);
  });

  it('matches thousands of paths quickly (patterns compiled once)', () => {
    const patterns = [
      '*',
      '*.ts',
      '/src/**/*.test.ts',
      'docs/*',
      '**/logs',
      '/apps/',
      'f?o/*/bar',
    ].map((p) => compilePattern(p).compiled!);
    const paths = Array.from({ length: 20_000 }, (_, i) => `src/mod${i % 50}/deep/file${i}.ts`);
    const start = performance.now();
    let hits = 0;
    for (const path of paths) for (const m of patterns) if (m.matches(path)) hits++;
    expect(hits).toBeGreaterThan(0);
    expect(performance.now() - start).toBeLessThan(2_000);
  });
});
