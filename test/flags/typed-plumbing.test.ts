import { describe, expect, it } from 'vitest';
import { brief } from './scanner/helpers.js';
import { runFlags, yamlRegistry } from './support.js';

const KEYS = ['enable-ai', 'new-checkout', 'dark-mode', 'legacy-export'];

const FLAG_TYPES = [
  '// The app-wide list of flag keys; flags.yml holds their owners and dates.',
  'export type FlagKey =',
  "  | 'enable-ai'",
  "  | 'new-checkout'",
  "  | 'dark-mode'",
  "  | 'legacy-export';",
  '',
].join('\n');

describe('a helper typed with the whole key union is a wrapper, not a blanket reference', () => {
  it('only its call sites with a concrete key are references; the unread key stays orphaned', async () => {
    const run = await runFlags({
      'flags.yml': yamlRegistry(KEYS),
      'src/flags/types.ts': FLAG_TYPES,
      'src/flags/client.ts': [
        "import * as LaunchDarkly from 'launchdarkly-node-server-sdk';",
        "import type { FlagKey } from './types';",
        '',
        'const ldClient = LaunchDarkly.init(process.env.LD_SDK_KEY ?? "");',
        '',
        'export async function isFlagOn(flag: FlagKey, userKey: string): Promise<boolean> {',
        '  return ldClient.variation(flag, { key: userKey }, false);',
        '}',
        '',
      ].join('\n'),
      'src/checkout/page.ts': [
        "import { isFlagOn } from '../flags/client';",
        '',
        'export async function render(userKey: string) {',
        "  if (await isFlagOn('new-checkout', userKey)) return 'v2';",
        "  return (await isFlagOn('enable-ai', userKey)) ? 'v1+ai' : 'v1';",
        '}',
        '',
      ].join('\n'),
      // A React hook over the SDK's flag object, typed the same way.
      'src/flags/useFlag.ts': [
        "import { useFlags } from 'launchdarkly-react-client-sdk';",
        "import type { FlagKey } from './types';",
        '',
        'export function useFlag(key: FlagKey): boolean {',
        '  const flags = useFlags();',
        '  return Boolean(flags[key]);',
        '}',
        '',
      ].join('\n'),
      'src/settings/Theme.tsx': [
        "import { useFlag } from '../flags/useFlag';",
        '',
        'export function Theme() {',
        "  const dark = useFlag('dark-mode');",
        "  return <div className={dark ? 'dark' : 'light'} />;",
        '}',
        '',
      ].join('\n'),
    });
    expect(brief(run.analysis.scan.references)).toEqual([
      'new-checkout wrapper isFlagOn @src/checkout/page.ts:4:22',
      'enable-ai wrapper isFlagOn @src/checkout/page.ts:5:26',
      'dark-mode wrapper useFlag @src/settings/Theme.tsx:4:24',
    ]);
    expect(run.states).toEqual([
      'enable-ai active',
      'new-checkout active',
      'dark-mode active',
      'legacy-export orphaned',
    ]);
    expect(run.findings.filter((f) => f.ruleId === 'flags/orphaned')).toHaveLength(1);
  });

  it('a call site passing the whole union is a dynamic use of the registry, not a read of each key', async () => {
    const run = await runFlags({
      'flags.yml': yamlRegistry(KEYS),
      'src/flags/types.ts': FLAG_TYPES,
      'src/admin/overrides.ts': [
        "import { isEnabled } from '@unleash/proxy-client-react';",
        "import type { FlagKey } from '../flags/types';",
        '',
        'interface OverrideRow { key: string; forced: boolean }',
        '',
        'export function effective(row: OverrideRow): boolean {',
        '  return row.forced || isEnabled(row.key as FlagKey);',
        '}',
        '',
      ].join('\n'),
    });
    expect(run.analysis.scan.references).toEqual([]);
    expect(run.analysis.scan.registryUses).toMatchObject([
      {
        file: 'src/admin/overrides.ts',
        line: 7,
        column: 34,
        kind: 'union',
        keys: [...KEYS].sort(),
      },
    ]);
    expect(run.states).toEqual(KEYS.map((k) => `${k} orphaned`));
    const orphan = run.findings.find((f) => f.ruleId === 'flags/orphaned');
    expect(orphan?.message).toContain(
      'the registry is iterated at src/admin/overrides.ts:7, so this cannot be proven',
    );
    expect(run.status[0]?.iteratedAt).toEqual(['src/admin/overrides.ts:7']);
  });

  it('a helper typed with a few literal keys still reads those keys', async () => {
    const run = await runFlags({
      'flags.yml': yamlRegistry(KEYS),
      'src/promo.ts': [
        "export function promoOn(k: 'enable-ai' | 'dark-mode') {",
        '  return unleash.isEnabled(k);',
        '}',
        '',
      ].join('\n'),
    });
    expect(run.states).toEqual([
      'enable-ai active',
      'new-checkout orphaned',
      'dark-mode active',
      'legacy-export orphaned',
    ]);
  });
});

describe('iterating the registry', () => {
  const FLAGS_OBJECT = [
    'export const FLAGS = {',
    "  'enable-ai': { label: 'AI answers' },",
    "  'new-checkout': { label: 'New checkout' },",
    "  'dark-mode': { label: 'Dark mode' },",
    "  'legacy-export': { label: 'CSV export (old)' },",
    '} as const;',
    '',
  ].join('\n');

  it('Object.keys(…).map over the registry reports a notice and counts no key', async () => {
    const run = await runFlags({
      'flags.yml': yamlRegistry(KEYS),
      'src/flags/catalog.ts': FLAGS_OBJECT,
      'src/admin/FlagsScreen.tsx': [
        "import { useFlags } from 'launchdarkly-react-client-sdk';",
        "import { FLAGS } from '../flags/catalog';",
        '',
        'export function FlagsScreen() {',
        '  const flags = useFlags();',
        '  return (',
        '    <ul>',
        '      {Object.keys(FLAGS).map((k) => (',
        '        <li key={k}>{FLAGS[k as keyof typeof FLAGS].label}: {String(flags[k])}</li>',
        '      ))}',
        '    </ul>',
        '  );',
        '}',
        '',
      ].join('\n'),
      'src/checkout/Pay.tsx': [
        "import { useFlags } from 'launchdarkly-react-client-sdk';",
        'export const Pay = () => (useFlags()["new-checkout"] ? <NewPay /> : <OldPay />);',
        '',
      ].join('\n'),
    });
    expect(brief(run.analysis.scan.references)).toEqual([
      'new-checkout member useFlags @src/checkout/Pay.tsx:2:38',
    ]);
    expect(run.analysis.scan.registryUses).toMatchObject([
      { file: 'src/admin/FlagsScreen.tsx', line: 9, kind: 'iteration' },
    ]);
    const notice = run.findings.find((f) => f.ruleId === 'flags/registry-iterated');
    expect(notice).toMatchObject({
      severity: 'notice',
      file: 'src/admin/FlagsScreen.tsx',
      line: 9,
    });
    expect(run.states).toEqual([
      'enable-ai orphaned',
      'new-checkout active',
      'dark-mode orphaned',
      'legacy-export orphaned',
    ]);
    expect(run.status.find((s) => s.key === 'new-checkout')?.iteratedAt).toBeUndefined();
    expect(run.status.find((s) => s.key === 'dark-mode')?.iteratedAt).toEqual([
      'src/admin/FlagsScreen.tsx:9',
    ]);
  });

  it('Object.entries over the registry, and a for…of over its values, are iterations too', async () => {
    const run = await runFlags({
      'flags.yml': yamlRegistry(KEYS),
      'src/flags/catalog.ts': FLAGS_OBJECT,
      'src/flags/keys.ts': [
        "export const ALL_KEYS = ['enable-ai', 'new-checkout', 'dark-mode', 'legacy-export'] as const;",
        '',
      ].join('\n'),
      'src/admin/audit.ts': [
        "import { FLAGS } from '../flags/catalog';",
        "import { ALL_KEYS } from '../flags/keys';",
        '',
        'export function audit(client: { isEnabled(k: string): boolean }) {',
        '  const rows = Object.entries(FLAGS).map(([key, def]) => ({',
        '    label: def.label,',
        '    on: client.isEnabled(key),',
        '  }));',
        '  for (const key of ALL_KEYS) console.log(key, unleash.isEnabled(key));',
        '  return rows;',
        '}',
        '',
      ].join('\n'),
    });
    expect(run.analysis.scan.references).toEqual([]);
    expect(
      (run.analysis.scan.registryUses ?? []).map((u) => `${u.line}:${u.column} ${u.kind}`),
    ).toEqual(['7:26 iteration', '9:66 iteration']);
    expect(run.states).toEqual(KEYS.map((k) => `${k} orphaned`));
  });

  it('a loop over a short list of keys still reads each of them', async () => {
    const run = await runFlags({
      'flags.yml': yamlRegistry(KEYS),
      'src/boot.ts': [
        "for (const f of ['enable-ai', 'dark-mode']) console.log(f, unleash.isEnabled(f));",
        '',
      ].join('\n'),
    });
    expect(run.analysis.scan.registryUses).toBeUndefined();
    expect(run.states).toEqual([
      'enable-ai active',
      'new-checkout orphaned',
      'dark-mode active',
      'legacy-export orphaned',
    ]);
  });
});

describe('text references with judgement', () => {
  it('package.json scripts, CI workflows and Markdown keep no flag alive; ordinary words need code', async () => {
    const run = await runFlags({
      'flags.yml': yamlRegistry(['preview', 'recs-v2-model', 'nightly-export']),
      'package.json': JSON.stringify({
        scripts: { preview: 'vite preview', 'nightly-export': 'x' },
      }),
      '.github/workflows/ci.yml':
        'jobs:\n  preview:\n    steps:\n      - run: npm run nightly-export\n',
      'docs/flags.md': 'We removed `recs-v2-model` in October.\n',
      'deploy/values.yaml': 'features:\n  - preview\n',
      'services/recommender/model.py': 'if flags.enabled("recs-v2-model"):\n    load()\n',
    });
    expect(run.states).toEqual([
      'preview orphaned',
      'recs-v2-model active',
      'nightly-export orphaned',
    ]);
    expect(run.status[1]).toMatchObject({ references: 1, onlyTextReferences: true });
  });

  it('both are configurable', async () => {
    const run = await runFlags(
      {
        'flags.yml': yamlRegistry(['preview', 'nightly-export']),
        'package.json': JSON.stringify({ scripts: { 'nightly-export': 'x' } }),
        'deploy/values.yaml': 'features:\n  - preview\n',
      },
      (c) => {
        c.flags.textReferenceExclude = [];
        c.flags.textReferenceWords = true;
      },
    );
    expect(run.states).toEqual(['preview active', 'nightly-export active']);
  });
});
