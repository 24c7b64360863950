import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { PR_REPORT_MARKER, upsertStickyComment } from '../../src/github/sticky-comment.js';
import { API, strictNock, testOctokit } from '../support/nock-github.js';

/**
 * Issue 9, defect 8: a comment by anyone that starts with the hidden marker was edited by the bot —
 * a contributor could plant one and have the bot overwrite it. Only the bot's own comments count.
 */

const COMMENTS = '/repos/acme/shop/issues/7/comments';
const target = { owner: 'acme', repo: 'shop', issueNumber: 7 };
const human = (login: string) => ({ login, type: 'User' });
const BOT = { login: 'github-actions[bot]', type: 'Bot' };

strictNock();

describe('the sticky comment only trusts its own author', () => {
  it("ignores a person's comment that starts with the marker and creates its own", async () => {
    let posted = '';
    const planted = { id: 5, body: `${PR_REPORT_MARKER}\nplanted`, user: human('mallory') };
    const scope = nock(API)
      .get(COMMENTS)
      .query(true)
      .twice()
      .reply(200, [planted])
      // An installation token (GITHUB_TOKEN, an App) cannot ask who it is: only Bot accounts are it.
      .get('/user')
      .reply(403, { message: 'Resource not accessible by integration' })
      .post(COMMENTS, (b: { body: string }) => {
        posted = b.body;
        return true;
      })
      .reply(201, { id: 6, body: 'x', user: BOT });
    const out = await upsertStickyComment(testOctokit(), target, 'report');
    expect(out).toMatchObject({ action: 'created', commentId: 6 });
    expect(posted).toBe(`${PR_REPORT_MARKER}\nreport`);
    expect(scope.isDone()).toBe(true);
  });

  it('edits the comment of the bot account, after skipping a planted one', async () => {
    const scope = nock(API)
      .get(COMMENTS)
      .query(true)
      .reply(200, [
        { id: 5, body: `${PR_REPORT_MARKER}\nplanted`, user: human('mallory') },
        { id: 8, body: `${PR_REPORT_MARKER}\nold`, user: BOT },
      ])
      .get('/user')
      .reply(403, { message: 'Resource not accessible by integration' })
      .patch('/repos/acme/shop/issues/comments/8')
      .reply(200, { id: 8, body: 'x', user: BOT });
    expect(await upsertStickyComment(testOctokit(), target, 'new')).toMatchObject({
      action: 'updated',
      commentId: 8,
    });
    expect(scope.isDone()).toBe(true);
  });

  it('with a personal token, edits only the comment of that user', async () => {
    const scope = nock(API)
      .get(COMMENTS)
      .query(true)
      .reply(200, [
        { id: 5, body: `${PR_REPORT_MARKER}\nplanted`, user: human('mallory') },
        { id: 9, body: `${PR_REPORT_MARKER}\nold`, user: human('ci-robot') },
      ])
      .get('/user')
      .reply(200, { login: 'CI-Robot', type: 'User' })
      .patch('/repos/acme/shop/issues/comments/9')
      .reply(200, { id: 9, body: 'x' });
    expect(await upsertStickyComment(testOctokit(), target, 'new')).toMatchObject({
      action: 'updated',
      commentId: 9,
    });
    expect(scope.isDone()).toBe(true);
  });
});
