import { defuseMarkers } from '../../core/sanitize.js';
import type { LifetimePolicy } from '../registry.js';
import { inlineCode } from './text.js';

/** Texts of a renewal: branch, commit, pull request and the reply. Pure, so tests pin the wording. */

export interface RenewalFacts {
  key: string;
  previousExpires: string;
  expires: string;
  days: number;
  policy: LifetimePolicy | null;
  /** The file the renewal edits. */
  registryPath: string;
  /** Where the dates are written there: YAML fields (the default) or JSDoc tags. */
  written?: 'yaml' | 'jsdoc';
  commenter: string;
  /** The issue or pull request where the command was given. */
  issueNumber: number;
  /** Why the commenter may renew, from decideRenewPermission. */
  because: string;
}

/** Marks a renewal PR's body, so a person reading the raw text (or a later search) knows what made it. */
export function renewalMarker(key: string): string {
  return `<!-- ops-steward:renew=${encodeURIComponent(key)} -->`;
}

/**
 * `ops-steward/renew-KEY-<new expires>`: the same renewal gives the same branch, which is what makes a repeated
 * command find the pull request it already opened. Characters git refuses in a ref become `-`.
 */
export function renewalBranch(key: string, expires: string): string {
  const safe = key
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/^[.-]+|[.-]+$/g, '')
    .replace(/\.lock$/i, '-lock')
    .slice(0, 100);
  return `ops-steward/renew-${safe || 'flag'}-${expires}`;
}

export function renewalTitle(f: Pick<RenewalFacts, 'key' | 'expires'>): string {
  return `Renew feature flag "${f.key}" until ${f.expires}`;
}

export function renewalCommitMessage(f: RenewalFacts): string {
  return (
    `${renewalTitle(f)}\n\n` +
    `Moves expires of "${f.key}" from ${f.previousExpires} to ${f.expires} (+${f.days} days) in ${f.registryPath}.\n` +
    `Requested by @${f.commenter} in #${f.issueNumber}.`
  );
}

export function renewalBody(f: RenewalFacts): string {
  const tag = (name: string): string =>
    f.written === 'jsdoc' ? `\`@${name}\` (JSDoc)` : `\`${name}\``;
  const step = f.policy
    ? ` (at most ${f.policy.days} days per renewal, ${inlineCode(f.policy.source)})`
    : '';
  const text = [
    `Renews feature flag ${inlineCode(f.key)} by ${f.days} days${step}:`,
    '',
    `- ${tag('expires')}: ${f.previousExpires} → **${f.expires}**`,
    `- ${tag('renewedFrom')}: ${f.previousExpires} (the expiry this renewal extends)`,
    '',
    `Requested by @${f.commenter} in #${f.issueNumber}, who may renew it as ${f.because}. Only ${inlineCode(f.registryPath)} changes.`,
    '',
    'Merge to keep the flag until then. If it is no longer needed, close this and remove the flag instead — that is always the better outcome.',
  ].join('\n');
  return `${renewalMarker(f.key)}\n${defuseMarkers(text)}`;
}

export function openedReply(
  f: Pick<RenewalFacts, 'key' | 'expires' | 'days'>,
  pr: { number: number; url: string },
  reused: boolean,
): string {
  return reused
    ? `A renewal of ${inlineCode(f.key)} until ${f.expires} is already open: ${pr.url} (#${pr.number}). Merge it to renew the flag.`
    : `Opened ${pr.url} (#${pr.number}) to renew ${inlineCode(f.key)} by ${f.days} days, until ${f.expires}. The flag is renewed once it is merged.`;
}
