import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings.js';
import { ONCALL, reportOf } from './fixtures.js';

/**
 * Prometheus rules generated from jsonnet mixins: the rendered output is committed (std.manifestYamlDoc
 * quotes every key and value; some repositories commit the JSON), the jsonnet sources sit next to it.
 */

const where = (f: Finding): string => `${f.ruleId} ${f.file}:${f.line}:${f.column}`;
const report = (files: Record<string, string>) =>
  reportOf('', { 'oncall/schedules.yml': ONCALL, ...files });

const RENDERED = `"groups":
- "name": "ledger-writer"
  "rules":
  - "alert": "LedgerWriterErrorsHigh"
    "annotations":
      "description": "{{ $value | humanizePercentage }} of writes to {{ $labels.topic }} fail."
      "runbook_url": "https://runbooks.northwind.example/ledger/ledgerwritererrorshigh"
      "summary": "Ledger writes fail."
    "expr": |
      sum by (topic) (rate(ledger_writes_failed_total{job="ledger-writer"}[5m]))
        /
      sum by (topic) (rate(ledger_writes_total{job="ledger-writer"}[5m])) > 0.05
    "for": "15m"
    "labels":
      "severity": "critical"
  - "alert": "LedgerWriterSlow"
    "expr": |
      histogram_quantile(0.99, sum by (le) (rate(ledger_write_seconds_bucket[5m]))) > 1
    "for": "30m"
    "labels":
      "severity": "warning"
`;

const SOURCE = `{
  prometheusAlerts+:: {
    groups+: [
      {
        name: 'ledger-writer',
        rules: [
          {
            alert: 'LedgerWriterErrorsHigh',
            expr: |||
              sum by (topic) (rate(ledger_writes_failed_total{%(selector)s}[5m]))
            ||| % $._config,
            labels: { severity: 'critical' },
          },
        ],
      },
    ],
  },
}
`;

describe('rules rendered from jsonnet mixins', () => {
  it('reads the rendered YAML with quoted keys, and the rendered JSON, at their lines', async () => {
    const { rows, findings } = await report({
      'alerts/mixins/ledger/prometheus_alerts.yaml': RENDERED,
      'alerts/mixins/ledger/prometheus_alerts.json': JSON.stringify(
        {
          groups: [
            {
              name: 'ledger',
              rules: [{ alert: 'LedgerDown', expr: 'up == 0', labels: { severity: 'critical' } }],
            },
          ],
        },
        null,
        2,
      ),
    });
    expect(
      rows.map((r) => [r.file.split('/').pop(), r.line, r.name, r.paging, r.runbookStatus]),
    ).toEqual([
      ['prometheus_alerts.json', 7, 'LedgerDown', true, 'missing'],
      ['prometheus_alerts.yaml', 4, 'LedgerWriterErrorsHigh', true, 'not-found'],
      ['prometheus_alerts.yaml', 16, 'LedgerWriterSlow', false, null],
    ]);
    expect(findings.filter((f) => f.severity === 'error').map(where)).toEqual([
      'monitors/no-runbook alerts/mixins/ledger/prometheus_alerts.json:7:11',
      'monitors/runbook-not-found alerts/mixins/ledger/prometheus_alerts.yaml:7:22',
    ]);
  });

  it('says once that jsonnet sources are not read, instead of skipping them in silence', async () => {
    const { findings } = await report({
      'alerts/mixins/ledger/alerts.libsonnet': SOURCE,
      'alerts/mixins/ledger/mixin.libsonnet':
        "(import 'alerts.libsonnet') + (import 'config.libsonnet')\n",
      'alerts/mixins/ledger/config.libsonnet':
        '{ _config+:: { selector: \'job="ledger-writer"\' } }\n',
    });
    expect(
      findings
        .filter((f) => f.ruleId === 'monitors/unknown-shape')
        .map((f) => `${where(f)} ${f.message}`),
    ).toEqual([
      'monitors/unknown-shape alerts/mixins/ledger/alerts.libsonnet:1:1 3 jsonnet files under monitors.paths are not read (alerts/mixins/ledger/alerts.libsonnet, …): their rules are checked once rendered (jsonnet -J vendor -m …) and the output committed under monitors.paths',
    ]);
  });
});
