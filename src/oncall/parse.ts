import { Ajv } from 'ajv';
import type { AnySchemaObject } from 'ajv';
import { closest, distance } from 'fastest-levenshtein';
import { isMap } from 'yaml';
import schemaJson from '../../schemas/oncall.schema.json' with { type: 'json' };
import { ownerKey } from '../codeowners/owners.js';
import { sortFindings } from '../findings.js';
import type { Finding } from '../findings.js';
import { validateWithSchema } from '../schema/validate.js';
import * as precompiled from '../schema/oncall-validator.generated.js';
import { schemaHash } from '../schema/standalone.js';
import { formatPath, locate, parseYamlSource } from '../yaml/source.js';
import type { YamlPath, YamlSource } from '../yaml/source.js';
import { foreignExport } from './foreign.js';
import { DAY_MS, isValidTimeZone, parseDateTime, toInstant, toWall } from './tz.js';
import type { DateTimeValue } from './tz.js';
import type {
  EscalationLevel,
  EscalationPolicy,
  Layer,
  LocalEdge,
  NotifyTarget,
  OnCallModel,
  Override,
  Restriction,
  Schedule,
  SourcePos,
} from './types.js';

const schema = schemaJson as AnySchemaObject;

/** One file's contribution, before files are merged and references checked. */
export interface ParsedOnCallFile {
  model: OnCallModel;
  findings: Finding[];
  /**
   * Names defined but left out because of errors: references to them are not reported again as
   * unknown (their own error says it). `all` when the whole section could not be read.
   */
  skipped: { schedules: Set<string> | 'all'; policies: Set<string> | 'all' };
}

export interface ParsedOnCall {
  model: OnCallModel;
  /** Sorted. Errors leave the entries they concern out of the model; the rest still resolves. */
  findings: Finding[];
}

/** Parses one on-call file and checks its references: the usual entry point for a single file. */
export function parseOnCall(text: string, path: string): ParsedOnCall {
  return mergeOnCallFiles([parseOnCallFile(text, path)]);
}

interface RawFile {
  timezone?: string;
  schedules?: Record<string, RawSchedule>;
  policies?: Record<string, RawPolicy>;
  teams?: Record<string, string>;
}
interface RawSchedule {
  timezone?: string;
  layers: RawLayer[];
  overrides?: RawOverride[];
  coverage?: '24/7' | RawWindow[];
}
interface RawWindow {
  days?: string[];
  from: string;
  to: string;
}
interface RawLayer {
  name?: string;
  start: string;
  end?: string;
  shift: string;
  members: string[];
  restrictions?: RawWindow[];
}
interface RawOverride {
  who: string;
  from: string;
  to: string;
  reason?: string;
}
interface RawPolicy {
  levels: { after?: string; notify: (string | { schedule: string })[] }[];
}

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const SHIFT = /^([1-9]\d*)([hdw])$/;
const SHIFT_UNIT_MS: Record<string, number> = { h: 3_600_000, d: DAY_MS, w: 7 * DAY_MS };
const AFTER = /^(\d+)([mh])$/;
const TIME_OF_DAY = /^(\d{2}):(\d{2})$/;
const DATE_TIME_HINT = 'a date-time such as 2026-11-02T09:00 (local) or 2026-11-02T08:00:00Z';

function emptyModel(path: string): OnCallModel {
  return {
    files: [path],
    schedules: new Map(),
    policies: new Map(),
    teams: new Map(),
    namedByInvalidPolicies: new Set(),
  };
}

/**
 * Parses and validates one on-call file. Every problem is a Finding at its line and column; an
 * entry (schedule, policy, team) with an error is left out, the others are kept.
 */
export function parseOnCallFile(text: string, path: string): ParsedOnCallFile {
  const model = emptyModel(path);
  // A calendar feed is no YAML: its property lines would read as a cascade of YAML errors.
  if (/^\uFEFF?\s*BEGIN:VCALENDAR/i.test(text)) {
    return {
      model: { ...model, namedByInvalidPolicies: 'all' },
      findings: [
        {
          ruleId: 'oncall/invalid',
          severity: 'error',
          message: `${path} is an iCalendar file (BEGIN:VCALENDAR), not an on-call file: write its rotation as layers in YAML (schemas/oncall.schema.json), or take it out of oncall.files`,
          file: path,
          line: 1,
          column: 1,
        },
      ],
      skipped: { schedules: 'all', policies: 'all' },
    };
  }
  const parsed = parseYamlSource(text, path, 'oncall/yaml', { merge: true });
  const findings: Finding[] = [...parsed.errors, ...parsed.warnings];
  const unusable: ParsedOnCallFile = {
    model: { ...model, namedByInvalidPolicies: 'all' },
    findings,
    skipped: { schedules: 'all', policies: 'all' },
  };
  if (parsed.errors.length > 0) return unusable;
  const source = parsed.source;
  const data: unknown = source.doc.toJS();
  if (data === null || data === undefined) {
    return { model, findings, skipped: { schedules: new Set(), policies: new Set() } };
  }
  if (!isMap(source.doc.contents)) {
    findings.push({
      ruleId: 'oncall/invalid',
      severity: 'error',
      message: 'the on-call file must be a mapping with schedules, policies and teams',
      file: path,
      line: 1,
      column: 1,
    });
    return unusable;
  }

  const foreign = foreignExport(data);
  if (foreign) {
    const a = foreign.tool === 'Opsgenie' ? 'an' : 'a';
    findings.push({
      ruleId: 'oncall/invalid',
      severity: 'error',
      message:
        foreign.kind === 'listing'
          ? `${path} is ${a} ${foreign.tool} schedule listing (${foreign.api}), not an on-call file: export each schedule (${foreign.api}/{id}), ` +
            `convert it with \`ops-steward oncall import ${foreign.command} FILE\` and name the YAML it prints in oncall.files`
          : `${path} is ${a} ${foreign.tool} schedule export (${foreign.api}), not an on-call file: ` +
            `convert it with \`ops-steward oncall import ${foreign.command} ${path}\` and name the YAML it prints in oncall.files`,
      ...new Reader(source, findings).pos(foreign.at, foreign.at.length > 0),
    });
    return unusable;
  }
  const problems = validateWithSchema(schema, data, source, 'oncall');
  findings.push(...problems.errors, ...problems.unknownKeys);
  // Dropped from the data, not the document: a key a merge (`<<: *anchor`) brings in is not in its map.
  const raw = withoutPaths(data, problems.unknownPaths) as RawFile;

  // An entry that breaks the schema (already reported above) is left out whole: half a schedule
  // would page the wrong person. A section of the wrong type leaves out the section.
  const badSection = new Set<string>();
  const entries = <T>(section: 'schedules' | 'policies' | 'teams'): [string, T][] => {
    const value: unknown = raw[section];
    if (value === undefined) return [];
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      badSection.add(section);
      return [];
    }
    return Object.entries(value as Record<string, T>);
  };
  const schedules = entries<RawSchedule>('schedules');
  const policies = entries<RawPolicy>('policies');
  const teams = entries<string>('teams');

  const r = new Reader(source, findings);
  // null: given but invalid (reported once here, not again for every schedule relying on it).
  const fileZone =
    raw.timezone === undefined ? undefined : (r.timeZone(raw.timezone, ['timezone']) ?? null);
  const skippedSchedules = new Set<string>();
  const skippedPolicies = new Set<string>();

  for (const [name, s] of schedules) {
    const fits = conforms('schedule', s);
    const schedule = fits ? r.schedule(name, s, fileZone) : undefined;
    // Its schema errors are reported above; its values are judged too, so every mistake shows in one run.
    if (!fits) r.scheduleValues(name, s);
    if (schedule) model.schedules.set(name, schedule);
    else skippedSchedules.add(name);
  }
  for (const [name, p] of policies) {
    const fits = conforms('policy', p);
    const policy = fits ? r.policy(name, p) : undefined;
    if (!fits) r.policyValues(name, p);
    if (policy) model.policies.set(name, policy);
    else {
      skippedPolicies.add(name);
      for (const schedule of scheduleNames(p)) namedBy(model, schedule);
    }
  }
  if (badSection.has('policies')) model.namedByInvalidPolicies = 'all';
  for (const [team, policy] of teams) {
    if (typeof policy !== 'string' || policy === '') continue;
    const key = teamKey(team);
    const first = model.teams.get(key);
    if (first) {
      r.error(
        ['teams', team],
        `team ${team} is mapped twice (also as ${first.team} at line ${first.at.line}); this one is ignored`,
        'oncall/duplicate',
        true,
      );
      continue;
    }
    model.teams.set(key, { team, policy, at: r.pos(['teams', team]) });
  }
  return {
    model,
    findings,
    skipped: {
      schedules: badSection.has('schedules') ? 'all' : skippedSchedules,
      policies: badSection.has('policies') ? 'all' : skippedPolicies,
    },
  };
}

/** A copy of `data` without the values at `paths` (the unknown keys, reported already). */
function withoutPaths(data: unknown, paths: readonly YamlPath[]): unknown {
  const copy: unknown = structuredClone(data);
  for (const path of paths) {
    const parent: unknown = path
      .slice(0, -1)
      .reduce<unknown>(
        (v, seg) =>
          typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[seg] : undefined,
        copy,
      );
    if (typeof parent === 'object' && parent !== null && !Array.isArray(parent)) {
      delete (parent as Record<string, unknown>)[String(path[path.length - 1])];
    }
  }
  return copy;
}

/** The schedules a policy that breaks the schema still names, read as leniently as its shape allows. */
function scheduleNames(raw: unknown): string[] {
  const levels: unknown = (raw as { levels?: unknown } | null)?.levels;
  if (!Array.isArray(levels)) return [];
  return levels.flatMap((level: unknown) => {
    const notify: unknown = (level as { notify?: unknown } | null)?.notify;
    if (!Array.isArray(notify)) return [];
    return notify.flatMap((t: unknown) => {
      const schedule: unknown = (t as { schedule?: unknown } | null)?.schedule;
      return typeof schedule === 'string' ? [schedule] : [];
    });
  });
}

function namedBy(model: OnCallModel, schedule: string): void {
  if (model.namedByInvalidPolicies !== 'all') model.namedByInvalidPolicies.add(schedule);
}

/** Team keys compare as owners do: case-insensitive, `@` optional. */
export function teamKey(team: string): string {
  return ownerKey(team.startsWith('@') ? team : `@${team}`);
}

/**
 * Merges files in order (a name defined twice is an error at the second) and checks references:
 * a policy level naming an unknown schedule, a team naming an unknown policy.
 */
export function mergeOnCallFiles(files: readonly ParsedOnCallFile[]): ParsedOnCall {
  const model: OnCallModel = {
    files: files.flatMap((f) => f.model.files),
    schedules: new Map(),
    policies: new Map(),
    teams: new Map(),
    namedByInvalidPolicies: new Set(),
  };
  for (const f of files) {
    const named = f.model.namedByInvalidPolicies;
    if (named === 'all') model.namedByInvalidPolicies = 'all';
    else for (const schedule of named) namedBy(model, schedule);
  }
  const findings = files.flatMap((f) => f.findings);
  const duplicate = (what: string, name: string, at: SourcePos, first: SourcePos): void => {
    findings.push({
      ruleId: 'oncall/duplicate',
      severity: 'error',
      message: `${what} "${name}" is already defined at ${first.file}:${first.line}; this one is ignored`,
      ...at,
    });
  };
  for (const f of files) {
    for (const [name, s] of f.model.schedules) {
      const first = model.schedules.get(name);
      if (first) duplicate('schedule', name, s.at, first.at);
      else model.schedules.set(name, s);
    }
    for (const [name, p] of f.model.policies) {
      const first = model.policies.get(name);
      if (first) duplicate('escalation policy', name, p.at, first.at);
      else model.policies.set(name, p);
    }
    for (const [key, t] of f.model.teams) {
      const first = model.teams.get(key);
      if (first) duplicate('team mapping for', t.team, t.at, first.at);
      else model.teams.set(key, t);
    }
  }

  const skipped = (kind: 'schedules' | 'policies', name: string): boolean =>
    files.some((f) => {
      const s = f.skipped[kind];
      return s === 'all' || s.has(name);
    });
  const scheduleNames = [...model.schedules.keys()];
  for (const policy of model.policies.values()) {
    policy.levels.forEach((level, i) => {
      for (const target of level.notify) {
        if (target.kind !== 'schedule' || model.schedules.has(target.schedule)) continue;
        if (skipped('schedules', target.schedule)) continue;
        findings.push({
          ruleId: 'oncall/unknown-schedule',
          severity: 'error',
          message:
            `level ${i + 1} of policy "${policy.name}" notifies schedule "${target.schedule}", ` +
            `which no on-call file defines${didYouMean(target.schedule, scheduleNames)}`,
          ...target.at,
        });
      }
    });
  }
  const policyNames = [...model.policies.keys()];
  for (const t of model.teams.values()) {
    if (model.policies.has(t.policy) || skipped('policies', t.policy)) continue;
    findings.push({
      ruleId: 'oncall/unknown-policy',
      severity: 'error',
      message: `team ${t.team} is mapped to policy "${t.policy}", which no on-call file defines${didYouMean(t.policy, policyNames)}`,
      ...t.at,
    });
  }
  return { model, findings: sortFindings(findings) };
}

/** `; did you mean "x"?` for a close known name, else nothing. */
export function didYouMean(name: string, known: readonly string[]): string {
  if (known.length === 0) return '';
  const best = closest(name, [...known]);
  return distance(name, best) <= Math.max(2, Math.floor(name.length / 3))
    ? `; did you mean "${best}"?`
    : '';
}

/**
 * IANA names without a `/` (its own, and the country names of its `backward` file, such as Japan or NZ): the
 * rest (`BST`, `IST`, `PST`, `JST`…) are ICU's own abbreviations, which it maps to one place each — BST to
 * Bangladesh, IST to India — whatever the team writing them meant.
 */
const PLAIN_IANA = new Set(
  [
    'UTC UCT GMT GMT0 GMT+0 GMT-0 GREENWICH UNIVERSAL ZULU EST5EDT CST6CDT MST7MDT PST8PDT CET MET EET WET HST',
    'CUBA EGYPT EIRE GB GB-EIRE HONGKONG ICELAND IRAN ISRAEL JAMAICA JAPAN KWAJALEIN LIBYA NAVAJO NZ NZ-CHAT',
    'POLAND PORTUGAL PRC ROC ROK SINGAPORE TURKEY W-SU',
  ]
    .join(' ')
    .split(' '),
);

function isAbbreviation(zone: string): boolean {
  return !zone.includes('/') && !PLAIN_IANA.has(zone.toUpperCase());
}

/** IANA zones that read like a region's time but never change their clocks. */
const FIXED_ZONES: Record<string, string> = {
  EST: 'UTC-05:00 all year, with no daylight saving time: write America/New_York for the US East Coast, or Etc/GMT+5 if a fixed offset is meant',
  MST: 'UTC-07:00 all year, with no daylight saving time: write America/Denver for the US Mountain time that changes its clocks, America/Phoenix for Arizona, or Etc/GMT+7 if a fixed offset is meant',
};

/** `UTC+1`, `GMT-05:00`, `+10:00`, `-0530`: an offset, which IANA writes only for whole hours, as Etc/GMT∓N. */
const OFFSET_ZONE = /^(?:UTC|GMT|Z)?\s*([+-])(\d{1,2})(?::?(\d{2}))?$/i;

/** What to write instead of an unknown zone: the Etc/GMT name of an offset, else an IANA name. */
function zoneHint(value: string): string {
  const m = OFFSET_ZONE.exec(value.trim());
  const hours = Number(m?.[2]);
  const minutes = Number(m?.[3] ?? 0);
  const city = "a city's zone such as Europe/Berlin also follows its daylight saving time";
  if (m && hours <= 14 && minutes < 60) {
    const offset = `${m[1]}${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
    if (minutes === 0 && hours > 0) {
      const etc = `Etc/GMT${m[1] === '+' ? '-' : '+'}${hours}`;
      return `a fixed offset of ${offset} is ${etc} (its sign is inverted), but ${city}`;
    }
    if (hours === 0 && minutes === 0) return 'a fixed offset of +00:00 is UTC';
    return `IANA names fixed offsets in whole hours only: use the zone of a city at ${offset} (such as Asia/Kolkata or America/St_Johns)`;
  }
  return 'use an IANA name such as Europe/Berlin or America/New_York';
}

let validators: Ajv | undefined;
/** Whether the build's validators were made from this very schema: hashed once a run, not once a schedule. */
let precompiledFits: boolean | undefined;

/** Whether a value fits one of the schema's definitions (its errors are reported by the whole-file pass). */
function conforms(definition: 'schedule' | 'policy', value: unknown): boolean {
  // Generated by the build from this very schema (compiling it here costs ~70 ms a run).
  precompiledFits ??= schemaHash(schema) === precompiled.schemaHash;
  if (precompiledFits) return precompiled[definition](value) === true;
  if (!validators) {
    validators = new Ajv({ strict: false });
    validators.addSchema(schema);
  }
  const validate = validators.getSchema(`${schema.$id as string}#/definitions/${definition}`);
  if (!validate) throw new Error(`schemas/oncall.schema.json has no definitions/${definition}`);
  return validate(value) === true;
}

/** Reads schema-conforming entries into the model, checking what a schema cannot say. */
class Reader {
  private errors = 0;

  constructor(
    private readonly source: YamlSource,
    private readonly findings: Finding[],
  ) {}

  pos(path: YamlPath, key = false): SourcePos {
    const span = locate(this.source, path, key);
    return { file: this.source.path, line: span.line, column: span.column };
  }

  error(path: YamlPath, message: string, ruleId = 'oncall/invalid', key = false): void {
    this.errors++;
    this.findings.push({
      ruleId,
      severity: 'error',
      message,
      file: this.source.path,
      ...locate(this.source, path, key),
    });
  }

  timeZone(value: string, path: YamlPath): string | undefined {
    const fixed = FIXED_ZONES[value.toUpperCase()];
    if (fixed) {
      this.error(path, `${formatPath(path)}: "${value}" is ${fixed}`);
      return undefined;
    }
    if (isValidTimeZone(value) && !isAbbreviation(value)) return value;
    // An offset (`+01:00`) is no abbreviation, though newer Intl reads it as a zone of its own.
    const resolved =
      isValidTimeZone(value) && !OFFSET_ZONE.test(value.trim())
        ? ` (Intl would read it as ${new Intl.DateTimeFormat('en-US', { timeZone: value }).resolvedOptions().timeZone})`
        : '';
    const hint = resolved
      ? `an abbreviation, not an IANA name${resolved}; write the zone of a city there, such as Europe/London or America/New_York`
      : zoneHint(value);
    this.error(path, `${formatPath(path)}: unknown time zone "${value}": ${hint}`);
    return undefined;
  }

  /** Undefined (with findings) when any part of the schedule is wrong. */
  schedule(
    name: string,
    raw: RawSchedule,
    fileZone: string | null | undefined,
  ): Schedule | undefined {
    const before = this.errors;
    const base: YamlPath = ['schedules', name];
    let timeZone: string | undefined;
    if (raw.timezone !== undefined) timeZone = this.timeZone(raw.timezone, [...base, 'timezone']);
    else if (fileZone === null) return undefined;
    else if (fileZone !== undefined) timeZone = fileZone;
    else {
      this.error(
        base,
        `schedule "${name}" has no time zone: set timezone on it or at the top of the file (an IANA name such as Europe/Berlin)`,
        'oncall/invalid',
        true,
      );
    }
    if (timeZone === undefined) return undefined;
    const layers = raw.layers.map((l, i) => this.layer(l, [...base, 'layers', i], i, timeZone));
    const overrides = (raw.overrides ?? []).map((o, i) =>
      this.override(o, [...base, 'overrides', i], timeZone),
    );
    const coverage =
      raw.coverage === undefined || raw.coverage === '24/7'
        ? []
        : raw.coverage.map((w, i) => this.restriction(w, [...base, 'coverage', i]));
    if (this.errors > before || coverage.some((w) => w === undefined)) return undefined;
    return {
      name,
      timeZone,
      layers: layers as Layer[],
      // An inverted override is reported on its own (oncall/override-inverted) and pages nobody.
      overrides: overrides.filter((o): o is Override => o !== undefined && o !== 'inverted'),
      coverage: coverage as Restriction[],
      at: this.pos(base, true),
    };
  }

  /**
   * The value checks of `schedule()` (zone, date-times, shifts, times of day) on a schedule that breaks the
   * schema, as far as its shape allows: only findings, the schedule stays out of the model.
   */
  scheduleValues(name: string, raw: unknown): void {
    const base: YamlPath = ['schedules', name];
    const field = (value: unknown, key: string): string | undefined => {
      const v: unknown = (value as Record<string, unknown> | null)?.[key];
      return typeof v === 'string' ? v : undefined;
    };
    const list = (value: unknown, key: string): unknown[] => {
      const v: unknown = (value as Record<string, unknown> | null)?.[key];
      return Array.isArray(v) ? (v as unknown[]) : [];
    };
    const windows = (owner: unknown, key: string, path: YamlPath): void =>
      list(owner, key).forEach((w, i) => {
        const from = field(w, 'from');
        const to = field(w, 'to');
        if (from !== undefined) this.timeOfDay(from, [...path, key, i, 'from'], false);
        if (to !== undefined) this.timeOfDay(to, [...path, key, i, 'to'], true);
      });
    const zone = field(raw, 'timezone');
    if (zone !== undefined) this.timeZone(zone, [...base, 'timezone']);
    list(raw, 'layers').forEach((layer, i) => {
      const path: YamlPath = [...base, 'layers', i];
      for (const key of ['start', 'end']) {
        const value = field(layer, key);
        if (value !== undefined) this.dateTime(value, [...path, key]);
      }
      const shift = field(layer, 'shift');
      if (shift !== undefined) this.shift(shift, [...path, 'shift']);
      windows(layer, 'restrictions', path);
    });
    list(raw, 'overrides').forEach((o, i) => {
      for (const key of ['from', 'to']) {
        const value = field(o, key);
        if (value !== undefined) this.dateTime(value, [...base, 'overrides', i, key]);
      }
    });
    windows(raw, 'coverage', base);
  }

  private shift(value: string, path: YamlPath): RegExpExecArray | null {
    const shift = SHIFT.exec(value);
    if (!shift) {
      this.error(
        path,
        `${formatPath(path)} must be a shift length such as 12h, 1d or 1w (got "${value}")`,
      );
    }
    return shift;
  }

  private layer(raw: RawLayer, path: YamlPath, index: number, zone: string): Layer | undefined {
    const start = this.dateTime(raw.start, [...path, 'start']);
    const end = raw.end === undefined ? undefined : this.dateTime(raw.end, [...path, 'end']);
    const shift = this.shift(raw.shift, [...path, 'shift']);
    const restrictions = (raw.restrictions ?? []).map((r, i) =>
      this.restriction(r, [...path, 'restrictions', i]),
    );
    if (!start || !shift || (raw.end !== undefined && !end)) return undefined;
    const startWall = toWall(start, zone);
    const endMs = end === undefined ? undefined : toInstant(end, zone);
    if (endMs !== undefined && endMs <= toInstant(start, zone)) {
      this.error(
        [...path, 'end'],
        `${formatPath([...path, 'end'])} must be after start (${raw.start})`,
      );
      return undefined;
    }
    if (restrictions.some((r) => r === undefined)) return undefined;
    const endLocal = end === undefined ? undefined : this.localEdge(end, [...path, 'end']);
    return {
      ...(endLocal ? { endLocal } : {}),
      name: raw.name ?? `layer ${index + 1}`,
      members: raw.members,
      memberAt: raw.members.map((_, k) => this.pos([...path, 'members', k])),
      startWall,
      endMs,
      shiftMs: Number(shift[1]) * SHIFT_UNIT_MS[shift[2]!]!,
      shift: raw.shift,
      restrictions: restrictions as Restriction[],
      at: this.pos(path),
    };
  }

  private restriction(raw: RawWindow, path: YamlPath): Restriction | undefined {
    const from = this.timeOfDay(raw.from, [...path, 'from'], false);
    const to = this.timeOfDay(raw.to, [...path, 'to'], true);
    if (from === undefined || to === undefined) return undefined;
    const days = raw.days
      ? [...new Set(raw.days.map((d) => WEEKDAYS.indexOf(d)))]
      : [0, 1, 2, 3, 4, 5, 6];
    // 24:00 as a start is the next day's 00:00, which the day list would then misname.
    return { days, fromMinute: from, toMinute: to === 0 ? 1440 : to, at: this.pos(path) };
  }

  private timeOfDay(value: string, path: YamlPath, end: boolean): number | undefined {
    const m = TIME_OF_DAY.exec(value);
    const h = Number(m?.[1]);
    const min = Number(m?.[2]);
    if (m && ((h < 24 && min < 60) || (end && h === 24 && min === 0))) return h * 60 + min;
    this.error(
      path,
      `${formatPath(path)} must be a local time HH:MM such as 09:00${end ? ' (24:00 for midnight)' : ''} (got "${value}")`,
    );
    return undefined;
  }

  /** `inverted`: reported as its own rule, and the rest of the schedule still resolves. */
  private override(
    raw: RawOverride,
    path: YamlPath,
    zone: string,
  ): Override | 'inverted' | undefined {
    const from = this.dateTime(raw.from, [...path, 'from']);
    const to = this.dateTime(raw.to, [...path, 'to']);
    if (!from || !to) return undefined;
    const fromMs = toInstant(from, zone);
    const toMs = toInstant(to, zone);
    if (toMs <= fromMs) {
      this.findings.push({
        ruleId: 'oncall/override-inverted',
        severity: 'error',
        message:
          `override of ${raw.who}: ${formatPath([...path, 'to'])} (${raw.to}) is ${toMs === fromMs ? 'the same instant as' : 'before'} ` +
          `from (${raw.from}), so it covers nothing and is ignored; did you swap from and to?`,
        file: this.source.path,
        ...locate(this.source, [...path, 'to']),
      });
      return 'inverted';
    }
    const override: Override = { who: raw.who, fromMs, toMs, at: this.pos(path) };
    const fromLocal = this.localEdge(from, [...path, 'from']);
    const toLocal = this.localEdge(to, [...path, 'to']);
    if (fromLocal) override.fromLocal = fromLocal;
    if (toLocal) override.toLocal = toLocal;
    if (raw.reason !== undefined) override.reason = raw.reason;
    return override;
  }

  private localEdge(value: DateTimeValue, path: YamlPath): LocalEdge | undefined {
    return value.kind === 'local' ? { wall: value.wall, at: this.pos(path) } : undefined;
  }

  private dateTime(value: string, path: YamlPath): ReturnType<typeof parseDateTime> {
    const parsed = parseDateTime(value);
    if (!parsed) this.error(path, `${formatPath(path)} must be ${DATE_TIME_HINT} (got "${value}")`);
    return parsed;
  }

  /** Minutes of an `after` such as 10m or 1h; undefined (with an error) for anything else. */
  private delay(value: string, path: YamlPath): number | undefined {
    const m = AFTER.exec(value);
    if (m) return Number(m[1]) * (m[2] === 'h' ? 60 : 1);
    this.error(path, `${formatPath(path)} must be a delay such as 0m, 10m or 1h (got "${value}")`);
    return undefined;
  }

  /** The value checks of `policy()` on a policy that breaks the schema (see scheduleValues). */
  policyValues(name: string, raw: unknown): void {
    const levels: unknown = (raw as { levels?: unknown } | null)?.levels;
    if (!Array.isArray(levels)) return;
    levels.forEach((level: unknown, i) => {
      const after: unknown = (level as { after?: unknown } | null)?.after;
      if (typeof after === 'string') this.delay(after, ['policies', name, 'levels', i, 'after']);
    });
  }

  policy(name: string, raw: RawPolicy): EscalationPolicy | undefined {
    const before = this.errors;
    const base: YamlPath = ['policies', name];
    const levels = raw.levels.map((level, i): EscalationLevel => {
      const path: YamlPath = [...base, 'levels', i];
      const afterMinutes =
        level.after === undefined ? 0 : (this.delay(level.after, [...path, 'after']) ?? 0);
      const notify = level.notify.map((t, k): NotifyTarget => {
        const at = this.pos([...path, 'notify', k]);
        if (typeof t !== 'string') return { kind: 'schedule', schedule: t.schedule, at };
        if (/^schedule\s*:/i.test(t)) {
          const name = t.replace(/^schedule\s*:\s*/i, '');
          this.error(
            [...path, 'notify', k],
            `"${t}" would page a person of that name: write { schedule: ${name} } to notify a schedule`,
          );
        }
        return { kind: 'person', who: t, at };
      });
      return { afterMinutes, notify, at: this.pos(path) };
    });
    if (this.errors > before) return undefined;
    return { name, levels, at: this.pos(base, true) };
  }
}
