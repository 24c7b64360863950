import { DAY_MS, instantOf, wallClockOf } from './tz.js';
import type { Restriction } from './types.js';

const MINUTE = 60_000;

/** A half-open stretch of time `[from, to)` in epoch milliseconds. */
export interface Interval {
  from: number;
  to: number;
}

/** A weekly local-time window: the shape of restrictions, coverage and the night/weekend bands. */
export type WeeklyWindow = Pick<Restriction, 'days' | 'fromMinute' | 'toMinute'>;

/**
 * The instants covered by local weekly windows within `[from, to)`, sorted and merged. Each window's
 * edges are local wall times mapped to instants by `instantOf`, so they follow DST changes (a
 * 09:00–17:00 window is 09:00–17:00 on the clock whatever the offset), with its rule for skipped and
 * repeated times.
 */
export function windowsBetween(
  windows: readonly WeeklyWindow[],
  timeZone: string,
  from: number,
  to: number,
): Interval[] {
  if (to <= from) return [];
  // A window starting the day before `from` may run into it (past midnight); one day either side suffices.
  const firstDay = Math.floor(wallClockOf(from, timeZone) / DAY_MS) - 1;
  const lastDay = Math.floor(wallClockOf(to, timeZone) / DAY_MS) + 1;
  const out: Interval[] = [];
  for (let day = firstDay; day <= lastDay; day++) {
    // Day 0 of the epoch, 1970-01-01, was a Thursday.
    const weekday = (((day + 4) % 7) + 7) % 7;
    const midnight = day * DAY_MS;
    for (const w of windows) {
      if (!w.days.includes(weekday)) continue;
      const start = midnight + w.fromMinute * MINUTE;
      const end =
        w.toMinute > w.fromMinute
          ? midnight + w.toMinute * MINUTE
          : midnight + DAY_MS + w.toMinute * MINUTE;
      const a = Math.max(from, instantOf(start, timeZone));
      const b = Math.min(to, instantOf(end, timeZone));
      if (a < b) out.push({ from: a, to: b });
    }
  }
  return mergeIntervals(out);
}

/** Sorted, with overlapping and touching intervals joined. */
export function mergeIntervals(intervals: readonly Interval[]): Interval[] {
  const sorted = [...intervals].sort((a, b) => a.from - b.from);
  const out: Interval[] = [];
  for (const i of sorted) {
    const last = out[out.length - 1];
    if (last && i.from <= last.to) last.to = Math.max(last.to, i.to);
    else out.push({ from: i.from, to: i.to });
  }
  return out;
}

/** The parts of `items` (sorted, disjoint) inside `within` (sorted, disjoint), items' other fields kept. */
export function clipTo<T extends Interval>(items: readonly T[], within: readonly Interval[]): T[] {
  const out: T[] = [];
  let j = 0;
  for (const item of items) {
    while (j < within.length && within[j]!.to <= item.from) j++;
    for (let k = j; k < within.length && within[k]!.from < item.to; k++) {
      const from = Math.max(item.from, within[k]!.from);
      const to = Math.min(item.to, within[k]!.to);
      if (from < to) out.push({ ...item, from, to });
    }
  }
  return out;
}

/** Total milliseconds `a` and `b` (each sorted and disjoint) share. */
export function overlapMs(a: readonly Interval[], b: readonly Interval[]): number {
  return clipTo(a, b).reduce((sum, i) => sum + (i.to - i.from), 0);
}
