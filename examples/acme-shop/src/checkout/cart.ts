import { flags } from './flags-client.js';

export interface CartItem {
  sku: string;
  quantity: number;
  priceCents: number;
}

export class Cart {
  constructor(readonly items: CartItem[]) {}

  totalCents(): number {
    return this.items.reduce((sum, item) => sum + item.quantity * item.priceCents, 0);
  }

  optionalSteps(): string[] {
    const steps = ['gift-cards'];
    if (flags.enabled('new-checkout')) steps.push('express-pay');
    return steps;
  }
}
