import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.js';
import { monitorsModule } from '../../src/monitors/module.js';
import { diffFromPullFiles } from '../../src/repo/diff.js';
import type { PullFileEntry } from '../../src/repo/diff.js';
import { memoryRepo } from '../../src/repo/memory.js';
import { pullRequestContextFor } from '../support/modules.js';
import { CONFIG, REPO } from './fixtures.js';

const NOW = new Date('2026-11-25T00:00:00Z');
const config = parseConfig(CONFIG, '.github/ops-steward.yml').config;

async function review(head: Record<string, string>, entries: PullFileEntry[]) {
  const ctx = pullRequestContextFor(
    memoryRepo(head),
    memoryRepo(REPO),
    diffFromPullFiles(entries),
    config,
    NOW,
  );
  return monitorsModule.pullRequest!(ctx);
}

describe('monitors on a pull request', () => {
  it('reports only the monitors the change touches, and the runbooks it changes that monitors link', async () => {
    const head = {
      ...REPO,
      'docs/runbooks/search-latency.md': `${REPO['docs/runbooks/search-latency.md']!}\nReviewed after the November incident.\n`,
    };
    // GET /pulls/{n}/files: CheckoutDown's `for:` changed; a line added at the end of the runbook.
    const { findings, section } = await review(head, [
      {
        filename: 'deploy/checkout.rules.yml',
        status: 'modified',
        patch: [
          '@@ -26,7 +26,7 @@',
          '       - alert: CheckoutDown',
          '         expr: up{job="checkout"} == 0',
          '-        for: 5m',
          '+        for: 2m',
          '         labels:',
          '           severity: critical',
          '         annotations:',
        ].join('\n'),
      },
      {
        filename: 'docs/runbooks/search-latency.md',
        status: 'modified',
        patch:
          '@@ -27,3 +27,5 @@\n ## Escalation\n \n Escalate to @acme/discovery.\n+\n+Reviewed after the November incident.',
      },
    ]);
    expect(findings.map((f) => [f.ruleId, f.file, f.line])).toEqual([
      ['monitors/no-runbook', 'deploy/checkout.rules.yml', 26],
    ]);
    expect(section!.title).toBe('Monitors');
    expect(section!.markdown).toBe(
      [
        'Paging monitors this pull request adds or changes:',
        '',
        '| Monitor | Where | Pages | Runbook |',
        '| --- | --- | --- | --- |',
        '| CheckoutDown | `deploy/checkout.rules.yml:26` | severity | ❌ no runbook |',
        '',
        'This pull request changes the runbook `docs/runbooks/search-latency.md`, linked by 1 paging monitor (SearchLatencyHigh): it fails its checks.',
        '',
        'With this change, 3 of 7 paging monitors link a valid runbook.',
      ].join('\n'),
    );
  });

  it('reports a new monitor file that is not valid JSON, on its line', async () => {
    const text = '[\n  {\n    "name": "[search] errors",\n    "type": "query alert",\n  }\n]\n';
    const { findings, section } = await review({ ...REPO, 'monitors/search.json': text }, [
      {
        filename: 'monitors/search.json',
        status: 'added',
        patch: `@@ -0,0 +1,6 @@\n${text
          .trimEnd()
          .split('\n')
          .map((l) => `+${l}`)
          .join('\n')}`,
      },
    ]);
    expect(findings.map((f) => [f.ruleId, f.file, f.line])).toEqual([
      ['monitors/parse-error', 'monitors/search.json', 5],
    ]);
    expect(section!.markdown).toContain('With this change, 3 of 7 paging monitors');
  });

  it('says nothing about a change that touches no monitor and no linked runbook', async () => {
    const review_ = await review({ ...REPO, 'src/app.ts': 'export {};\n' }, [
      { filename: 'src/app.ts', status: 'added', patch: '@@ -0,0 +1 @@\n+export {};' },
    ]);
    expect(review_).toEqual({ findings: [] });
  });

  it('lists a changed monitor that pages nobody without a runbook verdict', async () => {
    const { findings, section } = await review(REPO, [
      {
        filename: 'deploy/checkout.rules.yml',
        status: 'modified',
        patch:
          '@@ -19,3 +19,3 @@\n       - alert: CheckoutPodsRestarting\n-        expr: increase(kube_pod_container_status_restarts_total{namespace="checkout"}[1h]) > 5\n+        expr: increase(kube_pod_container_status_restarts_total{namespace="checkout"}[1h]) > 3\n         for: 15m',
      },
    ]);
    expect(findings).toEqual([]);
    expect(section!.markdown).toContain(
      'Changed monitors that page nobody: CheckoutPodsRestarting.',
    );
  });

  it("counts a change to a rule group's labels as a change to every alert of the group", async () => {
    const rules = (severity: string) => `groups:
  - name: ledger-writer.availability
    labels:
      severity: ${severity}
    rules:
      - alert: LedgerWriterCrashLooping
        expr: increase(kube_pod_container_status_restarts_total{container="ledger-writer"}[15m]) > 3
        for: 5m
      - alert: LedgerWriterNotReady
        expr: kube_deployment_status_replicas_available{deployment="ledger-writer"} == 0
        for: 5m
`;
    const head = { ...REPO, 'alerts/ledger.rules.yml': rules('page') };
    const { findings, section } = await review(head, [
      {
        filename: 'alerts/ledger.rules.yml',
        status: 'modified',
        patch: [
          '@@ -1,7 +1,7 @@',
          ' groups:',
          '   - name: ledger-writer.availability',
          '     labels:',
          '-      severity: ticket',
          '+      severity: page',
          '     rules:',
          '       - alert: LedgerWriterCrashLooping',
          '         expr: increase(kube_pod_container_status_restarts_total{container="ledger-writer"}[15m]) > 3',
        ].join('\n'),
      },
    ]);
    expect(findings.map((f) => [f.ruleId, f.file, f.line])).toEqual([
      ['monitors/no-runbook', 'alerts/ledger.rules.yml', 6],
      ['monitors/no-runbook', 'alerts/ledger.rules.yml', 9],
    ]);
    expect(section!.markdown).toContain('| LedgerWriterNotReady | `alerts/ledger.rules.yml:9` |');
  });
});
