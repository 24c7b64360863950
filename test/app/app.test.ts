import nock from 'nock';
import { Probot, ProbotOctokit } from 'probot';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { generateAppPrivateKey } from '../support/app-key.js';
import { SHOP_REPOSITORY, testProbot } from '../support/app-probot.js';
import { createApp } from '../../src/app/app.js';
import type { AppOptions } from '../../src/app/app.js';
import { requestBudget } from '../../src/github/request-budget.js';
import { configModule } from '../../src/config/module.js';
import type { DomainModule } from '../../src/core/module.js';
import { testModule } from '../support/modules.js';
import type { Finding } from '../../src/findings.js';
import { contentsResponse, mockCommitTree } from '../support/github-nock.js';

const API = 'https://api.github.com';
const BASE_SHA = 'a'.repeat(40);
const HEAD_SHA = 'c'.repeat(40);
const INSTALLATION = 4242;
const CHECK_RUN_ID = 77;
const CONFIG_PATH = '/repos/acme/shop/contents/.github%2Fops-steward.yml';
const CONFIG_PATH_YAML = '/repos/acme/shop/contents/.github%2Fops-steward.yaml';
const FILES = { 'src/index.ts': 'export const answer = 42;\n', 'README.md': '# shop\n' };

let privateKey: string;

beforeAll(() => {
  privateKey = generateAppPrivateKey();
});

/** A check that reports `n` findings per listed file, so batching and conclusions can be driven exactly. */
function reportingCheck(findingsFor: (files: readonly string[]) => Finding[]): DomainModule {
  return testModule('demo', 'Demo', async (ctx) => findingsFor(await ctx.files.list()));
}

function makeProbot(
  modules: readonly DomainModule[] = [configModule],
  extra: Pick<AppOptions, 'maxConcurrentChecks'> = {},
): Probot {
  // The `ops-steward / flags` run has its own tests (flags.test.ts); here only the main run is looked at.
  return testProbot(privateKey, {
    now: () => new Date('2026-11-25T12:00:00Z'),
    modules,
    pullRequestRuns: false,
    ...extra,
  });
}

async function receive(
  probot: Probot,
  name: string,
  payload: Record<string, unknown>,
): Promise<void> {
  await probot.receive({ id: 'delivery-1', name, payload } as unknown as Parameters<
    Probot['receive']
  >[0]);
}

const repository = SHOP_REPOSITORY;

function pullRequestPayload(
  action: string,
  head: { owner: string; repo: string } | null = { owner: 'acme', repo: 'shop' },
) {
  return {
    action,
    number: 7,
    installation: { id: INSTALLATION },
    repository,
    pull_request: {
      number: 7,
      base: { sha: BASE_SHA, ref: 'main', repo: repository },
      head: {
        sha: HEAD_SHA,
        ref: 'feature',
        repo: head
          ? {
              name: head.repo,
              owner: { login: head.owner },
              full_name: `${head.owner}/${head.repo}`,
            }
          : null,
      },
    },
  };
}

interface Patch {
  status?: string;
  conclusion?: string;
  output?: {
    title: string;
    summary: string;
    text?: string;
    annotations?: Array<Record<string, unknown>>;
  };
}

/** Auth plus check-run creation; PATCH bodies are collected in `patches`. */
function mockCheckRun(patches: Patch[], patchReplies: number[] = []): nock.Scope {
  const scope = nock(API)
    .post(`/app/installations/${INSTALLATION}/access_tokens`)
    .reply(200, { token: 'ghs_test', permissions: { checks: 'write', contents: 'read' } })
    .post('/repos/acme/shop/check-runs', (body: Record<string, unknown>) => {
      expect(body).toMatchObject({
        name: 'ops-steward',
        head_sha: HEAD_SHA,
        status: 'in_progress',
      });
      return true;
    })
    .reply(201, { id: CHECK_RUN_ID });
  const replies = patchReplies.length > 0 ? patchReplies : [200];
  for (const status of replies) {
    scope
      .patch(`/repos/acme/shop/check-runs/${CHECK_RUN_ID}`, (body: Patch) => {
        patches.push(body);
        return true;
      })
      .reply(status, status === 200 ? { id: CHECK_RUN_ID } : { message: 'Invalid request' });
  }
  return scope;
}

function noConfig(scope: nock.Scope, ref = BASE_SHA): void {
  scope.get(CONFIG_PATH).query({ ref }).reply(404, { message: 'Not Found' });
  scope.get(CONFIG_PATH_YAML).query({ ref }).reply(404, { message: 'Not Found' });
}

beforeEach(() => {
  nock.disableNetConnect();
});

afterEach(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

describe('App: pull request check run', () => {
  it('creates the check run at the head SHA and completes it as success on a clean PR', async () => {
    const patches: Patch[] = [];
    const scope = mockCheckRun(patches);
    noConfig(scope);
    mockCommitTree(scope, { owner: 'acme', repo: 'shop', sha: HEAD_SHA }, FILES);

    await receive(makeProbot(), 'pull_request', pullRequestPayload('opened'));

    expect(scope.isDone()).toBe(true);
    expect(patches).toHaveLength(1);
    expect(patches[0]).toMatchObject({ status: 'completed', conclusion: 'success' });
    expect(patches[0]!.output!.title).toBe('0 errors, 0 warnings, 0 notices');
    expect(patches[0]!.output!.summary).toContain('No problems found');
    expect(patches[0]!.output!.summary).toContain('built-in defaults');
  });

  it.each(['synchronize', 'reopened'])('runs on pull_request.%s too', async (action) => {
    const patches: Patch[] = [];
    const scope = mockCheckRun(patches);
    noConfig(scope);
    mockCommitTree(scope, { owner: 'acme', repo: 'shop', sha: HEAD_SHA }, FILES);
    await receive(makeProbot(), 'pull_request', pullRequestPayload(action));
    expect(scope.isDone()).toBe(true);
    expect(patches.at(-1)?.conclusion).toBe('success');
  });

  it('checks at most maxConcurrentChecks repositories at once; the others wait their turn', async () => {
    let inFlight = 0;
    let most = 0;
    const slow = testModule('demo', 'Demo', async () => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 40));
      inFlight -= 1;
      return [];
    });
    const patches: Patch[] = [];
    for (let i = 0; i < 3; i += 1) {
      const scope = mockCheckRun(patches);
      noConfig(scope);
      mockCommitTree(scope, { owner: 'acme', repo: 'shop', sha: HEAD_SHA }, FILES);
    }
    const probot = makeProbot([slow], { maxConcurrentChecks: 2 });

    await Promise.all(
      [1, 2, 3].map(() => receive(probot, 'pull_request', pullRequestPayload('opened'))),
    );

    expect(most).toBe(2);
    expect(patches.map((p) => p.conclusion)).toEqual(['success', 'success', 'success']);
  });

  it('ignores pull request actions it does not handle', async () => {
    await receive(makeProbot(), 'pull_request', pullRequestPayload('labeled'));
    expect(nock.pendingMocks()).toEqual([]);
  });

  it('reads the config from the base commit and annotates its warnings (neutral conclusion)', async () => {
    const patches: Patch[] = [];
    const scope = mockCheckRun(patches);
    scope
      .get(CONFIG_PATH)
      .query({ ref: BASE_SHA })
      .reply(200, contentsResponse('flags:\n  expiringWithinDay: 3\n'));
    mockCommitTree(scope, { owner: 'acme', repo: 'shop', sha: HEAD_SHA }, FILES);

    await receive(makeProbot(), 'pull_request', pullRequestPayload('opened'));

    expect(scope.isDone()).toBe(true);
    const done = patches.at(-1)!;
    expect(done.conclusion).toBe('neutral');
    expect(done.output!.title).toBe('0 errors, 1 warning, 0 notices');
    expect(done.output!.annotations).toEqual([
      expect.objectContaining({
        path: '.github/ops-steward.yml',
        start_line: 2,
        end_line: 2,
        annotation_level: 'warning',
        message: expect.stringContaining('expiringWithinDay'),
      }),
    ]);
    expect(done.output!.summary).toContain(
      `\`.github/ops-steward.yml\` from the base branch at \`${BASE_SHA.slice(0, 12)}\``,
    );
  });

  it('concludes failure with the config errors as annotations, without reading the head tree', async () => {
    const patches: Patch[] = [];
    const scope = mockCheckRun(patches);
    scope
      .get(CONFIG_PATH)
      .query({ ref: BASE_SHA })
      .reply(200, contentsResponse('flags:\n  expiringWithinDays: -1\n  registry: 7\n'));

    await receive(makeProbot(), 'pull_request', pullRequestPayload('opened'));

    expect(scope.isDone()).toBe(true);
    const done = patches.at(-1)!;
    expect(done.conclusion).toBe('failure');
    expect(done.output!.title).toBe('Invalid configuration: 2 errors in .github/ops-steward.yml');
    expect(
      done.output!.annotations!.map((a) => [a.path, a.start_line, a.annotation_level]),
    ).toEqual([
      ['.github/ops-steward.yml', 2, 'failure'],
      ['.github/ops-steward.yml', 3, 'failure'],
    ]);
    expect(done.output!.summary).toContain('invalid configuration');
  });

  it('sends annotations in batches of 50 and the conclusion with the last batch', async () => {
    const patches: Patch[] = [];
    const scope = mockCheckRun(patches, [200, 200, 200]);
    noConfig(scope);
    mockCommitTree(scope, { owner: 'acme', repo: 'shop', sha: HEAD_SHA }, FILES);
    const check = reportingCheck(() =>
      Array.from({ length: 120 }, (_, i) => ({
        ruleId: 'demo/thing',
        severity: 'error' as const,
        message: `problem ${i}`,
        file: 'src/index.ts',
        line: i + 1,
      })),
    );

    await receive(makeProbot([check]), 'pull_request', pullRequestPayload('opened'));

    expect(scope.isDone()).toBe(true);
    expect(patches.map((p) => p.output?.annotations?.length)).toEqual([50, 50, 20]);
    expect(patches.map((p) => p.conclusion)).toEqual([undefined, undefined, 'failure']);
    const lines = patches.flatMap((p) => p.output!.annotations!.map((a) => a.start_line));
    expect(new Set(lines).size).toBe(120);
    expect(patches[2]!.output!.title).toBe('120 errors, 0 warnings, 0 notices');
  });

  it('keeps a summary of many non-ASCII findings within 65535 bytes, footer included', async () => {
    const patches: Patch[] = [];
    const scope = mockCheckRun(patches);
    noConfig(scope);
    mockCommitTree(scope, { owner: 'acme', repo: 'shop', sha: HEAD_SHA }, FILES);
    const check = reportingCheck(() =>
      // 3-byte characters: 50 × 500 characters (the renderer's cap per message) is ~75 kB in UTF-8.
      Array.from({ length: 50 }, (_, i) => ({
        ruleId: 'demo/arrow',
        severity: 'warning' as const,
        message: `${i} ${'→'.repeat(600)}`,
        file: 'src/index.ts',
        line: i + 1,
      })),
    );

    await receive(makeProbot([check]), 'pull_request', pullRequestPayload('opened'));

    expect(scope.isDone()).toBe(true);
    const summary = patches.at(-1)!.output!.summary!;
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(65535);
    expect(summary).toContain('so a pull request cannot change the rules it is checked against');
  });

  it('keeps repository-wide findings in the summary and cuts long messages to GitHub limits', async () => {
    const patches: Patch[] = [];
    const scope = mockCheckRun(patches);
    noConfig(scope);
    mockCommitTree(scope, { owner: 'acme', repo: 'shop', sha: HEAD_SHA }, FILES);
    const check = reportingCheck(() => [
      {
        ruleId: 'demo/repo',
        severity: 'warning',
        message: 'the repository has no CODEOWNERS file',
      },
      {
        ruleId: 'demo/long',
        severity: 'warning',
        message: 'é'.repeat(70_000),
        file: 'README.md',
        line: 1,
      },
    ]);

    await receive(makeProbot([check]), 'pull_request', pullRequestPayload('opened'));

    expect(scope.isDone()).toBe(true);
    const done = patches.at(-1)!;
    expect(done.output!.annotations).toHaveLength(1);
    const message = String(done.output!.annotations![0]!.message);
    expect(Buffer.byteLength(message)).toBeLessThanOrEqual(64 * 1024);
    expect(message.endsWith('…')).toBe(true);
    expect(done.output!.summary).toContain('no CODEOWNERS file');
    expect(done.output!.summary.length).toBeLessThanOrEqual(65535);
    expect(done.output!.text).toContain('1 finding concerns the repository as a whole');
  });

  it('reads a fork PR from the head repository and reports on the base repository', async () => {
    const patches: Patch[] = [];
    const scope = mockCheckRun(patches);
    noConfig(scope);
    mockCommitTree(scope, { owner: 'someone', repo: 'shop-fork', sha: HEAD_SHA }, FILES);

    await receive(
      makeProbot(),
      'pull_request',
      pullRequestPayload('opened', { owner: 'someone', repo: 'shop-fork' }),
    );

    expect(scope.isDone()).toBe(true);
    expect(patches.at(-1)?.conclusion).toBe('success');
    expect(patches.at(-1)?.output?.summary).toContain('someone/shop-fork@ccccccc');
  });

  it('reads a deleted fork from the base repository', async () => {
    const patches: Patch[] = [];
    const scope = mockCheckRun(patches);
    noConfig(scope);
    mockCommitTree(scope, { owner: 'acme', repo: 'shop', sha: HEAD_SHA }, FILES);
    await receive(makeProbot(), 'pull_request', pullRequestPayload('opened', null));
    expect(scope.isDone()).toBe(true);
    expect(patches.at(-1)?.conclusion).toBe('success');
  });

  it('concludes failure with a readable reason when the head tree cannot be read', async () => {
    const patches: Patch[] = [];
    const scope = mockCheckRun(patches);
    noConfig(scope);
    scope.get(`/repos/acme/shop/git/commits/${HEAD_SHA}`).reply(404, { message: 'Not Found' });

    await receive(makeProbot(), 'pull_request', pullRequestPayload('opened'));

    expect(scope.isDone()).toBe(true);
    const done = patches.at(-1)!;
    expect(done).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(done.output!.title).toBe('ops-steward could not check acme/shop@ccccccc (#7)');
    expect(done.output!.summary).toContain(`Cannot resolve ref "${HEAD_SHA}" in acme/shop`);
    expect(done.output!.summary).toContain('re-run this check');
  });

  it('concludes failure when the config is unusable (a directory)', async () => {
    const patches: Patch[] = [];
    const scope = mockCheckRun(patches);
    scope
      .get(CONFIG_PATH)
      .query({ ref: BASE_SHA })
      .reply(200, [{ type: 'file', name: 'x' }]);
    await receive(makeProbot(), 'pull_request', pullRequestPayload('opened'));
    expect(scope.isDone()).toBe(true);
    expect(patches.at(-1)?.conclusion).toBe('failure');
    expect(patches.at(-1)?.output?.summary).toContain(
      '.github/ops-steward.yml at aaaaaaaaaaaa in acme/shop is a directory',
    );
  });

  it('never leaves the check run in progress when completing it fails unexpectedly', async () => {
    const patches: Patch[] = [];
    // The first completion is refused (422); the failure report that follows goes through.
    const scope = mockCheckRun(patches, [422, 200]);
    noConfig(scope);
    mockCommitTree(scope, { owner: 'acme', repo: 'shop', sha: HEAD_SHA }, FILES);

    await expect(
      receive(makeProbot(), 'pull_request', pullRequestPayload('opened')),
    ).rejects.toThrow();

    expect(scope.isDone()).toBe(true);
    expect(patches).toHaveLength(2);
    expect(patches[1]).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(patches[1]!.output!.summary).toContain('Invalid request');
    expect(patches[1]!.output!.summary).toContain('please report it');
  });
});

/** The App with a 300 ms request budget, as index.ts builds its clients, and the given retry options. */
function budgetedProbot(retry: Record<string, unknown>): Probot {
  const probot = new Probot({
    appId: 123,
    privateKey,
    logLevel: 'fatal',
    Octokit: ProbotOctokit.plugin(requestBudget({ budgetMs: 300, slowMs: 5000 })).defaults(
      (options: Record<string, unknown>) => ({ ...options, throttle: { enabled: false }, retry }),
    ),
  });
  probot.load(createApp({ modules: [configModule], pullRequestRuns: false }));
  return probot;
}

describe('App: an unreachable GitHub API', () => {
  it('gives up after the request budget, retries included, and logs what it is waiting for', async () => {
    const warnings: string[] = [];
    const quiet = (): void => undefined;
    const log = {
      trace: quiet,
      debug: quiet,
      info: quiet,
      error: quiet,
      fatal: quiet,
      warn: (message: unknown) => warnings.push(String(message)),
      child: () => log,
    };
    // Retries stay on (as in production), with their real pauses of 1, 4 and 9 s.
    const probot = new Probot({
      appId: 123,
      privateKey,
      log: log as unknown as Probot['log'],
      Octokit: ProbotOctokit.plugin(requestBudget({ budgetMs: 1000, slowMs: 300 })).defaults(
        (options: Record<string, unknown>) => ({ ...options, throttle: { enabled: false } }),
      ),
    });
    probot.load(createApp({ modules: [configModule], pullRequestRuns: false }));
    nock(API)
      .post(`/app/installations/${INSTALLATION}/access_tokens`)
      .reply(200, { token: 'ghs_test', permissions: {} })
      .post('/repos/acme/shop/check-runs')
      .times(4)
      .replyWithError({ code: 'ECONNREFUSED', message: 'connect ECONNREFUSED 140.82.112.6:443' });

    const started = Date.now();
    await expect(receive(probot, 'pull_request', pullRequestPayload('opened'))).rejects.toThrow(
      'GitHub did not answer POST /repos/{owner}/{repo}/check-runs within 1 s',
    );

    expect(Date.now() - started).toBeLessThan(2500);
    expect(warnings).toContainEqual(
      expect.stringContaining(
        'still waiting for GitHub to answer POST /repos/{owner}/{repo}/check-runs',
      ),
    );
  });
  it('still concludes the check run it created when a later read runs out of budget', async () => {
    const probot = budgetedProbot({ enabled: false });
    const patches: Patch[] = [];
    const scope = mockCheckRun(patches);
    noConfig(scope);
    // GitHub takes far longer than the budget to answer the head commit.
    scope
      .get(`/repos/acme/shop/git/commits/${HEAD_SHA}`)
      .delay(1500)
      .reply(404, { message: 'Not Found' });

    await receive(probot, 'pull_request', pullRequestPayload('opened')).catch(() => undefined);

    // Left in progress, a required check would block the pull request until someone re-runs it by hand.
    expect(patches.at(-1)).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(patches.at(-1)!.output!.summary).toContain(
      'GitHub did not answer GET /repos/{owner}/{repo}/git/commits/{commit_sha}',
    );
  });
  it('stops retrying once it gives up: nothing reaches GitHub after the run has failed', async () => {
    // The budget counts from the check-run request's start, the installation token fetch included; it
    // runs out after 300 ms, in the middle of the retries' second pause (100, 400 and 900 ms).
    const probot = budgetedProbot({ retryAfterBaseValue: 100 });
    const attempts: number[] = [];
    nock(API)
      .post(`/app/installations/${INSTALLATION}/access_tokens`)
      .reply(200, { token: 'ghs_test', permissions: {} })
      .post('/repos/acme/shop/check-runs', () => attempts.push(Date.now()) > 0)
      .times(4)
      .replyWithError({ code: 'ECONNREFUSED', message: 'connect ECONNREFUSED 140.82.112.6:443' });

    const started = Date.now();
    await expect(receive(probot, 'pull_request', pullRequestPayload('opened'))).rejects.toThrow(
      'GitHub did not answer POST /repos/{owner}/{repo}/check-runs within 0 s',
    );
    const gaveUp = Date.now();
    // Past the last retry's pause: a retry left running would have created a check run nobody concludes.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(attempts.filter((t) => t > gaveUp)).toEqual([]);
    expect(attempts.length).toBeGreaterThanOrEqual(1);
    expect(attempts.length).toBeLessThan(4);
    expect(gaveUp - started).toBeLessThan(1500);
  });
});

describe('App: re-runs', () => {
  it('re-runs a rerequested check run against the pull request it belongs to', async () => {
    const patches: Patch[] = [];
    const scope = mockCheckRun(patches);
    const NEW_BASE = 'e'.repeat(40);
    scope.get('/repos/acme/shop/pulls/7').reply(200, {
      number: 7,
      base: { sha: NEW_BASE },
      head: { sha: HEAD_SHA, repo: { name: 'shop', owner: { login: 'acme' } } },
    });
    noConfig(scope, NEW_BASE);
    mockCommitTree(scope, { owner: 'acme', repo: 'shop', sha: HEAD_SHA }, FILES);

    await receive(makeProbot(), 'check_run', {
      action: 'rerequested',
      installation: { id: INSTALLATION },
      repository,
      check_run: { id: 1, name: 'ops-steward', head_sha: HEAD_SHA, pull_requests: [{ number: 7 }] },
    });

    expect(scope.isDone()).toBe(true);
    expect(patches.at(-1)?.conclusion).toBe('success');
  });

  it('leaves other check runs alone', async () => {
    await receive(makeProbot(), 'check_run', {
      action: 'rerequested',
      installation: { id: INSTALLATION },
      repository,
      check_run: { id: 1, name: 'something-else', head_sha: HEAD_SHA, pull_requests: [] },
    });
    expect(nock.pendingMocks()).toEqual([]);
  });

  it('re-runs a suite without a listed pull request (fork) with the default branch config', async () => {
    const patches: Patch[] = [];
    const scope = mockCheckRun(patches);
    noConfig(scope, 'main');
    mockCommitTree(scope, { owner: 'acme', repo: 'shop', sha: HEAD_SHA }, FILES);

    await receive(makeProbot(), 'check_suite', {
      action: 'rerequested',
      installation: { id: INSTALLATION },
      repository,
      check_suite: { id: 9, head_sha: HEAD_SHA, pull_requests: [] },
    });

    expect(scope.isDone()).toBe(true);
    expect(patches.at(-1)?.conclusion).toBe('success');
  });
});
