import { describe, expect, it } from 'vitest';
import { ModuleResolver, parseJsonc } from '../../../src/flags/scanner/modules.js';
import { prefilter } from '../../../src/flags/scanner/prefilter.js';
import { KeyMapper, transformKey } from '../../../src/flags/scanner/transform.js';

describe('key transforms', () => {
  it('spell a key the way SDKs expose it', () => {
    expect(transformKey('new-checkout-v2', 'camelCase')).toBe('newCheckoutV2');
    expect(transformKey('new_checkout', 'PascalCase')).toBe('NewCheckout');
    expect(transformKey('newCheckout', 'snake_case')).toBe('new_checkout');
    expect(transformKey('new-checkout', 'UPPER_SNAKE')).toBe('NEW_CHECKOUT');
    expect(transformKey('NewCheckout', 'kebab-case')).toBe('new-checkout');
  });

  it("camelCase lower-cases every word, as LaunchDarkly's React SDK (lodash.camelcase) does", () => {
    expect(transformKey('SHOUTY_FLAG', 'camelCase')).toBe('shoutyFlag');
    expect(transformKey('new-checkout-API', 'camelCase')).toBe('newCheckoutApi');
    expect(transformKey('XMLParser-v2', 'camelCase')).toBe('xmlParserV2');
    expect(transformKey('iOS-banner', 'camelCase')).toBe('iOsBanner');
    expect(transformKey('already-camelCase', 'camelCase')).toBe('alreadyCamelCase');
    expect(transformKey('SHOUTY_FLAG', 'PascalCase')).toBe('ShoutyFlag');
    // useFlags().shoutyFlag reads the declared SHOUTY_FLAG: neither orphaned nor undeclared.
    expect(new KeyMapper(['SHOUTY_FLAG']).toKey('shoutyFlag', 'camelCase')).toBe('SHOUTY_FLAG');
  });

  it('map a property back to the declared key that produces it, else guess kebab-case', () => {
    const m = new KeyMapper(['new_checkout', 'dark-mode']);
    expect(m.toKey('newCheckout', 'camelCase')).toBe('new_checkout');
    expect(m.toKey('darkMode', 'camelCase')).toBe('dark-mode');
    expect(m.toKey('searchV2', 'camelCase')).toBe('search-v2');
    expect(m.toKey('dark-mode', 'camelCase')).toBe('dark-mode');
    expect(m.toKey('asIs', 'none')).toBe('asIs');
  });
});

describe('module resolution', () => {
  const files = new Set([
    'src/a.ts',
    'src/lib/index.tsx',
    'src/util.mts',
    'web/src/x.ts',
    'web/tsconfig.json',
    'packages/ui/src/index.ts',
    'packages/ui/src/button.ts',
  ]);
  const configs = new Map([
    ['web/tsconfig.json', '{ "compilerOptions": { "baseUrl": "src" } }'],
    ['packages/ui/package.json', '{ "name": "@acme/ui", "types": "dist/index.d.ts" }'],
  ]);
  const r = new ModuleResolver(files, configs);

  it('resolves relative specifiers with extension swaps, added extensions and index files', () => {
    expect(r.resolve('src/b.ts', './a.js')).toBe('src/a.ts');
    expect(r.resolve('src/b.ts', './a')).toBe('src/a.ts');
    expect(r.resolve('src/b.ts', './lib')).toBe('src/lib/index.tsx');
    expect(r.resolve('src/b.ts', './util.mjs')).toBe('src/util.mts');
    expect(r.resolve('src/deep/b.ts', '../a')).toBe('src/a.ts');
    expect(r.resolve('src/b.ts', '../../outside')).toBeUndefined();
  });

  it('uses baseUrl of the nearest tsconfig and workspace package names (dist → src)', () => {
    expect(r.resolve('web/src/page.ts', 'x')).toBe('web/src/x.ts');
    expect(r.resolve('src/b.ts', 'x')).toBeUndefined();
    expect(r.resolve('src/b.ts', '@acme/ui')).toBe('packages/ui/src/index.ts');
    expect(r.resolve('src/b.ts', '@acme/ui/button')).toBe('packages/ui/src/button.ts');
    expect(r.resolve('src/b.ts', 'react')).toBeUndefined();
  });

  it('reads tsconfig JSON with comments and trailing commas', () => {
    expect(parseJsonc('{ // c\n "a": "http://x", /* b */ "b": [1,], }')).toEqual({
      a: 'http://x',
      b: [1],
    });
  });
});

describe('prefilter', () => {
  it('passes files that mention a needle or the hint marker, and nothing else', () => {
    const test = prefilter(['isEnabled', 'useFlags']);
    expect(test("if (client.isEnabled('x'))")).toBe(true);
    expect(test('// ops-steward-flags: a')).toBe(true);
    expect(test('const x = map.get("y");')).toBe(false);
  });
});
