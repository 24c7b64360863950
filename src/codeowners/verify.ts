import type { Finding } from '../findings.js';
import { ownerKey } from './owners.js';
import type { Codeowners } from './types.js';
import { codeownersSeverity } from './rules.js';

/** What the API says about an owner. `unknown`: it could not tell (emails, token scope, outage). */
export type OwnerStatus = 'ok' | 'missing' | 'no-write' | 'unknown';

/**
 * Checks that owners exist and may write to the repository. Only src/github/ implements it (it
 * needs the API); offline there is none and the check says so once.
 */
export interface OwnerVerifier {
  /** Keys of the map are the owners exactly as passed in. */
  verify(owners: readonly string[]): Promise<Map<string, OwnerStatus>>;
}

/** Turns a verifier's verdicts into findings at every place each bad owner is listed. */
export async function verifyOwners(
  codeowners: Codeowners,
  verifier: OwnerVerifier | undefined,
): Promise<Finding[]> {
  if (codeowners.ignored || codeowners.rules.length === 0) return [];
  if (!verifier) {
    return [
      {
        ruleId: 'codeowners/owners-not-verified',
        severity: codeownersSeverity('codeowners/owners-not-verified'),
        message:
          'owner existence and write access were not verified (needs the GitHub API: run as the Action or App)',
        file: codeowners.path,
      },
    ];
  }
  // One question per owner, whatever its spelling: GitHub logins are case-insensitive.
  const canonical = new Map<string, string>();
  for (const rule of codeowners.rules) {
    for (const owner of rule.owners) {
      if (!canonical.has(ownerKey(owner))) canonical.set(ownerKey(owner), owner);
    }
  }
  const verdicts = await verifier.verify([...canonical.values()]);
  const statusOf = (owner: string): OwnerStatus =>
    verdicts.get(canonical.get(ownerKey(owner)) ?? owner) ?? 'unknown';

  const findings: Finding[] = [];
  const unknown = new Set<string>();
  for (const rule of codeowners.rules) {
    rule.owners.forEach((owner, k) => {
      const status = statusOf(owner);
      if (status === 'unknown') unknown.add(ownerKey(owner));
      if (status !== 'missing' && status !== 'no-write') return;
      findings.push({
        ruleId: status === 'missing' ? 'codeowners/unknown-owner' : 'codeowners/owner-no-write',
        severity: 'error',
        message:
          status === 'missing'
            ? `${owner} does not exist (or is not visible to ops-steward): GitHub ignores this owner`
            : `${owner} has no write access to this repository: GitHub does not request its review. ` +
              'Give it write access (teams need it explicitly).',
        file: codeowners.path,
        line: rule.line,
        column: rule.ownerColumns[k],
        endColumn: rule.ownerColumns[k]! + owner.length,
      });
    });
  }
  if (unknown.size > 0) {
    findings.push({
      ruleId: 'codeowners/owners-not-verified',
      severity: codeownersSeverity('codeowners/owners-not-verified'),
      message: `${unknown.size} owner${unknown.size === 1 ? '' : 's'} could not be verified (email addresses, or a token without access to members and teams)`,
      file: codeowners.path,
    });
  }
  return findings;
}
