/**
 * The on-call model, as read from the repository's on-call file(s) (`oncall.files` in the config).
 * Every entity keeps where it was written, so checks (coverage gaps, double booking, references)
 * can point at the exact line.
 */

export interface SourcePos {
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
}

/** A time-of-day window in the schedule's zone during which a layer may page. */
export interface Restriction {
  /** Days the window starts on, 0 = Sunday … 6 = Saturday. */
  days: number[];
  /** Minutes after local midnight, 0–1439. */
  fromMinute: number;
  /** Minutes after local midnight, 1–1440; at or before `fromMinute` the window runs past midnight. */
  toMinute: number;
  at: SourcePos;
}

/** One rotation: members take turns, one shift each, starting at `start`. */
export interface Layer {
  /** The layer's name, or `layer N` (1-based) when the file gives none. */
  name: string;
  members: string[];
  /** Where each member is written, for findings about one person. */
  memberAt: SourcePos[];
  /** Local wall time of the first handoff (see tz.ts for the encoding). */
  startWall: number;
  /** Instant after which the layer pages nobody; undefined = open-ended. */
  endMs?: number;
  /** The end as a local wall time, when it was written without an offset (a DST change can skip or repeat it). */
  endLocal?: LocalEdge;
  /**
   * Shift length in wall-clock milliseconds: handoffs stay at the same local time across DST
   * changes, so the shift that spans a change is an hour shorter or longer in real time.
   */
  shiftMs: number;
  /** The shift as written (`1w`, `12h`), for messages. */
  shift: string;
  /** Empty: the layer pages around the clock. */
  restrictions: Restriction[];
  at: SourcePos;
}

/** A date-time written without an offset: local wall time of the schedule's zone, and where it is written. */
export interface LocalEdge {
  wall: number;
  at: SourcePos;
}

/** Someone takes over a schedule for a period, whatever the layers say. */
export interface Override {
  who: string;
  fromMs: number;
  /** Exclusive. */
  toMs: number;
  /** `from` and `to` where written as local times (see LocalEdge). */
  fromLocal?: LocalEdge;
  toLocal?: LocalEdge;
  reason?: string;
  at: SourcePos;
}

export interface Schedule {
  name: string;
  /** IANA zone: rotations and restrictions are local to it. */
  timeZone: string;
  /** Lowest first: a later layer wins wherever it has someone on. */
  layers: Layer[];
  /** A later override wins where two overlap. */
  overrides: Override[];
  /** Windows that must have someone on call; empty: around the clock (`coverage: 24/7`). */
  coverage: Restriction[];
  at: SourcePos;
}

export type NotifyTarget =
  | { kind: 'schedule'; schedule: string; at: SourcePos }
  /** A user, team or email, paged as written. */
  | { kind: 'person'; who: string; at: SourcePos };

export interface EscalationLevel {
  /** Minutes after the incident opens that this level is notified. */
  afterMinutes: number;
  notify: NotifyTarget[];
  at: SourcePos;
}

export interface EscalationPolicy {
  name: string;
  levels: EscalationLevel[];
  at: SourcePos;
}

export interface TeamPolicy {
  /** The team as written in the file. */
  team: string;
  policy: string;
  at: SourcePos;
}

/** Everything the on-call file(s) define, merged. Maps keep file order. */
export interface OnCallModel {
  files: string[];
  schedules: Map<string, Schedule>;
  policies: Map<string, EscalationPolicy>;
  /** Keyed by the normalised team (`@org/team`, lower case). */
  teams: Map<string, TeamPolicy>;
  /**
   * Schedules that policies left out for their own errors name (`all`: a policies section could not be
   * read): such a schedule may well be paged, so it is never called unused.
   */
  namedByInvalidPolicies: Set<string> | 'all';
}

/** Who a schedule has on at one instant, and why. */
export interface Assignment {
  person: string;
  source: { kind: 'override'; index: number } | { kind: 'layer'; index: number; name: string };
}
