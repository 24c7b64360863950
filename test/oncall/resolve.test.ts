import { describe, expect, it } from 'vitest';
import { createOnCallDirectory } from '../../src/oncall/directory.js';
import { parseOnCall } from '../../src/oncall/parse.js';
import { whoIsOnCall } from '../../src/oncall/resolve.js';
import type { OnCallModel } from '../../src/oncall/types.js';

function load(yaml: string): OnCallModel {
  const { model, findings } = parseOnCall(yaml, 'oncall/schedules.yml');
  expect(findings).toEqual([]);
  return model;
}

/** Who `schedule` has on at each instant (ISO, UTC). */
function who(model: OnCallModel, schedule: string, ...instants: string[]): (string | null)[] {
  const s = model.schedules.get(schedule);
  if (!s) throw new Error(`no schedule ${schedule}`);
  return instants.map((t) => whoIsOnCall(s, new Date(t))?.person ?? null);
}

describe('weekly rotation in Europe/Berlin across DST', () => {
  const model = load(`
timezone: Europe/Berlin
schedules:
  primary:
    layers:
      - start: 2026-03-16T09:00   # Monday, CET (UTC+1)
        shift: 1w
        members: ["@ann", "@ben", "@cem"]
`);

  it('nobody before the first handoff, then one member per week', () => {
    expect(
      who(
        model,
        'primary',
        '2026-03-16T07:59:00Z',
        '2026-03-16T08:00:00Z',
        '2026-03-23T07:59:59Z',
        '2026-03-23T08:00:00Z',
      ),
    ).toEqual([null, '@ann', '@ann', '@ben']);
  });

  it('after clocks go forward (29 March) the handoff is still Monday 09:00 local, now 07:00 UTC', () => {
    expect(who(model, 'primary', '2026-03-30T06:59:00Z', '2026-03-30T07:00:00Z')).toEqual([
      '@ben',
      '@cem',
    ]);
    // Counting 7 × 24 real hours instead would still have @ben on here.
    expect(who(model, 'primary', '2026-03-30T07:30:00Z')).toEqual(['@cem']);
  });

  it('wraps around the members and survives clocks going back (25 October)', () => {
    // 2026-10-26 is 32 weeks after 2026-03-16: 32 % 3 = 2 → @cem, handing off at 09:00 CET = 08:00 UTC.
    expect(who(model, 'primary', '2026-10-26T07:59:00Z', '2026-10-26T08:00:00Z')).toEqual([
      '@ben',
      '@cem',
    ]);
  });
});

describe('daily and 12h rotations in America/New_York across DST', () => {
  const model = load(`
schedules:
  daily:
    timezone: America/New_York
    layers:
      - start: 2026-10-30T09:00
        shift: 1d
        members: [ann, ben, cem]
  halfday:
    timezone: America/New_York
    layers:
      - start: 2026-03-07T09:00
        shift: 12h
        members: [day, night]
`);

  it('daily handoffs stay at 09:00 local when clocks go back on 1 November', () => {
    // 31 Oct 09:00 EDT = 13:00 UTC (ben); 1 Nov 09:00 EST = 14:00 UTC (cem).
    expect(who(model, 'daily', '2026-10-31T12:59:00Z', '2026-10-31T13:00:00Z')).toEqual([
      'ann',
      'ben',
    ]);
    expect(who(model, 'daily', '2026-11-01T13:30:00Z', '2026-11-01T14:00:00Z')).toEqual([
      'ben',
      'cem',
    ]);
  });

  it('12h shifts hand off at 09:00 and 21:00 local; the night clocks spring forward is an hour shorter', () => {
    // 7 Mar 21:00 EST = 8 Mar 02:00 UTC; 8 Mar 09:00 EDT = 13:00 UTC.
    expect(
      who(
        model,
        'halfday',
        '2026-03-07T14:00:00Z',
        '2026-03-08T02:00:00Z',
        '2026-03-08T12:59:00Z',
        '2026-03-08T13:00:00Z',
      ),
    ).toEqual(['day', 'night', 'night', 'day']);
  });
});

describe('handoffs that fall inside a DST change', () => {
  const model = load(`
timezone: Europe/Berlin
schedules:
  hourly:
    layers:
      - start: 2026-10-25T00:00
        shift: 1h
        members: [a, b]
  skipped:
    layers:
      - start: 2026-03-28T02:30
        shift: 1d
        members: [x, y]
`);

  it('a handoff in the repeated hour happens once: no flip-flop when the hour repeats', () => {
    // Handoffs: 00:00 CEST (22:00Z, a), 01:00 CEST (23:00Z, b), 02:00 first time (00:00Z, a), 03:00 CET (02:00Z, b).
    expect(
      who(
        model,
        'hourly',
        '2026-10-24T22:30:00Z',
        '2026-10-24T23:30:00Z',
        '2026-10-25T00:30:00Z',
        '2026-10-25T01:30:00Z',
        '2026-10-25T02:00:00Z',
      ),
    ).toEqual(['a', 'b', 'a', 'a', 'b']);
  });

  it('a handoff at a time the clocks skip happens when they jump', () => {
    // 29 March 02:30 does not exist in Berlin: y takes over at 03:00 CEST (01:00 UTC).
    expect(
      who(model, 'skipped', '2026-03-29T00:59:00Z', '2026-03-29T01:00:00Z', '2026-03-30T00:30:00Z'),
    ).toEqual(['x', 'y', 'x']);
  });
});

describe('layers, restrictions and overrides', () => {
  const model = load(`
timezone: Europe/Berlin
schedules:
  shop:
    layers:
      - name: around the clock
        start: 2026-11-02T09:00   # Monday
        shift: 1w
        members: ["@alice", "@bob"]
      - name: office hours
        start: 2026-11-02T00:00
        shift: 1d
        members: ["@kim", "@lee"]
        restrictions:
          - days: [mon, tue, wed, thu, fri]
            from: "09:00"
            to: "17:00"
      - name: friday night
        start: 2026-11-02T00:00
        end: 2026-11-21T00:00
        shift: 1w
        members: ["@owl"]
        restrictions:
          - days: [fri]
            from: "22:00"
            to: "06:00"
    overrides:
      - who: "@bob"
        from: 2026-11-07T09:00   # weekend swap: @alice's first weekend
        to: 2026-11-09T09:00
        reason: swap with @alice
      - who: "@zed"
        from: 2026-11-08T12:00
        to: 2026-11-08T13:00
`);

  it('the higher layer wins inside its window, the lower layer covers the rest', () => {
    // Tue 3 Nov: 10:00 and 16:59 CET are office hours (day 1 → @lee); 17:00 CET is not (@alice).
    expect(
      who(model, 'shop', '2026-11-03T09:00:00Z', '2026-11-03T15:59:00Z', '2026-11-03T16:00:00Z'),
    ).toEqual(['@lee', '@lee', '@alice']);
  });

  it('a window past midnight covers the night after each listed day', () => {
    // Fri 6 Nov 23:00 CET and Sat 05:59 CET: @owl; Sat 06:00 and Thu 23:00: the weekly layer.
    expect(
      who(
        model,
        'shop',
        '2026-11-06T22:00:00Z',
        '2026-11-07T04:59:00Z',
        '2026-11-07T05:00:00Z',
        '2026-11-05T22:00:00Z',
      ),
    ).toEqual(['@owl', '@owl', '@alice', '@alice']);
  });

  it('a layer with an end pages nobody after it', () => {
    // Ends Sat 21 Nov 00:00 CET (Fri 23:00 UTC): on the Friday night before, not after.
    expect(who(model, 'shop', '2026-11-20T22:59:00Z', '2026-11-20T23:00:00Z')).toEqual([
      '@owl',
      '@alice',
    ]);
  });

  it('overrides win over every layer; a later override wins over an earlier one; `to` is exclusive', () => {
    expect(
      who(
        model,
        'shop',
        '2026-11-07T07:59:00Z',
        '2026-11-07T08:00:00Z',
        '2026-11-08T11:30:00Z',
        '2026-11-08T12:00:00Z',
        '2026-11-09T07:59:00Z',
        '2026-11-09T08:00:00Z',
      ),
    ).toEqual(['@alice', '@bob', '@zed', '@bob', '@bob', '@lee']);
  });

  it('reports which layer or override decided', () => {
    const s = model.schedules.get('shop')!;
    expect(whoIsOnCall(s, new Date('2026-11-03T09:00:00Z'))).toEqual({
      person: '@lee',
      source: { kind: 'layer', index: 1, name: 'office hours' },
    });
    expect(whoIsOnCall(s, new Date('2026-11-08T11:30:00Z'))?.source).toEqual({
      kind: 'override',
      index: 1,
    });
  });
});

describe('the OnCallDirectory seam', () => {
  const model = load(`
timezone: America/New_York
schedules:
  web-primary:
    layers:
      - { start: 2026-11-02T09:00, shift: 1w, members: ["@ann", "@ben"] }
  web-secondary:
    layers:
      - { start: 2026-11-02T09:00, shift: 1w, members: ["@ben", "@ann"] }
  later:
    layers:
      - { start: 2027-01-01T00:00, shift: 1d, members: ["@cy"] }
policies:
  web:
    levels:
      - notify: [{ schedule: web-primary }, "@Ann", { schedule: later }]
      - after: 15m
        notify: [{ schedule: web-secondary }, "@acme/web-leads", "ops@acme.example"]
teams:
  acme/Web: web
`);
  const directory = createOnCallDirectory(model);

  it('maps teams case-insensitively, with or without @', () => {
    expect(directory.policyFor('@acme/web')).toBe('web');
    expect(directory.policyFor('@acme/other')).toBeUndefined();
  });

  it('gives the people per level: schedules resolved at the time, people as written, each once', () => {
    expect(directory.onCallAt('web', new Date('2026-11-10T15:00:00Z'))).toEqual([
      { level: 1, people: ['@ben', '@Ann'] },
      { level: 2, people: ['@ann', '@acme/web-leads', 'ops@acme.example'] },
    ]);
    // The same person from a schedule and by name counts once.
    expect(directory.onCallAt('web', new Date('2026-11-03T15:00:00Z'))![0]).toEqual({
      level: 1,
      people: ['@ann'],
    });
  });

  it('an unknown policy is null', () => {
    expect(directory.onCallAt('nope', new Date('2026-11-10T15:00:00Z'))).toBeNull();
  });
});
