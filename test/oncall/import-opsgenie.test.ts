/**
 * `oncall import opsgenie`: a schedule as Opsgenie's API returns it (`GET /v2/schedules/{id}?expand=rotation`)
 * printed as our YAML, so a team can move its Opsgenie setup into git; what our format cannot say is a comment.
 */
import { describe, expect, it } from 'vitest';
import { parseOnCall } from '../../src/oncall/parse.js';
import { cli, tempRepo } from '../support/cli.js';

const EXPORT = {
  data: {
    id: '4a1c6f2e-7d3b-4b8e-9f0a-2c5d8e1b3a70',
    name: 'payments_schedule',
    description: 'Payments on-call: office hours and nights',
    timezone: 'Europe/Berlin',
    enabled: true,
    ownerTeam: { id: '8e2b7c41-5a9d-4f36-b0c8-1d7e3a6f9b25', name: 'payments' },
    rotations: [
      {
        id: '0f6a3d92-1b7c-4e58-a2d4-9c3e7b1f5a68',
        name: 'office hours',
        startDate: '2026-11-02T08:00:00Z',
        type: 'weekly',
        length: 1,
        participants: [
          {
            type: 'user',
            id: '2d9f4b17-6c3a-4e85-b1d0-7a5e2c8f3b46',
            username: 'lena@payments.example',
          },
          {
            type: 'user',
            id: '5b8e1c3a-9d7f-4a26-c4e0-3f6b9d2a7c15',
            username: 'omar@payments.example',
          },
        ],
        timeRestriction: {
          type: 'weekday-and-time-of-day',
          restrictions: [
            {
              startDay: 'monday',
              startHour: 9,
              startMin: 0,
              endDay: 'friday',
              endHour: 18,
              endMin: 0,
            },
          ],
        },
      },
      {
        id: '7c2e9a51-4f8b-4d13-9e6a-5b1d3c7f2e84',
        name: 'nights',
        startDate: '2026-11-02T17:00:00Z',
        endDate: '2027-03-29T07:00:00Z',
        type: 'daily',
        length: 2,
        participants: [
          {
            type: 'user',
            id: '9a4c7e2b-3d1f-4b68-a5c9-2e7f1d4b8a63',
            username: 'pia@payments.example',
          },
          { type: 'team', id: '3e7b2d9c-1a5f-4c84-b6e2-8d4a1f7c3b59', name: 'payments_sre' },
        ],
        timeRestriction: {
          type: 'time-of-day',
          restriction: { startHour: 18, startMin: 0, endHour: 9, endMin: 0 },
        },
      },
      {
        id: 'b5d1e8a3-2c7f-4e96-8a1b-6f3c9d2e5a74',
        name: 'holiday cover',
        startDate: '2026-12-21T08:00:00Z',
        type: 'daily',
        length: 1,
        participants: [{ type: 'none' }, { type: 'user', username: 'lena@payments.example' }],
      },
    ],
  },
  took: 0.0021,
  requestId: 'c8e4a1d7-5b3f-4e29-9d6c-1a7f3b5e8d42',
};

describe('ops-steward oncall import opsgenie', () => {
  it('prints our YAML for each rotation; what cannot be expressed is a comment; the result parses clean', async () => {
    const dir = await tempRepo({ 'og.json': JSON.stringify(EXPORT, null, 2) });
    const out = await cli(['oncall', 'import', 'opsgenie', 'og.json'], dir);
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    expect(out.stdout).toBe(
      [
        '# Imported from Opsgenie schedule "payments_schedule" (og.json).',
        '# Members are Opsgenie users and teams as named there: write their @github-login instead to get who-owns,',
        '# escalation hints and the unknown-person check.',
        '# Opsgenie pages the on-call of every rotation at once; here a later layer wins where two overlap:',
        '# where yours overlap, make them schedules of their own and notify them on one policy level.',
        'timezone: Europe/Berlin',
        'schedules:',
        '  payments-schedule:',
        '    description: "Payments on-call: office hours and nights"',
        '    layers:',
        '      - name: "office hours"',
        '        start: 2026-11-02T09:00',
        '        shift: 1w',
        '        members:',
        '          - "lena@payments.example"',
        '          - "omar@payments.example"',
        '        restrictions:',
        '          - { days: [mon], from: "09:00", to: "24:00" }',
        '          - { days: [tue], from: "00:00", to: "24:00" }',
        '          - { days: [wed], from: "00:00", to: "24:00" }',
        '          - { days: [thu], from: "00:00", to: "24:00" }',
        '          - { days: [fri], from: "00:00", to: "18:00" }',
        '      - name: "nights"',
        '        start: 2026-11-02T18:00',
        '        end: 2027-03-29T09:00',
        '        shift: 2d',
        '        members:',
        '          - "pia@payments.example"',
        '          - "payments_sre" # an Opsgenie team',
        '        restrictions:',
        '          - { from: "18:00", to: "09:00" }',
        '      # Rotation "holiday cover" is not imported: a turn of nobody (participant type "none").',
      ].join('\n') + '\n',
    );
    const { findings } = parseOnCall(out.stdout, 'oncall/payments.yml');
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('refuses a file that is no Opsgenie schedule, saying what it expected', async () => {
    const dir = await tempRepo({ 'og.json': '{"data": []}' });
    const out = await cli(['oncall', 'import', 'opsgenie', 'og.json'], dir);
    expect(out.code).toBe(2);
    expect(out.stderr).toBe(
      'ops-steward: og.json: expected an Opsgenie schedule ({"data": {"rotations": [...]}}, from GET /v2/schedules/{id}?expand=rotation)\n',
    );
  });
});
