import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultsOf } from '../../src/config/schema.js';
import { monitorsConfigSchema } from '../../src/monitors/config.js';
import type { MonitorsConfig } from '../../src/monitors/config.js';
import { readMonitors } from '../../src/monitors/read/index.js';
import { memoryRepo } from '../../src/repo/memory.js';

const fixture = (name: string): string =>
  readFileSync(new URL(`../fixtures/monitors/${name}`, import.meta.url), 'utf8');
const config = defaultsOf(monitorsConfigSchema) as MonitorsConfig;

async function read(files: Record<string, string>) {
  return readMonitors(memoryRepo(files), config);
}

describe('readMonitors', () => {
  it('reads a Datadog API export (GET /api/v1/monitor) with positions and thresholds', async () => {
    const { monitors, findings } = await read({
      'monitors/datadog/checkout.json': fixture('datadog-api-export.json'),
    });
    expect(findings).toEqual([]);
    expect(
      monitors.map((m) =>
        m.source === 'datadog'
          ? [m.name, m.at.line, m.message?.at.line, m.hasWarningThreshold]
          : undefined,
      ),
    ).toEqual([
      ['[checkout] 5xx error rate is high', 6, 7, true],
      ['[checkout] p99 latency above 1.5s', 42, 43, true],
      ['[checkout] payment queue is backing up', 65, 66, true],
    ]);
  });

  it('reads one exported monitor in YAML and joins the escalation message', async () => {
    const { monitors } = await read({
      'monitors/search.yaml': [
        'name: "[search] index build failed"',
        'type: event-v2 alert',
        'query: events("source:jenkins status:error job:search-index").rollup("count").last("1h") > 0',
        'message: |',
        '  The nightly index build failed.',
        'options:',
        '  escalation_message: Still failing. @pagerduty-Search',
        '  thresholds:',
        '    critical: 0',
      ].join('\n'),
    });
    expect(monitors).toMatchObject([
      {
        source: 'datadog',
        name: '[search] index build failed',
        message: {
          text: 'The nightly index build failed.\n\nStill failing. @pagerduty-Search',
          at: { line: 4, column: 10 },
        },
        hasWarningThreshold: false,
      },
    ]);
  });

  it('reads Prometheus alerting rules, skipping recording rules', async () => {
    const { monitors, findings } = await read({
      'deploy/checkout.rules.yml': fixture('alerts.rules.yml'),
    });
    expect(findings).toEqual([]);
    expect(
      monitors.map((m) =>
        m.source === 'prometheus'
          ? [m.name, m.at.line, m.severity?.text, m.runbookUrl?.text]
          : undefined,
      ),
    ).toEqual([
      [
        'CheckoutHighErrorRate',
        6,
        'page',
        'https://github.com/acme/shop/blob/main/docs/runbooks/checkout-error-rate.md',
      ],
      ['CheckoutPodsRestarting', 19, 'warning', undefined],
      ['CheckoutDown', 26, 'critical', undefined],
    ]);
  });

  it('reads PrometheusRule objects among other Kubernetes documents of the same file', async () => {
    const { monitors, findings } = await read({
      'alerts/search.yaml': fixture('prometheusrule.yaml'),
    });
    expect(monitors.map((m) => [m.name, m.at.line])).toEqual([
      ['SearchLatencyHigh', 14],
      ['SearchIndexStale', 24],
    ]);
    expect(findings).toMatchObject([
      { ruleId: 'monitors/unknown-shape', severity: 'notice', line: 33 },
    ]);
  });

  it('reads Terraform datadog_monitor resources: heredocs, thresholds blocks, expressions kept as such', async () => {
    const { monitors, findings } = await read({ 'monitors/payments.tf': fixture('monitors.tf') });
    expect(findings).toEqual([]);
    expect(monitors).toMatchObject([
      {
        name: '[payments] provider errors',
        at: { line: 7, column: 1 },
        hasWarningThreshold: true,
        message: {
          at: { line: 11, column: 13 },
          text: [
            '{{#is_alert}}',
            'The payment provider fails: {{value}} errors in 5 minutes.',
            'Runbook: https://github.com/acme/shop/blob/main/docs/runbooks/payments-provider.md',
            '@pagerduty-Payments',
            '{{/is_alert}}',
            '{{#is_warning}}@slack-payments{{/is_warning}}',
            '{{#is_recovery}}Provider errors are back to normal. @pagerduty-Payments{{/is_recovery}}',
            '',
          ].join('\n'),
        },
      },
      {
        name: '[payments] refunds failing',
        hasWarningThreshold: false,
        message: { text: 'Refunds are failing. @slack-payments' },
      },
      {
        name: '[payments] ${each.key} latency',
        message: { text: 'local.payments_message', dynamic: 'whole' },
      },
    ]);
  });

  it('reads files with Windows line endings the same way', async () => {
    const crlf = (text: string): string => text.replace(/\n/g, '\r\n');
    const lf = await read({
      'monitors/payments.tf': fixture('monitors.tf'),
      'alerts/search.yaml': fixture('prometheusrule.yaml'),
    });
    const windows = await read({
      'monitors/payments.tf': crlf(fixture('monitors.tf')),
      'alerts/search.yaml': crlf(fixture('prometheusrule.yaml')),
    });
    expect(windows).toEqual(lf);
  });

  it('decodes HCL string escapes and keeps interpolations as written', async () => {
    const { monitors } = await read({
      'monitors/x.tf': [
        'resource "datadog_monitor" "x" {',
        '  name    = "disk \\"root\\" full"',
        '  message = "Disk full.\\n@pagerduty-${var.service} costs $${5}"',
        '  thresholds = { critical = 90, "warning" = 80 }',
        '}',
      ].join('\n'),
    });
    expect(monitors).toMatchObject([
      {
        name: 'disk "root" full',
        hasWarningThreshold: true,
        message: { text: 'Disk full.\n@pagerduty-${var.service} costs ${5}', dynamic: 'partial' },
      },
    ]);
  });

  it('reports invalid JSON, YAML and HCL with line and column, and reads nothing of them', async () => {
    const { monitors, findings } = await read({
      'monitors/a.json': '[\n  { "name": "x", "type": "metric alert", }\n]\n',
      'monitors/b.yml': 'groups:\n  - name: x\n    rules: [\n',
      'monitors/c.tf': 'resource "datadog_monitor" "c" {\n  name = = "x"\n}\n',
    });
    expect(monitors).toEqual([]);
    expect(findings.map((f) => [f.file, f.line, f.column, f.ruleId])).toEqual([
      ['monitors/a.json', 2, 42, 'monitors/parse-error'],
      ['monitors/b.yml', 4, 1, 'monitors/parse-error'],
      ['monitors/c.tf', 2, 10, 'monitors/parse-error'],
    ]);
    expect(findings[0]!.message).toMatch(/^not valid JSON: /);
    expect(findings[2]!.message).toMatch(/^not valid HCL: /);
  });

  it('says which entries and files it could not read as monitors, instead of failing', async () => {
    const { monitors, findings } = await read({
      'monitors/list.json': JSON.stringify(
        [{ name: 'a', type: 'metric alert', query: 'q' }, { id: 2 }],
        null,
        2,
      ),
      'monitors/notes.yml': 'owners:\n  - "@acme/sre"\n',
      'monitors/README.md': '# Our monitors\n',
    });
    expect(monitors.map((m) => m.name)).toEqual(['a']);
    expect(findings.map((f) => [f.file, f.line, f.ruleId])).toEqual([
      ['monitors/list.json', 7, 'monitors/invalid-monitor'],
      ['monitors/notes.yml', 1, 'monitors/unknown-shape'],
    ]);
  });

  it('reads only files under monitors.paths', async () => {
    const { files } = await read({
      'monitors/a.json': '[]',
      'alerts/deep/b.yaml': 'groups: []',
      'ops/x.rules.yml': 'groups: []',
      'src/config.json': '{}',
    });
    expect(files).toEqual(['alerts/deep/b.yaml', 'monitors/a.json', 'ops/x.rules.yml']);
  });
});
