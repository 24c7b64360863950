import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { parseCodeowners } from '../../src/codeowners/parse.js';
import { verifyOwners } from '../../src/codeowners/verify.js';
import {
  codeownersErrorsToFindings,
  createGitHubOwnerVerifier,
  fetchCodeownersErrors,
} from '../../src/github/codeowners.js';
import { API, strictNock, testOctokit } from '../support/nock-github.js';

const target = { owner: 'acme', repo: 'shop' };
const octokit = testOctokit;

strictNock();

describe('GET /repos/{owner}/{repo}/codeowners/errors', () => {
  it('maps GitHub’s errors to findings at GitHub’s line and column, for the given ref', async () => {
    nock(API)
      .get('/repos/acme/shop/codeowners/errors')
      .query({ ref: 'feature/x' })
      .reply(200, {
        errors: [
          {
            line: 3,
            column: 7,
            kind: 'Unknown owner',
            source: '/src/ @acme/ghosts',
            suggestion: 'make sure @acme/ghosts exists and has write access to the repository',
            message:
              'Unknown owner on line 3: make sure @acme/ghosts exists…\n\n  /src/ @acme/ghosts\n        ^',
            path: '.github/CODEOWNERS',
          },
          {
            line: 1,
            column: 1,
            kind: 'Invalid pattern',
            source: '/',
            suggestion: 'The pattern `/` will never match anything, did you mean `*` instead?',
            message: 'Invalid pattern on line 1',
            path: '.github/CODEOWNERS',
          },
        ],
      });
    const out = await fetchCodeownersErrors(octokit(), { ...target, ref: 'feature/x' });
    expect(out).toEqual([
      {
        ruleId: 'codeowners/github-error',
        severity: 'error',
        message:
          'GitHub reports "Unknown owner": /src/ @acme/ghosts. make sure @acme/ghosts exists and has write access to the repository',
        file: '.github/CODEOWNERS',
        line: 3,
        column: 7,
      },
      expect.objectContaining({
        file: '.github/CODEOWNERS',
        line: 1,
        column: 1,
        message: expect.stringContaining('did you mean `*` instead?'),
      }),
    ]);
  });

  it('no errors → no findings; no CODEOWNERS (404) → no findings', async () => {
    nock(API).get('/repos/acme/shop/codeowners/errors').reply(200, { errors: [] });
    expect(await fetchCodeownersErrors(octokit(), target)).toEqual([]);
    nock(API).get('/repos/acme/shop/codeowners/errors').reply(404, { message: 'Not Found' });
    expect(await fetchCodeownersErrors(octokit(), target)).toEqual([]);
  });

  it('other failures become one notice, not a crash', async () => {
    nock(API)
      .get('/repos/acme/shop/codeowners/errors')
      .reply(403, { message: 'Resource not accessible by integration' });
    const out = await fetchCodeownersErrors(octokit(), target);
    expect(out).toEqual([
      expect.objectContaining({ ruleId: 'codeowners/github-unavailable', severity: 'notice' }),
    ]);
    expect(out[0]!.message).toContain('HTTP 403');
  });

  it('ignores malformed entries', () => {
    expect(codeownersErrorsToFindings({ errors: [{ line: 2 }, 'x'] })).toEqual([]);
    expect(codeownersErrorsToFindings(null)).toEqual([]);
  });
});

describe('createGitHubOwnerVerifier', () => {
  it('does not call a team missing when the token cannot see teams at all (the Action token)', async () => {
    const scope = nock(API)
      .get('/orgs/acme/teams/web')
      .reply(404, { message: 'Not Found' })
      .get('/orgs/acme/teams')
      .query({ per_page: 1 })
      .reply(403, { message: 'Resource not accessible by integration' });
    const verdicts = await createGitHubOwnerVerifier(octokit(), target).verify(['@acme/web']);
    expect(verdicts.get('@acme/web')).toBe('unknown');
    expect(scope.isDone()).toBe(true);
  });

  it('checks existence and write access of users and teams; emails are unknown', async () => {
    nock(API)
      .get('/users/alice')
      .reply(200, { login: 'alice' })
      .get('/repos/acme/shop/collaborators/alice/permission')
      .reply(200, { permission: 'write', role_name: 'write' })
      .get('/users/reader')
      .reply(200, { login: 'reader' })
      .get('/repos/acme/shop/collaborators/reader/permission')
      .reply(200, { permission: 'read', role_name: 'triage' })
      .get('/users/ghost')
      .reply(404, { message: 'Not Found' })
      .get('/orgs/acme/teams/web')
      .reply(200, { slug: 'web' })
      .get('/orgs/acme/teams/web/repos/acme/shop')
      .matchHeader('accept', 'application/vnd.github.v3.repository+json')
      .reply(200, {
        permissions: { admin: false, maintain: false, push: true, triage: true, pull: true },
      })
      .get('/orgs/acme/teams/viewers')
      .reply(200, { slug: 'viewers' })
      .get('/orgs/acme/teams/viewers/repos/acme/shop')
      .reply(404, { message: 'Not Found' })
      .get('/orgs/acme/teams/gone')
      .reply(404, { message: 'Not Found' })
      .get('/orgs/acme/teams')
      .query({ per_page: 1 })
      .reply(200, [{ slug: 'web' }])
      .get('/orgs/acme/teams/secret')
      .reply(403, { message: 'Forbidden' });

    const verdicts = await createGitHubOwnerVerifier(octokit(), target).verify([
      '@alice',
      '@reader',
      '@ghost',
      '@acme/Web',
      '@acme/viewers',
      '@acme/gone',
      '@acme/secret',
      'dev@example.com',
    ]);
    expect(Object.fromEntries(verdicts)).toEqual({
      '@alice': 'ok',
      '@reader': 'no-write',
      '@ghost': 'missing',
      '@acme/Web': 'ok',
      '@acme/viewers': 'no-write',
      '@acme/gone': 'missing',
      '@acme/secret': 'unknown',
      'dev@example.com': 'unknown',
    });
  });

  it('feeds the check: findings at the CODEOWNERS lines of bad owners', async () => {
    nock(API)
      .get('/orgs/acme/teams/web')
      .reply(200, { slug: 'web' })
      .get('/orgs/acme/teams/web/repos/acme/shop')
      .reply(200, { permissions: { push: true } })
      .get('/users/ghost')
      .reply(404, { message: 'Not Found' });
    const co = parseCodeowners('* @acme/web\n/src/   @ghost\n', '.github/CODEOWNERS');
    const out = await verifyOwners(co, createGitHubOwnerVerifier(octokit(), target));
    expect(out).toEqual([
      expect.objectContaining({
        ruleId: 'codeowners/unknown-owner',
        severity: 'error',
        line: 2,
        column: 9,
      }),
    ]);
  });
});
