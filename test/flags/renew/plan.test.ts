import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../src/config/defaults.js';
import { parseRegistry } from '../../../src/flags/registry.js';
import { analyzePullRequestFlags } from '../../../src/flags/pr/check.js';
import { diffFromPullFiles } from '../../../src/repo/diff.js';
import { planRenewal } from '../../../src/flags/renew/plan.js';
import { memoryRepo } from '../../../src/repo/memory.js';

const config = defaultConfig().flags;
const REGISTRY = [
  'flags:',
  '  new-checkout:',
  '    owner: "@alice"',
  '    created: 2026-11-01',
  '    expires: 2026-12-01',
  '    type: release',
  '  kill-payments:',
  '    owner: "@acme/payments"',
  '    created: 2026-01-01',
  '    type: kill-switch',
  '  long-gone:',
  '    owner: "@bob"',
  '    created: 2026-08-01',
  '    expires: 2026-08-31',
  '    type: experiment',
  '',
].join('\n');
const plan = (key: string, days: number | null, now = '2026-11-25T12:00:00Z') =>
  planRenewal({
    registryText: REGISTRY,
    registryPath: 'flags.yml',
    key,
    days,
    config,
    now: new Date(now),
  });

describe('planRenewal', () => {
  it('moves expires one policy step past the current expiry and records renewedFrom', () => {
    const out = plan('new-checkout', null);
    expect(out).toMatchObject({
      ok: true,
      previousExpires: '2026-12-01',
      expires: '2026-12-31',
      days: 30,
    });
    if (!out.ok) return;
    const reparsed = parseRegistry(out.text, 'flags.yml', config);
    expect(reparsed.findings).toEqual([]);
    expect(reparsed.flags.find((f) => f.key === 'new-checkout')?.expires).toBe('2026-12-31');
  });

  it('renews an already expired flag from its old expiry, not from today', () => {
    const out = plan('new-checkout', null, '2026-12-10T00:00:00Z');
    expect(out).toMatchObject({ ok: true, expires: '2026-12-31' });
  });

  it('produces a change that passes the pull request check', async () => {
    const out = plan('new-checkout', 14);
    expect(out).toMatchObject({ ok: true, expires: '2026-12-15' });
    if (!out.ok) return;
    const code = {
      'src/a.ts':
        "isEnabled('new-checkout'); isEnabled('kill-payments'); isEnabled('long-gone');\n",
    };
    const { findings } = await analyzePullRequestFlags({
      baseFiles: memoryRepo({ 'flags.yml': REGISTRY, ...code }),
      headFiles: memoryRepo({ 'flags.yml': out.text, ...code }),
      diff: diffFromPullFiles([
        {
          filename: 'flags.yml',
          status: 'modified',
          patch:
            '@@ -5,1 +5,2 @@\n-    expires: 2026-12-01\n+    expires: 2026-12-15\n+    renewedFrom: 2026-12-01',
        },
      ]),
      config,
      now: new Date('2026-11-25T12:00:00Z'),
    });
    expect(findings).toEqual([]);
  });

  it('refuses a step longer than the policy, saying the limit and the way to do it', () => {
    const out = plan('new-checkout', 45);
    expect(out).toMatchObject({ ok: false, reason: 'too-long' });
    expect(!out.ok && out.message).toContain(
      'at most 30 days (`flags.lifetimeDays.default`), and you asked for 45',
    );
    expect(!out.ok && out.message).toContain('`/ops-steward renew new-checkout`');
  });

  it('answers an unknown key with the likely one', () => {
    expect(plan('new-chekout', null)).toMatchObject({
      ok: false,
      reason: 'unknown-flag',
      message: expect.stringContaining('Did you mean `new-checkout`?'),
    });
    expect(plan('New-Checkout', null)).toMatchObject({
      message: expect.stringContaining('Did you mean `new-checkout`?'),
    });
    expect(plan('zzz', null)).toMatchObject({
      reason: 'unknown-flag',
      message: expect.not.stringContaining('Did you mean'),
    });
  });

  it('says a permanent flag never expires', () => {
    expect(plan('kill-payments', null)).toMatchObject({
      ok: false,
      reason: 'permanent',
      message: expect.stringContaining('never expires'),
    });
  });

  it('refuses a flag that one step would leave expired, and says what to do instead', () => {
    const out = plan('long-gone', null);
    expect(out).toMatchObject({ ok: false, reason: 'still-expired' });
    expect(!out.ok && out.message).toContain(
      'would end on 2026-09-30 — still in the past. Remove the flag',
    );
  });

  it('reports an unreadable registry with its line', () => {
    const out = planRenewal({
      registryText: 'flags: [\n',
      registryPath: 'flags.yml',
      key: 'a',
      days: null,
      config,
      now: new Date(),
    });
    expect(out).toMatchObject({
      ok: false,
      reason: 'registry-invalid',
      message: expect.stringMatching(/flags\.yml` on the default branch \(line \d+/),
    });
  });
});
