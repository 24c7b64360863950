/** Documents written the way teams write them, against the built-in templates. */

export const GOOD_POSTMORTEM = `---
title: Checkout unavailable for 42 minutes
date: 2026-10-14
status: final
severity: SEV-2
authors: ["@alice", "@bob", "@acme/sre"]
---

# Checkout unavailable for 42 minutes

## Summary

From 14:05 to 14:47 UTC customers could not complete checkout: the payment step answered with an
error page. About 1,900 orders were not placed. No data was lost.

## Impact

Checkout conversion fell to zero for 42 minutes; support received 130 tickets.

## Timeline

- 2026-10-14 13:58 UTC: deploy of checkout v412 starts.
- 14:05: \`checkout-error-rate\` pages the checkout on-call (@bob).
- 14:12: @bob acknowledges and sees errors only on \`/api/checkout/pay\`.
- 14:30: rollback to v411 starts.
- 14:47: error rate back to normal; incident resolved.

## Contributing factors

A configuration key existed in staging but not in production, and nothing compared the two.

### 5 Whys

1. Why could customers not pay? The payment step threw on every request.
2. Why did it throw? v412 read a config key that did not exist in production.
3. Why did it not exist? The key was added to staging by hand and never to production.
4. Why was it added by hand? Config changes are not reviewed like code.
5. Why are they not reviewed? Config lives outside the repository.

## Resolution

Rolling back to v411 at 14:30 restored checkout by 14:47.

## Detection

The \`checkout-error-rate\` monitor paged 7 minutes after the deploy started.

## Action items

| Action | Owner | Tracking |
| --- | --- | --- |
| Move payment config into the repository | @bob | #482 |
| Fail the deploy when a config key is missing | @alice | [PAY-118](https://acme.atlassian.net/browse/PAY-118) |

## Lessons learned

The rollback was quick because the deploy tooling keeps the previous version warm.
`;

export const GOOD_RUNBOOK = `---
owner: "@acme/checkout"
last-reviewed: 2026-11-02
---

# Checkout error rate high

## Meaning

More than 2% of \`POST /api/checkout\` requests answered with 5xx for 5 minutes.

## Impact

Customers cannot pay; every minute costs about 45 orders.

## Diagnosis

1. Open [Checkout / Overview](https://grafana.acme.example/d/checkout) and look at "5xx by route".
2. If only \`/api/checkout/pay\` is red, the payment provider is failing: see [Mitigation](#mitigation).

## Mitigation

1. Roll back the last deploy: \`./scripts/rollback checkout\`.

## Escalation

After 15 minutes without progress, page the \`checkout-escalation\` policy; for payments, @acme/payments.
`;
