import { describe, expect, it } from 'vitest';
import { loadCodeowners } from '../../src/codeowners/locate.js';
import { ownersOf } from '../../src/codeowners/match.js';
import { CODEOWNERS_MAX_BYTES, parseCodeowners } from '../../src/codeowners/parse.js';
import type { Finding } from '../../src/findings.js';
import { memoryRepo } from '../../src/repo/memory.js';
import type { RepoFiles } from '../../src/repo/types.js';

const P = '.github/CODEOWNERS';
const parse = (text: string) => parseCodeowners(text, P);

/** GitHub's documented example file, with its line numbers. */
const GITHUB_EXAMPLE = [
  '# This is a comment.', // 1
  '# Each line is a file pattern followed by one or more owners.', // 2
  '', // 3
  '*       @global-owner1 @global-owner2', // 4
  '*.js    @js-owner #This is an inline comment.', // 5
  '*.go docs@example.com', // 6
  '*.txt @octo-org/octocats', // 7
  '/build/logs/ @doctocat', // 8
  'docs/*  docs@example.com', // 9
  'apps/ @octocat', // 10
  '/docs/ @doctocat', // 11
  '/scripts/ @doctocat @octocat', // 12
  '**/logs @octocat', // 13
  '/apps/ @octocat', // 14
  '/apps/github', // 15
].join('\n');

describe('parseCodeowners on GitHub’s documented example', () => {
  const co = parse(GITHUB_EXAMPLE);

  it('parses every rule with no problem', () => {
    expect(co.problems).toEqual([]);
    expect(co.rules.map((r) => r.line)).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
  });

  it('an inline # comment is not an owner', () => {
    expect(ownersOf(co, 'src/app.js')).toEqual({
      path: 'src/app.js',
      owners: ['@js-owner'],
      line: 5,
      pattern: '*.js',
    });
  });

  it('the last matching pattern wins', () => {
    expect(ownersOf(co, 'README.md').owners).toEqual(['@global-owner1', '@global-owner2']);
    expect(ownersOf(co, 'docs/getting-started.md')).toMatchObject({
      owners: ['@doctocat'],
      line: 11,
    });
    expect(ownersOf(co, 'build/logs/x.log')).toMatchObject({ owners: ['@octocat'], line: 13 });
  });

  it('a pattern with no owners un-assigns (owners [], but the rule is named)', () => {
    expect(ownersOf(co, 'apps/github/workflow.yml')).toEqual({
      path: 'apps/github/workflow.yml',
      owners: [],
      line: 15,
      pattern: '/apps/github',
    });
    expect(ownersOf(co, 'apps/web/index.ts')).toMatchObject({ owners: ['@octocat'], line: 14 });
  });

  it('emails and teams are owners', () => {
    expect(ownersOf(co, 'cmd/main.go').owners).toEqual(['docs@example.com']);
    expect(ownersOf(co, 'notes.txt').owners).toEqual(['@octo-org/octocats']);
  });
});

describe('parsing traps', () => {
  it('no match: owners [] and line/pattern null', () => {
    expect(ownersOf(parse('/src/ @a'), 'lib/x.ts')).toEqual({
      path: 'lib/x.ts',
      owners: [],
      line: null,
      pattern: null,
    });
  });

  it('paths are case-sensitive', () => {
    const co = parse('/Docs/ @docs\n');
    expect(ownersOf(co, 'docs/a.md').owners).toEqual([]);
    expect(ownersOf(co, 'Docs/a.md').owners).toEqual(['@docs']);
  });

  it('an inline comment right after the pattern leaves no owners (un-assigns)', () => {
    const co = parse('* @all\n/vendor/ # nobody owns vendored code\n');
    expect(ownersOf(co, 'vendor/lib.js')).toMatchObject({ owners: [], line: 2 });
  });

  it('indented # lines and blank lines are comments; line numbers are kept', () => {
    const co = parse('\n   # indented comment\n\t\n/a/ @x\n');
    expect(co.rules).toHaveLength(1);
    expect(co.rules[0]).toMatchObject({ line: 4, column: 1, pattern: '/a/' });
  });

  it('CRLF line endings and a BOM do not shift lines or leak into owners', () => {
    const co = parse('\uFEFF# c\r\n*.md @docs\r\n/src/ @web\r\n');
    expect(co.problems).toEqual([]);
    expect(co.rules.map((r) => [r.line, r.owners])).toEqual([
      [2, ['@docs']],
      [3, ['@web']],
    ]);
  });

  it('owner columns are exact, with tabs and runs of spaces', () => {
    const co = parse('  /src/\t@acme/web   dev@example.com\n');
    expect(co.rules[0]).toMatchObject({ column: 3, ownerColumns: [9, 21] });
  });

  it('an escaped space stays in the pattern', () => {
    const co = parse('My\\ Documents/ @me\n');
    expect(co.rules[0]!.pattern).toBe('My\\ Documents/');
    expect(ownersOf(co, 'My Documents/a.txt').owners).toEqual(['@me']);
  });

  it('a `#` glued to an owner is an invalid owner, not a comment', () => {
    const co = parse('*.js @js-owner#note\n');
    expect(co.rules).toEqual([]);
    expect(co.problems).toEqual([
      expect.objectContaining({
        ruleId: 'codeowners/invalid-owner',
        line: 1,
        column: 6,
        endColumn: 20,
      }),
    ]);
    expect(co.problems[0]!.message).toContain('a comment needs a space before "#"');
  });
});

describe('syntax errors: reported at line and column, the line skipped', () => {
  const text = [
    '* @acme/all', // 1
    'src/ acme-web', // 2  missing @
    '!src/generated/ @acme/web', // 3  negation
    '\\#notes @acme/docs', // 4  escaped comment
    'lib/[a-z]*.js @acme/lib', // 5  range: GitHub ignores the line
    'api/ @acme/api/v2', // 6  nested team path
    'ops/ @@oncall', // 7
    'tools/ @acme/tools @acme/TOOLS', // 8  duplicate owner (case-insensitive)
    '/ @acme/root', // 9  never matches
  ].join('\n');
  const co = parse(text);
  const byLine = (line: number): Finding[] => co.problems.filter((p) => p.line === line);

  it('reports each problem at its exact position', () => {
    expect(byLine(2)).toEqual([
      expect.objectContaining({ ruleId: 'codeowners/invalid-owner', severity: 'error', column: 6 }),
    ]);
    expect(byLine(2)[0]!.message).toBe(
      'invalid owner "acme-web": owners are @user, @org/team or an email address; ' +
        'did you mean "@acme-web"? GitHub ignores this line.',
    );
    expect(byLine(3)).toEqual([
      expect.objectContaining({ ruleId: 'codeowners/negation', severity: 'error', column: 1 }),
    ]);
    expect(byLine(4)).toEqual([
      expect.objectContaining({
        ruleId: 'codeowners/escaped-comment',
        severity: 'error',
        column: 1,
      }),
    ]);
    expect(byLine(5)).toEqual([
      expect.objectContaining({
        ruleId: 'codeowners/character-range',
        severity: 'error',
        column: 5,
      }),
    ]);
    expect(byLine(6)[0]).toMatchObject({ ruleId: 'codeowners/invalid-owner', column: 6 });
    expect(byLine(6)[0]!.message).toContain('nested teams');
    expect(byLine(7)[0]!.message).toContain('did you mean "@oncall"?');
    expect(byLine(8)).toEqual([
      expect.objectContaining({
        ruleId: 'codeowners/duplicate-owner',
        severity: 'notice',
        column: 20,
      }),
    ]);
    expect(byLine(9)[0]).toMatchObject({ ruleId: 'codeowners/never-matches', severity: 'warning' });
    for (const p of co.problems) expect(p.file).toBe(P);
  });

  it('skips the invalid lines, as GitHub does, and keeps the others', () => {
    expect(co.rules.map((r) => r.line)).toEqual([1, 8, 9]);
    expect(ownersOf(co, 'src/index.ts').owners).toEqual(['@acme/all']);
    expect(ownersOf(co, 'src/generated/x.ts').owners).toEqual(['@acme/all']);
    expect(co.rules[1]!.owners).toEqual(['@acme/tools']);
  });
});

describe('the 3 MB limit', () => {
  it('GitHub ignores the whole file: an error, and nobody owns anything', () => {
    const big = '* @acme/all\n' + '# padding\n'.repeat(Math.ceil(CODEOWNERS_MAX_BYTES / 10));
    const co = parse(big);
    expect(co.ignored).toBe(true);
    expect(co.rules).toEqual([]);
    expect(co.problems).toEqual([
      expect.objectContaining({ ruleId: 'codeowners/too-large', severity: 'error', file: P }),
    ]);
    expect(ownersOf(co, 'README.md').owners).toEqual([]);
  });

  it('just under the limit still loads', () => {
    const body = '* @acme/all\n';
    const co = parse(body + '#'.repeat(CODEOWNERS_MAX_BYTES - body.length - 1));
    expect(co.ignored).toBe(false);
    expect(ownersOf(co, 'README.md').owners).toEqual(['@acme/all']);
  });
});

describe('loadCodeowners: location precedence', () => {
  it('.github/CODEOWNERS wins over the root and docs/, which are reported as ignored', async () => {
    const { codeowners, findings } = await loadCodeowners(
      memoryRepo({
        '.github/CODEOWNERS': '* @from-github\n',
        CODEOWNERS: '* @from-root\n',
        'docs/CODEOWNERS': '* @from-docs\n',
      }),
    );
    expect(codeowners!.path).toBe('.github/CODEOWNERS');
    expect(ownersOf(codeowners!, 'a').owners).toEqual(['@from-github']);
    expect(findings.map((f) => [f.ruleId, f.file])).toEqual([
      ['codeowners/ignored-file', 'CODEOWNERS'],
      ['codeowners/ignored-file', 'docs/CODEOWNERS'],
    ]);
  });

  it('the root comes before docs/ (a known trap)', async () => {
    const { codeowners } = await loadCodeowners(
      memoryRepo({ 'docs/CODEOWNERS': '* @from-docs\n', CODEOWNERS: '* @from-root\n' }),
    );
    expect(codeowners!.path).toBe('CODEOWNERS');
  });

  it('docs/CODEOWNERS is used when it is the only one', async () => {
    const { codeowners, findings } = await loadCodeowners(
      memoryRepo({ 'docs/CODEOWNERS': '* @d\n' }),
    );
    expect(codeowners!.path).toBe('docs/CODEOWNERS');
    expect(findings).toEqual([]);
  });

  it('no CODEOWNERS file: nothing, and no findings', async () => {
    expect(await loadCodeowners(memoryRepo({ 'README.md': '# hi\n' }))).toEqual({
      codeowners: undefined,
      findings: [],
    });
  });

  it('a file the reader skipped still takes precedence, and says why it cannot be read', async () => {
    const inner = memoryRepo({ CODEOWNERS: '* @root\n' });
    const skipped: Finding = {
      ruleId: 'repo/skipped-file',
      severity: 'notice',
      file: '.github/CODEOWNERS',
      message: 'Skipped .github/CODEOWNERS: 2 MiB is over the 1 MiB size limit.',
    };
    const files: RepoFiles = { ...inner, notices: () => [skipped] };
    const { codeowners, findings } = await loadCodeowners(files);
    expect(codeowners).toBeUndefined();
    expect(findings[0]).toMatchObject({
      ruleId: 'codeowners/unreadable',
      severity: 'error',
      file: '.github/CODEOWNERS',
    });
    expect(findings[0]!.message).toContain('over the 1 MiB size limit');
    expect(findings[1]).toMatchObject({ ruleId: 'codeowners/ignored-file', file: 'CODEOWNERS' });
  });
});
