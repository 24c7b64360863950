import type { FlagsConfig } from '../config.js';
import type { Finding } from '../../findings.js';
import { sortFindings } from '../../findings.js';
import type { RepoFiles } from '../../repo/types.js';
import { analyzeFlags } from '../check.js';
import type { FlagsAnalysis } from '../check.js';
import { epochDay, epochDayOf, isoFromEpochDay } from '../dates.js';
import { checkRenewal, lifetimePolicy } from '../registry.js';
import type { DeclaredFlag, FlagReference } from '../types.js';
import { headLineForBaseLine, isChangedFile, isChangedLine } from '../../repo/diff.js';
import type { PullRequestDiff } from '../../repo/diff.js';
import { registryLayout } from './layout.js';
import type { FlagLayout } from './layout.js';
import { primaryRegistryPath, registrySources, yamlRegistryPath } from '../registry-sources.js';

/**
 * The flag rules of a pull request: verdicts about what *this change* does, never about the state of the
 * whole repository (the scheduled sweep and the full check report that). Every finding carries the head
 * file and line it is about, so annotations land on the diff.
 *
 * Rule ids (all `flags/pr-*`):
 * - `pr-undeclared` (error): an added/changed line reads a flag the head registry does not declare.
 * - `pr-expired-reference` (warning): an added/changed line reads a flag that is expired at `now`.
 * - `pr-incomplete-flag` (error): a new flag lacks owner, created, expires (unless permanent) or type.
 * - `pr-lifetime` (error): a new flag expires more than the policy after its created date.
 * - `pr-renewal-too-long` (error): a renewal moves expires more than the policy past the previous expiry.
 * - `pr-expires-past` (error): a new or changed expires date is today or earlier (already expired).
 * - `pr-removed-still-referenced` (error): a flag removed from the registry is still read by head code.
 * - `pr-owner-removed` (error): a flag that had an owner has none after the change.
 * - `pr-made-permanent` (error): a flag of an expiring type becomes a permanent type, or loses its
 *   `expires` (renewals end for good).
 * - `registry-future-created` (error): a new or changed `created` lies in the future.
 *
 * The registry may be YAML or declared in code (`src/flags.ts#Flags`): a code-declared flag's fields are
 * its JSDoc tags, or its YAML entry when its metadata lives there, and findings point at those.
 *
 * Some overlap with the registry's own findings (a new flag without owner is also `registry-missing-owner`)
 * is deliberate: these name the change that caused it, and the front door may show only these on a PR.
 */
export interface PullRequestFlagsInput {
  /** The base commit's analysis; null when there is no base to compare with (every flag then counts as new). */
  base: FlagsAnalysis | null;
  head: FlagsAnalysis;
  /** The head registry's text, so findings about a field point at that field's line (else at the flag's key). */
  headRegistryText?: string;
  /** The same for registries declared in code: file → key → where its JSDoc tags are. */
  codeLayouts?: ReadonlyMap<string, ReadonlyMap<string, FlagLayout>>;
  diff: PullRequestDiff;
  config: FlagsConfig;
  now: Date;
}

/** Cap on references listed in one message; the rest are counted. */
const MAX_LISTED_REFERENCES = 10;

export function pullRequestFlagFindings(input: PullRequestFlagsInput): Finding[] {
  const findings = [...referenceFindings(input), ...registryFindings(input)];
  return sortFindings(findings);
}

/** Runs both analyses and the rules: what the Action and the App call with their two RepoFiles. */
export async function analyzePullRequestFlags(params: {
  baseFiles: RepoFiles | null;
  headFiles: RepoFiles;
  diff: PullRequestDiff;
  config: FlagsConfig;
  now: Date;
}): Promise<{ findings: Finding[]; base: FlagsAnalysis | null; head: FlagsAnalysis }> {
  const { baseFiles, headFiles, diff, config, now } = params;
  const [base, head, headRegistryText, codeLayouts] = await Promise.all([
    baseFiles ? analyzeFlags(baseFiles, config) : Promise.resolve(null),
    analyzeFlags(headFiles, config),
    headFiles.read(yamlRegistryPath(config)),
    readCodeLayouts(headFiles, config),
  ]);
  const findings = pullRequestFlagFindings({
    base,
    head,
    headRegistryText,
    codeLayouts,
    diff,
    config,
    now,
  });
  return { findings, base, head };
}

async function readCodeLayouts(
  files: RepoFiles,
  config: FlagsConfig,
): Promise<Map<string, Map<string, FlagLayout>>> {
  const out = new Map<string, Map<string, FlagLayout>>();
  const sources = registrySources(config).filter((s) => s.kind === 'code');
  if (sources.length === 0) return out;
  const { codeRegistryLayout } = await import('./code-layout.js');
  for (const source of sources) {
    // Unreadable or absent: the registry check reports it, and findings fall back to the member's line.
    const text = await files.read(source.path).catch(() => undefined);
    if (text === undefined) continue;
    const layout = out.get(source.path) ?? new Map<string, FlagLayout>();
    for (const [key, place] of codeRegistryLayout(source, text))
      if (!layout.has(key)) layout.set(key, place);
    out.set(source.path, layout);
  }
  return out;
}

function referenceFindings(input: PullRequestFlagsInput): Finding[] {
  const { head, diff, config, now } = input;
  // An unreadable registry is reported by the registry check; calling every key undeclared would bury it.
  if (!head.registry.parsed) return [];
  const declared = new Map<string, DeclaredFlag>();
  for (const flag of head.registry.flags) if (!declared.has(flag.key)) declared.set(flag.key, flag);
  const today = epochDayOf(now);
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const ref of head.scan.references) {
    if (ref.key === null || !isChangedLine(diff, ref.file, ref.line)) continue;
    // One finding per key per line: `isOn('a') || isOn('a')` is one problem.
    const id = `${ref.file}\0${ref.line}\0${ref.key}`;
    if (seen.has(id)) continue;
    const flag = declared.get(ref.key);
    if (!flag) {
      // Text references only ever look for declared keys, so they are no evidence of an undeclared flag.
      if (ref.via === 'text' || config.severity.undeclared === 'off') continue;
      seen.add(id);
      const registry = primaryRegistryPath(config);
      const where = head.registryExists
        ? `${registry} does not declare it: add it there in this pull request`
        : `there is no ${registry}: create it in this pull request and declare the flag`;
      out.push({
        ruleId: 'flags/pr-undeclared',
        severity: 'error',
        message: `this line reads flag "${ref.key}", but ${where} with owner, created, expires and type`,
        ...at(ref),
      });
      continue;
    }
    if (config.severity.expired === 'off' || config.permanentTypes.includes(flag.type)) continue;
    const expires = flag.expires === null ? null : epochDay(flag.expires);
    if (expires === null || today < expires) continue;
    seen.add(id);
    out.push({
      ruleId: 'flags/pr-expired-reference',
      severity: 'warning',
      message:
        `this line reads flag "${flag.key}", which expired on ${flag.expires}${ownersText(flag)}: ` +
        `remove the flag rather than add to it, or have it renewed first (comment \`/ops-steward renew ${flag.key}\`)`,
      ...at(ref),
      ...(flag.owners.length > 0 ? { owners: [...flag.owners] } : {}),
    });
  }
  return out;
}

function registryFindings(input: PullRequestFlagsInput): Finding[] {
  const { base, head, diff, config, now } = input;
  const path = head.registryPath;
  // Without a usable head registry there is nothing to compare; the registry's own findings say why.
  if (!head.registry.parsed) return [];
  const registryFiles = new Set([
    ...registrySources(config).map((s) => s.path),
    ...(base?.registry.flags ?? []).map((f) => f.file),
  ]);
  if (
    ![...registryFiles].some((f) => isChangedFile(diff, f)) &&
    !(base?.registryExists && !head.registryExists)
  )
    return [];

  const layout =
    input.headRegistryText === undefined
      ? new Map<string, FlagLayout>()
      : registryLayout(input.headRegistryText);
  /** Where a flag's fields are written: its YAML entry (a YAML flag, or code-declared with YAML metadata), else its JSDoc. */
  const placeOf = (flag: DeclaredFlag): { file: string; place: FlagLayout | undefined } => {
    const yaml = layout.get(flag.key);
    if (yaml && (flag.file === path || flag.metadataFile === path))
      return { file: path, place: yaml };
    return { file: flag.file, place: input.codeLayouts?.get(flag.file)?.get(flag.key) };
  };
  const headHas = (file: string): boolean =>
    (file === path && head.registryExists) ||
    head.codeRegistries.some((r) => r.file === file) ||
    head.registry.flags.some((f) => f.file === file);
  const baseKnown = base !== null && base.registry.parsed;
  const baseFlags = new Map<string, DeclaredFlag>();
  if (baseKnown)
    for (const f of base.registry.flags) if (!baseFlags.has(f.key)) baseFlags.set(f.key, f);
  const today = epochDayOf(now);
  const out: Finding[] = [];
  const headKeys = new Set<string>();

  for (const flag of head.registry.flags) {
    if (headKeys.has(flag.key)) continue;
    headKeys.add(flag.key);
    const { file: fieldsFile, place } = placeOf(flag);
    const field = (name: string): Pick<Finding, 'file' | 'line' | 'column'> => {
      const p = place?.fields.get(name);
      return p
        ? { file: fieldsFile, line: p.line, column: p.column }
        : { file: flag.file, line: flag.line, column: flag.column };
    };
    const keyAt = { file: flag.file, line: flag.line, column: flag.column };
    const owners = flag.owners.length > 0 ? { owners: [...flag.owners] } : {};
    const permanent = config.permanentTypes.includes(flag.type);
    const policy = lifetimePolicy(config, flag.type);
    const previous = baseFlags.get(flag.key);
    // Without a readable base, only entries this pull request wrote count as new.
    const isNew = baseKnown ? previous === undefined : isChangedLine(diff, flag.file, flag.line);

    const createdDay = flag.created === null ? null : epochDay(flag.created);
    if (createdDay !== null && createdDay > today && (isNew || previous?.created !== flag.created))
      out.push({
        ruleId: 'flags/registry-future-created',
        severity: 'error',
        message:
          `flag "${flag.key}" would have created ${flag.created}, a day in the future (today is ${isoFromEpochDay(today)}): ` +
          'created is the day the flag was added, and its lifetime counts from there',
        ...field('created'),
        ...owners,
      });

    if (isNew) {
      const missing = [
        realOwners(flag).length === 0 ? 'owner' : '',
        flag.created === null ? 'created' : '',
        flag.expires === null && !permanent ? 'expires' : '',
        flag.type === '' ? 'type' : '',
      ].filter(Boolean);
      if (missing.length > 0) {
        out.push({
          ruleId: 'flags/pr-incomplete-flag',
          severity: 'error',
          message:
            `new flag "${flag.key}" is missing ${missing.join(', ')} (or the value is invalid): every new flag needs ` +
            `owner, created, ${permanent ? '' : 'expires, '}and type, so someone is known to remove or renew it in time`,
          ...keyAt,
          ...owners,
        });
      }
      if (permanent) continue;
      const created = flag.created === null ? null : epochDay(flag.created);
      const expires = flag.expires === null ? null : epochDay(flag.expires);
      if (expires === null) continue;
      if (created !== null && policy && expires - created > policy.days) {
        out.push({
          ruleId: 'flags/pr-lifetime',
          severity: 'error',
          message:
            `new flag "${flag.key}" expires ${flag.expires}, ${expires - created} days after it was created (${flag.created}); ` +
            `${flag.type ? `${flag.type} flags` : 'flags'} may live at most ${policy.days} days (${policy.source}): ` +
            `set expires to ${isoFromEpochDay(created + policy.days)} or earlier`,
          ...field('expires'),
          ...owners,
        });
      }
      if (expires <= today) out.push(pastFinding(flag, 'new flag', field('expires'), owners));
      continue;
    }

    if (!previous) continue;
    if (realOwners(previous).length > 0 && realOwners(flag).length === 0) {
      out.push({
        ruleId: 'flags/pr-owner-removed',
        severity: 'error',
        message:
          `flag "${flag.key}" was owned by ${previous.owners.join(', ')} and this change leaves it with no owner: ` +
          'keep an owner (@user, @org/team or an email) — or hand it over to someone — so it is removed or renewed in time',
        ...(place?.fields.has('owner') ? field('owner') : keyAt),
        owners: [...previous.owners],
      });
    }
    if (
      permanent &&
      flag.type !== previous.type &&
      !config.permanentTypes.includes(previous.type)
    ) {
      // A permanent type lifts the renewal rule for good: the change needs the authority a renewal needs.
      out.push({
        ruleId: 'flags/pr-made-permanent',
        severity: 'error',
        message:
          `this turns flag "${flag.key}" from ${previous.type ? `a ${previous.type}` : 'an untyped'} flag into a ${flag.type} flag, ` +
          `a type that never expires${previous.expires && flag.expires === null ? ` (and drops its expiry ${previous.expires})` : ''}: ` +
          `that ${endsRenewals('type')}`,
        ...(place?.fields.has('type') ? field('type') : keyAt),
        ...owners,
      });
    } else if (
      !permanent &&
      !config.permanentTypes.includes(previous.type) &&
      previous.expires !== null &&
      flag.expires === null &&
      !place?.fields.has('expires')
    ) {
      // Not an invalid date (the registry check says that): the field is gone, and a flag without it never expires.
      out.push({
        ruleId: 'flags/pr-made-permanent',
        severity: 'error',
        message:
          `this drops the expiry ${previous.expires} of flag "${flag.key}"${flag.type ? ` (a ${flag.type} flag)` : ''}: without one the flag never expires, ` +
          `which ${endsRenewals('expiry')}`,
        ...keyAt,
        ...owners,
      });
    }
    if (permanent || previous.expires === flag.expires || flag.expires === null) continue;
    if (policy) {
      const verdict = checkRenewal(previous, flag, policy.days);
      if (verdict.kind === 'renewed' && !verdict.ok) {
        const days = (epochDay(flag.expires) ?? 0) - (epochDay(previous.expires ?? '') ?? 0);
        out.push({
          ruleId: 'flags/pr-renewal-too-long',
          severity: 'error',
          message:
            `this renews flag "${flag.key}" by ${days} days, from ${previous.expires} to ${flag.expires}; a renewal may move ` +
            `expires at most ${policy.days} days past the previous expiry (${policy.source}): set expires to ` +
            `${verdict.latestAllowed} or earlier — renew again later if the flag is still needed then`,
          ...field('expires'),
          ...owners,
        });
      }
    }
    const expires = epochDay(flag.expires);
    if (expires !== null && expires <= today)
      out.push(pastFinding(flag, 'flag', field('expires'), owners));
  }

  for (const removed of baseFlags.values()) {
    if (headKeys.has(removed.key)) continue;
    const refs = head.scan.references.filter((r) => r.key === removed.key).sort(byLocation);
    if (refs.length === 0) continue;
    const listed = refs.slice(0, MAX_LISTED_REFERENCES).map((r) => `${r.file}:${r.line}`);
    const more = refs.length - listed.length;
    const where = headHas(removed.file)
      ? {
          file: removed.file,
          line: headLineForBaseLine(diff.files.get(removed.file), removed.line),
        }
      : at(refs[0]!);
    out.push({
      ruleId: 'flags/pr-removed-still-referenced',
      severity: 'error',
      message:
        `flag "${removed.key}" is removed from ${removed.file}, but code still reads it ` +
        `(${refs.length === 1 ? 'once' : `${refs.length} times`}): ${listed.join(', ')}${more > 0 ? ` and ${more} more` : ''}. ` +
        'Remove those reads in this pull request, or keep the flag declared until they are gone',
      ...where,
      ...(removed.owners.length > 0 ? { owners: [...removed.owners] } : {}),
    });
  }
  return out;
}

/** Why a flag made permanent needs a renewal's authority (a permanent type lifts the renewal rule for good). */
function endsRenewals(keep: 'type' | 'expiry'): string {
  return (
    'ends its 30-day renewals for good, so it needs the same authority as a renewal — a code owner of the ' +
    `registry (not the flag's own owner) approves it; otherwise keep the ${keep} and renew with \`/ops-steward renew\``
  );
}

function pastFinding(
  flag: DeclaredFlag,
  what: string,
  where: Pick<Finding, 'file' | 'line' | 'column'>,
  owners: Pick<Finding, 'owners'>,
): Finding {
  return {
    ruleId: 'flags/pr-expires-past',
    severity: 'error',
    message:
      `${what} "${flag.key}" would be expired as soon as this merges: expires ${flag.expires} is not a future day ` +
      '(a flag is expired from the start of its expires day, UTC). Pick a later date within the lifetime policy, or remove the flag',
    ...where,
    ...owners,
  };
}

/** Owners that name someone; `owner: ""` is as good as none. */
function realOwners(flag: DeclaredFlag): string[] {
  return flag.owners.filter((o) => o.trim() !== '');
}

function ownersText(flag: DeclaredFlag): string {
  const owners = realOwners(flag);
  return owners.length === 0
    ? ', and has no owner'
    : ` (${owners.length === 1 ? 'owner' : 'owners'} ${owners.join(', ')})`;
}

function at(ref: FlagReference): Pick<Finding, 'file' | 'line' | 'column'> {
  return { file: ref.file, line: ref.line, column: ref.column };
}

function byLocation(a: FlagReference, b: FlagReference): number {
  return (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column;
}
