import { describe, expect, it } from 'vitest';
import { brief, scan } from './helpers.js';

describe('literal', () => {
  it('reads a string literal and a plain template string at the argument position', async () => {
    const r = await scan({
      'src/a.ts':
        "if (unleash.isEnabled('new-checkout')) {}\nconst v = client.variation(`dark-mode`, ctx, false);\n",
    });
    expect(brief(r.references)).toEqual([
      'new-checkout literal isEnabled @src/a.ts:1:23',
      'dark-mode literal variation @src/a.ts:2:28',
    ]);
    expect(r.unresolved).toEqual([]);
  });
});

describe('constant', () => {
  it('follows a const in the same file, also one declared inside the function', async () => {
    const r = await scan({
      'src/a.ts': [
        "const NEW_CHECKOUT = 'new-checkout';",
        'export function f() {',
        "  const local = 'local-flag';",
        '  return isEnabled(NEW_CHECKOUT) && isEnabled(local);',
        '}',
      ].join('\n'),
    });
    expect(brief(r.references)).toEqual([
      'new-checkout constant isEnabled @src/a.ts:4:20',
      'local-flag constant isEnabled @src/a.ts:4:47',
    ]);
  });

  it('follows an imported const, with the NodeNext `.js` specifier written for a .ts file', async () => {
    const r = await scan({
      'src/flags.ts': "export const NEW_CHECKOUT = 'new-checkout';\n",
      'src/a.ts': "import { NEW_CHECKOUT as KEY } from './flags.js';\nisEnabled(KEY);\n",
    });
    expect(brief(r.references)).toEqual(['new-checkout constant isEnabled @src/a.ts:2:11']);
  });

  it('follows a re-export through an index barrel (`export { … } from`)', async () => {
    const r = await scan({
      'src/flags/keys.ts': "export const BETA = 'beta-banner';\n",
      'src/flags/index.ts': "export { BETA as BETA_BANNER } from './keys';\n",
      'src/a.ts': "import { BETA_BANNER } from './flags';\nisEnabled(BETA_BANNER);\n",
    });
    expect(brief(r.references)).toEqual(['beta-banner constant isEnabled @src/a.ts:2:11']);
  });

  it('follows `export * from` chains and namespace imports', async () => {
    const r = await scan({
      'src/flags/keys.ts': "export const BETA = 'beta-banner';\n",
      'src/flags/more.ts': "export * from './keys';\n",
      'src/flags/index.ts': "export * from './more';\nexport const OTHER = 'other';\n",
      'src/a.ts':
        "import * as F from './flags/index';\nimport { BETA } from './flags';\nisEnabled(F.BETA);\nisEnabled(BETA);\n",
    });
    expect(brief(r.references)).toEqual([
      'beta-banner constant isEnabled @src/a.ts:3:11',
      'beta-banner constant isEnabled @src/a.ts:4:11',
    ]);
  });

  it('follows a barrel that imports default exports and re-exports them as `export { x }`', async () => {
    const r = await scan({
      'src/flags/checkout.ts':
        "const CHECKOUT_FLAG = 'new-checkout';\nexport default CHECKOUT_FLAG;\n",
      'src/flags/search.ts': "export default { typoTolerance: 'search-typo' } as const;\n",
      'src/flags/index.ts': [
        "import checkoutFlag from './checkout';",
        "import searchFlags from './search';",
        '',
        'export { checkoutFlag, searchFlags };',
        '',
      ].join('\n'),
      'src/app.ts': [
        "import { checkoutFlag, searchFlags } from './flags';",
        'unleash.isEnabled(checkoutFlag);',
        'unleash.isEnabled(searchFlags.typoTolerance);',
        '',
      ].join('\n'),
    });
    expect(brief(r.references)).toEqual([
      'new-checkout constant isEnabled @src/app.ts:2:19',
      'search-typo object isEnabled @src/app.ts:3:19',
    ]);
    expect(r.unresolved).toEqual([]);
  });

  it('follows CommonJS require/module.exports constants', async () => {
    const r = await scan({
      'lib/flags.js': "module.exports = { NEW_CHECKOUT: 'new-checkout' };\n",
      'lib/a.js': "const { NEW_CHECKOUT } = require('./flags');\nclient.isEnabled(NEW_CHECKOUT);\n",
    });
    expect(brief(r.references)).toEqual(['new-checkout constant isEnabled @lib/a.js:2:18']);
  });
});

describe('enum and object', () => {
  it('resolves string enum members, local and imported', async () => {
    const r = await scan({
      'src/enums.ts': "export enum Flag { NewCheckout = 'new-checkout', Dark = 'dark-mode' }\n",
      'src/a.ts':
        "import { Flag } from './enums';\nenum Local { X = 'local-x' }\nisEnabled(Flag.NewCheckout);\nisEnabled(Local.X);\n",
    });
    expect(brief(r.references)).toEqual([
      'new-checkout enum isEnabled @src/a.ts:3:11',
      'local-x enum isEnabled @src/a.ts:4:11',
    ]);
  });

  it('a numeric enum member is not a key: it is reported unresolved', async () => {
    const r = await scan({ 'src/a.ts': 'enum N { A = 1 }\nisEnabled(N.A);\n' });
    expect(r.references).toEqual([]);
    expect(r.unresolved).toEqual([
      { file: 'src/a.ts', line: 2, column: 11, accessor: 'isEnabled', expression: 'N.A' },
    ]);
  });

  it('resolves `as const` object properties by dot and by bracket, nested and imported', async () => {
    const r = await scan({
      'src/flags.ts': [
        'export const FLAGS = {',
        "  NewCheckout: 'new-checkout',",
        "  billing: { invoices: 'billing-invoices' },",
        '} as const;',
      ].join('\n'),
      'src/a.ts': [
        "import { FLAGS } from './flags';",
        "const LOCAL = Object.freeze({ 'x-key': 'frozen-x' });",
        'isEnabled(FLAGS.NewCheckout);',
        "isEnabled(FLAGS['NewCheckout']);",
        'isEnabled(FLAGS.billing.invoices);',
        "isEnabled(LOCAL['x-key']);",
      ].join('\n'),
    });
    expect(brief(r.references)).toEqual([
      'new-checkout object isEnabled @src/a.ts:3:11',
      'new-checkout object isEnabled @src/a.ts:4:11',
      'billing-invoices object isEnabled @src/a.ts:5:11',
      'frozen-x object isEnabled @src/a.ts:6:11',
    ]);
  });
});

describe('union', () => {
  it('a parameter typed as a literal union yields one reference per member', async () => {
    const r = await scan({
      'src/a.ts': "export function show(k: 'promo-a' | 'promo-b') {\n  return isEnabled(k);\n}\n",
    });
    expect(brief(r.references)).toEqual([
      'promo-a union isEnabled @src/a.ts:2:20',
      'promo-b union isEnabled @src/a.ts:2:20',
    ]);
    expect(r.unresolved).toEqual([]);
  });

  it('a variable typed with an imported alias (through a barrel) yields each member', async () => {
    const r = await scan({
      'src/types/flags.ts': "export type Flag = 'alpha' | Beta;\ntype Beta = 'beta';\n",
      'src/types/index.ts': "export type { Flag } from './flags';\n",
      'src/a.ts': "import type { Flag } from './types';\nconst k: Flag = pick();\nisEnabled(k);\n",
    });
    expect(brief(r.references)).toEqual([
      'alpha union isEnabled @src/a.ts:3:11',
      'beta union isEnabled @src/a.ts:3:11',
    ]);
  });

  it('understands keyof typeof, (typeof X)[keyof typeof X], enum types and const-array item types', async () => {
    const r = await scan({
      'src/flags.ts': [
        "export const FLAGS = { checkout: 'new-checkout', dark: 'dark-mode' } as const;",
        'export type FlagName = keyof typeof FLAGS;',
        'export type FlagKey = (typeof FLAGS)[keyof typeof FLAGS];',
        "export const ALL = ['x-one', 'x-two'] as const;",
        'export type Listed = (typeof ALL)[number];',
        "export enum E { A = 'enum-a' }",
      ].join('\n'),
      'src/a.ts': [
        "import { type FlagName, type FlagKey, type Listed, E } from './flags';",
        'export function a(n: FlagName) { return isEnabled(n); }',
        'export function b(k: FlagKey) { return isEnabled(k); }',
        'export function c(l: Listed) { return isEnabled(l); }',
        'export function d(e: E) { return isEnabled(e); }',
      ].join('\n'),
    });
    expect(r.references.map((x) => `${x.key} ${x.via} ${x.line}`)).toEqual([
      'checkout union 2',
      'dark union 2',
      'dark-mode union 3',
      'new-checkout union 3',
      'x-one union 4',
      'x-two union 4',
      'enum-a union 5',
    ]);
  });

  it('falls back to the type checker for types the syntax cannot reduce', async () => {
    const r = await scan({
      'src/types.ts': "export type All = 'keep-a' | 'keep-b' | 'legacy';\n",
      'src/a.ts':
        "import type { All } from './types';\nexport function f(k: Exclude<All, 'legacy'>) { return isEnabled(k); }\n",
    });
    expect(brief(r.references)).toEqual([
      'keep-a union isEnabled @src/a.ts:2:65',
      'keep-b union isEnabled @src/a.ts:2:65',
    ]);
  });

  it('a destructured prop or a property of a typed parameter yields each member of its union', async () => {
    const r = await scan({
      'src/types.ts': "export type Variant = 'pricing-a' | 'pricing-b';\n",
      'src/a.tsx': [
        "import type { Variant } from './types';",
        'interface Props { variant: Variant; other?: string }',
        'export function A({ variant }: Props) { return useFlag(variant); }',
        "export function B({ v: w }: { v: 'inline-a' | 'inline-b' }) { return useFlag(w); }",
        'export function C(props: Props) { return useFlag(props.variant); }',
        'export function D({ other }: Props) { return useFlag(other); }',
      ].join('\n'),
    });
    expect(r.references.map((x) => `${x.key} ${x.via} ${x.line}:${x.column}`)).toEqual([
      'pricing-a union 3:56',
      'pricing-b union 3:56',
      'inline-a union 4:78',
      'inline-b union 4:78',
      'pricing-a union 5:50',
      'pricing-b union 5:50',
    ]);
    // A prop typed `string` is still truly dynamic.
    expect(r.unresolved.map((u) => `${u.line} ${u.expression}`)).toEqual(['6 other']);
  });

  it('a parameter typed `string` in an anonymous callback stays unresolved', async () => {
    const r = await scan({ 'src/a.ts': 'names.forEach((n: string) => isEnabled(n));\n' });
    expect(r.references).toEqual([]);
    expect(r.unresolved).toEqual([
      { file: 'src/a.ts', line: 1, column: 40, accessor: 'isEnabled', expression: 'n' },
    ]);
  });
});

describe('template and concat', () => {
  it('a template with unknown parts becomes a glob pattern', async () => {
    const r = await scan({
      'src/a.ts': 'isEnabled(`checkout-${variant}`);\nisEnabled(`${area}-beta-${n}`);\n',
    });
    expect(brief(r.references)).toEqual([
      'checkout-* template isEnabled @src/a.ts:1:11',
      '*-beta-* template isEnabled @src/a.ts:2:11',
    ]);
    expect(r.references[0]).toMatchObject({ key: null, pattern: 'checkout-*' });
  });

  it('`+` concatenation with unknown parts becomes a pattern; known parts fold into a key', async () => {
    const r = await scan({
      'src/a.ts':
        "const PREFIX = 'billing-';\nisEnabled(PREFIX + region);\nisEnabled(PREFIX + 'eu');\n",
    });
    expect(brief(r.references)).toEqual([
      'billing-* concat isEnabled @src/a.ts:2:11',
      'billing-eu concat isEnabled @src/a.ts:3:11',
    ]);
  });

  it('a template of a union-typed part expands to each key', async () => {
    const r = await scan({
      'src/a.ts': "export function f(v: 'a' | 'b') { return isEnabled(`exp-${v}`); }\n",
    });
    expect(r.references.map((x) => x.key)).toEqual(['exp-a', 'exp-b']);
  });

  it('a template that is only unknown is unresolved, not a `*` pattern', async () => {
    const r = await scan({ 'src/a.ts': 'isEnabled(`${name}`);\nisEnabled(prefix + name);\n' });
    expect(r.references).toEqual([]);
    expect(r.unresolved.map((u) => u.expression)).toEqual(['`${name}`', 'prefix + name']);
  });
});
