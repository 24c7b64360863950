/**
 * Schedules exported from PagerDuty or Opsgenie as JSON, named in `oncall.files` as if they were our format:
 * one error that says what the file is and how to convert it, not a flood of schema errors or a config that
 * silently pages nobody.
 */
import { describe, expect, it } from 'vitest';
import { formatLocation } from '../../src/findings.js';
import { parseOnCall } from '../../src/oncall/parse.js';

const PAGERDUTY = JSON.stringify(
  {
    schedule: {
      id: 'PI7DH85',
      type: 'schedule',
      summary: 'Checkout primary',
      name: 'Checkout primary',
      time_zone: 'Europe/Berlin',
      description: 'Weekly rotation, Monday 09:00',
      schedule_layers: [
        {
          id: 'PG68P1M',
          name: 'Layer 1',
          start: '2026-11-02T09:00:00+01:00',
          end: null,
          rotation_virtual_start: '2026-11-02T09:00:00+01:00',
          rotation_turn_length_seconds: 604800,
          users: [
            { user: { id: 'PXPGF42', type: 'user_reference', summary: 'Alice Arnold' } },
            { user: { id: 'PAM4FGS', type: 'user_reference', summary: 'Bob Brandt' } },
          ],
          restrictions: [],
        },
      ],
    },
  },
  null,
  2,
);

const OPSGENIE = JSON.stringify(
  {
    data: {
      id: 'd875alp4-9b4e-4219-alp3-0c26936d18de',
      name: 'checkout_schedule',
      description: 'Checkout on-call',
      timezone: 'Europe/Berlin',
      enabled: true,
      ownerTeam: { id: '90098alp9-f0e3-41d3-a060-0ea895027630', name: 'checkout' },
      rotations: [
        {
          id: 'a47alp93-0541-4aa3-bac6-4084cbd27a5b',
          name: 'weekly',
          startDate: '2026-11-02T08:00:00Z',
          type: 'weekly',
          length: 1,
          participants: [
            {
              type: 'user',
              id: 'b3alp0d7-a8e4-4c56-a0a8-0c9e1d3c6e11',
              username: 'alice@acme.example',
            },
            {
              type: 'user',
              id: 'c4alp1e8-b9f5-4d67-b1b9-1dae2e4d7f22',
              username: 'bob@acme.example',
            },
          ],
        },
      ],
    },
    took: 0.00135,
    requestId: '7ba4aalp-1d20-4d0b-8a65-3e2a7f2c6f1a',
  },
  null,
  2,
);

const show = (text: string, path: string): string[] =>
  parseOnCall(text, path).findings.map(
    (f) => `${f.severity} ${f.ruleId} ${formatLocation(f)} ${f.message}`,
  );

describe('schedule exports of other tools in oncall.files', () => {
  it('says a PagerDuty export is one, and how to convert it', () => {
    expect(show(PAGERDUTY, 'oncall/checkout-pd.json')).toEqual([
      'error oncall/invalid oncall/checkout-pd.json:2:3 oncall/checkout-pd.json is a PagerDuty schedule export (GET /schedules/{id}), not an on-call file: convert it with `ops-steward oncall import pagerduty oncall/checkout-pd.json` and name the YAML it prints in oncall.files',
    ]);
  });

  it('says an Opsgenie export is one, and how to convert it', () => {
    expect(show(OPSGENIE, 'oncall/checkout-og.json')).toEqual([
      'error oncall/invalid oncall/checkout-og.json:2:3 oncall/checkout-og.json is an Opsgenie schedule export (GET /v2/schedules/{id}), not an on-call file: convert it with `ops-steward oncall import opsgenie oncall/checkout-og.json` and name the YAML it prints in oncall.files',
    ]);
  });

  it('says a PagerDuty schedule listing is one, and which export the import reads', () => {
    const listing = JSON.stringify(
      {
        schedules: [JSON.parse(PAGERDUTY).schedule],
        limit: 25,
        offset: 0,
        more: false,
        total: null,
      },
      null,
      2,
    );
    expect(show(listing, 'oncall/pd-schedules.json')).toEqual([
      'error oncall/invalid oncall/pd-schedules.json:2:3 oncall/pd-schedules.json is a PagerDuty schedule listing (GET /schedules), not an on-call file: export each schedule (GET /schedules/{id}), convert it with `ops-steward oncall import pagerduty FILE` and name the YAML it prints in oncall.files',
    ]);
  });

  it('says an Opsgenie schedule listing is one, and which export the import reads', () => {
    const { rotations: _rotations, ...schedule } = JSON.parse(OPSGENIE).data;
    const listing = JSON.stringify(
      { data: [schedule], took: 0.0009, requestId: 'a1b2c3d4-0000-4000-8000-000000000001' },
      null,
      2,
    );
    expect(show(listing, 'oncall/og-schedules.json')).toEqual([
      'error oncall/invalid oncall/og-schedules.json:2:3 oncall/og-schedules.json is an Opsgenie schedule listing (GET /v2/schedules), not an on-call file: export each schedule (GET /v2/schedules/{id}), convert it with `ops-steward oncall import opsgenie FILE` and name the YAML it prints in oncall.files',
    ]);
  });
});
