import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { cli, tempRepo } from '../support/cli.js';
import { CODEOWNERS, ONCALL, runbook } from './fixtures.js';

/** The README's complete example is what users copy: it must print what the README says. */
describe("the README's monitors example", () => {
  it('lists and reports exactly what the README shows', async () => {
    const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
    const section = readme.slice(
      readme.indexOf('## Monitors: every paging monitor links a runbook'),
    );
    const blocks = [...section.matchAll(/```(yaml|json)\n([\s\S]*?)```/g)].map((m) => m[2]!);
    const [config, datadog, rules, listed] = blocks;
    const dir = await tempRepo({
      '.github/ops-steward.yml': config!,
      '.github/CODEOWNERS': CODEOWNERS,
      'oncall/schedules.yml': ONCALL,
      'monitors/checkout.json': datadog!,
      'alerts/checkout.rules.yml': rules!,
      'docs/runbooks/checkout-error-rate.md': runbook(
        'Checkout error rate high',
        'Page the `checkout-escalation` policy after 15 minutes.',
      ),
    });
    const list = await cli(['monitors', 'list', '--repo', dir, '--json']);
    expect(list.stderr).toBe('');
    expect(JSON.parse(list.stdout)).toEqual(JSON.parse(listed!));
    const check = await cli(['check', '--repo', dir, '--format', 'json', '--now', '2026-11-25']);
    const findings = (
      JSON.parse(check.stdout) as {
        findings: { ruleId: string; file?: string; line?: number; message: string }[];
      }
    ).findings.filter((f) => f.ruleId.startsWith('monitors/'));
    expect(findings.map((f) => [f.ruleId, f.file, f.line])).toEqual([
      ['monitors/coverage', undefined, undefined],
      ['monitors/no-runbook', 'alerts/checkout.rules.yml', 4],
    ]);
    expect(section).toContain(findings[0]!.message);
  });
});
