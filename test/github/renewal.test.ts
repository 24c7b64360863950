import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults.js';
import { renewFlag } from '../../src/engine/renew-flag.js';
import type { RenewOutcome, RenewRequest } from '../../src/engine/renew-flag.js';
import { githubRenewals } from '../../src/github/renewal.js';
import type { OctokitLike } from '../../src/repo/github.js';
import { contentsResponse } from '../support/github-nock.js';
import { API, strictNock, testOctokit } from '../support/nock-github.js';

const SHA = 'a'.repeat(40);
const BLOB = 'b'.repeat(40);
const REPO = '/repos/acme/shop';
const REGISTRY = [
  '# Feature flags. Renew in 30-day steps: /ops-steward renew KEY',
  'flags:',
  '  new-checkout:   # the big one',
  "    owner: ['@alice', '@acme/checkout']",
  "    created: '2026-11-01'",
  "    expires: '2026-12-01'  # first expiry",
  '    type: release',
  '',
  '  beta-search: {owner: "@bob", created: 2026-11-20, expires: 2026-12-20, type: experiment}',
  '',
].join('\n');
const RENEWED = REGISTRY.replace(
  "    expires: '2026-12-01'  # first expiry\n",
  "    expires: '2026-12-31'  # first expiry\n    renewedFrom: '2026-12-01'\n",
);
const BRANCH = 'ops-steward/renew-new-checkout-2026-12-31';

const octokit = testOctokit;

type RenewCommentInput = Omit<RenewRequest, 'where'> & {
  octokit: OctokitLike;
  owner: string;
  repo: string;
};

/** The use case on the GitHub port, as the App's comment handler runs it. */
function handleRenewComment(i: RenewCommentInput): Promise<RenewOutcome> {
  return renewFlag({ ...i, where: `${i.owner}/${i.repo}` }, githubRenewals(i.octokit, i));
}

function input(over: Partial<RenewCommentInput>): RenewCommentInput {
  return {
    octokit: octokit(),
    owner: 'acme',
    repo: 'shop',
    issueNumber: 12,
    commenter: 'alice',
    body: '/ops-steward renew new-checkout',
    defaultBranch: 'main',
    config: defaultConfig(),
    now: new Date('2026-11-25T12:00:00Z'),
    ...over,
  };
}

/** The reads every renewal starts with: the default branch's commit and the registry there. */
function registryReads(scope: nock.Scope): nock.Scope {
  return scope
    .get(`${REPO}/git/ref/heads%2Fmain`)
    .reply(200, { ref: 'refs/heads/main', object: { sha: SHA, type: 'commit' } })
    .get(`${REPO}/contents/flags.yml`)
    .query({ ref: SHA })
    .reply(200, { ...contentsResponse(REGISTRY), sha: BLOB });
}

/** A new renewal's writes up to the pull request: no open one yet, the branch, the commit of `path`. */
function branchAndCommit(
  scope: nock.Scope,
  path: string,
  into: { content?: string; sha?: string; branch?: string; message?: string },
): nock.Scope {
  return scope
    .get(`${REPO}/pulls`)
    .query({ state: 'open', head: `acme:${BRANCH}`, per_page: '10' })
    .reply(200, [])
    .post(`${REPO}/git/refs`, { ref: `refs/heads/${BRANCH}`, sha: SHA })
    .reply(201, { ref: `refs/heads/${BRANCH}` })
    .put(
      `${REPO}/contents/${encodeURIComponent(path)}`,
      (b: { content: string; sha: string; branch: string; message: string }) => {
        Object.assign(into, {
          content: Buffer.from(b.content, 'base64').toString('utf8'),
          sha: b.sha,
          branch: b.branch,
          message: b.message,
        });
        return true;
      },
    )
    .reply(200, { commit: { sha: 'c'.repeat(40) } });
}

/** The open renewal PR's branch already holds the renewal of the default branch's registry. */
function branchIsCurrent(scope: nock.Scope): nock.Scope {
  return scope
    .get(`${REPO}/contents/flags.yml`)
    .query({ ref: BRANCH })
    .reply(200, { ...contentsResponse(RENEWED), sha: 'd'.repeat(40) });
}

function captureReply(scope: nock.Scope, into: { body?: string }): nock.Scope {
  return scope
    .post(`${REPO}/issues/12/comments`, (b: { body: string }) => {
      into.body = b.body;
      return true;
    })
    .reply(201, { id: 1 });
}

strictNock();

describe('handleRenewComment', () => {
  it('opens a PR from a branch whose only change is the expires line (plus renewedFrom), and links it', async () => {
    const committed: { content?: string; sha?: string; branch?: string; message?: string } = {};
    let pullBody = '';
    const reply: { body?: string } = {};
    const scope = branchAndCommit(registryReads(nock(API)), 'flags.yml', committed)
      .post(`${REPO}/pulls`, (b: { head: string; base: string; title: string; body: string }) => {
        pullBody = b.body;
        return (
          b.head === BRANCH &&
          b.base === 'main' &&
          b.title === 'Renew feature flag "new-checkout" until 2026-12-31'
        );
      })
      .reply(201, { number: 57, html_url: 'https://github.com/acme/shop/pull/57' });
    captureReply(scope, reply);

    const out = await handleRenewComment(input({}));

    expect(out).toMatchObject({ kind: 'opened', pullNumber: 57, branch: BRANCH });
    expect(committed.content).toBe(RENEWED); // byte for byte: quotes, comments, blank lines, flow map untouched
    expect(committed).toMatchObject({ sha: BLOB, branch: BRANCH });
    expect(committed.message).toMatch(/^Renew feature flag "new-checkout" until 2026-12-31/);
    expect(pullBody).toContain(
      'Requested by @alice in #12, who may renew it as an owner of the flag',
    );
    expect(pullBody).toContain('2026-12-01 → **2026-12-31**');
    expect(reply.body).toBe(
      '@alice Opened https://github.com/acme/shop/pull/57 (#57) to renew `new-checkout` by 30 days, until 2026-12-31. The flag is renewed once it is merged.',
    );
    expect(scope.isDone()).toBe(true);
  });

  it('reuses the renewal PR that is already open instead of opening another', async () => {
    const reply: { body?: string } = {};
    const scope = registryReads(nock(API))
      .get(`${REPO}/collaborators/mallory/permission`)
      .reply(200, { permission: 'write', role_name: 'maintain' })
      .get(`${REPO}/pulls`)
      .query({ state: 'open', head: `acme:${BRANCH}`, per_page: '10' })
      .reply(200, [{ number: 57, html_url: 'https://github.com/acme/shop/pull/57' }]);
    branchIsCurrent(scope);
    captureReply(scope, reply);

    const out = await handleRenewComment(
      input({ commenter: 'mallory', body: 'Still needed.\n/ops-steward renew new-checkout 30d' }),
    );

    expect(out).toMatchObject({ kind: 'reused', pullNumber: 57 });
    expect(reply.body).toContain('already open: https://github.com/acme/shop/pull/57');
    expect(scope.isDone()).toBe(true);
  });

  it('picks up a branch an interrupted attempt left behind, without committing twice', async () => {
    const scope = registryReads(nock(API))
      .get(`${REPO}/pulls`)
      .query(true)
      .reply(200, [])
      .post(`${REPO}/git/refs`)
      .reply(422, { message: 'Reference already exists' })
      .get(`${REPO}/contents/flags.yml`)
      .query({ ref: BRANCH })
      .reply(200, { ...contentsResponse(RENEWED), sha: 'd'.repeat(40) })
      .post(`${REPO}/pulls`)
      .reply(201, { number: 58, html_url: 'https://github.com/acme/shop/pull/58' });
    captureReply(scope, {});
    expect(await handleRenewComment(input({}))).toMatchObject({ kind: 'opened', pullNumber: 58 });
    expect(scope.isDone()).toBe(true);
  });

  it('refuses someone who is neither owner, code owner nor maintainer, naming who may renew', async () => {
    const reply: { body?: string } = {};
    const scope = registryReads(nock(API))
      .get(`${REPO}/collaborators/mallory/permission`)
      .reply(200, { permission: 'write', role_name: 'write' })
      .get(`${REPO}/contents/.github%2FCODEOWNERS`)
      .query({ ref: SHA })
      .reply(200, contentsResponse('* @acme/devs\n/flags.yml @acme/platform\n'))
      .get('/orgs/acme/teams/checkout/memberships/mallory')
      .reply(404, { message: 'Not Found' })
      .get('/orgs/acme/teams/platform/memberships/mallory')
      .reply(200, { state: 'pending' });
    captureReply(scope, reply);

    const out = await handleRenewComment(input({ commenter: 'mallory' }));

    expect(out).toMatchObject({ kind: 'replied', reason: 'refused' });
    expect(reply.body).toMatch(/^@mallory Thanks for looking after this flag/);
    expect(reply.body).toContain(
      '`@alice`, `@acme/checkout` or `@acme/platform`, or anyone with the maintain or admin role',
    );
    expect(scope.isDone()).toBe(true); // and nothing was written but the reply
  });

  it('allows a member of a team that owns the flag', async () => {
    const scope = registryReads(nock(API))
      .get(`${REPO}/collaborators/dave/permission`)
      .reply(404, { message: 'Not Found' })
      .get(`${REPO}/contents/.github%2FCODEOWNERS`)
      .query(true)
      .reply(404, { message: 'Not Found' })
      .get(`${REPO}/contents/CODEOWNERS`)
      .query(true)
      .reply(404, { message: 'Not Found' })
      .get(`${REPO}/contents/docs%2FCODEOWNERS`)
      .query(true)
      .reply(404, { message: 'Not Found' })
      .get('/orgs/acme/teams/checkout/memberships/dave')
      .reply(200, { state: 'active' })
      .get(`${REPO}/pulls`)
      .query(true)
      .reply(200, [{ number: 57, html_url: 'https://github.com/acme/shop/pull/57' }]);
    branchIsCurrent(scope);
    captureReply(scope, {});
    expect(await handleRenewComment(input({ commenter: 'dave' }))).toMatchObject({
      kind: 'reused',
    });
    expect(scope.isDone()).toBe(true);
  });

  it('answers an unknown flag', async () => {
    const reply: { body?: string } = {};
    captureReply(registryReads(nock(API)), reply);
    const out = await handleRenewComment(input({ body: '/ops-steward renew new-chekout' }));
    expect(out).toMatchObject({ kind: 'replied', reason: 'unknown-flag' });
    expect(reply.body).toBe(
      '@alice There is no flag `new-chekout` in `flags.yml` on the default branch, so there is nothing to renew. Did you mean `new-checkout`? Use the key exactly as it is written in the registry.',
    );
  });

  it('answers a step longer than the policy', async () => {
    const reply: { body?: string } = {};
    captureReply(registryReads(nock(API)), reply);
    const out = await handleRenewComment(input({ body: '/ops-steward renew new-checkout 90d' }));
    expect(out).toMatchObject({ kind: 'replied', reason: 'too-long' });
    expect(reply.body).toContain(
      'at most 30 days (`flags.lifetimeDays.default`), and you asked for 90',
    );
  });

  it('answers a malformed command without reading anything', async () => {
    const reply: { body?: string } = {};
    captureReply(nock(API), reply);
    expect(
      await handleRenewComment(input({ body: '/ops-steward renew new-checkout soon' })),
    ).toMatchObject({ kind: 'replied', reason: 'invalid' });
    expect(reply.body).toContain('could not read `soon` as a number of days');
  });

  it('ignores comments without the command and comments by bots, making no request', async () => {
    expect(await handleRenewComment(input({ body: 'looks good' }))).toEqual({
      kind: 'ignored',
      reason: 'no renew command',
    });
    expect(await handleRenewComment(input({ commenter: 'ops-steward[bot]' }))).toEqual({
      kind: 'ignored',
      reason: 'comment by a bot',
    });
  });
  // GitHub refuses a file over 1 MB with 403 `too_large` on the JSON media type: say so, not "HTTP 403".
  it('names the 1 MB contents-API limit when the registry is too large to read', async () => {
    const scope = nock(API)
      .get(`${REPO}/git/ref/heads%2Fmain`)
      .reply(200, { ref: 'refs/heads/main', object: { sha: SHA, type: 'commit' } })
      .get(`${REPO}/contents/flags.yml`)
      .query({ ref: SHA })
      .reply(403, {
        message: 'This API returns blobs up to 1 MB in size.',
        errors: [{ resource: 'Blob', field: 'data', code: 'too_large' }],
      });
    const reply: { body?: string } = {};
    captureReply(scope, reply);
    // Said to the commenter (a redelivery would get the same answer), not only thrown into the log.
    expect(await handleRenewComment(input({}))).toMatchObject({
      kind: 'replied',
      reason: 'failed',
    });
    expect(reply.body).toMatch(
      /^@alice I could not read the flag registry: flags\.yml at a{40} in acme\/shop is over 1 MB, too large for the GitHub contents API\. Renew the flag by hand/,
    );
    expect(scope.isDone()).toBe(true);
  });
});

describe('handleRenewComment on a registry declared in code', () => {
  const KEYS = [
    'export enum WebFlag {',
    '  /** @owner @alice @created 2026-11-01 @expires 2026-12-01 @type release */',
    "  NewCheckout = 'new-checkout',",
    '}',
    '',
  ].join('\n');
  const KEYS_BLOB = 'e'.repeat(40);
  const codeConfig = (): RenewRequest['config'] => {
    const c = defaultConfig();
    c.flags.registry = 'src/flags/keys.ts#WebFlag';
    return c;
  };

  it('commits the JSDoc edit to the declaring file, and a code owner of that file may renew', async () => {
    const committed: { content?: string; sha?: string; branch?: string; message?: string } = {};
    let pullBody = '';
    const reads = nock(API)
      .get(`${REPO}/git/ref/heads%2Fmain`)
      .reply(200, { ref: 'refs/heads/main', object: { sha: SHA, type: 'commit' } })
      .get(`${REPO}/contents/src%2Fflags%2Fkeys.ts`)
      .query({ ref: SHA })
      .reply(200, { ...contentsResponse(KEYS), sha: KEYS_BLOB })
      .get(`${REPO}/collaborators/carol/permission`)
      .reply(200, { permission: 'write', role_name: 'write' })
      .get(`${REPO}/contents/.github%2FCODEOWNERS`)
      .query({ ref: SHA })
      .reply(200, contentsResponse('* @acme/devs\n/src/flags/ @carol\n'));
    const scope = branchAndCommit(reads, 'src/flags/keys.ts', committed)
      .post(`${REPO}/pulls`, (b: { body: string }) => {
        pullBody = b.body;
        return true;
      })
      .reply(201, { number: 58, html_url: 'https://github.com/acme/shop/pull/58' });
    captureReply(scope, {});

    const out = await handleRenewComment(input({ commenter: 'carol', config: codeConfig() }));

    expect(out).toMatchObject({ kind: 'opened', pullNumber: 58, branch: BRANCH });
    expect(committed).toEqual({
      content: KEYS.replace('@expires 2026-12-01', '@expires 2026-12-31 @renewedFrom 2026-12-01'),
      sha: KEYS_BLOB,
      branch: BRANCH,
      message: expect.stringContaining('(+30 days) in src/flags/keys.ts.'),
    });
    expect(pullBody).toContain('- `@expires` (JSDoc): 2026-12-01 → **2026-12-31**');
    expect(pullBody).toContain('- `@renewedFrom` (JSDoc): 2026-12-01');
    expect(pullBody).toContain('as a code owner of `src/flags/keys.ts`');
    expect(pullBody).toContain('Only `src/flags/keys.ts` changes.');
    expect(scope.isDone()).toBe(true);
  });

  it('answers when the declaring file is not on the default branch', async () => {
    const reply: { body?: string } = {};
    const scope = nock(API)
      .get(`${REPO}/git/ref/heads%2Fmain`)
      .reply(200, { ref: 'refs/heads/main', object: { sha: SHA, type: 'commit' } })
      .get(`${REPO}/contents/src%2Fflags%2Fkeys.ts`)
      .query({ ref: SHA })
      .reply(404, { message: 'Not Found' });
    captureReply(scope, reply);
    const out = await handleRenewComment(input({ config: codeConfig() }));
    expect(out).toMatchObject({ kind: 'replied', reason: 'no-registry' });
    expect(reply.body).toBe(
      '@alice There is no `src/flags/keys.ts` on `main`, so there is no flag to renew.',
    );
  });
});

describe('handleRenewComment as GitHub answers the writes', () => {
  // What GitHub answers when a ruleset restricts who may create branches.
  const RULESET_422 = {
    message:
      'Repository rule violations found\n\nCannot create ref due to creations being restricted.\n\n',
    documentation_url: 'https://docs.github.com/rest/git/refs#create-a-reference',
    status: '422',
  };

  /** A new renewal whose branch is created and whose commit GitHub answers with `status`. */
  const commitAnswered = (status: number, body: object): nock.Scope =>
    registryReads(nock(API))
      .get(`${REPO}/pulls`)
      .query(true)
      .reply(200, [])
      .post(`${REPO}/git/refs`)
      .reply(201, { ref: `refs/heads/${BRANCH}` })
      .put(`${REPO}/contents/flags.yml`)
      .reply(status, body);

  it('a ruleset refuses the branch: the commenter hears why and how to renew by hand, nothing else is written', async () => {
    const reply: { body?: string } = {};
    const scope = registryReads(nock(API))
      .get(`${REPO}/pulls`)
      .query(true)
      .reply(200, [])
      .post(`${REPO}/git/refs`)
      .reply(422, RULESET_422);
    captureReply(scope, reply);

    const out = await handleRenewComment(input({}));

    expect(out).toMatchObject({ kind: 'replied', reason: 'failed' });
    expect(reply.body).toMatch(/^@alice I could not open the renewal pull request/);
    expect(reply.body).toContain('Cannot create ref due to creations being restricted.');
    expect(reply.body).toContain(
      'set `expires` of `new-checkout` to 2026-12-31 and `renewedFrom` to 2026-12-01 in `flags.yml`',
    );
    expect(scope.isDone()).toBe(true);
  });

  it('a 409 (the registry moved on between reading and committing) is left for the redelivery, not answered as refused', async () => {
    const scope = commitAnswered(409, {
      message: `flags.yml does not match ${BLOB}`,
      status: '409',
    });
    await expect(handleRenewComment(input({}))).rejects.toMatchObject({ status: 409 });
    expect(scope.isDone()).toBe(true);
  });

  it('a protection rule on the renewal branches (409 on the commit) is answered with GitHub’s reason', async () => {
    const reply: { body?: string } = {};
    const scope = commitAnswered(409, {
      message:
        'Could not update file: 1 of 1 required status checks are expected. Changes must be made through a pull request.',
      documentation_url: 'https://docs.github.com/articles/about-protected-branches',
    });
    captureReply(scope, reply);
    expect(await handleRenewComment(input({}))).toMatchObject({
      kind: 'replied',
      reason: 'failed',
    });
    expect(reply.body).toContain('Changes must be made through a pull request.');
    expect(scope.isDone()).toBe(true);
  });

  it('an open renewal PR whose branch predates a change to the registry on main is brought up to date', async () => {
    // The renewal branch was cut before beta-search was added to main: merging it now would conflict.
    const older = REGISTRY.replace(/\n {2}beta-search:[^\n]*\n/, '\n');
    const olderRenewed = older.replace(
      "    expires: '2026-12-01'  # first expiry\n",
      "    expires: '2026-12-31'  # first expiry\n    renewedFrom: '2026-12-01'\n",
    );
    const committed: Record<string, unknown> = {};
    const reply: { body?: string } = {};
    const scope = registryReads(nock(API))
      .get(`${REPO}/pulls`)
      .query({ state: 'open', head: `acme:${BRANCH}`, per_page: '10' })
      .reply(200, [{ number: 57, html_url: 'https://github.com/acme/shop/pull/57' }])
      .get(`${REPO}/contents/flags.yml`)
      .query({ ref: BRANCH })
      .reply(200, { ...contentsResponse(olderRenewed), sha: 'e'.repeat(40) })
      .get(
        new RegExp(
          `^${REPO}/compare/${SHA}\\.\\.\\.ops-steward(/|%2F)renew-new-checkout-2026-12-31`,
        ),
      )
      .reply(200, {
        status: 'diverged',
        ahead_by: 1,
        behind_by: 3,
        commits: [
          {
            sha: 'f'.repeat(40),
            commit: {
              message:
                'Renew feature flag "new-checkout" until 2026-12-31\n\nRequested by @alice in #12.',
            },
          },
        ],
      })
      // The renewal is built on main's head first; the branch never points at main itself (GitHub
      // would close pull request 57 for good), it moves once, to the new commit.
      .get(`${REPO}/git/commits/${SHA}`)
      .reply(200, { sha: SHA, tree: { sha: 'a1'.repeat(20) } })
      .post(
        `${REPO}/git/trees`,
        (b: { base_tree: string; tree: Array<Record<string, string>> }) => {
          Object.assign(committed, {
            baseTree: b.base_tree,
            path: b.tree[0]?.path,
            content: b.tree[0]?.content,
          });
          return true;
        },
      )
      .reply(201, { sha: 'b2'.repeat(20) })
      .post(`${REPO}/git/commits`, (b: { tree: string; parents: string[]; message: string }) => {
        Object.assign(committed, {
          tree: b.tree,
          parents: b.parents,
          message: b.message.split('\n')[0],
        });
        return true;
      })
      .reply(201, { sha: 'c3'.repeat(20) })
      .patch(`${REPO}/git/refs/heads%2F${encodeURIComponent(BRANCH)}`, {
        sha: 'c3'.repeat(20),
        force: true,
      })
      .reply(200, { ref: `refs/heads/${BRANCH}` });
    captureReply(scope, reply);

    const out = await handleRenewComment(input({}));

    expect(out).toMatchObject({ kind: 'reused', pullNumber: 57 });
    expect(committed).toEqual({
      baseTree: 'a1'.repeat(20),
      path: 'flags.yml',
      content: RENEWED,
      tree: 'b2'.repeat(20),
      parents: [SHA],
      message: 'Renew feature flag "new-checkout" until 2026-12-31',
    });
    expect(reply.body).toContain('already open: https://github.com/acme/shop/pull/57');
    expect(reply.body).toContain('brought up to date with `main`');
    expect(scope.isDone()).toBe(true);
  });

  it('an open renewal PR with someone else’s commits on its branch is left as it is, and the reply says so', async () => {
    const older = REGISTRY.replace(/\n {2}beta-search:[^\n]*\n/, '\n');
    const reply: { body?: string } = {};
    const scope = registryReads(nock(API))
      .get(`${REPO}/pulls`)
      .query(true)
      .reply(200, [{ number: 57, html_url: 'https://github.com/acme/shop/pull/57' }])
      .get(`${REPO}/contents/flags.yml`)
      .query({ ref: BRANCH })
      .reply(200, { ...contentsResponse(older), sha: 'e'.repeat(40) })
      .get(/\/compare\//)
      .reply(200, {
        status: 'diverged',
        ahead_by: 2,
        behind_by: 3,
        commits: [
          {
            sha: 'f'.repeat(40),
            commit: { message: 'Renew feature flag "new-checkout" until 2026-12-31' },
          },
          { sha: '9'.repeat(40), commit: { message: 'Also bump the rollout percentage' } },
        ],
      });
    captureReply(scope, reply);

    const out = await handleRenewComment(input({}));

    expect(out).toMatchObject({ kind: 'reused', pullNumber: 57 });
    expect(reply.body).toContain('already open: https://github.com/acme/shop/pull/57');
    expect(reply.body).toContain('has commits of its own and does not match `main`');
    expect(scope.isDone()).toBe(true);
  });
});

describe('handleRenewComment on a repository whose default branch is not main', () => {
  it('reads the registry at `develop` and opens the pull request against it', async () => {
    let base = '';
    const scope = nock(API)
      .get(`${REPO}/git/ref/heads%2Fdevelop`)
      .reply(200, { ref: 'refs/heads/develop', object: { sha: SHA, type: 'commit' } })
      .get(`${REPO}/contents/flags.yml`)
      .query({ ref: SHA })
      .reply(200, { ...contentsResponse(REGISTRY), sha: BLOB });
    branchAndCommit(scope, 'flags.yml', {})
      .post(`${REPO}/pulls`, (b: { base: string }) => {
        base = b.base;
        return true;
      })
      .reply(201, { number: 60, html_url: 'https://github.com/acme/shop/pull/60' });
    captureReply(scope, {});
    expect(await handleRenewComment(input({ defaultBranch: 'develop' }))).toMatchObject({
      kind: 'opened',
      pullNumber: 60,
    });
    expect(base).toBe('develop');
    expect(scope.isDone()).toBe(true);
  });
});

describe('handleRenewComment on a locked conversation', () => {
  it('opens the pull request and does not fail when GitHub refuses the reply (403 locked)', async () => {
    const scope = branchAndCommit(registryReads(nock(API)), 'flags.yml', {})
      .post(`${REPO}/pulls`)
      .reply(201, { number: 61, html_url: 'https://github.com/acme/shop/pull/61' })
      .post(`${REPO}/issues/12/comments`)
      .reply(403, {
        message: 'Unable to create comment because issue is locked.',
        documentation_url: 'https://docs.github.com/articles/locking-conversations/',
      });
    const warnings: string[] = [];
    const out = await renewFlag(
      { ...input({}), where: 'acme/shop' },
      githubRenewals(
        octokit(),
        { owner: 'acme', repo: 'shop' },
        { info: () => undefined, warning: (m) => warnings.push(m) },
      ),
    );
    expect(out).toMatchObject({ kind: 'opened', pullNumber: 61 });
    expect(warnings.join('\n')).toMatch(/#12 in acme\/shop is locked: GitHub refused the reply/);
    expect(scope.isDone()).toBe(true);
  });
});
