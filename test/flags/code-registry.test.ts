import { describe, expect, it } from 'vitest';
import { brief } from './scanner/helpers.js';
import { registryAt, runFlags, yamlRegistry } from './support.js';

describe('registries declared in code', () => {
  it('a string enum: member values are the keys, JSDoc tags their metadata, members read by symbol', async () => {
    const run = await runFlags(
      {
        'src/flags/keys.ts': [
          'export enum FlagKeysEnum {',
          '  /** @owner @acme/search @created 2026-11-01 @expires 2026-12-01 @type release */',
          "  SearchV2 = 'search-v2',",
          '  /** @owner @alice @type experiment @created 2026-11-10 @expires 2026-12-09 */',
          "  Celebrate = 'celebrate',",
          '  /** @owner @alice @type experiment @created 2026-11-10 @expires 2026-12-09 */',
          "  CelebrateFrontend = 'celebrateFrontend',",
          '  /** @owner @acme/web @type kill-switch @created 2026-01-10 */',
          "  MaintenanceMode = 'maintenance-mode',",
          '}',
          '',
          // The defaults next to the declaration name every key: no reference.
          'export const FLAG_DEFAULTS: Record<FlagKeysEnum, boolean> = {',
          '  [FlagKeysEnum.SearchV2]: false,',
          '  [FlagKeysEnum.Celebrate]: false,',
          '  [FlagKeysEnum.CelebrateFrontend]: false,',
          '  [FlagKeysEnum.MaintenanceMode]: false,',
          '};',
          '',
        ].join('\n'),
        // A barrel re-exports it under the same name…
        'src/flags/index.ts': "export { FlagKeysEnum } from './keys';\n",
        'src/search/SearchPage.tsx': [
          "import { FlagKeysEnum } from '../flags';",
          "import { useFeature } from '../platform/features';",
          '',
          'export function SearchPage() {',
          '  const v2 = useFeature(FlagKeysEnum.SearchV2);',
          '  return v2 ? <SearchV2 /> : <SearchV1 />;',
          '}',
          '',
        ].join('\n'),
        // The app's own hook, which happens to share a GrowthBook accessor's name.
        'src/platform/features.ts': [
          "import { useContext } from 'react';",
          "import { FeaturesContext } from './context';",
          '',
          'export function useFeature(feature: string): boolean {',
          '  return useContext(FeaturesContext).enabled.has(feature);',
          '}',
          '',
        ].join('\n'),
        // …and an alias, reached through a namespace import.
        'src/party/confetti.ts': [
          "import * as flags from '../flags/index';",
          '',
          'export function confettiEnabled(enabled: Set<string>): boolean {',
          '  return enabled.has(flags.FlagKeysEnum.CelebrateFrontend);',
          '}',
          '',
        ].join('\n'),
        // A different `FlagKeysEnum` is not the registry.
        'src/legacy/old.ts': [
          "const FlagKeysEnum = { Celebrate: 'celebrate' };",
          'export const x = FlagKeysEnum.Celebrate;',
          '',
        ].join('\n'),
      },
      registryAt('src/flags/keys.ts#FlagKeysEnum'),
    );
    expect(brief(run.analysis.scan.references)).toEqual([
      'celebrateFrontend symbol FlagKeysEnum @src/party/confetti.ts:4:22',
      'search-v2 symbol FlagKeysEnum @src/search/SearchPage.tsx:5:25',
    ]);
    expect(run.states).toEqual([
      'search-v2 expiring',
      'celebrate orphaned',
      'celebrateFrontend active',
      'maintenance-mode orphaned',
    ]);
    const orphan = run.findings.find((f) => f.ruleId === 'flags/orphaned');
    expect(orphan).toMatchObject({ file: 'src/flags/keys.ts', line: 5, owners: ['@alice'] });
    expect(run.status[0]).toMatchObject({ owners: ['@acme/search'], type: 'release' });
  });

  it('an object: its keys, or a named property of each entry; a YAML entry of the same key gives metadata', async () => {
    const files = {
      'flags.yml': yamlRegistry(['enable_ai', 'bulk_edit']),
      'src/config/featureFlags.ts': [
        "import type { FlagDefinition } from './types';",
        '',
        'export const FEATURE_FLAGS = {',
        "  enable_ai: { key: 'enable-ai', defaultValue: false },",
        "  bulk_edit: { key: 'bulk-edit', defaultValue: true },",
        "  new_nav: { key: 'new-nav', defaultValue: false },",
        '} as const satisfies Record<string, FlagDefinition>;',
        '',
      ].join('\n'),
      'src/editor/toolbar.ts': [
        "import { FEATURE_FLAGS as F } from '../config/featureFlags';",
        '',
        'export const showAi = (on: (k: string) => boolean) => on(F.enable_ai.key);',
        "export const bulk = (flags: Record<string, boolean>) => flags[F?.['bulk_edit'].key];",
        '',
      ].join('\n'),
    };
    const byKeys = await runFlags(
      files,
      registryAt('src/config/featureFlags.ts#FEATURE_FLAGS', 'flags.yml'),
    );
    expect(byKeys.states).toEqual(['enable_ai active', 'bulk_edit active', 'new_nav orphaned']);
    // Metadata from flags.yml; the missing one is a finding, and the scan still ran.
    expect(byKeys.status[0]?.owners).toEqual(['@acme/web']);
    expect(
      byKeys.findings.filter((f) => f.ruleId === 'flags/registry-missing-owner').map((f) => f.line),
    ).toEqual([6]);

    const byProperty = await runFlags(
      files,
      registryAt('src/config/featureFlags.ts#FEATURE_FLAGS.key', 'flags.yml'),
    );
    expect(brief(byProperty.analysis.scan.references)).toEqual([
      'enable-ai symbol FEATURE_FLAGS @src/editor/toolbar.ts:3:58',
      'bulk-edit symbol FEATURE_FLAGS @src/editor/toolbar.ts:4:63',
    ]);
    // The YAML keys (`enable_ai`) are other keys than the code's (`enable-ai`): they combine.
    expect(byProperty.states).toEqual([
      'enable-ai active',
      'bulk-edit active',
      'new-nav orphaned',
      'enable_ai orphaned',
      'bulk_edit orphaned',
    ]);
  });

  it('a union type alias and an `as const` array: keys read through typed helpers and literals', async () => {
    const run = await runFlags(
      {
        'src/flags.ts': [
          '/** Every flag the web app reads. */',
          'export type FlagKey =',
          "  /** @owner @acme/web @created 2026-11-10 @expires 2026-12-09 @type release */ 'quick-reorder'",
          "  | 'gift-wrap';",
          '',
          "export const OPS_FLAGS = ['read-only-mode', 'slow-mode'] as const;",
          '',
          'export function flagOn(key: FlagKey): boolean {',
          '  return unleash.isEnabled(key);',
          '}',
          '',
        ].join('\n'),
        'src/orders.ts': [
          "import { flagOn } from './flags';",
          "export const reorder = () => flagOn('quick-reorder');",
          "export const ro = () => unleash.isEnabled('read-only-mode');",
          '',
        ].join('\n'),
      },
      registryAt('src/flags.ts#FlagKey', 'src/flags.ts#OPS_FLAGS'),
    );
    expect(run.states).toEqual([
      'quick-reorder active',
      'gift-wrap orphaned',
      'read-only-mode active',
      'slow-mode orphaned',
    ]);
    expect(run.status[0]?.owners).toEqual(['@acme/web']);
  });

  it('a declaration that is not a registry is a finding at its place, not a crash', async () => {
    const run = await runFlags(
      {
        'src/flags.ts': "export const FLAGS = { a: 1 };\nexport const NAMES = ['x', y];\n",
        'src/app.ts': "unleash.isEnabled('x');\n",
      },
      registryAt('src/flags.ts#NAMES', 'src/flags.ts#MISSING', 'src/nope.ts#FLAGS'),
    );
    expect(
      run.findings
        .filter((f) => f.ruleId === 'flags/registry-invalid')
        .map((f) => `${f.file}:${f.line ?? ''} ${f.message}`),
    ).toEqual([
      'src/flags.ts:2 an item of NAMES is not a string literal: flags.registry entry src/flags.ts#NAMES cannot be read as a flag registry',
      'src/flags.ts:1 src/flags.ts declares no `MISSING` at its top level: flags.registry entry src/flags.ts#MISSING cannot be read as a flag registry',
      '.github/ops-steward.yml: the flag registry src/nope.ts#FLAGS (flags.registry) names src/nope.ts, which does not exist',
    ]);
  });

  it("an application's hook named like an SDK accessor is not the SDK's", async () => {
    const run = await runFlags({
      'flags.yml': yamlRegistry(['billing-v2']),
      'src/hooks/useFeature.ts': [
        "import { useQuery } from '@tanstack/react-query';",
        '',
        '/** Whether a project has bought a product feature (not a feature flag). */',
        'export function useFeature(projectId: string, featureId: string) {',
        "  return useQuery({ queryKey: ['feature', projectId, featureId], queryFn: fetchFeature });",
        '}',
        '',
      ].join('\n'),
      'src/billing/Plan.tsx': [
        "import { useFeature } from '../hooks/useFeature';",
        "import { useFeatureIsOn } from '@growthbook/growthbook-react';",
        '',
        'export function Plan({ project }: { project: { id: string } }) {',
        "  const sso = useFeature(project.id, 'sso');",
        "  const v2 = useFeatureIsOn('billing-v2');",
        '  return v2 && sso.data ? <PlanV2 /> : <PlanV1 />;',
        '}',
        '',
      ].join('\n'),
    });
    expect(brief(run.analysis.scan.references)).toEqual([
      'billing-v2 literal useFeatureIsOn @src/billing/Plan.tsx:6:29',
    ]);
    expect(run.analysis.scan.unresolved).toEqual([]);
  });
});
