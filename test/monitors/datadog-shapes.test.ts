import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings.js';
import { ONCALL, reportOf, runbook } from './fixtures.js';

/**
 * Datadog monitors in the other shapes teams keep them in: the `{"monitors": [...]}` wrapper of a list
 * exported with its paging metadata, monitors without a name, YAML lists.
 */

const CONFIG = `monitors:
  runbookUrlPrefixes: ["https://github.com/northwind/payments/blob/main/"]
  handles:
    "@pagerduty-Ledger": payments-escalation
`;

const REPO: Record<string, string> = {
  'oncall/schedules.yml': ONCALL,
  'runbooks/ledger-payouts.md': runbook('Ledger payouts failing', 'Policy `payments-escalation`.'),
};

const report = (files: Record<string, string>) => reportOf(CONFIG, { ...REPO, ...files });
const where = (f: Finding): string => `${f.ruleId} ${f.file}:${f.line}:${f.column}`;

const payouts = {
  id: 148823001,
  name: '[ledger] Payout webhook failures',
  type: 'log alert',
  query: 'logs("service:ledger-payouts status:error").index("*").rollup("count").last("5m") > 20',
  message:
    '{{#is_alert}}Payout webhooks are failing.\nRunbook: https://github.com/northwind/payments/blob/main/runbooks/ledger-payouts.md\n@pagerduty-Ledger{{/is_alert}}\n{{#is_warning}}@slack-ledger-alerts{{/is_warning}}\n{{#is_recovery}}Payouts recovered. @slack-ledger-alerts{{/is_recovery}}',
  tags: ['team:ledger', 'env:prod'],
  options: { thresholds: { critical: 20, warning: 5 } },
  priority: 1,
};

describe('Datadog monitor files beyond the API export', () => {
  it('reads the monitors of a {"monitors": [...]} wrapper', async () => {
    const { rows, findings } = await report({
      'monitors/ledger.json': JSON.stringify(
        { monitors: [payouts, { ...payouts, id: 148823002, name: '[ledger] Payout retries' }] },
        null,
        2,
      ),
    });
    expect(rows.map((r) => [r.name, r.line, r.paging, r.runbookStatus])).toEqual([
      ['[ledger] Payout webhook failures', 5, true, 'ok'],
      ['[ledger] Payout retries', 23, true, 'ok'],
    ]);
    expect(findings.filter((f) => f.ruleId !== 'monitors/coverage')).toEqual([]);
  });

  it('says where a monitor has no name, and still checks it', async () => {
    const { name: _name, ...unnamed } = payouts;
    const { rows, findings } = await report({
      'monitors/ledger.json': JSON.stringify(
        [payouts, { ...unnamed, message: '@pagerduty-Ledger' }],
        null,
        2,
      ),
      'monitors/ledger-queue.yaml': `- name: ""
  type: query alert
  query: avg(last_5m):avg:ledger.queue.depth{env:prod} > 1000
  message: "{{#is_alert}}Queue is deep. @slack-ledger-alerts{{/is_alert}}"
`,
    });
    expect(rows.map((r) => [r.file, r.line, r.name, r.runbookStatus])).toEqual([
      ['monitors/ledger-queue.yaml', 1, '(unnamed monitor)', null],
      ['monitors/ledger.json', 4, '[ledger] Payout webhook failures', 'ok'],
      ['monitors/ledger.json', 20, '(unnamed monitor)', 'missing'],
    ]);
    expect(findings.filter((f) => f.severity !== 'notice').map(where)).toEqual([
      'monitors/missing-name monitors/ledger-queue.yaml:1:9',
      'monitors/missing-name monitors/ledger.json:20:3',
      'monitors/pages-on-warning monitors/ledger.json:24:16',
      'monitors/no-runbook monitors/ledger.json:24:16',
    ]);
    expect(findings.find((f) => f.ruleId === 'monitors/missing-name')!.message).toBe(
      'monitor 1 of this file has no name: its notifications do not say what fired',
    );
  });

  it('says where a message is not text, instead of reading the monitor as silent', async () => {
    const { findings } = await report({
      'monitors/ledger.json': JSON.stringify(
        [{ ...payouts, message: ['@pagerduty-Ledger', 'Payouts are failing'] }],
        null,
        2,
      ),
    });
    expect(findings.filter((f) => f.ruleId === 'monitors/invalid-monitor').map(where)).toEqual([
      'monitors/invalid-monitor monitors/ledger.json:7:16',
    ]);
  });

  it('reads monitors kept by id, as datadog-sync writes them ({"148823001": {...}})', async () => {
    const { rows, findings } = await report({
      'monitors/monitors.json': JSON.stringify(
        {
          '148823001': payouts,
          '148823002': { ...payouts, id: 148823002, name: '[ledger] Payout retries' },
        },
        null,
        2,
      ),
    });
    expect(rows.map((r) => [r.name, r.line, r.runbookStatus])).toEqual([
      ['[ledger] Payout webhook failures', 4, 'ok'],
      ['[ledger] Payout retries', 22, 'ok'],
    ]);
    expect(findings.filter((f) => f.ruleId !== 'monitors/coverage')).toEqual([]);
  });
  it('reads the other monitors kept by id when one entry is no monitor, and says which', async () => {
    const { rows, findings } = await report({
      'monitors/monitors.json': JSON.stringify(
        { '148823001': payouts, '148823003': { id: 148823003, deleted: true } },
        null,
        2,
      ),
    });
    expect(rows.map((r) => [r.name, r.line])).toEqual([['[ledger] Payout webhook failures', 4]]);
    expect(findings.filter((f) => f.ruleId !== 'monitors/coverage').map((f) => f.ruleId)).toEqual([
      'monitors/invalid-monitor',
    ]);
  });
});
