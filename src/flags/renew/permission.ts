import { ownerKind, sameOwner } from '../../codeowners/owners.js';
import { inlineCode, quietList } from './text.js';

/**
 * Who may renew a flag: an owner of the flag, a CODEOWNER of the registry file, or anyone with the
 * maintain or admin role on the repository. Owners that are teams count through membership, which the
 * caller looks up (the API needs the org's team membership endpoint) and passes in `memberOf`.
 * Email owners cannot be matched to a GitHub login and never grant permission by themselves.
 */

/** GitHub's repository roles, highest first (`role_name` of the collaborator permission endpoint). */
export type RepoRole = 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none';

export interface RenewPermissionInput {
  /** GitHub login of the commenter, without `@`. */
  commenter: string;
  flagOwners: readonly string[];
  /** Owners of the registry file per CODEOWNERS (empty when there is no rule for it). */
  registryCodeowners: readonly string[];
  registryPath: string;
  /** Null when the role could not be read. */
  role: RepoRole | null;
  /** Teams (`@org/slug`, any case) the commenter is known to be a member of. */
  memberOf: ReadonlySet<string>;
}

export type RenewPermission =
  | { allowed: true; because: string }
  /** `message` is the polite refusal to post (Markdown, no notifications). */
  | { allowed: false; message: string };

const RENEWING_ROLES: readonly RepoRole[] = ['admin', 'maintain'];

export function decideRenewPermission(input: RenewPermissionInput): RenewPermission {
  const me = `@${input.commenter.replace(/^@/, '')}`;
  const memberOf = new Set([...input.memberOf].map((t) => t.toLowerCase()));
  const grants = (owner: string): boolean =>
    (ownerKind(owner) === 'user' && sameOwner(owner, me)) ||
    (ownerKind(owner) === 'team' && memberOf.has(owner.toLowerCase()));

  const owner = input.flagOwners.find(grants);
  if (owner)
    return {
      allowed: true,
      because: sameOwner(owner, me)
        ? 'an owner of the flag'
        : `a member of ${inlineCode(owner)}, which owns the flag`,
    };
  const codeowner = input.registryCodeowners.find(grants);
  if (codeowner)
    return {
      allowed: true,
      because: sameOwner(codeowner, me)
        ? `a code owner of ${inlineCode(input.registryPath)}`
        : `a member of ${inlineCode(codeowner)}, which owns ${inlineCode(input.registryPath)}`,
    };
  if (input.role !== null && RENEWING_ROLES.includes(input.role))
    return { allowed: true, because: `someone with the ${input.role} role on this repository` };

  const who = [
    ...new Set(
      [...input.flagOwners, ...input.registryCodeowners].map((o) => o.trim()).filter(Boolean),
    ),
  ];
  const people = who.length > 0 ? `${quietList(who)}, or ` : '';
  return {
    allowed: false,
    message:
      'Thanks for looking after this flag — but renewing it is up to the people responsible for it. ' +
      `It can be renewed by ${people}anyone with the maintain or admin role on this repository. ` +
      'Please ask one of them to comment the same command, or open a pull request that changes `expires` for them to review.',
  };
}

/** Teams among the owners whose membership would decide the question (the caller looks these up). */
export function teamsToCheck(
  flagOwners: readonly string[],
  registryCodeowners: readonly string[],
): string[] {
  const teams = new Map<string, string>();
  for (const owner of [...flagOwners, ...registryCodeowners]) {
    if (ownerKind(owner) === 'team' && !teams.has(owner.toLowerCase()))
      teams.set(owner.toLowerCase(), owner);
  }
  return [...teams.values()];
}

/** Reads the role from `GET /repos/{o}/{r}/collaborators/{user}/permission` (`role_name`, else `permission`). */
export function roleFromPermissionResponse(data: unknown): RepoRole | null {
  if (typeof data !== 'object' || data === null) return null;
  const r = data as Record<string, unknown>;
  const known = (v: unknown): RepoRole | null =>
    typeof v === 'string' && ['admin', 'maintain', 'write', 'triage', 'read', 'none'].includes(v)
      ? (v as RepoRole)
      : null;
  return known(r.role_name) ?? known(r.permission);
}
