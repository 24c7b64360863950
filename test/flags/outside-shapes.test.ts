import { describe, expect, it } from 'vitest';
import { brief } from './scanner/helpers.js';
import { runFlags, yamlRegistry } from './support.js';

/**
 * Defects found by checking the built CLI from outside on scratch repositories shaped like real
 * ones (session 5, third round): each case is the smallest realistic input that failed.
 */

describe('a key held in a parameter property', () => {
  it('`constructor(private readonly key = …)` read as `this.key`: its default, and what `new` passes', async () => {
    const run = await runFlags({
      'flags.yml': yamlRegistry(['checkout-v2', 'checkout-express', 'checkout-legacy']),
      'src/flags/gate.ts': [
        "import { initialize } from 'unleash-client';",
        '',
        "const unleash = initialize({ appName: 'checkout', url: 'https://unleash.acme.dev/api' });",
        '',
        'export class FeatureGate {',
        "  constructor(private readonly key = 'checkout-v2') {}",
        '',
        '  isEnabled(name: string): boolean {',
        '    return unleash.isEnabled(name);',
        '  }',
        '',
        '  get open(): boolean {',
        '    return this.isEnabled(this.key);',
        '  }',
        '}',
        '',
      ].join('\n'),
      'src/checkout/gates.ts': [
        "import { FeatureGate } from '../flags/gate';",
        '',
        "export const expressGate = new FeatureGate('checkout-express');",
        'export const defaultGate = new FeatureGate();',
        '',
      ].join('\n'),
    });
    expect(run.analysis.scan.unresolved).toEqual([]);
    expect(brief(run.analysis.scan.references)).toEqual([
      'checkout-express wrapper FeatureGate @src/checkout/gates.ts:3:44',
      'checkout-v2 wrapper FeatureGate @src/checkout/gates.ts:4:28',
      'checkout-v2 literal isEnabled @src/flags/gate.ts:13:27',
    ]);
    expect(run.states).toEqual([
      'checkout-v2 active',
      'checkout-express active',
      'checkout-legacy orphaned',
    ]);
  });
});

describe('Angular services handed out by inject()', () => {
  it('a field `= inject(FlagService)` and a guard’s local bind the service’s own method as a wrapper', async () => {
    const run = await runFlags({
      'flags.yml': yamlRegistry(['portal-beta', 'portal-reports', 'portal-legacy']),
      'src/app/core/flag.service.ts': [
        "import { Injectable } from '@angular/core';",
        "import { initialize } from 'unleash-client';",
        '',
        "@Injectable({ providedIn: 'root' })",
        'export class FlagService {',
        "  private readonly unleash = initialize({ appName: 'portal', url: 'https://unleash.acme.dev/api' });",
        '',
        '  allows(key: string): boolean {',
        '    return this.unleash.isEnabled(key);',
        '  }',
        '}',
        '',
      ].join('\n'),
      'src/app/beta/beta-panel.component.ts': [
        "import { Component, inject } from '@angular/core';",
        "import { FlagService } from '../core/flag.service';",
        '',
        '@Component({',
        "  selector: 'app-beta-panel',",
        '  standalone: true,',
        '  template: `<section *ngIf="showBeta">Beta tools</section>`,',
        '})',
        'export class BetaPanelComponent {',
        '  private readonly portal = inject(FlagService);',
        '',
        '  get showBeta(): boolean {',
        "    return this.portal.allows('portal-beta');",
        '  }',
        '}',
        '',
      ].join('\n'),
      'src/app/reports/reports.guard.ts': [
        "import { inject } from '@angular/core';",
        "import type { CanActivateFn } from '@angular/router';",
        "import { FlagService } from '../core/flag.service';",
        '',
        'export const reportsGuard: CanActivateFn = () => {',
        '  const gate = inject(FlagService);',
        "  return gate.allows('portal-reports');",
        '};',
        '',
      ].join('\n'),
    });
    expect(brief(run.analysis.scan.references)).toEqual([
      'portal-beta wrapper allows @src/app/beta/beta-panel.component.ts:13:31',
      'portal-reports wrapper allows @src/app/reports/reports.guard.ts:7:22',
    ]);
    expect(run.analysis.scan.unresolved).toEqual([]);
    expect(run.states).toEqual([
      'portal-beta active',
      'portal-reports active',
      'portal-legacy orphaned',
    ]);
  });
});

describe('single-file components: the script blocks of .vue and .svelte files are code', () => {
  it('reads in <script setup lang="ts">, <script lang="ts"> and a plain <script>; mentions in the markup are text', async () => {
    const run = await runFlags(
      {
        'flags.yml': yamlRegistry([
          'vue-banner',
          'vue-options-api',
          'vue-generic',
          'svelte-nav',
          'svelte-footer',
          'markup-only',
          'component-orphan',
        ]),
        'src/lib/flags.ts': [
          "import { initialize } from 'unleash-client';",
          '',
          "const unleash = initialize({ appName: 'web', url: 'https://unleash.acme.dev/api' });",
          '',
          'export function flagOn(name: string, userId?: string): boolean {',
          '  return unleash.isEnabled(name, { userId });',
          '}',
          '',
        ].join('\n'),
        'src/components/PromoBanner.vue': [
          '<script setup lang="ts">',
          "import { useFlag } from '@unleash/proxy-client-vue';",
          "import { flagOn } from '../lib/flags';",
          '',
          "const showBanner = useFlag('vue-banner');",
          'const props = defineProps<{ flagName: string }>();',
          'const dynamic = flagOn(props.flagName);',
          '</script>',
          '',
          '<template>',
          '  <div v-if="showBanner && dynamic" class="banner">',
          '    <PostHogFeature flag="markup-only">Free shipping</PostHogFeature>',
          '  </div>',
          '</template>',
          '',
          '<style scoped>',
          '.banner { color: red; }',
          '</style>',
          '',
        ].join('\n'),
        'src/components/OptionList.vue': [
          '<script setup lang="ts" generic="T extends Record<string, unknown>">',
          "import { flagOn } from '../lib/flags';",
          '',
          'defineProps<{ items: T[] }>();',
          "const grouped = flagOn('vue-generic');",
          '</script>',
          '',
          '<template><ul :class="{ grouped }"></ul></template>',
          '',
        ].join('\n'),
        'src/components/LegacyCard.vue': [
          '<template><div>{{ title }}</div></template>',
          '',
          '<script>',
          "import { flagOn } from '../lib/flags';",
          '',
          'export default {',
          '  computed: {',
          '    title() {',
          "      return flagOn('vue-options-api') ? 'New' : 'Old';",
          '    },',
          '  },',
          '};',
          '</script>',
          '',
        ].join('\n'),
        'src/routes/Nav.svelte': [
          '<script context="module" lang="ts">',
          '  export const prerender = true;',
          '</script>',
          '',
          '<script lang="ts">',
          "  import { flagOn } from '$lib/flags';",
          '',
          '  export let user: { id: string };',
          "  $: showNewNav = flagOn('svelte-nav', user.id);",
          '</script>',
          '',
          '{#if showNewNav}',
          '  <nav class="nav-v2"><slot /></nav>',
          "{:else if flagOn('svelte-footer')}",
          '  <footer />',
          '{/if}',
          '',
        ].join('\n'),
      },
      (c) => {
        c.flags.registry = 'flags.yml';
      },
    );
    expect(brief(run.analysis.scan.references)).toEqual([
      'vue-options-api wrapper flagOn @src/components/LegacyCard.vue:9:21',
      'vue-generic wrapper flagOn @src/components/OptionList.vue:5:24',
      'vue-banner literal useFlag @src/components/PromoBanner.vue:5:28',
      'markup-only text text @src/components/PromoBanner.vue:12:26',
      'svelte-nav wrapper flagOn @src/routes/Nav.svelte:9:26',
      'svelte-footer text text @src/routes/Nav.svelte:14:18',
    ]);
    expect(run.analysis.scan.unresolved).toMatchObject([
      { file: 'src/components/PromoBanner.vue', line: 7, column: 24, expression: 'props.flagName' },
    ]);
    expect(run.states.at(-1)).toBe('component-orphan orphaned');
    // A `>` inside the opening tag's attributes ends no tag: no syntax error in the script.
    expect(run.analysis.scan.skipped).toBeUndefined();
  });
});

describe('single-file components and the pass by type', () => {
  it('a typed read in <script setup lang="ts"> of a code-declared registry', async () => {
    const tags = '/** @owner @acme/web @created 2026-11-20 @expires 2026-12-15 @type release */';
    const run = await runFlags(
      {
        'src/flags/keys.ts': [
          'export type FlagKey =',
          `  ${tags}`,
          "  | 'sfc-typed'",
          `  ${tags}`,
          "  | 'sfc-orphan';",
          '',
          'export type FlagState = Record<FlagKey, boolean>;',
          '',
        ].join('\n'),
        'src/flags/store.ts': [
          "import type { FlagState } from './keys';",
          '',
          'export function currentFlags(): FlagState {',
          "  return { 'sfc-typed': true, 'sfc-orphan': false };",
          '}',
          '',
        ].join('\n'),
        'src/components/Typed.vue': [
          '<script setup lang="ts">',
          "import { currentFlags } from '../flags/store';",
          '',
          "const on = currentFlags()['sfc-typed'];",
          '</script>',
          '',
          '<template><p v-if="on">typed</p></template>',
          '',
        ].join('\n'),
      },
      (c) => {
        c.flags.registry = 'src/flags/keys.ts#FlagKey';
      },
    );
    expect(brief(run.analysis.scan.references)).toEqual([
      'sfc-typed symbol FlagKey @src/components/Typed.vue:4:12',
    ]);
    expect(run.states).toEqual(['sfc-typed active', 'sfc-orphan orphaned']);
  });
});

const FLAG_ON = [
  "import { initialize } from 'unleash-client';",
  '',
  "const unleash = initialize({ appName: 'web', url: 'https://unleash.acme.dev/api' });",
  '',
  'export function flagOn(name: string): boolean {',
  '  return unleash.isEnabled(name);',
  '}',
  '',
].join('\n');

describe('modules loaded where they are used', () => {
  it('await import() destructured, as a namespace, with .then(), and require() inside a function', async () => {
    const run = await runFlags({
      'flags.yml': yamlRegistry([
        'lazy-chat',
        'lazy-then',
        'lazy-namespace',
        'lazy-keys',
        'lazy-require',
        'lazy-orphan',
      ]),
      'src/lib/flags.ts': FLAG_ON,
      'src/app/flag-keys.ts': "export const FLAG_KEYS = { reports: 'lazy-keys' } as const;\n",
      'src/app/lazy.ts': [
        'export async function maybeLoadChat(): Promise<void> {',
        "  const { flagOn } = await import('../lib/flags');",
        "  if (flagOn('lazy-chat')) await import('./chat');",
        '}',
        '',
        'export function warmUp(): Promise<boolean> {',
        "  return import('../lib/flags').then(({ flagOn: on }) => on('lazy-then'));",
        '}',
        '',
        'export async function viaNamespace(): Promise<boolean> {',
        "  const flags = await import('../lib/flags');",
        "  return flags.flagOn('lazy-namespace');",
        '}',
        '',
        'export async function viaKeys(): Promise<boolean> {',
        "  const [{ FLAG_KEYS }, { flagOn }] = await Promise.all([import('./flag-keys'), import('../lib/flags')]);",
        '  return flagOn(FLAG_KEYS.reports);',
        '}',
        '',
      ].join('\n'),
      'src/legacy/report.js': [
        "'use strict';",
        '',
        'function canReport() {',
        "  const { flagOn } = require('../lib/flags');",
        "  return flagOn('lazy-require');",
        '}',
        '',
        'module.exports = { canReport };',
        '',
      ].join('\n'),
    });
    expect(brief(run.analysis.scan.references)).toEqual([
      'lazy-chat wrapper flagOn @src/app/lazy.ts:3:14',
      'lazy-then wrapper flagOn @src/app/lazy.ts:7:61',
      'lazy-namespace wrapper flagOn @src/app/lazy.ts:12:23',
      'lazy-require wrapper flagOn @src/legacy/report.js:5:17',
    ]);
    expect(run.analysis.scan.unresolved).toMatchObject([
      { file: 'src/app/lazy.ts', line: 17, expression: 'FLAG_KEYS.reports' },
    ]);
    expect(run.states.at(-1)).toBe('lazy-orphan orphaned');
  });
});

describe('an object registry mapping names to keys (how JavaScript spells a string enum)', () => {
  const tags = '/** @owner @acme/billing @created 2026-11-20 @expires 2026-12-15 @type release */';
  const keysFile = [
    "'use strict';",
    '',
    'const FLAGS = Object.freeze({',
    `  ${tags}`,
    "  INVOICE_V2: 'invoice-v2',",
    `  ${tags}`,
    "  DUNNING_EMAILS: 'dunning-emails',",
    `  ${tags}`,
    "  OLD_TAX: 'old-tax',",
    '});',
    '',
    'module.exports = { FLAGS };',
    '',
  ].join('\n');

  it('`lib/flags.js#FLAGS` declares the values; `FLAGS.X` reads them, in CommonJS too', async () => {
    const run = await runFlags(
      {
        'lib/flags.js': keysFile,
        'src/invoice.js': [
          "'use strict';",
          '',
          "const { initialize } = require('unleash-client');",
          "const { FLAGS } = require('../lib/flags');",
          '',
          "const unleash = initialize({ appName: 'billing', url: 'https://unleash.acme.dev/api' });",
          '',
          'exports.render = (invoice) => (unleash.isEnabled(FLAGS.INVOICE_V2) ? { v: 2, invoice } : invoice);',
          '',
        ].join('\n'),
        'src/dunning.cjs': [
          "const flags = require('../lib/flags');",
          '',
          'module.exports.shouldEmail = (client) => client.isEnabled(flags.FLAGS.DUNNING_EMAILS);',
          '',
        ].join('\n'),
      },
      (c) => {
        c.flags.registry = 'lib/flags.js#FLAGS';
      },
    );
    expect(brief(run.analysis.scan.references)).toEqual([
      'dunning-emails object isEnabled @src/dunning.cjs:3:59',
      'invoice-v2 object isEnabled @src/invoice.js:8:50',
    ]);
    expect(run.states).toEqual(['invoice-v2 active', 'dunning-emails active', 'old-tax orphaned']);
    expect(run.findings.filter((f) => f.ruleId === 'flags/undeclared')).toEqual([]);
  });

  it('an object of descriptions keeps its keys as the flags', async () => {
    const run = await runFlags(
      {
        'src/flags.ts': [
          'export const FLAGS = {',
          `  ${tags}`,
          "  'new-checkout': 'The new checkout flow',",
          `  ${tags}`,
          "  'old-banner': 'Banner on the home page',",
          '} as const;',
          '',
        ].join('\n'),
      },
      (c) => {
        c.flags.registry = 'src/flags.ts#FLAGS';
      },
    );
    expect(run.states).toEqual(['new-checkout orphaned', 'old-banner orphaned']);
  });
});

describe('Astro components: the frontmatter and <script> blocks are code', () => {
  it('reads in the frontmatter (a dynamic one is unresolved), a client script, and markup as text', async () => {
    const run = await runFlags({
      'flags.yml': yamlRegistry(['astro-hero', 'astro-client', 'astro-markup', 'astro-orphan']),
      'src/lib/flags.ts': FLAG_ON,
      'src/components/Hero.astro': [
        '---',
        "import { flagOn } from '../lib/flags';",
        '',
        'interface Props { flag: string }',
        "const showHero = flagOn('astro-hero');",
        'const custom = flagOn(Astro.props.flag);',
        '---',
        '',
        '<section data-flag="astro-markup">',
        '  {showHero && custom && <h1>Spring sale</h1>}',
        '</section>',
        '',
        '<script>',
        "  import { flagOn } from '../lib/flags';",
        "  if (flagOn('astro-client')) document.body.classList.add('client');",
        '</script>',
        '',
      ].join('\n'),
    });
    expect(brief(run.analysis.scan.references)).toEqual([
      'astro-hero wrapper flagOn @src/components/Hero.astro:5:25',
      'astro-markup text text @src/components/Hero.astro:9:20',
      'astro-client wrapper flagOn @src/components/Hero.astro:15:14',
    ]);
    expect(run.analysis.scan.unresolved).toMatchObject([
      { file: 'src/components/Hero.astro', line: 6, column: 23, expression: 'Astro.props.flag' },
    ]);
    expect(run.states.at(-1)).toBe('astro-orphan orphaned');
  });
});
