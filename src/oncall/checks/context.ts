import { horizonOf, scheduleTimeline } from '../timeline.js';
import type { Shift } from '../timeline.js';
import type { OnCallModel } from '../types.js';
import type { Interval } from '../windows.js';

/** What every timeline rule reads: the model, the horizon and each schedule's final timeline over it. */
export interface TimelineView {
  model: OnCallModel;
  now: number;
  horizon: Interval;
  horizonDays: number;
  /** By schedule name, over the horizon. */
  timelines: ReadonlyMap<string, Shift[]>;
}

export function timelineView(model: OnCallModel, now: Date, horizonDays: number): TimelineView {
  const horizon = horizonOf(now, horizonDays);
  const timelines = new Map<string, Shift[]>();
  for (const [name, schedule] of model.schedules) {
    timelines.set(name, scheduleTimeline(schedule, horizon.from, horizon.to));
  }
  return { model, now: now.getTime(), horizon, horizonDays, timelines };
}

export const HOUR_MS = 3_600_000;

/** Hours for messages: whole when whole, else one decimal. */
export function hours(ms: number): string {
  const h = ms / HOUR_MS;
  return `${Number.isInteger(h) ? h : h.toFixed(1)} h`;
}
