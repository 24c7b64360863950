import { InputError } from '../core/errors.js';
import { clock, localTime, parseExport, q, slug, weeklyWindows } from './import-common.js';
import { isValidTimeZone, parseDateTime } from './tz.js';

/** The fields of a PagerDuty schedule (`GET /schedules/{id}`, REST API v2) this reads. */
interface PdUserRef {
  user?: { id?: string; summary?: string; email?: string };
}
interface PdRestriction {
  type?: string;
  start_time_of_day?: string;
  duration_seconds?: number;
  start_day_of_week?: number | null;
}
interface PdLayer {
  name?: string;
  start?: string;
  end?: string | null;
  rotation_virtual_start?: string;
  rotation_turn_length_seconds?: number;
  users?: PdUserRef[];
  restrictions?: PdRestriction[];
}
/** One entry of a rendered sub-schedule: who is on from `start` to `end`. */
interface PdEntry {
  start?: string;
  end?: string;
  user?: PdUserRef['user'];
}
interface PdSchedule {
  name?: string;
  time_zone?: string;
  description?: string | null;
  schedule_layers?: PdLayer[];
  overrides_subschedule?: { rendered_schedule_entries?: PdEntry[] } | null;
}

const DAY_S = 86_400;
const WEEK_S = 7 * DAY_S;

function shiftOf(seconds: number): string | undefined {
  if (!Number.isInteger(seconds) || seconds <= 0) return undefined;
  if (seconds % WEEK_S === 0) return `${seconds / WEEK_S}w`;
  if (seconds % DAY_S === 0) return `${seconds / DAY_S}d`;
  if (seconds % 3600 === 0) return `${seconds / 3600}h`;
  return undefined;
}

/** A date-time with its offset, as our format reads it, else undefined. */
function instant(iso: string | undefined): string | undefined {
  return iso !== undefined && parseDateTime(iso)?.kind === 'instant' ? iso : undefined;
}

function minuteOfDay(time: string): number | undefined {
  const m = /^(\d{2}):(\d{2})(?::(\d{2}))?/.exec(time);
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59 || (m[3] !== undefined && m[3] !== '00'))
    return undefined;
  return Number(m[1]) * 60 + Number(m[2]);
}

/** Our restriction windows for one PagerDuty restriction, or why it cannot be written. */
function restrictionLines(r: PdRestriction): string[] | string {
  const start = minuteOfDay(r.start_time_of_day ?? '');
  const seconds = r.duration_seconds;
  if (start === undefined || seconds === undefined || seconds <= 0 || seconds % 60 !== 0) {
    return `restriction ${JSON.stringify(r)} is not on whole minutes`;
  }
  const minutes = seconds / 60;
  if (r.type === 'daily_restriction') {
    if (minutes >= 1440) return [];
    return [`{ from: "${clock(start)}", to: "${clock((start + minutes) % 1440)}" }`];
  }
  if (r.type !== 'weekly_restriction') return `restriction type ${q(String(r.type))} is unknown`;
  const day = r.start_day_of_week;
  if (typeof day !== 'number' || day < 1 || day > 7) {
    return `weekly restriction without a start_day_of_week of 1–7`;
  }
  // PagerDuty's start_day_of_week is ISO 8601: 1 = Monday … 7 = Sunday.
  return weeklyWindows(day % 7, start, minutes);
}

/**
 * Our YAML for a schedule exported from PagerDuty's REST API (`{"schedule": {...}}` or the schedule itself).
 * What our format cannot say is written as comments where it belongs, so nothing is dropped silently.
 */
export function importPagerDutySchedule(json: string, file: string): string {
  const data = parseExport(json, file);
  const root = (data as { schedule?: unknown } | null)?.schedule ?? data;
  if (
    typeof root !== 'object' ||
    root === null ||
    !Array.isArray((root as PdSchedule).schedule_layers)
  ) {
    throw new InputError(
      `${file}: expected a PagerDuty schedule ({"schedule": {"schedule_layers": [...]}}, from GET /schedules/{id})`,
    );
  }
  const pd = root as PdSchedule;
  const zone = pd.time_zone ?? 'UTC';
  if (!isValidTimeZone(zone))
    throw new InputError(`${file}: schedule.time_zone ${q(zone)} is not an IANA time zone`);
  const name = slug(pd.name ?? 'imported');
  const lines = [
    `# Imported from PagerDuty schedule ${q(pd.name ?? name)} (${file}).`,
    '# Members are PagerDuty users as named there: write their @github-login instead to get who-owns,',
    '# escalation hints and the unknown-person check.',
    `timezone: ${zone}`,
    'schedules:',
    `  ${name}:`,
  ];
  if (pd.description) lines.push(`    description: ${q(pd.description)}`);
  lines.push('    layers:');
  // GET /schedules/{id} lists layers highest priority first (the reverse of what a POST takes); ours go
  // lowest first, a later layer winning.
  const layers = [...pd.schedule_layers!].reverse();
  let written = 0;
  layers.forEach((layer, i) => {
    const label = layer.name ?? `Layer ${layers.length - i}`;
    const problems: string[] = [];
    const shift = shiftOf(layer.rotation_turn_length_seconds ?? 0);
    if (!shift) {
      problems.push(
        `rotation_turn_length_seconds ${layer.rotation_turn_length_seconds} is not a whole number of hours`,
      );
    }
    const anchor = localTime(layer.rotation_virtual_start ?? layer.start ?? '', zone);
    if (!anchor)
      problems.push(
        `rotation_virtual_start ${q(String(layer.rotation_virtual_start))} is not a date-time`,
      );
    const members = (layer.users ?? []).map(
      (u) => u.user?.summary ?? u.user?.email ?? u.user?.id ?? '',
    );
    if (members.length === 0 || members.some((m) => m === ''))
      problems.push('a user without a name or id');
    const windows = (layer.restrictions ?? []).map(restrictionLines);
    for (const w of windows) if (typeof w === 'string') problems.push(w);
    if (problems.length > 0) {
      lines.push(`      # Layer ${q(label)} is not imported: ${problems.join('; ')}.`);
      return;
    }
    written++;
    lines.push(`      - name: ${q(label)}`, `        start: ${anchor}`);
    const starts = layer.start ? parseDateTime(layer.start) : undefined;
    const virtual = layer.rotation_virtual_start
      ? parseDateTime(layer.rotation_virtual_start)
      : undefined;
    if (starts?.kind === 'instant' && virtual?.kind === 'instant' && starts.ms > virtual.ms) {
      lines.push(
        `        # PagerDuty starts this layer at ${layer.start}: before that it pages nobody, here the rotation already runs.`,
      );
    }
    if (layer.end) lines.push(`        end: ${localTime(layer.end, zone) ?? q(layer.end)}`);
    lines.push(`        shift: ${shift}`, '        members:');
    (layer.users ?? []).forEach((u, k) => {
      lines.push(
        `          - ${q(members[k]!)}${u.user?.id ? ` # PagerDuty user ${u.user.id}` : ''}`,
      );
    });
    const flat = windows.flat() as string[];
    if (flat.length > 0) {
      lines.push('        restrictions:', ...flat.map((w) => `          - ${w}`));
    }
  });
  if (written === 0) {
    lines.push(
      '      # No layer could be imported: write one by hand (see schemas/oncall.schema.json).',
    );
  }
  lines.push(...overrideLines(pd.overrides_subschedule?.rendered_schedule_entries ?? []));
  return `${lines.join('\n')}\n`;
}

/**
 * The overrides PagerDuty rendered into the export (`overrides_subschedule`, present when the export was asked
 * for a window with `since`/`until`) as ours; an entry without a start, an end and a user is a comment.
 */
function overrideLines(entries: readonly PdEntry[]): string[] {
  if (entries.length === 0) return [];
  const lines = [
    '    # The overrides PagerDuty rendered in the window of this export; GET /schedules/{id}/overrides lists',
    '    # the others.',
    '    overrides:',
  ];
  let written = 0;
  for (const entry of entries) {
    const who = entry.user?.summary ?? entry.user?.email ?? entry.user?.id;
    // Instants as PagerDuty wrote them, offset included: a local time could fall in an hour that repeats.
    const from = instant(entry.start);
    const to = instant(entry.end);
    if (who === undefined || who === '' || from === undefined || to === undefined) {
      lines.push(
        `      # Override ${JSON.stringify(entry)} is not imported: it needs a start, an end and a user.`,
      );
      continue;
    }
    written++;
    const id = entry.user?.id ? ` # PagerDuty user ${entry.user.id}` : '';
    lines.push(`      - { who: ${q(who)}, from: ${from}, to: ${to} }${id}`);
  }
  // `overrides:` with nothing under it would be null, which the schema refuses.
  if (written === 0) lines.splice(lines.indexOf('    overrides:'), 1);
  return lines;
}
