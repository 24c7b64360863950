import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';

const EXAMPLE = path.resolve(import.meta.dirname, '../../examples/acme-shop');

describe('npm run demo on the example repository', () => {
  it('reports the weekend gap and the double booking, and nothing else it did not mean', async () => {
    // The demo's own arguments (package.json), with JSON output.
    const out = await cli(
      ['check', '--repo', EXAMPLE, '--now', '2026-11-25', '--fail-on', 'never', '--format', 'json'],
      '/',
    );
    expect(out.code).toBe(0);
    const report = JSON.parse(out.stdout) as {
      findings: { ruleId: string; file?: string; line?: number; message: string }[];
    };
    const oncall = report.findings
      .filter((f) => f.ruleId.startsWith('oncall/'))
      .map((f) => `${f.ruleId} ${f.file}:${f.line} ${f.message}`);
    expect(oncall).toEqual([
      'oncall/coverage-gap oncall/schedules.yml:32 schedule "sre-primary" has nobody on call from Fri 11 Dec 2026 18:00 Europe/Berlin (17:00 UTC) until Mon 14 Dec 2026 09:00 Europe/Berlin (08:00 UTC) (63 h)',
      'oncall/double-booked oncall/schedules.yml:82 policy "checkout-escalation": @alice is on level 1 (schedule checkout-primary) and level 2 (schedule checkout-secondary) at the same time, first from Tue 15 Dec 2026 09:00 Europe/Berlin (08:00 UTC) until Thu 17 Dec 2026 09:00; 48 h in the next 56 days: when they miss the page, the escalation pages them again',
      'oncall/single-level oncall/schedules.yml:104 policy "payments-escalation" has one level: when nobody acknowledges, nobody else is paged; add a secondary or a manager level',
      'oncall/unknown-schedule oncall/schedules.yml:107 level 1 of policy "payments-escalation" notifies schedule "payments-primary", which no on-call file defines',
    ]);
  });
});
