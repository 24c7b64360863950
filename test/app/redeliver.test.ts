import { Probot, ProbotOctokit } from 'probot';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateAppPrivateKey } from '../support/app-key.js';
import {
  addHookDeliveryRoutes,
  githubError,
  hookDeliveriesState,
  startFakeGitHub,
} from '../support/fake-github.js';
import type { FakeGitHub, HookDeliveriesState, HookDelivery } from '../support/fake-github.js';
import { testOctokit } from '../support/nock-github.js';
import type { AppLog } from '../../src/app/check-pull-request.js';
import {
  DEFAULT_REDELIVERY,
  Redeliverer,
  redeliveryFromEnv,
  startRedelivery,
} from '../../src/app/redeliver.js';
import type { AppAuth, RedeliveryOptions } from '../../src/app/redeliver.js';
import { LateFailures } from '../../src/app/late-failures.js';

/**
 * Whole passes of the redelivery job against the stateful fake GitHub: its deliveries listing (newest first,
 * cursor pages) and its redelivery endpoint, with faults injected per delivery.
 */

const NOW = Date.parse('2026-12-01T12:00:00Z');
const MINUTE = 60_000;

let fake: FakeGitHub<HookDeliveriesState>;
let clock = NOW;
let logs: string[] = [];
const log: AppLog = {
  info: (m) => logs.push(`info ${m}`),
  warning: (m) => logs.push(`warn ${m}`),
  error: (m) => logs.push(`error ${m}`),
};

let nextId = 1;
/** One attempt `minutesAgo` before the clock; GitHub numbers attempts in the order it makes them. */
function attempt(
  guid: string,
  statusCode: number,
  minutesAgo: number,
  extra: Partial<HookDelivery> = {},
): HookDelivery {
  return {
    id: 70_000 + nextId++,
    guid,
    delivered_at: new Date(clock - minutesAgo * MINUTE).toISOString(),
    redelivery: false,
    duration: 0.31,
    status:
      statusCode === 200
        ? 'OK'
        : statusCode === 0
          ? 'failed to connect to host'
          : `Invalid HTTP Response: ${statusCode}`,
    status_code: statusCode,
    event: 'pull_request',
    action: 'opened',
    installation_id: 4242,
    repository_id: 99,
    ...extra,
  };
}

/** Oldest first, as GitHub made them. */
function deliveries(...list: HookDelivery[]): void {
  fake.state.deliveries.push(
    ...list.sort((a, b) => Date.parse(a.delivered_at) - Date.parse(b.delivered_at)),
  );
}

const redeliveryRequests = (): number[] =>
  fake.requests
    .filter((r) => r.method === 'POST' && r.route === '/app/hook/deliveries/:id/attempts')
    .map((r) => Number(/\/deliveries\/(\d+)\//.exec(r.path)?.[1]));

const listings = () => fake.requests.filter((r) => r.route === '/app/hook/deliveries');

const app: AppAuth = { auth: async () => testOctokit(fake.url) };

function redeliverer(options: Partial<RedeliveryOptions> = {}): Redeliverer {
  return new Redeliverer(app, { ...DEFAULT_REDELIVERY, ...options }, { log, now: () => clock });
}

beforeEach(async () => {
  clock = NOW;
  logs = [];
  nextId = 1;
  fake = addHookDeliveryRoutes(await startFakeGitHub({ state: hookDeliveriesState() }));
});

afterEach(async () => {
  await fake.close();
});

describe('webhook redelivery: a pass', () => {
  it('redelivers an event it answered 202 whose handlers then failed, and not one that ended well', async () => {
    deliveries(attempt('late', 202, 20), attempt('fine', 202, 15), attempt('ok', 200, 5));
    const lateFailures = new LateFailures();
    const job = new Redeliverer(app, DEFAULT_REDELIVERY, { log, now: () => clock, lateFailures });
    // Listed while both were still being handled: nothing to do yet.
    await job.pass();
    expect(redeliveryRequests()).toEqual([]);
    // 'late' failed after its answer; the next pass lists nothing new about it, but remembers it.
    lateFailures.failedAfterAnswer('late');
    clock += 10 * MINUTE;
    await job.pass();
    expect(redeliveryRequests()).toEqual([
      fake.state.deliveries.find((d) => d.guid === 'late')!.id,
    ]);
    expect(logs.join('\n')).toMatch(
      /asked GitHub to redeliver pull_request\.opened delivery late \(last answer 202\)/,
    );
  });

  it('pages newest first by cursor, stops at the window edge, and redelivers each failed event once', async () => {
    // 260 successful deliveries over the last 5 hours, 3 failed events among them, and one failure older
    // than the 6-hour window (not looked at).
    const ok = Array.from({ length: 260 }, (_, i) => attempt(`ok-${i}`, 200, 1 + i));
    deliveries(
      ...ok,
      attempt('busy', 503, 10),
      attempt('handler', 500, 200),
      attempt('slow', 408, 250),
      attempt('down', 0, 290),
      attempt('too-big', 413, 30),
      attempt('fixed', 503, 40),
      attempt('fixed', 200, 38, { redelivery: true }),
      attempt('ancient', 503, 7 * 60),
      ...Array.from({ length: 50 }, (_, i) => attempt(`older-${i}`, 200, 7 * 60 + 1 + i)),
    );
    const byGuid = (guid: string) => fake.state.deliveries.find((d) => d.guid === guid)!.id;

    const summary = await redeliverer().pass();

    expect(redeliveryRequests().sort()).toEqual(
      [byGuid('handler'), byGuid('slow'), byGuid('down'), byGuid('busy')].sort(),
    );
    // 267 within the window and 51 older: pages of 100, the third reaches the edge and the listing stops.
    expect(listings().map((r) => r.query.cursor ?? '')).toEqual(['', 'v1_100', 'v1_200']);
    expect(summary).toMatchObject({ listed: 267, redelivered: 4, notRetryable: 1, errors: 0 });
    expect(logs.join('\n')).toMatch(
      /pull_request\.opened delivery too-big failed with 413; a retry cannot fix that/,
    );
    expect(fake.unmatched()).toEqual([]);
  });

  it('does not ask again for an event whose redelivery has not run yet, and stops after 3 redeliveries', async () => {
    deliveries(attempt('flaky', 500, 3));
    const job = redeliverer();

    await job.pass();
    clock += 10 * MINUTE;
    await job.pass();
    expect(redeliveryRequests()).toHaveLength(1);

    // GitHub's redelivery ran and failed each time: asked again once per pass until 3 redeliveries in all.
    fake.state.onRedeliver = (original, state) => {
      state.deliveries.push({
        ...original,
        id: 70_000 + nextId++,
        delivered_at: new Date(clock + 1_000).toISOString(),
        redelivery: true,
      });
    };
    fake.state.deliveries.push({
      ...fake.state.deliveries[0]!,
      id: 70_000 + nextId++,
      delivered_at: new Date(clock - MINUTE).toISOString(),
      redelivery: true,
    });
    for (let i = 0; i < 4; i++) {
      clock += 10 * MINUTE;
      await job.pass();
    }
    expect(redeliveryRequests()).toHaveLength(3);
    expect(fake.state.deliveries.filter((d) => d.redelivery)).toHaveLength(3);
    expect(logs.filter((l) => /still failed \(500\) after 3 redeliveries/.test(l))).toHaveLength(1);
  });

  it('gives up on a delivery GitHub refuses with 422 (too old), asks again after a 5xx', async () => {
    deliveries(attempt('too-old', 503, 20), attempt('outage', 503, 10));
    const [tooOld, outage] = fake.state.deliveries;
    fake.state.redeliveryFaults.set(tooOld!.id, githubError(422, 'Validation Failed'));
    fake.state.redeliveryFaults.set(outage!.id, githubError(502, 'Server Error'));
    const job = redeliverer();

    const first = await job.pass();
    expect(first).toMatchObject({ redelivered: 0, errors: 2 });
    expect(logs.join('\n')).toMatch(/refused to redeliver .* too-old \(422: Validation Failed/);
    expect(logs.join('\n')).toMatch(
      /could not redeliver .* outage \(502: Server Error.*\); trying again next pass/,
    );

    fake.state.redeliveryFaults.delete(outage!.id);
    clock += 10 * MINUTE;
    const second = await job.pass();
    expect(second).toMatchObject({ redelivered: 1, errors: 0 });
    expect(redeliveryRequests()).toEqual([tooOld!.id, outage!.id, outage!.id]);
  });

  it('asks for at most the per-pass budget and leaves the rest, oldest first, for the next pass', async () => {
    deliveries(...['e1', 'e2', 'e3', 'e4', 'e5'].map((g, i) => attempt(g, 503, 50 - i)));
    const ids = fake.state.deliveries.map((d) => d.id);
    const job = redeliverer({ maxRequestsPerPass: 2 });

    expect(await job.pass()).toMatchObject({ redelivered: 2, deferred: 3 });
    expect(logs.at(-1)).toMatch(/3 left for the next pass \(at most 2 requests a pass\)/);
    clock += 10 * MINUTE;
    expect(await job.pass()).toMatchObject({ redelivered: 2, deferred: 1, pending: 2 });
    clock += 10 * MINUTE;
    expect(await job.pass()).toMatchObject({ redelivered: 1, deferred: 0 });
    expect(redeliveryRequests()).toEqual(ids);
  });

  it('lists only what is new since the previous pass (with a few minutes of overlap)', async () => {
    deliveries(attempt('a', 500, 30), attempt('a', 200, 29, { redelivery: true }));
    const job = redeliverer();
    await job.pass();
    clock += 10 * MINUTE;
    deliveries(attempt('b', 500, 1));
    expect(await job.pass()).toMatchObject({ listed: 1, redelivered: 1 });
    expect(listings().at(-1)?.query.cursor).toBeUndefined();
  });

  it('a misconfigured App (401 on the listing) or a GitHub without the endpoint (404) is a log line, not a crash; the window is kept', async () => {
    fake.route('GET', '/app/hook/deliveries', () =>
      githubError(401, 'A JSON web token could not be decoded'),
    );
    const job = redeliverer();
    const summary = await job.pass();
    expect(summary.aborted).toMatch(
      /GitHub refused the App's credentials when listing deliveries \(401/,
    );
    expect(logs.join('\n')).toMatch(/error webhook redelivery: .*check APP_ID and the private key/);

    fake.route('GET', '/app/hook/deliveries', () => githubError(404, 'Not Found'));
    clock += 10 * MINUTE;
    expect((await job.pass()).aborted).toMatch(
      /this GitHub does not list the App's webhook deliveries \(404: Not Found.*\); OPS_STEWARD_REDELIVER_MINUTES=off stops asking/,
    );

    addHookDeliveryRoutes(fake);
    deliveries(attempt('missed', 503, 60));
    clock += 10 * MINUTE;
    expect(await job.pass()).toMatchObject({ redelivered: 1 });
  });

  it('a listing GitHub fails (502) or a redelivery request that gets no answer is tried again next pass', async () => {
    deliveries(attempt('dropped', 503, 20));
    fake.route('GET', '/app/hook/deliveries', () => githubError(502, 'Bad Gateway'));
    const job = redeliverer();
    expect((await job.pass()).aborted).toMatch(
      /could not list the App's webhook deliveries \(502: Bad Gateway.*\); trying again next pass/,
    );

    addHookDeliveryRoutes(fake);
    fake.route('POST', '/app/hook/deliveries/:id/attempts', () => ({ destroy: true }));
    clock += 10 * MINUTE;
    expect(await job.pass()).toMatchObject({ redelivered: 0, errors: 1 });
    expect(logs.join('\n')).toMatch(
      /could not redeliver .* dropped \(.*\); trying again next pass/,
    );

    addHookDeliveryRoutes(fake);
    clock += 10 * MINUTE;
    expect(await job.pass()).toMatchObject({ redelivered: 1, errors: 0 });
  });

  it('a 403 on a redelivery ends the pass: every other request would be refused too', async () => {
    deliveries(attempt('x', 503, 20), attempt('y', 503, 10));
    fake.route('POST', '/app/hook/deliveries/:id/attempts', () => githubError(403, 'Forbidden'));
    const summary = await redeliverer().pass();
    expect(summary.aborted).toMatch(/403: Forbidden/);
    expect(redeliveryRequests()).toHaveLength(1);
  });

  it('skips listed entries it cannot read, with a warning, and judges the rest', async () => {
    deliveries(attempt('good', 500, 2));
    fake.state.deliveries.push({ id: 'x', guid: '' } as unknown as HookDelivery);
    expect(await redeliverer().pass()).toMatchObject({ redelivered: 1 });
    expect(logs.join('\n')).toMatch(/1 listed deliveries had no id, guid or time and were skipped/);
  });

  it('authenticates as the App (a JWT from APP_ID and the private key) through Probot', async () => {
    const probot = new Probot({
      appId: 123,
      privateKey: generateAppPrivateKey(),
      baseUrl: fake.url,
      logLevel: 'fatal',
      Octokit: ProbotOctokit.defaults((o: Record<string, unknown>) => ({
        ...o,
        retry: { enabled: false },
        throttle: { enabled: false },
      })),
    });
    deliveries(attempt('z', 503, 2));
    // The test's clock, not the machine's: the deliveries are dated by it.
    await new Redeliverer(probot, DEFAULT_REDELIVERY, { log, now: () => clock }).pass();
    const [listing, ask] = fake.requests;
    expect(listing?.headers.authorization).toMatch(/^bearer eyJ/i);
    expect(ask?.headers.authorization).toMatch(/^bearer eyJ/i);
    expect(redeliveryRequests()).toHaveLength(1);
  });
});

describe('webhook redelivery: the timer', () => {
  it('stop() waits for the running pass, which asks for nothing more', async () => {
    deliveries(attempt('p', 503, 5), attempt('q', 503, 4));
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    fake.route('GET', '/app/hook/deliveries', async (_req, s) => {
      await gate;
      return { body: [...s.deliveries].reverse() };
    });
    const job = startRedelivery(app, DEFAULT_REDELIVERY, {
      log,
      random: () => 0,
      now: () => clock,
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    let stopped = false;
    const stopping = job.stop().then(() => (stopped = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(stopped).toBe(false);
    release();
    await stopping;
    expect(listings()).toHaveLength(1);
    expect(redeliveryRequests()).toEqual([]);
  });

  it('never starts a pass while the previous one runs: the next starts an interval after it ended', async () => {
    let running = 0;
    let most = 0;
    const starts: number[] = [];
    fake.route('GET', '/app/hook/deliveries', async () => {
      running += 1;
      most = Math.max(most, running);
      starts.push(Date.now());
      await new Promise((resolve) => setTimeout(resolve, 60));
      running -= 1;
      return { body: [] };
    });
    const job = startRedelivery(
      app,
      { ...DEFAULT_REDELIVERY, intervalMs: 10 },
      { log, random: () => 0 },
    );
    await new Promise((resolve) => setTimeout(resolve, 400));
    await job.stop();
    expect(most).toBe(1);
    expect(starts.length).toBeGreaterThanOrEqual(2);
    for (let i = 1; i < starts.length; i++)
      expect(starts[i]! - starts[i - 1]!).toBeGreaterThanOrEqual(60);
  });

  it('reads its settings from the environment and refuses a bad value at start', () => {
    expect(redeliveryFromEnv({})).toMatchObject({
      intervalMs: 10 * MINUTE,
      lookbackMs: 6 * 60 * MINUTE,
    });
    expect(
      redeliveryFromEnv({
        OPS_STEWARD_REDELIVER_MINUTES: '5',
        OPS_STEWARD_REDELIVER_LOOKBACK_HOURS: '24',
      }),
    ).toMatchObject({ intervalMs: 5 * MINUTE, lookbackMs: 24 * 60 * MINUTE });
    expect(redeliveryFromEnv({ OPS_STEWARD_REDELIVER_MINUTES: 'off' })).toBeUndefined();
    expect(() => redeliveryFromEnv({ OPS_STEWARD_REDELIVER_MINUTES: 'often' })).toThrow(
      'OPS_STEWARD_REDELIVER_MINUTES must be a number from 1 to 1440, or off, got "often"',
    );
    expect(() => redeliveryFromEnv({ OPS_STEWARD_REDELIVER_LOOKBACK_HOURS: '96' })).toThrow(
      /OPS_STEWARD_REDELIVER_LOOKBACK_HOURS must be a number from 0.1 to 72, got "96"/,
    );
  });
});
