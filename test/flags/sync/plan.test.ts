import { describe, expect, it } from 'vitest';
import type { OnCallDirectory } from '../../../src/codeowners/index.js';
import { splitBody } from '../../../src/flags/sync/markers.js';
import type { ExistingIssue } from '../../../src/flags/sync/types.js';
import { applyOps, flag, inputOf, kinds, plan, ref, SHA, SHA2, sweep } from './helpers.js';
import type { Scenario } from './helpers.js';
import { planFlagSync } from '../../../src/flags/sync/plan.js';

const NC = flag('new-checkout');
const NC_REF = ref('new-checkout');

function only<T>(list: readonly T[]): T {
  expect(list).toHaveLength(1);
  return list[0]!;
}

describe('planFlagSync: creating issues', () => {
  it('creates an expiring issue with title, labels, assignee, permalinks and renewal instructions', () => {
    const p = plan({ flags: [NC], refs: [NC_REF, ref('new-checkout', 'src/cart/total.ts', 40)] });
    const op = only(p.operations);
    expect(op.kind).toBe('create');
    expect(op.create!.title).toBe('Feature flag "new-checkout" expires on 2026-12-01');
    expect(op.create!.labels).toEqual(['feature-flag', 'flag:expiring']);
    expect(op.create!.assignees).toEqual(['alice']);
    const body = op.create!.body;
    expect(body.startsWith('<!-- ops-steward:flag=new-checkout -->')).toBe(true);
    expect(body.trimEnd().endsWith('<!-- ops-steward:end -->')).toBe(true);
    expect(body).toContain(`https://github.com/acme/shop/blob/${SHA}/src/checkout.ts#L12`);
    expect(body).toContain(`https://github.com/acme/shop/blob/${SHA}/src/cart/total.ts#L40`);
    expect(body).toContain(`https://github.com/acme/shop/blob/${SHA}/flags.yml#L3`);
    expect(body).toContain('| Owner | @alice |');
    expect(body).toContain('| Type | release |');
    expect(body).toContain('| Created | 2026-11-01 |');
    expect(body).toContain('`/ops-steward renew new-checkout`');
    expect(body).toContain('by at most 30 days (flags.lifetimeDays.default)');
    expect(body).toMatch(/Assigned: @alice — the flag's owner in flags\.yml/);
  });

  it.each<[string, Scenario, string, string]>([
    [
      'expired',
      { now: '2026-12-03T00:00:00Z' },
      'Feature flag "new-checkout" expired on 2026-12-01',
      'flag:expired',
    ],
    [
      'orphaned',
      { refs: [], flags: [flag('new-checkout', { expires: '2026-12-31' })] },
      'Feature flag "new-checkout" is declared but no code reads it',
      'flag:orphaned',
    ],
    [
      'undeclared',
      { flags: [] },
      'Feature flag "new-checkout" is read by code but not declared',
      'flag:undeclared',
    ],
  ])('creates a %s issue with a fitting title and label', (_state, over, title, label) => {
    const op = only(plan({ flags: [NC], refs: [NC_REF], ...over }).operations);
    expect(op.create!.title).toBe(title);
    expect(op.create!.labels).toEqual(['feature-flag', label]);
  });

  it('creates nothing for active and permanent flags, nor for states whose severity is off', () => {
    expect(plan({ flags: [NC], refs: [NC_REF], now: '2026-11-10T00:00:00Z' }).operations).toEqual(
      [],
    );
    expect(
      plan({ flags: [flag('kill', { type: 'kill-switch', expires: null })], refs: [ref('kill')] })
        .operations,
    ).toEqual([]);
    const base = inputOf({}).flags.severity;
    expect(
      plan({ flags: [NC], refs: [NC_REF], flagsConfig: { severity: { ...base, expiring: 'off' } } })
        .operations,
    ).toEqual([]);
  });

  it('orders the work most severe first: expired creates, then expiring, undeclared and orphaned', () => {
    const p = plan({
      now: '2026-11-28T00:00:00Z',
      flags: [
        flag('z-orphan', { expires: '2027-01-01' }),
        flag('a-expiring'),
        flag('m-expired', { expires: '2026-11-20' }),
      ],
      refs: [ref('a-expiring'), ref('m-expired'), ref('b-undeclared')],
    });
    expect(kinds(p)).toEqual([
      'create m-expired',
      'create a-expiring',
      'create b-undeclared',
      'create z-orphan',
    ]);
  });
});

describe('planFlagSync: keeping issues in sync', () => {
  it('is idempotent: a second sweep over the same repository plans nothing', () => {
    const first = sweep({ flags: [NC], refs: [NC_REF] });
    expect(first.issues).toHaveLength(1);
    const second = plan({ flags: [NC], refs: [NC_REF], existing: first.issues });
    expect(second.operations).toEqual([]);
    expect(second.decisions).toEqual([
      { key: 'new-checkout', message: '#1 is up to date ("new-checkout" is expiring)' },
    ]);
  });

  it('does not rewrite the body when only the scanned commit changed, but does when a reference moved', () => {
    const { issues } = sweep({ flags: [NC], refs: [NC_REF] });
    expect(plan({ flags: [NC], refs: [NC_REF], existing: issues, sha: SHA2 }).operations).toEqual(
      [],
    );
    const moved = only(
      plan({
        flags: [NC],
        refs: [ref('new-checkout', 'src/checkout.ts', 14)],
        existing: issues,
        sha: SHA2,
      }).operations,
    );
    expect(moved.kind).toBe('update');
    expect(Object.keys(moved.patch!)).toEqual(['body']);
    expect(moved.patch!.body).toContain(`/blob/${SHA2}/src/checkout.ts#L14`);
  });

  it("keeps a person's text below the end marker (and above the bot section) when rewriting", () => {
    const { issues } = sweep({ flags: [NC], refs: [NC_REF] });
    const edited = issues.map((i) => ({
      ...i,
      body: `Context from the team.\n\n${i.body}\n\nWe will remove it after the sale. — bob`,
    }));
    const op = only(
      plan({ flags: [NC], refs: [ref('new-checkout', 'src/other.ts', 3)], existing: edited })
        .operations,
    );
    expect(
      op.patch!.body!.startsWith(
        'Context from the team.\n\n<!-- ops-steward:flag=new-checkout -->',
      ),
    ).toBe(true);
    expect(
      op.patch!.body!.endsWith(
        '<!-- ops-steward:end -->\n\nWe will remove it after the sale. — bob',
      ),
    ).toBe(true);
    expect(op.patch!.body).toContain('src/other.ts#L3');
    expect(op.patch!.body).not.toContain('src/checkout.ts#L12');
  });

  it('turns a state change into a comment and an update of the same issue, swapping only the state label', () => {
    const comments = new Map<number, string[]>();
    const { issues } = sweep({ flags: [NC], refs: [NC_REF] }, comments);
    const labelled = issues.map((i) => ({ ...i, labels: [...i.labels, 'team:checkout'] }));
    const p = plan({
      flags: [NC],
      refs: [NC_REF],
      existing: labelled,
      now: '2026-12-02T08:00:00Z',
    });
    const op = only(p.operations);
    expect(op.kind).toBe('state-change');
    expect(op.issue).toBe(1);
    expect(op.comment!.body).toContain('The flag was **expiring**; it is now **expired**');
    expect(op.comment!.body).toMatch(
      /^<!-- ops-steward:event=state:expiring:expired:2026-12-01 flag=new-checkout -->\n/,
    );
    expect(op.patch!.title).toBe('Feature flag "new-checkout" expired on 2026-12-01');
    expect(op.patch!.labels).toEqual(['feature-flag', 'flag:expired', 'team:checkout']);
    expect(op.priority).toBe(0);
  });

  it('keeps assignees people added and swaps only its own previous choice when the owner changes', () => {
    const { issues } = sweep({
      flags: [NC],
      refs: [NC_REF],
      assignable: ['alice', 'bob', 'carol'],
    });
    const withCarol = issues.map((i) => ({ ...i, assignees: [...i.assignees, 'carol'] }));
    const op = only(
      plan({
        flags: [flag('new-checkout', { owners: ['@bob'] })],
        refs: [NC_REF],
        existing: withCarol,
        assignable: ['alice', 'bob', 'carol'],
      }).operations,
    );
    expect(op.patch!.assignees).toEqual(['carol', 'bob']);
  });

  it('asks for an owner once: one a person unassigned, or GitHub dropped, is not re-sent every sweep', () => {
    const { issues } = sweep({ flags: [NC], refs: [NC_REF], assignable: ['alice', 'bob'] });
    // GitHub created the issue without alice (a token without push access drops assignees), or a
    // person unassigned her since.
    const without = issues.map((i) => ({ ...i, assignees: [] }));
    const again = plan({
      flags: [NC],
      refs: [NC_REF],
      existing: without,
      assignable: ['alice', 'bob'],
    });
    expect(again.operations).toEqual([]);
    // A new owner is asked for, once.
    const changed = only(
      plan({
        flags: [flag('new-checkout', { owners: ['@bob'] })],
        refs: [NC_REF],
        existing: without,
        assignable: ['alice', 'bob'],
      }).operations,
    );
    expect(changed.patch!.assignees).toEqual(['bob']);
  });
});

describe('planFlagSync: escalation', () => {
  const expired = (
    now: string,
    existing: ExistingIssue[] = [],
    extra: Partial<Scenario> = {},
  ): Scenario => ({
    flags: [NC],
    refs: [NC_REF],
    now,
    existing,
    codeowners: '/src/ @acme/checkout\nflags.yml @acme/platform\n',
    ...extra,
  });

  it('mentions the next level once, escalateAfterDays after expiry and after the notice', () => {
    const comments = new Map<number, string[]>();
    let issues = sweep(expired('2026-11-28T00:00:00Z'), comments).issues; // expiring
    issues = sweep(expired('2026-12-02T00:00:00Z', issues), comments).issues; // expired, noticed 12-02
    expect(plan(expired('2026-12-08T12:00:00Z', issues)).operations).toEqual([]); // 7 days after expiry, 6 after notice
    const esc = sweep(expired('2026-12-09T00:00:00Z', issues), comments);
    const op = only(esc.plan.operations);
    expect(op.kind).toBe('escalate');
    expect(op.priority).toBe(10);
    expect(op.comment!.body).toContain(
      'expired on 2026-12-01 and this issue is still open 8 days later',
    );
    expect(op.comment!.body).toContain(
      'Escalating to the next level: @acme/checkout (CODEOWNERS of the code that reads the flag (src/checkout.ts))',
    );
    // Recorded in the issue: the next day and a week later, nothing more.
    expect(plan(expired('2026-12-10T00:00:00Z', esc.issues)).operations).toEqual([]);
    expect(plan(expired('2026-12-30T00:00:00Z', esc.issues)).operations).toEqual([]);
    expect(comments.get(1)).toHaveLength(2);
  });

  it('gives an issue created long after expiry its own escalateAfterDays before escalating', () => {
    const { issues } = sweep(expired('2026-12-20T00:00:00Z'));
    expect(plan(expired('2026-12-26T00:00:00Z', issues)).operations).toEqual([]);
    expect(only(plan(expired('2026-12-27T00:00:00Z', issues)).operations).kind).toBe('escalate');
  });

  it('says so when there is no further level, still only once', () => {
    const { issues } = sweep(expired('2026-12-02T00:00:00Z', [], { codeowners: undefined }));
    const op = only(
      plan(expired('2026-12-10T00:00:00Z', issues, { codeowners: undefined })).operations,
    );
    expect(op.comment!.body).toContain('no further escalation level is known');
    expect(op.comment!.body).toContain('@alice');
  });
});

describe('planFlagSync: closing and reopening', () => {
  it('closes the issue with a reason when the flag is gone from code and registry, naming the removing commit', () => {
    const { issues } = sweep({ flags: [NC], refs: [NC_REF] });
    const op = only(
      plan({
        existing: issues,
        extra: {
          lastReferenceCommit: (k) =>
            k === 'new-checkout'
              ? { sha: 'c'.repeat(40), subject: 'Remove the old checkout' }
              : undefined,
        },
      }).operations,
    );
    expect(op).toMatchObject({
      kind: 'close',
      issue: 1,
      patch: { state: 'closed', stateReason: 'completed' },
    });
    expect(op.comment!.body).toContain(
      '`new-checkout` is gone from the code and from `flags.yml` as of [aaaaaaa]',
    );
    expect(op.comment!.body).toContain(
      'The last reference was removed in [ccccccc](https://github.com/acme/shop/commit/cccc',
    );
    expect(op.comment!.body).toContain('(Remove the old checkout)');
    expect(splitBody(op.patch!.body)!.meta!.closed).toBe('gone');
    const neutral = only(plan({ existing: issues }).operations);
    expect(neutral.comment!.body).toContain(
      'The commit that removed the last reference is not known here (no history available).',
    );
  });

  it('closes as renewed when expires moved later, and leaves the closed issue alone afterwards', () => {
    const { issues } = sweep({ flags: [NC], refs: [NC_REF] });
    const renewed = [flag('new-checkout', { expires: '2026-12-31' })];
    const s = sweep({ flags: renewed, refs: [NC_REF], existing: issues });
    const op = only(s.plan.operations);
    expect(op.kind).toBe('close');
    expect(op.comment!.body).toContain(
      'was renewed — `expires` moved from 2026-12-01 to 2026-12-31',
    );
    expect(plan({ flags: renewed, refs: [NC_REF], existing: s.issues }).operations).toEqual([]);
  });

  it('closes an undeclared-flag issue once the flag is declared', () => {
    const { issues } = sweep({ flags: [], refs: [NC_REF] });
    const op = only(
      plan({
        flags: [flag('new-checkout', { expires: '2026-12-31' })],
        refs: [NC_REF],
        existing: issues,
      }).operations,
    );
    expect(op.comment!.body).toContain(
      'no longer needs attention — it is now declared in flags.yml',
    );
  });

  it('reopens the same issue (no duplicate) when a bot-closed flag needs attention again', () => {
    const { issues } = sweep({ flags: [NC], refs: [NC_REF] });
    const closed = sweep({
      flags: [flag('new-checkout', { expires: '2026-12-31' })],
      refs: [NC_REF],
      existing: issues,
      now: '2026-11-29T00:00:00Z',
    }).issues;
    const op = only(
      plan({
        flags: [flag('new-checkout', { expires: '2026-12-31' })],
        refs: [NC_REF],
        existing: closed,
        now: '2026-12-26T00:00:00Z',
      }).operations,
    );
    expect(op).toMatchObject({
      kind: 'reopen',
      issue: 1,
      patch: { state: 'open', title: 'Feature flag "new-checkout" expires on 2026-12-31' },
    });
    expect(op.comment!.body).toContain('This issue was closed, but the flag needs attention again');
  });

  it('reopens an issue a person closed while the flag is still expired, at most once per reopenAfterDays', () => {
    const s: Scenario = { flags: [NC], refs: [NC_REF], now: '2026-12-02T00:00:00Z' };
    let issues = sweep(s).issues;
    issues = issues.map((i) => ({ ...i, state: 'closed', closedAt: '2026-12-03T10:00:00Z' }));
    const first = sweep({ ...s, existing: issues, now: '2026-12-04T00:00:00Z' });
    const op = only(first.plan.operations);
    expect(op).toMatchObject({ kind: 'reopen', patch: { state: 'open', stateReason: 'reopened' } });
    expect(op.comment!.body).toContain('Reopening: `new-checkout` is still expired');
    expect(op.comment!.body).toContain('at most once every 7 days');
    // The person closes it again the next day: left closed until a week after the reopening.
    const again = first.issues.map((i) => ({
      ...i,
      state: 'closed' as const,
      closedAt: '2026-12-05T10:00:00Z',
    }));
    const wait = plan({ ...s, existing: again, now: '2026-12-10T00:00:00Z' });
    expect(wait.operations).toEqual([]);
    expect(wait.decisions[0]!.message).toContain('next reopening not before 2026-12-11');
    expect(only(plan({ ...s, existing: again, now: '2026-12-11T00:00:00Z' }).operations).kind).toBe(
      'reopen',
    );
  });

  it('leaves an issue a person closed while the flag was only expiring, orphaned or undeclared', () => {
    const { issues } = sweep({ flags: [NC], refs: [NC_REF] });
    const closed = issues.map((i) => ({
      ...i,
      state: 'closed' as const,
      closedAt: '2026-11-28T10:00:00Z',
    }));
    const p = plan({ flags: [NC], refs: [NC_REF], existing: closed, now: '2026-11-29T00:00:00Z' });
    expect(p.operations).toEqual([]);
    expect(p.decisions[0]!.message).toContain(
      'closed by a person while "new-checkout" is expiring: left closed',
    );
  });

  it('closes the newer of two open issues for the same flag as a duplicate of the oldest', () => {
    const { issues } = sweep({ flags: [NC], refs: [NC_REF] });
    const twice = [...issues, { ...issues[0]!, number: 2 }];
    const p = plan({ flags: [NC], refs: [NC_REF], existing: twice });
    const op = only(p.operations);
    expect(op).toMatchObject({
      kind: 'close-duplicate',
      issue: 2,
      patch: { state: 'closed', stateReason: 'not_planned' },
    });
    expect(op.comment!.body).toContain('Closing as a duplicate of #1');
    const after = applyOps(twice, p.operations, '2026-11-28T10:00:00Z');
    expect(plan({ flags: [NC], refs: [NC_REF], existing: after }).operations).toEqual([]);
  });
});

describe('planFlagSync: who is assigned', () => {
  const CODEOWNERS = '* @acme/platform\n/src/ @carol @acme/checkout\nflags.yml @dave\n';
  const who = (s: Scenario): { assignees: string[]; body: string } => {
    const op = only(plan({ refs: [NC_REF], codeowners: CODEOWNERS, ...s }).operations);
    return { assignees: op.create!.assignees, body: op.create!.body };
  };

  it('assigns the registry owner who can be assigned', () => {
    expect(who({ flags: [NC], assignable: ['alice', 'carol'] }).assignees).toEqual(['alice']);
  });

  it('falls back to the CODEOWNERS of the referencing files when the owner cannot be assigned, and says why', () => {
    const r = who({ flags: [NC], assignable: ['carol'] });
    expect(r.assignees).toEqual(['carol']);
    expect(r.body).toContain('Passed over: @alice (owner in flags.yml) cannot be assigned here');
    expect(r.body).toContain(
      'Assigned: @carol — CODEOWNERS of the code that reads the flag (src/checkout.ts)',
    );
    expect(r.body).toContain('Mentioned: @acme/checkout');
  });

  it('mentions a team owner, and assigns its members only when configured', () => {
    const team = [flag('new-checkout', { owners: ['@acme/payments'] })];
    const plain = who({ flags: team, assignable: ['erin'] });
    expect(plain.assignees).toEqual([]);
    expect(plain.body).toContain(
      "Mentioned: @acme/payments — the flag's owner in flags.yml (teams cannot be assigned",
    );
    const members = who({
      flags: team,
      assignable: ['erin'],
      sync: { assignTeamMembers: true },
      teamMembers: { '@acme/payments': ['erin', 'frank'] },
    });
    expect(members.assignees).toEqual(['erin']);
  });

  it('uses the CODEOWNERS of the registry for an orphaned flag whose owner is gone', () => {
    const r = who({
      flags: [flag('old', { expires: '2027-01-01', owners: ['@ghost'] })],
      refs: [],
      assignable: ['dave'],
    });
    expect(r.assignees).toEqual(['dave']);
    expect(r.body).toContain('Assigned: @dave — CODEOWNERS of flags.yml');
  });

  it('uses the CODEOWNERS of the referencing code for an undeclared flag', () => {
    const r = who({ flags: [], assignable: ['carol'] });
    expect(r.assignees).toEqual(['carol']);
    expect(r.body).toContain(
      'Passed over: "new-checkout" is not declared in flags.yml, so it has no owner',
    );
  });

  it('says nobody could be chosen when the chain is empty', () => {
    const r = who({ flags: [NC], assignable: [], codeowners: '' });
    expect(r.assignees).toEqual([]);
    expect(r.body).toContain('Nobody could be chosen');
  });

  it('plugs the on-call escalation policy in as the last level', () => {
    const directory: OnCallDirectory = {
      policyFor: (team) => (team === '@acme/checkout' ? 'checkout-primary' : undefined),
      onCallAt: () => [{ level: 1, people: ['@oncall-olga'] }],
    };
    const input = inputOf({
      flags: [NC],
      refs: [NC_REF],
      codeowners: '/src/ @acme/checkout\n',
      assignable: ['alice'],
      extra: { directory },
    });
    const body = only(planFlagSync(input).operations).create!.body;
    expect(body).toContain('Next level if this stays unresolved after expiry: @acme/checkout');
    const noCodeownersUsers = inputOf({
      flags: [flag('new-checkout', { owners: ['@acme/checkout'] })],
      refs: [NC_REF],
      assignable: [],
      extra: { directory },
    });
    const body2 = only(planFlagSync(noCodeownersUsers).operations).create!.body;
    expect(body2).toContain(
      'Next level if this stays unresolved after expiry: @oncall-olga — on call for @acme/checkout\'s escalation policy "checkout-primary" (level 1)',
    );
  });
});

describe('markers', () => {
  it('round-trips keys that could break an HTML comment or a search phrase', () => {
    const weird = 'promo --> "x" y';
    const { issues } = sweep({ flags: [], refs: [ref(weird)] });
    expect(issues[0]!.body.split('\n')[0]).toBe(
      '<!-- ops-steward:flag=promo%20%2D%2D%3E%20%22x%22%20y -->',
    );
    expect(splitBody(issues[0]!.body)!.key).toBe(weird);
    expect(plan({ flags: [], refs: [ref(weird)], existing: issues }).operations).toEqual([]);
  });
});

describe('planFlagSync: a snoozed issue', () => {
  it('is left alone while its flag keeps the state it had, and un-snoozed when the state changes', () => {
    // An expiring flag gets its issue; a person adds the snooze label.
    const first = sweep({ flags: [NC], refs: [NC_REF], now: '2026-11-28T09:00:00Z' });
    const issue = only(first.issues);
    const snoozed = [{ ...issue, labels: [...issue.labels, 'flag:snoozed'] }];

    // Days later, still expiring, with a reference moved: nothing is written while snoozed.
    const still = plan({
      flags: [NC],
      refs: [ref('new-checkout', 'src/cart.ts', 3)],
      now: '2026-11-29T09:00:00Z',
      existing: snoozed,
    });
    expect(kinds(still)).toEqual([]);
    expect(still.decisions.map((d) => d.message).join('\n')).toContain('snoozed');

    // Expired now: the state changed, so the issue is updated and the snooze label taken off.
    const expired = sweep({
      flags: [NC],
      refs: [NC_REF],
      now: '2026-12-03T09:00:00Z',
      existing: snoozed,
    });
    expect(kinds(expired.plan)).toEqual([`state-change new-checkout #${issue.number}`]);
    const after = only(expired.issues);
    expect(after.labels).toContain('flag:expired');
    expect(after.labels).not.toContain('flag:snoozed');
  });
});
