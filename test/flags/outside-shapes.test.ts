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
