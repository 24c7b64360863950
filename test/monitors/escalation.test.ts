import { describe, expect, it } from 'vitest';
import { runbookEscalation } from '../../src/monitors/escalation.js';

const POLICIES = new Set(['checkout-escalation', 'payments-escalation', 'sre-escalation']);

describe('runbookEscalation', () => {
  it('reads the teams and policies of the escalation section, down to the next heading of its level', () => {
    const md = [
      '---',
      'escalation: "@acme/ignored-front-matter"',
      '---',
      '# Checkout errors',
      '## Diagnosis',
      'Ask @acme/web if the storefront is red.',
      '## When to escalate',
      '1. Checkout on-call — policy `checkout-escalation`.',
      '2. If payments are involved after 15 minutes: @acme/payments.',
      '### Out of hours',
      'The SRE on call (sre-escalation) decides.',
      '## Related incidents',
      'Paged @acme/search once.',
    ].join('\n');
    expect(runbookEscalation(md, POLICIES)).toEqual({
      teams: ['@acme/payments'],
      policies: ['checkout-escalation', 'sre-escalation'],
    });
  });

  it('is undefined for a runbook without an escalation section', () => {
    expect(runbookEscalation('# X\n## Mitigation\nRoll back.\n', POLICIES)).toBeUndefined();
  });

  it('does not take a word that only contains a policy name for it', () => {
    expect(
      runbookEscalation('## Escalation\nold-checkout-escalation-v1 is gone\n', POLICIES),
    ).toEqual({ teams: [], policies: [] });
  });
});
