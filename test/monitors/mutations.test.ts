import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONFIG, fixture, reportOf } from './fixtures.js';

/**
 * Monitor files damaged the way edits damage them — a cut line, a stray `{{`, `|`, quote or colon, an
 * Alertmanager route or ConfigMap half rewritten — never make the check throw, and every problem it
 * reports about a file names that file and a line. Fixed seed: a failure reproduces exactly.
 */

const RUNS = Number(process.env.FUZZ_RUNS ?? 60);

const ALERTMANAGER = `route:
  receiver: slack
  routes:
    - matchers: ['severity=~"P1|high"', team="ledger"]
      receiver: pagerduty
      continue: true
    - match_re: { severity: "P[12]" }
      receiver: opsgenie
receivers:
  - name: slack
    slack_configs: [{ channel: '#alerts' }]
  - name: pagerduty
    pagerduty_configs: [{ routing_key_file: /etc/pd }]
  - name: opsgenie
    opsgenie_configs: [{ api_key_file: /etc/og }]
`;

const CONFIGMAP = `apiVersion: v1
kind: ConfigMap
metadata: { name: rules }
data:
  ledger.rules.yml: |
    groups:
      - name: ledger
        labels: { severity: page }
        rules:
          - alert: LedgerDown
            expr: up == 0
            annotations:
              runbook_url: "https://github.com/acme/shop/blob/main/docs/runbooks/{{ $labels.service }}.md#top"
`;

const SEEDS: readonly [string, string][] = [
  ['alerts/checkout.rules.yml', fixture('alerts.rules.yml')],
  ['alerts/search.yaml', fixture('prometheusrule.yaml')],
  ['monitors/checkout.json', fixture('datadog-api-export.json')],
  ['alerts/alertmanager.yml', ALERTMANAGER],
  ['alerts/configmap.yaml', CONFIGMAP],
];

const TOKENS = [
  '{{',
  '}}',
  '{{/is_alert}}',
  '|',
  ':',
  '- ',
  '"',
  "'",
  '#',
  '\n',
  '  ',
  '[',
  '{',
  '&a',
  '*a',
];

const mutation = fc.tuple(
  fc.constantFrom(...SEEDS),
  fc.array(
    fc.tuple(
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.nat({ max: 40 }),
      fc.constantFrom(...TOKENS),
    ),
    { minLength: 1, maxLength: 6 },
  ),
);

function mutate(text: string, edits: readonly [number, number, string][]): string {
  let out = text;
  for (const [where, cut, token] of edits) {
    const at = Math.floor(where * out.length);
    out = out.slice(0, at) + token + out.slice(at + cut);
  }
  return out;
}

describe('damaged monitor files', () => {
  it('never throw, and every finding about a file has its line', async () => {
    await fc.assert(
      fc.asyncProperty(mutation, async ([[path, text], edits]) => {
        const report = await reportOf(CONFIG, { [path]: mutate(text, edits) });
        for (const f of report.findings) {
          if (f.file === undefined) continue;
          expect(f.file).toBe(path);
          expect(f.line).toBeGreaterThanOrEqual(1);
          expect(f.column).toBeGreaterThanOrEqual(1);
        }
        expect(report.rows.length).toBe(report.monitors.length);
      }),
      { numRuns: RUNS, seed: 20261201 },
    );
  }, 120_000);
});
