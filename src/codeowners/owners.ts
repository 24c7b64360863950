/**
 * Owner syntax as GitHub accepts it: `@user`, `@org/team-slug` or an email address. Whether the
 * owner exists and may write is a separate question (see verify.ts): it needs the API.
 */
export type OwnerKind = 'user' | 'team' | 'email';

// GitHub logins: letters, digits and hyphens, at most 39 characters; managed (EMU) logins add an
// `_shortcode` suffix, so underscores are accepted too.
const USER = /^@[A-Za-z0-9](?:[A-Za-z0-9_-]{0,38})$/;
// Team slugs are lower-cased names with `-`, `_` and `.` kept; the org part is a login.
const TEAM = /^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9_.-]+$/;
const EMAIL = /^[^\s@/]+@[^\s@/]+\.[A-Za-z0-9-]{2,}$/;

export function ownerKind(owner: string): OwnerKind | undefined {
  if (TEAM.test(owner)) return 'team';
  if (USER.test(owner)) return 'user';
  if (EMAIL.test(owner)) return 'email';
  return undefined;
}

/** Why an owner token is not valid, with a hint at the likely fix; `undefined` when it is valid. */
export function ownerSyntaxProblem(owner: string): string | undefined {
  if (ownerKind(owner) !== undefined) return undefined;
  const base = `invalid owner "${owner}": owners are @user, @org/team or an email address`;
  if (/^[A-Za-z0-9][A-Za-z0-9_-]*(\/[A-Za-z0-9_.-]+)?$/.test(owner)) {
    return `${base}; did you mean "@${owner}"?`;
  }
  if (/^@[^/]+\/[^/]+\/.+/.test(owner)) {
    return `${base}; nested teams are named by their own slug ("@org/child-team"), not a path`;
  }
  if (owner.startsWith('@@')) return `${base}; did you mean "${owner.slice(1)}"?`;
  if (owner.endsWith('/')) return `${base}; the team slug is missing after "/"`;
  if (owner.includes('#')) return `${base}; a comment needs a space before "#"`;
  return base;
}

/** GitHub logins, team slugs and email addresses compare case-insensitively. */
export function ownerKey(owner: string): string {
  return owner.toLowerCase();
}

export function sameOwner(a: string, b: string): boolean {
  return ownerKey(a) === ownerKey(b);
}
