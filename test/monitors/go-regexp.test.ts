import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings.js';
import { ONCALL, reportOf } from './fixtures.js';

/**
 * Alertmanager matches `match_re` and `=~` matchers with Go's regexp package (RE2 syntax), anchored at
 * both ends: `(?i)` flags, `\z`, POSIX classes and `\Q…\E` mean what Go says, and what Go refuses
 * (lookarounds, backreferences) makes Alertmanager refuse the whole configuration.
 */

const CONFIG = `monitors:
  runbookUrlPrefixes: ["https://github.com/northwind/payments/blob/main/"]
`;

const ALERTMANAGER = `route:
  receiver: slack-default
  routes:
    - match_re:
        severity: (?i)critical|page
      receiver: pagerduty-platform
    - matchers:
        - team=~"[[:lower:]]+-oncall"
        - env!~"(?i)staging|dev"
      receiver: opsgenie-teams
    - matchers: ['service=~"\\\\Qpayments.v2\\\\E"']
      receiver: pagerduty-payments
receivers:
  - name: slack-default
    slack_configs:
      - channel: '#alerts'
  - name: pagerduty-platform
    pagerduty_configs:
      - routing_key_file: /etc/alertmanager/secrets/pd-platform
  - name: opsgenie-teams
    opsgenie_configs:
      - api_key_file: /etc/alertmanager/secrets/opsgenie
  - name: pagerduty-payments
    pagerduty_configs:
      - routing_key_file: /etc/alertmanager/secrets/pd-payments
`;

const RULES = `groups:
  - name: platform
    rules:
      - alert: NodeDown
        expr: up{job="node"} == 0
        labels: { severity: CRITICAL }
      - alert: DiskWillFill
        expr: predict_linear(node_filesystem_avail_bytes[6h], 4 * 3600) < 0
        labels: { severity: warning, team: storage-oncall, env: production }
      - alert: DiskWillFillStaging
        expr: predict_linear(node_filesystem_avail_bytes[6h], 4 * 3600) < 0
        labels: { severity: warning, team: storage-oncall, env: Staging }
      - alert: SeverityPrefixOnly
        expr: vector(1)
        labels: { severity: critical-ish }
      - alert: PaymentsV2Errors
        expr: rate(http_requests_total{code=~"5.."}[5m]) > 1
        labels: { severity: warning, service: payments.v2 }
      - alert: PaymentsXv2Errors
        expr: rate(http_requests_total{code=~"5.."}[5m]) > 1
        labels: { severity: warning, service: paymentsXv2 }
`;

const where = (f: Finding): string => `${f.ruleId} ${f.file}:${f.line}:${f.column}`;

const report = (alertmanager: string) =>
  reportOf(CONFIG, {
    'oncall/schedules.yml': ONCALL,
    'alerts/alertmanager.yml': alertmanager,
    'alerts/platform.rules.yml': RULES,
  });

describe("Alertmanager's Go regular expressions", () => {
  it('reads (?i), POSIX classes and \\Q…\\E as Go does, anchored at both ends', async () => {
    const { rows, findings } = await report(ALERTMANAGER);
    expect(rows.map((r) => [r.name, r.paging])).toEqual([
      ['NodeDown', true],
      ['DiskWillFill', true],
      ['DiskWillFillStaging', false],
      ['SeverityPrefixOnly', false],
      ['PaymentsV2Errors', true],
      ['PaymentsXv2Errors', false],
    ]);
    expect(findings.filter((f) => f.ruleId === 'monitors/invalid-monitor')).toEqual([]);
  });

  it('says that Alertmanager refuses a configuration with a regular expression Go does not accept', async () => {
    const { findings } = await report(
      ALERTMANAGER.replace('(?i)critical|page', '(?!info)(critical|page)'),
    );
    const bad = findings.filter((f) => f.ruleId === 'monitors/invalid-monitor');
    expect(bad.map(where)).toEqual(['monitors/invalid-monitor alerts/alertmanager.yml:5:19']);
    expect(bad[0]!.message).toBe(
      'Alertmanager refuses to load this configuration: "(?!info)(critical|page)" is not a Go regular expression (invalid or unsupported Perl syntax: `(?!`); this route is taken to match nothing',
    );
  });
});
