/**
 * Calendar dates of the flag registry (`YYYY-MM-DD`), counted as whole UTC days.
 *
 * Semantics, relied on by the registry rules and the status: a date names a UTC calendar day, and
 * `expires: 2026-12-01` means the flag is expired from 2026-12-01T00:00:00Z on, i.e. its last valid
 * day is 2026-11-30. That is how JavaScript reads a date-only ISO string (`new Date('2026-12-01')`
 * is midnight UTC), so other tools comparing the same dates agree, and it never reports a flag as
 * alive on a day a reader might already consider it gone.
 */

export const MS_PER_DAY = 86_400_000;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 for a valid `YYYY-MM-DD`, or null (wrong shape or no such day, e.g. 2026-02-30). */
export function epochDay(iso: string): number | null {
  const m = ISO_DATE.exec(iso);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  // Date.UTC rolls 2026-02-30 over to March; a round trip exposes it.
  if (
    back.getUTCFullYear() !== year ||
    back.getUTCMonth() !== month - 1 ||
    back.getUTCDate() !== day
  )
    return null;
  return ms / MS_PER_DAY;
}

/** `YYYY-MM-DD` of an epoch day. */
export function isoFromEpochDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The UTC calendar day an instant falls on. */
export function epochDayOf(instant: Date): number {
  return Math.floor(instant.getTime() / MS_PER_DAY);
}

/** The instant a registry date starts (midnight UTC), in epoch milliseconds; null when invalid. */
export function startOfDayMs(iso: string): number | null {
  const day = epochDay(iso);
  return day === null ? null : day * MS_PER_DAY;
}

/** A YAML timestamp (YAML 1.1 documents, `!!timestamp`) as the registry's `YYYY-MM-DD`. */
export function isoFromDate(date: Date): string | null {
  return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10);
}
