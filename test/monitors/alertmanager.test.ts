import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.js';
import type { Finding } from '../../src/findings.js';
import { monitorsModule } from '../../src/monitors/module.js';
import { diffFromPullFiles } from '../../src/repo/diff.js';
import { memoryRepo } from '../../src/repo/memory.js';
import { pullRequestContextFor } from '../support/modules.js';
import { ONCALL, reportOf, runbook } from './fixtures.js';

/**
 * Teams often decide what pages in Alertmanager, not in the severity names: a route sends `P1` or
 * `team="ledger", severity="high"` to a PagerDuty receiver. An alert Alertmanager pages with must link
 * a runbook whatever `monitors.pagingSeverities` says.
 */

const CONFIG = `monitors:
  runbookUrlPrefixes: ["https://github.com/northwind/payments/blob/main/"]
`;

const ALERTMANAGER = `global:
  resolve_timeout: 5m
route:
  receiver: slack-payments
  group_by: [alertname, namespace]
  routes:
    - matchers: ['severity="ticket"']
      receiver: jira
    - match:
        team: ledger
      routes:
        - matchers: ['severity=~"P1|high"']
          receiver: pagerduty-ledger
          continue: true
        - matchers: ['severity=~"P1|high"']
          receiver: slack-ledger
    - match_re:
        severity: P[12]
      receiver: opsgenie-payments
receivers:
  - name: slack-payments
    slack_configs:
      - channel: '#payments-alerts'
  - name: slack-ledger
    slack_configs:
      - channel: '#ledger-alerts'
  - name: jira
    webhook_configs:
      - url: http://jira-alert-bridge.monitoring.svc:8080/alert
  - name: pagerduty-ledger
    pagerduty_configs:
      - routing_key_file: /etc/alertmanager/secrets/pd-ledger
  - name: opsgenie-payments
    opsgenie_configs:
      - api_key_file: /etc/alertmanager/secrets/opsgenie
`;

const RULES = `groups:
  - name: ledger
    rules:
      - alert: LedgerConsumerDown
        expr: absent(up{job="ledger-writer"} == 1)
        for: 5m
        labels:
          severity: P1
          team: ledger
        annotations:
          runbook_url: runbooks/ledger-consumer-lag.md
      - alert: LedgerConsumerLagHigh
        expr: sum(kafka_consumergroup_lag{group="ledger-writer"}) > 50000
        for: 10m
        labels:
          severity: high
          team: ledger
      - alert: PayoutsDelayed
        expr: ledger_payouts_pending_seconds > 3600
        labels:
          severity: P2
          team: payments
      - alert: LedgerReplicaLow
        expr: kube_deployment_status_replicas_available{deployment="ledger-writer"} < 2
        labels:
          severity: high
          team: platform
      - alert: LedgerExportSlow
        expr: ledger_export_duration_seconds > 600
        labels:
          severity: ticket
          team: ledger
`;

const BASE: Record<string, string> = {
  'oncall/schedules.yml': ONCALL,
  'runbooks/ledger-consumer-lag.md': runbook(
    'Ledger consumer lag',
    'Policy `payments-escalation`.',
  ),
};

const report = (files: Record<string, string>) => reportOf(CONFIG, { ...BASE, ...files });

const where = (f: Finding): string => `${f.ruleId} ${f.file}:${f.line}:${f.column}`;

describe('Alertmanager routing', () => {
  it('counts an alert as paging when an Alertmanager route sends it to a pager receiver', async () => {
    const { rows, findings } = await report({
      'alerts/alertmanager.yml': ALERTMANAGER,
      'alerts/ledger.rules.yml': RULES,
    });
    expect(rows.map((r) => [r.name, r.paging, r.runbookStatus])).toEqual([
      ['LedgerConsumerDown', true, 'ok'],
      ['LedgerConsumerLagHigh', true, 'missing'],
      ['PayoutsDelayed', true, 'missing'],
      ['LedgerReplicaLow', false, null],
      ['LedgerExportSlow', false, null],
    ]);
    const problems = findings.filter((f) => f.severity !== 'notice');
    expect(problems.map(where)).toEqual([
      'monitors/no-runbook alerts/ledger.rules.yml:12:9',
      'monitors/no-runbook alerts/ledger.rules.yml:18:9',
    ]);
    expect(problems.map((f) => f.message)).toEqual([
      'paging monitor "LedgerConsumerLagHigh" has no runbook_url annotation (alerts/alertmanager.yml:12 routes it to pagerduty-ledger, which pages)',
      'paging monitor "PayoutsDelayed" has no runbook_url annotation (alerts/alertmanager.yml:17 routes it to opsgenie-payments, which pages)',
    ]);
    expect(findings.map((f) => f.ruleId)).not.toContain('monitors/unknown-shape');
  });

  it('still pages by monitors.pagingSeverities when Alertmanager would not, since labels of the series may route it', async () => {
    const { rows } = await report({
      'alerts/alertmanager.yml': ALERTMANAGER,
      'alerts/ledger.rules.yml': `groups:
  - name: ledger
    rules:
      - alert: LedgerDown
        expr: up{job="ledger"} == 0
        labels:
          severity: critical
`,
    });
    expect(rows.map((r) => [r.name, r.paging])).toEqual([['LedgerDown', true]]);
  });

  it('says where a route matcher cannot be read', async () => {
    const { findings } = await report({
      'alerts/alertmanager.yml': ALERTMANAGER.replace(
        `['severity="ticket"']`,
        `['severity=ticket"']`,
      ),
      'alerts/ledger.rules.yml': RULES,
    });
    expect(findings.filter((f) => f.ruleId === 'monitors/invalid-monitor').map(where)).toEqual([
      'monitors/invalid-monitor alerts/alertmanager.yml:7:18',
    ]);
  });

  it('reports on a pull request the alerts a changed Alertmanager route pages, though their rules did not change', async () => {
    const before = {
      ...BASE,
      'alerts/ledger.rules.yml': RULES,
      'alerts/alertmanager.yml': ALERTMANAGER,
    };
    const head = {
      ...before,
      'alerts/alertmanager.yml': ALERTMANAGER.replace('severity: P[12]', 'severity: P[123]'),
    };
    const ctx = pullRequestContextFor(
      memoryRepo(head),
      memoryRepo(before),
      diffFromPullFiles([
        {
          filename: 'alerts/alertmanager.yml',
          status: 'modified',
          patch: [
            '@@ -16,5 +16,5 @@',
            '           receiver: slack-ledger',
            '     - match_re:',
            '-        severity: P[12]',
            '+        severity: P[123]',
            '       receiver: opsgenie-payments',
            ' receivers:',
          ].join('\n'),
        },
      ]),
      parseConfig(CONFIG, '.github/ops-steward.yml').config,
      new Date('2026-11-25T00:00:00Z'),
    );
    const { findings, section } = await monitorsModule.pullRequest!(ctx);
    expect(findings.map((f) => [f.ruleId, f.file, f.line])).toEqual([
      ['monitors/no-runbook', 'alerts/ledger.rules.yml', 18],
    ]);
    expect(section!.markdown).toContain(
      '| PayoutsDelayed | `alerts/ledger.rules.yml:18` | opsgenie-payments (`alerts/alertmanager.yml:17`) | ❌ no runbook |',
    );
  });

  it('reads the prometheus-operator AlertmanagerConfig resource next to the PrometheusRule it routes', async () => {
    const { rows } = await report({
      'alerts/ledger.yaml': `apiVersion: monitoring.coreos.com/v1
kind: PrometheusRule
metadata:
  name: ledger
  namespace: ledger
spec:
  groups:
    - name: ledger
      rules:
        - alert: LedgerConsumerLagHigh
          expr: sum(kafka_consumergroup_lag{group="ledger-writer"}) > 50000
          labels:
            severity: high
        - alert: LedgerExportSlow
          expr: ledger_export_duration_seconds > 600
          labels:
            severity: low
---
apiVersion: monitoring.coreos.com/v1
kind: PrometheusRule
metadata:
  name: payments
  namespace: payments
spec:
  groups:
    - name: payments
      rules:
        - alert: PaymentsLagHigh
          expr: sum(kafka_consumergroup_lag{group="payments"}) > 50000
          labels:
            severity: high
---
apiVersion: monitoring.coreos.com/v1alpha1
kind: AlertmanagerConfig
metadata:
  name: ledger
  namespace: ledger
spec:
  route:
    receiver: slack-ledger
    groupBy: [alertname]
    routes:
      - matchers:
          - name: severity
            value: P1|high
            matchType: =~
        receiver: pagerduty-ledger
  receivers:
    - name: slack-ledger
      slackConfigs:
        - channel: '#ledger-alerts'
          apiURL: { name: slack-webhook, key: url }
    - name: pagerduty-ledger
      pagerdutyConfigs:
        - routingKey: { name: pagerduty-ledger, key: routing-key }
`,
    });
    expect(rows.map((r) => [r.name, r.paging, r.runbookStatus])).toEqual([
      ['LedgerConsumerLagHigh', true, 'missing'],
      ['LedgerExportSlow', false, null],
      ['PaymentsLagHigh', false, null],
    ]);
  });
});
