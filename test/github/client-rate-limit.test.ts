import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { createGitHubClient } from '../../src/github/client.js';
import { strictNock } from '../support/nock-github.js';

/**
 * GitHub's primary rate limit, as it answers once a token's hourly requests are spent: 403 (or 429) with
 * `x-ratelimit-remaining: 0` and the reset as epoch seconds. Waiting is right when the reset is near; when
 * it is further away than the run would wait anyway, the run must give up at once and say until when.
 */

strictNock();

function spent(resetInSeconds: number): Record<string, string> {
  return {
    'x-ratelimit-limit': '1000',
    'x-ratelimit-remaining': '0',
    'x-ratelimit-used': '1000',
    'x-ratelimit-resource': 'core',
    'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + resetInSeconds),
  };
}

describe('the primary rate limit', () => {
  it('gives up at once when the reset is further away than the run may wait, saying when it resets', async () => {
    const warnings: string[] = [];
    const scope = nock('https://api.github.com')
      .get('/repos/acme/shop/issues')
      .query(true)
      .reply(
        403,
        {
          message: 'API rate limit exceeded for installation ID 4242.',
          documentation_url:
            'https://docs.github.com/rest/overview/resources-in-the-rest-api#rate-limiting',
        },
        spent(40 * 60),
      );
    // The sweep's budget: 15 minutes for one request, waits included.
    const client = createGitHubClient({
      token: 'ghs_sweep',
      requestBudgetMs: 15 * 60_000,
      log: { warning: (m) => warnings.push(m), debug: () => undefined },
    });
    const started = Date.now();
    await expect(
      client.request('GET /repos/{owner}/{repo}/issues', { owner: 'acme', repo: 'shop' }),
    ).rejects.toMatchObject({ status: 403 });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(warnings.join('\n')).toMatch(
      /primary rate limit hit for GET .*; it resets in 40 min, longer than this run waits \(15 min\): giving up/,
    );
    expect(scope.isDone()).toBe(true);
  }, 20_000);
});
