import { closest, distance } from 'fastest-levenshtein';
import schemaJson from '../../schemas/flags.schema.json' with { type: 'json' };
import type { Finding, Severity } from '../findings.js';
import type { FlagsConfig } from './config.js';
import { epochDay, isoFromEpochDay } from './dates.js';

/**
 * The registry's rules for one flag's metadata, whatever it is written in: a YAML entry
 * (`expires: 2026-12-01`) or JSDoc tags on a member declared in code (`@expires 2026-12-01`).
 * Each notation reads its fields into a FlagMetadata (text and position of each), checks what only
 * it can (YAML's schema: value shapes, unknown keys), and leaves the rest to checkFlagMetadata, so
 * the lifetime, expiry, renewal, type and owner rules are written once and say the same in both.
 */

export type Span = Pick<Finding, 'file' | 'line' | 'column' | 'endLine' | 'endColumn'>;

/** One field as written. `text` is null when it is there but unusable (its shape error is already reported). */
export interface MetadataField {
  text: string | null;
  at: Span;
}

export interface FlagMetadata {
  key: string;
  /** The flag's key (or member): where a missing field is reported. */
  at: Span;
  notation: 'yaml' | 'jsdoc';
  /** For JSDoc: the `flags.registry` entry that declares the member, for messages. */
  declaredIn?: string;
  /** Absent when no owner is given; `values` holds the owners written as strings. */
  owner?: { values: MetadataField[] };
  created?: MetadataField;
  expires?: MetadataField;
  renewedFrom?: MetadataField;
  type?: MetadataField;
}

/** What the rules made of the dates: a calendar day, or null when missing, invalid or not applicable. */
export interface CheckedMetadata {
  created: string | null;
  /** Null for a permanent flag, whose expiry is ignored. */
  expires: string | null;
}

export type MetadataReport = (
  ruleId: string,
  severity: Severity,
  message: string,
  at: Span,
) => void;

/**
 * The metadata tags read from a member's JSDoc; any other `@word` is a value (`@alice`).
 * `renewedFrom` is the expiry a renewal extended (the YAML field of the same name), written by renewals.
 */
export const METADATA_TAGS = [
  'owner',
  'created',
  'expires',
  'type',
  'description',
  'renewedFrom',
] as const;
/** How the registry's lifetime policy applies to one flag type. */
export interface LifetimePolicy {
  days: number;
  /** The config key it comes from, for messages: `flags.lifetimeDays.release`. */
  source: string;
}

const OWNER_PATTERN = new RegExp(schemaJson.definitions.owner.pattern);

/** The configured lifetime for a type (its own entry, else `default`), or null when none applies. */
export function lifetimePolicy(
  config: Pick<FlagsConfig, 'lifetimeDays'>,
  type: string,
): LifetimePolicy | null {
  const own = Object.hasOwn(config.lifetimeDays, type) ? config.lifetimeDays[type] : undefined;
  if (own !== undefined) return { days: own, source: `flags.lifetimeDays.${type}` };
  const fallback = config.lifetimeDays.default;
  return fallback === undefined ? null : { days: fallback, source: 'flags.lifetimeDays.default' };
}

/** Why an owner is not one, with the likely fix; undefined for a valid owner. */
export function ownerProblem(owner: string, key: string): string | undefined {
  if (OWNER_PATTERN.test(owner)) return undefined;
  const fix = /^[A-Za-z0-9][A-Za-z0-9-]*(\/[A-Za-z0-9][A-Za-z0-9_.-]*)?$/.test(owner)
    ? `; did you mean "@${owner}"?`
    : '';
  return `owner "${owner}" of flag "${key}" is not a GitHub @user, @org/team or an email${fix}`;
}

/** Closest candidate when it is plausibly a typo of it (a third of the word or 2 edits). */
export function suggest(word: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const best = closest(word, [...candidates]);
  return distance(word, best) <= Math.max(2, Math.floor(best.length / 3)) ? best : undefined;
}

/** Reports (as `flags/registry-*`) every rule the metadata breaks; never throws. */
export function checkFlagMetadata(
  meta: FlagMetadata,
  config: FlagsConfig,
  report: MetadataReport,
): CheckedMetadata {
  const { key } = meta;
  const jsdoc = meta.notation === 'jsdoc';
  const name = (field: string): string => (jsdoc ? `@${field}` : field);
  const finding = (rule: string, severity: Severity, message: string, at: Span): void =>
    report(`flags/registry-${rule}`, severity, message, at);
  const out: CheckedMetadata = { created: null, expires: null };

  requireFields(meta, config, finding);
  for (const owner of meta.owner?.values ?? []) {
    const problem = owner.text === null ? undefined : ownerProblem(owner.text, key);
    if (problem !== undefined) finding('bad-owner', 'error', problem, owner.at);
  }

  // Calendar validity: YAML's schema only checks the shape, 2026-02-30 passes it.
  const days: Partial<Record<'created' | 'expires' | 'renewedFrom', number>> = {};
  for (const field of ['created', 'expires', 'renewedFrom'] as const) {
    const value = meta[field];
    if (value?.text == null) continue;
    const day = epochDay(value.text);
    if (day === null)
      finding(
        'bad-date',
        'error',
        `${name(field)} of flag "${key}" is ${value.text}, which is not a calendar day (YYYY-MM-DD)`,
        value.at,
      );
    else days[field] = day;
  }
  if (days.created !== undefined) out.created = isoFromEpochDay(days.created);

  const type = meta.type?.text ?? '';
  if (type && !config.types.includes(type)) {
    const suggestion = suggest(type, config.types);
    finding(
      'unknown-type',
      'error',
      `flag "${key}" has unknown type "${type}"${suggestion ? `; did you mean "${suggestion}"?` : ''} Allowed types: ${config.types.join(', ')} (flags.types in the config).`,
      meta.type!.at,
    );
  }

  if (type && config.permanentTypes.includes(type)) {
    if (meta.expires !== undefined)
      finding(
        'permanent-expires',
        'notice',
        `flag "${key}" is a ${type} flag, which never expires; its ${name('expires')} date is ignored (remove it, or change the type if the flag is temporary)`,
        meta.expires.at,
      );
    return out;
  }

  if (meta.expires === undefined) {
    // Without a known type it is unclear whether the flag may be permanent; the type error says enough.
    if (!config.types.includes(type)) return out;
    const policy = lifetimePolicy(config, type);
    const latest =
      days.created !== undefined && policy
        ? `, at most ${policy.days} days after ${name('created')}: ${isoFromEpochDay(days.created + policy.days)} or earlier`
        : '';
    finding(
      'missing-expires',
      'error',
      `flag "${key}"${type ? ` (type ${type})` : ''} has no ${name('expires')} date: add ${jsdoc ? '@expires YYYY-MM-DD to its JSDoc' : 'expires: YYYY-MM-DD'}${latest}. Only ${config.permanentTypes.join(', ') || 'permanent'} flags may live forever.`,
      meta.at,
    );
    return out;
  }
  if (days.expires === undefined) return out;
  out.expires = isoFromEpochDay(days.expires);
  if (days.created === undefined) return out;
  const expiresAt = meta.expires.at;

  if (days.expires <= days.created) {
    finding(
      'expires-before-created',
      'error',
      `flag "${key}" expires ${out.expires}, ${days.expires === days.created ? 'the same day it was' : 'before it was'} created (${out.created}): ${name('expires')} must be a later day`,
      expiresAt,
    );
    return out;
  }

  let anchor = days.created;
  let anchorLabel = `created ${out.created}`;
  if (days.renewedFrom !== undefined) {
    const renewedFrom = isoFromEpochDay(days.renewedFrom);
    if (days.renewedFrom <= days.created || days.renewedFrom >= days.expires) {
      finding(
        'bad-renewal',
        'error',
        `${name('renewedFrom')} of flag "${key}" (${renewedFrom}) must lie between created (${out.created}) and expires (${out.expires}): it is the expiry date the renewal extended`,
        meta.renewedFrom!.at,
      );
    } else {
      anchor = days.renewedFrom;
      anchorLabel = `the previous expiry ${renewedFrom} (${name('renewedFrom')})`;
    }
  }
  const policy = lifetimePolicy(config, type);
  const lifetime = days.expires - anchor;
  if (policy && lifetime > policy.days) {
    finding(
      'lifetime',
      'error',
      `flag "${key}" expires ${out.expires}, ${lifetime} days after ${anchorLabel}; ${type ? `${type} flags` : 'flags'} may live at most ${policy.days} days (${policy.source}): set ${name('expires')} to ${isoFromEpochDay(anchor + policy.days)} or earlier`,
      expiresAt,
    );
  }
  return out;
}

/** Owner, created and type are required (expires is judged above, by type). */
function requireFields(
  meta: FlagMetadata,
  config: FlagsConfig,
  finding: (rule: string, severity: Severity, message: string, at: Span) => void,
): void {
  const { key } = meta;
  const jsdoc = meta.notation === 'jsdoc';
  const hints = jsdoc
    ? {
        owner: `add a JSDoc tag on it (/** @owner @alice */) or an entry of the same key in the YAML registry`,
        created:
          'add @created YYYY-MM-DD to its JSDoc, the day it was added (its lifetime counts from there)',
        type: `add @type to its JSDoc, one of ${config.types.join(', ')}`,
      }
    : {
        owner: 'add owner: "@user", "@org/team" or an email — someone has to remove or renew it',
        created: 'add created: YYYY-MM-DD, the day it was added (its lifetime counts from there)',
        type: `add type: one of ${config.types.join(', ')}`,
      };
  const subject = `flag "${key}"${meta.declaredIn ? ` (declared in ${meta.declaredIn})` : ''}`;
  for (const field of ['owner', 'created', 'type'] as const) {
    if (meta[field] !== undefined) continue;
    finding(`missing-${field}`, 'error', `${subject} has no ${field}: ${hints[field]}`, meta.at);
  }
}
