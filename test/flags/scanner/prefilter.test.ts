import { describe, expect, it } from 'vitest';
import { prefilter } from '../../../src/flags/scanner/prefilter.js';
import type { ScanStats } from '../../../src/flags/scanner/index.js';
import { brief, scan } from './helpers.js';

describe('prefilter: a name counts only where it can start a read', () => {
  it('as a whole identifier, not inside a longer one', () => {
    const test = prefilter({ names: ['useFeature', 'isEnabled'] });
    expect(test("const featured = useFeaturedCustomer('acme');")).toBe(false);
    expect(test('const enabledAt = user.isEnabledAt;')).toBe(false);
    expect(test('const $isEnabled = 1; const isEnabled_ = 2;')).toBe(false);
    expect(test("const on = useFeature('dark-mode');")).toBe(true);
    expect(test("import { useFeature as feature } from '@growthbook/growthbook-react';")).toBe(
      true,
    );
    expect(test("client['isEnabled']('x')")).toBe(true);
  });

  it('a name that is only ever a call needs an argument: `isEnabled()` reads no flag', () => {
    const test = prefilter({ names: [], callsWithArguments: ['isEnabled'] });
    const decoy = [
      'export class Toggle {',
      '  private on = false;',
      '  isEnabled(): boolean {',
      '    return this.on;',
      '  }',
      '  render() { return this.isEnabled() ? 1 : 0; }',
      '}',
    ].join('\n');
    expect(test(decoy)).toBe(false);
    expect(test("unleash.isEnabled('new-checkout')")).toBe(true);
    expect(test('unleash.isEnabled(FLAGS.newCheckout)')).toBe(true);
    expect(test("unleash.isEnabled<boolean>('x')")).toBe(true);
    expect(test("unleash.isEnabled?.('x')")).toBe(true);
    expect(test('unleash.isEnabled(\n  key,\n)')).toBe(true);
    // Not called here: passed on or aliased, so the call happens under another name.
    expect(test('const check = unleash.isEnabled;')).toBe(true);
    expect(test('const { isEnabled } = unleash;')).toBe(true);
  });

  it('a name that is also a member root keeps its zero-argument calls (`useFlags().x`)', () => {
    const test = prefilter({ names: ['useFlags'], callsWithArguments: [] });
    expect(test('const on = useFlags().darkMode;')).toBe(true);
  });

  it('the hint marker counts anywhere, and names with other characters as plain text', () => {
    const test = prefilter({ names: ['flags-client'] });
    expect(test('// ops-steward-flags: a, b')).toBe(true);
    expect(test("import x from 'my-flags-client-v2';")).toBe(true);
    expect(test('nothing here')).toBe(false);
  });
});

describe('the sharper prefilter parses fewer files and finds the same reads', () => {
  const files: Record<string, string> = {
    'src/toggle.ts': [
      'export class Toggle {',
      '  private on = false;',
      '  isEnabled(): boolean {',
      '    return this.on;',
      '  }',
      '}',
      '',
      'export function label(t: Toggle): string {',
      "  return t.isEnabled() ? 'on' : 'off';",
      '}',
    ].join('\n'),
    'src/customers.ts': [
      "import { useFeaturedCustomer } from './featured';",
      '',
      'export function CustomerCard() {',
      "  const c = useFeaturedCustomer('acme');",
      '  return c.name;',
      '}',
    ].join('\n'),
    'src/checkout.ts': [
      "import { unleash } from './unleash';",
      "import { useFeature as feature } from '@growthbook/growthbook-react';",
      '',
      'export function Checkout() {',
      "  const fast = unleash.isEnabled<boolean>('fast-checkout');",
      "  const dark = feature('dark-mode').on;",
      '  return fast && dark;',
      '}',
    ].join('\n'),
  };

  it('the decoys are not parsed; every read is still found', async () => {
    let stats: ScanStats | undefined;
    const result = await scan(files, {
      declaredKeys: ['fast-checkout', 'dark-mode'],
      onStats: (s) => (stats = s),
    });
    expect(brief(result.references)).toEqual([
      'fast-checkout literal isEnabled @src/checkout.ts:5:43',
      'dark-mode literal useFeature @src/checkout.ts:6:24',
    ]);
    expect(stats?.prefiltered).toBe(1);
  });
});
