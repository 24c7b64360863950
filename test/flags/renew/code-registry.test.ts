import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../src/config/defaults.js';
import type { FlagsConfig } from '../../../src/flags/config.js';
import { analyzePullRequestFlags } from '../../../src/flags/pr/check.js';
import { renewInCodeRegistryText } from '../../../src/flags/renew/edit-code.js';
import { planRenewalAcross } from '../../../src/flags/renew/plan.js';
import { parseRegistryEntry } from '../../../src/flags/registry-sources.js';
import type { RegistrySource } from '../../../src/flags/registry-sources.js';
import { diffFromPullFiles } from '../../../src/repo/diff.js';
import { memoryRepo } from '../../../src/repo/memory.js';

/** Renewing a flag declared in code: the JSDoc `@expires` moves, or its YAML entry when the metadata is there. */

const NOW = new Date('2026-11-25T12:00:00Z');

const KEYS = [
  "import { registerFlags } from '../platform/flags';",
  '',
  '/** Every storefront flag. Renew with `/ops-steward renew KEY` on its issue. */',
  'export enum WebFlag {',
  '  /** @owner @alice @created 2026-11-01 @expires 2026-12-01 @type release */',
  "  NewCheckout = 'new-checkout',",
  '',
  '  /**',
  '   * Keeps the cart visible while scrolling.',
  '   * @owner @acme/web',
  '   * @created 2026-10-20',
  '   * @expires 2026-11-19',
  '   * @renewedFrom 2026-11-01',
  '   * @type experiment',
  '   */',
  "  StickyCart = 'sticky-cart',",
  '}',
  '',
  'registerFlags(Object.values(WebFlag));',
  '',
].join('\n');
const ENUM = code('src/flags/keys.ts#WebFlag');

function code(entry: string): Extract<RegistrySource, { kind: 'code' }> {
  const source = parseRegistryEntry(entry);
  if (source.kind !== 'code') throw new Error(`${entry} is not a code registry`);
  return source;
}

function configWith(...entries: string[]): FlagsConfig {
  const c = defaultConfig().flags;
  c.registry = entries.length === 1 ? entries[0]! : entries;
  return c;
}

/** The lines that differ between two texts of the same length in lines. */
function changedLines(a: string, b: string): string[] {
  const x = a.split('\n');
  const y = b.split('\n');
  expect(y).toHaveLength(x.length);
  return y.filter((line, i) => line !== x[i]);
}

describe('renewInCodeRegistryText', () => {
  it('moves @expires and adds @renewedFrom on the same line, touching nothing else', () => {
    const out = renewInCodeRegistryText(KEYS, ENUM, 'new-checkout', {
      expires: '2026-12-31',
      renewedFrom: '2026-12-01',
    });
    if (!out.ok) throw new Error(out.message);
    expect(changedLines(KEYS, out.text)).toEqual([
      '  /** @owner @alice @created 2026-11-01 @expires 2026-12-31 @renewedFrom 2026-12-01 @type release */',
    ]);
  });

  it('replaces an earlier @renewedFrom in a multi-line JSDoc instead of adding a second one', () => {
    const out = renewInCodeRegistryText(KEYS, ENUM, 'sticky-cart', {
      expires: '2026-12-19',
      renewedFrom: '2026-11-19',
    });
    if (!out.ok) throw new Error(out.message);
    expect(changedLines(KEYS, out.text)).toEqual([
      '   * @expires 2026-12-19',
      '   * @renewedFrom 2026-11-19',
    ]);
  });

  it('keeps CRLF line endings', () => {
    const crlf = KEYS.replace(/\n/g, '\r\n');
    const out = renewInCodeRegistryText(crlf, ENUM, 'new-checkout', {
      expires: '2026-12-31',
      renewedFrom: '2026-12-01',
    });
    expect(out.ok && out.text.split('\r\n')).toHaveLength(crlf.split('\r\n').length);
    expect(out.ok && /[^\r]\n/.test(out.text)).toBe(false);
  });

  it('refuses a member without @expires and one with two of them, rather than guess', () => {
    const none = KEYS.replace(' @expires 2026-12-01', '');
    expect(
      renewInCodeRegistryText(none, ENUM, 'new-checkout', {
        expires: '2026-12-31',
        renewedFrom: '2026-12-01',
      }),
    ).toEqual({
      ok: false,
      message:
        'flag "new-checkout" has no `@expires` date in the JSDoc of its member in src/flags/keys.ts',
    });
    const two = KEYS.replace('@type release', '@type release @expires 2027-01-01');
    expect(
      renewInCodeRegistryText(two, ENUM, 'new-checkout', {
        expires: '2026-12-31',
        renewedFrom: '2026-12-01',
      }),
    ).toEqual({
      ok: false,
      message:
        'flag "new-checkout" has 2 `@expires` tags in its JSDoc (src/flags/keys.ts:5:41, src/flags/keys.ts:5:75): keep one, then renew',
    });
  });
});

/** The enum of KEYS (or a variant of it) as the only registry. */
const planKeys = (key: string, keys = KEYS, ...more: string[]) =>
  planRenewalAcross({
    registries: new Map([['src/flags/keys.ts', keys]]),
    key,
    days: null,
    config: configWith('src/flags/keys.ts#WebFlag', ...more),
    now: NOW,
  });

describe('planRenewalAcross', () => {
  it('an enum member with JSDoc: the TypeScript file is edited, and the change passes its own pull request check', async () => {
    const config = configWith('src/flags/keys.ts#WebFlag');
    const plan = await planKeys('new-checkout');
    expect(plan).toMatchObject({
      ok: true,
      path: 'src/flags/keys.ts',
      written: 'jsdoc',
      previousExpires: '2026-12-01',
      expires: '2026-12-31',
      days: 30,
    });
    if (!plan.ok) return;
    const { findings } = await analyzePullRequestFlags({
      baseFiles: memoryRepo({ 'src/flags/keys.ts': KEYS }),
      headFiles: memoryRepo({ 'src/flags/keys.ts': plan.text }),
      diff: diffFromPullFiles([
        {
          filename: 'src/flags/keys.ts',
          status: 'modified',
          patch: `@@ -5,1 +5,1 @@\n-${KEYS.split('\n')[4]!}\n+${plan.text.split('\n')[4]!}`,
        },
      ]),
      config,
      now: NOW,
    });
    expect(findings).toEqual([]);
  });

  it('a `satisfies` object whose metadata lives in flags.yml: the YAML entry is edited, not the code', async () => {
    const flagsTs = [
      "import type { FlagDefinition } from './types';",
      '',
      'export const FLAGS = {',
      "  enable_ai: { description: 'AI summaries', defaultValue: false },",
      '} satisfies Record<string, FlagDefinition>;',
      '',
    ].join('\n');
    const yml = [
      'flags:',
      '  enable_ai:',
      '    owner: "@alice"',
      '    created: 2026-11-01',
      '    expires: 2026-12-01 # ask @alice before renewing',
      '    type: release',
      '',
    ].join('\n');
    const plan = await planRenewalAcross({
      registries: new Map([
        ['src/config/flags.ts', flagsTs],
        ['flags.yml', yml],
      ]),
      key: 'enable_ai',
      days: 14,
      config: configWith('src/config/flags.ts#FLAGS', 'flags.yml'),
      now: NOW,
    });
    expect(plan).toMatchObject({ ok: true, path: 'flags.yml', written: 'yaml' });
    expect(plan.ok && plan.text).toBe(
      yml.replace(
        '    expires: 2026-12-01 # ask @alice before renewing\n',
        '    expires: 2026-12-15 # ask @alice before renewing\n    renewedFrom: 2026-12-01\n',
      ),
    );
  });

  it('a union type alias with its metadata in flags.yml: the YAML entry is edited', async () => {
    const union = "export type FlagKey = 'search-v2' | 'new-nav';\n";
    const yml = [
      'flags:',
      '  new-nav: { owner: "@bob", created: 2026-11-10, expires: 2026-12-10, type: experiment }',
      '',
    ].join('\n');
    const plan = await planRenewalAcross({
      registries: new Map([
        ['src/flags.ts', union],
        ['flags.yml', yml],
      ]),
      key: 'new-nav',
      days: null,
      config: configWith('src/flags.ts#FlagKey', 'flags.yml'),
      now: NOW,
    });
    expect(plan).toMatchObject({ ok: true, path: 'flags.yml', expires: '2027-01-09' });
    expect(plan.ok && plan.text).toBe(
      yml.replace('expires: 2026-12-10', 'expires: 2027-01-09, renewedFrom: 2026-12-10'),
    );
  });

  it('a flag declared only in code with no @expires says where the date is missing', async () => {
    const plan = await planKeys('new-checkout', KEYS.replace(' @expires 2026-12-01', ''));
    expect(plan).toMatchObject({
      ok: false,
      reason: 'no-expires',
      message:
        '`new-checkout` has no valid JSDoc `@expires` date in `src/flags/keys.ts` (line 6), so there is nothing to move. Fix its entry in a pull request; the registry check says what is wrong.',
    });
  });

  it('answers an unknown key with the likely one, naming the registries it looked in', async () => {
    const plan = await planKeys('new-chekout', KEYS, 'flags.yml');
    expect(plan).toMatchObject({
      ok: false,
      reason: 'unknown-flag',
      message:
        'There is no flag `new-chekout` in `src/flags/keys.ts#WebFlag` on the default branch, so there is nothing to renew. Did you mean `new-checkout`? Use the key exactly as it is written in the registry.',
    });
  });

  it('a declaration that cannot be read is the registry error, with its position', async () => {
    const plan = await planKeys('new-checkout', KEYS.replace('enum WebFlag', 'enum StoreFlag'));
    expect(plan).toMatchObject({
      ok: false,
      reason: 'registry-invalid',
      message: expect.stringMatching(
        /^I could not read `src\/flags\/keys\.ts#WebFlag` on the default branch \(line 1, column 1\): src\/flags\/keys\.ts declares no `WebFlag`/,
      ),
    });
  });
});
