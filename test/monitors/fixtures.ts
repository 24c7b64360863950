import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { parseConfig } from '../../src/config/load.js';
import type { MonitorRow, MonitorsReport } from '../../src/monitors/analyze.js';
import { monitorsReport } from '../../src/monitors/module.js';
import { memoryRepo } from '../../src/repo/memory.js';
import { contextFor } from '../support/modules.js';

/** The monitor files under test/fixtures/monitors, as a repository would hold them. */
export const fixture = (name: string): string =>
  readFileSync(new URL(`../fixtures/monitors/${name}`, import.meta.url), 'utf8');

export const CODEOWNERS = `*                 @acme/platform
/src/checkout/    @acme/checkout
/src/payments/    @acme/payments
/src/search/      @acme/discovery
`;

export const ONCALL = `timezone: Europe/Berlin
schedules:
  checkout-primary:
    layers:
      - { start: 2026-11-02T09:00, shift: 1w, members: ["@alice", "@bob"] }
  payments-primary:
    layers:
      - { start: 2026-11-02T09:00, shift: 1w, members: ["@carol", "@dan"] }
  discovery-primary:
    layers:
      - { start: 2026-11-02T09:00, shift: 1w, members: ["@ivy", "@jack"] }
policies:
  checkout-escalation:
    levels:
      - notify: [{ schedule: checkout-primary }]
  payments-escalation:
    levels:
      - notify: [{ schedule: payments-primary }]
  discovery-escalation:
    levels:
      - notify: [{ schedule: discovery-primary }]
teams:
  "@acme/checkout": checkout-escalation
  "@acme/payments": payments-escalation
  "@acme/discovery": discovery-escalation
`;

/** A runbook of the built-in template, complete: it passes the docs checks. */
export function runbook(title: string, escalation: string): string {
  return `---
owner: "@acme/sre"
last-reviewed: 2026-11-02
---

# ${title}

## Meaning

The alert fires when ${title.toLowerCase()} for longer than its \`for\` duration.

## Impact

Customers see errors or slow pages while it fires; treat it as urgent.

## Diagnosis

1. Open [the service dashboard](https://grafana.acme.example/d/services) and look at "errors by route".
2. If only one route is red, a dependency of that route is failing: check its status page.

## Mitigation

1. Roll back the last deploy: \`./scripts/rollback\`.

## Escalation

${escalation}
`;
}

/**
 * `monitors list` rows of the rule file and the Datadog export fixtures at these paths, when the repository
 * has the checkout runbook (valid) and maps the checkout pager.
 */
export function checkoutRows(rulesFile: string, datadogFile: string): MonitorRow[] {
  const row = (
    file: string,
    line: number,
    name: string,
    rest: Partial<MonitorRow>,
  ): MonitorRow => ({
    file,
    line,
    name,
    source: file === rulesFile ? 'prometheus' : 'datadog',
    paging: false,
    handles: [],
    runbook: null,
    runbookStatus: null,
    ...rest,
  });
  const checkoutRunbook = {
    paging: true,
    runbook: 'docs/runbooks/checkout-error-rate.md',
    runbookStatus: 'ok',
  } as const;
  return [
    row(rulesFile, 6, 'CheckoutHighErrorRate', checkoutRunbook),
    row(rulesFile, 19, 'CheckoutPodsRestarting', {}),
    row(rulesFile, 26, 'CheckoutDown', { paging: true, runbookStatus: 'missing' }),
    row(datadogFile, 6, '[checkout] 5xx error rate is high', {
      ...checkoutRunbook,
      handles: ['@slack-checkout-alerts', '@pagerduty-Checkout'],
    }),
    row(datadogFile, 42, '[checkout] p99 latency above 1.5s', {
      paging: true,
      handles: ['@pagerduty-Checkout', '@slack-checkout-alerts'],
      runbookStatus: 'missing',
    }),
    row(datadogFile, 65, '[checkout] payment queue is backing up', {
      handles: ['@slack-checkout-alerts'],
    }),
  ];
}

/** The config of the realistic repository below. */
export const CONFIG = `monitors:
  runbookUrlPrefixes: ["https://github.com/acme/shop/blob/main/"]
  handles:
    "@pagerduty-checkout": checkout-escalation
    "@pagerduty-Payments": "@acme/payments"
`;

/**
 * A repository with monitors of every format, an on-call config and three runbooks: one valid, one whose
 * escalation names the wrong team, one failing the docs checks.
 */
export const REPO: Record<string, string> = {
  '.github/CODEOWNERS': CODEOWNERS,
  'oncall/schedules.yml': ONCALL,
  'monitors/datadog/checkout.json': fixture('datadog-api-export.json'),
  'monitors/payments.tf': fixture('monitors.tf'),
  'alerts/search.yaml': fixture('prometheusrule.yaml'),
  'deploy/checkout.rules.yml': fixture('alerts.rules.yml'),
  'docs/runbooks/checkout-error-rate.md': runbook(
    'Checkout error rate high',
    'After 15 minutes without progress, page the `checkout-escalation` policy.',
  ),
  // Names the wrong team: the monitor pages payments.
  'docs/runbooks/payments-provider.md': runbook(
    'Payment provider errors',
    'Escalate to @acme/discovery when the provider does not answer.',
  ),
  // Fails the docs checks: no Impact section, a placeholder left in Mitigation.
  'docs/runbooks/search-latency.md': runbook('Search latency high', 'Escalate to @acme/discovery.')
    .replace(/## Impact\n\n[^\n]*\n\n/, '')
    .replace('1. Roll back the last deploy: `./scripts/rollback`.', '1. {{ The first safe step }}'),
};

/** The monitors report of a repository of these files under this `.github/ops-steward.yml`. */
export async function reportOf(
  configYaml: string,
  files: Record<string, string>,
  now = new Date('2026-11-25T00:00:00Z'),
): Promise<MonitorsReport> {
  const loaded = parseConfig(configYaml, '.github/ops-steward.yml');
  expect(loaded.errors).toEqual([]);
  return monitorsReport(contextFor(memoryRepo(files), loaded.config, now));
}
