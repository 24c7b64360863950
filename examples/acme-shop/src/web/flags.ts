// Storefront flags are declared here, in code, with their owners and dates (flags.registry lists
// this enum next to flags.yml). Components read them through webFlag(), never by string.
import { useFlag } from '@unleash/proxy-client-react';

export enum WebFlag {
  /** @owner @acme/web @created 2026-11-05 @expires 2026-12-05 @type release */
  ProductQuickView = 'product-quick-view',
  /** @owner @frank @created 2026-11-08 @expires 2026-12-08 @type experiment */
  StickyCart = 'sticky-cart',
}

/** Typed on purpose: a misspelt flag is a compile error, not a silently dark feature. */
export function useWebFlag(flag: WebFlag): boolean {
  return useFlag(flag);
}
