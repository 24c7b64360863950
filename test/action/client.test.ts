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

  it('gives up on an unreachable API within its request budget, and says what it waited for', async () => {
    // Every attempt fails as a refused connection does; the retry plugin would go on for minutes.
    nock('https://api.github.com')
      .get('/repos/acme/shop')
      .times(10)
      .replyWithError({ code: 'ECONNREFUSED', message: 'connect ECONNREFUSED' })
      .get('/repos/acme/shop/pulls')
      .optionally()
      .reply(200, []);
    const warnings: string[] = [];
    const client = createGitHubClient({
      token: 't',
      requestBudgetMs: 1500,
      log: { warning: (m) => warnings.push(m), debug: () => undefined },
    });
    const started = Date.now();
    await expect(
      client.request('GET /repos/{owner}/{repo}', { owner: 'acme', repo: 'shop' }),
    ).rejects.toThrow(/did not answer GET \/repos\/\{owner\}\/\{repo\} within 2 s/);
    expect(Date.now() - started).toBeLessThan(4000);
    // The budget is spent: the next request of this run fails at once instead of waiting again.
    const next = Date.now();
    await expect(
      client.request('GET /repos/{owner}/{repo}/pulls', { owner: 'acme', repo: 'shop' }),
    ).rejects.toThrow(/did not answer/);
    expect(Date.now() - next).toBeLessThan(200);
  });
});
