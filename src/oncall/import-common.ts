import { InputError } from '../core/errors.js';
import { jsonSyntaxError } from '../core/json-error.js';
import { parseDateTime, wallClockOf } from './tz.js';

/** What `oncall import pagerduty` and `oncall import opsgenie` write alike. */

/** Ours: 0 = Sunday. */
export const DAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

export const q = (text: string): string => JSON.stringify(text);
const pad = (n: number): string => String(n).padStart(2, '0');
export const clock = (minute: number): string =>
  `${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`;

/** `daily-engineering-rotation` from "Daily Engineering Rotation". */
export function slug(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'imported'
  );
}

/** The export's JSON, or a usage error naming the file. */
export function parseExport(json: string, file: string): unknown {
  try {
    return JSON.parse(json) as unknown;
  } catch (error) {
    const { reason, line, column } = jsonSyntaxError(json, error);
    const at = line === undefined ? '' : `:${line}:${column ?? 1}`;
    throw new InputError(`${file}${at}: not JSON: ${reason}`);
  }
}

/** A date-time of the export as a local wall time of our schedule's zone (handoffs keep their local time). */
export function localTime(iso: string, zone: string): string | undefined {
  const parsed = parseDateTime(iso);
  if (!parsed) return undefined;
  const wall = parsed.kind === 'local' ? parsed.wall : wallClockOf(parsed.ms, zone);
  const text = new Date(wall).toISOString();
  return text.slice(16, 19) === ':00' ? text.slice(0, 16) : text.slice(0, 19);
}

/**
 * Our restriction windows for a weekly window of `minutes` from `from` (minutes after midnight) on `weekday`
 * (0 = Sunday): a window of several days becomes its first evening, the whole days between and its last
 * morning. A whole week or more restricts nothing: no window.
 */
export function weeklyWindows(weekday: number, from: number, minutes: number): string[] {
  if (minutes >= 7 * 1440) return [];
  const out: string[] = [];
  let day = weekday;
  let at = from;
  let left = minutes;
  while (left > 0) {
    const take = Math.min(left, 1440 - at);
    out.push(
      `{ days: [${DAY_NAMES[day]}], from: "${clock(at)}", to: "${take + at === 1440 ? '24:00' : clock(at + take)}" }`,
    );
    left -= take;
    at = 0;
    day = (day + 1) % 7;
  }
  return out;
}
