import { InputError } from '../core/errors.js';
import {
  clock,
  DAY_NAMES,
  localTime,
  parseExport,
  q,
  slug,
  weeklyWindows,
} from './import-common.js';
import { isValidTimeZone } from './tz.js';

/** The fields of an Opsgenie schedule (`GET /v2/schedules/{id}?expand=rotation`) this reads. */
interface OgParticipant {
  type?: string;
  username?: string;
  name?: string;
  id?: string;
}
interface OgWindow {
  startDay?: string;
  endDay?: string;
  startHour?: number;
  startMin?: number;
  endHour?: number;
  endMin?: number;
}
interface OgRotation {
  name?: string;
  startDate?: string;
  endDate?: string;
  type?: string;
  length?: number;
  participants?: OgParticipant[];
  timeRestriction?: { type?: string; restriction?: OgWindow; restrictions?: OgWindow[] };
}
interface OgSchedule {
  name?: string;
  description?: string;
  timezone?: string;
  rotations?: OgRotation[];
}

const UNITS: Record<string, string> = { hourly: 'h', daily: 'd', weekly: 'w' };

/** Minutes after midnight of an Opsgenie window's start or end, or undefined when not a time of day. */
function minuteOf(hour: number | undefined, minute: number | undefined): number | undefined {
  const h = hour ?? 0;
  const m = minute ?? 0;
  if (!Number.isInteger(h) || !Number.isInteger(m) || h < 0 || h > 24 || m < 0 || m > 59) {
    return undefined;
  }
  return h * 60 + m;
}

/** Our restriction windows for a rotation's time restriction, or why it cannot be written. */
function restrictionLines(r: NonNullable<OgRotation['timeRestriction']>): string[] | string {
  if (r.type === 'time-of-day') {
    const from = minuteOf(r.restriction?.startHour, r.restriction?.startMin);
    const to = minuteOf(r.restriction?.endHour, r.restriction?.endMin);
    if (from === undefined || to === undefined) {
      return `time restriction ${JSON.stringify(r.restriction)} is not a time of day`;
    }
    return from === to ? [] : [`{ from: "${clock(from % 1440)}", to: "${clock(to % 1440)}" }`];
  }
  if (r.type !== 'weekday-and-time-of-day') {
    return `time restriction type ${q(String(r.type))} is unknown`;
  }
  const out: string[] = [];
  for (const w of r.restrictions ?? []) {
    const startDay = DAY_NAMES.indexOf(String(w.startDay).slice(0, 3).toLowerCase());
    const endDay = DAY_NAMES.indexOf(String(w.endDay).slice(0, 3).toLowerCase());
    const from = minuteOf(w.startHour, w.startMin);
    const to = minuteOf(w.endHour, w.endMin);
    if (startDay < 0 || endDay < 0 || from === undefined || to === undefined) {
      return `time restriction ${JSON.stringify(w)} is not a weekday and time of day`;
    }
    // From the start day and time on to the end day and time, a week at most (an end at or before its
    // start on the same day runs round the week).
    const length = ((endDay - startDay) * 1440 + (to - from) + 7 * 1440) % (7 * 1440) || 7 * 1440;
    out.push(...weeklyWindows(startDay, from, length));
  }
  return out;
}

/**
 * Our YAML for a schedule exported from Opsgenie's API, one layer per rotation. Opsgenie pages the on-call
 * of every rotation at once, ours the last layer with someone on: the header says so. What our format cannot
 * say (a turn of nobody, a rotation type or restriction it does not know) is written as a comment.
 */
export function importOpsgenieSchedule(json: string, file: string): string {
  const data = parseExport(json, file);
  const root = (data as { data?: unknown } | null)?.data ?? data;
  if (typeof root !== 'object' || root === null || !Array.isArray((root as OgSchedule).rotations)) {
    throw new InputError(
      `${file}: expected an Opsgenie schedule ({"data": {"rotations": [...]}}, from GET /v2/schedules/{id}?expand=rotation)`,
    );
  }
  const og = root as OgSchedule;
  const zone = og.timezone ?? 'UTC';
  if (!isValidTimeZone(zone)) {
    throw new InputError(`${file}: data.timezone ${q(zone)} is not an IANA time zone`);
  }
  const lines = [
    `# Imported from Opsgenie schedule ${q(og.name ?? 'imported')} (${file}).`,
    '# Members are Opsgenie users and teams as named there: write their @github-login instead to get who-owns,',
    '# escalation hints and the unknown-person check.',
  ];
  if (og.rotations!.length > 1) {
    lines.push(
      '# Opsgenie pages the on-call of every rotation at once; here a later layer wins where two overlap:',
      '# where yours overlap, make them schedules of their own and notify them on one policy level.',
    );
  }
  lines.push(`timezone: ${zone}`, 'schedules:', `  ${slug(og.name ?? 'imported')}:`);
  if (og.description) lines.push(`    description: ${q(og.description)}`);
  lines.push('    layers:');
  let written = 0;
  og.rotations!.forEach((rotation, i) => {
    const label = rotation.name ?? `rotation ${i + 1}`;
    const problems: string[] = [];
    const unit = UNITS[String(rotation.type)];
    const length = rotation.length ?? 1;
    if (!unit || !Number.isInteger(length) || length < 1) {
      problems.push(`rotation type ${q(String(rotation.type))} of length ${length}`);
    }
    const start = localTime(rotation.startDate ?? '', zone);
    if (!start) problems.push(`startDate ${q(String(rotation.startDate))} is not a date-time`);
    const participants = rotation.participants ?? [];
    if (participants.length === 0) problems.push('no participants');
    if (participants.some((p) => p.type === 'none')) {
      problems.push('a turn of nobody (participant type "none")');
    }
    const members = participants.map((p) => p.username ?? p.name ?? p.id ?? '');
    if (members.some((m, k) => m === '' && participants[k]!.type !== 'none')) {
      problems.push('a participant without a name or id');
    }
    const windows = rotation.timeRestriction ? restrictionLines(rotation.timeRestriction) : [];
    if (typeof windows === 'string') problems.push(windows);
    if (problems.length > 0) {
      lines.push(`      # Rotation ${q(label)} is not imported: ${problems.join('; ')}.`);
      return;
    }
    written++;
    lines.push(`      - name: ${q(label)}`, `        start: ${start}`);
    const end = rotation.endDate ? localTime(rotation.endDate, zone) : undefined;
    if (end) lines.push(`        end: ${end}`);
    lines.push(`        shift: ${length}${unit}`, '        members:');
    participants.forEach((p, k) => {
      const kind = p.type === 'team' || p.type === 'escalation' ? ` # an Opsgenie ${p.type}` : '';
      lines.push(`          - ${q(members[k]!)}${kind}`);
    });
    if (typeof windows !== 'string' && windows.length > 0) {
      lines.push('        restrictions:', ...windows.map((w) => `          - ${w}`));
    }
  });
  if (written === 0) {
    lines.push(
      '      # No rotation could be imported: write a layer by hand (see schemas/oncall.schema.json).',
    );
  }
  return `${lines.join('\n')}\n`;
}
