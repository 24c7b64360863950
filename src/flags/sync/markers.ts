import type { FlagSyncState } from '../config.js';

/**
 * The hidden markers that make a flag issue recognisable and carry the sweep's memory. All state lives
 * in the issue itself, so every run is stateless and any run can pick up where another one stopped.
 *
 *   <!-- ops-steward:flag=new-checkout -->      identifies the issue (also what the search looks for)
 *   …the bot's section…
 *   <!-- ops-steward:meta {"state":…} -->       what was last announced, escalations, reopenings
 *   <!-- ops-steward:end -->                    people may write below this line; it is kept
 *
 * Comments the bot posts carry `<!-- ops-steward:event=ID flag=KEY -->` so a retried run can tell that
 * a comment was already posted before the issue's meta was updated.
 */

export const MARKER_PREFIX = 'ops-steward:flag=';
export const END_MARKER = '<!-- ops-steward:end -->';
const META_PREFIX = '<!-- ops-steward:meta ';
const FLAG_MARKER = /<!-- ops-steward:flag=(\S+) -->/;
const META = /<!-- ops-steward:meta (\{.*?\}) -->/;
const EVENT = /<!-- ops-steward:event=(\S+) flag=(\S+) -->/g;

/** Why the bot closed an issue. A closed issue without one was closed by a person. */
export type CloseReason = 'gone' | 'renewed' | 'resolved' | 'duplicate';

/** The sweep's memory about one issue. */
export interface IssueMeta {
  /** The state the issue last announced. */
  state: FlagSyncState;
  /** The flag's `expires` when that state was announced (renewals change it). */
  expires: string | null;
  /** Who the bot assigned (people may add others; those are kept). */
  assignees: string[];
  /** Day (`YYYY-MM-DD`) the current state was announced: the escalation clock starts here at the earliest. */
  noticeOn: string;
  /** The `expires` date an escalation was posted for: one escalation per expiry. */
  escalatedFor?: string;
  /** Last day the bot reopened an issue a person had closed. */
  reopenedOn?: string;
  /** Set when the bot closed the issue. */
  closed?: CloseReason;
}

/**
 * Keys are written into HTML comments and search phrases: anything beyond a plain name is
 * percent-encoded, so a key can never end the comment (`-->`) or split the search phrase.
 */
export function encodeMarkerKey(key: string): string {
  return /^[A-Za-z0-9._:/-]+$/.test(key) && !key.includes('--')
    ? key
    : encodeURIComponent(key).replace(/-/g, '%2D');
}

export function decodeMarkerKey(raw: string): string | undefined {
  try {
    return decodeURIComponent(raw);
  } catch {
    return undefined;
  }
}

export function flagMarker(key: string): string {
  return `<!-- ${MARKER_PREFIX}${encodeMarkerKey(key)} -->`;
}

/** The phrase a marker search looks for (inside the HTML comment). */
export function markerSearchPhrase(key: string): string {
  return `${MARKER_PREFIX}${encodeMarkerKey(key)}`;
}

export function metaMarker(meta: IssueMeta): string {
  // `--` can only occur inside JSON strings, where `\u002d` is an equivalent escape: the comment stays closed.
  const json = JSON.stringify(meta).replace(/-(?=-)/g, '\\u002d');
  return `${META_PREFIX}${json} -->`;
}

export function eventMarker(id: string, key: string): string {
  return `<!-- ops-steward:event=${encodeMarkerKey(id)} flag=${encodeMarkerKey(key)} -->`;
}

/** The body split around the bot's section. `section` runs from the flag marker through the end marker. */
export interface BodyParts {
  key: string;
  before: string;
  section: string;
  after: string;
  meta: IssueMeta | undefined;
}

/** Undefined when the body has no flag marker (not a flag issue, or a person removed the marker). */
export function splitBody(body: string | null | undefined): BodyParts | undefined {
  if (!body) return undefined;
  const m = FLAG_MARKER.exec(body);
  if (!m || m[1] === undefined) return undefined;
  const key = decodeMarkerKey(m[1]);
  if (key === undefined) return undefined;
  const start = m.index;
  const endAt = body.indexOf(END_MARKER, start);
  // Without the end marker nobody can have written "below" it: the whole rest is the bot's.
  const stop = endAt < 0 ? body.length : endAt + END_MARKER.length;
  const section = body.slice(start, stop);
  return {
    key,
    before: body.slice(0, start),
    section,
    after: body.slice(stop),
    meta: parseMeta(section),
  };
}

export function joinBody(parts: Pick<BodyParts, 'before' | 'after'>, section: string): string {
  return `${parts.before}${section}${parts.after}`;
}

function parseMeta(section: string): IssueMeta | undefined {
  const m = META.exec(section);
  if (!m || m[1] === undefined) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(m[1]);
  } catch {
    return undefined;
  }
  if (typeof raw !== 'object' || raw === null) return undefined;
  const r = raw as Record<string, unknown>;
  const state = r.state;
  if (state !== 'expiring' && state !== 'expired' && state !== 'orphaned' && state !== 'undeclared')
    return undefined;
  const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
  const closed = r.closed;
  const meta: IssueMeta = {
    state,
    expires: str(r.expires) ?? null,
    assignees: Array.isArray(r.assignees)
      ? r.assignees.filter((a): a is string => typeof a === 'string')
      : [],
    noticeOn: str(r.noticeOn) ?? '1970-01-01',
  };
  const escalatedFor = str(r.escalatedFor);
  if (escalatedFor !== undefined) meta.escalatedFor = escalatedFor;
  const reopenedOn = str(r.reopenedOn);
  if (reopenedOn !== undefined) meta.reopenedOn = reopenedOn;
  if (closed === 'gone' || closed === 'renewed' || closed === 'resolved' || closed === 'duplicate')
    meta.closed = closed;
  return meta;
}

/** Event ids of the bot comments in `body`, in order. */
export function eventIds(body: string | null | undefined): string[] {
  if (!body) return [];
  return [...body.matchAll(EVENT)].map((m) => decodeMarkerKey(m[1] ?? '') ?? '');
}

/**
 * Permalinks name the scanned commit, which changes on every push. Comparing sections with the SHA
 * blanked keeps a sweep from rewriting every issue after each commit when nothing it says has changed.
 */
export function comparableSection(section: string): string {
  return section
    .replace(/\/blob\/[0-9a-f]{7,40}\//gi, '/blob/SHA/')
    .replace(/\r\n/g, '\n')
    .trim();
}
