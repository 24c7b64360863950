import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { isChangedLine } from '../../../src/repo/diff.js';
import { fetchPullRequestDiff } from '../../../src/github/pull-request.js';
import { API, strictNock, testOctokit } from '../../support/nock-github.js';

const FILES = '/repos/acme/shop/pulls/7/files';
const octokit = testOctokit;

strictNock();

describe('fetchPullRequestDiff (GET /pulls/{n}/files)', () => {
  it('reads every page and maps each file’s added lines', async () => {
    const page1 = Array.from({ length: 100 }, (_, i) => ({
      filename: `gen/f${i}.ts`,
      status: 'added',
      patch: '@@ -0,0 +1 @@\n+x',
    }));
    const scope = nock(API)
      .get(FILES)
      .query({ per_page: '100', page: '1' })
      .reply(200, page1)
      .get(FILES)
      .query({ per_page: '100', page: '2' })
      .reply(200, [
        { filename: 'src/app.ts', status: 'modified', patch: '@@ -10,2 +10,3 @@\n a\n+b\n c' },
        { status: 'weird' },
      ]);
    const diff = await fetchPullRequestDiff(octokit(), {
      owner: 'acme',
      repo: 'shop',
      pullNumber: 7,
      changedFiles: 101,
    });
    expect(diff.files.size).toBe(101);
    expect(diff.complete).toBe(true);
    expect(isChangedLine(diff, 'src/app.ts', 11)).toBe(true);
    expect(isChangedLine(diff, 'src/app.ts', 10)).toBe(false);
    expect(isChangedLine(diff, 'gen/f99.ts', 1)).toBe(true);
    expect(scope.isDone()).toBe(true);
  });
});
