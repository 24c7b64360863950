import { PAYMENTS_KILL_SWITCH, unleash } from '../flags/index.js';

export class PaymentsDisabledError extends Error {}

export async function charge(amountCents: number, token: string): Promise<string> {
  if (unleash.isEnabled(PAYMENTS_KILL_SWITCH)) {
    throw new PaymentsDisabledError('Card payments are paused; please try again shortly.');
  }
  const response = await fetch('https://payments.example.com/charge', {
    method: 'POST',
    body: JSON.stringify({ amountCents, token }),
  });
  if (!response.ok) throw new Error(`charge failed: ${response.status}`);
  return ((await response.json()) as { id: string }).id;
}
