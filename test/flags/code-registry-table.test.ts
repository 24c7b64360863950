import { describe, expect, it } from 'vitest';
import { brief } from './scanner/helpers.js';
import { runFlags, yamlRegistry } from './support.js';

/**
 * Issue 10's "Done when", as one table in the style of a lint rule tester: each case is a small
 * repository (code → expected references with `via` and position → expected orphans).
 * `refs` lists `key via accessor @file:line:column` in the scan's order; `orphans` the keys
 * `flags status` calls orphaned; `iterated`, where given, the registry uses' `line:column kind`.
 */
interface Case {
  name: string;
  files: Record<string, string>;
  /** `flags.registry`: one entry or a list. */
  registry: string | string[];
  refs: string[];
  orphans: string[];
  iterated?: string[];
}

const lines = (...l: string[]): string => [...l, ''].join('\n');

const WEB_FLAG_ENUM = lines(
  'export enum WebFlag {',
  '  /** @owner @acme/web @created 2026-11-10 @expires 2026-12-09 @type release */',
  "  StickyCart = 'sticky-cart',",
  '  /** @owner @acme/web @created 2026-11-10 @expires 2026-12-09 @type release */',
  "  QuickView = 'quick-view',",
  '  /** @owner @acme/growth @created 2026-11-10 @expires 2026-12-09 @type experiment */',
  "  Celebrate = 'celebrate',",
  '  /** @owner @acme/growth @created 2026-11-10 @expires 2026-12-09 @type experiment */',
  "  CelebrateFrontend = 'celebrateFrontend',",
  '}',
);

const FLAG_KEY_UNION = lines(
  '/** @owner @acme/web @created 2026-11-10 @expires 2026-12-09 @type release */',
  'export type FlagKey =',
  "  | 'search-v2'",
  "  | 'saved-carts'",
  "  | 'gift-wrap'",
  "  | 'order-notes';",
);

const UNION_OWNERS = yamlRegistry(['search-v2', 'saved-carts', 'gift-wrap', 'order-notes']);

const CASES: Case[] = [
  {
    name: 'string enum: a member read by symbol, through a barrel and under a renamed re-export',
    registry: 'src/flags/web-flag.ts#WebFlag',
    files: {
      'src/flags/web-flag.ts': WEB_FLAG_ENUM,
      'src/flags/index.ts': lines(
        "export * from './web-flag';",
        "export { WebFlag as Flag } from './web-flag';",
      ),
      'src/cart/CartDrawer.tsx': lines(
        "import { useFlag } from '@unleash/proxy-client-react';",
        "import { WebFlag } from '../flags';",
        '',
        'export function CartDrawer() {',
        '  const sticky = useFlag(WebFlag.StickyCart);',
        "  return <aside className={sticky ? 'sticky' : ''} />;",
        '}',
      ),
      'src/product/QuickView.tsx': lines(
        "import { Flag } from '../flags';",
        "import { track } from '../analytics';",
        '',
        'export const openQuickView = () => track(Flag.QuickView);',
      ),
    },
    refs: [
      'sticky-cart enum useFlag @src/cart/CartDrawer.tsx:5:26',
      'quick-view symbol WebFlag @src/product/QuickView.tsx:4:42',
    ],
    orphans: ['celebrate', 'celebrateFrontend'],
  },
  {
    name: 'string enum: a property of a `Record<WebFlag, …>` read by its key',
    registry: 'src/flags/web-flag.ts#WebFlag',
    files: {
      'src/flags/web-flag.ts': WEB_FLAG_ENUM,
      'src/flags/snapshot.ts': lines(
        "import type { WebFlag } from './web-flag';",
        '',
        'export type FlagSnapshot = Record<WebFlag, boolean>;',
        '',
        'export function snapshot(): FlagSnapshot {',
        '  return JSON.parse(document.body.dataset.flags ?? "{}") as FlagSnapshot;',
        '}',
      ),
      'src/cart/sticky.ts': lines(
        "import { snapshot } from '../flags/snapshot';",
        '',
        "export const sticky = () => snapshot()['sticky-cart'];",
      ),
    },
    refs: ['sticky-cart symbol WebFlag @src/cart/sticky.ts:3:29'],
    orphans: ['quick-view', 'celebrate', 'celebrateFrontend'],
  },
  {
    name: 'substring trap: `celebrate` is not read by `celebrateFrontend`',
    registry: 'src/flags/web-flag.ts#WebFlag',
    files: {
      'src/flags/web-flag.ts': WEB_FLAG_ENUM,
      'src/party/Confetti.tsx': lines(
        "import { useFlag } from '@unleash/proxy-client-react';",
        '',
        "export const Confetti = () => (useFlag('celebrateFrontend') ? <Canvas /> : null);",
      ),
      'config/rollout.yaml': lines('enabled:', '  - celebrateFrontend'),
    },
    refs: [
      'celebrateFrontend text text @config/rollout.yaml:2:5',
      'celebrateFrontend literal useFlag @src/party/Confetti.tsx:3:40',
    ],
    orphans: ['sticky-cart', 'quick-view', 'celebrate'],
  },
  {
    name: 'object registry by key: property access on the registry type, `this.flags.KEY.$`',
    registry: 'src/flags/flags.ts#FLAGS',
    files: {
      'src/flags/flags.ts': lines(
        'export const FLAGS = {',
        "  /** @owner @acme/ml @created 2026-11-10 @expires 2026-12-09 @type release */ enable_ai: { $: false, label: 'AI answers' },",
        "  /** @owner @acme/web @created 2026-11-10 @expires 2026-12-09 @type release */ dense_tables: { $: false, label: 'Dense tables' },",
        "  /** @owner @acme/web @created 2026-11-10 @expires 2026-12-09 @type release */ pinned_tabs: { $: true, label: 'Pinned tabs' },",
        '};',
      ),
      'src/flags/flag-store.ts': lines(
        "import { FLAGS } from './flags';",
        '',
        'export class FlagStore {',
        '  constructor(public flags: typeof FLAGS = FLAGS) {}',
        '}',
      ),
      'src/ui/TableView.ts': lines(
        "import type { FlagStore } from '../flags/flag-store';",
        '',
        'export class TableView {',
        '  private readonly flags: FlagStore["flags"];',
        '',
        '  constructor(store: FlagStore) {',
        '    this.flags = store.flags;',
        '  }',
        '',
        '  rowHeight(): number {',
        '    return this.flags.dense_tables.$ ? 24 : 36;',
        '  }',
        '}',
      ),
    },
    refs: ['dense_tables symbol FLAGS @src/ui/TableView.ts:11:12'],
    orphans: ['enable_ai', 'pinned_tabs'],
  },
  {
    name: 'object registry by property (`#FEATURE_FLAGS.key`): a member read and a typed table',
    registry: 'src/config/featureFlags.ts#FEATURE_FLAGS.key',
    files: {
      'src/config/featureFlags.ts': lines(
        'export const FEATURE_FLAGS = {',
        "  /** @owner @acme/web @created 2026-11-10 @expires 2026-12-09 @type release */ bulkEdit: { key: 'bulk-edit' },",
        "  /** @owner @acme/web @created 2026-11-10 @expires 2026-12-09 @type release */ darkMode: { key: 'dark-mode' },",
        "  /** @owner @acme/web @created 2026-11-10 @expires 2026-12-09 @type release */ exportPdf: { key: 'export-pdf' },",
        '} as const;',
        '',
        'export type FeatureKey = (typeof FEATURE_FLAGS)[keyof typeof FEATURE_FLAGS]["key"];',
      ),
      'src/menu/items.ts': lines(
        "import { FEATURE_FLAGS, type FeatureKey } from '../config/featureFlags';",
        '',
        'interface MenuItem {',
        '  label: string;',
        '  feature?: FeatureKey;',
        '}',
        '',
        'export const MENU: MenuItem[] = [',
        "  { label: 'Edit all', feature: 'bulk-edit' },",
        "  { label: 'Theme', feature: FEATURE_FLAGS.darkMode.key },",
        '];',
      ),
    },
    refs: [
      'bulk-edit typed-literal FEATURE_FLAGS @src/menu/items.ts:9:33',
      'dark-mode symbol FEATURE_FLAGS @src/menu/items.ts:10:30',
    ],
    orphans: ['export-pdf'],
  },
  {
    name: 'union alias: a key read only through a typed helper’s call site, whatever it is called',
    registry: ['src/flags/keys.ts#FlagKey', 'flags.yml'],
    files: {
      'flags.yml': UNION_OWNERS,
      'src/flags/keys.ts': FLAG_KEY_UNION,
      'src/flags/gate.ts': lines(
        "import type { FlagKey } from './keys';",
        '',
        'const enabled = new Set<string>();',
        '',
        'export const can = (key: FlagKey): boolean => enabled.has(key);',
      ),
      'src/search/page.ts': lines(
        "import { can } from '../flags/gate';",
        '',
        "export const engine = () => (can('search-v2') ? 'v2' : 'v1');",
      ),
    },
    refs: ['search-v2 typed-literal can @src/search/page.ts:3:34'],
    orphans: ['saved-carts', 'gift-wrap', 'order-notes'],
  },
  {
    name: 'union alias: a key read only through a typed object literal (a route table)',
    registry: ['src/flags/keys.ts#FlagKey', 'flags.yml'],
    files: {
      'flags.yml': UNION_OWNERS,
      'src/flags/keys.ts': FLAG_KEY_UNION,
      'src/router/routes.ts': lines(
        "import type { FlagKey } from '../flags/keys';",
        '',
        'export interface Route {',
        '  path: string;',
        '  flag?: FlagKey;',
        '}',
        '',
        'export const ROUTES: Route[] = [',
        "  { path: '/' },",
        "  { path: '/carts', flag: 'saved-carts' },",
        '];',
      ),
    },
    refs: ['saved-carts typed-literal FlagKey @src/router/routes.ts:10:27'],
    orphans: ['search-v2', 'gift-wrap', 'order-notes'],
  },
  {
    name: 'a helper typed with the whole union references no key by itself',
    registry: ['src/flags/keys.ts#FlagKey', 'flags.yml'],
    files: {
      'flags.yml': UNION_OWNERS,
      'src/flags/keys.ts': FLAG_KEY_UNION,
      'src/flags/client.ts': lines(
        "import * as LaunchDarkly from 'launchdarkly-node-server-sdk';",
        "import type { FlagKey } from './keys';",
        '',
        "const client = LaunchDarkly.init(process.env.LD_SDK_KEY ?? '');",
        '',
        'export function variation(key: FlagKey, user: { key: string }): Promise<boolean> {',
        '  return client.variation(key, user, false);',
        '}',
      ),
      'src/checkout/notes.ts': lines(
        "import { variation } from '../flags/client';",
        '',
        "export const notes = (user: { key: string }) => variation('order-notes', user);",
      ),
    },
    refs: ['order-notes wrapper variation @src/checkout/notes.ts:3:59'],
    orphans: ['search-v2', 'saved-carts', 'gift-wrap'],
  },
  {
    name: '`as const` array: a key read through a typed default parameter value',
    registry: 'src/flags/ops.ts#OPS_FLAGS',
    files: {
      'src/flags/ops.ts': lines(
        'export const OPS_FLAGS = [',
        "  /** @owner @acme/sre @created 2026-01-10 @type kill-switch */ 'read-only-mode',",
        "  /** @owner @acme/sre @created 2026-01-10 @type kill-switch */ 'slow-mode',",
        "  /** @owner @acme/sre @created 2026-01-10 @type kill-switch */ 'drain-queue',",
        '] as const;',
        '',
        'export type OpsFlag = (typeof OPS_FLAGS)[number];',
      ),
      'src/ops/maintenance.ts': lines(
        "import type { OpsFlag } from '../flags/ops';",
        '',
        "export function banner(flag: OpsFlag = 'read-only-mode'): string {",
        '  return `maintenance: ${flag}`;',
        '}',
      ),
    },
    refs: ['read-only-mode typed-literal OPS_FLAGS @src/ops/maintenance.ts:3:40'],
    orphans: ['slow-mode', 'drain-queue'],
  },
  {
    name: 'Object.keys and Object.entries over the registry are iterations, not reads',
    registry: 'src/flags/flags.ts#FLAGS',
    files: {
      'src/flags/flags.ts': lines(
        'export const FLAGS = {',
        "  /** @owner @acme/web @created 2026-11-10 @expires 2026-12-09 @type release */ 'new-nav': { label: 'New nav' },",
        "  /** @owner @acme/web @created 2026-11-10 @expires 2026-12-09 @type release */ 'compact-mode': { label: 'Compact' },",
        "  /** @owner @acme/web @created 2026-11-10 @expires 2026-12-09 @type release */ 'beta-banner': { label: 'Beta' },",
        '} as const;',
      ),
      'src/admin/FlagsScreen.tsx': lines(
        "import { useFlags } from 'launchdarkly-react-client-sdk';",
        "import { FLAGS } from '../flags/flags';",
        '',
        'export function FlagsScreen() {',
        '  const flags = useFlags();',
        '  const rows = Object.keys(FLAGS).map((k) => [k, flags[k]]);',
        '  const labels = Object.entries(FLAGS).map(([k, def]) => `${def.label}: ${flags[k]}`);',
        '  return [rows, labels];',
        '}',
      ),
      'src/nav/Nav.tsx': lines(
        "import { useFlags } from 'launchdarkly-react-client-sdk';",
        '',
        "export const Nav = () => (useFlags()['new-nav'] ? <NewNav /> : <OldNav />);",
      ),
    },
    refs: ['new-nav member useFlags @src/nav/Nav.tsx:3:38'],
    orphans: ['compact-mode', 'beta-banner'],
    iterated: ['6:56 iteration', '7:81 iteration'],
  },
  {
    name: 'an application hook named like an SDK accessor, and `.intercept()`/`.get()` elsewhere',
    registry: ['src/flags/keys.ts#FlagKey', 'flags.yml'],
    files: {
      'flags.yml': UNION_OWNERS,
      'src/flags/keys.ts': FLAG_KEY_UNION,
      'src/hooks/useFeature.ts': lines(
        "import { useQuery } from '@tanstack/react-query';",
        '',
        '/** Whether the project bought a product feature (billing, not a flag). */',
        'export function useFeature(projectId: string, featureId: string) {',
        "  return useQuery({ queryKey: ['feature', projectId, featureId] });",
        '}',
      ),
      'src/flags/guard.ts': lines(
        "import type { FlagKey } from './keys';",
        '',
        'export class FlagGuard {',
        '  constructor(private readonly client: { isEnabled(k: string): boolean }) {}',
        '',
        '  intercept(flag: FlagKey): boolean {',
        '    return this.client.isEnabled(flag);',
        '  }',
        '',
        '  private get(key: FlagKey): boolean {',
        '    return this.client.isEnabled(key);',
        '  }',
        '}',
      ),
      'src/billing/Plan.tsx': lines(
        "import { useFeature } from '../hooks/useFeature';",
        '',
        "export const Plan = ({ id }: { id: string }) => useFeature(id, 'gift-wrap');",
      ),
      'cypress/e2e/cart.cy.ts': lines(
        "it('saves carts', () => {",
        "  cy.intercept('GET', '/api/saved-carts*');",
        '});',
      ),
      'src/api/http.ts': lines(
        "import axios from 'axios';",
        '',
        'const http = axios.create();',
        "export const carts = () => http.get('/saved-carts');",
      ),
    },
    refs: [],
    orphans: ['search-v2', 'saved-carts', 'gift-wrap', 'order-notes'],
  },
];

describe('issue 10, done when: each registry form and each trap', () => {
  it.each(CASES)('$name', async (c) => {
    const run = await runFlags(c.files, (config) => {
      config.flags.registry = c.registry;
    });
    expect(run.findings.filter((f) => f.ruleId === 'flags/registry-invalid')).toEqual([]);
    expect(brief(run.analysis.scan.references)).toEqual(c.refs);
    expect(run.status.filter((s) => s.state === 'orphaned').map((s) => s.key)).toEqual(c.orphans);
    if (c.iterated)
      expect(
        (run.analysis.scan.registryUses ?? []).map((u) => `${u.line}:${u.column} ${u.kind}`),
      ).toEqual(c.iterated);
  });
});
