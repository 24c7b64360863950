import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { githubPersonLookup } from '../../src/github/people.js';
import { API, strictNock, testOctokit } from '../support/nock-github.js';

describe('githubPersonLookup (oncall/unknown-person on GitHub)', () => {
  strictNock();

  it('in a user’s repository: a login GitHub does not know is not found, an organisation is no person', async () => {
    nock(API)
      .get('/users/alice')
      .reply(200, { login: 'alice', type: 'User' })
      .get('/users/acme')
      .times(2) // once as the repository owner, once as a login in the file
      .reply(200, { login: 'acme', type: 'User' })
      .get('/users/ghost')
      .reply(404, { message: 'Not Found' })
      .get('/users/busy')
      .reply(500, { message: 'Server Error' });
    const lookup = githubPersonLookup(testOctokit(), { owner: 'acme', repo: 'shop' });
    expect(await lookup('alice')).toBe('user');
    expect(await lookup('ghost')).toBe('not-found');
    expect(await lookup('busy')).toBe('unknown');
    expect(await lookup('acme')).toBe('user');
  });

  it('in an organisation’s repository: not a member is reported only when the token can see members', async () => {
    const seeing = nock(API)
      .get('/users/acme')
      .reply(200, { login: 'acme', type: 'Organization' })
      .get('/users/bob')
      .reply(200, { login: 'bob', type: 'User' })
      .get('/orgs/acme/members/bob')
      .reply(404, { message: 'Not Found' })
      .get('/orgs/acme/teams')
      .query({ per_page: '1' })
      .reply(200, [])
      .get('/users/carol')
      .reply(200, { login: 'carol', type: 'User' })
      .get('/orgs/acme/members/carol')
      .reply(204);
    const lookup = githubPersonLookup(testOctokit(), { owner: 'acme', repo: 'shop' });
    expect(await lookup('bob')).toBe('not-found');
    expect(await lookup('carol')).toBe('user');
    expect(seeing.isDone()).toBe(true);

    // A workflow token cannot see private members: a 404 there proves nothing.
    nock(API)
      .get('/users/acme')
      .reply(200, { login: 'acme', type: 'Organization' })
      .get('/users/dave')
      .reply(200, { login: 'dave', type: 'User' })
      .get('/orgs/acme/members/dave')
      .reply(404, { message: 'Not Found' })
      .get('/orgs/acme/teams')
      .query({ per_page: '1' })
      .reply(403, { message: 'Resource not accessible by integration' });
    const blind = githubPersonLookup(testOctokit(), { owner: 'acme', repo: 'shop' });
    expect(await blind('dave')).toBe('unknown');
  });
});
