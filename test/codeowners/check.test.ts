import { describe, expect, it } from 'vitest';
import { runCodeownersCheck } from '../../src/codeowners/check.js';
import type { CodeownersCheckOptions } from '../../src/codeowners/check.js';
import { codeownersModule } from '../../src/codeowners/module.js';
import type { ModuleContext } from '../../src/core/module.js';
import type { OwnerVerifier } from '../../src/codeowners/verify.js';
import { defaultConfig } from '../../src/config/defaults.js';
import type { Config } from '../../src/config/types.js';
import type { Finding } from '../../src/findings.js';
import { memoryRepo } from '../../src/repo/memory.js';
import type { RepoFiles } from '../../src/repo/types.js';
import { contextFor } from '../support/modules.js';

function ctx(files: RepoFiles, patch: Partial<Config['codeowners']> = {}): ModuleContext {
  const config = defaultConfig();
  config.codeowners = { ...config.codeowners, ...patch };
  return contextFor(files, config, new Date('2026-11-25T00:00:00Z'));
}

const codeownersCheck = {
  id: codeownersModule.id,
  run: (c: ModuleContext) => codeownersModule.check(c),
};
const createCodeownersCheck = (opts: CodeownersCheckOptions) => ({
  run: (c: ModuleContext) => runCodeownersCheck(c, opts),
});

const CODEOWNERS = [
  '* @acme/platform', // 1
  '.github/ @acme/platform-admins', // 2
  '/src/ acme-web', // 3 invalid owner
  '/old/ @acme/old', // 4 unmatched
].join('\n');

const REPO = {
  '.github/CODEOWNERS': CODEOWNERS,
  'src/index.ts': 'export {};\n',
  'README.md': '# acme\n',
};

describe('codeownersCheck', () => {
  it('has the id the config enables it by', () => {
    expect(codeownersCheck.id).toBe('codeowners');
  });

  it('no CODEOWNERS file → no findings', async () => {
    expect(await codeownersCheck.run(ctx(memoryRepo({ 'README.md': 'x' })))).toEqual([]);
  });

  it('offline: syntax, validation and one notice that owners were not verified', async () => {
    const out = await codeownersCheck.run(ctx(memoryRepo(REPO)));
    expect(out.map((f) => [f.ruleId, f.severity, f.line ?? null])).toEqual([
      ['codeowners/invalid-owner', 'error', 3],
      ['codeowners/unmatched-pattern', 'warning', 4],
      ['codeowners/owners-not-verified', 'notice', null],
    ]);
    // Whoever owns CODEOWNERS is asked to fix it.
    for (const f of out) expect(f.owners).toEqual(['@acme/platform-admins']);
  });

  it('requireOwners: required files without owners and teams without escalation policy', async () => {
    const out = await codeownersCheck.run(
      ctx(memoryRepo({ ...REPO, 'lib/a.ts': 'x' }), { requireOwners: ['src/**'] }),
    );
    const rules = out.map((f) => f.ruleId);
    // src/index.ts is owned by `*` (line 3 was skipped): @acme/platform has no policy.
    expect(out.find((f) => f.ruleId === 'codeowners/no-escalation-policy')).toMatchObject({
      line: 1,
      column: 3,
    });
    expect(rules).not.toContain('codeowners/unowned-file');
  });

  it('skipped (binary) files still count as repository files for "matches no file"', async () => {
    const inner = memoryRepo({ '.github/CODEOWNERS': '* @a\n*.png @design\n', 'README.md': 'x' });
    const skipped: Finding = {
      ruleId: 'repo/skipped-file',
      severity: 'notice',
      file: 'logo.png',
      message: 'Skipped logo.png: binary.',
    };
    const out = await codeownersCheck.run(ctx({ ...inner, notices: () => [skipped] }));
    expect(out.some((f) => f.ruleId === 'codeowners/unmatched-pattern')).toBe(false);
  });

  it('with a verifier and GitHub’s verdict (App/Action mode)', async () => {
    const verifier: OwnerVerifier = {
      verify: (owners) =>
        Promise.resolve(
          new Map(owners.map((o) => [o, o === '@acme/old' ? 'missing' : 'ok'] as const)),
        ),
    };
    const github: Finding[] = [
      {
        ruleId: 'codeowners/github-error',
        severity: 'error',
        message: 'GitHub reports "Invalid owner": /src/ acme-web.',
        file: '.github/CODEOWNERS',
        line: 3,
        column: 7,
      },
    ];
    const check = createCodeownersCheck({ verifier, githubErrors: () => Promise.resolve(github) });
    const out = await check.run(ctx(memoryRepo(REPO)));
    expect(out.map((f) => [f.ruleId, f.line ?? null])).toEqual([
      ['codeowners/unmatched-pattern', 4],
      ['codeowners/unknown-owner', 4],
      ['codeowners/github-error', 3],
    ]);
  });
});
