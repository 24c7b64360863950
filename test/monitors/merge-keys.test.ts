import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings.js';
import { ONCALL, reportOf, runbook } from './fixtures.js';

/**
 * YAML 1.1 merge keys (`<<: *anchor`): Prometheus and Alertmanager read their files with Go's yaml
 * package, which merges them, and teams use them to share labels, annotations and route settings.
 */

const CONFIG = `monitors:
  runbookUrlPrefixes: ["https://github.com/northwind/payments/blob/main/"]
`;

const RULES = `groups:
  - name: ledger
    rules:
      - alert: LedgerWriterDown
        expr: up{job="ledger-writer"} == 0
        for: 5m
        labels: &ledger_page
          severity: page
          team: ledger
        annotations: &ledger_runbook
          runbook_url: https://github.com/northwind/payments/blob/main/runbooks/ledger.md
      - alert: LedgerLagHigh
        expr: sum(kafka_consumergroup_lag{group="ledger-writer"}) > 50000
        for: 10m
        labels:
          <<: *ledger_page
        annotations:
          <<: *ledger_runbook
          summary: Ledger writer is {{ $value }} messages behind
      - alert: LedgerExportSlow
        expr: ledger_export_duration_seconds > 600
        labels:
          <<: *ledger_page
          severity: ticket
      - alert: LedgerVolumeFilling
        expr: predict_linear(kubelet_volume_stats_available_bytes{namespace="ledger"}[6h], 4 * 3600) < 0
        labels: { <<: *ledger_page }
`;

const ALERTMANAGER = `route:
  receiver: slack-payments
  group_by: [alertname]
  routes:
    - &ledger_pager
      matchers: ['team="ledger"', 'severity=~"P1|high"']
      receiver: pagerduty-ledger
      group_wait: 10s
      repeat_interval: 1h
    - <<: *ledger_pager
      matchers: ['team="payments"', 'severity="P1"']
receivers:
  - name: slack-payments
    slack_configs:
      - channel: '#payments-alerts'
  - name: pagerduty-ledger
    pagerduty_configs:
      - routing_key_file: /etc/alertmanager/secrets/pd-ledger
`;

const PAYMENTS = `groups:
  - name: payments
    rules:
      - alert: PayoutsDelayed
        expr: ledger_payouts_pending_seconds > 3600
        labels: { severity: P1, team: payments }
      - alert: PayoutsSlow
        expr: ledger_payouts_pending_seconds > 600
        labels: { severity: P3, team: payments }
`;

const where = (f: Finding): string => `${f.ruleId} ${f.file}:${f.line}:${f.column}`;

const report = (files: Record<string, string>) =>
  reportOf(CONFIG, {
    'oncall/schedules.yml': ONCALL,
    'runbooks/ledger.md': runbook('Ledger', 'Policy `payments-escalation`.'),
    ...files,
  });

describe('YAML merge keys in monitor files', () => {
  it('reads labels and annotations a Prometheus rule merges in, its own keys winning', async () => {
    const { rows, findings } = await report({ 'alerts/ledger.rules.yml': RULES });
    expect(rows.map((r) => [r.name, r.paging, r.runbookStatus])).toEqual([
      ['LedgerWriterDown', true, 'ok'],
      ['LedgerLagHigh', true, 'ok'],
      ['LedgerExportSlow', false, null],
      ['LedgerVolumeFilling', true, 'missing'],
    ]);
    expect(findings.filter((f) => f.severity !== 'notice').map(where)).toEqual([
      'monitors/no-runbook alerts/ledger.rules.yml:25:9',
    ]);
  });

  it('routes by an Alertmanager route that merges another one', async () => {
    const { rows, findings } = await report({
      'alerts/alertmanager.yml': ALERTMANAGER,
      'alerts/payments.rules.yml': PAYMENTS,
    });
    expect(rows.map((r) => [r.name, r.paging])).toEqual([
      ['PayoutsDelayed', true],
      ['PayoutsSlow', false],
    ]);
    expect(findings.find((f) => f.ruleId === 'monitors/no-runbook')!.message).toContain(
      '(alerts/alertmanager.yml:10 routes it to pagerduty-ledger, which pages)',
    );
  });

  it('reports a merge of something that is no mapping, and an alias of no anchor, instead of failing', async () => {
    const { findings } = await report({
      'alerts/ledger.rules.yml': RULES.replace('<<: *ledger_runbook', '<<: ledger_runbook'),
      'alerts/payments.rules.yml': PAYMENTS.replace(
        '{ severity: P3, team: payments }',
        '{ <<: *payments_page, severity: P3 }',
      ),
    });
    expect(findings.filter((f) => f.ruleId === 'monitors/parse-error').map(where)).toEqual([
      'monitors/parse-error alerts/ledger.rules.yml:18:15',
      'monitors/parse-error alerts/payments.rules.yml:9:23',
    ]);
  });
});
