import nock from 'nock';
import { describe, expect, it } from 'vitest';
import {
  COMMENT_MAX_CHARS,
  PR_REPORT_MARKER,
  upsertStickyComment,
} from '../../src/github/sticky-comment.js';
import { API, strictNock, testOctokit } from '../support/nock-github.js';

const COMMENTS = '/repos/acme/shop/issues/7/comments';
const target = { owner: 'acme', repo: 'shop', issueNumber: 7 };
const octokit = testOctokit;

const BOT = { login: 'github-actions[bot]', type: 'Bot' };
/** What GitHub answers an installation token (GITHUB_TOKEN) asking who it is. */
const installationToken = (scope: nock.Scope): nock.Scope =>
  scope.get('/user').reply(403, { message: 'Resource not accessible by integration' });

const others = (from: number, n: number): { id: number; body: string }[] =>
  Array.from({ length: n }, (_, i) => ({ id: from + i, body: `comment ${from + i}` }));

/** No sticky comment yet (the two looks before creating), then GitHub refuses the create. */
const refusedCreate = (body: object, headers: Record<string, string> = {}): nock.Scope =>
  nock(API)
    .get(COMMENTS)
    .query(true)
    .twice()
    .reply(200, [])
    .post(COMMENTS)
    .reply(403, body, headers);

strictNock();

describe('upsertStickyComment', () => {
  it('finds its comment on a later page and edits it in place', async () => {
    const scope = nock(API)
      .get(COMMENTS)
      .query({ per_page: '100', page: '1' })
      .reply(200, others(1, 100))
      .get(COMMENTS)
      .query({ per_page: '100', page: '2' })
      .reply(200, [
        { id: 500, body: `> ${PR_REPORT_MARKER}\n> quoted by a person` },
        { id: 501, body: `${PR_REPORT_MARKER}\nold report`, user: BOT },
      ]);
    installationToken(scope)
      .patch('/repos/acme/shop/issues/comments/501', { body: `${PR_REPORT_MARKER}\nnew report` })
      .reply(200, {
        id: 501,
        body: `${PR_REPORT_MARKER}\nnew report`,
        html_url: 'https://github.com/acme/shop/pull/7#issuecomment-501',
      });
    const out = await upsertStickyComment(octokit(), target, 'new report');
    expect(out).toEqual({
      action: 'updated',
      commentId: 501,
      url: 'https://github.com/acme/shop/pull/7#issuecomment-501',
    });
    expect(scope.isDone()).toBe(true);
  });

  it('writes nothing when the report did not change', async () => {
    installationToken(
      nock(API)
        .get(COMMENTS)
        .query(true)
        .reply(200, [{ id: 9, body: `${PR_REPORT_MARKER}\nsame`, user: BOT }]),
    );
    expect(await upsertStickyComment(octokit(), target, 'same')).toEqual({
      action: 'unchanged',
      commentId: 9,
    });
  });

  it('searches again right before creating, and updates the comment another run created meanwhile', async () => {
    const scope = nock(API)
      .get(COMMENTS)
      .query(true)
      .reply(200, others(1, 3))
      .get(COMMENTS)
      .query(true)
      .reply(200, [
        ...others(1, 3),
        { id: 77, body: `${PR_REPORT_MARKER}\nfrom the other run`, user: BOT },
      ]);
    installationToken(scope)
      .patch('/repos/acme/shop/issues/comments/77')
      .reply(200, { id: 77, body: 'x' });
    expect(await upsertStickyComment(octokit(), target, 'mine')).toEqual({
      action: 'updated',
      commentId: 77,
    });
    expect(scope.isDone()).toBe(true);
  });

  it('creates exactly one comment when there is none, with the marker first', async () => {
    let posted = '';
    const scope = nock(API)
      .get(COMMENTS)
      .query(true)
      .twice()
      .reply(200, [])
      .post(COMMENTS, (b: { body: string }) => {
        posted = b.body;
        return true;
      })
      .reply(201, { id: 42, body: 'x' });
    expect(await upsertStickyComment(octokit(), target, 'report')).toEqual({
      action: 'created',
      commentId: 42,
    });
    expect(posted).toBe(`${PR_REPORT_MARKER}\nreport`);
    expect(scope.isDone()).toBe(true);
  });

  it('cuts an oversized report to GitHub’s limit, keeping the marker', async () => {
    let posted = '';
    nock(API)
      .get(COMMENTS)
      .query(true)
      .twice()
      .reply(200, [])
      .post(COMMENTS, (b: { body: string }) => {
        posted = b.body;
        return true;
      })
      .reply(201, { id: 1 });
    await upsertStickyComment(octokit(), target, 'x'.repeat(70_000));
    expect(posted.length).toBeLessThanOrEqual(COMMENT_MAX_CHARS);
    expect(posted.startsWith(PR_REPORT_MARKER)).toBe(true);
    expect(posted).toMatch(/report cut to fit/);
  });

  it('reports a skip instead of failing when a fork’s read-only token gets 403 on writing', async () => {
    refusedCreate({ message: 'Resource not accessible by integration' });
    const out = await upsertStickyComment(octokit(), target, 'report');
    expect(out.action).toBe('skipped');
    expect(out.action === 'skipped' && out.reason).toMatch(
      /403: Resource not accessible by integration.*forks/,
    );
  });

  it('a 403 without a fork: names the permission the job needs, besides the fork case', async () => {
    refusedCreate({ message: 'Resource not accessible by integration' });
    const out = await upsertStickyComment(octokit(), target, 'report');
    expect(out.action === 'skipped' && out.reason).toMatch(/`pull-requests: write`/);
  });

  it('a locked conversation: says the pull request is locked, not that it comes from a fork', async () => {
    refusedCreate({
      message: 'Unable to create comment because issue is locked.',
      documentation_url: 'https://docs.github.com/articles/locking-conversations/',
    });
    const out = await upsertStickyComment(octokit(), target, 'report');
    expect(out.action).toBe('skipped');
    const reason = out.action === 'skipped' ? out.reason : '';
    expect(reason).toMatch(/the conversation of #7 is locked/);
    expect(reason).not.toMatch(/fork/);
  });

  it('a rate limit left after the retries is a failure to report, not a skip “expected for forks”', async () => {
    refusedCreate(
      {
        message:
          'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      },
      { 'retry-after': '60' },
    );
    await expect(upsertStickyComment(octokit(), target, 'report')).rejects.toMatchObject({
      status: 403,
    });
  });

  it('still fails on other errors', async () => {
    nock(API).get(COMMENTS).query(true).reply(404, { message: 'Not Found' });
    await expect(upsertStickyComment(octokit(), target, 'report')).rejects.toMatchObject({
      status: 404,
    });
  });
});
