import { describe, expect, it } from 'vitest';
import type { Config } from '../../src/config/types.js';
import { brief } from './scanner/helpers.js';
import { runFlags } from './support.js';

/**
 * References only the registry's *types* reveal (issue 10): property reads through an
 * expression typed with the registry's object type, string literals whose contextual type is its
 * key type, destructuring, and the registry reached under another name.
 */

const registryAt =
  (...entries: string[]) =>
  (c: Config): void => {
    c.flags.registry = entries.length === 1 ? (entries[0] as string) : entries;
  };

/** A registry object in the style of a NestJS/Angular monorepo's `libs/feature-flags`. */
const FLAGS_TS = [
  "import type { FlagDefinition } from './definition';",
  '',
  'export const FLAGS = {',
  "  /** @owner @acme/ml @created 2026-11-02 @expires 2026-12-02 @type release */ enable_ai: { description: 'AI answers', defaultValue: false },",
  "  /** @owner @acme/editor @created 2026-11-03 @expires 2026-12-03 @type release */ bulk_edit: { description: 'Bulk edit', defaultValue: false },",
  "  /** @owner @acme/web @created 2026-11-04 @expires 2026-12-04 @type release */ new_nav: { description: 'New navigation', defaultValue: true },",
  "  /** @owner @acme/billing @created 2026-11-05 @expires 2026-12-05 @type experiment */ annual_plans: { description: 'Annual plans', defaultValue: false },",
  "  /** @owner @acme/data @created 2026-11-06 @expires 2026-12-06 @type release */ legacy_export: { description: 'CSV export (old)', defaultValue: true },",
  '} as const satisfies Record<string, FlagDefinition>;',
  '',
  'export type FlagKey = keyof typeof FLAGS;',
  '',
].join('\n');

const DEFINITION_TS = [
  'export interface FlagDefinition {',
  '  description: string;',
  '  defaultValue: boolean;',
  '}',
  '',
].join('\n');

const LIB = {
  'tsconfig.json': JSON.stringify({
    compilerOptions: {
      baseUrl: '.',
      paths: { '@acme/feature-flags': ['libs/feature-flags/src/index.ts'] },
    },
  }),
  'libs/feature-flags/src/flags.ts': FLAGS_TS,
  'libs/feature-flags/src/definition.ts': DEFINITION_TS,
  'libs/feature-flags/src/index.ts': [
    "export * from './flags';",
    "export * from './feature-flag.service';",
    '',
  ].join('\n'),
  'libs/feature-flags/src/feature-flag.service.ts': [
    "import { Injectable } from '@nestjs/common';",
    "import { FLAGS, type FlagKey } from './flags';",
    '',
    'export interface FlagState {',
    '  value: boolean;',
    "  source: 'default' | 'remote';",
    '}',
    '',
    '@Injectable()',
    'export class FeatureFlagService {',
    '  readonly flags: Record<FlagKey, FlagState>;',
    '',
    '  constructor() {',
    '    this.flags = Object.fromEntries(',
    "      Object.entries(FLAGS).map(([k, d]) => [k, { value: d.defaultValue, source: 'default' }]),",
    '    ) as Record<FlagKey, FlagState>;',
    '  }',
    '}',
    '',
  ].join('\n'),
};

const REGISTRY = registryAt('libs/feature-flags/src/flags.ts#FLAGS');

describe('property access through an expression of the registry’s object type', () => {
  it('a service field, a constructor parameter property, a mapped type and a return type', async () => {
    const run = await runFlags(
      {
        ...LIB,
        // DI: the flags object is reached through an injected service.
        'apps/api/src/assistant/assistant.service.ts': [
          "import { Injectable } from '@nestjs/common';",
          "import { FeatureFlagService } from '@acme/feature-flags';",
          '',
          '@Injectable()',
          'export class AssistantService {',
          '  constructor(private readonly featureFlagService: FeatureFlagService) {}',
          '',
          '  answer(question: string): string {',
          '    if (!this.featureFlagService.flags.enable_ai.value) return "AI answers are off";',
          '    return question;',
          '  }',
          '}',
          '',
        ].join('\n'),
        // A request context whose flags are a mapped type over the keys, read optionally.
        'apps/api/src/context.ts': [
          "import type { FlagKey } from '@acme/feature-flags';",
          '',
          'export type FlagSnapshot = { readonly [K in FlagKey]: boolean };',
          '',
          'export interface RequestContext {',
          '  userId: string;',
          '  flags?: FlagSnapshot;',
          '}',
          '',
        ].join('\n'),
        'apps/api/src/editor/bulk.controller.ts': [
          "import type { RequestContext } from '../context';",
          '',
          'export function bulkUpdate(ctx: RequestContext, ids: string[]): number {',
          "  if (!ctx.flags?.['bulk_edit']) throw new Error('bulk edit is off');",
          '  return ids.length;',
          '}',
          '',
        ].join('\n'),
        // A store whose field is typed with the registry object itself, and a getter's return type.
        'apps/web/src/stores/nav.store.ts': [
          "import { FLAGS } from '@acme/feature-flags';",
          '',
          'export class NavStore {',
          '  private flags: typeof FLAGS = FLAGS;',
          '',
          '  get showNewNav(): boolean {',
          '    return this.flags.new_nav.defaultValue;',
          '  }',
          '}',
          '',
          'export function currentFlags(): typeof FLAGS {',
          '  return FLAGS;',
          '}',
          '',
        ].join('\n'),
        'apps/web/src/billing/plans.ts': [
          "import { currentFlags } from '../stores/nav.store';",
          '',
          'export const plans = () => (currentFlags().annual_plans.defaultValue ? 2 : 1);',
          '',
        ].join('\n'),
        // A client whose interface extends the registry's record type.
        'apps/web/src/flags/client.ts': [
          "import type { FlagKey } from '@acme/feature-flags';",
          '',
          'export interface ClientFlags extends Partial<Record<FlagKey, boolean>> {',
          '  ready: boolean;',
          '}',
          '',
          'export declare const flagClient: { flags: ClientFlags };',
          '',
        ].join('\n'),
        'apps/web/src/export/Menu.tsx': [
          "import { flagClient } from '../flags/client';",
          '',
          'export const Menu = () => (flagClient.flags.legacy_export ? <OldExport /> : null);',
          '',
        ].join('\n'),
        // An unrelated object with a property named like a flag is not the registry.
        'apps/web/src/legacy/export.ts': [
          'const settings = { legacy_export: true, delimiter: "," };',
          'export const csv = () => (settings.legacy_export ? "old" : "new");',
          '',
        ].join('\n'),
      },
      REGISTRY,
    );
    expect(brief(run.analysis.scan.references)).toEqual([
      'enable_ai symbol FLAGS @apps/api/src/assistant/assistant.service.ts:9:10',
      'bulk_edit symbol FLAGS @apps/api/src/editor/bulk.controller.ts:4:8',
      'annual_plans symbol FLAGS @apps/web/src/billing/plans.ts:3:29',
      'legacy_export symbol FLAGS @apps/web/src/export/Menu.tsx:3:28',
      'new_nav symbol FLAGS @apps/web/src/stores/nav.store.ts:7:12',
    ]);
    expect(run.states).toEqual([
      'enable_ai expiring',
      'bulk_edit active',
      'new_nav active',
      'annual_plans active',
      'legacy_export active',
    ]);
    // The look-alike `settings.legacy_export` is not among them.
    expect(run.analysis.scan.references.some((r) => r.file.includes('legacy/'))).toBe(false);
  });
});

describe('string literals whose contextual type is the registry’s key type (`typed-literal`)', () => {
  it('a helper call, a typed route table, `satisfies`, a default value and a partial table', async () => {
    const run = await runFlags(
      {
        ...LIB,
        // A helper with no SDK call in its body: only its parameter's type says it takes a key.
        'apps/web/src/flags/has-flag.ts': [
          "import type { FlagKey } from '@acme/feature-flags';",
          '',
          'const enabled = new Set<string>(window.__FLAGS__ ?? []);',
          '',
          'export function hasFlag(flag: FlagKey): boolean {',
          '  return enabled.has(flag);',
          '}',
          '',
          "export function useGate(flag: FlagKey = 'new_nav'): boolean {",
          '  return enabled.has(flag);',
          '}',
          '',
        ].join('\n'),
        'apps/web/src/assistant/Panel.tsx': [
          "import { hasFlag } from '../flags/has-flag';",
          '',
          'export function Panel() {',
          "  return hasFlag('enable_ai') ? <Assistant /> : null;",
          '}',
          '',
        ].join('\n'),
        'apps/web/src/routes/types.ts': [
          "import type { FlagKey } from '@acme/feature-flags';",
          '',
          'export interface Route {',
          '  path: string;',
          '  title: string;',
          '  flag?: FlagKey;',
          '}',
          '',
          'export interface Command {',
          '  id: string;',
          '  flag: FlagKey;',
          '  run(): void;',
          '}',
          '',
        ].join('\n'),
        'apps/web/src/routes/index.ts': [
          "import type { Route } from './types';",
          '',
          'export const ROUTES: Route[] = [',
          "  { path: '/', title: 'Home' },",
          "  { path: '/editor/bulk', title: 'Bulk edit', flag: 'bulk_edit' },",
          "  { path: '/billing/annual', title: 'Annual plans', flag: 'annual-plans' },",
          '];',
          '',
        ].join('\n'),
        'apps/web/src/commands.ts': [
          "import type { Command } from './routes/types';",
          '',
          'export const COMMANDS = [',
          "  { id: 'export.csv', flag: 'legacy_export', run: () => undefined },",
          '] satisfies Command[];',
          '',
        ].join('\n'),
        // QA overrides: a partial table keyed by flag.
        'apps/web/src/qa/overrides.ts': [
          "import type { FlagKey } from '@acme/feature-flags';",
          '',
          'export const QA_OVERRIDES: Partial<Record<FlagKey, boolean>> = {',
          '  annual_plans: true,',
          '  new_nva: false,',
          '};',
          '',
        ].join('\n'),
      },
      REGISTRY,
    );
    expect(brief(run.analysis.scan.references)).toEqual([
      'enable_ai typed-literal hasFlag @apps/web/src/assistant/Panel.tsx:4:18',
      'legacy_export typed-literal FLAGS @apps/web/src/commands.ts:4:29',
      'new_nav typed-literal FLAGS @apps/web/src/flags/has-flag.ts:9:41',
      'annual_plans typed-literal FLAGS @apps/web/src/qa/overrides.ts:4:3',
      'new_nva typed-literal FLAGS @apps/web/src/qa/overrides.ts:5:3',
      'bulk_edit typed-literal FLAGS @apps/web/src/routes/index.ts:5:53',
      'annual-plans typed-literal FLAGS @apps/web/src/routes/index.ts:6:59',
    ]);
    // A literal the key type does not hold is a type error, and an undeclared flag where it is.
    const undeclared = run.findings.filter((f) => f.ruleId === 'flags/undeclared');
    expect(undeclared).toMatchObject([
      { file: 'apps/web/src/routes/index.ts', line: 6, column: 59 },
      { file: 'apps/web/src/qa/overrides.ts', line: 5, column: 3 },
    ]);
    expect(undeclared[0]?.message).toContain('annual-plans');
    expect(run.states).toEqual([
      'enable_ai expiring',
      'bulk_edit active',
      'new_nav active',
      'annual_plans active',
      'legacy_export active',
      'annual-plans undeclared',
      'new_nva undeclared',
    ]);
  });

  it('a JSX attribute typed with the key type, and a JSDoc-typed constant in a JS file', async () => {
    const run = await runFlags(
      {
        ...LIB,
        'apps/web/src/flags/Gate.tsx': [
          "import type { ReactNode } from 'react';",
          "import type { FlagKey } from '@acme/feature-flags';",
          '',
          'export function Gate({ flag, children }: { flag: FlagKey; children?: ReactNode }) {',
          '  return window.__FLAGS__?.includes(flag) ? children : null;',
          '}',
          '',
        ].join('\n'),
        'apps/web/src/App.tsx': [
          "import { Gate } from './flags/Gate';",
          '',
          'export const App = () => (',
          '  <Gate flag="new_nav">',
          '    <NewNav />',
          '  </Gate>',
          ');',
          '',
        ].join('\n'),
        'apps/web/scripts/seed.js': [
          "import { FLAGS } from '@acme/feature-flags';",
          '',
          "/** @type {import('@acme/feature-flags').FlagKey} */",
          "export const SEEDED = 'legacy_export';",
          'export const count = Object.keys(FLAGS).length;',
          '',
        ].join('\n'),
      },
      REGISTRY,
    );
    expect(brief(run.analysis.scan.references)).toEqual([
      'legacy_export typed-literal FLAGS @apps/web/scripts/seed.js:4:23',
      'new_nav typed-literal <Gate flag> @apps/web/src/App.tsx:4:14',
    ]);
  });

  it('a list or table naming every key is a copy of the registry, not a read of each', async () => {
    const run = await runFlags(
      {
        ...LIB,
        'apps/web/src/flags/order.ts': [
          "import type { FlagKey } from '@acme/feature-flags';",
          '',
          '/** The order of the settings screen. */',
          'export const FLAG_ORDER: FlagKey[] = [',
          "  'new_nav',",
          "  'enable_ai',",
          "  'bulk_edit',",
          "  'annual_plans',",
          "  'legacy_export',",
          '];',
          '',
          'export const FLAG_LABELS: Record<FlagKey, string> = {',
          "  enable_ai: 'AI answers',",
          "  bulk_edit: 'Bulk edit',",
          "  new_nav: 'New navigation',",
          "  annual_plans: 'Annual plans',",
          "  legacy_export: 'CSV export (old)',",
          '};',
          '',
        ].join('\n'),
      },
      REGISTRY,
    );
    expect(run.analysis.scan.references).toEqual([]);
    expect(run.states.every((s) => s.endsWith(' orphaned'))).toBe(true);
  });

  it('a read an accessor or wrapper already reports keeps that `via`', async () => {
    const run = await runFlags(
      {
        ...LIB,
        'apps/web/src/flags/use-flag.ts': [
          "import { useFlag as useUnleashFlag } from '@unleash/proxy-client-react';",
          "import type { FlagKey } from '@acme/feature-flags';",
          '',
          'export const useFlag = (flag: FlagKey): boolean => useUnleashFlag(flag);',
          '',
        ].join('\n'),
        'apps/web/src/Nav.tsx': [
          "import { useFlag } from './flags/use-flag';",
          '',
          "export const Nav = () => (useFlag('new_nav') ? <NewNav /> : <OldNav />);",
          '',
        ].join('\n'),
      },
      REGISTRY,
    );
    expect(brief(run.analysis.scan.references)).toEqual([
      'new_nav wrapper useFlag @apps/web/src/Nav.tsx:3:35',
    ]);
  });
});

describe('destructuring, and the registry under another name', () => {
  it('destructured from the registry or a service, a renamed re-export, `export * as`, `import * as`', async () => {
    const run = await runFlags(
      {
        ...LIB,
        'libs/feature-flags/src/public.ts': [
          "export { FLAGS as FeatureFlags } from './flags';",
          "export * as registry from './flags';",
          '',
        ].join('\n'),
        'apps/web/src/editor/toolbar.ts': [
          "import { FLAGS } from '../../../../libs/feature-flags/src/flags';",
          '',
          'const { enable_ai, bulk_edit: bulk } = FLAGS;',
          'export const toolbar = () => [enable_ai.description, bulk.defaultValue];',
          '',
        ].join('\n'),
        'apps/api/src/plans.service.ts': [
          "import type { FeatureFlagService } from '../../../libs/feature-flags/src/feature-flag.service';",
          '',
          'export function annual(service: FeatureFlagService): boolean {',
          '  const {',
          '    flags: { annual_plans },',
          '  } = service;',
          '  return annual_plans.value;',
          '}',
          '',
        ].join('\n'),
        'apps/web/src/nav.ts': [
          "import { FeatureFlags, registry } from '../../../libs/feature-flags/src/public';",
          "import * as flagsModule from '../../../libs/feature-flags/src/flags';",
          '',
          'export const nav = () => FeatureFlags.new_nav.defaultValue;',
          'export const csv = () => registry.FLAGS.legacy_export.defaultValue;',
          'export const ai = () => flagsModule.FLAGS.enable_ai.description;',
          '',
        ].join('\n'),
      },
      REGISTRY,
    );
    expect(brief(run.analysis.scan.references)).toEqual([
      'annual_plans symbol FLAGS @apps/api/src/plans.service.ts:5:14',
      'enable_ai symbol FLAGS @apps/web/src/editor/toolbar.ts:3:9',
      'bulk_edit symbol FLAGS @apps/web/src/editor/toolbar.ts:3:20',
      'new_nav symbol FLAGS @apps/web/src/nav.ts:4:26',
      'legacy_export symbol FLAGS @apps/web/src/nav.ts:5:26',
      'enable_ai symbol FLAGS @apps/web/src/nav.ts:6:25',
    ]);
    expect(run.states).toEqual([
      'enable_ai expiring',
      'bulk_edit active',
      'new_nav active',
      'annual_plans active',
      'legacy_export active',
    ]);
  });
});

describe('which files are type-checked', () => {
  it('an importer of a default-exported service, under a name of its own, two hops away', async () => {
    const run = await runFlags(
      {
        ...LIB,
        'apps/web/src/flags/flag-client.ts': [
          "import type { FlagKey } from '@acme/feature-flags';",
          '',
          'export default class FlagClient {',
          '  private readonly on = new Set<string>();',
          '',
          '  enabled(flag: FlagKey): boolean {',
          '    return this.on.has(flag);',
          '  }',
          '}',
          '',
        ].join('\n'),
        'apps/web/src/editor/Toolbar.tsx': [
          "import Flags from '../flags/flag-client';",
          '',
          'const flags = new Flags();',
          "export const Toolbar = () => (flags.enabled('bulk_edit') ? <BulkBar /> : <Bar />);",
          '',
        ].join('\n'),
      },
      REGISTRY,
    );
    expect(brief(run.analysis.scan.references)).toEqual([
      'bulk_edit typed-literal enabled @apps/web/src/editor/Toolbar.tsx:4:45',
    ]);
  });
});
