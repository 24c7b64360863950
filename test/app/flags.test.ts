import nock from 'nock';
import type { Probot } from 'probot';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { generateAppPrivateKey } from '../support/app-key.js';
import { SHOP_REPOSITORY, testProbot } from '../support/app-probot.js';
import { configModule } from '../../src/config/module.js';
import { flagsModule } from '../../src/flags/module.js';
import { PR_REPORT_MARKER } from '../../src/github/sticky-comment.js';
import { contentsResponse, mockCommitTree } from '../support/github-nock.js';
import { CHECKOUT, PATCH, REGISTRY } from '../support/pull-request-fixture.js';

/**
 * The App's flag side, through Probot's webhook handling with nock: the `ops-steward / flags` check run and
 * the sticky PR comment on pull requests, and `/ops-steward renew` in comments.
 */

const API = 'https://api.github.com';
const BASE_SHA = 'a'.repeat(40);
const HEAD_SHA = 'c'.repeat(40);
const INSTALLATION = 4242;
const MAIN_RUN = 77;
const FLAGS_RUN = 78;
const FILES = { 'flags.yml': REGISTRY, 'src/checkout.ts': CHECKOUT };
const COMMENTS = '/repos/acme/shop/issues/7/comments';

let privateKey: string;
const logs: string[] = [];

beforeAll(() => {
  privateKey = generateAppPrivateKey();
});

beforeEach(() => {
  nock.disableNetConnect();
  logs.length = 0;
});

afterEach(() => {
  const pending = nock.pendingMocks();
  nock.cleanAll();
  nock.enableNetConnect();
  expect(pending).toEqual([]);
});

function makeProbot(): Probot {
  // The main run checks only the config here; the flags module's pull-request rules are what is looked at.
  const quietFlags = { ...flagsModule, check: async () => [] };
  return testProbot(privateKey, {
    now: () => new Date('2026-11-25T12:00:00Z'),
    modules: [configModule, quietFlags],
  });
}

async function receive(probot: Probot, name: string, payload: object): Promise<void> {
  await probot.receive({ id: 'delivery-1', name, payload } as unknown as Parameters<
    Probot['receive']
  >[0]);
}

const repository = SHOP_REPOSITORY;

function pullRequest(head = { owner: 'acme', repo: 'shop' }) {
  return {
    action: 'opened',
    number: 7,
    installation: { id: INSTALLATION },
    repository,
    pull_request: {
      number: 7,
      changed_files: 1,
      base: { sha: BASE_SHA, ref: 'main', repo: repository },
      head: {
        sha: HEAD_SHA,
        ref: 'feature',
        repo: {
          name: head.repo,
          owner: { login: head.owner },
          full_name: `${head.owner}/${head.repo}`,
        },
      },
    },
  };
}

interface Patch {
  conclusion?: string;
  output?: { title: string; summary: string; annotations?: Array<Record<string, unknown>> };
}

function auth(scope: nock.Scope): nock.Scope {
  return scope
    .post(`/app/installations/${INSTALLATION}/access_tokens`)
    .reply(200, { token: 'ghs_test', permissions: {} });
}

function noConfig(scope: nock.Scope, ref = BASE_SHA): nock.Scope {
  return scope
    .get(/\/repos\/acme\/shop\/contents\/\.github%2Fops-steward\.ya?ml/)
    .query({ ref })
    .times(2)
    .reply(404, { message: 'Not Found' });
}

/** The `ops-steward` run: created, then completed; its PATCH bodies land in `patches`. */
function mainRun(scope: nock.Scope, patches: Patch[]): nock.Scope {
  return scope
    .post('/repos/acme/shop/check-runs', (b: { name: string }) => b.name === 'ops-steward')
    .reply(201, { id: MAIN_RUN })
    .patch(`/repos/acme/shop/check-runs/${MAIN_RUN}`, (b: Patch) => {
      patches.push(b);
      return true;
    })
    .reply(200, { id: MAIN_RUN });
}

/** The flags run: created, then completed; its PATCH bodies land in `patches`. */
function flagsRun(scope: nock.Scope, patches: Patch[]): nock.Scope {
  return scope
    .post('/repos/acme/shop/check-runs', (b: { name: string }) => b.name === 'ops-steward / flags')
    .reply(201, { id: FLAGS_RUN })
    .patch(`/repos/acme/shop/check-runs/${FLAGS_RUN}`, (b: Patch) => {
      patches.push(b);
      return true;
    })
    .reply(200, { id: FLAGS_RUN });
}

/** The PR's diff and the base registry. */
function review(scope: nock.Scope): nock.Scope {
  return scope
    .get('/repos/acme/shop/pulls/7/files')
    .query({ per_page: '100', page: '1' })
    .reply(200, [{ filename: 'src/checkout.ts', status: 'modified', patch: PATCH }])
    .get('/repos/acme/shop/contents/flags.yml')
    .query({ ref: BASE_SHA })
    .reply(200, contentsResponse(REGISTRY));
}

describe('App: the ops-steward / flags check run', () => {
  it('runs after the main check on a new head: annotations on the changed line, failure, one sticky comment', async () => {
    const mainPatches: Patch[] = [];
    const patches: Patch[] = [];
    const posted: string[] = [];
    const scope = mainRun(auth(nock(API)), mainPatches);
    noConfig(scope);
    mockCommitTree(scope, { owner: 'acme', repo: 'shop', sha: HEAD_SHA }, FILES);
    flagsRun(scope, patches);
    review(scope)
      .get(COMMENTS)
      .query(true)
      .twice()
      .reply(200, [])
      .post(COMMENTS, (b: { body: string }) => {
        posted.push(b.body);
        return true;
      })
      .reply(201, { id: 5, body: 'x' });

    await receive(makeProbot(), 'pull_request', pullRequest());

    expect(mainPatches.at(-1)?.conclusion).toBe('success');
    expect(patches).toHaveLength(1);
    expect(patches[0]!.conclusion).toBe('failure');
    expect(patches[0]!.output!.title).toBe('1 error, 0 warnings, 0 notices');
    expect(patches[0]!.output!.annotations).toEqual([
      expect.objectContaining({
        path: 'src/checkout.ts',
        start_line: 3,
        annotation_level: 'failure',
        message: expect.stringContaining('"beta-search"'),
      }),
    ]);
    expect(patches[0]!.output!.summary).toContain('feature flags in this pull request');
    expect(posted).toHaveLength(1);
    expect(posted[0]!.startsWith(PR_REPORT_MARKER)).toBe(true);
    expect(posted[0]).toContain('beta-search');
  });

  it('completes the run with its annotations when the comment is refused (403), without failing the delivery', async () => {
    const patches: Patch[] = [];
    const scope = auth(nock(API))
      .post('/repos/acme/shop/check-runs', (b: { name: string }) => b.name === 'ops-steward')
      .reply(201, { id: MAIN_RUN })
      .patch(`/repos/acme/shop/check-runs/${MAIN_RUN}`)
      .reply(200, { id: MAIN_RUN });
    noConfig(scope);
    mockCommitTree(scope, { owner: 'someone', repo: 'shop-fork', sha: HEAD_SHA }, FILES);
    flagsRun(scope, patches);
    review(scope)
      .get(COMMENTS)
      .query(true)
      .reply(403, { message: 'Resource not accessible by integration' });

    await receive(
      makeProbot(),
      'pull_request',
      pullRequest({ owner: 'someone', repo: 'shop-fork' }),
    );

    expect(patches[0]!.conclusion).toBe('failure');
    expect(patches[0]!.output!.annotations).toHaveLength(1);
  });

  it('re-runs alone from its own "Re-run", reading the config and the head itself', async () => {
    const patches: Patch[] = [];
    const scope = auth(nock(API))
      .get('/repos/acme/shop/pulls/7')
      .reply(200, {
        number: 7,
        base: { sha: BASE_SHA },
        head: { sha: HEAD_SHA, repo: { name: 'shop', owner: { login: 'acme' } } },
      });
    flagsRun(scope, patches);
    noConfig(scope);
    mockCommitTree(scope, { owner: 'acme', repo: 'shop', sha: HEAD_SHA }, FILES);
    review(scope)
      .get(COMMENTS)
      .query(true)
      .reply(200, [
        {
          id: 41,
          body: `${PR_REPORT_MARKER}\nold`,
          user: { login: 'ops-steward[bot]', type: 'Bot' },
        },
      ])
      .get('/user')
      .reply(403, { message: 'Resource not accessible by integration' })
      .patch('/repos/acme/shop/issues/comments/41')
      .reply(200, { id: 41, body: 'new' });

    await receive(makeProbot(), 'check_run', {
      action: 'rerequested',
      installation: { id: INSTALLATION },
      repository,
      check_run: {
        id: 1,
        name: 'ops-steward / flags',
        head_sha: HEAD_SHA,
        pull_requests: [{ number: 7 }],
      },
    });

    expect(patches.at(-1)?.conclusion).toBe('failure');
  });

  it('creates and concludes every run when reading the base config fails with a 500', async () => {
    const mainPatches: Patch[] = [];
    const flagsPatches: Patch[] = [];
    const scope = mainRun(auth(nock(API)), mainPatches)
      .get('/repos/acme/shop/contents/.github%2Fops-steward.yml')
      .query({ ref: BASE_SHA })
      .times(2)
      .reply(500, { message: 'Server Error' });
    flagsRun(scope, flagsPatches);

    await receive(makeProbot(), 'pull_request', pullRequest()).catch(() => undefined);

    expect(mainPatches).toEqual([expect.objectContaining({ conclusion: 'failure' })]);
    expect(flagsPatches).toEqual([expect.objectContaining({ conclusion: 'failure' })]);
    expect(flagsPatches[0]!.output!.title).toBe(
      'ops-steward could not check the Feature flags rules of acme/shop@ccccccc (#7)',
    );
  });

  it('concludes failure pointing at the main run when the base config is invalid', async () => {
    const patches: Patch[] = [];
    const scope = auth(nock(API))
      .get('/repos/acme/shop/pulls/7')
      .reply(200, {
        number: 7,
        base: { sha: BASE_SHA },
        head: { sha: HEAD_SHA, repo: { name: 'shop', owner: { login: 'acme' } } },
      });
    flagsRun(scope, patches);
    scope
      .get('/repos/acme/shop/contents/.github%2Fops-steward.yml')
      .query({ ref: BASE_SHA })
      .reply(200, contentsResponse('flags:\n  expiringWithinDays: -1\n'));

    await receive(makeProbot(), 'check_run', {
      action: 'rerequested',
      installation: { id: INSTALLATION },
      repository,
      check_run: {
        id: 1,
        name: 'ops-steward / flags',
        head_sha: HEAD_SHA,
        pull_requests: [{ number: 7 }],
      },
    });

    expect(patches[0]).toMatchObject({ conclusion: 'failure' });
    expect(patches[0]!.output!.title).toBe('Invalid configuration in .github/ops-steward.yml');
    expect(patches[0]!.output!.summary).toContain('`ops-steward` check run');
  });
});

describe('App: /ops-steward renew in a comment', () => {
  function comment(body: string, login = 'alice') {
    return {
      action: 'created',
      installation: { id: INSTALLATION },
      repository,
      issue: { number: 12 },
      comment: { id: 9, body, user: { login, type: 'User' } },
    };
  }

  it('makes no request for a comment without the command', async () => {
    await receive(
      makeProbot(),
      'issue_comment',
      comment('Looks good to me, /ops-steward fan here'),
    );
    expect(nock.pendingMocks()).toEqual([]);
  });

  it('answers with the default branch config: an unknown flag gets a reply naming the closest key', async () => {
    const reply: string[] = [];
    const SHA = 'd'.repeat(40);
    const scope = auth(nock(API));
    noConfig(scope, 'main');
    scope
      .get('/repos/acme/shop/git/ref/heads%2Fmain')
      .reply(200, { ref: 'refs/heads/main', object: { sha: SHA, type: 'commit' } })
      .get('/repos/acme/shop/contents/flags.yml')
      .query({ ref: SHA })
      .reply(200, { ...contentsResponse(REGISTRY), sha: 'e'.repeat(40) })
      .post('/repos/acme/shop/issues/12/comments', (b: { body: string }) => {
        reply.push(b.body);
        return true;
      })
      .reply(201, { id: 1 });

    await receive(makeProbot(), 'issue_comment', comment('/ops-steward renew new-chekout'));

    expect(reply).toHaveLength(1);
    expect(reply[0]).toMatch(
      /^@alice There is no flag `new-chekout`.*Did you mean `new-checkout`\?/,
    );
  });

  it('replies with the problems when the default branch config is invalid', async () => {
    const reply: string[] = [];
    auth(nock(API))
      .get('/repos/acme/shop/contents/.github%2Fops-steward.yml')
      .query({ ref: 'main' })
      .reply(200, contentsResponse('flags:\n  lifetimeDays: 30\n'))
      .post('/repos/acme/shop/issues/12/comments', (b: { body: string }) => {
        reply.push(b.body);
        return true;
      })
      .reply(201, { id: 1 });

    await receive(makeProbot(), 'issue_comment', comment('/ops-steward renew new-checkout'));

    expect(reply[0]).toMatch(/^@alice The ops-steward config on `main` is invalid/);
    expect(reply[0]).toContain('.github/ops-steward.yml:2:');
  });
});
