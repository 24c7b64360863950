import type { Finding } from '../../findings.js';
import { bothClocks } from '../tz.js';
import type { EscalationLevel, EscalationPolicy, Schedule } from '../types.js';
import { clipTo, mergeIntervals, windowsBetween } from '../windows.js';
import type { Interval } from '../windows.js';
import type { TimelineView } from './context.js';
import { hours } from './context.js';

const DAY = 86_400_000;
/**
 * A stretch between two regions' hours shorter than this is a hole in the hand-over; a longer one (the
 * weekend a team of weekday offices leaves uncovered) is taken as meant.
 */
const LONGEST_HOLE = DAY;

interface RegionWindow extends Interval {
  schedule: Schedule;
}

/**
 * `oncall/coverage-gap` for a follow-the-sun level: one that pages two or more schedules (and nobody
 * directly), each promising only its own hours (`coverage` windows, in its own zone). Each stretch of under a
 * day between one region's hours and the next region's where none of them has anyone on is reported, on the
 * level's line; a region's own gaps inside its hours are its schedule's findings already.
 */
export function followTheSunFindings(view: TimelineView): Finding[] {
  const findings: Finding[] = [];
  for (const policy of view.model.policies.values()) {
    policy.levels.forEach((level, i) => {
      const regions = regionsOf(level, view);
      if (regions) findings.push(...levelHoles(policy, i, level, regions, view));
    });
  }
  return findings;
}

/** The level's schedules, when it is a follow-the-sun level. */
function regionsOf(level: EscalationLevel, view: TimelineView): Schedule[] | undefined {
  if (level.notify.some((t) => t.kind === 'person')) return undefined;
  const schedules = level.notify.flatMap((t) => {
    const s = t.kind === 'schedule' ? view.model.schedules.get(t.schedule) : undefined;
    return s ? [s] : [];
  });
  const unique = [...new Set(schedules)];
  if (unique.length < 2 || unique.some((s) => s.coverage.length === 0)) return undefined;
  return unique;
}

function levelHoles(
  policy: EscalationPolicy,
  index: number,
  level: EscalationLevel,
  regions: readonly Schedule[],
  view: TimelineView,
): Finding[] {
  // A day either side, so the stretches at the horizon's edges are measured whole.
  const from = view.horizon.from - DAY;
  const to = view.horizon.to + DAY;
  const windows: RegionWindow[] = regions
    .flatMap((schedule) =>
      windowsBetween(schedule.coverage, schedule.timeZone, from, to).map((w) => ({
        ...w,
        schedule,
      })),
    )
    .sort((a, b) => a.from - b.from);
  const anyoneOn = mergeIntervals(
    regions.flatMap((s) =>
      (view.timelines.get(s.name) ?? []).filter((x) => x.who !== null).map((x) => ({ ...x })),
    ),
  );
  const findings: Finding[] = [];
  let reach = -Infinity;
  let last: RegionWindow | undefined;
  for (const w of windows) {
    if (last && w.from > reach && w.from - reach < LONGEST_HOLE) {
      const between = clipTo([{ from: reach, to: w.from }], [view.horizon]);
      for (const hole of uncovered(between, anyoneOn)) {
        findings.push(holeFinding(policy, index, level, regions, hole, last.schedule, w.schedule));
      }
    }
    if (w.to > reach) {
      reach = w.to;
      last = w;
    }
  }
  return findings;
}

/** The parts of `stretches` that no interval of `on` (sorted, disjoint) covers. */
function uncovered(stretches: readonly Interval[], on: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  for (const s of stretches) {
    let at = s.from;
    for (const o of on) {
      if (o.to <= at) continue;
      if (o.from >= s.to) break;
      if (o.from > at) out.push({ from: at, to: o.from });
      at = Math.max(at, o.to);
    }
    if (at < s.to) out.push({ from: at, to: s.to });
  }
  return out;
}

function holeFinding(
  policy: EscalationPolicy,
  index: number,
  level: EscalationLevel,
  regions: readonly Schedule[],
  hole: Interval,
  before: Schedule,
  after: Schedule,
): Finding {
  return {
    ruleId: 'oncall/coverage-gap',
    severity: 'error',
    message:
      `policy "${policy.name}" level ${index + 1} (follow the sun: ${regions.map((r) => r.name).join(', ')}) ` +
      `has nobody on call from ${bothClocks(hole.from, before.timeZone)} until ${bothClocks(hole.to, after.timeZone)} ` +
      `(${hours(hole.to - hole.from)}): after the coverage of ${before.name}, before that of ${after.name}`,
    ...level.at,
    order: hole.from,
  };
}
