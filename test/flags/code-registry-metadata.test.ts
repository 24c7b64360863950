import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings.js';
import { entryErrors } from '../../src/flags/invalid.js';
import { registryAt, runFlags } from './support.js';

/** `line:column` (1-based) of the first occurrence of `needle` in `text` after `after`. */
function where(text: string, needle: string, after = ''): string {
  const from = after ? text.indexOf(after) : 0;
  const offset = text.indexOf(needle, from);
  if (from < 0 || offset < 0) throw new Error(`fixture has no ${needle} after ${after}`);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `${line}:${offset - before.lastIndexOf('\n')}`;
}

const brief = (findings: readonly Finding[]): string[] =>
  findings
    .filter((f) => f.ruleId.startsWith('flags/registry-'))
    .map((f) => `${f.ruleId.slice('flags/registry-'.length)} ${f.file}:${f.line}:${f.column}`);

describe('JSDoc metadata of code-declared flags is checked like YAML metadata', () => {
  const keys = [
    "import type { FlagDefinition } from '@acme/flags-sdk';",
    '',
    '/** Every flag the checkout reads; owners remove or renew them. */',
    'export enum CheckoutFlag {',
    '  /** @owner @acme/payments @created 2026-11-01 @expires 2026-12-01 @type release */',
    "  OnePageCheckout = 'one-page-checkout',",
    '  /** @owner @acme/payments @created 2026-10-01 @expires 2026-12-20 @type release */',
    "  ApplePay = 'apple-pay',",
    '  /** @owner @acme/payments @created 2026-11-02 @type experiment */',
    "  SplitTender = 'split-tender',",
    '  /** @owner payments-team @created 2026-11-02 @expires 2026-12-01 @type relase */',
    "  Installments = 'installments',",
    '  /** @owner @acme/payments @created 2026-11-31 @expires 2026-12-01 @type release */',
    "  GiftCards = 'gift-cards',",
    '  /** @owner @acme/payments @created 2026-12-20 @expires 2027-01-10 @type release */',
    "  StoreCredit = 'store-credit',",
    '  /**',
    '   * Saved cards for returning customers.',
    '   * @owner @acme/payments @created 2026-09-01',
    '   * @expires 2027-01-02 @renewedFrom 2026-12-01 @type release',
    '   */',
    "  SavedCards = 'saved-cards',",
    '  /** @owner @acme/payments @created 2026-10-01 @expires 2026-10-25 @renewedFrom 2026-09-15 @type release */',
    "  Wallets = 'wallets',",
    '  /** @owner @acme/sre @type kill-switch @created 2026-01-10 @expires 2026-12-01 */',
    "  PaymentsReadOnly = 'payments-read-only',",
    '  /** @owner @acme/payments @expires 2026-12-01 */',
    "  Bnpl = 'bnpl',",
    '}',
    '',
    'export const CHECKOUT_FLAG_DEFAULTS: Record<CheckoutFlag, FlagDefinition> = {} as never;',
    '',
  ].join('\n');
  const files = {
    'src/checkout/flags.ts': keys,
    'src/checkout/Checkout.tsx': [
      "import { CheckoutFlag } from './flags';",
      "import { useFlag } from '@acme/flags-sdk';",
      '',
      'export function Checkout() {',
      '  const onePage = useFlag(CheckoutFlag.OnePageCheckout);',
      '  const wallets = [CheckoutFlag.ApplePay, CheckoutFlag.Wallets].map((f) => useFlag(f));',
      '  return onePage ? <OnePage wallets={wallets} /> : <Steps />;',
      '}',
      '',
    ].join('\n'),
  };
  const file = 'src/checkout/flags.ts';

  it('reports each problem at the tag or value it is about, with the rule ids of the YAML registry', async () => {
    const run = await runFlags(files, registryAt('src/checkout/flags.ts#CheckoutFlag'));
    expect(brief(run.findings)).toEqual([
      // 80 days after created, release flags may live 30.
      `lifetime ${file}:${where(keys, '2026-12-20')}`,
      // An experiment needs an expiry: at the member, where the tag goes.
      `missing-expires ${file}:${where(keys, 'SplitTender')}`,
      `bad-owner ${file}:${where(keys, 'payments-team')}`,
      `unknown-type ${file}:${where(keys, 'relase')}`,
      `bad-date ${file}:${where(keys, '2026-11-31')}`,
      // From the previous expiry 2026-12-01, one 30-day step is 2026-12-31.
      `lifetime ${file}:${where(keys, '2027-01-02')}`,
      `bad-renewal ${file}:${where(keys, '2026-09-15')}`,
      `permanent-expires ${file}:${where(keys, '2026-12-01', 'kill-switch')}`,
      `missing-created ${file}:${where(keys, 'Bnpl')}`,
      `missing-type ${file}:${where(keys, 'Bnpl')}`,
      // The clock's check: 2026-12-20 is after the run's day (2026-11-25).
      `future-created ${file}:${where(keys, '2026-12-20 @expires 2027-01-10')}`,
    ]);
    const byRule = (id: string): Finding | undefined =>
      run.findings.find((f) => f.ruleId === `flags/registry-${id}`);
    expect(byRule('lifetime')?.message).toContain('80 days after created 2026-10-01');
    expect(byRule('unknown-type')?.message).toContain('did you mean "release"?');
    expect(byRule('bad-owner')?.message).toContain('did you mean "@payments-team"?');
    expect(byRule('missing-expires')?.message).toContain('@expires');
    expect(
      run.findings.find(
        (f) => f.ruleId === 'flags/registry-lifetime' && f.message.includes('renewedFrom'),
      )?.message,
    ).toContain('32 days after the previous expiry 2026-12-01 (@renewedFrom)');
    // `flags status` shows an entry with an error as invalid: each finding belongs to its member.
    const invalid = entryErrors(run.analysis.registry.flags, run.analysis.registry.findings);
    expect(
      [...invalid].map(([k, list]) => `${k}: ${list.map((f) => f.ruleId.slice(15)).join(' ')}`),
    ).toEqual([
      'apple-pay: lifetime',
      'split-tender: missing-expires',
      'installments: bad-owner unknown-type',
      'gift-cards: bad-date',
      'saved-cards: lifetime',
      'wallets: bad-renewal',
      'bnpl: missing-created missing-type',
    ]);
  });

  it('a YAML entry that gives the metadata is checked once, as YAML, and the JSDoc of that member is not read', async () => {
    const run = await runFlags(
      {
        ...files,
        'flags.yml': [
          'flags:',
          '  apple-pay:',
          '    owner: "@acme/payments"',
          '    created: 2026-10-01',
          '    expires: 2026-12-20',
          '    type: release',
          '',
        ].join('\n'),
      },
      registryAt('flags.yml', 'src/checkout/flags.ts#CheckoutFlag'),
    );
    const lifetime = run.findings.filter((f) => f.ruleId === 'flags/registry-lifetime');
    expect(lifetime.map((f) => `${f.file}:${f.line}`)).toEqual([
      'flags.yml:5',
      `${file}:${where(keys, '2027-01-02').split(':')[0]}`,
    ]);
    // The member's own tags are not silently dropped: a notice at its first tag says which place counts.
    const ignored = run.findings.filter((f) => f.ruleId === 'flags/registry-metadata-ignored');
    expect(ignored.map((f) => `${f.file}:${f.line}:${f.column}`)).toEqual([
      `${file}:${where(keys, '@owner', "OnePageCheckout = 'one-page-checkout'")}`,
    ]);
    expect(ignored[0]?.message).toContain('flag "apple-pay"');
    expect(ignored[0]?.message).toContain('flags.yml (line 2)');
  });
});

describe('JSDoc on the members of a union', () => {
  it("reads the block before a member's leading `|` (prettier's layout) and the block after it", async () => {
    const flags = [
      '/** Every flag the storefront reads. */',
      'export type StorefrontFlag =',
      '  /** @owner @acme/web @created 2026-11-10 @expires 2026-12-09 @type release */',
      "  | 'quick-reorder'",
      '  /**',
      '   * Gift wrapping at checkout.',
      '   * @owner @acme/fulfilment @created 2026-11-12 @expires 2026-12-10 @type experiment',
      '   */',
      "  | 'gift-wrap'",
      "  | /** @owner @acme/search @created 2026-11-01 @expires 2027-02-01 @type release */ 'search-v2'",
      "  | 'wish-list';",
      '',
      'export function flagOn(key: StorefrontFlag): boolean {',
      '  return unleash.isEnabled(key);',
      '}',
      '',
    ].join('\n');
    const run = await runFlags(
      {
        'src/flags.ts': flags,
        'src/orders.ts': [
          "import { flagOn } from './flags';",
          '',
          "export const reorder = () => flagOn('quick-reorder');",
          "export const wrap = () => flagOn('gift-wrap');",
          "export const search = () => flagOn('search-v2');",
          '',
        ].join('\n'),
      },
      registryAt('src/flags.ts#StorefrontFlag'),
    );
    expect(run.status.map((s) => `${s.key} ${s.owners.join(',')} ${s.type}`)).toEqual([
      'quick-reorder @acme/web release',
      'gift-wrap @acme/fulfilment experiment',
      'search-v2 @acme/search release',
      'wish-list  null',
    ]);
    expect(brief(run.findings)).toEqual([
      `lifetime src/flags.ts:${where(flags, '2027-02-01')}`,
      `missing-owner src/flags.ts:${where(flags, "'wish-list'")}`,
      `missing-created src/flags.ts:${where(flags, "'wish-list'")}`,
      `missing-type src/flags.ts:${where(flags, "'wish-list'")}`,
    ]);
  });
});

describe('a mistyped JSDoc tag', () => {
  it('is a warning with the tag it resembles, and what follows it is not taken for owners', async () => {
    const flags = [
      'export enum SearchFlag {',
      '  /** @owner @acme/search @created 2026-11-10 @expiry 2026-12-01 @type release */',
      "  Typeahead = 'typeahead',",
      // Handles one or two letters from a tag are people: @owen is not @owner.
      '  /** @owner @owen @kyle @typ @created 2026-11-10 @expires 2026-12-01 @type release */',
      "  Spellcheck = 'spellcheck',",
      '}',
      '',
    ].join('\n');
    const run = await runFlags(
      {
        'src/search/flags.ts': flags,
        'src/search/Box.tsx': [
          "import { SearchFlag } from './flags';",
          'export const on = (f: { isOn(k: string): boolean }) => f.isOn(SearchFlag.Typeahead);',
          '',
        ].join('\n'),
      },
      registryAt('src/search/flags.ts#SearchFlag'),
    );
    expect(brief(run.findings)).toEqual([
      `unknown-key src/search/flags.ts:${where(flags, '@expiry')}`,
      `missing-expires src/search/flags.ts:${where(flags, 'Typeahead')}`,
      `unknown-key src/search/flags.ts:${where(flags, '@typ ')}`,
    ]);
    expect(run.findings[0]?.message).toContain('did you mean @expires?');
    expect(run.status.map((s) => s.owners)).toEqual([['@acme/search'], ['@owen', '@kyle']]);
  });
});

describe('a JSDoc tag given twice', () => {
  it('is an error at the second one, which is not read (as a YAML key given twice)', async () => {
    const flags = [
      'export enum SearchFlag {',
      '  /**',
      '   * @owner @acme/search @owner @dana',
      '   * @created 2026-11-10 @expires 2026-12-01 @type release',
      '   * @expires 2027-06-01',
      '   */',
      "  Typeahead = 'typeahead',",
      '}',
      '',
    ].join('\n');
    const run = await runFlags(
      {
        'src/search/flags.ts': flags,
        'src/search/Box.tsx':
          "import { SearchFlag } from './flags';\nexport const on = (f: { isOn(k: string): boolean }) => f.isOn(SearchFlag.Typeahead);\n",
      },
      registryAt('src/search/flags.ts#SearchFlag'),
    );
    // Several owners may be listed, in one tag or more; a second date is ambiguous.
    expect(brief(run.findings)).toEqual([
      `duplicate-key src/search/flags.ts:${where(flags, '@expires', '2026-12-01')}`,
    ]);
    expect(run.status[0]).toMatchObject({
      owners: ['@acme/search', '@dana'],
      expires: '2026-12-01',
    });
  });
});

describe('an undeclared read names the registry the team keeps in code', () => {
  it('points at the code registry, not at a flags.yml the repository does not have', async () => {
    const run = await runFlags(
      {
        'src/flags.ts': [
          'export enum Flag {',
          '  /** @owner @acme/web @created 2026-11-20 @expires 2026-12-15 @type release */',
          "  NewNav = 'new-nav',",
          '}',
        ].join('\n'),
        'src/nav.ts': [
          "import { Flag } from './flags';",
          "import { isEnabled } from '@acme/flags';",
          'export const nav = isEnabled(Flag.NewNav);',
          "export const footer = isEnabled('new-footer');",
        ].join('\n'),
      },
      (c) => {
        c.flags.registry = 'src/flags.ts#Flag';
      },
    );
    const undeclared = run.findings.filter((f) => f.ruleId === 'flags/undeclared');
    expect(undeclared.map((f) => `${f.file}:${f.line}:${f.column}`)).toEqual(['src/nav.ts:4:33']);
    expect(undeclared[0]?.message).toContain('not declared in src/flags.ts#Flag');
    expect(undeclared[0]?.message).not.toContain('flags.yml');
  });
});
