import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults.js';
import type { Config } from '../../src/config/types.js';
import { analyzeFlags, checkFlags } from '../../src/flags/check.js';
import { withIgnore } from '../../src/repo/filtered.js';
import type { Finding } from '../../src/findings.js';
import { memoryRepo } from '../../src/repo/memory.js';
import { contextFor } from '../support/modules.js';

const NOW = new Date('2026-11-25T12:00:00Z');

function run(
  files: Record<string, string>,
  edit: (c: Config) => void = () => undefined,
): Promise<Finding[]> {
  const config = defaultConfig();
  edit(config);
  return checkFlags(contextFor(memoryRepo(files), config, NOW));
}

const brief = (findings: readonly Finding[]): string[] =>
  findings
    .map((f) => `${f.ruleId} ${f.severity} ${f.file ?? ''}:${f.line ?? ''}:${f.column ?? ''}`)
    .sort();

const REGISTRY = [
  'flags:',
  '  new-checkout:', // line 2
  '    owner: "@alice"',
  '    created: 2026-11-01',
  '    expires: 2026-12-01',
  '    type: release',
  '  old-banner:', // line 7
  '    owner: "@acme/web"',
  '    created: 2026-10-01',
  '    expires: 2026-10-31',
  '    type: release',
  '  dead-flag:', // line 12
  '    owner: "@bob"',
  '    created: 2026-11-10',
  '    expires: 2026-12-10',
  '    type: experiment',
  '  checkout-v2:', // line 17
  '    owner: "@alice"',
  '    created: 2026-11-10',
  '    expires: 2026-12-10',
  '    type: experiment',
  '  py-only:', // line 22
  '    owner: "@data"',
  '    created: 2026-11-10',
  '    expires: 2026-12-10',
  '    type: operational',
  '',
].join('\n');

const APP = [
  "import { isEnabled } from './flags';", // line 1
  '',
  "if (isEnabled('new-checkout')) render();", // line 3
  "if (isEnabled('old-banner')) banner();", // line 4
  "if (isEnabled('ghost-flag')) ghost();", // line 5
  'if (isEnabled(`checkout-${process.env.VARIANT}`)) variant();', // line 6
  'if (isEnabled(nameFromServer())) dyn();', // line 7
  '',
].join('\n');

describe('flagsCheck', () => {
  it('reports nothing for a repository without a registry or flag references', async () => {
    expect(await run({ 'src/a.ts': 'export const x = 1;\n', 'README.md': '# hi\n' })).toEqual([]);
  });

  it('reads the registry, scans the code and reports each state, with unresolved calls and their hint', async () => {
    const findings = await run({
      'flags.yml': REGISTRY,
      'src/app.ts': APP,
      'jobs/report.py': 'if flags.enabled("py-only"):\n    pass\n',
    });
    expect(brief(findings)).toEqual(
      [
        'flags/expiring warning flags.yml:2:3', // new-checkout: expires 2026-12-01, 6 days away
        'flags/expired error flags.yml:7:3', // old-banner: still read by code
        'flags/orphaned warning flags.yml:12:3', // dead-flag: read nowhere
        'flags/undeclared warning src/app.ts:5:15', // ghost-flag
        'flags/unresolved warning src/app.ts:7:15', // isEnabled(nameFromServer())
      ].sort(),
    );
    // checkout-v2 is kept alive by the template pattern, py-only by the Python text reference.
    expect(findings.some((f) => f.message.includes('"checkout-v2"'))).toBe(false);
    expect(findings.some((f) => f.message.includes('"py-only"'))).toBe(false);
    const unresolved = findings.find((f) => f.ruleId === 'flags/unresolved')!;
    expect(unresolved.message).toContain('// ops-steward-flags:');
    const expired = findings.find((f) => f.ruleId === 'flags/expired')!;
    expect(expired.owners).toEqual(['@acme/web']);
  });

  it('counts a hint comment as a reference for a truly dynamic call', async () => {
    const code = [
      '// ops-steward-flags: dead-flag',
      'if (isEnabled(nameFromServer())) dyn();',
      '',
    ].join('\n');
    const without = await run({
      'flags.yml': REGISTRY,
      'src/app.ts': APP,
      'src/dyn.ts': code.replace(/^\/\/.*\n/, ''),
    });
    expect(brief(without)).toContain('flags/orphaned warning flags.yml:12:3');
    expect(brief(without)).toContain('flags/unresolved warning src/dyn.ts:1:15');
    const hinted = await run({ 'flags.yml': REGISTRY, 'src/app.ts': APP, 'src/dyn.ts': code });
    expect(brief(hinted)).not.toContain('flags/orphaned warning flags.yml:12:3');
    expect(hinted.some((f) => f.file === 'src/dyn.ts')).toBe(false);
  });

  it('includes registry findings, and does not call every reference undeclared when the registry is broken', async () => {
    const findings = await run({ 'flags.yml': 'flags:\n  new-checkout: [\n', 'src/app.ts': APP });
    const rules = findings.map((f) => f.ruleId);
    expect(rules).toContain('flags/registry-yaml');
    expect(rules).not.toContain('flags/undeclared');
    expect(rules).toContain('flags/unresolved');
  });

  it('reports registry validation problems alongside the states', async () => {
    const registry = REGISTRY.replace(
      'expires: 2026-12-10\n    type: experiment\n  checkout-v2',
      'expires: 2027-02-10\n    type: experiment\n  checkout-v2',
    );
    const findings = await run({ 'flags.yml': registry, 'src/app.ts': APP });
    expect(brief(findings)).toContain('flags/registry-lifetime error flags.yml:15:14');
  });

  it('says to create the registry when code reads flags and there is none', async () => {
    const findings = await run({ 'src/app.ts': "isEnabled('new-checkout');\n" });
    expect(brief(findings)).toEqual(['flags/undeclared warning src/app.ts:1:11']);
    expect(findings[0]!.message).toContain('there is no flags.yml');
  });

  it('uses the configured registry path and severities', async () => {
    const findings = await run({ 'config/flags.yaml': REGISTRY, 'src/app.ts': APP }, (c) => {
      c.flags.registry = 'config/flags.yaml';
      c.flags.severity = {
        ...c.flags.severity,
        orphaned: 'off',
        unresolved: 'off',
        undeclared: 'error',
      };
    });
    expect(brief(findings)).toEqual(
      [
        'flags/expiring warning config/flags.yaml:2:3',
        'flags/expired error config/flags.yaml:7:3',
        'flags/undeclared error src/app.ts:5:15',
      ].sort(),
    );
  });
});

describe('flagsCheck on a file the parser cannot fully read', () => {
  it('says so with a notice at the syntax error, so a missing reference is never silent', async () => {
    const files = memoryRepo({
      'flags.yml': 'flags: {}\n',
      'src/broken.ts': "import { isEnabled } from 'x';\nconst = isEnabled('a');\n",
    });
    const findings = await checkFlags(contextFor(files, defaultConfig(), new Date('2026-11-25')));
    const notice = findings.find((f) => f.ruleId === 'flags/scan-incomplete');
    expect(notice).toMatchObject({ severity: 'notice', file: 'src/broken.ts', line: 2 });
    expect(notice!.message).toContain('syntax error');
  });
});

describe('analyzeFlags within one run', () => {
  it('scans a repository once however many callers ask (full check, PR rules, sweep)', async () => {
    const inner = memoryRepo({
      'flags.yml': 'flags: {}\n',
      'src/a.ts': "import { isEnabled } from 'x';\nisEnabled('a');\n",
      'vendor/b.ts': "isEnabled('b');\n",
    });
    let reads = 0;
    const counting = { ...inner, read: (p: string) => (reads++, inner.read(p)) };
    const config = defaultConfig().flags;
    // Each front door filters the same repository with the same ignore globs on its own.
    const first = await analyzeFlags(withIgnore(counting, ['vendor/**']), config);
    const afterFirst = reads;
    const second = await analyzeFlags(withIgnore(counting, ['vendor/**']), config);
    expect(second).toBe(first);
    expect(reads).toBe(afterFirst);
    expect(first.scan.references.map((r) => r.key)).toEqual(['a']);
  });
});

describe('a registry declared in code that cannot be read', () => {
  it('is the one error: the keys it declared are not all reported undeclared', async () => {
    const files = {
      // Renamed in a refactoring; the config still names the old export.
      'src/flags/keys.ts': [
        'export enum StoreFlag {',
        '  /** @owner @alice @created 2026-11-01 @expires 2026-12-01 @type release */',
        "  NewCheckout = 'new-checkout',",
        '}',
        '',
      ].join('\n'),
      'src/checkout.ts':
        "import { unleash } from './unleash';\nunleash.isEnabled('new-checkout');\n",
    };
    const findings = await run(files, (c) => {
      c.flags.registry = 'src/flags/keys.ts#WebFlag';
    });
    expect(brief(findings)).toEqual(['flags/registry-invalid error src/flags/keys.ts:1:1']);
    expect(findings[0]!.message).toContain('src/flags/keys.ts declares no `WebFlag`');
  });
});
