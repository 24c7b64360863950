import { instantOf, wallClockOf } from './tz.js';
import { clipTo, windowsBetween } from './windows.js';
import type { Interval } from './windows.js';
import type { Layer, Schedule } from './types.js';

/** Where a stretch of the final timeline comes from: an override or a layer (0-based, file order). */
export type ShiftSource = { kind: 'override'; index: number } | { kind: 'layer'; index: number };

/** One stretch of the final timeline: `who` is on call (null: nobody) from `from` until `to`. */
export interface Shift extends Interval {
  who: string | null;
  /** Absent where nobody is on. */
  source?: ShiftSource;
}

const DAY = 86_400_000;

/** The horizon the checks look at: `days` whole days from `now`. */
export function horizonOf(now: Date, days: number): Interval {
  return { from: now.getTime(), to: now.getTime() + days * DAY };
}

/**
 * Who a layer pages within `[from, to)`, one entry per shift (restrictions cut a shift into pieces).
 * Handoffs are `start + k × shift` in local wall time, mapped to instants by `instantOf`: a handoff
 * at a local time that does not exist happens when the clocks jump, one that happens twice happens
 * the first time. Computed shift by shift, never minute by minute.
 */
export function layerShifts(layer: Layer, timeZone: string, from: number, to: number): Shift[] {
  const end = Math.min(to, layer.endMs ?? Infinity);
  if (layer.members.length === 0 || end <= from) return [];
  const handoff = (k: number): number => instantOf(layer.startWall + k * layer.shiftMs, timeZone);
  let k = firstShift(layer, timeZone, from);
  if (handoff(k) >= end) return [];
  const shifts: Shift[] = [];
  let start = Math.max(from, handoff(k));
  while (start < end) {
    const next = handoff(k + 1);
    // Two handoffs can meet at one instant when a skipped local hour swallows a whole shift.
    if (next > start) {
      shifts.push({
        from: start,
        to: Math.min(next, end),
        who: layer.members[k % layer.members.length]!,
      });
      start = next;
    }
    k++;
  }
  if (layer.restrictions.length === 0) return shifts;
  return clipTo(shifts, windowsBetween(layer.restrictions, timeZone, from, end));
}

/** The shift a layer is in at `at`, or its first one when `at` is before the first handoff. */
function firstShift(layer: Layer, timeZone: string, at: number): number {
  const handoff = (k: number): number => instantOf(layer.startWall + k * layer.shiftMs, timeZone);
  if (at < handoff(0)) return 0;
  // A wall-clock estimate is off by at most one shift around a DST change; the loops settle it.
  let k = Math.max(0, Math.floor((wallClockOf(at, timeZone) - layer.startWall) / layer.shiftMs));
  while (k > 0 && handoff(k) > at) k--;
  while (handoff(k + 1) <= at) k++;
  return k;
}

interface Track {
  /** Sorted, disjoint. */
  shifts: Shift[];
  next: number;
}

/**
 * The final timeline of a schedule over `[from, to)`: contiguous, sorted, from `from` to `to`, one
 * entry per stretch with the same person (null where nobody is on). Precedence: the last override
 * covering an instant wins; else the last layer with someone on (a later layer wins).
 */
export function scheduleTimeline(
  schedule: Schedule,
  from: number,
  to: number,
  /** `shift`: neighbours are joined only within one layer shift or one override (a calendar's events). */
  join: 'person' | 'shift' = 'person',
): Shift[] {
  if (to <= from) return [];
  const tracks: Track[] = [];
  for (let i = schedule.overrides.length - 1; i >= 0; i--) {
    const o = schedule.overrides[i]!;
    const a = Math.max(from, o.fromMs);
    const b = Math.min(to, o.toMs);
    const source: ShiftSource = { kind: 'override', index: i };
    tracks.push({ shifts: a < b ? [{ from: a, to: b, who: o.who, source }] : [], next: 0 });
  }
  for (let i = schedule.layers.length - 1; i >= 0; i--) {
    const source: ShiftSource = { kind: 'layer', index: i };
    const shifts = layerShifts(schedule.layers[i]!, schedule.timeZone, from, to).map((s) => ({
      ...s,
      source,
    }));
    tracks.push({ shifts, next: 0 });
  }
  const cuts = new Set<number>([from, to]);
  for (const t of tracks) {
    for (const s of t.shifts) {
      cuts.add(s.from);
      cuts.add(s.to);
    }
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Shift[] = [];
  let lastWinner: Shift | undefined;
  for (let p = 0; p + 1 < points.length; p++) {
    const a = points[p]!;
    const b = points[p + 1]!;
    let winner: Shift | undefined;
    // Tracks are in precedence order; each one's cursor only moves forward.
    for (const t of tracks) {
      while (t.next < t.shifts.length && t.shifts[t.next]!.to <= a) t.next++;
      const s = t.shifts[t.next];
      if (s && s.from <= a) {
        winner = s;
        break;
      }
    }
    const who = winner?.who ?? null;
    const last = out[out.length - 1];
    const same = join === 'person' || winner === lastWinner;
    lastWinner = winner;
    if (last && last.who === who && same) {
      last.to = b;
      continue;
    }
    out.push(
      winner?.source ? { from: a, to: b, who, source: winner.source } : { from: a, to: b, who },
    );
  }
  return out;
}

/** The stretches of a timeline where nobody is on, inside the required coverage (empty: around the clock). */
export function coverageGaps(schedule: Schedule, timeline: readonly Shift[]): Interval[] {
  const empty = timeline.filter((s) => s.who === null).map((s) => ({ from: s.from, to: s.to }));
  if (schedule.coverage.length === 0 || empty.length === 0) return empty;
  const from = timeline[0]!.from;
  const to = timeline[timeline.length - 1]!.to;
  return clipTo(empty, windowsBetween(schedule.coverage, schedule.timeZone, from, to));
}
