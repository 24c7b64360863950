import path from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { parseOnCall } from '../../src/oncall/parse.js';
import { cli, tempRepo } from '../support/cli.js';

const EXAMPLE = path.resolve(import.meta.dirname, '../../examples/acme-shop');

async function json<T>(argv: string[]): Promise<T> {
  const out = await cli(argv, '/');
  // The example keeps one broken reference on purpose; problems are named on stderr, never in the JSON.
  expect(out.stderr).toBe(
    'error: oncall/schedules.yml:107:18 level 1 of policy "payments-escalation" notifies schedule "payments-primary", which no on-call file defines\n',
  );
  expect(out.code).toBe(0);
  return JSON.parse(out.stdout) as T;
}

describe('ops-steward oncall who', () => {
  it('every schedule and every policy level at --at, people as written', async () => {
    // Thursday 26 November, 16:00 in Berlin (@bob's override day on checkout-primary), 10:00 in New York.
    const answer = await json<Record<string, unknown>>([
      'oncall',
      'who',
      '--repo',
      EXAMPLE,
      '--at',
      '2026-11-26T15:00:00Z',
      '--json',
    ]);
    expect(answer).toEqual({
      at: '2026-11-26T15:00:00+00:00',
      schedules: {
        'checkout-primary': ['@bob'],
        'checkout-secondary': ['@frank'],
        'sre-primary': ['@hank'],
        'discovery-primary': ['@kim'],
        'web-daytime': ['@nils'],
      },
      policies: {
        'checkout-escalation': [['@bob'], ['@frank'], ['@acme/checkout-managers']],
        'sre-escalation': [['@hank'], ['@acme/sre-leads']],
        'discovery-escalation': [['@kim'], ['@hank', '@acme/discovery-leads']],
        'web-escalation': [['@nils'], ['@hank']],
        'payments-escalation': [[]],
      },
    });
  });

  it('takes the repository as [DIR] and --now as a synonym of --at, as every subcommand does', async () => {
    const a = await cli(
      ['oncall', 'who', EXAMPLE, '--now', '2026-11-26T16:00+01:00', '--json'],
      '/',
    );
    const b = await cli(
      ['oncall', 'who', '--repo', EXAMPLE, '--at', '2026-11-26T15:00:00Z', '--json'],
      '/',
    );
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
  });

  it('a schedule with nobody on has []', async () => {
    // Saturday 12 December: the weekend sre-primary leaves uncovered; web-daytime is off at weekends.
    const answer = await json<{ schedules: Record<string, string[]> }>([
      'oncall',
      'who',
      '--repo',
      EXAMPLE,
      '--at',
      '2026-12-12T12:00:00Z',
      '--json',
    ]);
    expect(answer.schedules['sre-primary']).toEqual([]);
    expect(answer.schedules['web-daytime']).toEqual([]);
  });
});

describe('ops-steward oncall timeline and gaps', () => {
  it('timeline: contiguous, sorted, cut at --from/--to, in the schedule zone with its offset', async () => {
    const rows = await json<unknown[]>([
      'oncall',
      'timeline',
      '--repo',
      EXAMPLE,
      '--schedule',
      'sre-primary',
      '--from',
      '2026-12-06T00:00:00Z',
      '--to',
      '2026-12-22T00:00:00Z',
      '--json',
    ]);
    expect(rows).toEqual([
      { from: '2026-12-06T01:00:00+01:00', to: '2026-12-07T09:00:00+01:00', who: '@gina' },
      { from: '2026-12-07T09:00:00+01:00', to: '2026-12-11T18:00:00+01:00', who: '@hank' },
      { from: '2026-12-11T18:00:00+01:00', to: '2026-12-14T09:00:00+01:00', who: null },
      { from: '2026-12-14T09:00:00+01:00', to: '2026-12-21T09:00:00+01:00', who: '@ines' },
      { from: '2026-12-21T09:00:00+01:00', to: '2026-12-22T01:00:00+01:00', who: '@gina' },
    ]);
  });

  it('gaps: inside required coverage only, sorted by schedule then time', async () => {
    const rows = await json<unknown[]>([
      'oncall',
      'gaps',
      '--repo',
      EXAMPLE,
      '--from',
      '2026-11-25T00:00:00Z',
      '--to',
      '2027-01-20T00:00:00Z',
      '--json',
    ]);
    // web-daytime has nobody at night or at weekends, which its coverage does not require.
    expect(rows).toEqual([
      {
        schedule: 'sre-primary',
        from: '2026-12-11T18:00:00+01:00',
        to: '2026-12-14T09:00:00+01:00',
      },
    ]);
  });

  it('an unknown schedule or an inverted window is a usage error, exit 2', async () => {
    const typo = await cli(
      ['oncall', 'timeline', '--repo', EXAMPLE, '--schedule', 'sre-primray', '--json'],
      '/',
    );
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain(
      'no schedule "sre-primray" in oncall/schedules.yml; did you mean "sre-primary"?',
    );
    const inverted = await cli(
      ['oncall', 'gaps', '--repo', EXAMPLE, '--from', '2026-12-02', '--to', '2026-12-01', '--json'],
      '/',
    );
    expect(inverted.code).toBe(2);
    expect(inverted.stderr).toContain('--to (2026-12-01T00:00:00.000Z) must be after --from');
  });

  it('problems of the on-call file go to stderr; stdout stays JSON', async () => {
    const dir = await tempRepo({
      'oncall/schedules.yml':
        'timezone: UTC\nschedules:\n  a:\n    layers: [{ start: 2026-11-30T00:00, shift: 1d, members: ["@x", "@y"] }]\n  b:\n    layers: [{ start: soon, shift: 1d, members: ["@x"] }]\n',
    });
    const out = await cli(
      [
        'oncall',
        'gaps',
        '--repo',
        dir,
        '--from',
        '2026-11-29',
        '--to',
        '2026-11-30T06:00:00Z',
        '--json',
      ],
      '/',
    );
    expect(out.code).toBe(0);
    expect(out.stderr).toContain(
      'error: oncall/schedules.yml:6:23 schedules.b.layers[0].start must be a date-time',
    );
    expect(JSON.parse(out.stdout)).toEqual([
      { schedule: 'a', from: '2026-11-29T00:00:00+00:00', to: '2026-11-30T00:00:00+00:00' },
    ]);
  });
});

describe('ops-steward oncall export --ics', () => {
  function events(text: string) {
    const calendar = new ICAL.Component(ICAL.parse(text));
    return calendar.getAllSubcomponents('vevent').map((v) => {
      const e = new ICAL.Event(v);
      return {
        uid: e.uid,
        summary: e.summary,
        start: e.startDate.toJSDate().toISOString(),
        end: e.endDate.toJSDate().toISOString(),
      };
    });
  }

  it('one event per shift of a schedule, parsed back by ical.js', async () => {
    const out = await cli(
      [
        'oncall',
        'export',
        '--ics',
        '--repo',
        EXAMPLE,
        '--schedule',
        'sre-primary',
        '--from',
        '2026-12-07T08:00:00Z',
        '--to',
        '2026-12-28T08:00:00Z',
      ],
      '/',
    );
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(events(out.stdout)).toEqual([
      {
        uid: 'sre-primary/@hank/2026-12-07T08:00:00.000Z@ops-steward',
        summary: '@hank on call: sre-primary',
        start: '2026-12-07T08:00:00.000Z',
        end: '2026-12-11T17:00:00.000Z',
      },
      {
        uid: 'sre-primary/@ines/2026-12-14T08:00:00.000Z@ops-steward',
        summary: '@ines on call: sre-primary',
        start: '2026-12-14T08:00:00.000Z',
        end: '2026-12-21T08:00:00.000Z',
      },
      {
        uid: 'sre-primary/@gina/2026-12-21T08:00:00.000Z@ops-steward',
        summary: '@gina on call: sre-primary',
        start: '2026-12-21T08:00:00.000Z',
        end: '2026-12-28T08:00:00.000Z',
      },
    ]);
  });

  it('--person gives my shifts across every schedule', async () => {
    const out = await cli(
      [
        'oncall',
        'export',
        '--ics',
        '--repo',
        EXAMPLE,
        '--person',
        '@ALICE',
        '--from',
        '2026-11-30T08:00:00Z',
        '--to',
        '2026-12-21T08:00:00Z',
      ],
      '/',
    );
    expect(events(out.stdout).map((e) => [e.summary, e.start, e.end])).toEqual([
      ['@alice on call: checkout-primary', '2026-12-14T08:00:00.000Z', '2026-12-21T08:00:00.000Z'],
      [
        '@alice on call: checkout-secondary',
        '2026-11-30T08:00:00.000Z',
        '2026-12-07T08:00:00.000Z',
      ],
      [
        '@alice on call: checkout-secondary',
        '2026-12-15T08:00:00.000Z',
        '2026-12-17T08:00:00.000Z',
      ],
    ]);
  });
});

/** A schedule as PagerDuty's REST API v2 returns it from GET /schedules/{id} (fields as documented). */
const PAGERDUTY = {
  schedule: {
    id: 'PI7DH85',
    type: 'schedule',
    summary: 'Checkout Primary',
    self: 'https://api.pagerduty.com/schedules/PI7DH85',
    html_url: 'https://acme.pagerduty.com/schedules/PI7DH85',
    name: 'Checkout Primary',
    time_zone: 'Europe/Berlin',
    description: 'Weekly primary for the checkout service',
    // Highest priority first, as GET returns them.
    schedule_layers: [
      {
        id: 'PG68P1M',
        name: 'Weekday days',
        start: '2026-11-02T08:00:00+01:00',
        end: null,
        rotation_virtual_start: '2026-11-02T08:00:00+01:00',
        rotation_turn_length_seconds: 86400,
        users: [
          { user: { id: 'PXPGF42', type: 'user_reference', summary: 'Dana Kim' } },
          { user: { id: 'PAM4FGS', type: 'user_reference', summary: 'Eli Novak' } },
        ],
        restrictions: [
          {
            type: 'weekly_restriction',
            start_time_of_day: '08:00:00',
            duration_seconds: 381600,
            start_day_of_week: 1,
          },
        ],
      },
      {
        id: 'PR9LQ0H',
        name: 'Nights',
        start: '2026-11-02T18:00:00+01:00',
        rotation_virtual_start: '2026-11-02T18:00:00+01:00',
        rotation_turn_length_seconds: 5400,
        users: [{ user: { id: 'PQ2B5ZV', type: 'user_reference', summary: 'Fay Ortiz' } }],
        restrictions: [],
      },
      {
        id: 'PNMV3UF',
        name: 'Weekly',
        start: '2026-11-09T09:00:00+01:00',
        end: '2027-03-01T09:00:00+01:00',
        rotation_virtual_start: '2026-11-02T09:00:00+01:00',
        rotation_turn_length_seconds: 604800,
        users: [
          { user: { id: 'PXPGF42', type: 'user_reference', summary: 'Dana Kim' } },
          { user: { id: 'PQ2B5ZV', type: 'user_reference', summary: 'Fay Ortiz' } },
        ],
        restrictions: [
          { type: 'daily_restriction', start_time_of_day: '22:00:00', duration_seconds: 28800 },
        ],
      },
    ],
    overrides_subschedule: {
      name: 'Overrides',
      rendered_schedule_entries: [{ start: '2026-11-28T09:00:00+01:00' }],
    },
  },
};

describe('ops-steward oncall import pagerduty', () => {
  it('prints our YAML; what cannot be expressed is a comment; the result parses clean', async () => {
    const dir = await tempRepo({ 'pd.json': JSON.stringify(PAGERDUTY, null, 2) });
    const out = await cli(['oncall', 'import', 'pagerduty', 'pd.json'], dir);
    expect(out.code).toBe(0);
    expect(out.stdout).toBe(
      [
        '# Imported from PagerDuty schedule "Checkout Primary" (pd.json).',
        '# Members are PagerDuty users as named there: write their @github-login instead to get who-owns,',
        '# escalation hints and the unknown-person check.',
        'timezone: Europe/Berlin',
        'schedules:',
        '  checkout-primary:',
        '    description: "Weekly primary for the checkout service"',
        '    layers:',
        '      - name: "Weekly"',
        '        start: 2026-11-02T09:00',
        '        # PagerDuty starts this layer at 2026-11-09T09:00:00+01:00: before that it pages nobody, here the rotation already runs.',
        '        end: 2027-03-01T09:00',
        '        shift: 1w',
        '        members:',
        '          - "Dana Kim" # PagerDuty user PXPGF42',
        '          - "Fay Ortiz" # PagerDuty user PQ2B5ZV',
        '        restrictions:',
        '          - { from: "22:00", to: "06:00" }',
        '      # Layer "Nights" is not imported: rotation_turn_length_seconds 5400 is not a whole number of hours.',
        '      - name: "Weekday days"',
        '        start: 2026-11-02T08:00',
        '        shift: 1d',
        '        members:',
        '          - "Dana Kim" # PagerDuty user PXPGF42',
        '          - "Eli Novak" # PagerDuty user PAM4FGS',
        '        restrictions:',
        '          - { days: [mon], from: "08:00", to: "24:00" }',
        '          - { days: [tue], from: "00:00", to: "24:00" }',
        '          - { days: [wed], from: "00:00", to: "24:00" }',
        '          - { days: [thu], from: "00:00", to: "24:00" }',
        '          - { days: [fri], from: "00:00", to: "18:00" }',
        '    # The overrides PagerDuty rendered in the window of this export; GET /schedules/{id}/overrides lists',
        '    # the others.',
        '      # Override {"start":"2026-11-28T09:00:00+01:00"} is not imported: it needs a start, an end and a user.',
        '',
      ].join('\n'),
    );
    const { model, findings } = parseOnCall(out.stdout, 'oncall/schedules.yml');
    expect(findings).toEqual([]);
    expect(model.schedules.get('checkout-primary')?.layers.map((l) => l.name)).toEqual([
      'Weekly',
      'Weekday days',
    ]);
  });

  it('a file that is not a PagerDuty schedule is a usage error naming it', async () => {
    const dir = await tempRepo({
      'pd.json': '{"schedules": []}',
      'bad.json': '{',
      'comma.json': '{\n  "schedule": {\n    "id": "P1",\n  }\n}\n',
    });
    const wrong = await cli(['oncall', 'import', 'pagerduty', 'pd.json'], dir);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('pd.json: expected a PagerDuty schedule');
    const broken = await cli(['oncall', 'import', 'pagerduty', 'bad.json'], dir);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('bad.json:1:2: not JSON');
    // A trailing comma, as hand-edited exports have: the line and column of what JSON refuses.
    const comma = await cli(['oncall', 'import', 'pagerduty', 'comma.json'], dir);
    expect(comma.code).toBe(2);
    expect(comma.stderr).toContain(
      'comma.json:4:3: not JSON: Expected double-quoted property name',
    );
  });
});
