import { epochDay } from '../flags/dates.js';
import { UsageError } from './io.js';

/**
 * `YYYY-MM-DD`, optionally `THH:MM[:SS[.fraction]]` (a space for the `T` too), optionally `Z` or `±HH[:]MM`.
 * Anything else — `2026-11-25T12`, week dates, `tomorrow` — is refused rather than guessed.
 */
const ISO_INSTANT =
  /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?)?$/i;

const EXAMPLES = 'e.g. 2026-11-25, 2026-11-25T12:00 (UTC) or 2026-11-25T12:00+01:00';

/**
 * Parses a `--now`/`--at` value. A bare date is 00:00 UTC; a date-time without an offset is UTC too, never
 * the machine's zone, so a run means the same on a laptop and on a runner. Impossible values (2026-02-30,
 * 24:00, +25:00) are usage errors: `Date` would silently roll them over to another day.
 */
export function parseInstant(value: string, option = '--now'): Date {
  const m = ISO_INSTANT.exec(value.trim());
  const bad = (why: string): UsageError =>
    new UsageError(`invalid date "${value}" for ${option}: ${why} (${EXAMPLES})`);
  if (!m) throw bad('not an ISO-8601 date or date-time');
  const [, date, hh, mm, ss, fraction, offset] = m;
  const day = epochDay(date!);
  if (day === null) throw bad(`${date} is not a day of the calendar`);
  const hours = Number(hh ?? 0);
  const minutes = Number(mm ?? 0);
  const seconds = Number(ss ?? 0);
  if (hours > 23 || minutes > 59 || seconds > 59)
    throw bad(`${hh}:${mm}:${ss ?? '00'} is not a time of day`);
  let offsetMinutes = 0;
  if (offset !== undefined && offset.toUpperCase() !== 'Z') {
    const digits = offset.replace(':', '');
    const oh = Number(digits.slice(1, 3));
    const om = Number(digits.slice(3, 5));
    if (oh > 23 || om > 59) throw bad(`${offset} is not a UTC offset`);
    offsetMinutes = (offset.startsWith('-') ? -1 : 1) * (oh * 60 + om);
  }
  const millis = fraction === undefined ? 0 : Math.floor(Number(`0.${fraction}`) * 1000);
  const ms =
    day * 86_400_000 + ((hours * 60 + minutes - offsetMinutes) * 60 + seconds) * 1000 + millis;
  return new Date(ms);
}
