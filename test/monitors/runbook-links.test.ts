import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings.js';
import { ONCALL, reportOf, runbook } from './fixtures.js';

/**
 * Runbook links as they end up in real monitors: deep links to a section, links copied from another
 * branch, a path whose case differs from the file's, links built from Datadog template variables.
 */

const CONFIG = `monitors:
  runbookUrlPrefixes: ["https://github.com/northwind/payments/blob/main/"]
  handles:
    "@pagerduty-Ledger": payments-escalation
`;

const LAG_RUNBOOK = runbook('Ledger consumer lag', 'Policy `payments-escalation`.').replace(
  '## Mitigation',
  '### Partition stuck\n\nSkip the poison message: `./scripts/ledger skip --partition N`.\n\n## Mitigation',
);

const REPO: Record<string, string> = {
  'oncall/schedules.yml': ONCALL,
  'runbooks/ledger-consumer-lag.md': LAG_RUNBOOK,
  'runbooks/card-auth.md': runbook('Card authorisation failures', 'Policy `payments-escalation`.'),
};

const report = (files: Record<string, string>) => reportOf(CONFIG, { ...REPO, ...files });

const where = (f: Finding): string => `${f.ruleId} ${f.file}:${f.line}:${f.column}`;
const problems = (findings: readonly Finding[]): Finding[] =>
  findings.filter((f) => f.severity !== 'notice');

/** A Prometheus rule file with one paging alert per runbook link. */
function rules(links: readonly string[]): string {
  return `groups:
  - name: ledger
    rules:
${links
  .map(
    (link, i) => `      - alert: LedgerAlert${i + 1}
        expr: up{job="ledger-${i + 1}"} == 0
        for: 5m
        labels:
          severity: critical
        annotations:
          runbook_url: ${link}
`,
  )
  .join('')}`;
}

describe('runbook links', () => {
  it('checks the #anchor of a runbook link against the headings of the runbook', async () => {
    const { rows, findings, coverage } = await report({
      'alerts/ledger.rules.yml': rules([
        'https://github.com/northwind/payments/blob/main/runbooks/ledger-consumer-lag.md#partition-stuck',
        'runbooks/ledger-consumer-lag.md#no-such-section',
        'https://github.com/northwind/payments/blob/main/runbooks/ledger-consumer-lag.md?plain=1#L12',
        'https://github.com/northwind/payments/blob/main/runbooks/ledger-consumer-lag.md#Partition-Stuck',
      ]),
    });
    expect(rows.map((r) => [r.name, r.runbook, r.runbookStatus])).toEqual([
      ['LedgerAlert1', 'runbooks/ledger-consumer-lag.md', 'ok'],
      ['LedgerAlert2', 'runbooks/ledger-consumer-lag.md', 'failing'],
      ['LedgerAlert3', 'runbooks/ledger-consumer-lag.md', 'ok'],
      ['LedgerAlert4', 'runbooks/ledger-consumer-lag.md', 'ok'],
    ]);
    expect(problems(findings).map(where)).toEqual([
      'monitors/runbook-anchor-not-found alerts/ledger.rules.yml:17:24',
    ]);
    expect(problems(findings)[0]!.message).toBe(
      'paging monitor "LedgerAlert2" links runbooks/ledger-consumer-lag.md#no-such-section, but the runbook has no heading #no-such-section (it has #ledger-consumer-lag, #meaning, #impact, #diagnosis, #partition-stuck, #mitigation, #escalation)',
    );
    expect(coverage).toMatchObject({ paging: 4, valid: 3 });
  });

  it('says when a runbook path differs from a file of the repository only in case', async () => {
    const { findings } = await report({
      'alerts/card.rules.yml': rules(['runbooks/Card-Auth.md']),
    });
    expect(problems(findings).map((f) => `${where(f)} ${f.message}`)).toEqual([
      'monitors/runbook-not-found alerts/card.rules.yml:10:24 paging monitor "LedgerAlert1" links the runbook runbooks/Card-Auth.md, which does not exist (runbooks/card-auth.md differs only in case: paths on GitHub are case-sensitive)',
    ]);
  });

  it('tells a link to another branch of this repository from a link to another site', async () => {
    const { findings } = await report({
      'alerts/ledger.rules.yml': rules([
        'https://github.com/northwind/payments/blob/release/2026-11/runbooks/ledger-consumer-lag.md',
        'https://github.com/northwind/runbooks/blob/main/ledger/consumer-lag.md',
      ]),
    });
    expect(problems(findings).map((f) => f.message)).toEqual([
      'paging monitor "LedgerAlert1" links the runbook https://github.com/northwind/payments/blob/release/2026-11/runbooks/ledger-consumer-lag.md, which is on another branch or commit than the one monitors.runbookUrlPrefixes maps (https://github.com/northwind/payments/blob/main/): link the runbook there, or add that prefix',
      'paging monitor "LedgerAlert2" links the runbook https://github.com/northwind/runbooks/blob/main/ledger/consumer-lag.md, which is outside this repository (a URL prefix that maps into it goes in monitors.runbookUrlPrefixes)',
    ]);
  });

  it('does not call a Datadog runbook link built from template variables missing or not found', async () => {
    const { rows, findings } = await report({
      'monitors/ledger.json': JSON.stringify(
        [
          {
            id: 148822950,
            name: '[ledger] Consumer lag on {{consumer_group.name}}',
            type: 'query alert',
            query:
              'avg(last_15m):max:kafka.consumer_lag{env:prod} by {consumer_group,partition} > 50000',
            message:
              '{{#is_alert}}Lag is {{value}}.\nRunbook: https://github.com/northwind/payments/blob/main/runbooks/{{consumer_group.name}}-consumer-lag.md\n@pagerduty-Ledger{{/is_alert}}\n{{#is_recovery}}Recovered.{{/is_recovery}}',
            options: { thresholds: { critical: 50000, warning: 20000 } },
          },
        ],
        null,
        2,
      ),
    });
    expect(rows.map((r) => [r.runbook, r.runbookStatus])).toEqual([
      [
        'https://github.com/northwind/payments/blob/main/runbooks/{{consumer_group.name}}-consumer-lag.md',
        'missing',
      ],
    ]);
    expect(problems(findings)).toEqual([]);
    expect(findings.map((f) => f.ruleId)).toContain('monitors/dynamic-value');
  });

  it('ends a Datadog link where a {{/is_alert}} block tag follows it, keeping the anchor', async () => {
    const monitor = (name: string, link: string) => ({
      name,
      type: 'query alert',
      query: 'avg(last_10m):sum:ledger.reconciler.heartbeat{env:prod}.as_count() < 1',
      message: `{{#is_alert}}No heartbeat. @pagerduty-Ledger Runbook: ${link}{{/is_alert}}{{#is_recovery}}Back.{{/is_recovery}}`,
      options: { thresholds: { critical: 1, warning: 2 } },
    });
    const { rows, findings } = await report({
      'monitors/ledger.json': JSON.stringify([
        monitor(
          '[ledger] Reconciler heartbeat',
          'https://github.com/northwind/payments/blob/main/runbooks/ledger-consumer-lag.md#partition-stuck',
        ),
        monitor(
          '[ledger] Reconciler lag',
          'https://github.com/northwind/payments/blob/main/runbooks/ledger-consumer-lag.md#no-such-section',
        ),
      ]),
    });
    expect(rows.map((r) => [r.runbook, r.runbookStatus])).toEqual([
      ['runbooks/ledger-consumer-lag.md', 'ok'],
      ['runbooks/ledger-consumer-lag.md', 'failing'],
    ]);
    expect(problems(findings).map((f) => f.ruleId)).toEqual(['monitors/runbook-anchor-not-found']);
  });
  it('says a runbook without headings has none, rather than listing an empty set', async () => {
    const { findings } = await report({
      'runbooks/bare.md': 'Restart the ledger writer: `./scripts/ledger restart`.\n',
      'alerts/ledger.rules.yml': rules(['runbooks/bare.md#restart']),
    });
    const anchor = findings.filter((f) => f.ruleId === 'monitors/runbook-anchor-not-found');
    expect(anchor.map((f) => f.message)).toEqual([
      'paging monitor "LedgerAlert1" links runbooks/bare.md#restart, but the runbook has no heading #restart (it has no headings)',
    ]);
  });
  it('takes only a runbook link the page carries: not one only in {{#is_recovery}} or {{#is_warning}}', async () => {
    const monitor = (name: string, message: string) => ({
      name,
      type: 'query alert',
      query: 'avg(last_15m):max:kafka.consumer_lag{consumer_group:ledger-writer} > 50000',
      message,
      options: { thresholds: { critical: 50000, warning: 20000 } },
    });
    const link = 'https://github.com/northwind/payments/blob/main/runbooks/ledger-consumer-lag.md';
    const { rows, findings } = await report({
      'monitors/ledger.json': JSON.stringify(
        [
          monitor(
            '[ledger] Lag, runbook on recovery',
            `{{#is_alert}}Lag is {{value}}. @pagerduty-Ledger{{/is_alert}}\n{{#is_recovery}}Recovered. Runbook: ${link}{{/is_recovery}}`,
          ),
          monitor(
            '[ledger] Lag, runbook on warning',
            `{{#is_warning}}Runbook: ${link} @slack-ledger-alerts{{/is_warning}}\n{{#is_alert}}Lag is {{value}}. @pagerduty-Ledger{{/is_alert}}\n{{#is_recovery}}Recovered.{{/is_recovery}}`,
          ),
          monitor(
            '[ledger] Lag, runbook outside the blocks',
            `Runbook: ${link}\n{{#is_alert}}Lag is {{value}}. @pagerduty-Ledger{{/is_alert}}\n{{#is_recovery}}Recovered.{{/is_recovery}}`,
          ),
          monitor(
            '[ledger] Lag, runbook on alert and no data',
            `{{^is_recovery}}Runbook: ${link}{{/is_recovery}}\n{{#is_alert}}@pagerduty-Ledger{{/is_alert}}{{#is_no_data}}@pagerduty-Ledger{{/is_no_data}}\n{{#is_recovery}}Recovered.{{/is_recovery}}`,
          ),
        ],
        null,
        2,
      ),
    });
    expect(rows.map((r) => [r.name, r.runbook, r.runbookStatus])).toEqual([
      ['[ledger] Lag, runbook on recovery', null, 'missing'],
      ['[ledger] Lag, runbook on warning', null, 'missing'],
      ['[ledger] Lag, runbook outside the blocks', 'runbooks/ledger-consumer-lag.md', 'ok'],
      ['[ledger] Lag, runbook on alert and no data', 'runbooks/ledger-consumer-lag.md', 'ok'],
    ]);
    expect(problems(findings).map((f) => `${f.ruleId} ${f.message}`)).toEqual([
      'monitors/no-runbook paging monitor "[ledger] Lag, runbook on recovery" links its runbook only where the page does not show it ({{#is_recovery}}): move the link out of that block, so the page says what to do',
      'monitors/no-runbook paging monitor "[ledger] Lag, runbook on warning" links its runbook only where the page does not show it ({{#is_warning}}): move the link out of that block, so the page says what to do',
    ]);
  });

  it('does not take a dashboard link with template variables for a runbook link', async () => {
    const { rows, findings } = await report({
      'monitors/ledger.json': JSON.stringify(
        {
          name: '[ledger] Consumer lag on {{consumer_group.name}}',
          type: 'query alert',
          query: 'avg(last_15m):max:kafka.consumer_lag{env:prod} by {consumer_group} > 50000',
          message:
            '{{#is_alert}}Lag is {{value}}.\nDashboard: https://app.datadoghq.com/dashboard/x7k-2pq-9zr/ledger?tpl_var_group={{consumer_group.name}}\n@pagerduty-Ledger{{/is_alert}}\n{{#is_recovery}}Recovered.{{/is_recovery}}',
          options: { thresholds: { critical: 50000, warning: 20000 } },
        },
        null,
        2,
      ),
    });
    expect(rows.map((r) => [r.runbook, r.runbookStatus])).toEqual([[null, 'missing']]);
    expect(problems(findings).map((f) => f.ruleId)).toEqual(['monitors/no-runbook']);
  });
});
