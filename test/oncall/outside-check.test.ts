/**
 * Defects found by checking issue 11 from outside, on schedules shaped like real teams' (each test failed
 * before its fix).
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.js';
import type { ModuleServices } from '../../src/core/module.js';
import { formatLocation } from '../../src/findings.js';
import type { Finding } from '../../src/findings.js';
import { oncallModule } from '../../src/oncall/module.js';
import { diffFromPullFiles } from '../../src/repo/diff.js';
import { memoryRepo } from '../../src/repo/memory.js';
import { renderPullRequestReport } from '../../src/report/pull-request.js';
import { GITHUB_COMMENT_LIMIT } from '../../src/report/markdown.js';
import { cli, tempRepo } from '../support/cli.js';
import { contextFor, pullRequestContextFor } from '../support/modules.js';

const P = 'oncall/schedules.yml';

async function check(yaml: string, now: string, configText = ''): Promise<Finding[]> {
  const { config } = parseConfig(configText, '.github/ops-steward.yml');
  return oncallModule.check(contextFor(memoryRepo({ [P]: yaml }), config, new Date(now)));
}

/** The on-call part of a pull request changing the on-call file from `base` to `head` (`patch` as GitHub lists it). */
async function review(
  head: string,
  base: string,
  patch: string,
  now = '2026-12-01T12:00:00Z',
  services: ModuleServices = {},
) {
  const { config } = parseConfig('', '.github/ops-steward.yml');
  const ctx = pullRequestContextFor(
    memoryRepo({ [P]: head }),
    memoryRepo({ [P]: base }),
    diffFromPullFiles([{ filename: P, status: 'modified', patch }]),
    config,
    new Date(now),
  );
  return oncallModule.pullRequest!({ ...ctx, services });
}

const show = (findings: Finding[], rule: string): string[] =>
  findings
    .filter((f) => f.ruleId === rule)
    .map((f) => `${f.severity} ${formatLocation(f)} ${f.message}`);

/** A support team's file, London: weekly primary/secondary, Monday 09:00 handoffs, a weekend crew. */
const SUPPORT = `# Customer support engineering on-call.
timezone: Europe/London

schedules:
  support-primary:
    layers:
      - name: weekly
        start: 2026-11-02T09:00
        shift: 1w
        members: ['@amy', '@bo', '@cy', '@dee']
      - name: weekend crew
        start: 2026-11-07T00:00
        shift: 1w
        members: ['@eve', '@fin']
        restrictions:
          - { days: [sat, sun], from: '00:00', to: '24:00' }
  support-secondary:
    layers:
      - name: weekly
        start: 2026-11-02T09:00
        shift: 1w
        members: ['@dee', '@amy', '@bo', '@cy']

policies:
  support:
    levels:
      - { after: 0m, notify: [{ schedule: support-primary }] }
      - { after: 15m, notify: [{ schedule: support-secondary }] }
      - { after: 30m, notify: ['@acme/support-leads'] }
`;

describe('oncall/unused-schedule', () => {
  it('a schedule named by a policy left out for its own error is not claimed unused', async () => {
    // The level in between was emptied while someone reworked the escalation: the policy is invalid, but it
    // still names both schedules, so "no policy notifies it" would be false.
    const yaml = SUPPORT.replace(
      "      - { after: 30m, notify: ['@acme/support-leads'] }",
      "      - { after: 20m, notify: [] }\n      - { after: 30m, notify: ['@acme/support-leads'] }",
    );
    const findings = await check(yaml, '2026-12-01T12:00:00Z');
    expect(show(findings, 'oncall/invalid')).toEqual([
      `error ${P}:29:31 policies.support.levels[2].notify must be a non-empty list`,
    ]);
    expect(show(findings, 'oncall/unused-schedule')).toEqual([]);
  });

  it('a whole policies section that cannot be read claims no schedule unused either', async () => {
    const yaml = SUPPORT.replace(/\npolicies:[\s\S]*$/, '\npolicies: [support]\n');
    const findings = await check(yaml, '2026-12-01T12:00:00Z');
    expect(show(findings, 'oncall/invalid')).toHaveLength(1);
    expect(show(findings, 'oncall/unused-schedule')).toEqual([]);
  });

  it('a schedule that no policy, valid or not, names is still reported', async () => {
    const yaml = SUPPORT.replace(
      '      - { after: 15m, notify: [{ schedule: support-secondary }] }',
      "      - { after: 15m, notify: [{ schedule: support-secondary }, '@acme/support-leads'] }\n      - { after: 20m, notify: [] }",
    ).replace('  support-secondary:', '  support-backup:');
    const findings = await check(yaml, '2026-12-01T12:00:00Z');
    expect(show(findings, 'oncall/unused-schedule')).toEqual([
      `notice ${P}:17:3 schedule "support-backup" is not notified by any escalation policy: nobody is paged through it`,
    ]);
  });
});

describe('oncall/single-member', () => {
  it('a layer that ended before now pages nobody: it is not a rotation of one', async () => {
    // Imported from PagerDuty, which keeps ended layers: the old night shift ended in January.
    const yaml = SUPPORT.replace(
      "        members: ['@eve', '@fin']",
      "        members: ['@eve', '@fin']\n      - name: old night shift\n        start: 2025-01-06T02:30\n        end: 2026-01-05T02:30\n        shift: 12h\n        members: ['@sam']",
    ).replace("        members: ['@dee', '@amy', '@bo', '@cy']", "        members: ['@dee']");
    const findings = await check(yaml, '2026-12-01T12:00:00Z');
    expect(show(findings, 'oncall/single-member')).toEqual([
      `warning ${P}:24:9 layer "weekly" of schedule "support-secondary" rotates one person (@dee): they are on call every shift with nobody to hand over to`,
    ]);
  });
});

describe('oncall export --ics', () => {
  function events(text: string): { uid: string; start: string; end: string }[] {
    const calendar = new ICAL.Component(ICAL.parse(text));
    return calendar.getAllSubcomponents('vevent').map((v) => {
      const e = new ICAL.Event(v);
      return {
        uid: e.uid,
        start: e.startDate.toJSDate().toISOString(),
        end: e.endDate.toJSDate().toISOString(),
      };
    });
  }

  it('the shift running at --from is exported whole, with the same UID whenever the feed is made', async () => {
    const dir = await tempRepo({ [P]: SUPPORT });
    const feed = async (from: string, to: string) => {
      const out = await cli(
        ['oncall', 'export', '--ics', dir, '--person', '@bo', '--from', from, '--to', to],
        '/',
      );
      expect(out.stderr).toBe('');
      return events(out.stdout);
    };
    // A calendar subscribed to the feed fetches it every few hours: @bo's week (Mon 7 Dec 09:00 until the
    // weekend crew takes over on Saturday) must not start at the moment of each fetch.
    const tuesday = await feed('2026-12-08T10:17:00Z', '2026-12-10T00:00:00Z');
    const wednesday = await feed('2026-12-09T16:40:00Z', '2026-12-10T00:00:00Z');
    const whole = {
      uid: 'support-primary/@bo/2026-12-07T09:00:00.000Z@ops-steward',
      start: '2026-12-07T09:00:00.000Z',
      end: '2026-12-12T00:00:00.000Z',
    };
    expect(tuesday).toEqual([whole]);
    expect(wednesday).toEqual([whole]);
  });

  it('--person that no schedule names is a usage error with a suggestion, not an empty calendar', async () => {
    const dir = await tempRepo({ [P]: SUPPORT });
    const out = await cli(['oncall', 'export', '--ics', dir, '--person', 'amy'], '/');
    expect(out.code).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toBe(
      'ops-steward: --person amy is not a member or an override of any schedule exported (support-primary, support-secondary); did you mean "@amy"?\n',
    );
    // Someone in the file with no shift in the window gets an empty calendar: that is an answer.
    const quiet = await cli(
      ['oncall', 'export', '--ics', dir, '--person', '@eve', '--schedule', 'support-secondary'],
      '/',
    );
    expect(quiet.code).toBe(2);
    const none = await cli(
      [
        'oncall',
        'export',
        '--ics',
        dir,
        '--person',
        '@DEE',
        '--from',
        '2026-12-08T00:00Z',
        '--to',
        '2026-12-09T00:00Z',
      ],
      '/',
    );
    expect(none.code).toBe(0);
    expect(events(none.stdout)).toEqual([]);
  });

  it('one event per shift: a rotation of one person is a week at a time, not one event over years', async () => {
    const dir = await tempRepo({
      [P]: `timezone: Asia/Tokyo
schedules:
  batch-jobs:
    layers:
      - { start: 2020-01-06T10:00, shift: 1w, members: ['@ken'] }
`,
    });
    const out = await cli(
      [
        'oncall',
        'export',
        '--ics',
        dir,
        '--from',
        '2026-12-02T00:00Z',
        '--to',
        '2026-12-10T00:00Z',
      ],
      '/',
    );
    // Mondays 10:00 in Tokyo are 01:00 UTC.
    expect(events(out.stdout)).toEqual([
      {
        uid: 'batch-jobs/@ken/2026-11-30T01:00:00.000Z@ops-steward',
        start: '2026-11-30T01:00:00.000Z',
        end: '2026-12-07T01:00:00.000Z',
      },
      {
        uid: 'batch-jobs/@ken/2026-12-07T01:00:00.000Z@ops-steward',
        start: '2026-12-07T01:00:00.000Z',
        end: '2026-12-14T01:00:00.000Z',
      },
    ]);
  });
});

describe('oncall/dst-handoff for overrides and a layer end', () => {
  /** The database team's nightly rotation, New York: handoffs after the 01:00 backups. */
  const DB = `timezone: America/New_York
schedules:
  db-primary:
    layers:
      - name: daily
        start: 2027-10-04T09:00
        end: 2028-03-12T02:30 # the new follow-the-sun schedule takes over
        shift: 1d
        members: ['@ana', '@bea', '@cal']
    overrides:
      - { who: '@dov', from: 2027-11-07T01:00, to: 2027-11-07T03:00, reason: failover drill }
      - { who: '@eve', from: 2028-03-11T18:00, to: 2028-03-12T02:30, reason: covers @bea }
      - { who: '@fay', from: '2027-11-07T01:00:00-05:00', to: 2027-11-07T09:00 }
policies:
  db:
    levels:
      - notify: [{ schedule: db-primary }]
      - { after: 10m, notify: ['@acme/dba-leads'] }
`;

  it('an override or an end written at a local time the clocks skip or repeat says the instant used', async () => {
    // Far enough ahead to see the spring-forward night of 2028.
    const findings = await check(DB, '2027-11-01T12:00:00Z', 'oncall:\n  horizonDays: 200\n');
    const dst = show(findings, 'oncall/dst-handoff');
    expect(dst).toEqual([
      `warning ${P}:7:14 layer "daily" of schedule "db-primary" ends at 02:30 on Sun 12 Mar 2028, a local time America/New_York skips (clocks go forward): it happens when the clocks jump, at 03:00 (offset -04:00, 07:00 UTC)`,
      `warning ${P}:11:30 override 1 of schedule "db-primary" (@dov) starts at 01:00 on Sun 7 Nov 2027, a local time America/New_York has twice (clocks go back): it happens the first time, at 01:00 (offset -04:00, 05:00 UTC)`,
      `warning ${P}:12:52 override 2 of schedule "db-primary" (@eve) ends at 02:30 on Sun 12 Mar 2028, a local time America/New_York skips (clocks go forward): it happens when the clocks jump, at 03:00 (offset -04:00, 07:00 UTC)`,
    ]);
  });
});

describe('oncall import pagerduty', () => {
  /** GET /schedules/{id}?since=…&until=… of a follow-the-sun schedule kept in Pacific time. */
  const EXPORT = {
    schedule: {
      id: 'P4Q2XZ7',
      type: 'schedule',
      name: 'SRE – Primary (follow the sun)',
      time_zone: 'America/Los_Angeles',
      description: null,
      schedule_layers: [
        {
          id: 'PL3AMER',
          name: 'AMER',
          start: '2026-03-02T09:00:00-08:00',
          end: null,
          rotation_virtual_start: '2026-03-02T09:00:00-08:00',
          rotation_turn_length_seconds: 604800,
          users: [
            { user: { id: 'PU00003', type: 'user_reference', summary: 'Jordan Alvarez' } },
            { user: { id: 'PU00004', type: 'user_reference', summary: 'Kim Nguyen' } },
          ],
          restrictions: [],
        },
      ],
      overrides_subschedule: {
        name: 'Overrides',
        rendered_schedule_entries: [
          {
            start: '2026-12-24T17:00:00-08:00',
            end: '2026-12-26T09:00:00-08:00',
            user: { id: 'PU00004', type: 'user_reference', summary: 'Kim Nguyen' },
          },
          // 01:30 PST on 7 November 2027, the second time 01:30 happens that night: kept as an instant.
          {
            start: '2027-11-07T01:30:00-08:00',
            end: '2027-11-07T06:00:00-08:00',
            user: { id: 'PU00003', type: 'user_reference', summary: 'Jordan Alvarez' },
          },
          { start: '2027-01-04T09:00:00-08:00' },
        ],
        rendering_covered_percentage: 1.2,
      },
    },
  };

  it('the overrides the export renders become overrides, as the instants PagerDuty gives', async () => {
    const dir = await tempRepo({ 'sre.json': JSON.stringify(EXPORT, null, 2) });
    const out = await cli(['oncall', 'import', 'pagerduty', 'sre.json'], dir);
    expect(out.code).toBe(0);
    expect(out.stdout.split('\n').slice(-7)).toEqual([
      '    # The overrides PagerDuty rendered in the window of this export; GET /schedules/{id}/overrides lists',
      '    # the others.',
      '    overrides:',
      '      - { who: "Kim Nguyen", from: 2026-12-24T17:00:00-08:00, to: 2026-12-26T09:00:00-08:00 } # PagerDuty user PU00004',
      '      - { who: "Jordan Alvarez", from: 2027-11-07T01:30:00-08:00, to: 2027-11-07T06:00:00-08:00 } # PagerDuty user PU00003',
      '      # Override {"start":"2027-01-04T09:00:00-08:00"} is not imported: it needs a start, an end and a user.',
      '',
    ]);
    const dirRepo = await tempRepo({ 'oncall/schedules.yml': out.stdout });
    const who = await cli(
      ['oncall', 'who', dirRepo, '--at', '2027-11-07T09:45:00Z', '--json'],
      '/',
    );
    // 01:45 PST, the second time 01:45 happens that night: the override, not the rotation.
    expect(JSON.parse(who.stdout)).toMatchObject({
      schedules: { 'sre-primary-follow-the-sun': ['Jordan Alvarez'] },
    });
  });
});

describe('time zones written as offsets', () => {
  it('an offset is an error at its line that names the zone to write instead', async () => {
    const yaml = SUPPORT.replace(
      'timezone: Europe/London',
      'timezone: UTC+1 # Lagos and Berlin in winter',
    ).replace('  support-secondary:\n', "  support-secondary:\n    timezone: '-05:00'\n");
    const findings = await check(yaml, '2026-12-01T12:00:00Z');
    expect(show(findings, 'oncall/invalid')).toEqual([
      `error ${P}:2:11 timezone: unknown time zone "UTC+1": a fixed offset of +01:00 is Etc/GMT-1 (its sign is inverted), but a city's zone such as Europe/Berlin also follows its daylight saving time`,
      `error ${P}:18:15 schedules.support-secondary.timezone: unknown time zone "-05:00": a fixed offset of -05:00 is Etc/GMT+5 (its sign is inverted), but a city's zone such as Europe/Berlin also follows its daylight saving time`,
    ]);
  });
});

describe('the pull request comment of a change to many schedules', () => {
  /** An SRE organisation's file: a daily primary and a 12-hour secondary for each of twenty services. */
  const SERVICES = [
    'api',
    'auth',
    'billing',
    'cart',
    'catalog',
    'checkout',
    'search',
    'email',
    'fraud',
    'gateway',
    'inventory',
    'ledger',
    'media',
    'notify',
    'orders',
    'payments',
    'pricing',
    'reviews',
    'shipping',
    'users',
  ];
  const file = (zone: string): string =>
    [
      `timezone: ${zone}`,
      'schedules:',
      ...SERVICES.flatMap((name, i) => [
        `  ${name}-primary:`,
        '    layers:',
        `      - { start: 2026-11-02T09:00, shift: 1d, members: ['@${name}-a', '@${name}-b', '@${name}-c'] }`,
        `  ${name}-secondary:`,
        '    layers:',
        `      - { start: 2026-11-02T0${i % 10}:00, shift: 12h, members: ['@${name}-c', '@${name}-d'] }`,
      ]),
      'policies:',
      ...SERVICES.flatMap((name) => [
        `  ${name}:`,
        '    levels:',
        `      - notify: [{ schedule: ${name}-primary }]`,
        `      - { after: 10m, notify: [{ schedule: ${name}-secondary }] }`,
      ]),
      '',
    ].join('\n');

  it('stays within its share of the comment: every chart closed, the other schedules named, the next module kept', async () => {
    // The whole organisation moves from London to Dublin… by a typo: Europe/Berlin, an hour off.
    const result = await review(
      file('Europe/Berlin'),
      file('Europe/London'),
      '@@ -1,2 +1,2 @@\n-timezone: Europe/London\n+timezone: Europe/Berlin\n schedules:',
    );
    const markdown = result.section!.markdown;
    expect(markdown.length).toBeLessThanOrEqual(16_000);
    expect(markdown.split('\n').filter((l) => l.startsWith('```')).length % 2).toBe(0);
    const shown = [...markdown.matchAll(/^#### `([^`]+)`/gm)].map((m) => m[1]);
    expect(shown.length).toBeGreaterThan(0);
    const rest = SERVICES.flatMap((s) => [`${s}-primary`, `${s}-secondary`]).filter(
      (s) => !shown.includes(s),
    );
    expect(markdown).toContain(
      `${rest.length} more schedules change in the next 14 days: ${rest.map((s) => `\`${s}\``).join(', ')}`,
    );
    // Docs speaks in the same pull request: its part is still in the comment, which GitHub accepts.
    const docs = {
      id: 'docs',
      title: 'Postmortems and runbooks',
      findings: [
        {
          ruleId: 'docs/missing-section',
          severity: 'error' as const,
          message: 'postmortem has no "Timeline" section',
          file: 'docs/postmortems/2026-11-30-checkout.md',
          line: 1,
        },
      ],
      notes: [],
    };
    const oncall = { id: 'oncall', title: 'On-call', ...result, notes: result.notes ?? [] };
    const comment = renderPullRequestReport(
      { reviews: [oncall, docs], findings: [], notes: [] },
      { label: '#7 at ccccccc', footer: 'updated on every push' },
    );
    expect(comment.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect(comment).toContain('postmortem has no "Timeline" section');
  });
});

describe('an iCalendar file named in oncall.files', () => {
  it('is an error that says what the file is and what is read instead', async () => {
    const ics = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Acme//Support rota//EN',
      'BEGIN:VEVENT',
      'UID:rota-1@acme.example',
      'DTSTART;TZID=Europe/London:20261207T090000',
      'DTEND;TZID=Europe/London:20261214T090000',
      'RRULE:FREQ=WEEKLY;INTERVAL=4;BYDAY=MO;UNTIL=20270301T090000Z',
      'EXDATE;TZID=Europe/London:20261228T090000',
      'SUMMARY:@amy on call',
      'ATTENDEE;CN=Amy Shaw;ROLE=REQ-PARTICIPANT:mailto:amy@acme.example',
      'DESCRIPTION:Support primary. Escalate to: the support leads\\, then the',
      '  incident commander.',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ].join('\r\n');
    const { config } = parseConfig(
      'oncall:\n  files: [oncall/schedules.yml, oncall/rota.ics]\n',
      '.github/ops-steward.yml',
    );
    const findings = await oncallModule.check(
      contextFor(
        memoryRepo({ [P]: SUPPORT, 'oncall/rota.ics': ics }),
        config,
        new Date('2026-12-01T12:00:00Z'),
      ),
    );
    expect(show(findings, 'oncall/invalid')).toEqual([
      'error oncall/rota.ics:1:1 oncall/rota.ics is an iCalendar file (BEGIN:VCALENDAR), not an on-call file: write its rotation as layers in YAML (schemas/oncall.schema.json), or take it out of oncall.files',
    ]);
  });
});

describe('findings about now keep their identity from one day to the next', () => {
  // The evening layer was phased out on Monday; the policy still names it, and a manager is on both levels.
  const PHASED_OUT = `timezone: Europe/Paris
schedules:
  evenings:
    layers:
      - name: weekday evenings
        start: 2026-11-02T18:00
        end: 2026-11-30T09:00
        shift: 1w
        members: ['@amy', '@bo']
  managers:
    layers:
      - { start: 2026-01-05T09:00, shift: 1w, members: ['@zed', '@yan'] }
policies:
  evenings:
    levels:
      - notify: [{ schedule: evenings }]
      - { after: 10m, notify: [{ schedule: managers }] }
      - { after: 20m, notify: ['@zed', '@yan'] }
`;

  it('a baseline written today still holds a gap and a double booking that run past the horizon tomorrow', async () => {
    const dir = await tempRepo({ [P]: PHASED_OUT });
    const today = await cli(
      ['check', dir, '--now', '2026-12-01T12:00Z', '--write-baseline', '--json'],
      '/',
    );
    expect(today.code).toBe(0);
    const tomorrow = await cli(['check', dir, '--now', '2026-12-02T12:00Z', '--json'], '/');
    const report = JSON.parse(tomorrow.stdout) as { findings: Finding[] };
    expect(report.findings.filter((f) => f.ruleId.startsWith('oncall/'))).toEqual([]);
  });

  it("says now and the end of the days checked, not the run's own clock", async () => {
    const findings = await check(PHASED_OUT, '2026-12-01T12:00:00Z');
    expect(show(findings, 'oncall/coverage-gap')).toEqual([
      `error ${P}:3:3 schedule "evenings" has nobody on call from now until at least the end of the 56 days checked (oncall.horizonDays) (1344 h or more)`,
    ]);
    expect(show(findings, 'oncall/double-booked')).toEqual([
      `warning ${P}:18:9 policy "evenings": @yan is on level 2 (schedule managers) and level 3 (named directly) at the same time, first from now until Mon 7 Dec 2026 09:00; 672 h in the next 56 days: when they miss the page, the escalation pages them again`,
      `warning ${P}:18:9 policy "evenings": @zed is on level 2 (schedule managers) and level 3 (named directly) at the same time, first from Mon 7 Dec 2026 09:00 Europe/Paris (08:00 UTC) until Mon 14 Dec 2026 09:00; 672 h in the next 56 days: when they miss the page, the escalation pages them again`,
    ]);
  });
});

describe('the before/after table across the night the clocks go back', () => {
  const BASE = `timezone: America/New_York
schedules:
  db-primary:
    layers:
      - name: daily
        start: 2027-10-04T01:30
        shift: 1d
        members: ['@ana', '@bea', '@cal']
policies:
  db:
    levels:
      - notify: [{ schedule: db-primary }]
      - { after: 10m, notify: ['@acme/dba-leads'] }
`;
  // A failover drill from 01:00 EDT until 01:45 EST: two hours and three quarters of real time.
  const HEAD = BASE.replace(
    "        members: ['@ana', '@bea', '@cal']\n",
    "        members: ['@ana', '@bea', '@cal']\n    overrides:\n      - { who: '@dov', from: 2027-11-07T01:00, to: '2027-11-07T01:45:00-05:00' }\n",
  );

  it('a time the clock shows twice carries its offset, so the rows read in order', async () => {
    const result = await review(
      HEAD,
      BASE,
      "@@ -8,2 +8,4 @@\n         members: ['@ana', '@bea', '@cal']\n+    overrides:\n+      - { who: '@dov', from: 2027-11-07T01:00, to: '2027-11-07T01:45:00-05:00' }\n policies:",
      '2027-11-05T12:00:00Z',
    );
    const rows = result.section!.markdown.split('\n').filter((l) => l.includes('Sun 7 Nov'));
    expect(rows).toEqual([
      '|  | Sat 6 Nov 01:30 | Sun 7 Nov 01:00 (-04:00) | `@ana` | `@ana` |',
      '| ✏️ **changed** | Sun 7 Nov 01:00 (-04:00) | Sun 7 Nov 01:30 (-04:00) | `@ana` | `@dov` |',
      '| ✏️ **changed** | Sun 7 Nov 01:30 (-04:00) | Sun 7 Nov 01:45 (-05:00) | `@bea` | `@dov` |',
      '|  | Sun 7 Nov 01:45 (-05:00) | Mon 8 Nov 01:30 | `@bea` | `@bea` |',
    ]);
  });
});

describe('a pull request that mends an on-call file its base could not read', () => {
  it("a schedule the base left out for its own error is not new, and its gaps are not the mend's doing", async () => {
    // The base wrote the weekend crew's days as "Sat, Sun", which the schema refuses: that schedule was left out.
    const base = SUPPORT.replace(
      "days: [sat, sun], from: '00:00'",
      "days: [Sat, Sun], from: '00:00'",
    ).replace(
      "        members: ['@amy', '@bo', '@cy', '@dee']\n",
      "        members: ['@amy', '@bo', '@cy', '@dee']\n        restrictions: [{ days: [mon, tue, wed, thu, fri], from: '00:00', to: '24:00' }]\n",
    );
    const head = base
      .replace('days: [Sat, Sun]', 'days: [sat, sun]')
      .replace(
        "        members: ['@eve', '@fin']\n",
        "        members: ['@eve', '@fin']\n        end: 2026-12-19T00:00\n",
      );
    const result = await review(
      head,
      base,
      "@@ -15,4 +15,5 @@\n         members: ['@eve', '@fin']\n+        end: 2026-12-19T00:00\n         restrictions:\n-          - { days: [Sat, Sun], from: '00:00', to: '24:00' }\n+          - { days: [sat, sun], from: '00:00', to: '24:00' }",
    );
    const markdown = result.section!.markdown;
    expect(markdown).toContain(
      '#### `support-primary` (Europe/London)\n\nWho is on call after this change (its version before had errors) in the next 14 days',
    );
    expect(markdown).not.toContain('New schedule');
    // The weekends after the crew's end are gaps, said as such, but not "this pull request leaves".
    const gaps = result.findings.filter((f) => f.ruleId === 'oncall/coverage-gap');
    expect(gaps.length).toBeGreaterThan(0);
    expect(gaps.filter((f) => f.message.startsWith('this pull request'))).toEqual([]);
  });

  it('a base that is not YAML is a note: nothing is blamed on the fix, no schedule is called new', async () => {
    // Someone indented the weekend crew with a tab; this pull request puts the spaces back.
    const base = SUPPORT.replace('      - name: weekend crew', '\t- name: weekend crew');
    const result = await review(
      SUPPORT,
      base,
      '@@ -11,1 +11,1 @@\n-\t- name: weekend crew\n+      - name: weekend crew',
    );
    expect(result.notes).toEqual([
      `${P} at the base commit has errors (line 11: Tabs are not allowed as indentation); the on-call timeline is shown without its version before this change.`,
    ]);
    // The double bookings and the fairness of the rotation were there before the tab: not this change's.
    expect(result.findings).toEqual([]);
    expect(result.section!.markdown).not.toContain('New schedule');
    expect(result.section!.markdown).toContain(
      'Who is on call after this change (its version before could not be read) in the next 14 days',
    );
  });
});

describe('oncall/short-delay', () => {
  it('a level whose delay is shorter than the one before is said to be paged before it', async () => {
    // Someone added the managers' level with the delay they meant "after the secondary": 5m, not 25m.
    const yaml = SUPPORT.replace(
      "      - { after: 30m, notify: ['@acme/support-leads'] }",
      "      - { after: 30m, notify: ['@acme/support-leads'] }\n      - { after: 5m, notify: ['@acme/support-managers'] }",
    );
    const findings = await check(yaml, '2026-12-01T12:00:00Z');
    expect(show(findings, 'oncall/short-delay')).toEqual([
      `warning ${P}:30:9 level 4 of policy "support" is paged 25 min before level 3 (after 5m vs 30m): the levels are out of order, so level 3 is not paged first`,
    ]);
  });
});

describe('a schedule with a schema error', () => {
  it('still has every value error in it reported in the same run, not one round at a time', async () => {
    // Written from memory of another tool: capitalised days, a 9:00 without its zero, "1 week", a European date.
    const yaml = `timezone: Europe/Vienna
schedules:
  checkout:
    layers:
      - name: days
        start: 30.11.2026 09:00
        shift: 1 week
        members: ['@lena', '@max']
        restrictions:
          - { days: [Mon, Tue, Wed, Thu, Fri], from: '9:00', to: '17:00' }
    overrides:
      - { who: '@max', from: 2026-12-24T18:00, to: 2026-12-24T25:00 }
policies:
  checkout:
    levels:
      - notify: [{ schedule: checkout }]
      - { after: 15 min, notify: [] }
`;
    const findings = await check(yaml, '2026-12-01T12:00:00Z');
    expect(show(findings, 'oncall/invalid').map((l) => l.replace(/ \(got .*$/, ''))).toEqual([
      `error ${P}:6:16 schedules.checkout.layers[0].start must be a date-time such as 2026-11-02T09:00 (local) or 2026-11-02T08:00:00Z`,
      `error ${P}:7:16 schedules.checkout.layers[0].shift must be a shift length such as 12h, 1d or 1w`,
      `error ${P}:10:22 schedules.checkout.layers[0].restrictions[0].days[0] must be one of "mon", "tue", "wed", "thu", "fri", "sat", "sun"`,
      `error ${P}:10:27 schedules.checkout.layers[0].restrictions[0].days[1] must be one of "mon", "tue", "wed", "thu", "fri", "sat", "sun"`,
      `error ${P}:10:32 schedules.checkout.layers[0].restrictions[0].days[2] must be one of "mon", "tue", "wed", "thu", "fri", "sat", "sun"`,
      `error ${P}:10:37 schedules.checkout.layers[0].restrictions[0].days[3] must be one of "mon", "tue", "wed", "thu", "fri", "sat", "sun"`,
      `error ${P}:10:42 schedules.checkout.layers[0].restrictions[0].days[4] must be one of "mon", "tue", "wed", "thu", "fri", "sat", "sun"`,
      `error ${P}:10:54 schedules.checkout.layers[0].restrictions[0].from must be a local time HH:MM such as 09:00`,
      `error ${P}:12:52 schedules.checkout.overrides[0].to must be a date-time such as 2026-11-02T09:00 (local) or 2026-11-02T08:00:00Z`,
      `error ${P}:17:18 policies.checkout.levels[1].after must be a delay such as 0m, 10m or 1h`,
      `error ${P}:17:34 policies.checkout.levels[1].notify must be a non-empty list`,
    ]);
  });
});

describe('time zones written as abbreviations', () => {
  it('an abbreviation Intl reads as some other place is an error naming that place', async () => {
    // A London team writes BST, which ICU takes for Bangladesh; a Dublin team writes IST (India).
    const yaml = SUPPORT.replace('timezone: Europe/London', 'timezone: BST')
      .replace('  support-secondary:\n', '  support-secondary:\n    timezone: IST\n')
      .replace('  support-primary:\n', '  support-primary:\n    timezone: PST8PDT\n');
    const findings = await check(yaml, '2026-12-01T12:00:00Z');
    expect(show(findings, 'oncall/invalid')).toEqual([
      `error ${P}:2:11 timezone: unknown time zone "BST": an abbreviation, not an IANA name (Intl would read it as Asia/Dhaka); write the zone of a city there, such as Europe/London or America/New_York`,
      `error ${P}:19:15 schedules.support-secondary.timezone: unknown time zone "IST": an abbreviation, not an IANA name (Intl would read it as Asia/Calcutta); write the zone of a city there, such as Europe/London or America/New_York`,
    ]);
  });

  it('an IANA name without a slash (Japan, NZ, Eire) is no abbreviation: it is read', async () => {
    const yaml = SUPPORT.replace('timezone: Europe/London', 'timezone: Eire')
      .replace('  support-secondary:\n', '  support-secondary:\n    timezone: Japan\n')
      .replace('  support-primary:\n', '  support-primary:\n    timezone: NZ\n');
    const findings = await check(yaml, '2026-12-01T12:00:00Z');
    expect(show(findings, 'oncall/invalid')).toEqual([]);
  });

  it('EST and MST are fixed offsets all year: an error that names the zone with daylight saving time', async () => {
    const yaml = SUPPORT.replace('timezone: Europe/London', 'timezone: EST');
    const findings = await check(yaml, '2026-12-01T12:00:00Z');
    expect(show(findings, 'oncall/invalid')).toEqual([
      `error ${P}:2:11 timezone: "EST" is UTC-05:00 all year, with no daylight saving time: write America/New_York for the US East Coast, or Etc/GMT+5 if a fixed offset is meant`,
    ]);
  });
});

describe('oncall/unknown-person on a pull request', () => {
  it('a login the change writes that GitHub does not know is in the review; logins it did not touch are not', async () => {
    // @dee leaves the primary rotation and "@gus-h" (a typo of @gush) joins it; @ghost was there before.
    const base = SUPPORT.replace(
      "['@dee', '@amy', '@bo', '@cy']",
      "['@dee', '@amy', '@bo', '@ghost']",
    );
    const head = base.replace("['@amy', '@bo', '@cy', '@dee']", "['@amy', '@bo', '@cy', '@gus-h']");
    const asked: string[] = [];
    const result = await review(
      head,
      base,
      "@@ -10,1 +10,1 @@\n-        members: ['@amy', '@bo', '@cy', '@dee']\n+        members: ['@amy', '@bo', '@cy', '@gus-h']",
      '2026-12-01T12:00:00Z',
      {
        oncall: {
          lookupPerson: (login) => {
            asked.push(login);
            return Promise.resolve(['gus-h', 'ghost'].includes(login) ? 'not-found' : 'user');
          },
        },
      },
    );
    expect(show(result.findings, 'oncall/unknown-person')).toEqual([
      `warning ${P}:10:41 @gus-h is not a GitHub user (or not a member of this repository's organization): nobody would be paged`,
    ]);
    // Only what the change wrote is looked up: the full check asks about the rest.
    expect(asked.sort()).toEqual(['amy', 'bo', 'cy', 'gus-h']);
  });
});
