import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings.js';
import { ONCALL, reportOf } from './fixtures.js';

/**
 * Datadog monitors kept in Terraform beyond `resource "datadog_monitor"`: the provider's
 * `datadog_monitor_json` (the monitor as the API's JSON, in a heredoc or through `jsonencode`) and
 * Terraform's JSON syntax (`*.tf.json`, as generators such as CDK for Terraform write it).
 */

const CONFIG = `monitors:
  handles:
    '@pagerduty-checkout': checkout-escalation
`;

const where = (f: Finding): string => `${f.ruleId} ${f.file}:${f.line}:${f.column}`;
const report = (files: Record<string, string>) =>
  reportOf(CONFIG, { 'oncall/schedules.yml': ONCALL, ...files });

const JSON_RESOURCES = `# Monitors exported from the Datadog UI and pasted as they are.
resource "datadog_monitor_json" "queue_depth" {
  monitor = <<-EOF
    {
      "name": "[checkout] order queue is backing up",
      "type": "query alert",
      "query": "avg(last_10m):avg:aws.sqs.approximate_number_of_messages_visible{queuename:checkout-orders} > 1000",
      "message": "{{#is_alert}}Orders wait in the queue. @pagerduty-checkout{{/is_alert}}",
      "options": { "thresholds": { "critical": 1000, "warning": 500 } }
    }
  EOF
}

resource "datadog_monitor_json" "worker_restarts" {
  monitor = jsonencode({
    name    = "[checkout] workers restart"
    type    = "query alert"
    query   = "change(sum(last_5m),last_5m):sum:kubernetes.containers.restarts{kube_deployment:checkout-worker} > 5"
    message = "Workers crash-loop. Runbook: runbooks/checkout-workers.md @pagerduty-checkout"
    options = {
      thresholds = { critical = 5 }
    }
  })
}

resource "datadog_monitor_json" "from_file" {
  monitor = file("\${path.module}/exported/checkout-latency.json")
}
`;

describe('Terraform datadog_monitor_json resources', () => {
  it('reads the monitor JSON of a heredoc and of jsonencode, at its lines in the .tf file', async () => {
    const { rows, findings } = await report({ 'monitors/checkout.tf': JSON_RESOURCES });
    expect(rows.map((r) => [r.name, r.line, r.paging, r.handles, r.runbookStatus])).toEqual([
      ['[checkout] order queue is backing up', 5, true, ['@pagerduty-checkout'], 'missing'],
      ['[checkout] workers restart', 16, true, ['@pagerduty-checkout'], 'not-found'],
    ]);
    expect(findings.filter((f) => f.severity !== 'notice').map(where)).toEqual([
      'monitors/no-runbook monitors/checkout.tf:8:18',
      'monitors/runbook-not-found monitors/checkout.tf:19:15',
    ]);
    // A monitor built by an expression is said to be unread, not skipped in silence.
    expect(findings.filter((f) => f.ruleId === 'monitors/dynamic-value').map(where)).toEqual([
      'monitors/dynamic-value monitors/checkout.tf:27:13',
    ]);
  });

  it('reports invalid JSON in a heredoc at its line in the .tf file', async () => {
    const { findings } = await report({
      'monitors/checkout.tf': JSON_RESOURCES.replace(
        '"type": "query alert",',
        '"type": "query alert"',
      ),
    });
    expect(findings.filter((f) => f.ruleId === 'monitors/parse-error').map(where)).toEqual([
      'monitors/parse-error monitors/checkout.tf:7:7',
    ]);
  });
});

describe('Terraform JSON syntax (*.tf.json)', () => {
  it('reads the datadog_monitor resources of a .tf.json file', async () => {
    const tfJson = JSON.stringify(
      {
        resource: {
          datadog_monitor: {
            disk_full: {
              name: '[checkout] disk almost full',
              type: 'metric alert',
              query: 'avg(last_5m):avg:system.disk.in_use{service:checkout} by {host} > 0.95',
              message:
                '{{#is_alert}}Disk on {{host.name}} is full. @pagerduty-checkout{{/is_alert}}',
              monitor_thresholds: { critical: 0.95, warning: 0.9 },
            },
          },
        },
      },
      null,
      2,
    );
    const { rows, findings } = await report({ 'monitors/disk.tf.json': tfJson });
    expect(rows.map((r) => [r.name, r.line, r.paging, r.runbookStatus])).toEqual([
      ['[checkout] disk almost full', 5, true, 'missing'],
    ]);
    expect(findings.map((f) => f.ruleId)).not.toContain('monitors/unknown-shape');
    expect(findings.filter((f) => f.ruleId === 'monitors/no-warning-threshold')).toEqual([]);
  });
});

describe('Terraform messages rendered by templatefile', () => {
  const LATENCY = `resource "datadog_monitor" "latency" {
  name    = "[checkout] p99 latency is high"
  type    = "query alert"
  query   = "percentile(last_10m):p99:trace.http.request{service:checkout} > 2"
  message = templatefile("\${path.module}/messages/latency.tftpl", {
    pager   = "@pagerduty-checkout"
    service = "checkout"
  })
  monitor_thresholds {
    critical = 2
    warning  = 1
  }
}
`;
  const TEMPLATE = `{{#is_alert}}
\${service} answers slowly (p99 {{value}} s).
Runbook: runbooks/\${service}-latency.md
\${pager}
{{/is_alert}}
{{#is_recovery}}Recovered.{{/is_recovery}}
`;

  it('reads the template from the repository with the literal values given for it', async () => {
    const { rows, findings } = await report({
      'monitors/checkout/latency.tf': LATENCY,
      'monitors/checkout/messages/latency.tftpl': TEMPLATE,
    });
    expect(rows.map((r) => [r.name, r.paging, r.handles, r.runbook, r.runbookStatus])).toEqual([
      [
        '[checkout] p99 latency is high',
        true,
        ['@pagerduty-checkout'],
        'runbooks/checkout-latency.md',
        'not-found',
      ],
    ]);
    expect(findings.filter((f) => f.ruleId === 'monitors/dynamic-value')).toEqual([]);
    expect(findings.filter((f) => f.severity !== 'notice').map(where)).toEqual([
      'monitors/runbook-not-found monitors/checkout/latency.tf:5:13',
    ]);
  });

  it('says where the template it names is missing', async () => {
    const { findings } = await report({ 'monitors/checkout/latency.tf': LATENCY });
    expect(findings.filter((f) => f.ruleId === 'monitors/invalid-monitor').map(where)).toEqual([
      'monitors/invalid-monitor monitors/checkout/latency.tf:5:13',
    ]);
  });
});

describe('alerting resources of Terraform this check does not read', () => {
  it('says so for Grafana rule groups and Datadog synthetics tests, instead of skipping them in silence', async () => {
    const { rows, findings } = await report({
      'monitors/alerting.tf': `resource "grafana_rule_group" "ledger" {
  name             = "ledger"
  folder_uid       = grafana_folder.ledger.uid
  interval_seconds = 60
  rule {
    name      = "Ledger consumer lag"
    condition = "C"
  }
}

resource "datadog_synthetics_test" "checkout_api" {
  name    = "Checkout API is up"
  type    = "api"
  message = "Checkout API does not answer. @pagerduty-checkout"
}
`,
    });
    expect(rows).toEqual([]);
    expect(
      findings
        .filter((f) => f.ruleId === 'monitors/unknown-shape')
        .map((f) => `${where(f)} ${f.message}`),
    ).toEqual([
      'monitors/unknown-shape monitors/alerting.tf:1:1 resource "grafana_rule_group" "ledger" is not read: its alerts are not checked for a runbook (Grafana rule groups are read from provisioning files)',
      'monitors/unknown-shape monitors/alerting.tf:11:1 resource "datadog_synthetics_test" "checkout_api" is not read: its alerts are not checked for a runbook',
    ]);
  });
});
