import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseOnCall } from '../../src/oncall/parse.js';
import { whoIsOnCall } from '../../src/oncall/resolve.js';
import { coverageGaps, scheduleTimeline } from '../../src/oncall/timeline.js';
import type { Schedule } from '../../src/oncall/types.js';

function schedule(yaml: string, name = 'primary'): Schedule {
  const { model, findings } = parseOnCall(yaml, 'oncall/schedules.yml');
  expect(findings).toEqual([]);
  const s = model.schedules.get(name);
  if (!s) throw new Error(`no schedule ${name}`);
  return s;
}

/** The timeline as [fromUTC, toUTC, who] rows, ISO to the minute. */
function rows(s: Schedule, from: string, to: string): [string, string, string | null][] {
  const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 16) + 'Z';
  return scheduleTimeline(s, Date.parse(from), Date.parse(to)).map((x) => [
    iso(x.from),
    iso(x.to),
    x.who,
  ]);
}

describe('handoffs across DST, exact to the minute', () => {
  it('Australia/Sydney (southern hemisphere), daily at 09:00: the shift over the April change lasts 25 h', () => {
    const s = schedule(`
schedules:
  primary:
    timezone: Australia/Sydney
    layers:
      - { start: 2026-04-04T09:00, shift: 1d, members: ["@ann", "@ben"] }
`);
    // Clocks go back on Sunday 5 April 03:00 AEDT (UTC+11) → 02:00 AEST (UTC+10).
    expect(rows(s, '2026-04-03T00:00Z', '2026-04-06T00:00Z')).toEqual([
      ['2026-04-03T00:00Z', '2026-04-03T22:00Z', null],
      ['2026-04-03T22:00Z', '2026-04-04T23:00Z', '@ann'], // Sat 09:00 AEDT → Sun 09:00 AEST: 25 h
      ['2026-04-04T23:00Z', '2026-04-05T23:00Z', '@ben'], // Sun → Mon 09:00 AEST: 24 h
      ['2026-04-05T23:00Z', '2026-04-06T00:00Z', '@ann'],
    ]);
  });

  it('Australia/Sydney, 12-hour shifts at 08:00 and 20:00: the night of the October change lasts 11 h', () => {
    const s = schedule(`
schedules:
  primary:
    timezone: Australia/Sydney
    layers:
      - { start: 2026-10-02T08:00, shift: 12h, members: [day, night] }
`);
    // Clocks go forward on Sunday 4 October 02:00 AEST (UTC+10) → 03:00 AEDT (UTC+11).
    expect(rows(s, '2026-10-03T09:00Z', '2026-10-04T10:00Z')).toEqual([
      ['2026-10-03T09:00Z', '2026-10-03T10:00Z', 'day'],
      ['2026-10-03T10:00Z', '2026-10-03T21:00Z', 'night'], // Sat 20:00 AEST → Sun 08:00 AEDT
      ['2026-10-03T21:00Z', '2026-10-04T09:00Z', 'day'], // Sun 08:00 → 20:00 AEDT
      ['2026-10-04T09:00Z', '2026-10-04T10:00Z', 'night'],
    ]);
  });

  it('Europe/Berlin, daily at 02:30: a skipped handoff happens when the clocks jump, a repeated one the first time', () => {
    const s = schedule(`
schedules:
  primary:
    timezone: Europe/Berlin
    layers:
      - { start: 2026-03-27T02:30, shift: 1d, members: ["@ann", "@ben"] }
`);
    // 29 March: 02:00 CET jumps to 03:00 CEST at 01:00 UTC; 02:30 does not exist.
    expect(rows(s, '2026-03-28T00:00Z', '2026-03-30T06:00Z')).toEqual([
      ['2026-03-28T00:00Z', '2026-03-28T01:30Z', '@ann'],
      ['2026-03-28T01:30Z', '2026-03-29T01:00Z', '@ben'], // 28 Mar 02:30 CET → the jump
      ['2026-03-29T01:00Z', '2026-03-30T00:30Z', '@ann'], // → 30 Mar 02:30 CEST
      ['2026-03-30T00:30Z', '2026-03-30T06:00Z', '@ben'],
    ]);
    // 25 October: 02:30 happens at 00:30 UTC (CEST) and 01:30 UTC (CET); the first is used.
    const fall = schedule(`
schedules:
  primary:
    timezone: Europe/Berlin
    layers:
      - { start: 2026-10-23T02:30, shift: 1d, members: ["@ann", "@ben"] }
`);
    expect(rows(fall, '2026-10-24T00:00Z', '2026-10-26T03:00Z')).toEqual([
      ['2026-10-24T00:00Z', '2026-10-24T00:30Z', '@ann'],
      ['2026-10-24T00:30Z', '2026-10-25T00:30Z', '@ben'],
      ['2026-10-25T00:30Z', '2026-10-26T01:30Z', '@ann'], // 25 h: the repeated hour is in it
      ['2026-10-26T01:30Z', '2026-10-26T03:00Z', '@ben'],
    ]);
  });

  it('America/New_York, 3-day shifts at 18:00 and 12-hour shifts at 07:00/19:00', () => {
    const multi = schedule(`
schedules:
  primary:
    timezone: America/New_York
    layers:
      - { start: 2026-10-30T18:00, shift: 3d, members: ["@ann", "@ben"] }
`);
    // Clocks go back Sunday 1 November 02:00 EDT → 01:00 EST.
    expect(rows(multi, '2026-10-30T00:00Z', '2026-11-06T00:00Z')).toEqual([
      ['2026-10-30T00:00Z', '2026-10-30T22:00Z', null],
      ['2026-10-30T22:00Z', '2026-11-02T23:00Z', '@ann'], // 73 h
      ['2026-11-02T23:00Z', '2026-11-05T23:00Z', '@ben'],
      ['2026-11-05T23:00Z', '2026-11-06T00:00Z', '@ann'],
    ]);
    const half = schedule(`
schedules:
  primary:
    timezone: America/New_York
    layers:
      - { start: 2026-03-07T07:00, shift: 12h, members: [day, night] }
`);
    // Clocks go forward Sunday 8 March 02:00 EST → 03:00 EDT.
    expect(rows(half, '2026-03-07T23:00Z', '2026-03-09T00:00Z')).toEqual([
      ['2026-03-07T23:00Z', '2026-03-08T00:00Z', 'day'],
      ['2026-03-08T00:00Z', '2026-03-08T11:00Z', 'night'], // Sat 19:00 EST → Sun 07:00 EDT: 11 h
      ['2026-03-08T11:00Z', '2026-03-08T23:00Z', 'day'],
      ['2026-03-08T23:00Z', '2026-03-09T00:00Z', 'night'],
    ]);
  });
});

describe('layers, restrictions, overrides', () => {
  it('a night layer restricted to 22:00–06:00 starting Mon–Fri runs past midnight over the day layer', () => {
    const s = schedule(`
timezone: UTC
schedules:
  primary:
    layers:
      - { name: days, start: 2026-11-02T00:00, shift: 1w, members: ["@day"] }
      - name: nights
        start: 2026-11-02T00:00
        shift: 1w
        members: ["@night"]
        restrictions: [{ days: [mon, tue, wed, thu, fri], from: "22:00", to: "06:00" }]
`);
    // Friday 6 Nov 22:00 → Saturday 06:00 is a night; Saturday 22:00 is not (Saturday is not listed).
    expect(rows(s, '2026-11-06T12:00Z', '2026-11-08T12:00Z')).toEqual([
      ['2026-11-06T12:00Z', '2026-11-06T22:00Z', '@day'],
      ['2026-11-06T22:00Z', '2026-11-07T06:00Z', '@night'],
      ['2026-11-07T06:00Z', '2026-11-08T12:00Z', '@day'],
    ]);
  });

  it('overrides span a handoff and overlap each other: the later one in the file wins', () => {
    const s = schedule(`
timezone: Europe/Berlin
schedules:
  primary:
    layers:
      - { start: 2026-11-02T09:00, shift: 1w, members: ["@ann", "@ben"] }
    overrides:
      - { who: "@cem", from: 2026-11-08T12:00, to: 2026-11-10T12:00 } # over Monday's handoff
      - { who: "@dee", from: 2026-11-09T18:00, to: 2026-11-11T09:00 } # overlaps @cem's
`);
    expect(rows(s, '2026-11-08T00:00Z', '2026-11-12T00:00Z')).toEqual([
      ['2026-11-08T00:00Z', '2026-11-08T11:00Z', '@ann'],
      ['2026-11-08T11:00Z', '2026-11-09T17:00Z', '@cem'],
      ['2026-11-09T17:00Z', '2026-11-11T08:00Z', '@dee'],
      ['2026-11-11T08:00Z', '2026-11-12T00:00Z', '@ben'],
    ]);
    // The same person back to back (layer, then an override of theirs) is one stretch.
    const merged = schedule(`
timezone: UTC
schedules:
  primary:
    layers: [{ start: 2026-11-02T09:00, shift: 1d, members: ["@ann", "@ben"] }]
    overrides: [{ who: "@ann", from: 2026-11-03T09:00, to: 2026-11-03T21:00 }]
`);
    expect(rows(merged, '2026-11-02T09:00Z', '2026-11-04T09:00Z')).toEqual([
      ['2026-11-02T09:00Z', '2026-11-03T21:00Z', '@ann'],
      ['2026-11-03T21:00Z', '2026-11-04T09:00Z', '@ben'],
    ]);
  });

  it('a layer that ends leaves nobody; gaps at both edges of the window are cut there', () => {
    const s = schedule(`
timezone: UTC
schedules:
  primary:
    layers:
      - { start: 2026-11-02T09:00, end: 2026-11-04T18:00, shift: 1d, members: ["@ann", "@ben"] }
`);
    const timeline = scheduleTimeline(
      s,
      Date.parse('2026-11-02T00:00Z'),
      Date.parse('2026-11-05T00:00Z'),
    );
    expect(
      coverageGaps(s, timeline).map((g) => [
        new Date(g.from).toISOString(),
        new Date(g.to).toISOString(),
      ]),
    ).toEqual([
      ['2026-11-02T00:00:00.000Z', '2026-11-02T09:00:00.000Z'],
      ['2026-11-04T18:00:00.000Z', '2026-11-05T00:00:00.000Z'],
    ]);
  });

  it('coverage windows count gaps only inside them', () => {
    const s = schedule(`
timezone: Europe/Berlin
schedules:
  primary:
    coverage: [{ days: [mon, tue, wed, thu, fri], from: "09:00", to: "17:00" }]
    layers:
      - start: 2026-11-02T00:00
        shift: 1w
        members: ["@ann"]
        restrictions: [{ days: [mon, tue, wed, thu], from: "09:00", to: "17:00" }]
`);
    const timeline = scheduleTimeline(
      s,
      Date.parse('2026-11-02T00:00Z'),
      Date.parse('2026-11-09T00:00Z'),
    );
    // Only Friday's office hours are uncovered; nights and the weekend are not required.
    expect(
      coverageGaps(s, timeline).map((g) => [
        new Date(g.from).toISOString(),
        new Date(g.to).toISOString(),
      ]),
    ).toEqual([['2026-11-06T08:00:00.000Z', '2026-11-06T16:00:00.000Z']]);
  });
});

describe('who-owns reads the timeline', () => {
  const s = schedule(`
timezone: America/New_York
schedules:
  primary:
    layers:
      - { start: 2026-03-01T02:30, shift: 12h, members: [a, b, c] }
      - start: 2026-03-02T09:00
        end: 2026-04-20T00:00
        shift: 1d
        members: [d, e]
        restrictions: [{ days: [mon, fri], from: "22:00", to: "03:00" }]
    overrides:
      - { who: f, from: 2026-03-07T20:00, to: 2026-03-09T04:00 }
      - { who: g, from: 2026-03-08T01:00, to: 2026-03-08T03:30 }
`);
  it('at any instant, whoIsOnCall says what the timeline over a longer window says', () => {
    const from = Date.parse('2026-02-28T00:00Z');
    const to = Date.parse('2026-04-25T00:00Z');
    const timeline = scheduleTimeline(s, from, to);
    fc.assert(
      fc.property(fc.integer({ min: from, max: to - 1 }), (t) => {
        const entry = timeline.find((x) => x.from <= t && t < x.to)!;
        expect(whoIsOnCall(s, new Date(t))?.person ?? null).toBe(entry.who);
      }),
      { numRuns: 300 },
    );
    // Contiguous and sorted, from `from` to `to`, no two neighbours with the same person.
    expect(timeline[0]!.from).toBe(from);
    expect(timeline[timeline.length - 1]!.to).toBe(to);
    timeline.slice(1).forEach((x, i) => {
      expect(x.from).toBe(timeline[i]!.to);
      expect(x.who).not.toBe(timeline[i]!.who);
    });
  });
});
