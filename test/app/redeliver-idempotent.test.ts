import { Probot, ProbotOctokit } from 'probot';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createHmac } from 'node:crypto';
import { request } from 'node:http';
import { generateAppPrivateKey } from '../support/app-key.js';
import { SHOP_REPOSITORY, testProbot } from '../support/app-probot.js';
import {
  addCommitTreeRoutes,
  addHookDeliveryRoutes,
  githubError,
  hookDeliveriesState,
  startFakeGitHub,
} from '../support/fake-github.js';
import type { HookDeliveriesState } from '../support/fake-github.js';
import type { FakeGitHub, FakeResponse } from '../support/fake-github.js';
import { createApp } from '../../src/app/app.js';
import { LateFailures } from '../../src/app/late-failures.js';
import { Redeliverer, DEFAULT_REDELIVERY } from '../../src/app/redeliver.js';
import { startServer } from '../../src/app/server.js';
import type { RunningServer } from '../../src/app/server.js';
import { configModule } from '../../src/config/module.js';
import { flagsModule } from '../../src/flags/module.js';
import { PR_REPORT_MARKER } from '../../src/github/sticky-comment.js';
import { CHECKOUT, PATCH, REGISTRY } from '../support/pull-request-fixture.js';

/**
 * A redelivery carries the same X-GitHub-Delivery as the attempt that failed, and is handled again from
 * the start. Here the same delivery reaches the App twice, against a stateful fake GitHub that keeps check
 * runs (annotations appended, as GitHub does) and comments: the pull request still ends with one check run
 * per name at its head, one sticky comment, and the result of the attempt that worked. Last, the whole way
 * round: the App's own server refuses a delivery (503), a redelivery pass asks the fake GitHub, which sends
 * the delivery again.
 */

const BASE_SHA = 'a'.repeat(40);
const HEAD_SHA = 'c'.repeat(40);
const INSTALLATION = 4242;

interface CheckRun {
  id: number;
  name: string;
  head_sha: string;
  external_id: string;
  status: string;
  conclusion: string | null;
  title: string;
  summary?: string;
  annotations: unknown[];
}

interface State extends HookDeliveriesState {
  head: Record<string, string>;
  base: Record<string, string>;
  checkRuns: CheckRun[];
  comments: Array<{ id: number; body: string; user: { login: string; type: string } }>;
  /** Answers the next base-config reads get before the real one (a GitHub blip). */
  configFaults: FakeResponse[];
}

const file = (text: string): FakeResponse => ({
  body: { type: 'file', encoding: 'base64', content: Buffer.from(text).toString('base64') },
});

function addRoutes(fake: FakeGitHub<State>): void {
  const repo = '/repos/acme/shop';
  let nextId = 500;
  addCommitTreeRoutes(fake, { owner: 'acme', repo: 'shop' }, (s) => ({
    sha: HEAD_SHA,
    files: s.head,
  }));
  fake
    .route('POST', '/app/installations/:id/access_tokens', () => ({
      status: 201,
      body: { token: 'ghs_test', expires_at: '2099-01-01T00:00:00Z', permissions: {} },
    }))
    .route('GET', `${repo}/contents/:path`, (req, s) => {
      if (req.params.path!.startsWith('.github/ops-steward')) {
        const fault = s.configFaults.shift();
        if (fault) return fault;
      }
      if (req.query.ref !== BASE_SHA) return githubError(404, 'No commit found');
      const text = s.base[req.params.path!];
      return text === undefined ? githubError(404, 'Not Found') : file(text);
    })
    .route('GET', `${repo}/pulls/7/files`, () => ({
      body: [{ filename: 'src/checkout.ts', status: 'modified', patch: PATCH }],
    }))
    .route('POST', `${repo}/check-runs`, (req, s) => {
      const body = req.body as {
        name: string;
        head_sha: string;
        external_id?: string;
        output?: { title: string };
      };
      const run: CheckRun = {
        id: nextId++,
        name: body.name,
        head_sha: body.head_sha,
        external_id: body.external_id ?? '',
        status: 'in_progress',
        conclusion: null,
        title: body.output?.title ?? '',
        annotations: [],
      };
      s.checkRuns.push(run);
      return { status: 201, body: { id: run.id } };
    })
    // As GitHub lists a commit's runs: with `filter=latest`, the newest of each name (of every app).
    .route('GET', `${repo}/commits/:ref/check-runs`, (req, s) => {
      const onCommit = s.checkRuns.filter((r) => r.head_sha === req.params.ref);
      const latest = new Map<string, CheckRun>();
      for (const r of onCommit) latest.set(r.name, r);
      // GitHub's default filter is `latest`.
      const listed = req.query.filter === 'all' ? onCommit : [...latest.values()];
      const check_runs = listed.map((r) => ({
        id: r.id,
        name: r.name,
        head_sha: r.head_sha,
        external_id: r.external_id,
        status: r.status,
        conclusion: r.conclusion,
        output: { title: r.title, summary: r.summary ?? '' },
        app: { id: 123, slug: 'ops-steward' },
      }));
      return { body: { total_count: check_runs.length, check_runs } };
    })
    .route('PATCH', `${repo}/check-runs/:id`, (req, s) => {
      const run = s.checkRuns.find((r) => r.id === Number(req.params.id));
      if (!run) return githubError(404, 'Not Found');
      const body = req.body as {
        status?: string;
        conclusion?: string;
        output?: { title: string; summary?: string; annotations?: unknown[] };
      };
      if (body.status) run.status = body.status;
      if (body.conclusion) run.conclusion = body.conclusion;
      if (body.output) run.title = body.output.title;
      if (body.output?.summary !== undefined) run.summary = body.output.summary;
      // GitHub appends the annotations of every update to the run's.
      run.annotations.push(...(body.output?.annotations ?? []));
      return { body: { id: run.id } };
    })
    .route('GET', `${repo}/issues/7/comments`, (_req, s) => ({ body: s.comments }))
    .route('POST', `${repo}/issues/7/comments`, (req, s) => {
      const comment = {
        id: 900 + s.comments.length,
        body: (req.body as { body: string }).body,
        user: { login: 'ops-steward[bot]', type: 'Bot' },
      };
      s.comments.push(comment);
      return { status: 201, body: comment };
    })
    .route('PATCH', `${repo}/issues/comments/:id`, (req, s) => {
      const comment = s.comments.find((c) => c.id === Number(req.params.id));
      if (!comment) return githubError(404, 'Not Found');
      comment.body = (req.body as { body: string }).body;
      return { body: comment };
    })
    .route('GET', '/user', () => githubError(403, 'Resource not accessible by integration'));
}

let privateKey: string;
let fake: FakeGitHub<State>;

beforeAll(() => {
  privateKey = generateAppPrivateKey();
});

beforeEach(async () => {
  fake = await startFakeGitHub<State>({
    state: {
      head: { 'flags.yml': REGISTRY, 'src/checkout.ts': CHECKOUT },
      base: { 'flags.yml': REGISTRY },
      checkRuns: [],
      comments: [],
      configFaults: [],
      ...hookDeliveriesState(),
    },
  });
  addRoutes(fake);
  addHookDeliveryRoutes(fake);
});

afterEach(async () => {
  await fake.close();
});

function makeProbot(secret?: string): Probot {
  const quietFlags = { ...flagsModule, check: async () => [] };
  return testProbot(
    privateKey,
    { now: () => new Date('2026-11-25T12:00:00Z'), modules: [configModule, quietFlags] },
    { baseUrl: fake.url, ...(secret ? { secret } : {}) },
  );
}

const repository = SHOP_REPOSITORY;

const opened = {
  action: 'opened',
  number: 7,
  installation: { id: INSTALLATION },
  repository,
  pull_request: {
    number: 7,
    changed_files: 1,
    base: { sha: BASE_SHA, ref: 'main', repo: repository },
    head: { sha: HEAD_SHA, ref: 'feature', repo: { ...repository } },
  },
};

async function deliver(probot: Probot, id: string, name: string, payload: object): Promise<void> {
  await probot.receive({ id, name, payload } as unknown as Parameters<Probot['receive']>[0]);
}

/** The check runs at the head, by name, as `name: conclusion (annotations)`. */
function runs(): string[] {
  return fake.state.checkRuns
    .filter((r) => r.head_sha === HEAD_SHA)
    .map((r) => `${r.name}: ${r.status}/${r.conclusion ?? '-'} (${r.annotations.length})`)
    .sort();
}

describe('App: a redelivered delivery is handled again without doing anything twice', () => {
  it('a pull request whose first attempt failed (config read 500) ends with one run per name and one comment', async () => {
    const probot = makeProbot();
    fake.state.configFaults.push(
      githubError(500, 'Server Error'),
      githubError(500, 'Server Error'),
    );
    await expect(deliver(probot, 'guid-1', 'pull_request', opened)).rejects.toThrow();
    expect(runs()).toEqual([
      'ops-steward / flags: completed/failure (0)',
      'ops-steward: completed/failure (0)',
    ]);

    await deliver(probot, 'guid-1', 'pull_request', opened);

    expect(runs()).toEqual([
      'ops-steward / flags: completed/failure (1)',
      'ops-steward: completed/success (0)',
    ]);
    expect(fake.state.comments).toHaveLength(1);
    expect(fake.state.comments[0]!.body.startsWith(PR_REPORT_MARKER)).toBe(true);
  });

  it('a redelivery that fails again, then one that works: still one run per name, annotations once', async () => {
    const probot = makeProbot();
    fake.state.configFaults.push(
      githubError(500, 'Server Error'),
      githubError(500, 'Server Error'),
    );
    await expect(deliver(probot, 'guid-2', 'pull_request', opened)).rejects.toThrow();
    // The main run has its result; then the pull request's files cannot be listed (a 502).
    fake.route('GET', '/repos/acme/shop/pulls/7/files', () => githubError(502, 'Bad Gateway'));
    await expect(deliver(probot, 'guid-2', 'pull_request', opened)).rejects.toThrow();
    expect(runs()).toEqual([
      'ops-steward / flags: completed/failure (0)',
      'ops-steward: completed/success (0)',
    ]);
    const mainRun = fake.state.checkRuns.find((r) => r.name === 'ops-steward')!;
    const mainUpdates = () =>
      fake.requests.filter(
        (r) => r.method === 'PATCH' && r.path.endsWith(`/check-runs/${mainRun.id}`),
      ).length;
    const before = mainUpdates();

    addRoutes(fake);
    await deliver(probot, 'guid-2', 'pull_request', opened);

    expect(runs()).toEqual([
      'ops-steward / flags: completed/failure (1)',
      'ops-steward: completed/success (0)',
    ]);
    expect(fake.state.comments).toHaveLength(1);
    // The main run kept the result of the second attempt: the third sent it nothing.
    expect(mainUpdates()).toBe(before);
  });

  it('a new delivery for the same head (a "Re-run") gets a run of its own, as GitHub expects', async () => {
    const probot = makeProbot();
    await deliver(probot, 'guid-3', 'pull_request', opened);
    const rerun = {
      action: 'rerequested',
      installation: { id: INSTALLATION },
      repository,
      check_run: { id: 1, name: 'ops-steward', head_sha: HEAD_SHA, pull_requests: [] },
    };
    fake.state.configFaults.push(githubError(500, 'Server Error'));
    await expect(deliver(probot, 'guid-4', 'check_run', rerun)).rejects.toThrow();
    // The Re-run's redelivery concludes the run the Re-run created.
    await deliver(probot, 'guid-4', 'check_run', rerun);
    expect(runs().filter((r) => r.startsWith('ops-steward:'))).toEqual([
      'ops-steward: completed/success (0)',
      'ops-steward: completed/success (0)',
    ]);
  });

  it('a repeat of a delivery that worked (a manual "Redeliver") is handled like a new one', async () => {
    const probot = makeProbot();
    await deliver(probot, 'guid-5', 'pull_request', opened);
    await deliver(probot, 'guid-5', 'pull_request', opened);
    expect(runs()).toHaveLength(4);
    expect(fake.state.comments).toHaveLength(1);
  });
});

interface RenewState {
  files: Record<string, Record<string, { text: string; sha: string }>>;
  pulls: Array<{ number: number; head: string; html_url: string }>;
  replies: Array<{ issue: number; body: string }>;
  /** Answers the next pull request creations get before GitHub's own. */
  pullFaults: FakeResponse[];
  replyFaults: FakeResponse[];
}

function addRenewRoutes(fake: FakeGitHub<RenewState>): void {
  const repo = '/repos/acme/shop';
  fake
    .route('POST', '/app/installations/:id/access_tokens', () => ({
      status: 201,
      body: { token: 'ghs_test', expires_at: '2099-01-01T00:00:00Z', permissions: {} },
    }))
    .route('GET', `${repo}/git/ref/:ref`, (req) =>
      req.params.ref === 'heads/main'
        ? { body: { object: { sha: BASE_SHA } } }
        : githubError(404, 'Not Found'),
    )
    .route('GET', `${repo}/contents/:path`, (req, s) => {
      const ref = req.query.ref === 'main' ? BASE_SHA : (req.query.ref ?? BASE_SHA);
      const found = s.files[ref]?.[req.params.path!];
      return found
        ? {
            body: {
              type: 'file',
              encoding: 'base64',
              sha: found.sha,
              content: Buffer.from(found.text).toString('base64'),
            },
          }
        : githubError(404, 'Not Found');
    })
    .route('POST', `${repo}/git/refs`, (req, s) => {
      const { ref } = req.body as { ref: string };
      const branch = ref.replace('refs/heads/', '');
      if (s.files[branch]) return githubError(422, 'Reference already exists');
      s.files[branch] = { ...s.files[BASE_SHA] };
      return { status: 201, body: { ref } };
    })
    .route('PUT', `${repo}/contents/:path`, (req, s) => {
      const { branch, content } = req.body as { branch: string; content: string };
      const text = Buffer.from(content, 'base64').toString('utf8');
      s.files[branch]![req.params.path!] = { text, sha: `blob-${s.pulls.length}-${text.length}` };
      return { status: 200, body: {} };
    })
    .route('GET', `${repo}/pulls`, (req, s) => ({
      body: s.pulls.filter((p) => `acme:${p.head}` === req.query.head),
    }))
    .route('POST', `${repo}/pulls`, (req, s) => {
      const fault = s.pullFaults.shift();
      if (fault) return fault;
      const { head } = req.body as { head: string };
      if (s.pulls.some((p) => p.head === head))
        return githubError(422, 'A pull request already exists');
      const pull = {
        number: 30 + s.pulls.length,
        head,
        html_url: `https://github.com/acme/shop/pull/${30 + s.pulls.length}`,
      };
      s.pulls.push(pull);
      return { status: 201, body: pull };
    })
    .route('POST', `${repo}/issues/:number/comments`, (req, s) => {
      const fault = s.replyFaults.shift();
      if (fault) return fault;
      s.replies.push({
        issue: Number(req.params.number),
        body: (req.body as { body: string }).body,
      });
      return { status: 201, body: { id: 1 } };
    });
}

describe('App: a redelivered renew command', () => {
  let renewFake: FakeGitHub<RenewState>;

  beforeEach(async () => {
    renewFake = await startFakeGitHub<RenewState>({
      state: {
        files: { [BASE_SHA]: { 'flags.yml': { text: REGISTRY, sha: 'blob-registry' } } },
        pulls: [],
        replies: [],
        pullFaults: [],
        replyFaults: [],
      },
    });
    addRenewRoutes(renewFake);
  });

  afterEach(async () => {
    await renewFake.close();
  });

  function renewProbot(): Probot {
    const probot = new Probot({
      appId: 123,
      privateKey,
      baseUrl: renewFake.url,
      logLevel: 'fatal',
      Octokit: ProbotOctokit.defaults((options: Record<string, unknown>) => ({
        ...options,
        retry: { enabled: false },
        throttle: { enabled: false },
      })),
    });
    void probot.load(createApp({ now: () => new Date('2026-12-15T09:00:00Z') }));
    return probot;
  }

  const comment = {
    action: 'created',
    installation: { id: INSTALLATION },
    repository,
    issue: { number: 12 },
    comment: { id: 555, body: '/ops-steward renew new-checkout', user: { login: 'alice' } },
  };

  it.each([
    ['opening the pull request failed (502)', 'pullFaults'],
    ['the reply failed (500) after the pull request was opened', 'replyFaults'],
  ] as const)(
    '%s: the redelivery ends with one pull request and one reply',
    async (_what, faults) => {
      const probot = renewProbot();
      renewFake.state[faults].push(
        githubError(faults === 'pullFaults' ? 502 : 500, 'Server Error'),
      );
      await expect(deliver(probot, 'guid-r', 'issue_comment', comment)).rejects.toThrow();

      await deliver(probot, 'guid-r', 'issue_comment', comment);

      expect(renewFake.state.pulls).toHaveLength(1);
      expect(renewFake.state.replies).toHaveLength(1);
      expect(renewFake.state.replies[0]!.body).toMatch(/^@alice .*#30/s);
      expect(renewFake.unmatched()).toEqual([]);
    },
  );
});

describe('App: a delivery refused with 503 is redelivered and handled', () => {
  const SECRET = 'webhook secret';
  let server: RunningServer | undefined;

  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  /** GitHub's side of a delivery: POSTs the body to the App and lists the attempt with the App's answer. */
  function send(guid: string, body: string, redelivery: boolean): Promise<number> {
    return new Promise((resolve, reject) => {
      const req = request({
        host: '127.0.0.1',
        port: server!.port,
        path: '/api/github/webhooks',
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-github-event': 'pull_request',
          'x-github-delivery': guid,
          'x-hub-signature-256': `sha256=${createHmac('sha256', SECRET).update(body).digest('hex')}`,
          'content-length': String(Buffer.byteLength(body)),
        },
      });
      req.on('response', (res) => {
        res.resume();
        res.on('end', () => {
          const status = res.statusCode ?? 0;
          fake.state.deliveries.push({
            id: 80_000 + fake.state.deliveries.length,
            guid,
            delivered_at: new Date().toISOString(),
            redelivery,
            duration: 0.2,
            status: status === 200 ? 'OK' : `Invalid HTTP Response: ${status}`,
            status_code: status,
            event: 'pull_request',
            action: 'opened',
            installation_id: INSTALLATION,
            repository_id: 99,
          });
          resolve(status);
        });
      });
      req.on('error', reject);
      req.end(body);
    });
  }

  it('the pass asks GitHub, GitHub sends it again, the pull request gets its check runs and comment', async () => {
    const probot = makeProbot(SECRET);
    const limits = {
      maxBodyBytes: 8_000,
      inFlightBytes: 8_000,
      queueTimeoutMs: 200,
      bodyTimeoutMs: 5_000,
    };
    server = await startServer({
      probot,
      host: '127.0.0.1',
      port: 0,
      webhookPath: '/api/github/webhooks',
      limits,
    });
    const body = JSON.stringify(opened);
    fake.state.onRedeliver = async (original) => {
      await send(original.guid, body, true);
    };

    // Another delivery's body fills the in-flight budget: this one waits, then is refused.
    const hog = request({
      host: '127.0.0.1',
      port: server.port,
      path: '/api/github/webhooks',
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-github-event': 'push',
        'x-github-delivery': 'hog',
        'x-hub-signature-256': 'sha256=00',
        'content-length': '8000',
      },
    });
    hog.on('error', () => {});
    hog.write('{"ref":"');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await send('guid-pr', body, false)).toBe(503);
    hog.destroy();
    expect(runs()).toEqual([]);

    const redeliverer = new Redeliverer(probot, DEFAULT_REDELIVERY, {
      log: { info: () => {}, warning: () => {}, error: () => {} },
    });
    expect(await redeliverer.pass()).toMatchObject({ redelivered: 1 });

    expect(
      fake.state.deliveries.map((d) => `${d.status_code}${d.redelivery ? ' (redelivery)' : ''}`),
    ).toEqual(['503', '200 (redelivery)']);
    expect(runs()).toEqual([
      'ops-steward / flags: completed/failure (1)',
      'ops-steward: completed/success (0)',
    ]);
    expect(fake.state.comments).toHaveLength(1);
    // The redelivery worked: the next pass asks for nothing.
    expect(await redeliverer.pass()).toMatchObject({ redelivered: 0, failedEvents: 0 });
  });
});

describe('App: a delivery answered 202 by a process that is gone is found on GitHub and handled', () => {
  const quiet = { info: () => {}, warning: () => {}, error: () => {} };
  const MINUTE = 60_000;
  const NOW = Date.parse('2026-11-25T12:00:00Z');

  /** The attempt GitHub recorded: answered 202, `minutesAgo` before NOW. */
  function answered202(guid: string, minutesAgo: number): void {
    fake.state.deliveries.push({
      id: 80_000 + fake.state.deliveries.length,
      guid,
      delivered_at: new Date(NOW - minutesAgo * MINUTE).toISOString(),
      redelivery: false,
      duration: 9.01,
      status: 'Accepted',
      status_code: 202,
      event: 'pull_request',
      action: 'opened',
      installation_id: INSTALLATION,
      repository_id: 99,
    });
    fake.state.payloads.set(guid, opened);
  }

  /** A run as a process that stopped mid-check leaves it: created for `guid`, never concluded. */
  function leftOpen(id: number, name: string, guid: string): void {
    fake.state.checkRuns.push({
      id,
      name,
      head_sha: HEAD_SHA,
      external_id: guid,
      status: 'in_progress',
      conclusion: null,
      title: 'Checking…',
      annotations: [],
    });
  }

  function redelivererFor(probot: Probot): Redeliverer {
    return new Redeliverer(probot, DEFAULT_REDELIVERY, { log: quiet, now: () => NOW });
  }

  it('every check run the App creates names its delivery (external_id)', async () => {
    await deliver(makeProbot(), 'guid-named', 'pull_request', opened);
    expect(fake.state.checkRuns.map((r) => `${r.name} ${r.external_id}`).sort()).toEqual([
      'ops-steward / flags guid-named',
      'ops-steward guid-named',
    ]);
  });

  it('runs a killed process left in progress are concluded "cancelled" and the event is sent again', async () => {
    // What a process killed mid-check leaves: its runs open, the delivery answered 202 long ago.
    answered202('guid-killed', 45);
    for (const name of ['ops-steward', 'ops-steward / flags'])
      leftOpen(400 + fake.state.checkRuns.length, name, 'guid-killed');
    // A new process: it knows nothing of that delivery but what GitHub says.
    const probot = makeProbot();
    fake.state.onRedeliver = async (original) => {
      await deliver(probot, original.guid, 'pull_request', opened);
    };
    const redeliverer = redelivererFor(probot);

    expect(await redeliverer.pass()).toMatchObject({ probed: 1, recovered: 1, redelivered: 1 });

    expect(runs()).toEqual([
      'ops-steward / flags: completed/cancelled (0)',
      'ops-steward / flags: completed/failure (1)',
      'ops-steward: completed/cancelled (0)',
      'ops-steward: completed/success (0)',
    ]);
    const cancelled = fake.state.checkRuns.find((r) => r.conclusion === 'cancelled')!;
    expect(cancelled.title).toBe('Not finished: the App stopped while checking');
    expect(cancelled.summary).toContain('`guid-killed`');
    expect(fake.state.comments).toHaveLength(1);
    // Looked at once: the next pass neither looks again nor asks again.
    expect(await redeliverer.pass()).toMatchObject({ probed: 0, redelivered: 0 });
  });

  it('a handling that failed on a replica now gone ("could not check") is sent again', async () => {
    const gone = makeProbot();
    fake.state.configFaults.push(
      githubError(500, 'Server Error'),
      githubError(500, 'Server Error'),
    );
    await expect(deliver(gone, 'guid-failed', 'pull_request', opened)).rejects.toThrow();
    answered202('guid-failed', 40);
    const probot = makeProbot();
    fake.state.onRedeliver = async (original) => {
      await deliver(probot, original.guid, 'pull_request', opened);
    };

    expect(await redelivererFor(probot).pass()).toMatchObject({ recovered: 1 });

    // GitHub shows the newest run of each name: the redelivery's.
    const latest = new Map(fake.state.checkRuns.map((r) => [r.name, r]));
    expect(latest.get('ops-steward')).toMatchObject({ status: 'completed', conclusion: 'success' });
    expect(fake.state.checkRuns.filter((r) => r.conclusion === 'cancelled')).toEqual([]);
  });

  it('leaves alone what ended well, was replaced by a later run, is too recent, or is still being handled here', async () => {
    const probot = makeProbot();
    // Handled to the end (answered 202 because it was slow).
    await deliver(probot, 'guid-slow', 'pull_request', opened);
    answered202('guid-slow', 50);
    // Left open, but a later "Re-run" has the newest run of that name, concluded.
    leftOpen(300, 'ops-steward', 'guid-replaced');
    fake.state.checkRuns.sort((a, b) => a.id - b.id);
    answered202('guid-replaced', 55);
    // Answered 202 ten minutes ago: its handlers may well be running.
    answered202('guid-recent', 10);
    // Still being handled by this very process, for 40 minutes now.
    answered202('guid-busy', 40);
    const lateFailures = new LateFailures();
    lateFailures.started('guid-busy');

    const summary = await new Redeliverer(probot, DEFAULT_REDELIVERY, {
      log: quiet,
      now: () => NOW,
      lateFailures,
    }).pass();

    expect(summary).toMatchObject({ probed: 2, recovered: 0, redelivered: 0 });
    expect(fake.state.checkRuns.filter((r) => r.conclusion === 'cancelled')).toEqual([]);
    expect(fake.unmatched()).toEqual([]);
  });

  it('gives up on an event whose redeliveries were abandoned 3 times (a handler that kills the process)', async () => {
    for (let i = 0; i < 4; i++) {
      answered202('guid-crashes', 200 - i * 45);
      if (i > 0) fake.state.deliveries.at(-1)!.redelivery = true;
    }
    leftOpen(450, 'ops-steward', 'guid-crashes');
    const logs: string[] = [];
    const summary = await new Redeliverer(makeProbot(), DEFAULT_REDELIVERY, {
      log: { ...quiet, warning: (m) => logs.push(m) },
      now: () => NOW,
    }).pass();
    expect(summary).toMatchObject({ probed: 1, recovered: 0, exhausted: 1 });
    expect(logs).toContain(
      `webhook redelivery: pull_request.opened delivery guid-crashes left ops-steward in progress on acme/shop@${HEAD_SHA.slice(0, 7)} after 3 redeliveries; not asking again`,
    );
    expect(fake.requests.filter((r) => r.route === '/app/hook/deliveries/:id/attempts')).toEqual(
      [],
    );
    // Nothing will replace the run it left open: it is concluded, saying what to do.
    const run = fake.state.checkRuns.find((r) => r.id === 450)!;
    expect(run).toMatchObject({ status: 'completed', conclusion: 'cancelled' });
    expect(run.summary).toContain('will not send it again');
    expect(run.summary).toContain('**Re-run**');
  });

  it('an abandoned delivery whose redelivery GitHub refuses for good (422) is neither looked at nor asked for again', async () => {
    answered202('guid-too-old', 45);
    leftOpen(460, 'ops-steward', 'guid-too-old');
    const id = fake.state.deliveries.at(-1)!.id;
    fake.state.redeliveryFaults.set(id, githubError(422, 'Validation Failed'));
    const redeliverer = redelivererFor(makeProbot());
    expect(await redeliverer.pass()).toMatchObject({ probed: 1, recovered: 0, errors: 1 });
    expect(await redeliverer.pass()).toMatchObject({ probed: 0, errors: 0 });
    expect(
      fake.requests.filter((r) => r.route === '/app/hook/deliveries/:id/attempts'),
    ).toHaveLength(1);
    // The run it left open does not spin for ever: concluded, with what to do.
    const run = fake.state.checkRuns.find((r) => r.id === 460)!;
    expect(run).toMatchObject({ status: 'completed', conclusion: 'cancelled' });
    expect(run.summary).toContain('will not send it again');
  });

  it('an abandoned delivery whose redelivery fails for now (502) keeps its run open until it is sent again', async () => {
    answered202('guid-later', 45);
    leftOpen(470, 'ops-steward', 'guid-later');
    const id = fake.state.deliveries.at(-1)!.id;
    fake.state.redeliveryFaults.set(id, githubError(502, 'Bad Gateway'));
    const redeliverer = redelivererFor(makeProbot());
    expect(await redeliverer.pass()).toMatchObject({ probed: 1, recovered: 0, errors: 1 });
    expect(fake.state.checkRuns.find((r) => r.id === 470)).toMatchObject({ status: 'in_progress' });
  });

  it('looks again at a new attempt of an event as often as at the first (tries are per attempt)', async () => {
    answered202('guid-flaky', 130);
    fake.state.payloads.delete('guid-flaky');
    const logs: string[] = [];
    let clock = NOW - 70 * MINUTE;
    const redeliverer = new Redeliverer(makeProbot(), DEFAULT_REDELIVERY, {
      log: { ...quiet, warning: (m) => logs.push(m) },
      now: () => clock,
    });
    await redeliverer.pass();
    await redeliverer.pass();
    // A manual "Redeliver" of it arrives later and is answered 202 as well; GitHub still lacks the payload.
    answered202('guid-flaky', 60);
    fake.state.deliveries.at(-1)!.redelivery = true;
    fake.state.payloads.delete('guid-flaky');
    clock = NOW;
    for (let i = 0; i < 4; i++) await redeliverer.pass();
    expect(logs.filter((l) => l.includes('guid-flaky'))).toHaveLength(5);
  });

  it("says so when it cannot read a delivery's payload, and stops looking after 3 tries", async () => {
    answered202('guid-no-payload', 40);
    fake.state.payloads.delete('guid-no-payload');
    const logs: string[] = [];
    const redeliverer = new Redeliverer(makeProbot(), DEFAULT_REDELIVERY, {
      log: { ...quiet, warning: (m) => logs.push(m) },
      now: () => NOW,
    });
    for (let i = 0; i < 4; i++) await redeliverer.pass();
    expect(logs.filter((l) => l.includes('guid-no-payload'))).toEqual(
      Array.from(
        { length: 3 },
        () =>
          'webhook redelivery: cannot tell whether pull_request.opened delivery guid-no-payload (answered 202) ' +
          'was handled to the end: GitHub returned the delivery without its payload',
      ),
    );
    expect(fake.requests.filter((r) => r.route === '/app/hook/deliveries/:id/attempts')).toEqual(
      [],
    );
  });
});
