import { describe, expect, it } from 'vitest';
import { brief } from './scanner/helpers.js';
import { registryAt, runFlags, yamlRegistry } from './support.js';

/**
 * Defects found by checking the built CLI from outside on scratch repositories shaped like real
 * ones (session 6, fourth round), and the previous round's leftovers: each case is the smallest
 * realistic input that failed.
 */

const UNLEASH_CLIENT = [
  "import { initialize } from 'unleash-client';",
  '',
  "export const unleash = initialize({ appName: 'storefront', url: 'https://unleash.acme.dev/api' });",
  '',
].join('\n');

describe('a key held in a field of the class is every value assigned to it', () => {
  it('a parameter property reassigned with a literal in a method reads both keys', async () => {
    const run = await runFlags({
      'flags.yml': yamlRegistry(['search-v2', 'search-v3', 'search-legacy']),
      'src/flags/unleash.ts': UNLEASH_CLIENT,
      'src/search/rollout.ts': [
        "import { unleash } from '../flags/unleash';",
        '',
        'export class SearchRollout {',
        "  constructor(private key = 'search-v2') {}",
        '',
        '  promote(): void {',
        "    this.key = 'search-v3';",
        '  }',
        '',
        '  get enabled(): boolean {',
        '    return unleash.isEnabled(this.key);',
        '  }',
        '}',
        '',
      ].join('\n'),
    });
    expect(run.analysis.scan.unresolved).toEqual([]);
    expect(brief(run.analysis.scan.references)).toEqual([
      'search-v2 literal isEnabled @src/search/rollout.ts:11:30',
      'search-v3 literal isEnabled @src/search/rollout.ts:11:30',
    ]);
    expect(run.states).toEqual(['search-v2 active', 'search-v3 active', 'search-legacy orphaned']);
  });

  it('a static field of the class is a constant, read as `Gate.FLAG` inside the class and out', async () => {
    const run = await runFlags({
      'flags.yml': yamlRegistry(['express-pay', 'express-pay-eu', 'never-used']),
      'src/flags/unleash.ts': UNLEASH_CLIENT,
      'src/checkout/gate.ts': [
        "import { unleash } from '../flags/unleash';",
        '',
        'export class ExpressPayGate {',
        "  static readonly FLAG = 'express-pay';",
        "  static EU_FLAG = 'express-pay-eu';",
        '',
        '  enabled(eu: boolean): boolean {',
        '    return unleash.isEnabled(eu ? ExpressPayGate.EU_FLAG : ExpressPayGate.FLAG);',
        '  }',
        '}',
        '',
      ].join('\n'),
      'src/checkout/banner.ts': [
        "import { unleash } from '../flags/unleash';",
        "import { ExpressPayGate } from './gate';",
        '',
        'export const showBanner = (): boolean => unleash.isEnabled(ExpressPayGate.FLAG);',
        '',
      ].join('\n'),
    });
    expect(run.analysis.scan.unresolved).toEqual([]);
    expect(brief(run.analysis.scan.references)).toEqual([
      'express-pay object isEnabled @src/checkout/banner.ts:4:60',
      'express-pay object isEnabled @src/checkout/gate.ts:8:30',
      'express-pay-eu object isEnabled @src/checkout/gate.ts:8:30',
    ]);
    expect(run.states).toEqual([
      'express-pay active',
      'express-pay-eu active',
      'never-used orphaned',
    ]);
  });

  it('a field set in the constructor and again from a value only known at run time is unresolved', async () => {
    const run = await runFlags({
      'flags.yml': yamlRegistry(['banner-holiday', 'banner-sale']),
      'src/flags/unleash.ts': UNLEASH_CLIENT,
      'src/home/banner.ts': [
        "import { unleash } from '../flags/unleash';",
        '',
        'export class BannerSlot {',
        '  private flag: string;',
        '',
        '  constructor() {',
        "    this.flag = 'banner-holiday';",
        '  }',
        '',
        '  configure(options: { flag: string }): void {',
        '    this.flag = options.flag;',
        '  }',
        '',
        '  visible(): boolean {',
        '    return unleash.isEnabled(this.flag);',
        '  }',
        '}',
        '',
      ].join('\n'),
    });
    expect(brief(run.analysis.scan.references)).toEqual([
      'banner-holiday literal isEnabled @src/home/banner.ts:15:30',
    ]);
    expect(run.analysis.scan.unresolved).toEqual([
      {
        file: 'src/home/banner.ts',
        line: 15,
        column: 30,
        accessor: 'isEnabled',
        expression: 'this.flag',
      },
    ]);
  });

  it('a field initialiser and a reassignment from a constructor argument: the callers pass keys', async () => {
    const run = await runFlags({
      'flags.yml': yamlRegistry(['promo-spring', 'promo-summer', 'promo-winter']),
      'src/flags/unleash.ts': UNLEASH_CLIENT,
      'src/promo/slot.ts': [
        "import { unleash } from '../flags/unleash';",
        '',
        'export class PromoSlot {',
        "  private readonly flag: string = 'promo-spring';",
        '',
        '  constructor(flag?: string) {',
        '    if (flag) this.flag = flag;',
        '  }',
        '',
        '  shown(): boolean {',
        '    return unleash.isEnabled(this.flag);',
        '  }',
        '}',
        '',
      ].join('\n'),
      'src/promo/slots.ts': [
        "import { PromoSlot } from './slot';",
        '',
        "export const summer = new PromoSlot('promo-summer');",
        '',
      ].join('\n'),
    });
    expect(run.analysis.scan.unresolved).toEqual([]);
    expect(run.states).toEqual([
      'promo-spring active',
      'promo-summer active',
      'promo-winter orphaned',
    ]);
  });
});

describe('lodash-style collection callbacks are lodash’s only when imported from it', () => {
  const FLAG_CLIENT = [
    "import { OpenFeature } from '@openfeature/server-sdk';",
    '',
    'const client = OpenFeature.getClient();',
    '',
    'export function flagOn(key: string): Promise<boolean> {',
    '  return client.getBooleanValue(key, false);',
    '}',
    '',
  ].join('\n');

  it("the application's own `mapValues(obj, fn)` passes its callback something else: unresolved", async () => {
    const run = await runFlags({
      'flags.yml': yamlRegistry(['report-pdf', 'report-csv']),
      'src/flags/client.ts': FLAG_CLIENT,
      'src/lib/collections.ts': [
        '/** Calls `fn` with each value and the key of its *label* (not the object key). */',
        'export function mapValues<T, R>(obj: Record<string, T>, fn: (v: T, label: string) => R): R[] {',
        '  return Object.entries(obj).map(([k, v]) => fn(v, `${k}-label`));',
        '}',
        '',
      ].join('\n'),
      'src/reports/exports.ts': [
        "import { mapValues } from '../lib/collections';",
        "import { flagOn } from '../flags/client';",
        '',
        "const FORMATS = { 'report-pdf': 'PDF', 'report-csv': 'CSV' };",
        '',
        'export const enabled = mapValues(FORMATS, (_label, key) => flagOn(key));',
        '',
      ].join('\n'),
    });
    expect(brief(run.analysis.scan.references)).toEqual([]);
    expect(run.analysis.scan.unresolved.map((u) => `${u.file}:${u.line}:${u.column}`)).toEqual([
      'src/reports/exports.ts:6:67',
    ]);
  });

  it('lodash-es, a per-method package and a lodash namespace still give keys and values', async () => {
    const run = await runFlags({
      'flags.yml': yamlRegistry(['nav-beta', 'nav-compact', 'nav-dark']),
      'src/flags/client.ts': FLAG_CLIENT,
      'src/nav/flags.ts': [
        "import { forOwn } from 'lodash-es';",
        "import pickBy from 'lodash.pickby';",
        "import * as _ from 'lodash';",
        "import { flagOn } from '../flags/client';",
        '',
        "forOwn({ 'nav-beta': 1 }, (_v, key) => flagOn(key));",
        "pickBy({ 'nav-compact': 2 }, (_v, key) => flagOn(key));",
        "_.each({ 'nav-dark': 3 }, (_v, key) => flagOn(key));",
        '',
      ].join('\n'),
    });
    expect(run.analysis.scan.unresolved).toEqual([]);
    expect(run.states).toEqual(['nav-beta active', 'nav-compact active', 'nav-dark active']);
  });
});

const SHOP_REGISTRY = [
  'export const FLAGS = {',
  '  /** @owner @acme/web @created 2026-11-20 @expires 2026-12-15 @type release */',
  "  'one-click-buy': { description: 'Buy with one click' },",
  '  /** @owner @acme/web @created 2026-11-20 @expires 2026-12-15 @type release */',
  "  'gift-wrap': { description: 'Gift wrapping' },",
  '  /** @owner @acme/web @created 2026-11-20 @expires 2026-12-15 @type release */',
  "  'never-read': { description: 'Nobody reads this' },",
  '} as const;',
  '',
  'export type FlagKey = keyof typeof FLAGS;',
  '',
].join('\n');

describe('a helper generic in the key type', () => {
  it('`useFlag<K extends FlagKey>(key: K)`: the literal its callers pass is a reference', async () => {
    const run = await runFlags(
      {
        'src/flags/registry.ts': SHOP_REGISTRY,
        'src/flags/useFlag.ts': [
          "import { useContext } from 'react';",
          "import { FlagsContext } from './context';",
          "import type { FlagKey } from './registry';",
          '',
          'export function useFlag<K extends FlagKey>(key: K): boolean {',
          '  const flags = useContext(FlagsContext);',
          '  return flags[key] ?? false;',
          '}',
          '',
        ].join('\n'),
        'src/flags/context.ts': [
          "import { createContext } from 'react';",
          "import type { FlagKey } from './registry';",
          '',
          'export const FlagsContext = createContext<Partial<Record<FlagKey, boolean>>>({});',
          '',
        ].join('\n'),
        'src/components/BuyButton.tsx': [
          "import { useFlag } from '../flags/useFlag';",
          '',
          'export function BuyButton() {',
          "  const oneClick = useFlag('one-click-buy');",
          "  return <button>{oneClick ? 'Buy now' : 'Add to cart'}</button>;",
          '}',
          '',
        ].join('\n'),
        'src/checkout/wrap.ts': [
          "import type { FlagKey } from '../flags/registry';",
          '',
          'declare const state: Partial<Record<FlagKey, boolean>>;',
          '',
          'export function isOn(key: FlagKey): boolean;',
          'export function isOn(key: FlagKey, fallback: boolean): boolean;',
          'export function isOn(key: FlagKey, fallback = false): boolean {',
          '  return state[key] ?? fallback;',
          '}',
          '',
          "export const wrapped = isOn('gift-wrap', true);",
          '',
        ].join('\n'),
      },
      registryAt('src/flags/registry.ts#FLAGS'),
    );
    expect(brief(run.analysis.scan.references)).toEqual([
      'gift-wrap typed-literal isOn @src/checkout/wrap.ts:11:29',
      'one-click-buy typed-literal useFlag @src/components/BuyButton.tsx:4:28',
    ]);
    expect(run.states).toEqual(['one-click-buy active', 'gift-wrap active', 'never-read orphaned']);
  });
});

describe('components and arrows generic in the key type', () => {
  it('`<Feature name="x">` with `Feature<K extends FlagKey>({ name }: { name: K })`, an arrow hook', async () => {
    const run = await runFlags(
      {
        'src/flags/registry.ts': SHOP_REGISTRY,
        'src/flags/Feature.tsx': [
          "import type { ReactNode } from 'react';",
          "import type { FlagKey } from './registry';",
          '',
          'declare const state: Partial<Record<FlagKey, boolean>>;',
          '',
          'export function Feature<K extends FlagKey>({ name, children }: { name: K; children: ReactNode }) {',
          '  return state[name] ? children : null;',
          '}',
          '',
          'export const useFlagValue = <K extends FlagKey>(key: K): boolean => state[key] ?? false;',
          '',
        ].join('\n'),
        'src/checkout/Page.tsx': [
          "import { Feature, useFlagValue } from '../flags/Feature';",
          '',
          'export function Page() {',
          "  const wrap = useFlagValue('gift-wrap');",
          '  return (',
          '    <Feature name="one-click-buy">',
          "      {wrap ? 'Buy as a gift' : 'Buy now'}",
          '    </Feature>',
          '  );',
          '}',
          '',
        ].join('\n'),
      },
      registryAt('src/flags/registry.ts#FLAGS'),
    );
    expect(brief(run.analysis.scan.references)).toEqual([
      'gift-wrap typed-literal useFlagValue @src/checkout/Page.tsx:4:29',
      'one-click-buy typed-literal <Feature name> @src/checkout/Page.tsx:6:19',
    ]);
    expect(run.states).toEqual(['one-click-buy active', 'gift-wrap active', 'never-read orphaned']);
  });
});

describe('enums as registries: const enums and enums in declaration files', () => {
  it('a global enum named by a file that imports nothing of the registry', async () => {
    const TAGS = '/** @owner @acme/web @created 2026-11-20 @expires 2026-12-15 @type release */';
    const run = await runFlags(
      {
        'tsconfig.json': '{ "compilerOptions": { "strict": true }, "include": ["src", "types"] }\n',
        'types/global-flags.d.ts': [
          'declare const enum GlobalFlag {',
          `  ${TAGS}`,
          "  NewFooter = 'new-footer',",
          `  ${TAGS}`,
          "  OldFooter = 'old-footer',",
          '}',
          '',
        ].join('\n'),
        'src/flags/client.ts': UNLEASH_CLIENT,
        'src/ui/footer.ts': [
          "import { unleash } from '../flags/client';",
          '',
          'export const newFooter = (): boolean => unleash.isEnabled(GlobalFlag.NewFooter);',
          '',
        ].join('\n'),
      },
      registryAt('types/global-flags.d.ts#GlobalFlag'),
    );
    expect(run.analysis.scan.unresolved).toEqual([]);
    expect(run.states).toEqual(['new-footer active', 'old-footer orphaned']);
  });

  it('a `declare const enum` in a global .d.ts is read without an import, like an exported one', async () => {
    const TAGS = '/** @owner @acme/web @created 2026-11-20 @expires 2026-12-15 @type release */';
    const run = await runFlags(
      {
        'tsconfig.json': '{ "compilerOptions": { "strict": true }, "include": ["src", "types"] }\n',
        'types/global-flags.d.ts': [
          '/** Flags the build injects; no import needed. */',
          'declare const enum GlobalFlag {',
          `  ${TAGS}`,
          "  NewFooter = 'new-footer',",
          `  ${TAGS}`,
          "  OldFooter = 'old-footer',",
          '}',
          '',
        ].join('\n'),
        'types/server-flags.d.ts': [
          'declare enum ServerFlag {',
          `  ${TAGS}`,
          "  AsyncExport = 'async-export',",
          `  ${TAGS}`,
          "  DeadFlag = 'server-dead',",
          '}',
          'export { ServerFlag };',
          '',
        ].join('\n'),
        'src/flags/client.ts': UNLEASH_CLIENT,
        'src/ui/footer.ts': [
          "import { unleash } from '../flags/client';",
          "import { ServerFlag } from '../../types/server-flags';",
          '',
          'export const newFooter = (): boolean => unleash.isEnabled(GlobalFlag.NewFooter);',
          'export const asyncExport = (): boolean => unleash.isEnabled(ServerFlag.AsyncExport);',
          '',
        ].join('\n'),
      },
      registryAt('types/global-flags.d.ts#GlobalFlag', 'types/server-flags.d.ts#ServerFlag'),
    );
    expect(run.analysis.scan.unresolved).toEqual([]);
    expect(brief(run.analysis.scan.references)).toEqual([
      'new-footer enum isEnabled @src/ui/footer.ts:4:59',
      'async-export enum isEnabled @src/ui/footer.ts:5:61',
    ]);
    expect(run.states).toEqual([
      'new-footer active',
      'old-footer orphaned',
      'async-export active',
      'server-dead orphaned',
    ]);
  });
});

describe('a flag read only by tests', () => {
  const files = {
    'flags.yml': yamlRegistry(['recently-viewed', 'only-in-tests', 'tested-and-used']),
    'src/flags/unleash.ts': UNLEASH_CLIENT,
    'src/catalog/recent.ts': [
      "import { unleash } from '../flags/unleash';",
      '',
      "export const showRecent = (): boolean => unleash.isEnabled('recently-viewed');",
      "export const tested = (): boolean => unleash.isEnabled('tested-and-used');",
      '',
    ].join('\n'),
    'src/catalog/__tests__/recent.test.ts': [
      "import { unleash } from '../../flags/unleash';",
      '',
      "it('keeps the legacy grid behind its flag', () => {",
      "  vi.spyOn(unleash, 'isEnabled').mockReturnValue(true);",
      "  expect(unleash.isEnabled('only-in-tests')).toBe(true);",
      "  expect(unleash.isEnabled('tested-and-used')).toBe(true);",
      '});',
      '',
    ].join('\n'),
  };

  it('is orphaned: no production code reads it, and the note names the test', async () => {
    const run = await runFlags(files);
    // The scan still lists every read, the tests' too.
    expect(brief(run.analysis.scan.references).filter((r) => r.includes('__tests__'))).toEqual([
      'only-in-tests literal isEnabled @src/catalog/__tests__/recent.test.ts:5:28',
      'tested-and-used literal isEnabled @src/catalog/__tests__/recent.test.ts:6:28',
    ]);
    expect(run.states).toEqual([
      'recently-viewed active',
      'only-in-tests orphaned',
      'tested-and-used active',
    ]);
    const row = run.status.find((s) => s.key === 'only-in-tests');
    expect(row).toMatchObject({ references: 1, onlyTestReferences: true });
    const finding = run.findings.find((f) => f.message.includes('"only-in-tests"'));
    expect(finding?.message).toContain(
      'only tests read it (src/catalog/__tests__/recent.test.ts:5)',
    );
  });

  it('a test iterating the registry is no read that may keep an orphan alive', async () => {
    const TAGS = '/** @owner @acme/web @created 2026-11-20 @expires 2026-12-15 @type release */';
    const run = await runFlags(
      {
        'src/flags/registry.ts': [
          'export enum Flag {',
          `  ${TAGS}`,
          "  QuickView = 'quick-view',",
          `  ${TAGS}`,
          "  StickyCart = 'sticky-cart',",
          '}',
          '',
        ].join('\n'),
        'src/flags/unleash.ts': UNLEASH_CLIENT,
        'src/catalog/product.ts': [
          "import { unleash } from '../flags/unleash';",
          "import { Flag } from '../flags/registry';",
          '',
          'export const quickView = (): boolean => unleash.isEnabled(Flag.QuickView);',
          '',
        ].join('\n'),
        'src/flags/registry.spec.ts': [
          "import { unleash } from './unleash';",
          "import { Flag } from './registry';",
          '',
          "describe('every flag', () => {",
          '  for (const flag of Object.values(Flag)) {',
          '    it(`${flag} is off by default`, () => expect(unleash.isEnabled(flag)).toBe(false));',
          '  }',
          '});',
          '',
        ].join('\n'),
      },
      registryAt('src/flags/registry.ts#Flag'),
    );
    expect(run.analysis.scan.registryUses?.map((u) => u.file)).toEqual([
      'src/flags/registry.spec.ts',
    ]);
    expect(run.states).toEqual(['quick-view active', 'sticky-cart orphaned']);
    const orphan = run.status.find((s) => s.key === 'sticky-cart');
    expect(orphan?.iteratedAt).toBeUndefined();
    const finding = run.findings.find((f) => f.message.includes('"sticky-cart"'));
    expect(finding?.message).not.toContain('cannot be proven');
  });

  it('a key only a test reads, to check the fallback for an unknown flag, is not undeclared', async () => {
    const run = await runFlags({
      ...files,
      'src/flags/unleash.test.ts': [
        "import { unleash } from './unleash';",
        '',
        "it('treats an unknown flag as off', () => {",
        "  expect(unleash.isEnabled('no-such-flag')).toBe(false);",
        '});',
        '',
      ].join('\n'),
    });
    expect(run.states).not.toContain('no-such-flag undeclared');
    expect(run.findings.filter((f) => f.ruleId === 'flags/undeclared')).toEqual([]);
  });

  it('an undeclared key read by tests and by production code is reported where production reads it', async () => {
    const run = await runFlags({
      ...files,
      'src/catalog/__tests__/badge.test.ts': [
        "import { unleash } from '../../flags/unleash';",
        '',
        "it('shows the badge', () => expect(unleash.isEnabled('new-badge')).toBe(true));",
        '',
      ].join('\n'),
      'src/catalog/badge.ts': [
        "import { unleash } from '../flags/unleash';",
        '',
        "export const badge = (): boolean => unleash.isEnabled('new-badge');",
        '',
      ].join('\n'),
    });
    const undeclared = run.findings.filter((f) => f.ruleId === 'flags/undeclared');
    expect(undeclared.map((f) => `${f.file}:${f.line}`)).toEqual(['src/catalog/badge.ts:3']);
  });

  it('`flags.testFiles: []` counts tests like any code', async () => {
    const run = await runFlags(files, (c) => {
      c.flags.testFiles = [];
    });
    expect(run.states).toEqual([
      'recently-viewed active',
      'only-in-tests active',
      'tested-and-used active',
    ]);
  });
});

describe('SDK hooks of the fourth round', () => {
  it("OpenFeature's React `useSuspenseFlag(key, default)` reads its key", async () => {
    const run = await runFlags({
      'flags.yml': yamlRegistry(['checkout-title', 'unused-hook']),
      'src/web/Title.tsx': [
        "import { useSuspenseFlag } from '@openfeature/react-sdk';",
        '',
        'export function Title() {',
        "  const { value: fancy } = useSuspenseFlag('checkout-title', false);",
        "  return <h1>{fancy ? 'Checkout ✨' : 'Checkout'}</h1>;",
        '}',
        '',
      ].join('\n'),
    });
    expect(brief(run.analysis.scan.references)).toEqual([
      'checkout-title literal useSuspenseFlag @src/web/Title.tsx:4:44',
    ]);
    expect(run.states).toEqual(['checkout-title active', 'unused-hook orphaned']);
  });
});

describe('workspace packages', () => {
  it('subpath exports naming other files (`"./react": "./dist/hooks/index.js"`, `./lab/*`) are read from their sources', async () => {
    const TAGS = '/** @owner @acme/web @created 2026-11-20 @expires 2026-12-15 @type release */';
    const hook = (name: string): string =>
      [
        "import type { FeatureName } from '../keys.js';",
        '',
        'declare const state: Partial<Record<FeatureName, boolean>>;',
        '',
        `export function ${name}(name: FeatureName): boolean {`,
        '  return state[name] ?? false;',
        '}',
        '',
      ].join('\n');
    const run = await runFlags(
      {
        'package.json': '{ "name": "acme", "private": true, "workspaces": ["packages/*"] }\n',
        'packages/flags/package.json': JSON.stringify({
          name: '@acme/flags',
          type: 'module',
          exports: {
            '.': { types: './dist/index.d.ts', default: './dist/index.js' },
            './react': {
              import: { types: './dist/hooks/index.d.ts', default: './dist/hooks/index.js' },
            },
            './lab/*': './dist/experimental/*.js',
          },
        }),
        'packages/flags/src/keys.ts': [
          'export const FEATURES = {',
          `  ${TAGS}`,
          "  'legacy-banner': { default: true },",
          `  ${TAGS}`,
          "  'new-checkout': { default: false },",
          `  ${TAGS}`,
          "  'never-read': { default: false },",
          '} as const;',
          '',
          'export type FeatureName = keyof typeof FEATURES;',
          '',
        ].join('\n'),
        'packages/flags/src/index.ts': "export * from './keys.js';\n",
        'packages/flags/src/hooks/index.ts': hook('useFeature'),
        'packages/flags/src/experimental/preview.ts': hook('usePreview'),
        'packages/web/package.json': '{ "name": "@acme/web", "private": true }\n',
        'packages/web/src/Profile.tsx': [
          "import { useFeature } from '@acme/flags/react';",
          "import { usePreview } from '@acme/flags/lab/preview';",
          '',
          'export function Profile() {',
          "  const legacy = useFeature('legacy-banner');",
          "  const v2 = usePreview('new-checkout');",
          '  return legacy && v2 ? <aside>old</aside> : null;',
          '}',
          '',
        ].join('\n'),
      },
      registryAt('packages/flags/src/keys.ts#FEATURES'),
    );
    expect(brief(run.analysis.scan.references)).toEqual([
      'legacy-banner typed-literal useFeature @packages/web/src/Profile.tsx:5:29',
      'new-checkout typed-literal usePreview @packages/web/src/Profile.tsx:6:25',
    ]);
    expect(run.states).toEqual([
      'legacy-banner active',
      'new-checkout active',
      'never-read orphaned',
    ]);
  });
});

describe('CommonJS with JSDoc types', () => {
  it('`@param {FlagKey} key` on a helper exported by module.exports: its callers pass typed literals', async () => {
    const TAGS = '/** @owner @acme/api @created 2026-11-20 @expires 2026-12-15 @type release */';
    const run = await runFlags(
      {
        'package.json': '{ "name": "legacy-api", "type": "commonjs" }\n',
        'lib/flags.js': [
          'const FLAGS = Object.freeze({',
          `  ${TAGS}`,
          "  BULK_EXPORT: 'bulk-export',",
          `  ${TAGS}`,
          "  AUDIT_TRAIL: 'audit-trail',",
          `  ${TAGS}`,
          "  OLD_AUTH: 'old-auth',",
          '});',
          '',
          "/** @typedef {'bulk-export' | 'audit-trail' | 'old-auth'} FlagKey */",
          '',
          'const state = new Map();',
          '',
          '/**',
          ' * @param {FlagKey} key',
          ' * @returns {boolean}',
          ' */',
          'function isOn(key) {',
          '  return state.get(key) === true;',
          '}',
          '',
          'module.exports = { FLAGS, isOn };',
          '',
        ].join('\n'),
        'routes/export.js': [
          "const { FLAGS, isOn } = require('../lib/flags');",
          '',
          'module.exports = function exportRoute(req, res) {',
          '  if (!isOn(FLAGS.BULK_EXPORT)) return res.status(404).end();',
          "  if (isOn('audit-trail')) console.log('audit');",
          '  return res.json({ ok: true });',
          '};',
          '',
        ].join('\n'),
      },
      registryAt('lib/flags.js#FLAGS'),
    );
    expect(run.states).toEqual(['bulk-export active', 'audit-trail active', 'old-auth orphaned']);
    expect(brief(run.analysis.scan.references)).toContain(
      'audit-trail typed-literal isOn @routes/export.js:5:12',
    );
  });
});
