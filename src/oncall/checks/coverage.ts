import type { Finding } from '../../findings.js';
import { coverageGaps } from '../timeline.js';
import { bothClocks } from '../tz.js';
import type { Schedule } from '../types.js';
import type { Interval } from '../windows.js';
import type { TimelineView } from './context.js';
import { hours } from './context.js';

/** Every gap inside a schedule's required coverage within the horizon, by schedule. */
export function gapsBySchedule(view: TimelineView): Map<string, Interval[]> {
  const out = new Map<string, Interval[]>();
  for (const [name, schedule] of view.model.schedules) {
    out.set(name, coverageGaps(schedule, view.timelines.get(name) ?? []));
  }
  return out;
}

/** One `oncall/coverage-gap` per gap, on the schedule's line; `introduced` words it as this change's doing. */
export function gapFinding(
  schedule: Schedule,
  gap: Interval,
  view: Pick<TimelineView, 'horizon' | 'horizonDays'>,
  introduced = false,
): Finding {
  const zone = schedule.timeZone;
  const cut = gap.to >= view.horizon.to;
  // The horizon's edges are the run's own clock: named as such, so the finding reads (and fingerprints) the
  // same tomorrow while nothing changes.
  const from = gap.from <= view.horizon.from ? 'now' : bothClocks(gap.from, zone);
  const until = cut
    ? `at least the end of the ${view.horizonDays} days checked (oncall.horizonDays)`
    : bothClocks(gap.to, zone);
  const what = schedule.coverage.length === 0 ? '' : ' during its required coverage';
  return {
    ruleId: 'oncall/coverage-gap',
    severity: 'error',
    message:
      `${introduced ? `this pull request leaves schedule "${schedule.name}" with` : `schedule "${schedule.name}" has`} ` +
      `nobody on call${what} from ${from} until ${until} (${hours(gap.to - gap.from)}${cut ? ' or more' : ''})`,
    ...schedule.at,
    // All of a schedule's gaps sit on its line: listed by when they start, not by their wording.
    order: gap.from,
  };
}

export function coverageGapFindings(view: TimelineView): Finding[] {
  const findings: Finding[] = [];
  for (const [name, gaps] of gapsBySchedule(view)) {
    const schedule = view.model.schedules.get(name)!;
    for (const gap of gaps) findings.push(gapFinding(schedule, gap, view));
  }
  return findings;
}
