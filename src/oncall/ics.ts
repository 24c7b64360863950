import ical from 'ical-generator';
import { sameOwner } from '../codeowners/owners.js';
import { scheduleTimeline } from './timeline.js';
import type { OnCallModel, Schedule } from './types.js';

export interface IcsOptions {
  schedules: readonly Schedule[];
  /** Only this person's shifts ("my shifts"), across the given schedules. */
  person?: string;
  from: Date;
  to: Date;
  /** DTSTAMP of every event: the run's clock, so the same config gives the same feed. */
  now: Date;
}

/**
 * An iCalendar feed (RFC 5545) of the final timeline: one event per shift, in UTC (every calendar shows it in
 * its own zone). UIDs are stable per schedule, person and start, so a subscribed calendar updates in place.
 */
export function onCallCalendar(model: OnCallModel, options: IcsOptions): string {
  const title = options.person
    ? `On call: ${options.person}`
    : `On call: ${options.schedules.map((s) => s.name).join(', ')}`;
  const calendar = ical({
    name: title,
    prodId: { company: 'ops-steward', product: 'oncall', language: 'EN' },
    description: `From ${model.files.join(', ')}`,
  });
  for (const schedule of options.schedules) {
    for (const shift of scheduleTimeline(schedule, options.from.getTime(), options.to.getTime())) {
      if (shift.who === null) continue;
      if (options.person !== undefined && !sameOwner(shift.who, options.person)) continue;
      calendar.createEvent({
        id: `${schedule.name}/${shift.who}/${new Date(shift.from).toISOString()}@ops-steward`,
        start: new Date(shift.from),
        end: new Date(shift.to),
        stamp: options.now,
        summary: `${shift.who} on call: ${schedule.name}`,
        description: `Schedule ${schedule.name} (${schedule.timeZone}), ${shift.source?.kind === 'override' ? 'override' : 'rotation'}`,
      });
    }
  }
  return calendar.toString();
}
