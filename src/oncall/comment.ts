import { escapeMarkdownCell, markdownCode } from '../report/markdown.js';
import type { Shift } from './timeline.js';
import { humanInZone, isoInZone, wallClockOf, wallTimeKind } from './tz.js';

/** One schedule's row pairs: who was on before the change and who is after, over the same stretch. */
export interface ComparedShift {
  from: number;
  to: number;
  before: string | null;
  after: string | null;
}

/** Both timelines cut at each other's handoffs; neighbours with the same pair are joined. */
export function compareTimelines(
  before: readonly Shift[],
  after: readonly Shift[],
): ComparedShift[] {
  const cuts = [...new Set([...before, ...after].flatMap((s) => [s.from, s.to]))].sort(
    (a, b) => a - b,
  );
  const out: ComparedShift[] = [];
  let i = 0;
  let j = 0;
  for (let p = 0; p + 1 < cuts.length; p++) {
    const from = cuts[p]!;
    const to = cuts[p + 1]!;
    while (i < before.length && before[i]!.to <= from) i++;
    while (j < after.length && after[j]!.to <= from) j++;
    const b = before[i] && before[i]!.from <= from ? before[i]!.who : null;
    const a = after[j] && after[j]!.from <= from ? after[j]!.who : null;
    const last = out[out.length - 1];
    if (last && last.before === b && last.after === a) last.to = to;
    else out.push({ from, to, before: b, after: a });
  }
  return out;
}

export function timelinesDiffer(before: readonly Shift[], after: readonly Shift[]): boolean {
  return compareTimelines(before, after).some((r) => r.before !== r.after);
}

/** `Sun 7 Nov 01:30`; a local time the clocks show twice that night gets its offset: `01:30 (-04:00)`. */
function short(instant: number, zone: string): string {
  const text = humanInZone(instant, zone).replace(/ \d{4} /, ' ');
  if (wallTimeKind(wallClockOf(instant, zone), zone) !== 'repeated') return text;
  return `${text} (${isoInZone(instant, zone).slice(19)})`;
}
const person = (who: string | null): string => (who === null ? '_nobody_' : markdownCode(who));

/** The before/after table of one schedule: one row per stretch, changed rows marked. */
export function comparisonTable(rows: readonly ComparedShift[], zone: string): string {
  const lines = ['|  | From | To | Before | After |', '| --- | --- | --- | --- | --- |'];
  for (const r of rows) {
    const mark = r.before === r.after ? '' : '✏️ **changed**';
    lines.push(
      `| ${mark} | ${short(r.from, zone)} | ${short(r.to, zone)} | ${person(r.before)} | ${person(r.after)} |`,
    );
  }
  return lines.join('\n');
}

/**
 * Names are repository text inside a fenced block: only letters, digits and plain punctuation survive, so
 * nothing can read as Mermaid syntax (`:` `;` `#` `%`) or close the fence (backticks).
 */
function mermaidText(text: string): string {
  return (
    text
      .replace(/[^\p{L}\p{N}@._\-/+()' ]/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim() || '?'
  );
}

function mermaidTime(instant: number, zone: string): string {
  return new Date(wallClockOf(instant, zone)).toISOString().slice(0, 16).replace('T', ' ');
}

const NOBODY = 'nobody on call';

/**
 * A Mermaid `gantt` chart of a timeline, one section per person, gaps as critical tasks. Times are local wall
 * times of the schedule's zone (Mermaid has no zones), so the chart reads like the schedule's clock.
 */
export function ganttChart(title: string, timeline: readonly Shift[], zone: string): string {
  const sections = new Map<string, string[]>();
  timeline.forEach((s, i) => {
    const name = s.who === null ? NOBODY : mermaidText(s.who);
    const from = mermaidTime(s.from, zone);
    let to = mermaidTime(s.to, zone);
    // Clocks going back can put a short shift's local end before its start.
    if (to <= from) to = mermaidTime(s.from + 60_000, zone);
    const task = `    ${name}:${s.who === null ? 'crit, ' : ''}s${i}, ${from}, ${to}`;
    sections.set(name, [...(sections.get(name) ?? []), task]);
  });
  const lines = [
    'gantt',
    `    title ${mermaidText(title)}`,
    '    dateFormat YYYY-MM-DD HH:mm',
    '    axisFormat %a %d %b',
  ];
  for (const [name, tasks] of sections) lines.push(`    section ${name}`, ...tasks);
  return lines.join('\n');
}

export interface ScheduleChange {
  name: string;
  zone: string;
  /** Undefined: the schedule is new (or the base could not be read). */
  before: Shift[] | undefined;
  /** The base defines the schedule but left it out for its errors: not new, its before unknown. */
  beforeHadErrors?: boolean;
  /** Undefined: the change removes the schedule. */
  after: Shift[] | undefined;
}

export const COMPARE_DAYS = 14;

/**
 * What the section may take of the sticky comment (GitHub refuses one over 65,536 characters, and the other
 * modules of the same pull request need room too): about a quarter.
 */
export const SECTION_MAX_CHARS = 16_000;

/** One schedule's part: heading, table and chart; only the table's first rows when `maxChars` is short. */
function scheduleSection(c: ScheduleChange, baseKnown: boolean, maxChars: number): string {
  const heading = `#### ${markdownCode(c.name)} (${escapeMarkdownCell(c.zone)})`;
  if (c.after === undefined) return `${heading}\n\nThis change removes the schedule.`;
  const what = !baseKnown
    ? 'Who is on call after this change (its version before could not be read)'
    : c.beforeHadErrors
      ? 'Who is on call after this change (its version before had errors)'
      : c.before === undefined
        ? 'New schedule: who is on call'
        : 'Who is on call before vs after this change';
  const intro = `${heading}\n\n${what} in the next ${COMPARE_DAYS} days (${escapeMarkdownCell(c.zone)} time):\n\n`;
  const table = comparisonTable(compareTimelines(c.before ?? [], c.after), c.zone);
  const chart = [
    '```mermaid',
    ganttChart(`${c.name} after this change (${c.zone})`, c.after, c.zone),
    '```',
  ].join('\n');
  const whole = `${intro}${table}\n\n${chart}`;
  if (whole.length <= maxChars) return whole;
  // Too long for the room left: the first rows of the table, and where to read the rest.
  const rows = table.split('\n');
  const more = (n: number): string =>
    `\n\n_… and ${n} more rows: ${markdownCode(`ops-steward oncall timeline --schedule ${c.name}`)} lists every shift._`;
  // The most rows that fit (the header's two at least), from the rows' running lengths: one pass, since a
  // long schedule's table has thousands of rows and joining them again for each candidate was quadratic.
  const upTo = [0];
  for (const row of rows) upTo.push(upTo[upTo.length - 1]! + row.length + 1);
  let kept = rows.length - 1;
  while (kept > 2 && intro.length + upTo[kept]! - 1 + more(rows.length - kept).length > maxChars) {
    kept--;
  }
  return intro + rows.slice(0, kept).join('\n') + more(rows.length - kept);
}

/** The comment section for the changed schedules of one pull request, within SECTION_MAX_CHARS. */
export function changeSectionMarkdown(
  changes: readonly ScheduleChange[],
  baseKnown = true,
  maxChars = SECTION_MAX_CHARS,
): string {
  if (changes.length === 0) {
    return `This change does not change who is on call in the next ${COMPARE_DAYS} days.`;
  }
  const parts: string[] = [];
  let used = 0;
  let shown = 0;
  // Room for the line naming the schedules left out, should any be.
  const reserve = Math.min(maxChars / 4, 120 + changes.reduce((n, c) => n + c.name.length + 4, 0));
  for (const c of changes) {
    const room = maxChars - used - (shown + 1 < changes.length ? reserve : 0);
    const part = scheduleSection(c, baseKnown, shown === 0 ? room : Infinity);
    if (part.length > room && shown > 0) break;
    parts.push(part);
    used += part.length + 2;
    shown++;
  }
  const rest = changes.slice(shown);
  if (rest.length > 0) {
    const names: string[] = [];
    let length = 0;
    for (const c of rest) {
      const name = markdownCode(c.name);
      if (length + name.length > reserve - 120) break;
      names.push(name);
      length += name.length + 2;
    }
    const others = rest.length - names.length;
    if (others > 0) names.push(`${others} other${others === 1 ? '' : 's'}`);
    parts.push(
      `${rest.length} more ${rest.length === 1 ? 'schedule changes' : 'schedules change'} in the next ${COMPARE_DAYS} days: ` +
        `${names.join(', ')} (\`ops-steward oncall timeline --schedule NAME\` shows each).`,
    );
  }
  return parts.join('\n\n');
}
