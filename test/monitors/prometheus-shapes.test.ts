import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings.js';
import { ONCALL, reportOf, runbook } from './fixtures.js';

/**
 * Prometheus rule files as teams write them beyond the plain case: severities set for a whole group,
 * severities chosen by a template, runbook URLs built by templates, and Helm charts among the rule files.
 */

const CONFIG = `monitors:
  runbookUrlPrefixes: ["https://github.com/northwind/payments/blob/main/"]
  pagingSeverities: [page, critical]
`;

const RUNBOOKS: Record<string, string> = {
  'oncall/schedules.yml': ONCALL,
  'runbooks/ledger-consumer-lag.md': runbook(
    'Ledger consumer lag',
    'Policy `payments-escalation`.',
  ),
  'runbooks/ledger-volume.md': runbook('Ledger volume filling up', 'Policy `payments-escalation`.'),
};

const report = (files: Record<string, string>) => reportOf(CONFIG, { ...RUNBOOKS, ...files });

const where = (f: Finding): string => `${f.ruleId} ${f.file}:${f.line}:${f.column}`;
const rowsOf = async (files: Record<string, string>) =>
  (await report(files)).rows.map((r) => [r.name, r.paging, r.runbookStatus]);

describe('Prometheus rule files beyond the plain case', () => {
  it('takes the severity of a whole rule group (Prometheus 3 group labels), a rule label overriding it', async () => {
    const files = {
      'alerts/ledger.rules.yml': `groups:
  - name: ledger-writer.availability
    labels:
      severity: page
      team: ledger
    rules:
      - alert: LedgerWriterCrashLooping
        expr: increase(kube_pod_container_status_restarts_total{container="ledger-writer"}[15m]) > 3
        for: 5m
        annotations:
          summary: "{{ $labels.pod }} restarted {{ $value }} times"
      - alert: LedgerWriterOOMKilled
        expr: kube_pod_container_status_last_terminated_reason{container="ledger-writer",reason="OOMKilled"} == 1
        labels:
          severity: info
`,
    };
    expect(await rowsOf(files)).toEqual([
      ['LedgerWriterCrashLooping', true, 'missing'],
      ['LedgerWriterOOMKilled', false, null],
    ]);
    const { findings } = await report(files);
    expect(findings.filter((f) => f.ruleId === 'monitors/no-runbook').map(where)).toEqual([
      'monitors/no-runbook alerts/ledger.rules.yml:7:9',
    ]);
  });

  it('counts an alert whose severity template can render a paging severity as paging', async () => {
    const files = {
      'alerts/ledger-disk.rules.yml': `groups:
  - name: ledger-disk
    rules:
      - alert: LedgerVolumeFillingUp
        expr: predict_linear(kubelet_volume_stats_available_bytes{namespace="ledger"}[6h], 4 * 3600) < 0
        for: 1h
        labels:
          severity: '{{ if gt $value 0.95 }}critical{{ else }}warning{{ end }}'
        annotations:
          runbook_url: https://github.com/northwind/payments/blob/main/runbooks/ledger-volumes.md
      - alert: LedgerInodesLow
        expr: node_filesystem_files_free{mountpoint="/var/lib/ledger"} < 10000
        labels:
          severity: '{{ if lt $value 1000.0 }}warning{{ else }}info{{ end }}'
      - alert: LedgerTenantQuota
        expr: ledger_tenant_quota_used_ratio > 0.9
        labels:
          severity: '{{ $labels.tier_severity }}'
`,
    };
    expect(await rowsOf(files)).toEqual([
      ['LedgerVolumeFillingUp', true, 'not-found'],
      ['LedgerInodesLow', false, null],
      ['LedgerTenantQuota', false, null],
    ]);
    const { findings } = await report(files);
    expect(findings.filter((f) => f.ruleId !== 'monitors/coverage').map(where)).toEqual([
      'monitors/dynamic-value alerts/ledger-disk.rules.yml:18:21',
      'monitors/runbook-not-found alerts/ledger-disk.rules.yml:10:24',
    ]);
    expect(findings.find((f) => f.ruleId === 'monitors/dynamic-value')!.message).toBe(
      'the severity of "LedgerTenantQuota" is the template {{ $labels.tier_severity }}: whether it pages is not known, so it is not counted',
    );
  });

  it('reports a runbook URL that Prometheus renders with an empty $labels.alertname, and leaves series labels unjudged', async () => {
    const files = {
      'alerts/ledger.rules.yml': `groups:
  - name: ledger.reconciler
    rules:
      - alert: LedgerReconcilerDown
        expr: up{job="ledger-reconciler"} == 0
        for: 5m
        labels:
          severity: page
        annotations:
          runbook_url: "https://github.com/northwind/payments/blob/main/runbooks/{{ $labels.alertname | toLower }}.md"
      - alert: LedgerConsumerLagHigh
        expr: sum by (service) (kafka_consumergroup_lag{group="ledger-writer"}) > 50000
        for: 10m
        labels:
          severity: page
        annotations:
          runbook_url: https://github.com/northwind/payments/blob/main/runbooks/{{ $labels.service }}-consumer-lag.md
`,
    };
    const { rows, findings } = await report(files);
    expect(rows.map((r) => [r.name, r.runbook, r.runbookStatus])).toEqual([
      [
        'LedgerReconcilerDown',
        'https://github.com/northwind/payments/blob/main/runbooks/{{ $labels.alertname | toLower }}.md',
        'not-found',
      ],
      [
        'LedgerConsumerLagHigh',
        'https://github.com/northwind/payments/blob/main/runbooks/{{ $labels.service }}-consumer-lag.md',
        'missing',
      ],
    ]);
    expect(findings.filter((f) => f.ruleId !== 'monitors/coverage').map(where)).toEqual([
      'monitors/runbook-not-found alerts/ledger.rules.yml:10:24',
      'monitors/dynamic-value alerts/ledger.rules.yml:17:24',
    ]);
    expect(findings[0]!.message).toContain(
      'but Prometheus renders {{ $labels.alertname | toLower }} empty in annotations',
    );
  });
});

const CONFIGMAP = `apiVersion: v1
kind: ConfigMap
metadata:
  name: prometheus-ledger-rules
  namespace: monitoring
data:
  ledger.rules.yml: |
    groups:
      - name: ledger
        rules:
          - alert: LedgerWriterDown
            expr: up{job="ledger-writer"} == 0
            for: 5m
            labels:
              severity: page
          - alert: LedgerLagHigh
            expr: sum(kafka_consumergroup_lag{group="ledger-writer"}) > 50000
            labels:
              severity: page
            annotations:
              runbook_url: runbooks/ledger-consumer-lag.md
  README: |
    Rules of the ledger team; reviewed by @northwind/ledger.
`;

describe('rule files inside a Kubernetes ConfigMap', () => {
  it('reads the rule files a ConfigMap holds, at their lines in the manifest', async () => {
    const { rows, findings } = await report({
      'alerts/prometheus-rules.yaml': CONFIGMAP,
    });
    expect(rows.map((r) => [r.name, r.file, r.line, r.runbookStatus])).toEqual([
      ['LedgerWriterDown', 'alerts/prometheus-rules.yaml', 11, 'missing'],
      ['LedgerLagHigh', 'alerts/prometheus-rules.yaml', 16, 'ok'],
    ]);
    expect(findings.filter((f) => f.ruleId !== 'monitors/coverage').map(where)).toEqual([
      'monitors/no-runbook alerts/prometheus-rules.yaml:11:13',
    ]);
  });

  it('reports a syntax error inside the embedded rule file at its line in the manifest', async () => {
    const { findings } = await report({
      'alerts/prometheus-rules.yaml': CONFIGMAP.replace(
        '            labels:\n              severity: page\n          - alert: LedgerLagHigh',
        '           labels:\n              severity: page\n          - alert: LedgerLagHigh',
      ),
    });
    expect(findings.filter((f) => f.ruleId === 'monitors/parse-error').map(where)).toEqual([
      'monitors/parse-error alerts/prometheus-rules.yaml:14:5',
    ]);
  });
});

describe('a kubectl export', () => {
  it('reads the PrometheusRule items of a List, as kubectl get -o yaml writes them', async () => {
    const { rows, findings } = await report({
      'alerts/prometheusrules.yaml': `apiVersion: v1
kind: List
metadata:
  resourceVersion: ""
items:
  - apiVersion: monitoring.coreos.com/v1
    kind: PrometheusRule
    metadata:
      name: ledger
      namespace: ledger
    spec:
      groups:
        - name: ledger
          rules:
            - alert: LedgerWriterDown
              expr: up{job="ledger-writer"} == 0
              labels:
                severity: page
  - apiVersion: monitoring.coreos.com/v1
    kind: PrometheusRule
    metadata:
      name: ledger-disk
      namespace: ledger
    spec:
      groups:
        - name: ledger-disk
          rules:
            - alert: LedgerVolumeFull
              expr: kubelet_volume_stats_available_bytes{namespace="ledger"} < 1e9
              labels:
                severity: page
              annotations:
                runbook_url: runbooks/ledger-volume.md
`,
    });
    expect(rows.map((r) => [r.name, r.line, r.runbookStatus])).toEqual([
      ['LedgerWriterDown', 15, 'missing'],
      ['LedgerVolumeFull', 28, 'ok'],
    ]);
    expect(findings.filter((f) => f.severity !== 'notice').map(where)).toEqual([
      'monitors/no-runbook alerts/prometheusrules.yaml:15:15',
    ]);
  });
});

describe('files that only look like Prometheus rule files', () => {
  it('reads a Grafana alerting provisioning file as Grafana rules (grafana.test.ts), not as invalid Prometheus rules', async () => {
    const { rows, findings } = await report({
      'alerts/grafana-ledger.yaml': `apiVersion: 1
groups:
  - orgId: 1
    name: ledger
    folder: Ledger
    interval: 1m
    rules:
      - uid: ledger-lag
        title: Ledger consumer lag
        condition: C
        data:
          - refId: A
            datasourceUid: prometheus
            model:
              expr: sum(kafka_consumergroup_lag{group="ledger-writer"})
        for: 10m
        labels:
          severity: page
`,
    });
    expect(rows.map((r) => [r.name, r.source, r.paging])).toEqual([
      ['Ledger consumer lag', 'grafana', true],
    ]);
    const notes = findings.filter((f) => f.ruleId !== 'monitors/coverage');
    expect(notes.map((f) => `${where(f)} ${f.severity}`)).toEqual([
      'monitors/no-runbook alerts/grafana-ledger.yaml:9:9 error',
    ]);
  });
});

describe('malformed Prometheus rules', () => {
  it('says where labels, severities and annotations are not what Prometheus loads, instead of reading them as absent', async () => {
    const { rows, findings } = await report({
      'alerts/ledger.rules.yml': `groups:
  - name: ledger
    rules:
      - alert: LedgerWriterDown
        expr: up{job="ledger-writer"} == 0
        labels: [severity, page]
      - alert: LedgerReaderDown
        expr: up{job="ledger-reader"} == 0
        labels:
          severity: [page]
        annotations:
          runbook_url:
            - runbooks/ledger-consumer-lag.md
      - alert: LedgerArchiverDown
        labels:
          severity: page
        annotations:
          runbook_url: runbooks/ledger-consumer-lag.md
`,
    });
    expect(rows.map((r) => [r.name, r.paging])).toEqual([
      ['LedgerWriterDown', false],
      ['LedgerReaderDown', false],
      ['LedgerArchiverDown', true],
    ]);
    expect(
      findings
        .filter((f) => f.ruleId === 'monitors/invalid-monitor')
        .map((f) => `${where(f)} ${f.message}`),
    ).toEqual([
      'monitors/invalid-monitor alerts/ledger.rules.yml:6:17 the labels of "LedgerWriterDown" must be a mapping of label names to values: Prometheus does not load this file',
      'monitors/invalid-monitor alerts/ledger.rules.yml:10:21 the label severity of "LedgerReaderDown" must be a text value: Prometheus does not load this file',
      'monitors/invalid-monitor alerts/ledger.rules.yml:13:13 the annotation runbook_url of "LedgerReaderDown" must be a text value: Prometheus does not load this file',
      'monitors/invalid-monitor alerts/ledger.rules.yml:14:16 "LedgerArchiverDown" has no expr: Prometheus does not load this file',
    ]);
  });
});

describe('Helm charts among the rule files', () => {
  const chart = `{{- if .Values.prometheusRule.enabled }}
apiVersion: monitoring.coreos.com/v1
kind: PrometheusRule
metadata:
  name: {{ include "ledger.fullname" . }}
  labels:
    {{- include "ledger.labels" . | nindent 4 }}
spec:
  groups:
    - name: {{ include "ledger.fullname" . }}.rules
      rules:
        - alert: LedgerDown
          expr: up{job="{{ include "ledger.fullname" . }}"} == 0
          for: {{ .Values.prometheusRule.for | default "5m" }}
          labels:
            severity: {{ .Values.prometheusRule.severity }}
{{- end }}
`;

  it('says once that a templated file is not YAML, instead of a flood of syntax errors', async () => {
    const { findings, rows } = await report({ 'alerts/ledger/prometheusrule.yaml': chart });
    expect(rows).toEqual([]);
    const problems = findings.filter((f) => f.ruleId !== 'monitors/coverage');
    expect(problems.map(where)).toEqual([
      'monitors/templated-file alerts/ledger/prometheusrule.yaml:1:1',
    ]);
    expect(problems[0]!.message).toBe(
      'a Helm or Go template, not YAML ({{- if .Values.prometheusRule.enabled }} at line 1): its monitors are not read; render it (helm template) and check the output, or quote the value if it is a Prometheus or Datadog template',
    );
  });

  it('does not read a value written as {{ .Values.… }} as a YAML mapping, and reads nothing of that file', async () => {
    const { findings, rows } = await report({
      'alerts/ledger.rules.yml': `groups:
  - name: ledger
    rules:
      - alert: LedgerDown
        expr: up{job="ledger"} == 0
        for: 5m
        labels:
          severity: {{ .Values.alertSeverity }}
        annotations:
          summary: "{{ $labels.instance }} is down"
`,
    });
    expect(rows).toEqual([]);
    expect(findings.filter((f) => f.ruleId !== 'monitors/coverage').map(where)).toEqual([
      'monitors/templated-file alerts/ledger.rules.yml:8:21',
    ]);
  });

  it('asks for quotes around a Datadog message that starts with a block tag', async () => {
    const { findings } = await report({
      'monitors/ledger.yaml': `- name: "[ledger] Consumer lag"
  type: query alert
  query: avg(last_15m):max:kafka.consumer_lag{consumer_group:ledger-writer} > 50000
  message: {{#is_alert}}Lag is {{value}} @pagerduty-Ledger{{/is_alert}}
`,
    });
    expect(findings.filter((f) => f.ruleId !== 'monitors/coverage').map(where)).toEqual([
      'monitors/templated-file monitors/ledger.yaml:4:12',
    ]);
    expect(findings[0]!.message).toContain(
      'quote the value if it is a Prometheus or Datadog template',
    );
  });

  it('still reads Prometheus templates inside quoted and plain YAML values', async () => {
    expect(
      await rowsOf({
        'alerts/ledger.rules.yml': `groups:
  - name: ledger
    rules:
      - alert: LedgerDown
        expr: up{job="ledger"} == 0
        labels:
          severity: page
        annotations:
          summary: Instance {{ $labels.instance }} is down
          description: '{{ range query "up == 0" }}{{ .Labels.instance }} {{ end }}'
          runbook_url: runbooks/ledger-consumer-lag.md
`,
      }),
    ).toEqual([['LedgerDown', true, 'ok']]);
  });

  it('reads a Prometheus template that starts a continuation line of a multi-line value', async () => {
    const { findings, rows } = await report({
      'alerts/ledger.rules.yml': `groups:
  - name: ledger
    rules:
      - alert: LedgerDown
        expr: up{job="ledger"} == 0
        labels:
          severity: page
        annotations:
          summary: Instance
            {{ $labels.instance }} is down
          description: "Instance
            {{ $labels.instance }} has been down for 5 minutes"
          runbook_url: runbooks/ledger-consumer-lag.md
`,
    });
    expect(rows.map((r) => [r.name, r.paging, r.runbookStatus])).toEqual([
      ['LedgerDown', true, 'ok'],
    ]);
    expect(findings.filter((f) => f.ruleId === 'monitors/templated-file')).toEqual([]);
  });

  it('reports one syntax error per file, the first, with how many followed it', async () => {
    const { findings } = await report({
      'alerts/broken.rules.yml': `groups:
  - name: ledger
    rules:
      - alert: LedgerDown
        expr: up == 0
       labels:
          severity: page
      - alert: "LedgerSlow
`,
    });
    const errors = findings.filter((f) => f.ruleId === 'monitors/parse-error');
    expect(errors.map(where)).toEqual(['monitors/parse-error alerts/broken.rules.yml:6:1']);
    expect(errors[0]!.message).toMatch(/^not valid YAML: .+ \(and \d+ more errors? after it\)$/);
  });
});
