import type { RootContent } from 'mdast';
import { docFinding } from './doc-finding.js';
import type { DocFinding } from './doc-finding.js';
import { entriesOf } from './entries.js';
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

const STAMP =
  /^\s*[~≈]?\s*(?:(\d{4})-(\d{2})-(\d{2})(?:[ T]+|\s*,\s*))?(\d{1,2}):(\d{2})(?::(\d{2}))?(?!\d)(?:\s*([AaPp])\.?[Mm]\.?(?![\p{L}\p{N}]))?(?:\s*(Z|[+-]\d{2}:?\d{2}|(?:UTC|GMT)\s*[+-]\d{1,2}(?::?\d{2})?|[A-Z]{1,5})(?![\p{L}\p{N}]))?/u;
const DATE_ONLY = /^\s*(\d{4})-(\d{2})-(\d{2})(?!\d)/;

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

interface Stamp {
  /** The entry's own date (UTC midnight, ms), if it gives one. */
  date: number | undefined;
  /** Milliseconds since local midnight. */
  time: number;
  /** Minutes east of UTC, if the entry names a zone. */
  offset: number | undefined;
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

function parseStamp(text: string): Parsed {
  const m = STAMP.exec(text);
  if (!m) return undefined;
  let h = Number(m[4]);
  const [min, s] = [Number(m[5]), Number(m[6] ?? 0)];
  const meridiem = m[7]?.toLowerCase();
  const label = text
    .slice(0, m[8] === undefined ? m[0].length : m[0].lastIndexOf(m[8]))
    .replace(/^\s*[~≈]\s*/, '')
    .trim();
  if (meridiem ? h < 1 || h > 12 : h > 23) return { ok: false, impossible: label };
  if (min > 59 || s > 59) return { ok: false, impossible: label };
  if (meridiem) h = (h % 12) + (meridiem === 'p' ? 12 : 0);
  return {
    ok: true,
    stamp: {
      date: m[1] ? utcDate(m[1], m[2]!, m[3]!) : undefined,
      time: ((h * 60 + min) * 60 + s) * 1000,
      offset: zoneOffset(m[8]),
      label,
    },
  };
}

/** A row's leading cells as one text: `| 2026-10-14 | 14:05 | … |` reads as "2026-10-14 14:05". */
function leadingText(cells: readonly string[], row: boolean): string {
  const first = cells[0] ?? '';
  if (row && cells.length > 1 && /^\s*\d{4}-\d{2}-\d{2}\s*$/.test(first))
    return `${first.trim()} ${cells[1]}`;
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
  let last: { value: number; label: string } | undefined;
  // The entry before the timeline last crossed midnight by itself: the new date is only a guess.
  let rolledFrom: number | undefined;
  let entries = 0;
  let placeholders = 0;
  for (const block of body) {
    // A date on its own line (a subheading, a bold paragraph) is the date of the entries below it.
    if (block.type === 'heading' || block.type === 'paragraph') {
      const d = DATE_ONLY.exec(textOf(block));
      if (d) {
        date = utcDate(d[1]!, d[2]!, d[3]!);
        rolledFrom = undefined;
      }
      continue;
    }
    for (const e of entriesOf([block])) {
      if (e.placeholder) {
        placeholders++;
        continue;
      }
      entries++;
      const first = leadingText(e.cells, e.node.type === 'tableRow');
      const parsed = parseStamp(first);
      if (parsed === undefined) {
        const d = DATE_ONLY.exec(first);
        if (d) {
          date = utcDate(d[1]!, d[2]!, d[3]!);
          rolledFrom = undefined;
          last = last && last.value > date ? last : { value: date, label: d[0].trim() };
          continue;
        }
        out.push(
          docFinding(
            'timeline-order',
            `timeline entry does not start with a time (HH:MM or YYYY-MM-DD HH:MM): "${clip(first)}"`,
            e.at,
            index,
          ),
        );
        continue;
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
        continue;
      }
      const { stamp } = parsed;
      if (stamp.date !== undefined) date = stamp.date;
      if (stamp.offset !== undefined) offset = stamp.offset;
      let value = date + stamp.time - offset * 60_000;
      let shift = 0;
      if (stamp.date === undefined && last) shift = dayShift(value, last.value, rolledFrom);
      value += shift * DAY;
      if (last && value < last.value) {
        out.push(
          docFinding(
            'timeline-order',
            `timeline entry ${stamp.label} is earlier than the entry before it (${last.label})`,
            e.at,
            index,
          ),
        );
        continue;
      }
      if (stamp.date !== undefined) rolledFrom = undefined;
      else if (shift > 0) rolledFrom = last!.value;
      date += shift * DAY;
      last = { value, label: stamp.label };
    }
  }
  // Only the template's example entries left: the placeholder finding says it already.
  if (entries === 0 && placeholders === 0) {
    return [docFinding('timeline-order', `section "${title}" has no timeline entries`, at, index)];
  }
  return out;
}
