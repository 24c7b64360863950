import { Document, isMap, YAMLMap } from 'yaml';
import type { Codeowners } from '../codeowners/types.js';
import { ownersOf } from '../codeowners/match.js';
import type { FlagsConfig } from '../flags/config.js';
import { epochDay, epochDayOf, isoFromEpochDay } from '../flags/dates.js';
import { lifetimePolicy } from '../flags/registry.js';
import type { FlagReference, ScanResult } from '../flags/types.js';
import { formatLocation } from '../findings.js';

export const CONFIG_SCHEMA_URL =
  'https://raw.githubusercontent.com/ops-steward/ops-steward/main/schemas/config.schema.json';
export const REGISTRY_SCHEMA_URL =
  'https://raw.githubusercontent.com/ops-steward/ops-steward/main/schemas/flags.schema.json';

/** The type every seeded flag gets: a flag found in code with no record is most likely a rollout. */
export const SEED_TYPE = 'release';

export interface SeededFlag {
  key: string;
  /** From CODEOWNERS for the file of the first reference; empty when no rule owns it (the entry says so). */
  owners: string[];
  /** The first reference (by path, line, column), which decided the owner. */
  first: FlagReference;
  references: number;
}

export interface SeededRegistry {
  text: string;
  flags: SeededFlag[];
  /** Patterns (`checkout-*`) the code builds names from: they cannot be declared for the user. */
  patterns: string[];
}

/**
 * The flags code already reads, as a registry: one entry per exactly named key (text mentions in other files
 * are not evidence of a flag), created today, expiring after the lifetime policy of `release`. The owner is
 * the CODEOWNERS owner of the first reference's file — the team that would review a change to it. Where no
 * rule owns that file the entry has no owner and a comment says why: a guessed owner would be a wrong one.
 */
export function seedRegistry(
  scan: ScanResult,
  codeowners: Codeowners | undefined,
  config: FlagsConfig,
  now: Date,
): SeededRegistry {
  const byKey = new Map<string, FlagReference[]>();
  for (const ref of scan.references) {
    if (ref.key === null || ref.via === 'text') continue;
    const list = byKey.get(ref.key) ?? [];
    list.push(ref);
    byKey.set(ref.key, list);
  }
  const flags: SeededFlag[] = [...byKey.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, refs]) => {
      const first = [...refs].sort(byLocation)[0]!;
      const owners = codeowners ? ownersOf(codeowners, first.file).owners : [];
      return { key, owners, first, references: refs.length };
    });
  const patterns = [
    ...new Set(
      scan.references.filter((r) => r.key === null && r.pattern !== null).map((r) => r.pattern!),
    ),
  ].sort();

  const today = epochDayOf(now);
  const created = isoFromEpochDay(today);
  const lifetime = lifetimePolicy(config, SEED_TYPE);
  const expires = lifetime ? isoFromEpochDay(epochDay(created)! + lifetime.days) : undefined;

  const doc = new Document({ flags: {} });
  doc.commentBefore = [
    ` yaml-language-server: $schema=${REGISTRY_SCHEMA_URL}`,
    ' Every feature flag the code reads, with who owns it and when it must be gone.',
    ` Seeded by \`ops-steward init\` on ${created} from the flags the code reads today: each is`,
    ` type ${SEED_TYPE}, owned by the CODEOWNERS owners of the file that reads it first,`,
    ` expiring ${lifetime ? `${lifetime.days} days from today (${lifetime.source})` : 'when you decide'}.`,
    ' Check each owner, describe each flag, and give kill switches and permissions their own type.',
    ...(patterns.length > 0
      ? [
          ' The code also builds flag names at run time, so declare every flag these patterns can make:',
          ...patterns.map((p) => `   ${p}`),
        ]
      : []),
  ].join('\n');
  const map = doc.get('flags', true);
  if (!isMap(map)) throw new Error('unreachable: the document was built with a flags map');
  for (const flag of flags) {
    const entry = new YAMLMap();
    if (flag.owners.length === 1) entry.set('owner', flag.owners[0]);
    else if (flag.owners.length > 1) entry.set('owner', flag.owners);
    entry.set('created', created);
    if (expires) entry.set('expires', expires);
    entry.set('type', SEED_TYPE);
    entry.set('description', `Read in ${formatLocation(flag.first)}`);
    const key = doc.createNode(flag.key);
    if (flag.owners.length === 0) {
      key.commentBefore = ` owner: missing — no CODEOWNERS rule owns ${flag.first.file}; add @user, @org/team or an email`;
    }
    map.items.push(doc.createPair(key, entry));
  }
  const text = doc.toString({ lineWidth: 0, singleQuote: true });
  return { text, flags, patterns };
}

/**
 * The starter `.github/ops-steward.yml`: valid as it stands, every value the default, the keys people change
 * first written out so they can be found.
 */
export function starterConfig(config: FlagsConfig): string {
  return [
    `# yaml-language-server: $schema=${CONFIG_SCHEMA_URL}`,
    '# ops-steward: every key is optional and shown here with its default. Reference: the README.',
    'checks: # switch a check module off with false',
    '  flags: true',
    '  codeowners: true',
    "ignore: [] # paths no check reads, e.g. ['vendor/**']",
    '',
    'flags:',
    `  registry: ${config.registry} # the flag registry, repository-relative`,
    `  expiringWithinDays: ${config.expiringWithinDays} # warn this many days before a flag expires`,
    '  lifetimeDays: # longest a temporary flag may live (created or renewedFrom → expires)',
    `    default: ${config.lifetimeDays.default ?? 30}`,
    '',
    'codeowners:',
    "  requireOwners: [] # files here must have a code owner, e.g. ['src/**']",
    '',
  ].join('\n');
}

function byLocation(a: FlagReference, b: FlagReference): number {
  return (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column;
}
