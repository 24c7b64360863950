import { closest, distance } from 'fastest-levenshtein';
import type { FlagsConfig } from '../config.js';
import { inlineCode as markdownCode } from './text.js';
import { epochDay, epochDayOf, isoFromEpochDay } from '../dates.js';
import { lifetimePolicy, parseRegistry } from '../registry.js';
import type { LifetimePolicy } from '../registry.js';
import type { DeclaredFlag } from '../types.js';
import { renewInRegistryText } from './edit.js';

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

export type RenewalPlan =
  | {
      ok: true;
      flag: DeclaredFlag;
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
  const file = markdownCode(path);
  const registry = parseRegistry(req.registryText, path, config);
  if (!registry.parsed) {
    const first = registry.findings.find((f) => f.severity === 'error') ?? registry.findings[0];
    const where = first?.line
      ? ` (line ${first.line}${first.column ? `, column ${first.column}` : ''})`
      : '';
    return {
      ok: false,
      reason: 'registry-invalid',
      message: `I could not read ${file} on the default branch${where}: ${first?.message ?? 'it is not a flag registry'}. Fix the registry first, then ask again.`,
    };
  }
  const flag = registry.flags.find((f) => f.key === req.key);
  const code = markdownCode(req.key);
  if (!flag) {
    const hint = suggestKey(
      req.key,
      registry.flags.map((f) => f.key),
    );
    return {
      ok: false,
      reason: 'unknown-flag',
      message:
        `There is no flag ${code} in ${file} on the default branch, so there is nothing to renew.` +
        (hint ? ` Did you mean ${markdownCode(hint)}?` : '') +
        ' Use the key exactly as it is written in the registry.',
    };
  }
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
      message: `${code} has no valid \`expires\` date in ${file} (line ${flag.line}), so there is nothing to move. Fix its entry in a pull request; the registry check says what is wrong.`,
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
  const edit = renewInRegistryText(req.registryText, req.key, {
    expires,
    renewedFrom: flag.expires,
  });
  if (!edit.ok) {
    return {
      ok: false,
      reason: 'edit-failed',
      flag,
      message: `I could not edit ${file} safely: ${edit.message}. Renew it by hand: set \`expires: ${expires}\` and \`renewedFrom: ${flag.expires}\`.`,
    };
  }
  return { ok: true, flag, days, policy, previousExpires: flag.expires, expires, text: edit.text };
}

/** A key differing only in case, else a plausible typo. */
function suggestKey(key: string, keys: readonly string[]): string | undefined {
  if (keys.length === 0) return undefined;
  const caseless = keys.find((k) => k.toLowerCase() === key.toLowerCase());
  if (caseless) return caseless;
  const best = closest(key, [...keys]);
  return distance(key, best) <= Math.max(2, Math.floor(best.length / 3)) ? best : undefined;
}
