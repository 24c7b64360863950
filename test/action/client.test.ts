import nock from 'nock';
import { afterEach, describe, expect, it } from 'vitest';
import { apiUrlFromEnv, createGitHubClient } from '../../src/github/client.js';

afterEach(() => {
  nock.cleanAll();
});

describe('createGitHubClient', () => {
  it('sends requests through the global fetch to the configured API root, authenticated', async () => {
    const scope = nock('https://ghes.example.com/api/v3', {
      reqheaders: { authorization: 'token ghs_abc' },
    })
      .get('/repos/acme/shop')
      .reply(200, { full_name: 'acme/shop' });
    const client = createGitHubClient({
      token: 'ghs_abc',
      baseUrl: 'https://ghes.example.com/api/v3/',
    });
    const { data } = await client.request('GET /repos/{owner}/{repo}', {
      owner: 'acme',
      repo: 'shop',
    });
    expect(data).toMatchObject({ full_name: 'acme/shop' });
    expect(scope.isDone()).toBe(true);
  });

  it('retries a transient server error', async () => {
    const scope = nock('https://api.github.com')
      .get('/repos/acme/shop')
      .reply(502, { message: 'Bad Gateway' })
      .get('/repos/acme/shop')
      .reply(200, { full_name: 'acme/shop' });
    const client = createGitHubClient({ token: 't' });
    const { data } = await client.request('GET /repos/{owner}/{repo}', {
      owner: 'acme',
      repo: 'shop',
    });
    expect(data).toMatchObject({ full_name: 'acme/shop' });
    expect(scope.isDone()).toBe(true);
  });

  it('waits out a secondary rate limit, says so, and retries', async () => {
    const warnings: string[] = [];
    const scope = nock('https://api.github.com')
      .post('/repos/acme/shop/issues')
      .reply(403, { message: 'You have exceeded a secondary rate limit' }, { 'retry-after': '1' })
      .post('/repos/acme/shop/issues')
      .reply(201, { number: 1 });
    const client = createGitHubClient({
      token: 't',
      log: { warning: (m) => warnings.push(m), debug: () => undefined },
    });
    const { data } = await client.request('POST /repos/{owner}/{repo}/issues', {
      owner: 'acme',
      repo: 'shop',
      title: 'x',
    });
    expect(data).toMatchObject({ number: 1 });
    expect(scope.isDone()).toBe(true);
    expect(warnings.join('\n')).toMatch(/secondary rate limit hit for POST .*retrying/);
  });

  it('does not retry a client error', async () => {
    const scope = nock('https://api.github.com')
      .get('/repos/acme/gone')
      .reply(404, { message: 'Not Found' });
    const client = createGitHubClient({ token: 't' });
    await expect(
      client.request('GET /repos/{owner}/{repo}', { owner: 'acme', repo: 'gone' }),
    ).rejects.toMatchObject({
      status: 404,
    });
    expect(scope.isDone()).toBe(true);
  });
});

describe('apiUrlFromEnv', () => {
  it('uses GITHUB_API_URL without a trailing slash and falls back to api.github.com', () => {
    expect(apiUrlFromEnv({ GITHUB_API_URL: 'http://127.0.0.1:9999/' })).toBe(
      'http://127.0.0.1:9999',
    );
    expect(apiUrlFromEnv({})).toBe('https://api.github.com');
  });
});
