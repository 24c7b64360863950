import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults.js';
import { syncFlagIssues } from '../../src/engine/sync-flag-issues.js';
import { githubFlagIssues } from '../../src/github/flag-sync.js';
import {
  isAssignable,
  latestEventId,
  listLabeledIssues,
  listTeamMembers,
  searchIssuesByBody,
  stopsSweep,
  updateIssue,
} from '../../src/github/issues.js';
import { createLabel } from '../../src/github/labels.js';
import { memoryRepo } from '../../src/repo/memory.js';
import { API, strictNock, testOctokit } from '../support/nock-github.js';

const repo = { owner: 'acme', repo: 'shop' };
const octokit = testOctokit;

strictNock();

const issue = (number: number, extra: Record<string, unknown> = {}) => ({
  number,
  state: 'open',
  title: `t${number}`,
  body: `<!-- ops-steward:flag=f${number} -->`,
  labels: [{ name: 'feature-flag' }],
  assignees: [{ login: 'alice' }],
  closed_at: null,
  ...extra,
});

describe('issues REST helpers', () => {
  it('lists labelled issues in every state across pages and leaves pull requests out', async () => {
    const page1 = Array.from({ length: 100 }, (_, i) => issue(i + 1));
    const scope = nock(API)
      .get('/repos/acme/shop/issues')
      .query({ labels: 'feature-flag', state: 'all', per_page: '100', page: '1' })
      .reply(200, page1)
      .get('/repos/acme/shop/issues')
      .query({ labels: 'feature-flag', state: 'all', per_page: '100', page: '2' })
      .reply(200, [
        issue(101, { state: 'closed', closed_at: '2026-11-01T00:00:00Z' }),
        issue(102, { pull_request: { url: 'x' } }),
      ]);
    const out = await listLabeledIssues(octokit(), repo, 'feature-flag');
    expect(out).toHaveLength(101);
    expect(out[100]).toEqual({
      number: 101,
      state: 'closed',
      title: 't101',
      body: '<!-- ops-steward:flag=f101 -->',
      labels: ['feature-flag'],
      assignees: ['alice'],
      closedAt: '2026-11-01T00:00:00Z',
    });
    expect(scope.isDone()).toBe(true);
  });

  it('searches issue bodies of the repository for the exact marker phrase', async () => {
    const scope = nock(API)
      .get('/search/issues')
      .query({
        q: 'repo:acme/shop is:issue in:body "ops-steward:flag=new-checkout"',
        per_page: '100',
        page: '1',
      })
      .reply(200, { total_count: 1, incomplete_results: false, items: [issue(7)] });
    expect(
      (await searchIssuesByBody(octokit(), repo, 'ops-steward:flag=new-checkout')).map(
        (i) => i.number,
      ),
    ).toEqual([7]);
    expect(scope.isDone()).toBe(true);
  });

  it('asks GitHub whether a login can be assigned: 204 yes, 404 no, anything else is an error', async () => {
    const scope = nock(API)
      .get('/repos/acme/shop/assignees/alice')
      .reply(204)
      .get('/repos/acme/shop/assignees/ghost')
      .reply(404, { message: 'Not Found' })
      .get('/repos/acme/shop/assignees/bob')
      .reply(500, { message: 'boom' });
    expect(await isAssignable(octokit(), repo, 'alice')).toBe(true);
    expect(await isAssignable(octokit(), repo, 'ghost')).toBe(false);
    await expect(isAssignable(octokit(), repo, 'bob')).rejects.toMatchObject({ status: 500 });
    expect(scope.isDone()).toBe(true);
  });

  it('reads team members, and says "unknown" when the token may not read the team', async () => {
    const scope = nock(API)
      .get('/orgs/acme/teams/payments/members')
      .query({ per_page: '100', page: '1' })
      .reply(200, [{ login: 'erin' }])
      .get('/orgs/acme/teams/secret/members')
      .query(true)
      .reply(403, { message: 'Resource not accessible by integration' });
    expect(await listTeamMembers(octokit(), '@acme/payments')).toEqual(['erin']);
    expect(await listTeamMembers(octokit(), '@acme/secret')).toBeUndefined();
    expect(scope.isDone()).toBe(true);
  });

  it("finds the newest ops-steward event on an issue's comments, among the bot's own", async () => {
    const BOT = { login: 'github-actions[bot]', type: 'Bot' };
    const PERSON = { login: 'mallory', type: 'User' };
    nock(API)
      .get('/repos/acme/shop/issues/3/comments')
      .query({ per_page: '100', page: '1' })
      .reply(200, [
        {
          body: '<!-- ops-steward:event=state:expiring:expired:2026-12-01 flag=x -->\nhi',
          user: BOT,
        },
        { body: 'a person writes', user: PERSON },
        { body: '<!-- ops-steward:event=escalation:2026-12-01 flag=x -->\nlater', user: BOT },
        { body: 'another person', user: PERSON },
        // Pasted by a person: not the bot's.
        { body: '<!-- ops-steward:event=close:gone:: flag=x -->', user: PERSON },
      ]);
    expect(await latestEventId(octokit(), repo, 3)).toBe('escalation:2026-12-01');
  });

  it('sends only the fields of a patch, with state_reason in GitHub spelling', async () => {
    const scope = nock(API)
      .patch('/repos/acme/shop/issues/4', { state: 'closed', state_reason: 'completed', body: 'b' })
      .reply(200, issue(4, { state: 'closed' }));
    expect(
      (
        await updateIssue(octokit(), repo, 4, {
          state: 'closed',
          stateReason: 'completed',
          body: 'b',
        })
      ).state,
    ).toBe('closed');
    expect(scope.isDone()).toBe(true);
  });

  it('treats a label another run created first as fine', async () => {
    nock(API)
      .post('/repos/acme/shop/labels')
      .reply(422, { message: 'Validation Failed', errors: [{ code: 'already_exists' }] });
    expect(
      await createLabel(octokit(), repo, {
        name: 'feature-flag',
        color: '5319e7',
        description: 'd',
      }),
    ).toBe(false);
  });

  it('stops the sweep on rate limits, server errors and missing permissions, not on one missing issue', () => {
    expect(stopsSweep({ status: 403 })).toBe(true);
    expect(stopsSweep({ status: 429 })).toBe(true);
    expect(stopsSweep({ status: 502 })).toBe(true);
    expect(stopsSweep(new Error('socket hang up'))).toBe(true);
    expect(stopsSweep({ status: 404 })).toBe(false);
    expect(stopsSweep({ status: 422 })).toBe(false);
  });
});

describe('syncFlagIssues with nock', () => {
  it('dry run reads issues, assignees and labels, and makes no write', async () => {
    const scope = nock(API)
      .get('/repos/acme/shop/issues')
      .query(true)
      .reply(200, [])
      .get('/search/issues')
      .query(true)
      .reply(200, { total_count: 0, incomplete_results: false, items: [] })
      .get('/repos/acme/shop/assignees/alice')
      .reply(204)
      .get('/repos/acme/shop/labels')
      .query(true)
      .reply(200, [{ name: 'feature-flag' }]);
    const logs: string[] = [];
    const result = await syncFlagIssues({
      tracker: githubFlagIssues(octokit()),
      owner: 'acme',
      repo: 'shop',
      sha: 'e'.repeat(40),
      files: memoryRepo({
        'flags.yml':
          'flags:\n  new-checkout:\n    owner: "@alice"\n    created: 2026-11-01\n    expires: 2026-12-01\n    type: release\n',
        'src/a.ts': "unleash.isEnabled('new-checkout');\n",
      }),
      config: defaultConfig(),
      now: new Date('2026-12-05T00:00:00Z'),
      dryRun: true,
      log: { info: (m) => logs.push(m), warning: (m) => logs.push(`WARN ${m}`) },
    });
    expect(scope.isDone()).toBe(true);
    expect(result).toMatchObject({ dryRun: true, writes: 0 });
    expect(result.error).toBeUndefined();
    expect(result.planned).toMatchObject([{ kind: 'create', key: 'new-checkout', writes: 1 }]);
    expect(logs).toEqual([
      'found 0 flag issue(s) in acme/shop',
      '[dry-run] would create an issue: "new-checkout" is expired; @alice (the flag\'s owner in flags.yml) (1 write)',
      '[dry-run] would create the label "flag:expired"',
    ]);
  });

  it('reports a failed read clearly and writes nothing', async () => {
    nock(API).get('/repos/acme/shop/issues').query(true).reply(401, { message: 'Bad credentials' });
    const result = await syncFlagIssues({
      tracker: githubFlagIssues(octokit()),
      owner: 'acme',
      repo: 'shop',
      sha: 'e'.repeat(40),
      files: memoryRepo({ 'src/a.ts': "unleash.isEnabled('x');\n" }),
      config: defaultConfig(),
      now: new Date('2026-12-05T00:00:00Z'),
    });
    expect(result.error).toBe(
      'could not read the flag issues or owners of acme/shop: HTTP 401: Bad credentials',
    );
  });
});
