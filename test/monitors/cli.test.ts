import { describe, expect, it } from 'vitest';
import { cli, tempRepo } from '../support/cli.js';
import { CODEOWNERS, ONCALL, checkoutRows, fixture, runbook } from './fixtures.js';

const CONFIG = `monitors:
  runbookUrlPrefixes: ["https://github.com/acme/shop/blob/main/"]
  handles: { "@pagerduty-Checkout": checkout-escalation }
`;

async function repo(extra: Record<string, string> = {}): Promise<string> {
  return tempRepo({
    '.github/CODEOWNERS': CODEOWNERS,
    '.github/ops-steward.yml': CONFIG,
    'oncall/schedules.yml': ONCALL,
    'monitors/checkout.json': fixture('datadog-api-export.json'),
    'alerts/checkout.rules.yml': fixture('alerts.rules.yml'),
    'docs/runbooks/checkout-error-rate.md': runbook(
      'Checkout error rate high',
      'Page the `checkout-escalation` policy after 15 minutes.',
    ),
    ...extra,
  });
}

describe('ops-steward monitors list', () => {
  it('prints the JSON contract', async () => {
    const dir = await repo();
    const run = await cli(['monitors', 'list', '--repo', dir, '--json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual(
      checkoutRows('alerts/checkout.rules.yml', 'monitors/checkout.json'),
    );
    expect(Object.keys(JSON.parse(run.stdout)[0])).toEqual([
      'file',
      'line',
      'name',
      'source',
      'paging',
      'handles',
      'runbook',
      'runbookStatus',
    ]);
  });

  it('prints a table and the coverage line', async () => {
    // The repository as a positional directory, as every subcommand takes it.
    const run = await cli(['monitors', 'list', await repo()]);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^MONITOR\s+SOURCE\s+PAGES\s+RUNBOOK\s+WHERE$/);
    expect(lines).toHaveLength(8);
    expect(lines[3]).toMatch(
      /^CheckoutDown\s+prometheus\s+yes\s+missing\s+alerts\/checkout.rules.yml:26$/,
    );
    expect(lines[7]).toBe('2 of 4 paging monitors link a valid runbook');
  });

  it('names a file it could not read on stderr, and still lists the others', async () => {
    const dir = await repo({ 'monitors/broken.json': '[\n  { "name": "x", }\n]\n' });
    const run = await cli(['monitors', 'list', '--repo', dir, '--json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^error: monitors\/broken.json:2:18 not valid JSON: /);
    expect(JSON.parse(run.stdout)).toHaveLength(6);
  });

  it('exits 2 on a config that does not pass the schema', async () => {
    const dir = await repo({
      '.github/ops-steward.yml': 'monitors:\n  pagingHandles: "@pagerduty-"\n',
    });
    const run = await cli(['monitors', 'list', '--repo', dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('.github/ops-steward.yml:2');
  });
});
