import { distance } from 'fastest-levenshtein';
import ical from 'ical-generator';
import { sameOwner } from '../codeowners/owners.js';
import { InputError } from '../core/errors.js';
import { scheduleTimeline } from './timeline.js';
import type { Shift } from './timeline.js';
import type { OnCallModel, Schedule } from './types.js';

const DAY = 86_400_000;
/** How far past the window a shift is followed to its real start or end; beyond that it is cut. */
const REACH = 366 * DAY;

/**
 * The shifts that overlap `[from, to)`, one per layer shift or override, whole: the one running at `from` with its real start and the one
 * running at `to` with its real end. A feed is fetched again every few hours; a shift cut at the moment of
 * the fetch would start at a new time, under a new UID, on every fetch.
 */
export function wholeShifts(schedule: Schedule, from: number, to: number): Shift[] {
  let back = 7 * DAY;
  let ahead = 7 * DAY;
  for (;;) {
    const timeline = scheduleTimeline(schedule, from - back, to + ahead, 'shift');
    const inside = timeline.filter((s) => s.to > from && s.from < to);
    const first = inside[0];
    const last = inside[inside.length - 1];
    // Cut by the look-around itself: look further, up to REACH.
    const startCut = first !== undefined && first.who !== null && first.from === from - back;
    const endCut = last !== undefined && last.who !== null && last.to === to + ahead;
    if ((!startCut || back >= REACH) && (!endCut || ahead >= REACH)) return inside;
    if (startCut) back = Math.min(REACH, back * 4);
    if (endCut) ahead = Math.min(REACH, ahead * 4);
  }
}

/** A `--person` no schedule names would give an empty calendar that looks like a free month: say so. */
function checkPerson(person: string, schedules: readonly Schedule[]): void {
  const people = new Set<string>();
  for (const s of schedules) {
    for (const layer of s.layers) for (const m of layer.members) people.add(m);
    for (const o of s.overrides) people.add(o.who);
  }
  if ([...people].some((p) => sameOwner(p, person))) return;
  // An organisation has hundreds of schedules: name the one asked for, or count them, never list them all.
  const where =
    schedules.length === 1
      ? `schedule ${schedules[0]!.name}`
      : schedules.length <= 3
        ? `any schedule exported (${schedules.map((s) => s.name).join(', ')})`
        : `any of the ${schedules.length} schedules exported`;
  throw new InputError(
    `--person ${person} is not a member or an override of ${where}${closestPeople(person, [...people])}`,
  );
}

/** `; did you mean "@amy"?` for a near miss (or the start of one login), else the three nearest names. */
function closestPeople(person: string, people: readonly string[]): string {
  if (people.length === 0) return '; the schedules exported name nobody';
  const key = (login: string): string => login.replace(/^@/, '').toLowerCase();
  const wanted = key(person);
  const ranked = people
    .map((login) => ({
      login,
      prefix: wanted !== '' && key(login).startsWith(wanted),
      distance: distance(wanted, key(login)),
    }))
    .sort(
      (a, b) =>
        Number(b.prefix) - Number(a.prefix) ||
        a.distance - b.distance ||
        a.login.localeCompare(b.login),
    );
  const best = ranked[0]!;
  const onlyPrefix = best.prefix && !ranked[1]?.prefix;
  if (onlyPrefix || best.distance <= Math.max(2, Math.floor(wanted.length / 3))) {
    return `; did you mean "${best.login}"?`;
  }
  return `; the closest names in them are ${ranked
    .slice(0, 3)
    .map((r) => r.login)
    .join(', ')}`;
}

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
 * An iCalendar feed (RFC 5545) of the final timeline: one event per shift that overlaps the window, whole
 * (see wholeShifts), in UTC (every calendar shows it in its own zone). UIDs are stable per schedule, person and start, so a subscribed calendar updates in place.
 */
export function onCallCalendar(model: OnCallModel, options: IcsOptions): string {
  if (options.person !== undefined) checkPerson(options.person, options.schedules);
  const title = options.person
    ? `On call: ${options.person}`
    : `On call: ${options.schedules.map((s) => s.name).join(', ')}`;
  const calendar = ical({
    name: title,
    prodId: { company: 'ops-steward', product: 'oncall', language: 'EN' },
    description: `From ${model.files.join(', ')}`,
  });
  for (const schedule of options.schedules) {
    for (const shift of wholeShifts(schedule, options.from.getTime(), options.to.getTime())) {
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
