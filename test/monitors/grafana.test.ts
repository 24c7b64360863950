import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.js';
import type { Finding } from '../../src/findings.js';
import { monitorsModule } from '../../src/monitors/module.js';
import { diffFromPullFiles } from '../../src/repo/diff.js';
import { memoryRepo } from '../../src/repo/memory.js';
import { pullRequestContextFor } from '../support/modules.js';
import { ONCALL, reportOf, runbook } from './fixtures.js';

/**
 * Grafana-managed alert rules kept as provisioning files (`apiVersion: 1`, exported from Alerting → Export):
 * rules with `title`, `labels`, `annotations.runbook_url`, and what Grafana routes them by — a rule's own
 * contact point (`notification_settings.receiver`), else the notification policies — to contact points that
 * page (PagerDuty, Opsgenie, VictorOps, Grafana OnCall).
 */

const CONFIG = `monitors:
  runbookUrlPrefixes: ["https://github.com/northwind/payments/blob/main/"]
`;

const RULES = `apiVersion: 1
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
          severity: high
          team: ledger
        annotations:
          runbook_url: https://github.com/northwind/payments/blob/main/runbooks/ledger-lag.md
      - uid: ledger-export
        title: Ledger export slow
        condition: C
        data:
          - refId: A
            datasourceUid: prometheus
            model:
              expr: ledger_export_duration_seconds
        labels:
          severity: high
          team: ledger
        notification_settings:
          receiver: ledger-slack
      - uid: ledger-writer-down
        title: Ledger writer down
        condition: C
        data:
          - refId: A
            datasourceUid: prometheus
            model:
              expr: up{job="ledger-writer"}
        labels:
          severity: low
        notification_settings:
          receiver: ledger-pager
      - uid: ledger-disk
        title: Ledger disk filling
        condition: C
        data:
          - refId: A
            datasourceUid: prometheus
            model:
              expr: kubelet_volume_stats_available_bytes
        labels:
          severity: critical
`;

const ROUTING = `apiVersion: 1
contactPoints:
  - orgId: 1
    name: ledger-slack
    receivers:
      - uid: ledger-slack
        type: slack
        settings:
          recipient: '#ledger-alerts'
  - orgId: 1
    name: ledger-pager
    receivers:
      - uid: ledger-pd
        type: pagerduty
        settings:
          integrationKey: $PD_LEDGER_KEY
policies:
  - orgId: 1
    receiver: ledger-slack
    group_by: [grafana_folder, alertname]
    routes:
      - receiver: ledger-pager
        object_matchers:
          - ['team', '=', 'ledger']
          - ['severity', '=~', 'high|page']
`;

const where = (f: Finding): string => `${f.ruleId} ${f.file}:${f.line}:${f.column}`;
const report = (files: Record<string, string>) =>
  reportOf(CONFIG, {
    'oncall/schedules.yml': ONCALL,
    'runbooks/ledger-lag.md': runbook('Ledger consumer lag', 'Policy `payments-escalation`.'),
    ...files,
  });

describe('Grafana-managed alert rules', () => {
  it('decides paging by the rule’s contact point, else the notification policies, else its severity', async () => {
    const { rows, findings } = await report({
      'alerts/grafana/ledger-rules.yaml': RULES,
      'alerts/grafana/routing.yaml': ROUTING,
    });
    expect(rows.map((r) => [r.name, r.source, r.line, r.paging, r.runbookStatus])).toEqual([
      ['Ledger consumer lag', 'grafana', 9, true, 'ok'],
      ['Ledger export slow', 'grafana', 23, false, null],
      ['Ledger writer down', 'grafana', 36, true, 'missing'],
      ['Ledger disk filling', 'grafana', 48, true, 'missing'],
    ]);
    expect(findings.filter((f) => f.severity !== 'notice').map(where)).toEqual([
      'monitors/no-runbook alerts/grafana/ledger-rules.yaml:36:9',
      'monitors/no-runbook alerts/grafana/ledger-rules.yaml:48:9',
    ]);
    expect(findings.find((f) => f.line === 36)!.message).toBe(
      'paging monitor "Ledger writer down" has no runbook_url annotation (its contact point ledger-pager at alerts/grafana/routing.yaml:11 pages)',
    );
    expect(findings.map((f) => f.ruleId)).not.toContain('monitors/unknown-shape');
  });

  it('without the routing in the repository, pages by severity alone', async () => {
    const { rows } = await report({ 'alerts/grafana/ledger-rules.yaml': RULES });
    expect(rows.map((r) => [r.name, r.paging])).toEqual([
      ['Ledger consumer lag', false],
      ['Ledger export slow', false],
      ['Ledger writer down', false],
      ['Ledger disk filling', true],
    ]);
  });

  it('reports on a pull request the rules a contact point change makes page, though the rules did not change', async () => {
    const before = {
      'oncall/schedules.yml': ONCALL,
      'runbooks/ledger-lag.md': runbook('Ledger consumer lag', 'Policy `payments-escalation`.'),
      'alerts/grafana/ledger-rules.yaml': RULES,
      'alerts/grafana/routing.yaml': ROUTING,
    };
    const head = {
      ...before,
      'alerts/grafana/routing.yaml': ROUTING.replace(
        "      - uid: ledger-slack\n        type: slack\n        settings:\n          recipient: '#ledger-alerts'",
        '      - uid: ledger-slack\n        type: pagerduty\n        settings:\n          integrationKey: $PD_LEDGER_LOW_KEY',
      ),
    };
    expect(head['alerts/grafana/routing.yaml']).not.toBe(ROUTING);
    const ctx = pullRequestContextFor(
      memoryRepo(head),
      memoryRepo(before),
      diffFromPullFiles([
        {
          filename: 'alerts/grafana/routing.yaml',
          status: 'modified',
          patch: [
            '@@ -5,6 +5,6 @@',
            '     receivers:',
            '       - uid: ledger-slack',
            '-        type: slack',
            '+        type: pagerduty',
            '         settings:',
            "-          recipient: '#ledger-alerts'",
            '+          integrationKey: $PD_LEDGER_LOW_KEY',
            '   - orgId: 1',
          ].join('\n'),
        },
      ]),
      parseConfig(CONFIG, '.github/ops-steward.yml').config,
      new Date('2026-11-25T00:00:00Z'),
    );
    const { findings } = await monitorsModule.pullRequest!(ctx);
    expect(findings.filter((f) => f.severity !== 'notice').map(where)).toEqual([
      'monitors/no-runbook alerts/grafana/ledger-rules.yaml:23:9',
    ]);
  });
});
