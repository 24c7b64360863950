import { describe, expect, it } from 'vitest';
import { parseCodeowners } from '../../src/codeowners/parse.js';
import { validateCodeowners } from '../../src/codeowners/validate.js';
import type { OwnerStatus, OwnerVerifier } from '../../src/codeowners/verify.js';
import { verifyOwners } from '../../src/codeowners/verify.js';

const P = '.github/CODEOWNERS';

const TEXT = [
  '# Ownership of acme-shop', // 1
  '*                 @acme/platform', // 2
  '/src/checkout/    @acme/payments', // 3
  '/src/             @acme/web', // 4
  '/src/             @acme/web-core', // 5  duplicate of line 4, wins
  '/legacy/          @acme/old-team', // 6  matches nothing
  '/docs/guide.md    @acme/writers', // 7  shadowed by line 8
  '/docs/            @acme/docs', // 8
  'bin/x[0-9].sh     @acme/ops', // 9  a range: GitHub ignores the line
  '/src/vendor/', // 10 un-assigns
].join('\n');

const FILES = [
  'README.md',
  'docs/guide.md',
  'docs/api/ref.md',
  'src/index.ts',
  'src/checkout/pay.ts',
  'src/vendor/lib.js',
  'package.json',
];

describe('validateCodeowners', () => {
  const co = parseCodeowners(TEXT, P);
  const findings = validateCodeowners(co, { files: FILES, requireOwners: ['src/**'] });
  const at = (ruleId: string) =>
    findings
      .filter((f) => f.ruleId === ruleId)
      .map((f) => [f.file, f.line ?? null, f.column ?? null]);

  it('duplicate patterns: the earlier line never applies', () => {
    expect(at('codeowners/duplicate-pattern')).toEqual([[P, 4, 1]]);
    const f = findings.find((x) => x.ruleId === 'codeowners/duplicate-pattern')!;
    expect(f.message).toContain('line 5 repeats it');
  });

  it('patterns that match no file in the repository', () => {
    expect(at('codeowners/unmatched-pattern')).toEqual([[P, 6, 1]]);
  });

  it('rules fully shadowed by a later rule, naming the later line', () => {
    // Line 3 is more specific than `/src/`, but `/src/` comes later and the last match wins.
    expect(at('codeowners/shadowed-rule')).toEqual([
      [P, 3, 1],
      [P, 7, 1],
    ]);
    const [l3, l7] = findings.filter((x) => x.ruleId === 'codeowners/shadowed-rule');
    expect(l3!.message).toContain('line 5 ("/src/")');
    expect(l7!.message).toContain(
      'the only file it matches (docs/guide.md) is owned by a later rule: line 8 ("/docs/")',
    );
    expect(l7!.severity).toBe('warning');
  });

  it('files left without owners under requireOwners, naming the rule that un-assigns', () => {
    expect(at('codeowners/unowned-file')).toEqual([['src/vendor/lib.js', null, null]]);
    const f = findings.find((x) => x.ruleId === 'codeowners/unowned-file')!;
    expect(f.severity).toBe('error');
    expect(f.message).toContain('line 10 ("/src/vendor/") un-assigns it');
  });

  it('also carries the syntax problems (line 9: GitHub rejects the brackets)', () => {
    expect(at('codeowners/character-range')).toEqual([[P, 9, 6]]);
  });

  it('a file with no matching rule at all is unowned', () => {
    const bare = parseCodeowners('/docs/ @acme/docs\n', P);
    const out = validateCodeowners(bare, {
      files: ['src/a.ts', 'docs/x.md'],
      requireOwners: ['src'],
    });
    expect(out).toEqual([
      expect.objectContaining({ ruleId: 'codeowners/unowned-file', file: 'src/a.ts' }),
    ]);
    expect(out[0]!.message).toContain('no CODEOWNERS rule matches it');
  });

  it('without requireOwners no file is required to have an owner', () => {
    const out = validateCodeowners(co, { files: FILES });
    expect(out.some((f) => f.ruleId === 'codeowners/unowned-file')).toBe(false);
  });

  it('an empty repository does not make every pattern "unmatched"', () => {
    expect(validateCodeowners(parseCodeowners('/src/ @a\n', P), { files: [] })).toEqual([]);
  });

  it('a file GitHub ignores (too large) yields only that error', () => {
    const co = { ...parseCodeowners('', P), ignored: true, problems: [] };
    expect(validateCodeowners(co, { files: FILES, requireOwners: ['**'] })).toEqual([]);
  });
});

describe('line 3 in context: an earlier, more specific rule after a broader one', () => {
  it('is shadowed when the broader rule comes later', () => {
    const co = parseCodeowners('/src/checkout/ @acme/payments\n/src/ @acme/web\n', P);
    const out = validateCodeowners(co, { files: ['src/checkout/pay.ts', 'src/index.ts'] });
    expect(out).toEqual([
      expect.objectContaining({ ruleId: 'codeowners/shadowed-rule', line: 1, column: 1 }),
    ]);
  });

  it('is effective in the right order', () => {
    const co = parseCodeowners('/src/ @acme/web\n/src/checkout/ @acme/payments\n', P);
    expect(validateCodeowners(co, { files: ['src/checkout/pay.ts', 'src/index.ts'] })).toEqual([]);
  });
});

describe('verifyOwners', () => {
  const co = parseCodeowners(
    '* @acme/platform\n/src/ @ghost @acme/web dev@example.com\n/lib/ @Ghost\n',
    P,
  );

  it('offline: one notice that verification was skipped', async () => {
    expect(await verifyOwners(co, undefined)).toEqual([
      expect.objectContaining({
        ruleId: 'codeowners/owners-not-verified',
        severity: 'notice',
        file: P,
      }),
    ]);
  });

  it('with a verifier: errors at every place a bad owner is listed, asking once per owner', async () => {
    const asked: string[][] = [];
    const verdicts: Record<string, OwnerStatus> = {
      '@acme/platform': 'ok',
      '@ghost': 'missing',
      '@acme/web': 'no-write',
      'dev@example.com': 'unknown',
    };
    const verifier: OwnerVerifier = {
      verify: (owners) => {
        asked.push([...owners]);
        return Promise.resolve(new Map(owners.map((o) => [o, verdicts[o] ?? 'unknown'])));
      },
    };
    const out = await verifyOwners(co, verifier);
    expect(asked).toEqual([['@acme/platform', '@ghost', '@acme/web', 'dev@example.com']]);
    expect(out.map((f) => [f.ruleId, f.line, f.column])).toEqual([
      ['codeowners/unknown-owner', 2, 7],
      ['codeowners/owner-no-write', 2, 14],
      ['codeowners/unknown-owner', 3, 7],
      ['codeowners/owners-not-verified', undefined, undefined],
    ]);
    expect(out[3]!.message).toContain('1 owner could not be verified');
  });
});
