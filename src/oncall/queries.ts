import { InputError } from '../core/errors.js';
import { didYouMean } from './parse.js';
import { onCallLevelsAt, whoIsOnCall } from './resolve.js';
import { coverageGaps, scheduleTimeline } from './timeline.js';
import { isoInZone } from './tz.js';
import type { OnCallModel, Schedule } from './types.js';

/** `oncall who --json`: each schedule's person (or nobody) and each policy's people per level at `at`. */
export interface WhoAnswer {
  at: string;
  schedules: Record<string, string[]>;
  policies: Record<string, string[][]>;
}

export function whoAt(model: OnCallModel, at: Date): WhoAnswer {
  const schedules: Record<string, string[]> = {};
  for (const [name, s] of model.schedules) {
    const who = whoIsOnCall(s, at);
    schedules[name] = who ? [who.person] : [];
  }
  const policies: Record<string, string[][]> = {};
  for (const name of model.policies.keys()) {
    policies[name] = (onCallLevelsAt(model, name, at) ?? []).map((l) => l.people);
  }
  return { at: isoInZone(at.getTime(), 'UTC'), schedules, policies };
}

/** A named schedule, or an error that lists the names there are. */
export function scheduleNamed(model: OnCallModel, name: string): Schedule {
  const s = model.schedules.get(name);
  if (s) return s;
  const known = [...model.schedules.keys()];
  throw new InputError(
    `no schedule "${name}" in ${model.files.join(', ')}${didYouMean(name, known)}` +
      (known.length > 0 ? ` (schedules: ${known.join(', ')})` : ''),
  );
}

export interface TimelineRow {
  from: string;
  to: string;
  who: string | null;
}

/** `oncall timeline --json`: contiguous, sorted, cut at the window, times in the schedule's zone. */
export function timelineRows(schedule: Schedule, from: Date, to: Date): TimelineRow[] {
  return scheduleTimeline(schedule, from.getTime(), to.getTime()).map((s) => ({
    from: isoInZone(s.from, schedule.timeZone),
    to: isoInZone(s.to, schedule.timeZone),
    who: s.who,
  }));
}

export interface GapRow {
  schedule: string;
  from: string;
  to: string;
}

/** `oncall gaps --json`: every gap inside required coverage, by schedule name then time. */
export function gapRows(model: OnCallModel, from: Date, to: Date): GapRow[] {
  const names = [...model.schedules.keys()].sort();
  return names.flatMap((name) => {
    const s = model.schedules.get(name)!;
    return coverageGaps(s, scheduleTimeline(s, from.getTime(), to.getTime())).map((g) => ({
      schedule: name,
      from: isoInZone(g.from, s.timeZone),
      to: isoInZone(g.to, s.timeZone),
    }));
  });
}

/** Checks a `--from`/`--to` pair. */
export function checkWindow(from: Date, to: Date): void {
  if (to.getTime() <= from.getTime()) {
    throw new InputError(`--to (${to.toISOString()}) must be after --from (${from.toISOString()})`);
  }
}
