import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.js';
import type { Config } from '../../src/config/types.js';
import type { Finding } from '../../src/findings.js';
import { monitorsModule, monitorsReport } from '../../src/monitors/module.js';
import { MONITOR_RULES } from '../../src/monitors/rules.js';
import { memoryRepo } from '../../src/repo/memory.js';
import { contextFor } from '../support/modules.js';
import { CONFIG, ONCALL, REPO, checkoutRows } from './fixtures.js';

const NOW = new Date('2026-11-25T00:00:00Z');

function config(yaml = CONFIG): Config {
  const loaded = parseConfig(yaml, '.github/ops-steward.yml');
  expect(loaded.errors).toEqual([]);
  return loaded.config;
}

async function run(files: Record<string, string> = REPO, yaml = CONFIG) {
  return monitorsReport(contextFor(memoryRepo(files), config(yaml), NOW));
}

const brief = (f: Finding): string => `${f.ruleId} ${f.file ?? '-'}:${f.line ?? '-'} ${f.severity}`;

describe('monitors check', () => {
  it('lists every monitor with its paging verdict, handles and runbook status', async () => {
    const { rows } = await run();
    expect(rows).toEqual([
      {
        file: 'alerts/search.yaml',
        line: 14,
        name: 'SearchLatencyHigh',
        source: 'prometheus',
        paging: true,
        handles: [],
        runbook: 'docs/runbooks/search-latency.md',
        runbookStatus: 'failing',
      },
      {
        file: 'alerts/search.yaml',
        line: 24,
        name: 'SearchIndexStale',
        source: 'prometheus',
        paging: true,
        handles: [],
        runbook: 'docs/runbooks/search-index-stale.md',
        runbookStatus: 'not-found',
      },
      ...checkoutRows('deploy/checkout.rules.yml', 'monitors/datadog/checkout.json'),
      {
        file: 'monitors/payments.tf',
        line: 7,
        name: '[payments] provider errors',
        source: 'datadog',
        paging: true,
        handles: ['@pagerduty-Payments', '@slack-payments'],
        runbook: 'docs/runbooks/payments-provider.md',
        runbookStatus: 'ok',
      },
      {
        file: 'monitors/payments.tf',
        line: 31,
        name: '[payments] refunds failing',
        source: 'datadog',
        paging: false,
        handles: ['@slack-payments'],
        runbook: null,
        runbookStatus: null,
      },
      {
        file: 'monitors/payments.tf',
        line: 42,
        name: '[payments] ${each.key} latency',
        source: 'datadog',
        paging: false,
        handles: [],
        runbook: null,
        runbookStatus: null,
      },
    ]);
  });

  it('reports what is wrong, each on its line, and the coverage line', async () => {
    const findings = await monitorsModule.check(contextFor(memoryRepo(REPO), config(), NOW));
    expect(findings.map(brief).sort()).toEqual(
      [
        'monitors/coverage -:- notice',
        'monitors/dynamic-value monitors/payments.tf:47 notice',
        'monitors/escalation-mismatch monitors/payments.tf:11 warning',
        'monitors/no-recovery-message monitors/datadog/checkout.json:43 notice',
        'monitors/no-runbook deploy/checkout.rules.yml:26 error',
        'monitors/no-runbook monitors/datadog/checkout.json:43 error',
        'monitors/pages-on-warning monitors/datadog/checkout.json:43 warning',
        'monitors/runbook-failing alerts/search.yaml:17 warning',
        'monitors/runbook-not-found alerts/search.yaml:26 error',
        'monitors/unknown-shape alerts/search.yaml:33 notice',
      ].sort(),
    );
    const by = (id: string): Finding => findings.find((f) => f.ruleId === id)!;
    expect(by('monitors/coverage').message).toBe(
      '3 of 7 paging monitors link a valid runbook (11 monitors in 4 files)',
    );
    expect(by('monitors/runbook-failing').message).toMatch(
      /^the runbook docs\/runbooks\/search-latency.md of paging monitor "SearchLatencyHigh" fails its checks: docs\/missing-section, docs\/placeholder/,
    );
    expect(by('monitors/escalation-mismatch').message).toBe(
      'paging monitor "[payments] provider errors" pages @pagerduty-Payments (@acme/payments, payments-escalation), but the escalation section of its runbook docs/runbooks/payments-provider.md names @acme/discovery',
    );
    expect(by('monitors/pages-on-warning').message).toContain('@pagerduty-Checkout');
  });

  it('maps paging handles to escalation policies or teams of the on-call config', async () => {
    const message = (handle: string): string =>
      JSON.stringify({
        name: `pages ${handle}`,
        type: 'metric alert',
        query: 'avg(last_5m):avg:system.load.1{*} > 4',
        message: `{{#is_alert}}Load is high. ${handle}\nRunbook: docs/runbooks/checkout-error-rate.md{{/is_alert}}\n{{#is_recovery}}ok{{/is_recovery}}`,
        options: { thresholds: { critical: 4, warning: 3 } },
      });
    const files = {
      ...REPO,
      'monitors/a.json': message('@opsgenie-Checkout'),
      'monitors/b.json': message('@pagerduty-search'),
      'monitors/c.json': message('@oncall-checkout'),
    };
    const yaml = `${CONFIG}    "@pagerduty-search": search-escalation\n    "@oncall-checkout": "@acme/checkout"\n`;
    const { findings } = await run(files, yaml);
    const unknown = findings.filter((f) => f.ruleId === 'monitors/unknown-handle');
    expect(unknown.map((f) => [f.file, f.line, f.message])).toEqual([
      [
        'monitors/a.json',
        1,
        '"pages @opsgenie-Checkout" pages @opsgenie-Checkout, which maps to no escalation policy: add it to monitors.handles (e.g. "@opsgenie-Checkout": <policy or @org/team>)',
      ],
      [
        'monitors/b.json',
        1,
        '"pages @pagerduty-search" pages @pagerduty-search, mapped to search-escalation by monitors.handles, which is no escalation policy or team of the on-call config',
      ],
    ]);
  });

  it('says once that handles were not checked when the repository has no on-call config', async () => {
    const files = { ...REPO };
    delete files['oncall/schedules.yml'];
    const { findings } = await run(files);
    expect(
      findings.filter((f) => f.ruleId.startsWith('monitors/') && /handle|oncall/.test(f.ruleId)),
    ).toEqual([
      {
        ruleId: 'monitors/no-oncall',
        severity: 'notice',
        message:
          '3 paging monitors were not checked against escalation policies: no on-call config (oncall.files) was found',
      },
    ]);
  });

  it('tells a link to a file that is no runbook, and a runbook outside the repository, from a valid one', async () => {
    const alert = (name: string, runbookUrl: string): string =>
      `  - alert: ${name}\n    expr: up == 0\n    labels: { severity: page }\n    annotations:\n      runbook_url: ${runbookUrl}\n`;
    const files = {
      'oncall/schedules.yml': ONCALL,
      'docs/design/checkout.md': '# Checkout design\n',
      'docs/runbooks/checkout-error-rate.md': REPO['docs/runbooks/checkout-error-rate.md']!,
      'alerts/x.rules.yml': `groups:\n- name: x\n  rules:\n${[
        alert('NotARunbook', 'https://github.com/acme/shop/blob/main/docs/design/checkout.md'),
        alert('Elsewhere', 'https://wiki.acme.example/runbooks/checkout'),
        alert('Escapes', '../../ops/runbooks/checkout.md'),
        alert(
          'Valid',
          'https://github.com/acme/shop/blob/main/docs/runbooks/checkout-error-rate.md#diagnosis',
        ),
      ].join('')}`,
    };
    const { rows, findings, coverage } = await run(files);
    expect(rows.map((r) => [r.name, r.runbook, r.runbookStatus])).toEqual([
      ['NotARunbook', 'docs/design/checkout.md', 'failing'],
      ['Elsewhere', 'https://wiki.acme.example/runbooks/checkout', 'not-found'],
      ['Escapes', '../../ops/runbooks/checkout.md', 'not-found'],
      ['Valid', 'docs/runbooks/checkout-error-rate.md', 'ok'],
    ]);
    expect(findings.filter((f) => f.severity !== 'notice').map((f) => [f.ruleId, f.line])).toEqual([
      ['monitors/not-a-runbook', 8],
      ['monitors/runbook-not-found', 13],
      ['monitors/runbook-not-found', 18],
    ]);
    expect(findings.find((f) => f.line === 13)!.message).toContain('outside this repository');
    expect(coverage).toMatchObject({ paging: 4, valid: 1 });
  });

  it("judges runbooks with the config's own rule severities: a docs rule switched off does not fail them", async () => {
    const yaml = `${CONFIG}rules:\n  docs/missing-section: "off"\n  docs/placeholder: notice\n`;
    const { rows } = await run(REPO, yaml);
    expect(rows.find((r) => r.name === 'SearchLatencyHigh')!.runbookStatus).toBe('ok');
  });

  it('counts nothing and says nothing when the repository has no monitor files', async () => {
    const { findings, coverage } = await run({ 'docs/runbooks/a.md': 'x' });
    expect(findings).toEqual([]);
    expect(coverage).toEqual({ paging: 0, valid: 0, monitors: 0, files: 0 });
  });

  it('reports unbalanced message blocks and Terraform interpolations at the message', async () => {
    const files = {
      'oncall/schedules.yml': ONCALL,
      'monitors/disk.yaml': [
        'name: "[infra] disk almost full"',
        'type: metric alert',
        'query: avg(last_5m):max:system.disk.in_use{env:prod} by {host} > 0.95',
        'message: |',
        '  {{#is_alert}}Disk on {{host.name}} is full. @pagerduty-Infra',
        '  Runbook: docs/runbooks/disk-full.md',
        'options:',
        '  thresholds: { critical: 0.95 }',
      ].join('\n'),
      'monitors/dyn.tf': [
        'resource "datadog_monitor" "dyn" {',
        '  name    = "[infra] ${var.service} down"',
        '  type    = "service check"',
        '  query   = "avg(last_5m):min:http.can_connect{env:prod} < 1"',
        '  message = "Down. @pagerduty-${var.pager} Runbook: docs/runbooks/${var.service}.md"',
        '}',
      ].join('\n'),
    };
    const { findings, rows } = await run(files);
    expect(findings.map((f) => [f.ruleId, f.file, f.line, f.message])).toEqual([
      [
        'monitors/message-template',
        'monitors/disk.yaml',
        4,
        'message of "[infra] disk almost full": {{#is_alert}} is never closed',
      ],
      [
        'monitors/no-warning-threshold',
        'monitors/disk.yaml',
        1,
        'paging monitor "[infra] disk almost full" has no warning threshold: nothing warns before it pages',
      ],
      [
        'monitors/no-recovery-message',
        'monitors/disk.yaml',
        4,
        'the message of paging monitor "[infra] disk almost full" has no {{#is_recovery}} block: the on-call is not told when it recovers',
      ],
      [
        'monitors/dynamic-value',
        'monitors/dyn.tf',
        5,
        'the message of "[infra] ${var.service} down" interpolates Terraform expressions: handles and links they add are not checked',
      ],
      [
        'monitors/unknown-handle',
        'monitors/disk.yaml',
        4,
        '"[infra] disk almost full" pages @pagerduty-Infra, which maps to no escalation policy: add it to monitors.handles (e.g. "@pagerduty-Infra": <policy or @org/team>)',
      ],
      [
        'monitors/runbook-not-found',
        'monitors/disk.yaml',
        4,
        'paging monitor "[infra] disk almost full" links the runbook docs/runbooks/disk-full.md, which does not exist',
      ],
      [
        'monitors/coverage',
        undefined,
        undefined,
        '0 of 1 paging monitors link a valid runbook (2 monitors in 2 files)',
      ],
    ]);
    // `@pagerduty-${var.pager}` is not a handle anyone can check: the monitor is not counted as paging.
    expect(rows.map((r) => [r.name, r.paging])).toEqual([
      ['[infra] disk almost full', true],
      ['[infra] ${var.service} down', false],
    ]);
  });

  it('does not call a runbook link built from a Terraform expression missing', async () => {
    const files = {
      'oncall/schedules.yml': ONCALL,
      'monitors/checkout.tf': [
        'resource "datadog_monitor" "checkout" {',
        '  name    = "[checkout] errors"',
        '  type    = "query alert"',
        '  query   = "sum(last_5m):sum:checkout.errors{env:prod}.as_count() > 50"',
        '  message = <<-EOT',
        '    {{#is_alert}}@pagerduty-Checkout',
        '    Runbook: ${local.runbook_base}/checkout-error-rate.md{{/is_alert}}',
        '    {{#is_recovery}}ok{{/is_recovery}}',
        '  EOT',
        '  monitor_thresholds {',
        '    critical = 50',
        '    warning  = 20',
        '  }',
        '}',
      ].join('\n'),
    };
    const { findings, rows } = await run(files);
    expect(rows[0]).toMatchObject({ paging: true, runbook: null, runbookStatus: 'missing' });
    expect(findings.map((f) => [f.ruleId, f.severity, f.line])).toEqual([
      ['monitors/dynamic-value', 'notice', 5],
      ['monitors/dynamic-value', 'notice', 5],
      ['monitors/coverage', 'notice', undefined],
    ]);
    expect(findings[1]!.message).toBe(
      'the runbook link of paging monitor "[checkout] errors" is built from Terraform expressions: it is not checked',
    );
  });

  it('emits only rule ids of its catalogue', async () => {
    const ids = new Set(MONITOR_RULES.map((r) => r.id));
    const findings = await monitorsModule.check(contextFor(memoryRepo(REPO), config(), NOW));
    for (const f of findings) expect(ids).toContain(f.ruleId);
  });
});
