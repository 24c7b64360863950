import { closest, distance } from 'fastest-levenshtein';
import type { FlagsConfig } from '../config.js';
import { inlineCode as markdownCode } from './text.js';
import { epochDay, epochDayOf, isoFromEpochDay } from '../dates.js';
import { lifetimePolicy, parseRegistry } from '../registry.js';
import type { LifetimePolicy } from '../registry.js';
import { loadRegistries } from '../registries.js';
import { registrySources } from '../registry-sources.js';
import type { DeclaredFlag } from '../types.js';
import { memoryRepo } from '../../repo/memory.js';
import { renewInRegistryText } from './edit.js';
import type { RegistryEdit } from './edit.js';

/**
 * What a renewal does to the registry, decided without any I/O.
 *
 * The rule ("renew in 30-day increments"): the new `expires` is the *current* expiry plus the step, never
 * today plus the step — also for a flag that has already expired. That is the same rule the PR check applies
 * (checkRenewal: at most one policy step past the previous expiry), so the renewal PR passes its own check;
 * one renewal can never buy more than one step; and a flag that was left to expire is not revived for a full
 * term. A flag whose old expiry plus one step is still today or earlier cannot be renewed at all: the reply
 * says to remove it (or declare it again under a new key, which makes the decision visible in review).
 */
export interface RenewalRequest {
  registryText: string;
  registryPath: string;
  key: string;
  /** Requested step; null for the policy's step. */
  days: number | null;
  config: FlagsConfig;
  now: Date;
}

export type RenewalRefusal =
  | 'registry-invalid'
  | 'unknown-flag'
  | 'permanent'
  | 'no-expires'
  | 'no-policy'
  | 'too-long'
  | 'still-expired'
  | 'edit-failed';

/**
 * The same across every configured registry (YAML files and declarations in code): the files that
 * exist on the default branch, path → text.
 */
export interface RegistriesRenewalRequest {
  registries: ReadonlyMap<string, string>;
  key: string;
  days: number | null;
  config: FlagsConfig;
  now: Date;
}

export type RenewalPlan =
  | {
      ok: true;
      flag: DeclaredFlag;
      /** The file the renewal edits: the YAML registry, or the TypeScript file whose JSDoc holds `@expires`. */
      path: string;
      /** Where the dates are written: YAML fields, or JSDoc tags (`@expires`, `@renewedFrom`). */
      written: 'yaml' | 'jsdoc';
      days: number;
      policy: LifetimePolicy | null;
      previousExpires: string;
      expires: string;
      /** The whole registry after the edit. */
      text: string;
    }
  /** `message` is the reply to post (Markdown). */
  | { ok: false; reason: RenewalRefusal; message: string; flag?: DeclaredFlag };

export function planRenewal(req: RenewalRequest): RenewalPlan {
  const { registryPath: path, config } = req;
  const registry = parseRegistry(req.registryText, path, config);
  if (!registry.parsed) {
    const first = registry.findings.find((f) => f.severity === 'error') ?? registry.findings[0];
    return invalidRegistry(path, first);
  }
  const flag = registry.flags.find((f) => f.key === req.key);
  if (!flag) return unknownFlag(req.key, [path], registry.flags);
  return renewStep(req, flag, path, 'yaml', (next) =>
    renewInRegistryText(req.registryText, req.key, next),
  );
}

/**
 * A renewal across every configured registry: the flag is found where `check` finds it, and the
 * edit goes where its dates are written — its YAML entry (also for a key declared in code whose
 * metadata lives in YAML), or the JSDoc of its member in the TypeScript declaration.
 */
export async function planRenewalAcross(req: RegistriesRenewalRequest): Promise<RenewalPlan> {
  const { config } = req;
  const sources = registrySources(config);
  const loaded = await loadRegistries(memoryRepo(Object.fromEntries(req.registries)), config);
  if (loaded.unusable) return invalidRegistry(loaded.unusable.entry, loaded.unusable.finding);
  const flag = loaded.registry.flags.find((f) => f.key === req.key);
  if (!flag)
    return unknownFlag(
      req.key,
      sources.filter((s) => req.registries.has(s.path)).map((s) => s.entry),
      loaded.registry.flags,
    );
  const yamlPath =
    flag.metadataFile ??
    (sources.some((s) => s.kind === 'yaml' && s.path === flag.file) ? flag.file : undefined);
  if (yamlPath !== undefined) {
    const text = req.registries.get(yamlPath) ?? '';
    return renewStep(req, flag, yamlPath, 'yaml', (next) =>
      renewInRegistryText(text, req.key, next),
    );
  }
  // Two declarations may share a file: the one whose keys include this one is edited.
  const declaring = loaded.codeRegistries.find(
    (r) => r.file === flag.file && r.keys.includes(req.key),
  );
  const source = sources.find(
    (s): s is Extract<typeof s, { kind: 'code' }> =>
      s.kind === 'code' && s.entry === declaring?.entry,
  );
  const text = req.registries.get(flag.file);
  if (!source || text === undefined)
    return {
      ok: false,
      reason: 'edit-failed',
      flag,
      message: `I could not tell which registry declares ${markdownCode(req.key)}, so I cannot edit it safely. Renew it by hand.`,
    };
  const { renewInCodeRegistryText } = await import('./edit-code.js');
  return renewStep(req, flag, flag.file, 'jsdoc', (next) =>
    renewInCodeRegistryText(text, source, req.key, next),
  );
}

function invalidRegistry(
  entry: string,
  first: { message: string; line?: number; column?: number } | undefined,
): RenewalPlan {
  const where = first?.line
    ? ` (line ${first.line}${first.column ? `, column ${first.column}` : ''})`
    : '';
  return {
    ok: false,
    reason: 'registry-invalid',
    message: `I could not read ${markdownCode(entry)} on the default branch${where}: ${first?.message ?? 'it is not a flag registry'}. Fix the registry first, then ask again.`,
  };
}

function unknownFlag(
  key: string,
  registries: readonly string[],
  flags: readonly DeclaredFlag[],
): RenewalPlan {
  const hint = suggestKey(
    key,
    flags.map((f) => f.key),
  );
  const files = registries.map(markdownCode);
  const where =
    files.length <= 1
      ? (files[0] ?? 'the registry')
      : `${files.slice(0, -1).join(', ')} or ${files.at(-1)}`;
  return {
    ok: false,
    reason: 'unknown-flag',
    message:
      `There is no flag ${markdownCode(key)} in ${where} on the default branch, so there is nothing to renew.` +
      (hint ? ` Did you mean ${markdownCode(hint)}?` : '') +
      ' Use the key exactly as it is written in the registry.',
  };
}

/** The renewal rule itself, the same wherever the flag is declared; `edit` writes the new dates. */
function renewStep(
  req: Pick<RenewalRequest, 'key' | 'days' | 'config' | 'now'>,
  flag: DeclaredFlag,
  path: string,
  written: 'yaml' | 'jsdoc',
  edit: (next: { expires: string; renewedFrom: string }) => RegistryEdit,
): RenewalPlan {
  const { config } = req;
  const file = markdownCode(path);
  const code = markdownCode(req.key);
  const field = written === 'yaml' ? '`expires`' : 'JSDoc `@expires`';
  if (config.permanentTypes.includes(flag.type)) {
    return {
      ok: false,
      reason: 'permanent',
      flag,
      message: `${code} is a ${markdownCode(flag.type)} flag, which never expires: there is nothing to renew.`,
    };
  }
  const previous = flag.expires === null ? null : epochDay(flag.expires);
  if (flag.expires === null || previous === null) {
    return {
      ok: false,
      reason: 'no-expires',
      flag,
      message: `${code} has no valid ${field} date in ${file} (line ${flag.line}), so there is nothing to move. Fix its entry in a pull request; the registry check says what is wrong.`,
    };
  }
  const policy = lifetimePolicy(config, flag.type);
  if (policy === null && req.days === null) {
    return {
      ok: false,
      reason: 'no-policy',
      flag,
      message: `There is no lifetime policy for ${markdownCode(flag.type || 'untyped')} flags (\`flags.lifetimeDays\`), so I do not know the standard step. Say how many days, like \`/ops-steward renew ${req.key} 30d\`.`,
    };
  }
  const days = req.days ?? policy!.days;
  if (policy && days > policy.days) {
    return {
      ok: false,
      reason: 'too-long',
      flag,
      message:
        `A renewal may move \`expires\` by at most ${policy.days} days (${markdownCode(policy.source)}), and you asked for ${days}. ` +
        `Comment \`/ops-steward renew ${req.key}\` to renew by ${policy.days} days, or give a shorter step such as \`/ops-steward renew ${req.key} 14d\`. ` +
        'A flag that needs longer gets renewed again later — each step is a deliberate decision.',
    };
  }
  const next = previous + days;
  const today = epochDayOf(req.now);
  if (next <= today) {
    return {
      ok: false,
      reason: 'still-expired',
      flag,
      message:
        `${code} expired on ${flag.expires}. Renewals extend the current expiry in steps of at most ${days} days, ` +
        `and one step would end on ${isoFromEpochDay(next)} — still in the past. Remove the flag from the code and from ${file}; ` +
        'if it must stay, declare it again under a new key in a pull request, so the decision is made in review.',
    };
  }
  const expires = isoFromEpochDay(next);
  const edited = edit({ expires, renewedFrom: flag.expires });
  if (!edited.ok) {
    const byHand =
      written === 'yaml'
        ? `set \`expires: ${expires}\` and \`renewedFrom: ${flag.expires}\``
        : `set \`@expires ${expires}\` and add \`@renewedFrom ${flag.expires}\` in its JSDoc`;
    return {
      ok: false,
      reason: 'edit-failed',
      flag,
      message: `I could not edit ${file} safely: ${edited.message}. Renew it by hand: ${byHand}.`,
    };
  }
  return {
    ok: true,
    flag,
    path,
    written,
    days,
    policy,
    previousExpires: flag.expires,
    expires,
    text: edited.text,
  };
}

/** A key differing only in case, else a plausible typo. */
function suggestKey(key: string, keys: readonly string[]): string | undefined {
  if (keys.length === 0) return undefined;
  const caseless = keys.find((k) => k.toLowerCase() === key.toLowerCase());
  if (caseless) return caseless;
  const best = closest(key, [...keys]);
  return distance(key, best) <= Math.max(2, Math.floor(best.length / 3)) ? best : undefined;
}
