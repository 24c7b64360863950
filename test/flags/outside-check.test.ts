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
