// The shop's flag client and the names it knows. Most code goes through flagOn(); older code
// still calls the Unleash client directly.
import { OpenFeature } from '@openfeature/server-sdk';

export const PAYMENTS_KILL_SWITCH = 'payments-kill-switch';

export enum SearchFlag {
  TypoTolerance = 'search-typo-tolerance',
}

export const CheckoutFlags = {
  NewCheckout: 'new-checkout',
  ExpressPay: 'checkout-express-pay',
} as const;

export type CheckoutFlag = (typeof CheckoutFlags)[keyof typeof CheckoutFlags];

const client = OpenFeature.getClient('acme-shop');

/** Our wrapper: every call site that passes a key here reads a flag. */
export async function flagOn(key: string): Promise<boolean> {
  return client.getBooleanValue(key, false);
}

/** A typed convenience over flagOn, for checkout code. */
export async function checkoutFlag(flag: CheckoutFlag): Promise<boolean> {
  return flagOn(flag);
}

export * from './unleash.js';
