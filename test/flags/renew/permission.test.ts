import { describe, expect, it } from 'vitest';
import {
  decideRenewPermission,
  roleFromPermissionResponse,
  teamsToCheck,
} from '../../../src/flags/renew/permission.js';

const base = {
  commenter: 'carol',
  flagOwners: ['@alice', '@acme/payments', 'ops@acme.example'],
  registryCodeowners: ['@acme/platform'],
  registryPath: 'flags.yml',
  role: 'write' as const,
  memberOf: new Set<string>(),
};

describe('decideRenewPermission', () => {
  it('allows an owner (logins compare case-insensitively)', () => {
    expect(decideRenewPermission({ ...base, commenter: 'Alice' })).toEqual({
      allowed: true,
      because: 'an owner of the flag',
    });
  });

  it('allows a member of an owning team or of the registry’s code-owner team', () => {
    expect(decideRenewPermission({ ...base, memberOf: new Set(['@ACME/payments']) })).toMatchObject(
      { allowed: true, because: expect.stringContaining('`@acme/payments`') },
    );
    expect(decideRenewPermission({ ...base, memberOf: new Set(['@acme/platform']) })).toMatchObject(
      { allowed: true, because: expect.stringContaining('owns `flags.yml`') },
    );
  });

  it('allows maintainers and admins, not writers', () => {
    expect(decideRenewPermission({ ...base, role: 'maintain' })).toEqual({
      allowed: true,
      because: 'someone with the maintain role on this repository',
    });
    expect(decideRenewPermission({ ...base, role: 'admin' }).allowed).toBe(true);
    expect(decideRenewPermission(base).allowed).toBe(false);
  });

  it('refuses politely, naming who may renew without notifying them', () => {
    const out = decideRenewPermission(base);
    expect(out.allowed).toBe(false);
    if (out.allowed) return;
    expect(out.message).toContain(
      '`@alice`, `@acme/payments`, `ops@acme.example` or `@acme/platform`, or anyone with the maintain or admin role',
    );
    expect(out.message).not.toMatch(/(^|[^`])@alice/);
  });
});

describe('helpers', () => {
  it('lists each team once', () => {
    expect(teamsToCheck(['@acme/web', '@bob'], ['@ACME/web', '@acme/ops'])).toEqual([
      '@acme/web',
      '@acme/ops',
    ]);
  });
  it('prefers role_name, which distinguishes maintain from write', () => {
    expect(roleFromPermissionResponse({ permission: 'write', role_name: 'maintain' })).toBe(
      'maintain',
    );
    expect(roleFromPermissionResponse({ permission: 'admin' })).toBe('admin');
    expect(roleFromPermissionResponse({})).toBeNull();
  });
});
