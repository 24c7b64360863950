import { describe, expect, it } from 'vitest';
import { brief } from './scanner/helpers.js';
import { runFlags, yamlRegistry } from './support.js';

/**
 * Defects found by checking the built CLI from outside on scratch repositories shaped like real
 * ones (session 5): each case is the smallest realistic input that failed.
 */

const OPENFEATURE_HELPER = [
  "import { OpenFeature } from '@openfeature/web-sdk';",
  '',
  'const client = OpenFeature.getClient();',
  '',
  'export function flagOn(key: string): boolean {',
  '  return client.getBooleanValue(key, false);',
  '}',
  '',
].join('\n');

describe('keys iterated from a small local object are read, each of them', () => {
  it('for…in over an object of flag keys (also cast to the key type)', async () => {
    const run = await runFlags({
      'flags.yml': yamlRegistry(['rail-promo', 'rail-recs', 'rail-legacy']),
      'src/flags/client.ts': OPENFEATURE_HELPER,
      'src/home/rails.ts': [
        "import { flagOn } from '../flags/client';",
        '',
        "const RAILS = { 'rail-promo': 'Promotions', 'rail-recs': 'For you' };",
        '',
        'export function visibleRails(): string[] {',
        '  const out: string[] = [];',
        '  for (const key in RAILS) {',
        '    if (flagOn(key)) out.push(key);',
        '  }',
        '  return out;',
        '}',
        '',
      ].join('\n'),
    });
    expect(brief(run.analysis.scan.references)).toEqual([
      'rail-promo wrapper flagOn @src/home/rails.ts:8:16',
      'rail-recs wrapper flagOn @src/home/rails.ts:8:16',
    ]);
    expect(run.analysis.scan.unresolved).toEqual([]);
    expect(run.states).toEqual(['rail-promo active', 'rail-recs active', 'rail-legacy orphaned']);
  });

  it('lodash mapValues / forEach callbacks get the values (first parameter) and keys (second)', async () => {
    const run = await runFlags({
      'flags.yml': yamlRegistry(['panel-stats', 'panel-news', 'panel-tips', 'panel-old']),
      'src/flags/client.ts': OPENFEATURE_HELPER,
      'src/dashboard/panels.ts': [
        "import mapValues from 'lodash/mapValues';",
        "import _ from 'lodash';",
        "import { flagOn } from '../flags/client';",
        '',
        "const PANEL_FLAGS = { stats: 'panel-stats', news: 'panel-news' } as const;",
        '',
        'export const panels = mapValues(PANEL_FLAGS, (flag) => flagOn(flag));',
        '',
        'export function tips(): void {',
        "  _.forEach({ 'panel-tips': 3 }, (weight, key) => {",
        '    if (flagOn(key)) console.log(weight);',
        '  });',
        '}',
        '',
      ].join('\n'),
    });
    expect(brief(run.analysis.scan.references)).toEqual([
      'panel-news wrapper flagOn @src/dashboard/panels.ts:7:63',
      'panel-stats wrapper flagOn @src/dashboard/panels.ts:7:63',
      'panel-tips wrapper flagOn @src/dashboard/panels.ts:11:16',
    ]);
    expect(run.analysis.scan.unresolved).toEqual([]);
    expect(run.states.at(-1)).toBe('panel-old orphaned');
  });
});

describe('a callback given to a call is no wrapper named after the variable holding the result', () => {
  it('`const unsubscribe = bus.subscribe(event, (key) => …)` reading a dynamic key is unresolved', async () => {
    const run = await runFlags({
      'flags.yml': yamlRegistry(['live-refresh']),
      'src/flags/live.ts': [
        "import { initialize } from 'unleash-client';",
        "import { bus } from '../events/bus';",
        '',
        "const unleash = initialize({ appName: 'web', url: 'https://unleash.acme.dev/api' });",
        '',
        "export const unsubscribe = bus.subscribe('flags:changed', (key: string) => {",
        "  if (unleash.isEnabled(key)) console.log('refresh', key);",
        '});',
        '',
      ].join('\n'),
    });
    expect(run.analysis.scan.unresolved).toMatchObject([
      { file: 'src/flags/live.ts', line: 7, column: 25, accessor: 'isEnabled', expression: 'key' },
    ]);
  });

  it('a callback typed with the whole key type, given to an unknown function, is a registry use', async () => {
    const run = await runFlags(
      {
        'flags.yml': yamlRegistry(['rail-promo', 'rail-recs', 'rail-legacy']),
        'src/flags/keys.ts': "export type FlagKey = 'rail-promo' | 'rail-recs' | 'rail-legacy';\n",
        'src/flags/client.ts': OPENFEATURE_HELPER.replace(
          'export function flagOn(key: string)',
          "import type { FlagKey } from './keys';\n\nexport function flagOn(key: FlagKey)",
        ),
        'src/admin/sync.ts': [
          "import { onRemoteChange } from '@acme/remote-config';",
          "import { flagOn } from '../flags/client';",
          "import type { FlagKey } from '../flags/keys';",
          '',
          'export const stop = onRemoteChange({ debounceMs: 200 }, (key: FlagKey) => flagOn(key));',
          '',
        ].join('\n'),
      },
      (c) => {
        c.flags.registry = ['flags.yml', 'src/flags/keys.ts#FlagKey'];
      },
    );
    expect(run.analysis.scan.references).toEqual([]);
    expect(
      (run.analysis.scan.registryUses ?? []).map(
        (u) => `${u.file}:${u.line}:${u.column} ${u.kind}`,
      ),
    ).toEqual(['src/admin/sync.ts:5:82 union']);
    expect(run.status.find((s) => s.key === 'rail-recs')?.iteratedAt).toEqual([
      'src/admin/sync.ts:5',
    ]);
  });
});

describe('the registry iterated where only its types lead to the read', () => {
  const FEATURES_TS = [
    'export interface FeatureDef {',
    '  description: string;',
    '  defaultValue: boolean;',
    '}',
    '',
    'export const FEATURES = {',
    "  /** @owner @acme/core @created 2026-11-20 @expires 2026-12-15 @type release */ enable_ai: { description: 'AI assistant', defaultValue: false },",
    "  /** @owner @acme/core @created 2026-11-20 @expires 2026-12-15 @type release */ bulk_export: { description: 'Bulk export', defaultValue: false },",
    "  /** @owner @acme/core @created 2026-11-20 @expires 2026-12-15 @type release */ audit_log: { description: 'Audit log', defaultValue: true },",
    '} satisfies Record<string, FeatureDef>;',
    '',
    'export type FeatureName = keyof typeof FEATURES;',
    '',
  ].join('\n');
  const SERVICE_TS = [
    "import type { FeatureName } from './catalog';",
    '',
    'export interface FlagState {',
    '  value: boolean;',
    '}',
    '',
    'export class FlagService {',
    '  constructor(readonly flags: Record<FeatureName, FlagState>) {}',
    '',
    '  isEnabled<K extends FeatureName>(name: K): boolean {',
    '    return this.flags[name].value;',
    '  }',
    '}',
    '',
  ].join('\n');
  const LIB = {
    'tsconfig.json': JSON.stringify({
      compilerOptions: { baseUrl: '.', paths: { '@acme/flags': ['packages/flags/src/index.ts'] } },
    }),
    'packages/flags/src/catalog.ts': FEATURES_TS,
    'packages/flags/src/service.ts': SERVICE_TS,
    'packages/flags/src/index.ts': [
      "export { FEATURES as Features, type FeatureName } from './catalog';",
      "export * from './service';",
      '',
    ].join('\n'),
  };
  const registry = (c: { flags: { registry: string | string[] } }): void => {
    c.flags.registry = 'packages/flags/src/catalog.ts#FEATURES';
  };

  it('a NestJS controller mapping Object.keys of the re-exported registry through the service', async () => {
    const run = await runFlags(
      {
        ...LIB,
        'packages/api/src/flags/admin.controller.ts': [
          "import { Controller, Get } from '@nestjs/common';",
          "import { Features, FlagService, type FeatureName } from '@acme/flags';",
          '',
          "@Controller('admin/flags')",
          'export class AdminFlagsController {',
          '  constructor(private readonly flagService: FlagService) {}',
          '',
          '  @Get()',
          '  list(): Array<{ name: FeatureName; on: boolean }> {',
          '    return (Object.keys(Features) as FeatureName[]).map((name) => ({',
          '      name,',
          '      on: this.flagService.flags[name].value,',
          '    }));',
          '  }',
          '}',
          '',
        ].join('\n'),
        'packages/api/src/export/export.service.ts': [
          "import { FlagService } from '@acme/flags';",
          '',
          'export class ExportService {',
          '  constructor(private readonly flags: FlagService) {}',
          '',
          '  canExport(): boolean {',
          "    return this.flags.isEnabled('bulk_export');",
          '  }',
          '}',
          '',
        ].join('\n'),
      },
      registry,
    );
    expect(brief(run.analysis.scan.references)).toEqual([
      'bulk_export literal isEnabled @packages/api/src/export/export.service.ts:7:33',
    ]);
    expect(run.analysis.scan.registryUses).toEqual([
      {
        file: 'packages/api/src/flags/admin.controller.ts',
        line: 12,
        column: 34,
        accessor: 'FEATURES',
        kind: 'iteration',
        expression: 'name',
        keys: ['audit_log', 'bulk_export', 'enable_ai'],
      },
    ]);
    expect(run.states).toEqual(['enable_ai orphaned', 'bulk_export active', 'audit_log orphaned']);
    expect(run.status.find((s) => s.key === 'audit_log')?.iteratedAt).toEqual([
      'packages/api/src/flags/admin.controller.ts:12',
    ]);
  });

  it('a cast of a loop variable is still an iteration (a service building every flag from overrides)', async () => {
    const run = await runFlags(
      {
        ...LIB,
        'packages/flags/src/remote.ts': [
          "import { FEATURES, type FeatureName } from './catalog';",
          '',
          'export function resolveAll(overrides: Partial<Record<FeatureName, boolean>>) {',
          '  return Object.fromEntries(',
          '    Object.entries(FEATURES).map(([name, def]) => [',
          '      name,',
          '      overrides[name as FeatureName] ?? def.defaultValue,',
          '    ]),',
          '  );',
          '}',
          '',
        ].join('\n'),
      },
      registry,
    );
    expect(
      (run.analysis.scan.registryUses ?? []).map(
        (u) => `${u.file}:${u.line}:${u.column} ${u.kind}`,
      ),
    ).toEqual(['packages/flags/src/remote.ts:7:17 iteration']);
  });

  it('a settings screen rendering a typed toggle for every key; the toggle itself is a wrapper', async () => {
    const run = await runFlags(
      {
        ...LIB,
        'packages/web/src/flags/useFeature.ts': [
          "import { Features, type FeatureName } from '@acme/flags';",
          '',
          'export function useFeature(name: FeatureName): boolean {',
          '  const stored = window.localStorage.getItem(`ff:${name}`);',
          "  return stored === null ? Features[name].defaultValue : stored === '1';",
          '}',
          '',
        ].join('\n'),
        'packages/web/src/settings/Settings.tsx': [
          "import { Features, type FeatureName } from '@acme/flags';",
          "import { useFeature } from '../flags/useFeature';",
          '',
          'export function Settings(): JSX.Element {',
          '  const names = Object.keys(Features) as FeatureName[];',
          '  return (',
          '    <ul>',
          '      {names.map((n) => (',
          '        <li key={n}>',
          '          <Toggle name={n} />',
          '        </li>',
          '      ))}',
          '    </ul>',
          '  );',
          '}',
          '',
          'export function Toggle({ name }: { name: FeatureName }): JSX.Element {',
          '  const on = useFeature(name);',
          "  return <span>{on ? 'on' : 'off'}</span>;",
          '}',
          '',
        ].join('\n'),
        'packages/web/src/assistant/Assistant.tsx': [
          "import { Toggle } from '../settings/Settings';",
          '',
          'export const AssistantToggle = () => <Toggle name="enable_ai" />;',
          '',
        ].join('\n'),
      },
      registry,
    );
    expect(brief(run.analysis.scan.references)).toEqual([
      'enable_ai typed-literal <Toggle name> @packages/web/src/assistant/Assistant.tsx:3:51',
    ]);
    expect(
      (run.analysis.scan.registryUses ?? []).map(
        (u) => `${u.file}:${u.line}:${u.column} ${u.kind} ${u.accessor}`,
      ),
    ).toEqual(['packages/web/src/settings/Settings.tsx:10:25 iteration <Toggle name>']);
    expect(run.states).toEqual(['enable_ai active', 'bulk_export orphaned', 'audit_log orphaned']);
  });
});

describe('LaunchDarkly withLDConsumer: the flags prop it injects', () => {
  it('destructured, through props and this.props, camelCased keys mapped back; not without the HOC', async () => {
    const run = await runFlags({
      'flags.yml': yamlRegistry(['new-sidebar', 'compact-header', 'help-widget', 'other-flags']),
      'src/layout/Sidebar.tsx': [
        "import { withLDConsumer } from 'launchdarkly-react-client-sdk';",
        "import type { LDFlagSet } from 'launchdarkly-js-client-sdk';",
        '',
        'type Props = { flags: LDFlagSet; collapsed?: boolean };',
        '',
        'const SidebarBase = ({ flags, collapsed }: Props) =>',
        '  flags.newSidebar ? <nav data-collapsed={collapsed} /> : <aside />;',
        '',
        'export const Sidebar = withLDConsumer()(SidebarBase);',
        '',
      ].join('\n'),
      'src/layout/Header.tsx': [
        "import React from 'react';",
        "import { withLDConsumer, type LDProps } from 'launchdarkly-react-client-sdk';",
        '',
        'class HeaderBase extends React.Component<LDProps & { title: string }> {',
        '  render() {',
        '    const { helpWidget } = this.props.flags ?? {};',
        '    return this.props.flags?.compactHeader ? <h2>{this.props.title}</h2> : <h1>{helpWidget}</h1>;',
        '  }',
        '}',
        '',
        'export default withLDConsumer({ clientOnly: true })(HeaderBase);',
        '',
      ].join('\n'),
      // No HOC here: `flags` is the component's own prop, whatever it holds.
      'src/cli/Options.tsx': [
        'export const Options = ({ flags }: { flags: Record<string, boolean> }) =>',
        '  flags.otherFlags ? <b>--all</b> : null;',
        '',
      ].join('\n'),
    });
    expect(brief(run.analysis.scan.references)).toEqual([
      'help-widget member withLDConsumer @src/layout/Header.tsx:6:13',
      'compact-header member withLDConsumer @src/layout/Header.tsx:7:30',
      'new-sidebar member withLDConsumer @src/layout/Sidebar.tsx:7:9',
    ]);
    expect(run.states.at(-1)).toBe('other-flags orphaned');
  });
});

describe('a string enum registry looped over through a typed helper', () => {
  it('Object.values(Enum).map((f) => svc.billing(f)) and for…of are iterations of the enum', async () => {
    const tags =
      '/** @owner @acme/billing @created 2026-11-20 @expires 2026-12-15 @type release */';
    const run = await runFlags(
      {
        'src/flags/billing.ts': [
          'export enum BillingFlag {',
          `  ${tags}`,
          "  Invoices = 'billing-invoices',",
          `  ${tags}`,
          "  TaxEngine = 'billing-tax-engine',",
          `  ${tags}`,
          "  Dunning = 'billing-dunning',",
          '}',
          '',
        ].join('\n'),
        'src/flags/service.ts': [
          "import type { BillingFlag } from './billing';",
          '',
          'export class BillingFlags {',
          '  constructor(private readonly enabled: ReadonlySet<string>) {}',
          '',
          '  billing(flag: BillingFlag): boolean;',
          '  billing(flag: BillingFlag, tenant: string): boolean;',
          '  billing(flag: BillingFlag, tenant?: string): boolean {',
          '    return this.enabled.has(tenant ? `${tenant}:${flag}` : flag);',
          '  }',
          '}',
          '',
        ].join('\n'),
        'src/admin/billing-report.ts': [
          "import { BillingFlag } from '../flags/billing';",
          "import type { BillingFlags } from '../flags/service';",
          '',
          'export function billingReport(svc: BillingFlags, tenant: string) {',
          '  const all = Object.values(BillingFlag).map((f) => svc.billing(f));',
          '  for (const f of Object.values(BillingFlag)) svc.billing(f, tenant);',
          '  return { all, tax: svc.billing(BillingFlag.TaxEngine) };',
          '}',
          '',
        ].join('\n'),
      },
      (c) => {
        c.flags.registry = 'src/flags/billing.ts#BillingFlag';
      },
    );
    expect(brief(run.analysis.scan.references)).toEqual([
      'billing-tax-engine symbol BillingFlag @src/admin/billing-report.ts:7:34',
    ]);
    expect(
      (run.analysis.scan.registryUses ?? []).map(
        (u) => `${u.line}:${u.column} ${u.kind} ${u.accessor}`,
      ),
    ).toEqual(['5:65 iteration billing', '6:59 iteration billing']);
  });
});

describe('what the syntactic pass resolved is no registry use of the pass by type', () => {
  it('a for…in key cast to the key type, Object.values of a local map, a lodash callback', async () => {
    const keys = ['rail-promo', 'rail-recs', 'rail-legacy', 'panel-stats'];
    const run = await runFlags(
      {
        'flags.yml': yamlRegistry(keys),
        'src/flags/keys.ts': `export type FlagKey = ${keys.map((k) => `'${k}'`).join(' | ')};\n`,
        'src/flags/client.ts': OPENFEATURE_HELPER.replace(
          'export function flagOn(key: string)',
          "import type { FlagKey } from './keys';\n\nexport function flagOn(key: FlagKey)",
        ),
        'src/home/rails.ts': [
          "import mapValues from 'lodash/mapValues';",
          "import { flagOn } from '../flags/client';",
          "import type { FlagKey } from '../flags/keys';",
          '',
          "const RAILS = { 'rail-promo': 'Promotions', 'rail-recs': 'For you' };",
          "const PANELS = { stats: 'panel-stats' } as const;",
          '',
          'export function rails(): string[] {',
          '  const out: string[] = [];',
          '  for (const key in RAILS) if (flagOn(key as FlagKey)) out.push(key);',
          '  return out;',
          '}',
          'export const panels = Object.values(PANELS).map((p) => flagOn(p));',
          'export const panelMap = mapValues(PANELS, (p) => flagOn(p));',
          '',
        ].join('\n'),
      },
      (c) => {
        c.flags.registry = ['flags.yml', 'src/flags/keys.ts#FlagKey'];
      },
    );
    expect(brief(run.analysis.scan.references)).toEqual([
      'rail-promo wrapper flagOn @src/home/rails.ts:10:39',
      'rail-recs wrapper flagOn @src/home/rails.ts:10:39',
      'panel-stats wrapper flagOn @src/home/rails.ts:13:63',
      'panel-stats wrapper flagOn @src/home/rails.ts:14:57',
    ]);
    expect(run.analysis.scan.registryUses).toBeUndefined();
    expect(run.states).toEqual([
      'rail-promo active',
      'rail-recs active',
      'rail-legacy orphaned',
      'panel-stats active',
    ]);
    expect(run.status.find((s) => s.key === 'rail-legacy')?.iteratedAt).toBeUndefined();
  });
});

describe('a class-method wrapper reached through NestJS dependency injection', () => {
  it('binds by the declared type of the injected field, a parameter or a local, whatever its name', async () => {
    const run = await runFlags({
      'flags.yml': yamlRegistry(['beta-export', 'report-v2', 'audit-trail', 'nest-orphan']),
      'src/flags/feature-flags.service.ts': [
        "import { Injectable } from '@nestjs/common';",
        "import { Unleash } from 'unleash-client';",
        '',
        '@Injectable()',
        'export class FeatureFlagsService {',
        '  constructor(private readonly unleash: Unleash) {}',
        '',
        '  isOn(name: string, userId?: string): boolean {',
        '    return this.unleash.isEnabled(name, { userId });',
        '  }',
        '}',
        '',
      ].join('\n'),
      'src/exports/exports.service.ts': [
        "import { Injectable } from '@nestjs/common';",
        "import { FeatureFlagsService } from '../flags/feature-flags.service';",
        '',
        '@Injectable()',
        'export class ExportsService {',
        '  constructor(private readonly gates: FeatureFlagsService) {}',
        '',
        '  canExport(userId: string): boolean {',
        "    return this.gates.isOn('beta-export', userId);",
        '  }',
        '}',
        '',
      ].join('\n'),
      'src/reports/reports.controller.ts': [
        "import { Controller, Get } from '@nestjs/common';",
        "import { FeatureFlagsService as Gates } from '../flags/feature-flags.service';",
        '',
        "@Controller('reports')",
        'export class ReportsController {',
        '  private readonly svc: Gates;',
        '',
        '  constructor(svc: Gates) {',
        '    this.svc = svc;',
        '  }',
        '',
        '  @Get()',
        '  list(): string {',
        '    const svc = this.svc;',
        "    return svc.isOn('report-v2') ? 'v2' : 'v1';",
        '  }',
        '}',
        '',
        'export function audit(s: Gates): boolean {',
        "  return s.isOn('audit-trail');",
        '}',
        '',
      ].join('\n'),
      // An unrelated class with a method of the same name: not the wrapper.
      'src/lights/lamp.ts': [
        'export class Lamp {',
        '  isOn(room: string): boolean {',
        "    return room === 'nest-orphan';",
        '  }',
        '}',
        "export const hall = (lamp: Lamp) => lamp.isOn('nest-orphan');",
        '',
      ].join('\n'),
    });
    expect(brief(run.analysis.scan.references)).toEqual([
      'beta-export wrapper isOn @src/exports/exports.service.ts:9:28',
      'report-v2 wrapper isOn @src/reports/reports.controller.ts:15:21',
      'audit-trail wrapper isOn @src/reports/reports.controller.ts:20:17',
    ]);
    expect(run.states.at(-1)).toBe('nest-orphan orphaned');
  });
});

describe('keys looked up at run time in a map of keys', () => {
  const PLANS = [
    "import { initialize } from 'unleash-client';",
    '',
    "const unleash = initialize({ appName: 'billing', url: 'https://unleash.acme.dev/api' });",
    '',
    "const PLAN_FLAGS: Record<string, string> = { free: 'plan-free', pro: 'plan-pro', team: 'plan-team' };",
    "const REGION_FLAGS = new Map([['eu', 'region-eu']]);",
    '',
  ];
  const KEYS = [
    'plan-free',
    'plan-pro',
    'plan-team',
    'region-eu',
    'plan-legacy',
    'a',
    'b',
    'c',
    'd',
  ];

  it('an object indexed by an unknown key may be any of its values', async () => {
    const run = await runFlags({
      'flags.yml': yamlRegistry(KEYS),
      'src/billing/plans.ts': [
        ...PLANS,
        'export function planBadge(plan: string): boolean {',
        '  return unleash.isEnabled(PLAN_FLAGS[plan] ?? PLAN_FLAGS.free);',
        '}',
        '',
      ].join('\n'),
      'src/billing/checkout.ts': [
        "import { planBadge } from './plans';",
        '',
        'export const show = (req: { query: Record<string, string> }) => planBadge(req.query.plan);',
        '',
      ].join('\n'),
    });
    expect(brief(run.analysis.scan.references)).toEqual([
      // The caller passes a plan known only at run time: any of the map's values.
      'plan-free union planBadge @src/billing/checkout.ts:3:75',
      'plan-free wrapper planBadge @src/billing/checkout.ts:3:75',
      'plan-pro union planBadge @src/billing/checkout.ts:3:75',
      'plan-team union planBadge @src/billing/checkout.ts:3:75',
      'plan-free object isEnabled @src/billing/plans.ts:9:28',
    ]);
    expect(run.analysis.scan.unresolved).toEqual([]);
    expect(run.states.slice(0, 5)).toEqual([
      'plan-free active',
      'plan-pro active',
      'plan-team active',
      'region-eu orphaned',
      'plan-legacy orphaned',
    ]);
  });

  it('an empty-string fallback is no flag key', async () => {
    const run = await runFlags({
      'flags.yml': yamlRegistry(KEYS),
      'src/billing/regions.ts': [
        ...PLANS,
        'export function regionOn(region: string): boolean {',
        "  return unleash.isEnabled(REGION_FLAGS.get(region) ?? '');",
        '}',
        '',
      ].join('\n'),
    });
    expect(run.analysis.scan.references).toEqual([]);
    expect(run.findings.filter((f) => f.ruleId === 'flags/undeclared')).toEqual([]);
  });
});

describe("an application's own function named like an SDK accessor", () => {
  it('useFeatureFlag(def) of the project is not ConfigCat’s: the registry entries it gets are read by symbol', async () => {
    const tags = '/** @owner @acme/web @created 2026-11-20 @expires 2026-12-15 @type release */';
    const run = await runFlags(
      {
        'src/config/featureFlags.ts': [
          'export interface FeatureFlagDef {',
          '  key: string;',
          '  defaultValue: boolean;',
          '}',
          '',
          'export const FEATURE_FLAGS = {',
          `  ${tags}`,
          "  newCheckout: { key: 'new-checkout', defaultValue: false },",
          `  ${tags}`,
          "  oldBanner: { key: 'old-banner', defaultValue: false },",
          '} as const satisfies Record<string, FeatureFlagDef>;',
          '',
        ].join('\n'),
        'src/hooks/useFeatureFlag.ts': [
          "import { useLDClient } from 'launchdarkly-react-client-sdk';",
          "import type { FeatureFlagDef } from '../config/featureFlags';",
          '',
          'export function useFeatureFlag(def: FeatureFlagDef): boolean {',
          '  const client = useLDClient();',
          '  return client?.variation(def.key, def.defaultValue) ?? def.defaultValue;',
          '}',
          '',
        ].join('\n'),
        'src/pages/Checkout.tsx': [
          "import { FEATURE_FLAGS } from '../config/featureFlags';",
          "import { useFeatureFlag } from '../hooks/useFeatureFlag';",
          '',
          'export function Checkout() {',
          '  const next = useFeatureFlag(FEATURE_FLAGS.newCheckout);',
          "  return <div>{next ? 'new' : 'old'}</div>;",
          '}',
          '',
        ].join('\n'),
      },
      (c) => {
        c.flags.registry = 'src/config/featureFlags.ts#FEATURE_FLAGS.key';
      },
    );
    expect(brief(run.analysis.scan.references)).toEqual([
      'new-checkout symbol FEATURE_FLAGS @src/pages/Checkout.tsx:5:31',
    ]);
    // The hook's own read is dynamic (`def.key`); its callers are no ConfigCat reads.
    expect(run.analysis.scan.unresolved).toMatchObject([
      { file: 'src/hooks/useFeatureFlag.ts', line: 6, accessor: 'variation' },
    ]);
    expect(run.states).toEqual(['new-checkout active', 'old-banner orphaned']);
  });
});

describe('a registry type reached through a global augmentation', () => {
  it('Express.Request augmented in a .d.ts: req.flags[key] in a route that imports only express', async () => {
    const tags = '/** @owner @acme/api @created 2026-11-20 @expires 2026-12-15 @type release */';
    const run = await runFlags(
      {
        'src/flags/keys.ts': [
          'export type FlagKey =',
          `  ${tags}`,
          "  | 'fast-search'",
          `  ${tags}`,
          "  | 'rate-limit-v2'",
          `  ${tags}`,
          "  | 'express-orphan';",
          '',
        ].join('\n'),
        'src/types/express.d.ts': [
          "import type { FlagKey } from '../flags/keys';",
          '',
          'declare global {',
          '  namespace Express {',
          '    interface Request {',
          '      flags: Record<FlagKey, boolean>;',
          '    }',
          '  }',
          '}',
          'export {};',
          '',
        ].join('\n'),
        'src/routes/search.ts': [
          "import { Router, type Response } from 'express';",
          '',
          'export const search = Router();',
          '',
          // The Program holds no node_modules types: the global interface itself carries the type.
          "search.get('/search', (req: Express.Request, res: Response) => {",
          "  if (req.flags['fast-search']) return res.json({ engine: 'v2' });",
          "  const { 'rate-limit-v2': limited } = req.flags;",
          "  return res.json({ engine: 'v1', limited });",
          '});',
          '',
        ].join('\n'),
      },
      (c) => {
        c.flags.registry = 'src/flags/keys.ts#FlagKey';
      },
    );
    expect(brief(run.analysis.scan.references)).toEqual([
      'fast-search symbol FlagKey @src/routes/search.ts:6:7',
      'rate-limit-v2 symbol FlagKey @src/routes/search.ts:7:11',
    ]);
    expect(run.states).toEqual([
      'fast-search active',
      'rate-limit-v2 active',
      'express-orphan orphaned',
    ]);
  });
});
