import nock from 'nock';
import type { Probot } from 'probot';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { generateAppPrivateKey } from '../support/app-key.js';
import { configModule } from '../../src/config/module.js';
import { docsModule } from '../../src/docs/module.js';
import { contentsResponse, mockCommitTree } from '../support/github-nock.js';
import { addedPatch } from '../docs/action-pr-run.js';
import { SHOP_REPOSITORY, testProbot } from '../support/app-probot.js';

/**
 * The App's two verdicts on a pull request that changes a postmortem template and adds a postmortem: the
 * `ops-steward / docs` run judges the new document by the base's template, and the `ops-steward` run
 * (the full check of the head) must judge it so too — not by the template the pull request brings.
 */

const API = 'https://api.github.com';
const BASE_SHA = 'a'.repeat(40);
const HEAD_SHA = 'c'.repeat(40);
const INSTALLATION = 4242;
const MAIN_RUN = 77;
const DOCS_RUN = 79;
const TEMPLATE = '.github/ops-steward/postmortem.md';
const COMMENTS = '/repos/acme/shop/issues/7/comments';

const BASE_TEMPLATE = `# {{ Incident title }}

## Summary

{{ One paragraph: what broke, for how long, who noticed }}

## Impact

{{ Who was affected and how }}

## Action items

{{ - [ ] @owner what (#issue) }}
`;

// The pull request makes a new section required: it applies once merged, not to this pull request.
const HEAD_TEMPLATE = BASE_TEMPLATE.replace(
  '## Action items',
  '## Customer communication\n\n{{ What we told customers, and when }}\n\n## Action items',
);

const doc = (title: string, link: string): string => `# ${title}

## Summary

Checkout returned 502s for 14 minutes after the 09:10 deploy; the on-call engineer rolled back.

## Impact

About 3% of checkouts failed. See [the runbook](${link}).

## Action items

- @alice add a canary step to the deploy pipeline (#412)
`;

const OLD = 'docs/postmortems/2026-10-01-search-down.md';
const NEW = 'docs/postmortems/2026-11-20-checkout-502.md';
const HEAD_FILES = {
  [TEMPLATE]: HEAD_TEMPLATE,
  [OLD]: doc('Search down', '../../README.md'),
  [NEW]: doc('Checkout 502s', '../runbooks/checkout.md'),
  'README.md': '# shop\n',
};

let privateKey: string;

beforeAll(() => {
  privateKey = generateAppPrivateKey();
});

beforeEach(() => {
  nock.disableNetConnect();
});

afterEach(() => {
  const pending = nock.pendingMocks();
  nock.cleanAll();
  nock.enableNetConnect();
  expect(pending).toEqual([]);
});

interface Patch {
  conclusion?: string;
  output?: { title: string; summary: string; annotations?: Array<Record<string, unknown>> };
}

const makeProbot = (): Probot =>
  testProbot(privateKey, {
    now: () => new Date('2026-11-25T12:00:00Z'),
    modules: [configModule, docsModule],
  });

const repository = SHOP_REPOSITORY;

const payload = {
  action: 'synchronize',
  number: 7,
  installation: { id: INSTALLATION },
  repository,
  pull_request: {
    number: 7,
    changed_files: 2,
    base: { sha: BASE_SHA, ref: 'main', repo: repository },
    head: { sha: HEAD_SHA, ref: 'postmortem-checkout', repo: repository },
  },
};

function run(scope: nock.Scope, name: string, id: number, patches: Patch[]): nock.Scope {
  return scope
    .post('/repos/acme/shop/check-runs', (b: { name: string }) => b.name === name)
    .reply(201, { id })
    .patch(`/repos/acme/shop/check-runs/${id}`, (b: Patch) => {
      patches.push(b);
      return true;
    })
    .reply(200, { id });
}

/** Token, base config (none), the head's tree, the diff and the base's template, as GitHub serves them. */
function pullRequestOnGitHub(): nock.Scope {
  const scope = nock(API)
    .post(`/app/installations/${INSTALLATION}/access_tokens`)
    .reply(200, { token: 'ghs_test', permissions: {} })
    .get(/\/repos\/acme\/shop\/contents\/\.github%2Fops-steward\.ya?ml/)
    .query({ ref: BASE_SHA })
    .times(2)
    .reply(404, { message: 'Not Found' });
  mockCommitTree(scope, { owner: 'acme', repo: 'shop', sha: HEAD_SHA }, HEAD_FILES);
  return scope
    .get('/repos/acme/shop/pulls/7/files')
    .query({ per_page: '100', page: '1' })
    .reply(200, [
      {
        filename: TEMPLATE,
        status: 'modified',
        patch: '@@ -9,0 +9,4 @@\n+## Customer communication',
      },
      { filename: NEW, status: 'added', patch: addedPatch(HEAD_FILES[NEW]) },
    ])
    .get(`/repos/acme/shop/contents/${encodeURIComponent(TEMPLATE)}`)
    .query({ ref: BASE_SHA })
    .reply(200, contentsResponse(BASE_TEMPLATE));
}

const receive = (name: string, body: object): Promise<void> =>
  makeProbot().receive({ id: 'd-1', name, payload: body } as unknown as Parameters<
    Probot['receive']
  >[0]);

const annotations = (p: Patch[]): string[] =>
  (p.at(-1)?.output?.annotations ?? []).map(
    (a) => `${String(a.path)}:${String(a.start_line)} ${String(a.message).split(':')[0]}`,
  );

/** The main run's verdict: the new document by the base's template (its broken link), nothing else. */
function expectBaseTemplateVerdict(main: Patch[]): void {
  expect(main.at(-1)?.conclusion).toBe('failure');
  const text = JSON.stringify(main.at(-1));
  expect(text).not.toContain('Customer communication');
  expect(annotations(main)).toHaveLength(1);
  expect(annotations(main)[0]).toMatch(new RegExp(`^${NEW}:9 link ../runbooks/checkout.md`));
}

describe('App: a pull request that changes a template and adds a document', () => {
  it('judges the new document by the base template in the ops-steward run too, and still fails it on its broken link', async () => {
    const main: Patch[] = [];
    const docs: Patch[] = [];
    const scope = pullRequestOnGitHub();
    run(scope, 'ops-steward', MAIN_RUN, main);
    run(scope, 'ops-steward / docs', DOCS_RUN, docs);
    scope
      .get(COMMENTS)
      .query(true)
      .twice()
      .reply(200, [])
      .post(COMMENTS)
      .reply(201, { id: 5, body: 'x' });

    await receive('pull_request', payload);

    // The docs run: the template change is said, the new document is judged by the base's template.
    expect(docs.at(-1)?.conclusion).toBe('failure');
    expect(docs.at(-1)?.output?.summary).not.toContain('Customer communication');
    expect(annotations(docs)).toContain(
      `${TEMPLATE}:1 this pull request changes the postmortem template`,
    );
    // The main run: the same verdict on the new document; the document the PR does not touch is not
    // failed for a section that is not required yet.
    expectBaseTemplateVerdict(main);
  });

  it('judges it so when only the ops-steward run is re-run (no other run, no comment)', async () => {
    const main: Patch[] = [];
    const scope = pullRequestOnGitHub()
      .get('/repos/acme/shop/pulls/7')
      .reply(200, {
        number: 7,
        changed_files: 2,
        base: { sha: BASE_SHA },
        head: { sha: HEAD_SHA, repo: { name: 'shop', owner: { login: 'acme' } } },
      });
    run(scope, 'ops-steward', MAIN_RUN, main);

    await receive('check_run', {
      action: 'rerequested',
      installation: { id: INSTALLATION },
      repository,
      check_run: { id: 1, name: 'ops-steward', head_sha: HEAD_SHA, pull_requests: [{ number: 7 }] },
    });

    expectBaseTemplateVerdict(main);
  });
});
