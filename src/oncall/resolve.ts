import type { OnCallLevel } from '../codeowners/escalation.js';
import { sameOwner } from '../codeowners/owners.js';
import { scheduleTimeline } from './timeline.js';
import type { Assignment, OnCallModel, Schedule } from './types.js';

/**
 * Who is on call for a schedule at `at`: the final timeline's first millisecond from `at`, so
 * `who-owns`, `oncall who` and every check read the same computation and can never disagree.
 */
export function whoIsOnCall(schedule: Schedule, at: Date): Assignment | null {
  const t = at.getTime();
  const [shift] = scheduleTimeline(schedule, t, t + 1);
  if (!shift || shift.who === null || !shift.source) return null;
  if (shift.source.kind === 'override') {
    return { person: shift.who, source: { kind: 'override', index: shift.source.index } };
  }
  const index = shift.source.index;
  return {
    person: shift.who,
    source: { kind: 'layer', index, name: schedule.layers[index]!.name },
  };
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
