import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ruleIndex } from '../../src/codeowners/matcher.js';
import { parseCodeowners } from '../../src/codeowners/parse.js';
import { defaultConfig } from '../../src/config/defaults.js';
import { runChecks } from '../../src/engine/run-checks.js';
import { memoryRepo } from '../../src/repo/memory.js';

/**
 * Issue 9, defect 4: routing every finding through every CODEOWNERS rule made `check` quadratic —
 * 47 s on a 38k-line file, a hang on 100k lines. Each path is now matched once, through one
 * compiled index shared by the ownership check and the routing.
 */

/** A monorepo: `services` services of 10 files each, a docs tree, a few root files. */
export function monorepo(services: number): Record<string, string> {
  const files: Record<string, string> = { 'README.md': '# shop\n', 'package.json': '{}\n' };
  for (let s = 0; s < services; s++) {
    for (let f = 0; f < 8; f++) files[`services/svc-${s}/src/handler-${f}.ts`] = 'export {};\n';
    files[`services/svc-${s}/README.md`] = `# svc-${s}\n`;
    files[`docs/services/svc-${s}.md`] = `# svc-${s}\n`;
  }
  return files;
}

/**
 * A generated CODEOWNERS as large organisations grow them: a rule per service and per module
 * (most modules long gone, so most rules match nothing), some wildcards, a catch-all first.
 */
export function bigCodeowners(lines: number, services: number, short = false): string {
  const out = ['# Generated from the service catalogue', '* @acme/platform', '*.md @acme/docs'];
  for (let i = 0; out.length < lines; i++) {
    const s = i % services;
    // Short lines keep 100,000 of them under GitHub's 3 MB limit, so the file is really used.
    if (short) out.push(i % 50 === 0 ? `/services/svc-${s}/ @t${i % 40}` : `/m/${i} @d${i % 9}`);
    else if (i % 97 === 0) out.push(`/services/svc-${s}/**/*.ts @acme/team-${i % 40}`);
    else if (i % 13 === 0) out.push(`/services/svc-${s}/ @acme/team-${i % 40}`);
    else out.push(`/services/svc-${s}/modules/mod-${i}/ @acme/team-${i % 40} @dev-${i % 500}`);
  }
  return `${out.join('\n')}\n`;
}

async function timeCheck(lines: number, short = false): Promise<{ ms: number; findings: number }> {
  const files = monorepo(300);
  files['.github/CODEOWNERS'] = bigCodeowners(lines, 300, short);
  const config = defaultConfig();
  config.codeowners.requireOwners = ['services/**'];
  const started = performance.now();
  const result = await runChecks(memoryRepo(files), config, {
    now: new Date('2026-11-25T00:00:00Z'),
  });
  const ms = performance.now() - started;
  return { ms, findings: result.findings.length };
}

describe('check on a very large CODEOWNERS', () => {
  it('takes seconds, not minutes, on 38,000 lines, and every unmatched rule is still reported', async () => {
    const { ms, findings } = await timeCheck(38_000);
    console.log(`38k-line CODEOWNERS: ${Math.round(ms)} ms, ${findings} findings`);
    expect(findings).toBeGreaterThan(30_000);
    expect(ms).toBeLessThan(15_000);
  }, 120_000);

  it('does not hang on 100,000 lines', async () => {
    const { ms, findings } = await timeCheck(100_000, true);
    console.log(`100k-line CODEOWNERS: ${Math.round(ms)} ms, ${findings} findings`);
    expect(findings).toBeGreaterThan(90_000);
    expect(ms).toBeLessThan(40_000);
  }, 180_000);
});

describe('the rule index', () => {
  const segment = fc.constantFrom('src', 'docs', 'a', 'b', 'app', '.github', 'README.md', 'x.ts');
  const patternSegment = fc.oneof(segment, fc.constantFrom('*', '**', '*.ts', 'a*', '?', 'd?cs'));
  const pattern = fc
    .tuple(fc.boolean(), fc.array(patternSegment, { minLength: 1, maxLength: 4 }), fc.boolean())
    .map(([lead, segs, trail]) => `${lead ? '/' : ''}${segs.join('/')}${trail ? '/' : ''}`);
  const path = fc.array(segment, { minLength: 1, maxLength: 5 }).map((s) => s.join('/'));

  it('picks the same rule as trying every rule from the last, for any file and paths', () => {
    fc.assert(
      fc.property(
        fc.array(pattern, { minLength: 1, maxLength: 25 }),
        fc.array(path, { minLength: 1, maxLength: 20 }),
        (patterns, paths) => {
          const codeowners = parseCodeowners(
            patterns.map((p, i) => `${p} @team-${i}`).join('\n'),
            '.github/CODEOWNERS',
          );
          const index = ruleIndex(codeowners);
          for (const p of paths) {
            const all = codeowners.rules
              .map((r, i) => (r.matcher.matches(p) ? i : -1))
              .filter((i) => i >= 0)
              .reverse();
            expect(index.matching(p)).toEqual(all);
            expect(index.winner(p)).toBe(all[0] ?? -1);
          }
        },
      ),
      { seed: 9, numRuns: 400 },
    );
  });
});
