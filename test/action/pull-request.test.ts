import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../src/action/main.js';
import type { ActionDeps } from '../../src/action/main.js';
import { createGitHubClient } from '../../src/github/client.js';
import { PR_REPORT_MARKER } from '../../src/github/sticky-comment.js';
import { fakeCore } from '../support/fake-core.js';
import { contentsResponse } from '../support/github-nock.js';
import { CHECKOUT, PATCH, REGISTRY } from '../support/pull-request-fixture.js';

/**
 * `command: check` on a pull_request event: the full check plus the flag rules of the PR's own changes, as
 * annotations first in line, in the job summary, and in one sticky PR comment — which a read-only token
 * (fork PRs) may refuse without failing the step.
 */

const API = 'https://api.github.com';
const BASE = 'b'.repeat(40);
const HEAD = 'c'.repeat(40);
const COMMENTS = '/repos/acme/shop/issues/7/comments';

let tmp: string;
let workspace: string;

beforeAll(() => nock.disableNetConnect());
afterAll(() => nock.enableNetConnect());
beforeEach(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'ops-steward-pr-'));
  workspace = path.join(tmp, 'workspace');
  await mkdir(path.join(workspace, 'src'), { recursive: true });
  await writeFile(path.join(workspace, 'flags.yml'), REGISTRY);
  await writeFile(path.join(workspace, 'src', 'checkout.ts'), CHECKOUT);
});
afterEach(async () => {
  const pending = nock.pendingMocks();
  nock.cleanAll();
  await rm(tmp, { recursive: true, force: true });
  expect(pending).toEqual([]);
});

async function deps(options: { fork?: boolean } = {}): Promise<Partial<ActionDeps>> {
  const eventPath = path.join(tmp, 'event.json');
  await writeFile(
    eventPath,
    JSON.stringify({
      pull_request: {
        number: 7,
        changed_files: 1,
        base: { sha: BASE, repo: { full_name: 'acme/shop' } },
        head: { sha: HEAD, repo: { full_name: options.fork ? 'someone/shop' : 'acme/shop' } },
      },
    }),
  );
  return {
    env: {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: 'acme/shop',
      GITHUB_WORKSPACE: workspace,
      RUNNER_TEMP: path.join(tmp, 'runner-temp'),
    },
    cwd: tmp,
    now: () => new Date('2026-11-25T12:00:00Z'),
    createClient: (o) => createGitHubClient({ ...o, fetch: globalThis.fetch }),
  };
}

/** Base config (none), the PR's diff and the base registry: what every review with a token reads. */
function review(patch = PATCH): nock.Scope {
  return nock(API)
    .get(/\/repos\/acme\/shop\/contents\/\.github%2Fops-steward\.ya?ml/)
    .query({ ref: BASE })
    .times(2)
    .reply(404, { message: 'Not Found' })
    .get('/repos/acme/shop/pulls/7/files')
    .query({ per_page: '100', page: '1' })
    .reply(200, [{ filename: 'src/checkout.ts', status: 'modified', patch }])
    .get('/repos/acme/shop/contents/flags.yml')
    .query({ ref: BASE })
    .reply(200, contentsResponse(REGISTRY));
}

describe('Action check on a pull request', () => {
  it('warns when the PR makes a team a code owner without an escalation policy', async () => {
    await mkdir(path.join(workspace, '.github'), { recursive: true });
    await writeFile(
      path.join(workspace, '.github', 'CODEOWNERS'),
      '*  @acme/platform\n/src/  @acme/search\n',
    );
    await writeFile(
      path.join(workspace, '.github', 'ops-steward.yml'),
      'codeowners:\n  teams:\n    "@acme/platform": { policy: sre }\n',
    );
    const comments: string[] = [];
    const api = nock(API)
      .get('/repos/acme/shop/contents/.github%2Fops-steward.yml')
      .query({ ref: BASE })
      .reply(
        200,
        contentsResponse('codeowners:\n  teams:\n    "@acme/platform": { policy: sre }\n'),
      )
      .get('/repos/acme/shop/pulls/7/files')
      .query({ per_page: '100', page: '1' })
      .reply(200, [
        {
          filename: '.github/CODEOWNERS',
          status: 'modified',
          patch: '@@ -1 +1,2 @@\n *  @acme/platform\n+/src/  @acme/search',
        },
      ])
      .get('/repos/acme/shop/contents/flags.yml')
      .query({ ref: BASE })
      .reply(200, contentsResponse(REGISTRY))
      .get('/repos/acme/shop/contents/.github%2FCODEOWNERS')
      .query({ ref: BASE })
      .reply(200, contentsResponse('*  @acme/platform\n'))
      .get(COMMENTS)
      .query(true)
      .times(2)
      .reply(200, [])
      .post(COMMENTS, (body: { body: string }) => {
        comments.push(body.body);
        return true;
      })
      .reply(201, { id: 5, body: 'x', html_url: 'https://github.com/acme/shop/pull/7#c5' })
      // Owner verification (a token that cannot see teams) and GitHub's own verdict.
      .get(/\/orgs\/acme\/teams\/(platform|search)$/)
      .times(2)
      .reply(404, { message: 'Not Found' })
      .get('/orgs/acme/teams')
      .query({ per_page: 1 })
      .reply(403, { message: 'Resource not accessible by integration' })
      .get('/repos/acme/shop/codeowners/errors')
      .query(true)
      .reply(200, { errors: [] });
    const { core, record } = fakeCore({ 'github-token': 'ghs_test', 'fail-on': 'never' });

    await run({ ...(await deps()), core });

    expect(api.isDone()).toBe(true);
    const gap = record.annotations.find(
      (a) => a.properties?.title === 'codeowners/no-escalation-policy',
    );
    expect(gap).toMatchObject({
      level: 'warning',
      properties: { file: '.github/CODEOWNERS', startLine: 2 },
    });
    expect(gap!.message).toContain('this change makes @acme/search a code owner');
    expect(comments[0]).toContain('@acme/search');
  });

  it('annotates the undeclared flag on the changed line first, comments once and fails per fail-on', async () => {
    const posted: string[] = [];
    const api = review()
      .get(COMMENTS)
      .query(true)
      .times(2)
      .reply(200, [{ id: 1, body: 'LGTM' }])
      .post(COMMENTS, (body: { body: string }) => {
        posted.push(body.body);
        return true;
      })
      .reply(201, { id: 99, body: 'x', html_url: 'https://github.com/acme/shop/pull/7#c99' });
    const { core, record } = fakeCore({ 'github-token': 'ghs_test' });

    await run({ ...(await deps()), core });

    expect(api.isDone()).toBe(true);
    const first = record.annotations[0]!;
    expect(first.level).toBe('error');
    expect(first.properties).toMatchObject({
      file: 'src/checkout.ts',
      startLine: 3,
      title: 'flags/pr-undeclared',
    });
    expect(first.message).toContain('"beta-search"');
    expect(posted).toHaveLength(1);
    expect(posted[0]!.startsWith(PR_REPORT_MARKER)).toBe(true);
    expect(posted[0]).toContain('feature flags in this pull request');
    expect(posted[0]).toContain('beta-search');
    expect(record.summary).toContain('feature flags in this pull request');
    expect(record.summary).toContain('PR comment created: https://github.com/acme/shop/pull/7#c99');
    expect(record.summary).toContain('## ops-steward report');
    expect(record.failed).toHaveLength(1);
    expect(record.failed[0]).toMatch(/fail-on is "error"/);
  });

  it('on a fork whose token may not comment: notice, annotations and summary, verdict per fail-on only', async () => {
    for (const failOn of ['error', 'never']) {
      review()
        .get(COMMENTS)
        .query(true)
        .times(2)
        .reply(200, [])
        .post(COMMENTS)
        .reply(403, { message: 'Resource not accessible by integration' });
      const { core, record } = fakeCore({ 'github-token': 'ghs_readonly', 'fail-on': failOn });

      const outcome = await run({ ...(await deps({ fork: true })), core });

      const notice = record.annotations.find(
        (a) => a.level === 'notice' && a.message.includes('PR comment skipped'),
      );
      expect(notice?.message).toContain('403');
      expect(record.annotations.some((a) => a.properties?.title === 'flags/pr-undeclared')).toBe(
        true,
      );
      expect(record.summary).toContain('PR comment skipped');
      expect(record.summary).toContain('beta-search');
      if (failOn === 'never') expect(outcome.failed).toBe(false);
      else expect(record.failed).toEqual([expect.stringMatching(/fail-on is "error"/)]);
      expect(record.failed.join('\n')).not.toContain('comment');
      nock.cleanAll();
    }
  });

  it('edits its earlier comment in place instead of adding one', async () => {
    const api = review()
      .get(COMMENTS)
      .query(true)
      .reply(200, [
        {
          id: 41,
          body: `${PR_REPORT_MARKER}\nold report`,
          user: { login: 'github-actions[bot]', type: 'Bot' },
        },
      ])
      .get('/user')
      .reply(403, { message: 'Resource not accessible by integration' })
      .patch('/repos/acme/shop/issues/comments/41', (body: { body: string }) =>
        body.body.includes('beta-search'),
      )
      .reply(200, { id: 41, body: 'new' });
    const { core, record } = fakeCore({ 'github-token': 'ghs_test' });
    await run({ ...(await deps()), core });
    expect(api.isDone()).toBe(true);
    expect(record.summary).toContain('PR comment updated');
  });

  it('leaves a clean pull request without a comment, but clears an earlier one', async () => {
    await writeFile(
      path.join(workspace, 'src', 'checkout.ts'),
      "import { unleash } from './flags';\nexport const useNew = () => unleash.isEnabled('new-checkout');\n",
    );
    const clean = `@@ -1 +1,2 @@\n import { unleash } from './flags';\n+export const useNew = () => unleash.isEnabled('new-checkout');`;
    review(clean).get(COMMENTS).query(true).reply(200, []);
    const quiet = fakeCore({ 'github-token': 'ghs_test' });
    await run({ ...(await deps()), core: quiet.core });
    expect(quiet.record.failed).toEqual([]);
    expect(quiet.record.summary).toContain('no PR comment: nothing to report');

    const cleared: string[] = [];
    review(clean)
      .get(COMMENTS)
      .query(true)
      .twice()
      .reply(200, [
        {
          id: 41,
          body: `${PR_REPORT_MARKER}\nold report with an error`,
          user: { login: 'github-actions[bot]', type: 'Bot' },
        },
      ])
      .get('/user')
      .twice()
      .reply(403, { message: 'Resource not accessible by integration' })
      .patch('/repos/acme/shop/issues/comments/41', (body: { body: string }) => {
        cleared.push(body.body);
        return true;
      })
      .reply(200, { id: 41, body: 'new' });
    const again = fakeCore({ 'github-token': 'ghs_test' });
    await run({ ...(await deps()), core: again.core });
    expect(cleared[0]).toContain('No problems found');
  });

  it('dry-run reviews and reports but does not write the comment', async () => {
    const api = review();
    const { core, record } = fakeCore({ 'github-token': 'ghs_test', 'dry-run': 'true' });
    await run({ ...(await deps()), core });
    expect(api.isDone()).toBe(true);
    expect(record.annotations[0]?.properties?.title).toBe('flags/pr-undeclared');
    expect(record.summary).toContain('dry-run: the PR comment was not created or updated');
  });

  it('without a token: says the PR rules were skipped and still runs the full check', async () => {
    const { core, record } = fakeCore({ 'github-token': '' });
    await run({ ...(await deps()), core });
    expect(
      record.annotations.find((a) => a.level === 'notice' && a.message.includes('no github-token')),
    ).toBeDefined();
    expect(record.annotations.some((a) => a.properties?.title === 'flags/pr-undeclared')).toBe(
      false,
    );
    // The full check still sees the undeclared flag (a warning by default).
    expect(record.annotations.some((a) => a.properties?.title === 'flags/undeclared')).toBe(true);
    expect(record.failed).toEqual([]);
  });

  it('keeps the full check when GitHub refuses the pull request diff', async () => {
    nock(API)
      .get(/\/repos\/acme\/shop\/contents\/\.github%2Fops-steward\.ya?ml/)
      .query({ ref: BASE })
      .times(2)
      .reply(404, { message: 'Not Found' })
      .get('/repos/acme/shop/pulls/7/files')
      .query(true)
      .reply(404, { message: 'Not Found' });
    const { core, record } = fakeCore({ 'github-token': 'ghs_test' });
    await run({ ...(await deps()), core });
    const warning = record.annotations.find((a) =>
      a.message.includes('could not check the flag changes of pull request #7'),
    );
    expect(warning?.level).toBe('warning');
    expect(record.failed).toEqual([]);
    expect(record.outputs.warnings).not.toBe('0');
  });
});
