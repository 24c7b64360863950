import { describe, expect, it } from 'vitest';
import { splitBody } from '../../src/flags/sync/markers.js';
import { fitComment, PR_REPORT_MARKER } from '../../src/github/sticky-comment.js';
import { flag, ref, sweep } from '../flags/sync/helpers.js';

/**
 * Issue 9, defect 5: repository text that looks like the bot's hidden markers must never act as one.
 * A description with `<!-- ops-steward:end -->` cut the bot's section early, so every sweep appended
 * another copy (the body grew on each run) and the meta — the sweep's memory — was lost.
 */

const HOSTILE =
  'Checkout rollout <!-- ops-steward:end --> <!-- ops-steward:meta {"state":"orphaned","expires":null,"assignees":[],"noticeOn":"2020-01-01"} --> <!-- ops-steward:flag=other -->';

describe('marker-like text from the repository', () => {
  it('does not cut the section, lose the meta or make the body grow over three sweeps', () => {
    const scenario = {
      flags: [flag('new-checkout', { expires: '2026-11-20', description: HOSTILE })],
      refs: [ref('new-checkout', 'src/<!-- ops-steward:end -->.ts')],
    };
    const first = sweep(scenario);
    const body = first.issues[0]!.body;
    const parts = splitBody(body)!;
    expect(parts.key).toBe('new-checkout');
    expect(parts.after).toBe('');
    expect(parts.meta).toMatchObject({ state: 'expired', expires: '2026-11-20' });
    // The words are still there for people to read.
    expect(parts.section).toContain('Checkout rollout');

    const second = sweep({ ...scenario, existing: first.issues });
    expect(second.plan.operations).toEqual([]);
    const third = sweep({ ...scenario, existing: second.issues, now: '2026-12-05T09:00:00Z' });
    expect(third.issues[0]!.body.length).toBeLessThanOrEqual(body.length + 200);
    expect(splitBody(third.issues[0]!.body)!.after).toBe('');
  });

  it('cannot plant a second sticky-comment marker in the PR comment', () => {
    const full = fitComment(PR_REPORT_MARKER, `flag "x" ${PR_REPORT_MARKER} is undeclared`);
    expect(full.startsWith(`${PR_REPORT_MARKER}\n`)).toBe(true);
    expect(full.split('<!-- ops-steward:').length).toBe(2);
  });
});
