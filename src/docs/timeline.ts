import type { List, RootContent, Table } from 'mdast';
import { docFinding } from './doc-finding.js';
import type { DocFinding } from './doc-finding.js';
import { entriesOf } from './entries.js';
import type { Entry } from './entries.js';
import { clip } from './clip.js';
import { textOf } from './markdown.js';
import type { Point } from './markdown.js';

/**
 * `<!-- ops-steward: timeline -->`: every entry (list item or table row) starts with a time or a
 * date-time, each at or after the one before. Times are read the way people write them in an incident
 * channel: 24- or 12-hour, with seconds, `~` for about, a zone (`Z`, `+02:00`, `UTC`, `PDT`) that later
 * entries keep, a date that later entries keep, and midnight crossed without the date being repeated.
 */

const DAY = 86_400_000;
/** A time-only entry this much earlier than the one before is the next day: the timeline crossed midnight. */
const ROLLOVER = DAY / 2;

const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?(?![\\p{L}])';
const ISO_DATE = /^(\d{4})(?:-(\d{2})-(\d{2})|\/(\d{1,2})\/(\d{1,2}))(?!\d)/;
/**
 * `11/03 9:32 AM`, `11/03/2026`: month first as GitHub's US users write it, unless the first number
 * cannot be a month (`14/10`). Without a year it is a date only before a time (`1/2 of the pods`).
 */
const SLASH_DATE = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?(?![\d/])/;
/** `14.10.2026`, day first, as German and other European teams write it. */
const DOTTED_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)/;
/** `Day 2` on a line of its own: the day after Day 1, whether or not it gives its date too. */
const DAY_N = /^day\s+(\d{1,3})(?![\p{L}\p{N}])[\s:,(–—-]*/iu;
const MONTH_DAY = new RegExp(
  `^${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)(?:,?\\s+(\\d{4})(?!\\d))?`,
  'iu',
);
const DAY_MONTH = new RegExp(
  `^(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}(?:,?\\s+(\\d{4})(?!\\d))?`,
  'iu',
);
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** Between a date and its time: a space, `T`, a comma, "at". */
const DATE_TIME_GAP = /^(?:\s*,\s*|\s+at\s+|[ T]+)/i;
/**
 * `14:05`, `14:05:30`, and as Europe writes them, `14.05` and `14h05` (not `1h30m`, a duration); on a
 * 12-hour clock the hour alone too (`2pm`). The separator of the seconds is the minutes' one.
 */
const TIME =
  /^(\d{1,2})(?:([:.]|[hH](?=\d{2}(?![\p{Ll}\p{N}])))(\d{2})(?:\2(\d{2}))?(?!\d)|(?=\s*[AaPp]\.?[Mm]\.?(?![\p{L}\p{N}])))(?:\s*([AaPp])\.?[Mm]\.?(?![\p{L}\p{N}]))?(?:\s*(Z|[+-]\d{2}:?\d{2}|(?:UTC|GMT)\s*[+-]\d{1,2}(?::?\d{2})?|[A-Z]{1,5})(?![\p{L}\p{N}]))?/u;
/** What follows a dotted time that is one: a dash, colon, bar or bracket, the end, or a capital. */
const DOTTED_TIME_END = /^(?:\s*(?:[-–—:|)\]]|$)|\s+\p{Lu})/u;
/** Before a time: `~` (about), and the bracket chat logs put it in (`[14:05]`, `(T+5m)`). */
const ABOUT = /^\s*[~≈]?\s*[[(]?\s*[~≈]?\s*/;
/**
 * Time since the start of the incident: `T+0`, `T-10m`, `T+1h30m`, `T+00:05`, `+45 min` (a sign alone
 * needs units or a clock: "+2 more alerts" is a count). Ends before a letter, a digit or `:digit`.
 */
const UNITS =
  '(?:\\d+\\s*(?:days?|d|hours?|hrs?|h|minutes?|mins?|m|seconds?|secs?|s)(?![\\p{L}])\\s*)+';
const CLOCK = '\\d{1,3}:\\d{2}(?::\\d{2})?';
const RELATIVE = new RegExp(
  `^(?:T\\s*([+\\-−])\\s*(0|${CLOCK}|${UNITS})|([+\\-−])(${UNITS}|${CLOCK}))(?![\\p{L}\\p{N}]|:\\d)`,
  'iu',
);
const UNIT_MS: Readonly<Record<string, number>> = { d: DAY, h: 3_600_000, m: 60_000, s: 1000 };

/** Offsets of the zone abbreviations incident timelines use, in minutes east of UTC. */
const ZONES: Readonly<Record<string, number>> = {
  Z: 0,
  UTC: 0,
  GMT: 0,
  WET: 0,
  BST: 60,
  CET: 60,
  CEST: 120,
  EET: 120,
  EEST: 180,
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
  JST: 540,
  AEST: 600,
  AEDT: 660,
};

/**
 * A subheading that names a clock (`UTC`, `Local time (PDT)`, `CET`, `UTC+2`) starts a timeline of its
 * own in that zone: teams give the timeline in UTC and again in local time.
 */
function clockOf(heading: string): { offset: number | undefined } | undefined {
  for (const word of heading.match(/(?:UTC|GMT)\s*[+-]\s*\d{1,2}(?::?\d{2})?|[A-Za-z]+/g) ?? []) {
    const zone = /^(?:UTC|GMT)\s*[+-]/.test(word) ? word.replace(/\s+/g, '') : word;
    const known = zone === word.toUpperCase() || zone !== word ? zoneOffset(zone) : undefined;
    if (known !== undefined) return { offset: known };
  }
  return /\blocal\b/i.test(heading) ? { offset: undefined } : undefined;
}

/** `T+1h30m` as milliseconds from the start (negative before it), and its label. */
function parseRelative(text: string): { value: number; label: string } | undefined {
  const m = RELATIVE.exec(text);
  if (!m) return undefined;
  const sign = (m[1] ?? m[3]) === '+' ? 1 : -1;
  const amount = (m[2] ?? m[4]!).trim().toLowerCase();
  let value = 0;
  if (amount.includes(':')) {
    const [h, min, s] = amount.split(':').map(Number);
    value = ((h! * 60 + min!) * 60 + (s ?? 0)) * 1000;
  } else {
    for (const [, n, unit] of amount.matchAll(/(\d+)\s*([a-z])[a-z]*/g))
      value += Number(n) * UNIT_MS[unit!]!;
  }
  return { value: sign * value, label: m[0].trim() };
}

interface Stamp {
  /** The entry's own date (UTC midnight, ms), if it gives one. */
  date: number | undefined;
  /** Milliseconds since local midnight. */
  time: number;
  /** Minutes east of UTC, if the entry names a zone. */
  offset: number | undefined;
  /** Milliseconds from the start of the incident, for `T+5m`: then date, time and offset are unused. */
  relative?: number;
  /** `a` or `p` for a time on a 12-hour clock, with the hour as written (12 AM is midnight). */
  meridiem?: { half: 'a' | 'p'; hour: number };
  label: string;
}

type Parsed = { ok: true; stamp: Stamp } | { ok: false; impossible: string } | undefined;

function utcDate(y: string, m: string, d: string): number {
  return Date.UTC(Number(y), Number(m) - 1, Number(d));
}

function zoneOffset(zone: string | undefined): number | undefined {
  if (zone === undefined) return undefined;
  const known = ZONES[zone];
  if (known !== undefined) return known;
  const m = /^(?:UTC|GMT)?\s*([+-])(\d{1,2}):?(\d{2})?$/.exec(zone);
  if (!m) return undefined; // a word that is not a zone ("14:05 API errors")
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
}

/** A date at the start of `text` (ISO, "Oct 14, 2026", "14 October"); a year left out is `year`'s. */
function parseDate(
  text: string,
  year: number,
): { value: number; length: number; needsTime?: boolean } | undefined {
  const iso = ISO_DATE.exec(text);
  if (iso)
    return { value: utcDate(iso[1]!, iso[2] ?? iso[4]!, iso[3] ?? iso[5]!), length: iso[0].length };
  const dotted = DOTTED_DATE.exec(text);
  if (dotted)
    return { value: utcDate(dotted[3]!, dotted[2]!, dotted[1]!), length: dotted[0].length };
  const slash = SLASH_DATE.exec(text);
  if (slash) {
    const [a, b] = [Number(slash[1]), Number(slash[2])];
    const [month, day] = a > 12 ? [b, a] : [a, b];
    if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
    return {
      value: utcDate(slash[3] ?? String(year), String(month), String(day)),
      length: slash[0].length,
      ...(slash[3] === undefined ? { needsTime: true } : {}),
    };
  }
  const md = MONTH_DAY.exec(text);
  const dm = md ? undefined : DAY_MONTH.exec(text);
  const m = md ?? dm;
  if (!m) return undefined;
  const [month, day] = md ? [md[1]!, md[2]!] : [dm![2]!, dm![1]!];
  const y = m[3] ?? String(year);
  const mo = MONTHS.indexOf(month.slice(0, 3).toLowerCase()) + 1;
  return { value: utcDate(y, String(mo), day), length: m[0].length };
}

function yearOf(date: number): number {
  return new Date(date).getUTCFullYear();
}

/** The date or date-time an entry starts with, read after a leading `~` (about). */
function parseStamp(text: string, year: number): Parsed | { dateOnly: number; label: string } {
  const start = ABOUT.exec(text)![0].length;
  const rest = text.slice(start);
  const relative = parseRelative(rest);
  if (relative) {
    const { value, label } = relative;
    return {
      ok: true,
      stamp: { date: undefined, time: 0, offset: undefined, relative: value, label },
    };
  }
  const found = parseDate(rest, year);
  let date = found;
  let at = 0;
  if (found) {
    const gap = DATE_TIME_GAP.exec(rest.slice(found.length));
    if (gap && TIME.test(rest.slice(found.length + gap[0].length)))
      at = found.length + gap[0].length;
    else if (found.needsTime) date = undefined;
    else return { dateOnly: found.value, label: rest.slice(0, found.length).trim() };
  }
  const m = TIME.exec(rest.slice(at));
  if (!m) return undefined;
  // `14.05` is how Europe writes a time, but `99.95% availability` and `2.30 million requests` are
  // numbers: a dotted time without a date, meridiem or zone counts only where a stamp ends.
  if (
    m[2] === '.' &&
    !date &&
    !m[5] &&
    !m[6] &&
    !DOTTED_TIME_END.test(rest.slice(at + m[0].length))
  )
    return undefined;
  let h = Number(m[1]);
  const [min, s] = [Number(m[3] ?? 0), Number(m[4] ?? 0)];
  const meridiem = m[5]?.toLowerCase();
  const zone = m[6];
  // A zone is part of the label (`14:47 CEST` may well be earlier than `14:30`); a word that only
  // looks like one (`14:05 API errors`) is not.
  const offset = zoneOffset(zone);
  const end =
    at + (zone === undefined || offset !== undefined ? m[0].length : m[0].lastIndexOf(zone));
  const label = rest.slice(0, end).trim();
  if (meridiem ? h < 1 || h > 12 : h > 23) return { ok: false, impossible: label };
  if (min > 59 || s > 59) return { ok: false, impossible: label };
  const hour = h;
  if (meridiem) h = (h % 12) + (meridiem === 'p' ? 12 : 0);
  return {
    ok: true,
    stamp: {
      date: date?.value,
      time: ((h * 60 + min) * 60 + s) * 1000,
      offset,
      ...(meridiem === 'a' || meridiem === 'p' ? { meridiem: { half: meridiem, hour } } : {}),
      label,
    },
  };
}

/**
 * A table whose header puts the time after other columns (`| Event | Time (UTC) |`): where its time
 * is, and a date column before it. Undefined when the time leads (or no header names it).
 */
interface TimeColumns {
  time: number;
  date: number | undefined;
}

function timeColumns(table: Table): TimeColumns | undefined {
  const header = table.children[0]?.children.map((c) => textOf(c)) ?? [];
  const time = header.findIndex((h) => /\b(?:time|when|timestamp)\b/i.test(h));
  if (time <= 0) return undefined;
  const date = header.findIndex((h, i) => i < time && /\bdate\b/i.test(h));
  if (date === 0 || (date < 0 && /^\s*#?\s*$/.test(header[0]!))) return undefined;
  return { time, date: date > 0 ? date : undefined };
}

/**
 * A row's leading cells as one text: a first cell that only numbers the row is skipped, and
 * `| 2026-10-14 | 14:05 | … |` reads as "2026-10-14 14:05".
 */
function leadingText(cells: readonly string[], row: boolean): string {
  if (!row) return cells[0] ?? '';
  const from = cells.length > 1 && /^#?\d{1,3}\.?$/.test(cells[0]!.trim()) ? 1 : 0;
  const first = cells[from] ?? '';
  const next = cells[from + 1];
  const date = first.trim();
  if (next !== undefined && parseDate(date, 2000)?.length === date.length) return `${date} ${next}`;
  return first;
}

/**
 * Days to move a time-only entry by. Far earlier than the entry before it, it is the next day. Far later
 * than an entry whose date was a guess, it may belong before that midnight: then it is out of order.
 */
function dayShift(value: number, last: number, rolledFrom: number | undefined): number {
  if (value < last - ROLLOVER) return Math.ceil((last - ROLLOVER - value) / DAY);
  const before = value - DAY;
  if (rolledFrom !== undefined && value - last > ROLLOVER && before >= rolledFrom) return -1;
  return 0;
}

export function checkTimeline(
  body: readonly RootContent[],
  title: string,
  index: number,
  at: Point,
): DocFinding[] {
  const out: DocFinding[] = [];
  let date = 0;
  let offset = 0;
  let last: { value: number; label: string; half?: 'a' | 'p' } | undefined;
  let lastRelative: { value: number; label: string } | undefined;
  let dayOne: number | undefined;
  // The entry before the timeline last crossed midnight by itself: the new date is only a guess.
  let rolledFrom: number | undefined;
  let entries = 0;
  let placeholders = 0;
  /** A date or `Day 2` on a line of its own is the date of the entries after it; whether it was one. */
  const dayLine = (line: string): boolean => {
    const text = line.replace(ABOUT, '');
    const day = DAY_N.exec(text);
    const found = parseDate(day ? text.slice(day[0].length) : text, yearOf(date));
    const d = found?.needsTime ? undefined : found;
    if (day) {
      // Day 1 is the date given, or the one in force; Day N is N - 1 days after it.
      const n = Number(day[1]) - 1;
      if (d || dayOne === undefined) dayOne = (d ? d.value : date) - n * DAY;
      date = dayOne + n * DAY;
    } else if (d) date = d.value;
    else return false;
    rolledFrom = undefined;
    return true;
  };

  const entry = (e: Entry, columns: TimeColumns | undefined): void => {
    entries++;
    const first = columns
      ? `${columns.date === undefined ? '' : `${e.cells[columns.date] ?? ''} `}${e.cells[columns.time] ?? ''}`
      : leadingText(e.cells, e.node.type === 'tableRow');
    const parsed = parseStamp(first, yearOf(date));
    if (parsed !== undefined && 'dateOnly' in parsed) {
      date = parsed.dateOnly;
      rolledFrom = undefined;
      last = last && last.value > date ? last : { value: date, label: parsed.label };
      return;
    }
    if (parsed === undefined) {
      out.push(
        docFinding(
          'timeline-order',
          `timeline entry does not start with a time (HH:MM or YYYY-MM-DD HH:MM): "${clip(first)}"`,
          e.at,
          index,
        ),
      );
      return;
    }
    if (!parsed.ok) {
      out.push(
        docFinding(
          'timeline-order',
          `timeline entry starts with an impossible time "${parsed.impossible}"`,
          e.at,
          index,
        ),
      );
      return;
    }
    const { stamp } = parsed;
    // Relative entries keep an order of their own: when T was on the clock is not written down.
    if (stamp.relative !== undefined) {
      if (lastRelative && stamp.relative < lastRelative.value) {
        out.push(
          docFinding(
            'timeline-order',
            `timeline entry ${stamp.label} is earlier than the entry before it (${lastRelative.label})`,
            e.at,
            index,
          ),
        );
      } else lastRelative = { value: stamp.relative, label: stamp.label };
      return;
    }
    if (stamp.date !== undefined) date = stamp.date;
    if (stamp.offset !== undefined) offset = stamp.offset;
    let value = date + stamp.time - offset * 60_000;
    let shift = 0;
    if (stamp.date === undefined && last) {
      shift = dayShift(value, last.value, rolledFrom);
      // On a 12-hour clock a morning after an evening is the next morning ("6:30 PM", "7:15 AM").
      if (shift === 0 && value < last.value && stamp.meridiem?.half === 'a' && last.half === 'p')
        shift = 1;
    }
    value += shift * DAY;
    if (last && value < last.value) {
      // "12:10 AM" meant as ten past noon is the usual slip of the 12-hour clock.
      const hint = stamp.meridiem?.half === 'a' && stamp.meridiem.hour === 12;
      out.push(
        docFinding(
          'timeline-order',
          `timeline entry ${stamp.label} is earlier than the entry before it (${last.label})${hint ? ': 12 AM is midnight, noon is 12 PM' : ''}`,
          e.at,
          index,
        ),
      );
      return;
    }
    if (stamp.date !== undefined) rolledFrom = undefined;
    else if (shift > 0) rolledFrom = last!.value;
    date += shift * DAY;
    last = { value, label: stamp.label, ...(stamp.meridiem ? { half: stamp.meridiem.half } : {}) };
  };

  const read = (list: readonly Entry[], columns: TimeColumns | undefined): void => {
    for (const e of list) {
      if (e.placeholder) {
        placeholders++;
        continue;
      }
      // A phase bullet ("**Detection**"), a date or a "Day 2" stands for the entries nested under it.
      const nested =
        e.node.type === 'listItem'
          ? e.node.children.slice(1).filter((c): c is List => c.type === 'list')
          : [];
      if (nested.length > 0) {
        const stamp = parseStamp(e.cells[0] ?? '', yearOf(date));
        if (stamp === undefined || 'dateOnly' in stamp) {
          dayLine(e.cells[0] ?? '');
          read(entriesOf(nested), undefined);
          continue;
        }
      }
      entry(e, columns);
    }
  };

  for (const block of body) {
    // A date on its own line (a subheading, a bold paragraph) is the date of the entries below it.
    if (block.type === 'heading' || block.type === 'paragraph') {
      const line = textOf(block);
      if (dayLine(line) || block.type !== 'heading') continue;
      // `### UTC`, then `### Local time (PDT)`: the same incident told again on another clock.
      const clock = clockOf(line);
      if (clock) {
        last = undefined;
        lastRelative = undefined;
        rolledFrom = undefined;
        if (clock.offset !== undefined) offset = clock.offset;
      }
      continue;
    }
    read(entriesOf([block]), block.type === 'table' ? timeColumns(block) : undefined);
  }
  // Only the template's example entries left: the placeholder finding says it already.
  if (entries === 0 && placeholders === 0) {
    return [
      docFinding(
        'timeline-order',
        `section "${title}" has no timeline entries: write each as a list item or a table row that starts with its time`,
        at,
        index,
      ),
    ];
  }
  return out;
}
