import { describe, expect, it } from 'vitest';
import { applySuppressions } from '../../src/engine/suppressions.js';
import type { Finding } from '../../src/findings.js';
import { memoryRepo } from '../../src/repo/memory.js';

const at = (ruleId: string, file: string, line?: number): Finding => ({
  ruleId,
  severity: 'warning',
  message: `${ruleId} here`,
  file,
  ...(line !== undefined ? { line } : {}),
});
const RULES = new Set([
  'flags/undeclared',
  'flags/orphaned',
  'docs/blame',
  'codeowners/unmatched-pattern',
]);
const isRule = (id: string): boolean => RULES.has(id);

async function kept(files: Record<string, string>, findings: Finding[]): Promise<string[]> {
  const result = await applySuppressions(findings, memoryRepo(files), isRule);
  return result.findings.map((f) => `${f.ruleId} ${f.file}:${f.line ?? ''}`);
}

describe('inline suppressions', () => {
  it('disable … enable covers the lines between; a bare domain or domain/* covers its rules', async () => {
    const doc = [
      '# Incident 2026-03-02',
      '<!-- ops-steward-disable docs -- quoted from the vendor report -->',
      'The on-call engineer missed the page.',
      '<!-- ops-steward-enable -->',
      'Blame outside the quote.',
      '',
    ].join('\n');
    expect(
      await kept({ 'docs/pm.md': doc }, [
        at('docs/blame', 'docs/pm.md', 3),
        at('docs/blame', 'docs/pm.md', 5),
      ]),
    ).toEqual(['docs/blame docs/pm.md:5']);
  });

  it('in Markdown only an HTML comment opening a line counts: quoted examples are not directives', async () => {
    const doc = [
      'Write `<!-- ops-steward-disable docs/blame -->` to suppress, or in code:',
      '    // ops-steward-disable-next-line docs/blame -- example',
      'The engineer missed the page.',
      '',
    ].join('\n');
    expect(await kept({ 'README.md': doc }, [at('docs/blame', 'README.md', 3)])).toEqual([
      'docs/blame README.md:3',
    ]);
  });

  it('disable-line covers its own line; an open disable also covers the file’s findings without a line', async () => {
    const code =
      "export const on = isEnabled('x'); // ops-steward-disable-line flags/* -- vendored\n";
    const yaml =
      '# ops-steward-disable codeowners/unmatched-pattern -- created by the deploy job\n/a/ @x\n';
    expect(
      await kept({ 'src/a.ts': code, CODEOWNERS: yaml }, [
        at('flags/undeclared', 'src/a.ts', 1),
        at('flags/undeclared', 'src/a.ts', 2),
        at('codeowners/unmatched-pattern', 'CODEOWNERS'),
      ]),
    ).toEqual(['flags/undeclared src/a.ts:2']);
  });

  it('reports a directive without a reason and one that suppresses nothing, at its line', async () => {
    const code = [
      '// ops-steward-disable-next-line flags/undeclared',
      "isEnabled('a');",
      '/* ops-steward-disable-next-line flags/orphand -- typo */',
      "isEnabled('b');",
      '',
    ].join('\n');
    const result = await applySuppressions(
      [at('flags/undeclared', 'src/x.ts', 2), at('flags/undeclared', 'src/x.ts', 4)],
      memoryRepo({ 'src/x.ts': code }),
      isRule,
    );
    expect(result.suppressed).toBe(1);
    expect(result.findings.map((f) => [f.ruleId, f.line, f.message])).toEqual([
      ['flags/undeclared', 4, 'flags/undeclared here'],
      ['suppressions/missing-reason', 1, expect.stringContaining('gives no reason')],
      ['suppressions/unused', 3, expect.stringContaining('there is no rule "flags/orphand"')],
    ]);
  });
});
