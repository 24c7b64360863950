import { ownerKey } from '../../codeowners/owners.js';
import type { Finding } from '../../findings.js';
import type { Schedule } from '../types.js';
import { overlapMs, windowsBetween } from '../windows.js';
import type { Interval, WeeklyWindow } from '../windows.js';
import type { TimelineView } from './context.js';
import { hours } from './context.js';

const EVERY_DAY = [0, 1, 2, 3, 4, 5, 6];
/** 22:00–06:00 local. */
const NIGHTS: WeeklyWindow[] = [{ days: EVERY_DAY, fromMinute: 22 * 60, toMinute: 6 * 60 }];
/** Saturday and Sunday, local. */
const WEEKENDS: WeeklyWindow[] = [{ days: [6, 0], fromMinute: 0, toMinute: 1440 }];
const LIMIT = 1.5;

interface Load {
  total: number;
  night: number;
  weekend: number;
}

const METRICS: { key: keyof Load; label: string }[] = [
  { key: 'total', label: 'on call' },
  { key: 'night', label: 'at night 22:00–06:00' },
  { key: 'weekend', label: 'on weekends' },
];

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/**
 * `oncall/unfair-load`: from the final timeline (overrides included), each person's hours on call, at night and
 * on weekends over the horizon, compared with the median of the people they rotate with (each layer's
 * members): a daytime layer's members are not compared with a night layer's.
 */
export function unfairLoadFindings(schedule: Schedule, view: TimelineView): Finding[] {
  const timeline = view.timelines.get(schedule.name) ?? [];
  const zone = schedule.timeZone;
  const nights = windowsBetween(NIGHTS, zone, view.horizon.from, view.horizon.to);
  const weekends = windowsBetween(WEEKENDS, zone, view.horizon.from, view.horizon.to);
  const on = new Map<string, Interval[]>();
  for (const s of timeline) {
    if (s.who === null) continue;
    const key = ownerKey(s.who);
    on.set(key, [...(on.get(key) ?? []), s]);
  }
  const loads = new Map<string, Load>();
  const loadOf = (who: string): Load => {
    const key = ownerKey(who);
    let load = loads.get(key);
    if (!load) {
      const spans = on.get(key) ?? [];
      load = {
        total: spans.reduce((sum, s) => sum + s.to - s.from, 0),
        night: overlapMs(spans, nights),
        weekend: overlapMs(spans, weekends),
      };
      loads.set(key, load);
    }
    return load;
  };

  const findings: Finding[] = [];
  const reported = new Set<string>();
  for (const layer of schedule.layers) {
    const members = [...new Map(layer.members.map((m, i) => [ownerKey(m), i])).entries()];
    if (members.length < 2) continue;
    const medians = METRICS.map((m) =>
      median(members.map(([, i]) => loadOf(layer.members[i]!)[m.key])),
    );
    for (const [key, index] of members) {
      if (reported.has(key)) continue;
      const who = layer.members[index]!;
      const load = loadOf(who);
      const over = METRICS.flatMap((m, i) => {
        const med = medians[i]!;
        if (load[m.key] <= LIMIT * med || load[m.key] === 0) return [];
        const ratio = med === 0 ? '' : `, ${(load[m.key] / med).toFixed(1)}×`;
        return `${hours(load[m.key])} ${m.label} (median ${hours(med)}${ratio})`;
      });
      if (over.length === 0) continue;
      reported.add(key);
      findings.push({
        ruleId: 'oncall/unfair-load',
        severity: 'warning',
        message:
          `${who} carries more than ${LIMIT}× the median of layer "${layer.name}" of schedule "${schedule.name}" ` +
          `in the next ${view.horizonDays} days: ${over.join('; ')}`,
        ...layer.memberAt[index]!,
      });
    }
  }
  return findings;
}
