import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings.js';
import { ONCALL, reportOf } from './fixtures.js';

/**
 * kube-prometheus-stack's Helm values, as teams keep them in git: the Alertmanager configuration under
 * `alertmanager.config`, and rule groups under `additionalPrometheusRulesMap`. Values are YAML (the chart's
 * templates render them), so they are read as the chart passes them on.
 */

const VALUES = `# Values for the kube-prometheus-stack chart of the payments cluster.
alertmanager:
  enabled: true
  config:
    route:
      receiver: slack-payments
      routes:
        - matchers: ['severity=~"P1|high"']
          receiver: pagerduty-payments
    receivers:
      - name: slack-payments
        slack_configs:
          - channel: '#payments-alerts'
      - name: pagerduty-payments
        pagerduty_configs:
          - routing_key_file: /etc/alertmanager/secrets/pd-payments
additionalPrometheusRulesMap:
  payments-rules:
    groups:
      - name: payments
        rules:
          - alert: PayoutsDelayed
            expr: ledger_payouts_pending_seconds > 3600
            labels:
              severity: high
          - alert: PayoutsSlow
            expr: ledger_payouts_pending_seconds > 600
            labels:
              severity: low
grafana:
  enabled: false
`;

const where = (f: Finding): string => `${f.ruleId} ${f.file}:${f.line}:${f.column}`;

describe('kube-prometheus-stack Helm values', () => {
  it('reads the Alertmanager config and the rule groups of the values file, at their lines', async () => {
    const { rows, findings } = await reportOf('', {
      'oncall/schedules.yml': ONCALL,
      'alerts/values.yaml': VALUES,
    });
    expect(rows.map((r) => [r.name, r.line, r.paging])).toEqual([
      ['PayoutsDelayed', 22, true],
      ['PayoutsSlow', 26, false],
    ]);
    expect(findings.filter((f) => f.severity !== 'notice').map(where)).toEqual([
      'monitors/no-runbook alerts/values.yaml:22:13',
    ]);
    expect(findings.find((f) => f.ruleId === 'monitors/no-runbook')!.message).toContain(
      '(alerts/values.yaml:8 routes it to pagerduty-payments, which pages)',
    );
    expect(findings.map((f) => f.ruleId)).not.toContain('monitors/unknown-shape');
  });
});
