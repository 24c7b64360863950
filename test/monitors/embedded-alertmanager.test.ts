import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings.js';
import { ONCALL, reportOf, runbook } from './fixtures.js';

/**
 * Alertmanager configurations deployed on Kubernetes live inside another object: a ConfigMap the
 * Alertmanager pod mounts (`data: { alertmanager.yml: | … }`), or the Secret prometheus-operator reads
 * (`alertmanager-<name>`, `stringData` or base64 `data`). Their routes decide paging as a plain file's do.
 */

const CONFIG = `monitors:
  runbookUrlPrefixes: ["https://github.com/northwind/payments/blob/main/"]
`;

const ROUTES = `global:
  resolve_timeout: 5m
route:
  receiver: slack-payments
  group_by: [alertname, namespace]
  routes:
    - matchers: ['team="ledger"', 'severity=~"P1|high"']
      receiver: pagerduty-ledger
receivers:
  - name: slack-payments
    slack_configs:
      - channel: '#payments-alerts'
  - name: pagerduty-ledger
    pagerduty_configs:
      - routing_key_file: /etc/alertmanager/secrets/pd-ledger
`;

const indent = (text: string, by: string): string =>
  text
    .split('\n')
    .map((l) => (l === '' ? l : by + l))
    .join('\n');

const RULES = `groups:
  - name: ledger
    rules:
      - alert: LedgerConsumerLagHigh
        expr: sum(kafka_consumergroup_lag{group="ledger-writer"}) > 50000
        for: 10m
        labels:
          severity: high
          team: ledger
      - alert: LedgerExportSlow
        expr: ledger_export_duration_seconds > 600
        labels:
          severity: ticket
          team: ledger
`;

const CONFIGMAP = `apiVersion: v1
kind: ConfigMap
metadata:
  name: alertmanager-config
  namespace: monitoring
data:
  alertmanager.yml: |
${indent(ROUTES, '    ')}  templates.tmpl: |
    {{ define "slack.title" }}[{{ .Status | toUpper }}] {{ .CommonLabels.alertname }}{{ end }}
`;

const where = (f: Finding): string => `${f.ruleId} ${f.file}:${f.line}:${f.column}`;

const report = (files: Record<string, string>) =>
  reportOf(CONFIG, {
    'oncall/schedules.yml': ONCALL,
    'runbooks/ledger.md': runbook('Ledger', 'Policy `payments-escalation`.'),
    'alerts/ledger.rules.yml': RULES,
    ...files,
  });

describe('Alertmanager configurations inside Kubernetes objects', () => {
  it('routes by the alertmanager.yml a ConfigMap holds, naming the route at its line in the manifest', async () => {
    const { rows, findings } = await report({ 'alerts/alertmanager-configmap.yaml': CONFIGMAP });
    expect(rows.map((r) => [r.name, r.paging])).toEqual([
      ['LedgerConsumerLagHigh', true],
      ['LedgerExportSlow', false],
    ]);
    const noRunbook = findings.filter((f) => f.ruleId === 'monitors/no-runbook');
    expect(noRunbook.map(where)).toEqual(['monitors/no-runbook alerts/ledger.rules.yml:4:9']);
    // Line 14 of the manifest is the route `- matchers: …` (line 7 of the embedded file).
    expect(noRunbook[0]!.message).toContain(
      '(alerts/alertmanager-configmap.yaml:14 routes it to pagerduty-ledger, which pages)',
    );
    expect(findings.map((f) => f.ruleId)).not.toContain('monitors/unknown-shape');
  });

  it('routes by the Secret prometheus-operator reads, in stringData or base64 data', async () => {
    const stringData = `apiVersion: v1
kind: Secret
metadata:
  name: alertmanager-main
  namespace: monitoring
type: Opaque
stringData:
  alertmanager.yaml: |
${indent(ROUTES, '    ')}`;
    const data = `apiVersion: v1
kind: Secret
metadata:
  name: alertmanager-main
  namespace: monitoring
type: Opaque
data:
  alertmanager.yaml: ${Buffer.from(ROUTES).toString('base64')}
`;
    for (const secret of [stringData, data]) {
      const { rows, findings } = await report({ 'alerts/alertmanager-secret.yaml': secret });
      expect(rows.map((r) => [r.name, r.paging])).toEqual([
        ['LedgerConsumerLagHigh', true],
        ['LedgerExportSlow', false],
      ]);
      expect(findings.map((f) => f.ruleId)).not.toContain('monitors/unknown-shape');
    }
    const { findings } = await report({ 'alerts/alertmanager-secret.yaml': data });
    // A base64 value has no lines of its own: the route is named at the key.
    expect(findings.find((f) => f.ruleId === 'monitors/no-runbook')!.message).toContain(
      '(alerts/alertmanager-secret.yaml:8 routes it to pagerduty-ledger, which pages)',
    );
  });

  it('reports a broken embedded Alertmanager config at its line in the manifest, instead of ignoring it', async () => {
    const broken = CONFIGMAP.replace(
      '      receiver: pagerduty-ledger',
      '     receiver: pagerduty-ledger',
    );
    const { findings } = await report({ 'alerts/alertmanager-configmap.yaml': broken });
    expect(findings.filter((f) => f.ruleId === 'monitors/parse-error').map(where)).toEqual([
      'monitors/parse-error alerts/alertmanager-configmap.yaml:15:5',
    ]);
  });
});
