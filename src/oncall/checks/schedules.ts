import type { Finding } from '../../findings.js';
import {
  bothClocks,
  DAY_MS,
  humanInZone,
  humanWall,
  instantOf,
  isoInZone,
  offsetMinutesAt,
  wallClockOf,
  wallTimeKind,
} from '../tz.js';
import type { Layer, Override, Schedule, SourcePos } from '../types.js';
import type { TimelineView } from './context.js';

export function layerShapeFindings(schedule: Schedule, now: number): Finding[] {
  return (
    schedule.layers
      // A layer that has ended (PagerDuty exports keep them) pages nobody, let alone one person every shift.
      .filter((layer) => layer.members.length === 1 && (layer.endMs ?? Infinity) > now)
      .map((layer) => ({
        ruleId: 'oncall/single-member',
        severity: 'warning',
        message:
          `layer "${layer.name}" of schedule "${schedule.name}" rotates one person (${layer.members[0]}): ` +
          'they are on call every shift with nobody to hand over to',
        ...layer.at,
      }))
  );
}

function describeOverride(o: Override, index: number, zone: string): string {
  return `override ${index + 1} (${o.who}, ${humanInZone(o.fromMs, zone)} – ${humanInZone(o.toMs, zone)})`;
}

export function overrideFindings(schedule: Schedule, now: number): Finding[] {
  const findings: Finding[] = [];
  const zone = schedule.timeZone;
  schedule.overrides.forEach((o, i) => {
    if (o.toMs <= now) {
      findings.push({
        ruleId: 'oncall/override-past',
        severity: 'notice',
        message: `${describeOverride(o, i, zone)} of schedule "${schedule.name}" ended ${humanInZone(o.toMs, zone)} ${zone}: remove it`,
        ...o.at,
      });
    }
  });
  // Sorted by start, each override meets only those that start before it ends.
  const order = schedule.overrides
    .map((o, i) => ({ o, i }))
    .sort((a, b) => a.o.fromMs - b.o.fromMs);
  for (let x = 0; x < order.length; x++) {
    for (let y = x + 1; y < order.length && order[y]!.o.fromMs < order[x]!.o.toMs; y++) {
      const [early, late] =
        order[x]!.i < order[y]!.i ? [order[x]!, order[y]!] : [order[y]!, order[x]!];
      const from = Math.max(early.o.fromMs, late.o.fromMs);
      const to = Math.min(early.o.toMs, late.o.toMs);
      findings.push({
        ruleId: 'oncall/override-overlap',
        severity: 'warning',
        message:
          `${describeOverride(late.o, late.i, zone)} overlaps ${describeOverride(early.o, early.i, zone)} ` +
          `of schedule "${schedule.name}" from ${bothClocks(from, zone)} until ${humanInZone(to, zone)}: ` +
          `the later one in the file wins, so ${late.o.who} is on call then`,
        ...late.o.at,
      });
    }
  }
  return findings;
}

const MINUTE = 60_000;

function clock(wall: number): string {
  return new Date(wall).toISOString().slice(11, 16);
}

/**
 * Local times where a layer changes hands (shift handoffs and restriction edges) within the horizon.
 * Only days next to an offset change can hold a skipped or repeated time, so others are not looked at.
 */
function handoffWalls(
  layer: Layer,
  zone: string,
  from: number,
  to: number,
): { wall: number; what: string }[] {
  const out: { wall: number; what: string }[] = [];
  const firstWall = wallClockOf(from, zone);
  const lastWall = wallClockOf(Math.min(to, layer.endMs ?? Infinity), zone);
  if (lastWall <= firstWall) return out;
  let k = Math.max(0, Math.floor((firstWall - layer.startWall) / layer.shiftMs));
  for (
    let wall = layer.startWall + k * layer.shiftMs;
    wall < lastWall;
    wall = layer.startWall + ++k * layer.shiftMs
  ) {
    if (wall >= firstWall) out.push({ wall, what: 'hands over' });
  }
  const days = Math.ceil((lastWall - firstWall) / DAY_MS) + 1;
  const firstDay = Math.floor(firstWall / DAY_MS);
  for (let d = firstDay; d < firstDay + days; d++) {
    const weekday = (((d + 4) % 7) + 7) % 7;
    for (const r of layer.restrictions) {
      if (!r.days.includes(weekday)) continue;
      const start = d * DAY_MS + r.fromMinute * MINUTE;
      const end =
        r.toMinute > r.fromMinute
          ? d * DAY_MS + r.toMinute * MINUTE
          : (d + 1) * DAY_MS + r.toMinute * MINUTE;
      for (const [wall, what] of [
        [start, 'starts its restricted window'],
        [end, 'ends its restricted window'],
      ] as const) {
        if (wall >= firstWall && wall < lastWall) out.push({ wall, what });
      }
    }
  }
  return out;
}

/**
 * What a DST change does to a local time, as the rule the timeline applies (tz.ts `instantOf`) has it: a time
 * the clocks skip happens at the instant they jump; one that happens twice happens the first time. Undefined
 * for a time that happens once.
 */
function dstNote(wall: number, zone: string): string | undefined {
  const near = instantOf(wall, zone);
  // Cheap test first: the offset is the same a day either side on almost every day of the year.
  if (offsetMinutesAt(near - DAY_MS, zone) === offsetMinutesAt(near + DAY_MS, zone))
    return undefined;
  const kind = wallTimeKind(wall, zone);
  if (kind === 'once') return undefined;
  const day = humanWall(wall).slice(0, -6);
  const iso = isoInZone(near, zone);
  const used = `${iso.slice(11, 16)} (offset ${iso.slice(19)}, ${new Date(near).toISOString().slice(11, 16)} UTC)`;
  return (
    `at ${clock(wall)} on ${day}, a local time ${zone} ` +
    (kind === 'skipped'
      ? `skips (clocks go forward): it happens when the clocks jump, at ${used}`
      : `has twice (clocks go back): it happens the first time, at ${used}`)
  );
}

/**
 * `oncall/dst-handoff`: every local time within the horizon where someone takes over or stops (shift handoffs,
 * restriction edges, a layer's end, an override's from and to) that a DST change skips or repeats.
 */
export function dstFindings(schedule: Schedule, view: TimelineView): Finding[] {
  const findings: Finding[] = [];
  const zone = schedule.timeZone;
  const inHorizon = (wall: number): boolean => {
    const at = instantOf(wall, zone);
    return at >= view.horizon.from && at < view.horizon.to;
  };
  const report = (subject: string, what: string, wall: number, at: SourcePos): void => {
    const note = dstNote(wall, zone);
    if (note === undefined) return;
    findings.push({
      ruleId: 'oncall/dst-handoff',
      severity: 'warning',
      message: `${subject} of schedule "${schedule.name}" ${what} ${note}`,
      ...at,
    });
  };
  for (const layer of schedule.layers) {
    for (const { wall, what } of handoffWalls(layer, zone, view.horizon.from, view.horizon.to)) {
      report(`layer "${layer.name}"`, what, wall, layer.at);
    }
    const end = layer.endLocal;
    if (end && inHorizon(end.wall)) report(`layer "${layer.name}"`, 'ends', end.wall, end.at);
  }
  schedule.overrides.forEach((o, i) => {
    const subject = `override ${i + 1}`;
    const who = `(${o.who})`;
    if (o.fromLocal && inHorizon(o.fromLocal.wall)) {
      report(subject, `${who} starts`, o.fromLocal.wall, o.fromLocal.at);
    }
    if (o.toLocal && inHorizon(o.toLocal.wall)) {
      report(subject, `${who} ends`, o.toLocal.wall, o.toLocal.at);
    }
  });
  return findings;
}
