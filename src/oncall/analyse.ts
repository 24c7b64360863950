import type { Finding } from '../findings.js';
import { timelineView } from './checks/context.js';
import type { TimelineView } from './checks/context.js';
import { coverageGapFindings } from './checks/coverage.js';
import { unfairLoadFindings } from './checks/fairness.js';
import { followTheSunFindings } from './checks/follow-the-sun.js';
import { doubleBookedFindings, policyShapeFindings } from './checks/policies.js';
import { dstFindings, layerShapeFindings, overrideFindings } from './checks/schedules.js';
import type { OnCallModel } from './types.js';

/**
 * Every rule that reads the model and its final timelines over the horizon (no I/O, no service).
 * `scheduleGaps`: the schedules' own coverage gaps among them, which a review judges by time.
 */
export function analyseOnCall(
  model: OnCallModel,
  now: Date,
  horizonDays: number,
): { findings: Finding[]; view: TimelineView; scheduleGaps: ReadonlySet<Finding> } {
  const view = timelineView(model, now, horizonDays);
  const scheduleGaps = coverageGapFindings(view);
  const findings: Finding[] = [
    ...scheduleGaps,
    ...followTheSunFindings(view),
    ...doubleBookedFindings(view),
    ...policyShapeFindings(model),
  ];
  for (const schedule of model.schedules.values()) {
    findings.push(
      ...layerShapeFindings(schedule, view.now),
      ...overrideFindings(schedule, view.now),
      ...dstFindings(schedule, view),
      ...unfairLoadFindings(schedule, view),
    );
  }
  return { findings, view, scheduleGaps: new Set(scheduleGaps) };
}
