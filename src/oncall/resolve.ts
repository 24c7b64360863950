import type { OnCallLevel } from '../codeowners/escalation.js';
import { sameOwner } from '../codeowners/owners.js';
import { DAY_MS, instantOf, wallClockOf } from './tz.js';
import type { Assignment, Layer, OnCallModel, Restriction, Schedule } from './types.js';

/**
 * The 0-based shift a layer is in at `at` (ms), or null before its first handoff. Handoffs are
 * `start + k × shift` in wall time, mapped to instants in the schedule's zone.
 */
export function shiftIndexAt(layer: Layer, timeZone: string, at: number): number | null {
  const handoff = (k: number): number => instantOf(layer.startWall + k * layer.shiftMs, timeZone);
  if (at < handoff(0)) return null;
  // The wall-clock estimate is off by at most one shift around a DST change; the loops settle it.
  let k = Math.max(0, Math.floor((wallClockOf(at, timeZone) - layer.startWall) / layer.shiftMs));
  while (k > 0 && handoff(k) > at) k--;
  while (handoff(k + 1) <= at) k++;
  return k;
}

/** The member a layer pages at `at` (ms), or null when it is not started, ended or restricted. */
export function layerMemberAt(layer: Layer, timeZone: string, at: number): string | null {
  if (layer.members.length === 0) return null;
  if (layer.endMs !== undefined && at >= layer.endMs) return null;
  if (!withinRestrictions(layer.restrictions, wallClockOf(at, timeZone))) return null;
  const k = shiftIndexAt(layer, timeZone, at);
  return k === null ? null : layer.members[k % layer.members.length]!;
}

function withinRestrictions(restrictions: readonly Restriction[], wall: number): boolean {
  if (restrictions.length === 0) return true;
  const dayNumber = Math.floor(wall / DAY_MS);
  const minute = Math.floor((wall - dayNumber * DAY_MS) / 60_000);
  const day = new Date(dayNumber * DAY_MS).getUTCDay();
  const previous = (day + 6) % 7;
  return restrictions.some((r) =>
    r.fromMinute < r.toMinute
      ? r.days.includes(day) && minute >= r.fromMinute && minute < r.toMinute
      : // Runs past midnight: the evening of a listed day, or the morning after one.
        (r.days.includes(day) && minute >= r.fromMinute) ||
        (r.days.includes(previous) && minute < r.toMinute),
  );
}

/** Who is on call for a schedule at `at`: the last override covering it, else the highest layer with someone on. */
export function whoIsOnCall(schedule: Schedule, at: Date): Assignment | null {
  const t = at.getTime();
  for (let i = schedule.overrides.length - 1; i >= 0; i--) {
    const o = schedule.overrides[i]!;
    if (o.fromMs <= t && t < o.toMs)
      return { person: o.who, source: { kind: 'override', index: i } };
  }
  for (let i = schedule.layers.length - 1; i >= 0; i--) {
    const layer = schedule.layers[i]!;
    const person = layerMemberAt(layer, schedule.timeZone, t);
    if (person !== null) return { person, source: { kind: 'layer', index: i, name: layer.name } };
  }
  return null;
}

/**
 * The people per level of a policy at `at`: schedules resolved at that instant, users and teams as
 * written, each person once per level. Null when the policy is not defined; a schedule that has
 * nobody on (or does not exist) adds no one.
 */
export function onCallLevelsAt(model: OnCallModel, policy: string, at: Date): OnCallLevel[] | null {
  const p = model.policies.get(policy);
  if (!p) return null;
  return p.levels.map((level, i) => {
    const people: string[] = [];
    for (const target of level.notify) {
      const who = target.kind === 'person' ? target.who : scheduled(model, target.schedule, at);
      if (who !== null && !people.some((p) => sameOwner(p, who))) people.push(who);
    }
    return { level: i + 1, people };
  });
}

function scheduled(model: OnCallModel, name: string, at: Date): string | null {
  const schedule = model.schedules.get(name);
  return schedule ? (whoIsOnCall(schedule, at)?.person ?? null) : null;
}
