import { CheckoutFlags, checkoutFlag, flagOn } from '@acme/flags';
import type { Cart } from './cart.js';

export async function renderCheckout(cart: Cart): Promise<string> {
  if (await checkoutFlag(CheckoutFlags.NewCheckout)) {
    return renderOnePage(cart);
  }
  return renderClassic(cart);
}

/**
 * Each optional step of checkout has its own flag, named after the step: checkout-express-pay,
 * checkout-gift-cards, … The step list comes from the cart at run time.
 */
export async function enabledSteps(cart: Cart): Promise<string[]> {
  const steps: string[] = [];
  for (const step of cart.optionalSteps()) {
    if (await flagOn(`checkout-${step}`)) steps.push(step);
  }
  return steps;
}

function renderOnePage(cart: Cart): string {
  return `<main class="one-page">${cart.items.length} items</main>`;
}

function renderClassic(cart: Cart): string {
  return `<main class="classic">${cart.items.length} items</main>`;
}
