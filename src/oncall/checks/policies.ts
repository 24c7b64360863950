import { ownerKey } from '../../codeowners/owners.js';
import type { Finding } from '../../findings.js';
import { bothClocks, humanInZone } from '../tz.js';
import type { EscalationPolicy, OnCallModel } from '../types.js';
import { mergeIntervals, clipTo } from '../windows.js';
import type { Interval } from '../windows.js';
import type { TimelineView } from './context.js';
import { hours } from './context.js';

/** Escalation levels closer than this to the previous one page two people for one incident. */
const MIN_DELAY_MINUTES = 5;

export function policyShapeFindings(model: OnCallModel): Finding[] {
  const findings: Finding[] = [];
  const notified = new Set<string>();
  for (const policy of model.policies.values()) {
    if (policy.levels.length === 1) {
      findings.push({
        ruleId: 'oncall/single-level',
        severity: 'warning',
        message: `policy "${policy.name}" has one level: when nobody acknowledges, nobody else is paged; add a secondary or a manager level`,
        ...policy.at,
      });
    }
    policy.levels.forEach((level, i) => {
      for (const t of level.notify) if (t.kind === 'schedule') notified.add(t.schedule);
      if (i === 0) return;
      const previous = policy.levels[i - 1]!;
      const delay = level.afterMinutes - previous.afterMinutes;
      if (delay >= MIN_DELAY_MINUTES) return;
      const when =
        delay < 0
          ? `${-delay} min before`
          : delay === 0
            ? 'at the same time as'
            : `${delay} min after`;
      findings.push({
        ruleId: 'oncall/short-delay',
        severity: 'warning',
        message:
          `level ${i + 1} of policy "${policy.name}" is paged ${when} level ${i} ` +
          `(after ${level.afterMinutes}m vs ${previous.afterMinutes}m): ` +
          (delay < 0
            ? `the levels are out of order, so level ${i} is not paged first`
            : `less than ${MIN_DELAY_MINUTES} minutes to acknowledge`),
        ...level.at,
      });
    });
  }
  // A policy left out for its errors may still page a schedule: say nothing rather than something false.
  const named = model.namedByInvalidPolicies;
  if (named === 'all') return findings;
  for (const schedule of model.schedules.values()) {
    if (notified.has(schedule.name) || named.has(schedule.name)) continue;
    findings.push({
      ruleId: 'oncall/unused-schedule',
      severity: 'notice',
      message: `schedule "${schedule.name}" is not notified by any escalation policy: nobody is paged through it`,
      ...schedule.at,
    });
  }
  return findings;
}

interface LevelPerson {
  who: string;
  /** What puts them on this level: a schedule's name or "named directly". */
  via: string;
  on: Interval[];
}

/** Per level, each person (by owner key) and when they are on that level within the horizon. */
function peopleByLevel(policy: EscalationPolicy, view: TimelineView): Map<string, LevelPerson>[] {
  return policy.levels.map((level) => {
    const people = new Map<string, LevelPerson>();
    const add = (who: string, via: string, on: Interval[]): void => {
      const key = ownerKey(who);
      const seen = people.get(key);
      if (seen) seen.on = mergeIntervals([...seen.on, ...on]);
      else people.set(key, { who, via, on: mergeIntervals(on) });
    };
    for (const target of level.notify) {
      if (target.kind === 'person') {
        add(target.who, 'named directly', [view.horizon]);
        continue;
      }
      const byPerson = new Map<string, Interval[]>();
      for (const s of view.timelines.get(target.schedule) ?? []) {
        if (s.who === null) continue;
        const list = byPerson.get(s.who) ?? [];
        list.push({ from: s.from, to: s.to });
        byPerson.set(s.who, list);
      }
      for (const [who, on] of byPerson) add(who, `schedule ${target.schedule}`, on);
    }
    return people;
  });
}

/** The zone a policy's times are shown in: its first schedule's, else UTC. */
function policyZone(policy: EscalationPolicy, model: OnCallModel): string {
  for (const level of policy.levels) {
    for (const t of level.notify) {
      const zone = t.kind === 'schedule' ? model.schedules.get(t.schedule)?.timeZone : undefined;
      if (zone) return zone;
    }
  }
  return 'UTC';
}

/** `oncall/double-booked`: one person on two levels of a policy at once, on the later level's line. */
export function doubleBookedFindings(view: TimelineView): Finding[] {
  const findings: Finding[] = [];
  for (const policy of view.model.policies.values()) {
    const levels = peopleByLevel(policy, view);
    const zone = policyZone(policy, view.model);
    for (let i = 0; i < levels.length; i++) {
      for (let j = i + 1; j < levels.length; j++) {
        for (const [key, a] of levels[i]!) {
          const b = levels[j]!.get(key);
          if (!b) continue;
          const both = clipTo(a.on, b.on);
          if (both.length === 0) continue;
          const total = both.reduce((sum, x) => sum + x.to - x.from, 0);
          const first = both[0]!;
          // The horizon's edges are the run's clock, not a handoff (see coverage.ts).
          const since = first.from <= view.horizon.from ? 'now' : bothClocks(first.from, zone);
          const until =
            first.to >= view.horizon.to
              ? `the end of the ${view.horizonDays} days checked`
              : humanInZone(first.to, zone);
          findings.push({
            ruleId: 'oncall/double-booked',
            severity: 'warning',
            message:
              `policy "${policy.name}": ${a.who} is on level ${i + 1} (${a.via}) and level ${j + 1} (${b.via}) at the same time, ` +
              `first from ${since} until ${until}; ` +
              `${hours(total)} in the next ${view.horizonDays} days: when they miss the page, the escalation pages them again`,
            ...policy.levels[j]!.at,
            order: first.from,
          });
        }
      }
    }
  }
  return findings;
}
