import { describe, expect, it } from 'vitest';
import type { Config } from '../../src/config/types.js';
import { runFlags } from './support.js';

const registryAt =
  (...entries: string[]) =>
  (c: Config): void => {
    c.flags.registry = entries.length === 1 ? (entries[0] as string) : entries;
  };

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
  });
});
