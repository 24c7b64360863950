import { createHash } from 'node:crypto';
import { Probot, ProbotOctokit } from 'probot';
import { parseEnv } from 'node:util';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { generateAppPrivateKey } from '../support/app-key.js';
import { appFromEnvironment, createApp } from '../../src/app/app.js';
import type { AppLog } from '../../src/app/check-pull-request.js';
import { dailySyncFromEnv } from '../../src/app/schedule.js';
import type { DailySyncTimer } from '../../src/app/schedule.js';
import { sweepInstallations, syncRepository } from '../../src/app/sync.js';
import { GitHubOctokit } from '../../src/github/client.js';
import { requestBudget } from '../../src/github/request-budget.js';
import type { OctokitLike } from '../../src/repo/github.js';
import { githubError, startFakeGitHub } from '../support/fake-github.js';
import type { FakeGitHub, FakeResponse } from '../support/fake-github.js';
import { addIssueRoutes, commentsOf, issuesState } from '../flags/sync/fake-issues.js';
import type { IssuesState } from '../flags/sync/fake-issues.js';

/**
 * The App's sweep of one repository (push to the default branch, installation, daily timer) against the
 * stateful fake GitHub: the default branch's files through the git data API, issues through the issue routes.
 */

interface RepoState extends IssuesState {
  /** The default branch's files; the commit SHA is derived from them, so a change is a new commit. */
  files: Record<string, string>;
}

const REGISTRY = `flags:
  new-checkout:
    owner: "@alice"
    created: 2026-11-01
    expires: 2026-12-01
    type: release
`;
const CODE =
  "import { unleash } from './flags';\nexport const on = () => unleash.isEnabled('new-checkout');\n";
const NOW = new Date('2026-11-28T06:00:00Z');

const sha = (text: string): string => createHash('sha1').update(text).digest('hex');
const commitOf = (s: RepoState): string => sha(JSON.stringify(s.files));

function addRepoRoutes(fake: FakeGitHub<RepoState>): void {
  const repo = '/repos/acme/shop';
  const contents = (path: string, ref: string, s: RepoState): FakeResponse => {
    if (ref !== 'main' && ref !== commitOf(s)) return githubError(404, 'No commit found');
    const text = s.files[path];
    if (text === undefined) return githubError(404, 'Not Found');
    return {
      body: { type: 'file', encoding: 'base64', content: Buffer.from(text).toString('base64') },
    };
  };
  fake
    .route('GET', repo, () => ({ body: { default_branch: 'main' } }))
    .route('GET', `${repo}/contents/:path`, (req, s) =>
      contents(req.params.path!, req.query.ref ?? 'main', s),
    )
    .route('GET', `${repo}/commits/:ref`, (_req, s) => ({
      body: { sha: commitOf(s), commit: { tree: { sha: `t${commitOf(s).slice(1)}` } } },
    }))
    .route('GET', `${repo}/git/commits/:sha`, (req, s) =>
      req.params.sha === commitOf(s)
        ? { body: { sha: commitOf(s), tree: { sha: `t${commitOf(s).slice(1)}` } } }
        : githubError(404, 'Not Found'),
    )
    .route('GET', `${repo}/git/trees/:sha`, (_req, s) => ({
      body: {
        truncated: false,
        tree: Object.entries(s.files).map(([path, text]) => ({
          path,
          mode: '100644',
          type: 'blob',
          sha: sha(text),
          size: Buffer.byteLength(text),
        })),
      },
    }))
    .route('GET', `${repo}/git/blobs/:sha`, (req, s) => {
      const text = Object.values(s.files).find((t) => sha(t) === req.params.sha);
      return text === undefined
        ? githubError(404, 'Not Found')
        : { body: { encoding: 'base64', content: Buffer.from(text).toString('base64') } };
    })
    .route('POST', '/app/installations/:id/access_tokens', () => ({
      status: 201,
      body: { token: 'ghs_test', expires_at: '2099-01-01T00:00:00Z', permissions: {} },
    }));
}

let fake: FakeGitHub<RepoState>;
const logs: string[] = [];
const log: AppLog = {
  info: (m) => logs.push(`info ${m}`),
  warning: (m) => logs.push(`warn ${m}`),
  error: (m) => logs.push(`error ${m}`),
};

beforeEach(async () => {
  logs.length = 0;
  const state: RepoState = {
    ...issuesState({ assignable: new Set(['alice']), clock: () => NOW }),
    files: { 'flags.yml': REGISTRY, 'src/checkout.ts': CODE },
  };
  fake = await startFakeGitHub({ state });
  addIssueRoutes(fake as unknown as FakeGitHub<IssuesState>);
  addRepoRoutes(fake);
});

afterEach(async () => {
  await fake.close();
});

/** A client of the fake; `Octokit` with the App's plugins (the request budget) where a test needs them. */
function client(Octokit: typeof GitHubOctokit = GitHubOctokit): OctokitLike {
  return new Octokit({
    auth: 'ghs_test',
    baseUrl: fake.url,
    request: { fetch: globalThis.fetch },
    throttle: { enabled: false, onRateLimit: () => false, onSecondaryRateLimit: () => false },
    retry: { enabled: false },
    log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
  });
}

const target = { owner: 'acme', repo: 'shop' };

describe('App: syncRepository', () => {
  it('keeps one issue per flag over repeated sweeps and closes it when the flag is gone', async () => {
    const first = await syncRepository(client(), target, { now: NOW, log });
    expect(first).toMatchObject({ kind: 'synced', result: { counts: { created: 1 } } });
    expect(fake.state.issues).toHaveLength(1);
    expect(fake.state.issues[0]!.title).toBe('Feature flag "new-checkout" expires on 2026-12-01');
    expect(fake.state.issues[0]!.body).toContain(
      `https://github.com/acme/shop/blob/${commitOf(fake.state)}/src/checkout.ts#L2`,
    );

    const again = await syncRepository(client(), target, { now: NOW, log });
    expect(again).toMatchObject({ kind: 'synced', result: { planned: [] } });
    expect(fake.state.issues).toHaveLength(1);

    fake.state.files = { 'flags.yml': 'flags: {}\n', 'src/checkout.ts': 'export {};\n' };
    const gone = await syncRepository(client(), target, { now: NOW, log });
    expect(gone).toMatchObject({ kind: 'synced', result: { counts: { closed: 1 } } });
    expect(fake.state.issues[0]!.state).toBe('closed');
    expect(commentsOf(fake.state, 1).at(-1)).toContain('is gone from the code');
    expect(fake.unmatched()).toEqual([]);
  });

  it('sweeps a repository whose only registry is declared in code', async () => {
    fake.state.files = {
      '.github/ops-steward.yml': 'flags:\n  registry: src/flags/keys.ts#WebFlag\n',
      'src/flags/keys.ts': [
        'export enum WebFlag {',
        '  /** @owner @alice @created 2026-11-01 @expires 2026-12-01 @type release */',
        "  NewCheckout = 'new-checkout',",
        '}',
        '',
      ].join('\n'),
      'src/checkout.ts': [
        "import { WebFlag } from './flags/keys';",
        "import { flags } from './platform';",
        'export const on = () => flags.isEnabled(WebFlag.NewCheckout);',
        '',
      ].join('\n'),
    };
    const out = await syncRepository(client(), target, { now: NOW, log });
    expect(out).toMatchObject({ kind: 'synced', result: { counts: { created: 1 } } });
    const [issue] = fake.state.issues;
    expect(issue!.title).toBe('Feature flag "new-checkout" expires on 2026-12-01');
    expect(issue!.assignees).toEqual(['alice']);
    expect(issue!.body).toContain(
      `https://github.com/acme/shop/blob/${commitOf(fake.state)}/src/flags/keys.ts#L3`,
    );
    expect(fake.unmatched()).toEqual([]);
  });

  it('skips a repository with no registry and no open flag issue without reading its tree', async () => {
    fake.state.files = { 'src/index.ts': 'export const x = 1;\n' };
    const out = await syncRepository(client(), target, { now: NOW, log });
    expect(out).toEqual({
      kind: 'skipped',
      reason: 'no flags.yml and no open flag issue: nothing to sweep',
    });
    expect(fake.requests.some((r) => r.path.includes('/git/'))).toBe(false);
    expect(fake.state.writes).toBe(0);
  });

  it('leaves the issues alone when the config is invalid, and says so in the log', async () => {
    fake.state.files['.github/ops-steward.yml'] = 'flags:\n  registry: 7\n';
    const out = await syncRepository(client(), target, { now: NOW, log });
    expect(out.kind).toBe('skipped');
    expect(logs.join('\n')).toMatch(/warn flags-sync acme\/shop: the config .*is invalid/);
    expect(fake.state.writes).toBe(0);
  });

  it('reports a GitHub failure as failed without throwing', async () => {
    fake.state.faults.push({
      method: 'GET',
      path: /\/issues$/,
      status: 403,
      message: 'Resource not accessible by integration',
      times: 10,
    });
    const out = await syncRepository(client(), target, { now: NOW, log });
    expect(out.kind).toBe('failed');
    expect(fake.state.issues).toEqual([]);
  });
});

describe('App: sweeping on push and every installation', () => {
  let privateKey: string;
  beforeAll(() => {
    privateKey = generateAppPrivateKey();
  });

  function makeProbot(Octokit: typeof ProbotOctokit = ProbotOctokit): Probot {
    const probot = new Probot({
      appId: 123,
      privateKey,
      logLevel: 'fatal',
      baseUrl: fake.url,
      Octokit: Octokit.defaults((options: Record<string, unknown>) => ({
        ...options,
        retry: { enabled: false },
        throttle: { enabled: false },
      })),
    });
    probot.load(createApp({ now: () => NOW }));
    return probot;
  }

  function push(ref: string, extra: Record<string, unknown> = {}) {
    return {
      id: 'delivery-1',
      name: 'push',
      payload: {
        ref,
        after: commitOf(fake.state),
        deleted: false,
        installation: { id: 1 },
        repository: {
          name: 'shop',
          owner: { login: 'acme', name: 'acme' },
          default_branch: 'main',
        },
        ...extra,
      },
    } as unknown as Parameters<Probot['receive']>[0];
  }

  /** acme/legacy: a repository whose contents GitHub is too slow to serve (answers long after the budget). */
  function slowLegacyRepository(): void {
    const slow = (): Promise<FakeResponse> =>
      new Promise((resolve) => setTimeout(() => resolve(githubError(404, 'Not Found')), 600));
    fake
      .route('GET', '/repos/acme/legacy', slow)
      .route('GET', '/repos/acme/legacy/contents/:path', slow);
  }

  it('sweeps on a push to the default branch, at the pushed commit', async () => {
    await makeProbot().receive(push('refs/heads/main'));
    expect(fake.state.issues).toHaveLength(1);
    expect(fake.state.issues[0]!.body).toContain(`/blob/${commitOf(fake.state)}/`);
  });

  it('ignores pushes to other branches and branch deletions', async () => {
    const probot = makeProbot();
    await probot.receive(push('refs/heads/feature'));
    await probot.receive(push('refs/heads/main', { deleted: true }));
    expect(fake.requests).toEqual([]);
  });

  it('walks every installation and repository once, skipping suspended, archived and issue-less ones', async () => {
    fake
      .route('GET', '/app/installations', () => ({
        body: [
          { id: 1, account: { login: 'acme' } },
          { id: 2, suspended_at: '2026-01-01' },
        ],
      }))
      .route('GET', '/installation/repositories', () => ({
        body: {
          total_count: 3,
          repositories: [
            { name: 'shop', owner: { login: 'acme' }, default_branch: 'main' },
            { name: 'old', owner: { login: 'acme' }, archived: true },
            { name: 'wiki', owner: { login: 'acme' }, has_issues: false },
          ],
        },
      }));
    const auths: Array<number | undefined> = [];
    const summary = await sweepInstallations(
      {
        auth: async (id) => {
          auths.push(id);
          return client();
        },
      },
      { now: () => NOW, log },
    );
    // The installation's repositories are listed with one client, and each one swept with its own.
    expect(auths).toEqual([undefined, 1, 1]);
    expect(summary).toEqual({
      installations: 1,
      repositories: 3,
      synced: 1,
      skipped: 2,
      failed: 0,
    });
    expect(fake.state.issues).toHaveLength(1);
  });
  it('stops between repositories when the process shuts down, and says the next pass sweeps the rest', async () => {
    fake
      .route('GET', '/app/installations', () => ({
        body: [
          { id: 1, account: { login: 'acme' } },
          { id: 3, account: { login: 'globex' } },
        ],
      }))
      .route('GET', '/installation/repositories', () => ({
        body: {
          total_count: 2,
          repositories: [
            { name: 'shop', owner: { login: 'acme' }, default_branch: 'main' },
            { name: 'legacy', owner: { login: 'acme' }, default_branch: 'main' },
          ],
        },
      }));
    const stopping = new AbortController();
    const reached: string[] = [];
    const summary = await sweepInstallations(
      { auth: async () => client() },
      {
        now: () => NOW,
        log,
        signal: stopping.signal,
        at: (where) => {
          reached.push(where);
          // The shutdown comes while acme/shop is being swept: it is finished, nothing after it starts.
          stopping.abort();
        },
      },
    );
    expect(reached).toEqual(['acme/shop']);
    expect(summary).toEqual({
      installations: 1,
      repositories: 1,
      synced: 1,
      skipped: 0,
      failed: 0,
      stopped: true,
    });
    expect(fake.state.issues).toHaveLength(1);
    expect(fake.requests.some((r) => r.path.startsWith('/repos/acme/legacy'))).toBe(false);
    expect(logs.at(-1)).toMatch(
      /stopped early for the shutdown \(the next pass.*sweeps the rest\)/,
    );
  });

  it('sweeps each repository of a new installation with its own request budget', async () => {
    slowLegacyRepository();
    const probot = makeProbot(
      ProbotOctokit.plugin(requestBudget({ budgetMs: 150, slowMs: 10_000 })),
    );
    await probot.receive({
      id: 'delivery-2',
      name: 'installation',
      payload: {
        action: 'created',
        installation: { id: 1, account: { login: 'acme' } },
        repositories: [
          { name: 'legacy', full_name: 'acme/legacy' },
          { name: 'shop', full_name: 'acme/shop' },
        ],
      },
    } as unknown as Parameters<Probot['receive']>[0]);
    expect(fake.state.issues.map((i) => i.title)).toEqual([
      expect.stringContaining('new-checkout'),
    ]);
  });

  it('gives each repository its own request budget: one that GitHub does not answer fails alone', async () => {
    slowLegacyRepository();
    fake
      .route('GET', '/app/installations', () => ({ body: [{ id: 1, account: { login: 'acme' } }] }))
      .route('GET', '/installation/repositories', () => ({
        body: {
          total_count: 2,
          repositories: [
            { name: 'legacy', owner: { login: 'acme' }, default_branch: 'main' },
            { name: 'shop', owner: { login: 'acme' }, default_branch: 'main' },
          ],
        },
      }));
    // As the App's clients are built: every installation client gives up after its budget.
    const Budgeted = GitHubOctokit.plugin(requestBudget({ budgetMs: 150, slowMs: 10_000 }));
    const summary = await sweepInstallations(
      { auth: async () => client(Budgeted) },
      { now: () => NOW, log },
    );
    expect(summary).toMatchObject({ repositories: 2, synced: 1, failed: 1 });
    expect(fake.state.issues.map((i) => i.title)).toEqual([
      expect.stringContaining('new-checkout'),
    ]);
    expect(logs.join('\n')).toMatch(/acme\/legacy[^\n]*did not answer/);
  });
});

describe('App: the daily timer switch', () => {
  it('is on unless OPS_STEWARD_DAILY_SYNC says off', () => {
    expect(dailySyncFromEnv({})).toBeDefined();
    expect(dailySyncFromEnv({ OPS_STEWARD_DAILY_SYNC: 'on' })).toBeDefined();
    for (const off of ['off', 'false', '0', 'OFF', ' no '])
      expect(dailySyncFromEnv({ OPS_STEWARD_DAILY_SYNC: off })).toBeUndefined();
  });

  /** Timers the app starts when Probot loads it, with `.env` copied into the environment first, as `run()` does. */
  async function timersStartedWith(dotEnv: string): Promise<number> {
    const env: Record<string, string | undefined> = { LOG_LEVEL: 'fatal' };
    // `npm start` imports the app before Probot reads `.env`: build it first, fill the environment after.
    const appFn = appFromEnvironment(env);
    Object.assign(env, parseEnv(dotEnv));
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      const probot = new Probot({ githubToken: 'ghs_test', logLevel: 'fatal' });
      const before = vi.getTimerCount();
      await probot.load(appFn);
      return vi.getTimerCount() - before;
    } finally {
      vi.useRealTimers();
    }
  }

  // `Number()` reads '1e3' as 1000 and '0x4' as 4: a typo there must stop the App, not size its queue.
  it.each(['lots', '1e3', '0x4', '2.0', '-1', '0'])(
    'refuses to start with OPS_STEWARD_MAX_CONCURRENT_CHECKS=%s',
    async (value) => {
      const probot = new Probot({ githubToken: 'ghs_test', logLevel: 'fatal' });
      await expect(
        probot.load(appFromEnvironment({ OPS_STEWARD_MAX_CONCURRENT_CHECKS: value })),
      ).rejects.toThrow(
        `OPS_STEWARD_MAX_CONCURRENT_CHECKS must be a whole number of 1 or more, got "${value}"`,
      );
    },
  );

  it('hands its timer to the shutdown, which stops it before the first pass', async () => {
    const timers: DailySyncTimer[] = [];
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const probot = new Probot({ githubToken: 'ghs_test', logLevel: 'fatal' });
      const before = vi.getTimerCount();
      await probot.load(appFromEnvironment({}, { onDailySync: (t) => timers.push(t) }));
      expect(timers).toHaveLength(1);
      expect(vi.getTimerCount() - before).toBe(1);
      timers[0]!.stop();
      expect(vi.getTimerCount() - before).toBe(0);
      expect(timers[0]!.inProgress()).toBeUndefined();
    } finally {
      vi.useRealTimers();
    }
  });

  it('honours OPS_STEWARD_DAILY_SYNC=off written in .env, which Probot loads after the app is imported', async () => {
    expect(await timersStartedWith('APP_ID=123\nOPS_STEWARD_DAILY_SYNC=off\n')).toBe(0);
    expect(await timersStartedWith('APP_ID=123\n')).toBe(1);
  });
});
