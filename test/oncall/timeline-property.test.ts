import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseOnCall } from '../../src/oncall/parse.js';
import { scheduleTimeline } from '../../src/oncall/timeline.js';

/**
 * The final timeline against a brute-force model of the README's rules, minute by minute, around DST changes
 * in zones that change at night, at midnight, by 30 minutes, and in the southern hemisphere. The model knows
 * nothing of src/oncall/tz.ts: a local time happens at the first minute whose wall clock reaches it, which is
 * the documented rule (a skipped time when the clocks jump, a repeated one the first time). Fixed seed: a
 * failure reproduces; `FUZZ_RUNS` raises the number of cases.
 */

const RUNS = Number(process.env.FUZZ_RUNS ?? 60);
const MINUTE = 60_000;
const DAY = 86_400_000;

/** A zone and the day its clocks change (2027). */
const CHANGES: [string, string][] = [
  ['America/New_York', '2027-03-14'],
  ['America/New_York', '2027-11-07'],
  ['Europe/Berlin', '2027-03-28'],
  ['Europe/Berlin', '2027-10-31'],
  ['Australia/Sydney', '2027-04-04'],
  ['Australia/Sydney', '2027-10-03'],
  ['Australia/Lord_Howe', '2027-04-04'],
  ['America/Havana', '2027-03-14'],
  ['America/Santiago', '2027-04-04'],
  ['Europe/Dublin', '2027-10-31'],
  ['America/St_Johns', '2027-11-07'],
];
const TIMES = ['00:00', '00:30', '01:00', '01:30', '02:00', '02:30', '03:00', '09:00', '22:00'];
const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

const walls = new Map<string, (t: number) => number>();

/** Local wall time (as UTC milliseconds) at an instant, straight from Intl. */
function wallOf(zone: string): (t: number) => number {
  let f = walls.get(zone);
  if (!f) {
    const format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    const cache = new Map<number, number>();
    f = (t) => {
      let w = cache.get(t);
      if (w === undefined) {
        const p: Record<string, number> = {};
        for (const part of format.formatToParts(t)) p[part.type] = Number(part.value);
        w = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!);
        cache.set(t, w);
      }
      return w;
    };
    walls.set(zone, f);
  }
  return f;
}

interface Case {
  zone: string;
  day: string;
  layers: {
    start: string;
    shift: string;
    members: string[];
    end?: string;
    restriction?: { days: string[]; from: string; to: string };
  }[];
  overrides: { who: string; from: string; to: string }[];
}

const local = (day: string, shiftDays: number, time: string): string =>
  `${new Date(Date.parse(`${day}T00:00Z`) + shiftDays * DAY).toISOString().slice(0, 10)}T${time}`;

const caseOf: fc.Arbitrary<Case> = fc
  .record({
    change: fc.constantFrom(...CHANGES),
    layers: fc.array(
      fc.record({
        daysBefore: fc.integer({ min: 0, max: 6 }),
        time: fc.constantFrom(...TIMES),
        shift: fc.constantFrom('1h', '5h', '8h', '12h', '1d', '2d', '1w'),
        members: fc.subarray(['@ann', '@ben', '@cem', '@dia'], { minLength: 1 }),
        end: fc.option(
          fc.record({ days: fc.integer({ min: -1, max: 1 }), time: fc.constantFrom(...TIMES) }),
        ),
        restriction: fc.option(
          fc.record({
            days: fc.subarray(DAYS, { minLength: 1 }),
            from: fc.constantFrom(...TIMES),
            to: fc.constantFrom(...TIMES, '24:00'),
          }),
        ),
      }),
      { minLength: 1, maxLength: 3 },
    ),
    overrides: fc.array(
      fc.record({
        who: fc.constantFrom('@eli', '@ann'),
        days: fc.integer({ min: -1, max: 1 }),
        from: fc.constantFrom(...TIMES),
        hours: fc.integer({ min: 1, max: 30 }),
      }),
      { maxLength: 2 },
    ),
  })
  .map(({ change: [zone, day], layers, overrides }) => ({
    zone,
    day,
    layers: layers.map((l) => {
      const start = local(day, -l.daysBefore, l.time);
      const end = l.end ? local(day, l.end.days, l.end.time) : undefined;
      return {
        start,
        shift: l.shift,
        members: l.members,
        ...(end !== undefined && end > start ? { end } : {}),
        ...(l.restriction ? { restriction: l.restriction } : {}),
      };
    }),
    overrides: overrides.map((o) => {
      const from = local(day, o.days, o.from);
      const to = new Date(Date.parse(`${from}Z`) + o.hours * 3_600_000).toISOString().slice(0, 16);
      return { who: o.who, from, to };
    }),
  }));

function yamlOf(c: Case): string {
  const lines = [`timezone: ${c.zone}`, 'schedules:', '  s:', '    layers:'];
  for (const l of c.layers) {
    lines.push(
      `      - start: ${l.start}`,
      `        shift: ${l.shift}`,
      `        members: [${l.members.map((m) => `'${m}'`).join(', ')}]`,
    );
    if (l.end) lines.push(`        end: ${l.end}`);
    if (l.restriction) {
      const r = l.restriction;
      lines.push(
        `        restrictions: [{ days: [${r.days.join(', ')}], from: '${r.from}', to: '${r.to}' }]`,
      );
    }
  }
  if (c.overrides.length > 0) {
    lines.push('    overrides:');
    for (const o of c.overrides)
      lines.push(`      - { who: '${o.who}', from: ${o.from}, to: ${o.to} }`);
  }
  return `${lines.join('\n')}\n`;
}

const wallMs = (text: string): number => Date.parse(`${text}Z`);
const minuteOf = (text: string): number => {
  const [h, m] = text.split(':').map(Number);
  return h! * 60 + m!;
};

/** Who is on call minute by minute over [from, to), joined into stretches. */
function bruteForce(
  c: Case,
  from: number,
  to: number,
): { from: number; to: number; who: string | null }[] {
  const wall = wallOf(c.zone);
  // Minutes from a day before the earliest start; the running maximum of the wall clock is monotone, so
  // "the first minute whose wall clock reaches W" is a binary search over it.
  const origin = Math.min(...c.layers.map((l) => wallMs(l.start))) - 2 * DAY;
  const minutes: number[] = [];
  const reach: number[] = [];
  for (let t = origin; t < to + DAY; t += MINUTE) {
    minutes.push(t);
    reach.push(Math.max(reach[reach.length - 1] ?? -Infinity, wall(t)));
  }
  const at = (w: number): number => {
    let lo = 0;
    let hi = reach.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (reach[mid]! >= w) hi = mid;
      else lo = mid + 1;
    }
    return minutes[lo]!;
  };
  const layers = c.layers.map((l) => {
    const unit = { h: 3_600_000, d: DAY, w: 7 * DAY }[l.shift.slice(-1) as 'h' | 'd' | 'w'];
    const step = Number(l.shift.slice(0, -1)) * unit;
    const handoffs: number[] = [];
    for (let w = wallMs(l.start); at(w) < to; w += step) handoffs.push(at(w));
    const windows: [number, number][] = [];
    if (l.restriction) {
      const r = l.restriction;
      const a = minuteOf(r.from);
      const b = minuteOf(r.to) === 0 ? 1440 : minuteOf(r.to);
      for (let d = Math.floor(origin / DAY); d * DAY < to + DAY; d++) {
        if (!r.days.includes(DAYS[new Date(d * DAY).getUTCDay()]!)) continue;
        const start = d * DAY + a * MINUTE;
        const end = d * DAY + (b > a ? b : 1440 + b) * MINUTE;
        windows.push([at(start), at(end)]);
      }
    }
    return { l, handoffs, windows, end: l.end ? at(wallMs(l.end)) : Infinity };
  });
  const overrides = c.overrides.map((o) => ({ ...o, a: at(wallMs(o.from)), b: at(wallMs(o.to)) }));
  const out: { from: number; to: number; who: string | null }[] = [];
  for (let t = from; t < to; t += MINUTE) {
    let who: string | null = null;
    const o = [...overrides].reverse().find((x) => x.a <= t && t < x.b);
    if (o) who = o.who;
    else {
      for (const layer of [...layers].reverse()) {
        const k = layer.handoffs.filter((h) => h <= t).length - 1;
        if (k < 0 || t >= layer.end) continue;
        if (layer.l.restriction && !layer.windows.some(([a, b]) => a <= t && t < b)) continue;
        who = layer.l.members[k % layer.l.members.length]!;
        break;
      }
    }
    const last = out[out.length - 1];
    if (last && last.who === who) last.to = t + MINUTE;
    else out.push({ from: t, to: t + MINUTE, who });
  }
  return out;
}

describe('the final timeline against a minute-by-minute model, across DST changes', () => {
  it('agrees to the minute on handoffs, restrictions, ends and overrides', () => {
    fc.assert(
      fc.property(caseOf, (c) => {
        const { model, findings } = parseOnCall(yamlOf(c), 'oncall/schedules.yml');
        expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
        const from = Date.parse(`${c.day}T00:00Z`) - 2 * DAY;
        const to = from + 5 * DAY;
        const got = scheduleTimeline(model.schedules.get('s')!, from, to).map((s) => ({
          from: s.from,
          to: s.to,
          who: s.who,
        }));
        expect(got).toEqual(bruteForce(c, from, to));
      }),
      { seed: 20261201, numRuns: RUNS },
    );
  }, 120_000);
});
