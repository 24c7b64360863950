/**
 * Wall-clock arithmetic in IANA time zones with nothing but `Intl` (Node ships full ICU).
 *
 * A "wall" value is a local date-time encoded as milliseconds as if it were UTC: wall arithmetic is
 * then plain addition (every local day has 24 hours), and only converting to and from an instant
 * needs the zone's rules.
 */

const MINUTE = 60_000;
export const DAY_MS = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    // h23: some ICU versions print midnight as "24" with hour12: false.
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Whether `Intl` knows the zone (IANA names such as Europe/Berlin, and UTC). */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** Offset from UTC at an instant, read from `Intl` (whole seconds: historic zones have odd ones). */
function rawOffset(instant: number, timeZone: string): number {
  const whole = Math.floor(instant / 1000) * 1000;
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(whole)) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  const wall = Date.UTC(
    parts.year!,
    parts.month! - 1,
    parts.day!,
    parts.hour!,
    parts.minute!,
    parts.second!,
  );
  return wall - whole;
}

const HOUR_MS = 3_600_000;
/** Per zone, per UTC hour: the offset when it is the same all hour, null when the hour holds a change. */
const offsetCache = new Map<string, Map<number, number | null>>();

/**
 * `Intl` formatting is the slow part of every conversion, and a timeline converts each handoff a few
 * times: offsets are cached per hour. An hour with the same offset at its first and last second has
 * no change inside (no zone changes its offset twice within an hour); only hours with one ask `Intl`
 * again.
 */
function offsetAt(instant: number, timeZone: string): number {
  let zone = offsetCache.get(timeZone);
  if (!zone) offsetCache.set(timeZone, (zone = new Map()));
  const hour = Math.floor(instant / HOUR_MS);
  let cached = zone.get(hour);
  if (cached === undefined) {
    const first = rawOffset(hour * HOUR_MS, timeZone);
    cached = first === rawOffset(hour * HOUR_MS + HOUR_MS - 1000, timeZone) ? first : null;
    zone.set(hour, cached);
  }
  return cached ?? rawOffset(instant, timeZone);
}

/** The local wall-clock time at an instant. */
export function wallClockOf(instant: number, timeZone: string): number {
  return instant + offsetAt(instant, timeZone);
}

/**
 * The instant a wall-clock time denotes. Ambiguous times (the repeated hour when clocks go back)
 * take the earlier instant; times that do not exist (skipped when clocks go forward) take the
 * instant the clocks jump. Both choices keep the mapping monotonic, so a rotation's handoffs never
 * run backwards across a DST change.
 */
export function instantOf(wall: number, timeZone: string): number {
  // No zone changes its offset twice within two days, so the offsets a day either side are the
  // only candidates.
  const before = offsetAt(wall - DAY_MS, timeZone);
  const after = offsetAt(wall + DAY_MS, timeZone);
  const candidates = [wall - before, wall - after]
    .filter((c) => wallClockOf(c, timeZone) === wall)
    .sort((a, b) => a - b);
  if (candidates.length > 0) return candidates[0]!;
  // In a gap: the first instant whose wall clock is at or past `wall` is the transition itself.
  let lo = Math.min(wall - after, wall - before);
  let hi = Math.max(wall - after, wall - before);
  if (wallClockOf(hi, timeZone) < wall) return hi;
  while (hi - lo > 1000) {
    const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
    if (wallClockOf(mid, timeZone) >= wall) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** A date-time as written in the on-call file: either a fixed instant or a local wall time. */
export type DateTimeValue = { kind: 'instant'; ms: number } | { kind: 'local'; wall: number };

const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * Parses `2026-11-02`, `2026-11-02T09:00`, `2026-11-02T09:00:00` (local to the schedule's zone) or
 * the same with `Z` / `+01:00` (a fixed instant). Returns undefined for anything else, including
 * impossible dates such as February 30th.
 */
export function parseDateTime(text: string): DateTimeValue | undefined {
  const m = DATE_TIME.exec(text.trim());
  if (!m) return undefined;
  const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '0', zone] = m;
  const fields = [Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)] as const;
  const wall = Date.UTC(...fields) + Number(frac.padEnd(3, '0'));
  const check = new Date(wall);
  if (
    check.getUTCFullYear() !== fields[0] ||
    check.getUTCMonth() !== fields[1] ||
    check.getUTCDate() !== fields[2] ||
    check.getUTCHours() !== fields[3] ||
    check.getUTCMinutes() !== fields[4] ||
    check.getUTCSeconds() !== fields[5]
  ) {
    return undefined;
  }
  if (zone === undefined) return { kind: 'local', wall };
  if (zone.toUpperCase() === 'Z') return { kind: 'instant', ms: wall };
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2));
  if (hours > 23 || minutes > 59) return undefined;
  return { kind: 'instant', ms: wall - sign * (hours * 60 + minutes) * MINUTE };
}

export function toInstant(value: DateTimeValue, timeZone: string): number {
  return value.kind === 'instant' ? value.ms : instantOf(value.wall, timeZone);
}

export function toWall(value: DateTimeValue, timeZone: string): number {
  return value.kind === 'local' ? value.wall : wallClockOf(value.ms, timeZone);
}

/** Whether a local wall time exists once, not at all (clocks jumped over it) or twice (clocks went back over it). */
export function wallTimeKind(wall: number, timeZone: string): 'once' | 'skipped' | 'repeated' {
  const before = offsetAt(wall - DAY_MS, timeZone);
  const after = offsetAt(wall + DAY_MS, timeZone);
  const matches = new Set(
    [wall - before, wall - after].filter((c) => wallClockOf(c, timeZone) === wall),
  );
  if (matches.size === 0) return 'skipped';
  return matches.size === 2 ? 'repeated' : 'once';
}

/** Offset from UTC in minutes at an instant (+60 for CET). */
export function offsetMinutesAt(instant: number, timeZone: string): number {
  return Math.round(offsetAt(Math.floor(instant / MINUTE) * MINUTE, timeZone) / MINUTE);
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** ISO 8601 in the zone's local time with its offset, to the second: `2026-11-28T09:00:00+01:00`. */
export function isoInZone(instant: number, timeZone: string): string {
  const offset = offsetMinutesAt(instant, timeZone);
  const local = new Date(instant + offset * MINUTE).toISOString().slice(0, 19);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${local}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

const WEEKDAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTH_NAMES = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');

/** For people: `Sat 28 Nov 2026 09:00` in the zone's local time. */
export function humanInZone(instant: number, timeZone: string): string {
  return humanWall(wallClockOf(instant, timeZone));
}

/** A wall value (see above) as `Sat 28 Nov 2026 09:00`. */
export function humanWall(wall: number): string {
  const d = new Date(wall);
  return (
    `${WEEKDAY_NAMES[d.getUTCDay()]} ${d.getUTCDate()} ${MONTH_NAMES[d.getUTCMonth()]} ` +
    `${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`
  );
}

/** `Sat 28 Nov 2026 09:00 Europe/Berlin (08:00 UTC)`: both clocks, as the on-call rules report times. */
export function bothClocks(instant: number, timeZone: string): string {
  const utc = new Date(instant).toISOString();
  const sameDay =
    Math.floor(wallClockOf(instant, timeZone) / DAY_MS) === Math.floor(instant / DAY_MS);
  const utcText = sameDay ? utc.slice(11, 16) : `${utc.slice(0, 10)} ${utc.slice(11, 16)}`;
  return `${humanInZone(instant, timeZone)} ${timeZone} (${utcText} UTC)`;
}
