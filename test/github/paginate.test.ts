import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { pageItems } from '../../src/github/paginate.js';
import { API, strictNock, testOctokit } from '../support/nock-github.js';

strictNock();

const ids = (from: number, n: number) => Array.from({ length: n }, (_, i) => ({ id: from + i }));

describe('pageItems', () => {
  it('reads pages of 100 until a short page', async () => {
    nock(API)
      .get('/repos/acme/shop/labels')
      .query({ per_page: '100', page: '1' })
      .reply(200, ids(0, 100))
      .get('/repos/acme/shop/labels')
      .query({ per_page: '100', page: '2' })
      .reply(200, ids(100, 3));
    const seen: unknown[] = [];
    for await (const item of pageItems(
      testOctokit(),
      'GET /repos/{owner}/{repo}/labels',
      { owner: 'acme', repo: 'shop' },
      { maxPages: 5 },
    )) {
      seen.push(item);
    }
    expect(seen).toHaveLength(103);
  });

  it('reads the list from a field, stops at maxPages, and requests nothing more after a break', async () => {
    nock(API)
      .get('/search/issues')
      .query({ q: 'x', per_page: '100', page: '1' })
      .reply(200, { total_count: 500, items: ids(0, 100) });
    let n = 0;
    for await (const _ of pageItems(
      testOctokit(),
      'GET /search/issues',
      { q: 'x' },
      { maxPages: 1, field: 'items' },
    ))
      n++;
    expect(n).toBe(100);

    nock(API)
      .get('/search/issues')
      .query({ q: 'y', per_page: '100', page: '1' })
      .reply(200, { items: ids(0, 100) });
    for await (const item of pageItems(
      testOctokit(),
      'GET /search/issues',
      { q: 'y' },
      { maxPages: 9, field: 'items' },
    )) {
      if ((item as { id: number }).id === 5) break;
    }
  });
});
