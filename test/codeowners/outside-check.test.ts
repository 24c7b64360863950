import { describe, expect, it } from 'vitest';
import { parseCodeowners } from '../../src/codeowners/parse.js';
import { CODEOWNERS_RULES } from '../../src/codeowners/rules.js';
import type { Finding } from '../../src/findings.js';
import { cli, cliBundle, tempRepo } from '../support/cli.js';

/**
 * CODEOWNERS as teams write them, checked from outside: what GitHub does with each line (its own error
 * texts, quoted in pattern.ts D3) and what a user reads from us about it.
 */
const P = '.github/CODEOWNERS';

/** `ops-steward check DIR --json`, in-process: the codeowners findings a user gets. */
async function codeownersFindings(files: Record<string, string>): Promise<Finding[]> {
  const run = await cli(['check', await tempRepo(files), '--json']);
  expect(run.stderr).toBe('');
  const report = JSON.parse(run.stdout) as { findings: Finding[] };
  return report.findings.filter((f) => f.ruleId.startsWith('codeowners/'));
}

const NEXT_APP = [
  '# Storefront (Next.js app router)',
  '*                          @acme/web',
  '/app/blog/[slug]/          @acme/content',
  '/app/shop/\\[category\\]/    @acme/catalog',
  '/lib/*.[jt]s               @acme/lib',
  '',
].join('\n');

describe('brackets, as GitHub reads them', () => {
  it('an unescaped [slug] folder makes GitHub ignore the rule; an escaped one owns the route', async () => {
    const dir = await tempRepo({
      [P]: NEXT_APP,
      'app/blog/[slug]/page.tsx': 'export default function Post() { return null; }\n',
      'app/shop/[category]/page.tsx': 'export default function Category() { return null; }\n',
      'lib/fetcher.ts': 'export const fetcher = (u: string) => fetch(u);\n',
    });
    const paths = ['app/blog/[slug]/page.tsx', 'app/shop/[category]/page.tsx', 'lib/fetcher.ts'];
    const run = await cliBundle(['codeowners', 'owners', '--repo', dir, '--json', ...paths]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([
      { path: paths[0], owners: ['@acme/web'], line: 2, pattern: '*' },
      { path: paths[1], owners: ['@acme/catalog'], line: 4, pattern: '/app/shop/\\[category\\]/' },
      { path: paths[2], owners: ['@acme/web'], line: 2, pattern: '*' },
    ]);
    expect(run.stderr).toContain(`error: ${P}:3:11 GitHub rejects an unescaped "[" or "]"`);
    expect(run.stderr).toContain(`error: ${P}:5:8 GitHub rejects`);
  });

  it('a GitLab section header is named as one, once, at its line', () => {
    const co = parseCodeowners(
      [
        '* @acme/eng',
        '[Backend] @acme/backend',
        '/api/ @acme/api',
        '^[Docs Team][2] @acme/docs',
        '/docs/ @acme/docs',
      ].join('\n'),
      P,
    );
    expect(co.rules.map((r) => r.pattern)).toEqual(['*', '/api/', '/docs/']);
    expect(co.problems.map((p) => [p.ruleId, p.line, p.column])).toEqual([
      ['codeowners/character-range', 2, 1],
      ['codeowners/character-range', 4, 1],
    ]);
    expect(co.problems[0]!.message).toContain('"[Backend]" is a GitLab section header');
    expect(co.problems[0]!.message).toContain(
      '(A file or folder named so is written "\\[Backend\\]".)',
    );
    expect(co.problems[1]!.message).toContain('"^[Docs Team][2]" is a GitLab section header');
  });
});

describe('a line that starts with an owner', () => {
  it('says what was meant, instead of "pattern matches no file"', async () => {
    const findings = await codeownersFindings({
      [P]: '# default reviewers\n@acme/platform @jdoe\n',
      'src/index.ts': 'export {};\n',
    });
    const mine = findings.filter((f) => f.line === 2);
    expect(mine).toEqual([
      expect.objectContaining({ ruleId: 'codeowners/syntax', severity: 'error', column: 1 }),
    ]);
    expect(mine[0]!.message).toContain('write "* @acme/platform @jdoe"');
  });
});

describe('the catalogue is what is reported', () => {
  it('every codeowners finding has its rule’s documented default severity', async () => {
    const findings = await codeownersFindings({
      '.github/ops-steward.yml': "codeowners:\n  requireOwners: ['src/**']\n",
      [P]: [
        '* @acme/eng',
        'src/ acme-web',
        '!src/gen/ @acme/web',
        '\\#notes @acme/docs',
        'lib/[a-z]*.js @acme/lib',
        'tools/ @acme/tools @acme/TOOLS',
        '/ @acme/root',
        '/legacy/ @acme/old',
        '*.md @acme/docs',
        '*.md @acme/writers',
        '/src/vendor/',
        '@acme/web',
        '[Section]',
      ].join('\n'),
      CODEOWNERS: '* @acme/other\n',
      'src/vendor/lib.js': 'module.exports = {};\n',
      'README.md': '# x\n',
    });
    const severity = new Map(CODEOWNERS_RULES.map((r) => [r.id, r.severity]));
    const seen = new Set(findings.map((f) => f.ruleId));
    expect(seen.size).toBeGreaterThanOrEqual(10);
    for (const f of findings)
      expect([f.ruleId, f.severity]).toEqual([f.ruleId, severity.get(f.ruleId)]);
  });
});
