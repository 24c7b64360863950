import type { CodeownersConfig } from './config.js';
import type { Finding } from '../findings.js';
import type { OnCallDirectory } from './escalation.js';
import { policyForOwner } from './escalation.js';
import { ownersOf } from './match.js';
import type { Codeowners } from './types.js';

/**
 * Says who acts on each finding, the way GitHub would route a review: a finding that names no owner
 * gets the CODEOWNERS owners of its file; every finding gets the escalation policy of the first of
 * its owners that has one, else of its file's code owners (a flag owned by @alice in a file owned by
 * @acme/platform escalates through the platform team's policy). With an on-call directory and a
 * time, the escalation also names who is on call first at that time.
 */
export function withOwnership(
  findings: readonly Finding[],
  codeowners: Codeowners,
  config: CodeownersConfig,
  directory?: OnCallDirectory,
  at?: Date,
): Finding[] {
  const describe = (policy: string): string => {
    const first = directory && at ? directory.onCallAt(policy, at)?.[0]?.people : undefined;
    return first && first.length > 0 ? `${policy} (on call: ${first.join(', ')})` : policy;
  };
  const policyOf = (owners: readonly string[]): string | undefined => {
    for (const owner of owners) {
      const policy = policyForOwner(owner, config, directory);
      if (policy !== undefined) return describe(policy);
    }
    return undefined;
  };
  return findings.map((finding) => {
    if (!finding.file) return finding;
    const fileOwners = ownersOf(codeowners, finding.file).owners;
    const owners = finding.owners?.length ? finding.owners : fileOwners;
    const escalation = finding.escalation ?? policyOf(owners) ?? policyOf(fileOwners);
    if (owners === finding.owners && escalation === finding.escalation) return finding;
    return {
      ...finding,
      ...(owners.length > 0 ? { owners: [...owners] } : {}),
      ...(escalation !== undefined ? { escalation } : {}),
    };
  });
}
