import { createHmac } from 'node:crypto';
import { request } from 'node:http';
import type { ClientRequest } from 'node:http';
import { Probot } from 'probot';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { generateAppPrivateKey } from '../support/app-key.js';
import { LateFailures } from '../../src/app/late-failures.js';
import { startServer } from '../../src/app/server.js';
import type { RunningServer } from '../../src/app/server.js';
import {
  ByteBudget,
  DEFAULT_WEBHOOK_LIMITS,
  GITHUB_MAX_PAYLOAD_BYTES,
  webhookLimitsFromEnv,
} from '../../src/app/webhook-body.js';
import type { WebhookLimits } from '../../src/app/webhook-body.js';
import { settlesWithin } from '../support/settling.js';

const SECRET = 'webhook-secret';
let privateKey: string;
let running: RunningServer | undefined;

beforeAll(() => {
  privateKey = generateAppPrivateKey();
});

afterEach(async () => {
  await running?.close();
  running = undefined;
});

const SMALL: WebhookLimits = {
  maxBodyBytes: 4_000,
  inFlightBytes: 8_000,
  queueTimeoutMs: 300,
  bodyTimeoutMs: 3_000,
};

/** A Probot whose `push` handler records payloads and waits for `gate` (so a test can hold a delivery). */
async function serve(
  limits: WebhookLimits,
  options: {
    gate?: Promise<void>;
    responseTimeoutMs?: number;
    webhookPath?: string;
    /** Thrown by the handler (after recording the payload). */
    fail?: Error;
    lateFailures?: LateFailures;
  } = {},
): Promise<{ server: RunningServer; received: Array<{ ref: string }>; probot: Probot }> {
  const probot = new Probot({ appId: 1, privateKey, secret: SECRET, logLevel: 'fatal' });
  const received: Array<{ ref: string }> = [];
  await probot.load((app) => {
    app.on('push', async (context) => {
      received.push({ ref: context.payload.ref });
      await options.gate;
      if (options.fail) throw options.fail;
    });
  });
  running = await startServer({
    probot,
    host: '127.0.0.1',
    port: 0,
    webhookPath: options.webhookPath ?? '/api/github/webhooks',
    limits,
    ...(options.responseTimeoutMs ? { responseTimeoutMs: options.responseTimeoutMs } : {}),
    ...(options.lateFailures ? { lateFailures: options.lateFailures } : {}),
  });
  return { server: running, received, probot };
}

function pushBody(ref = 'refs/heads/feature', padTo = 0): string {
  const base = { ref, repository: { name: 'shop', owner: { login: 'acme' } }, deleted: false };
  const text = JSON.stringify(base);
  return padTo > text.length
    ? JSON.stringify({ ...base, note: 'x'.repeat(padTo - text.length - 10) })
    : text;
}

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** Opens a delivery; the caller writes the body (or not) and ends it. */
function open(
  port: number,
  headers: Record<string, string>,
  path = '/api/github/webhooks',
): { req: ClientRequest; answer: Promise<Answer> } {
  const req = request({ host: '127.0.0.1', port, path, method: 'POST', headers });
  const answer = new Promise<Answer>((resolve, reject) => {
    let answered = false;
    req.on('response', (res) => {
      answered = true;
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
  });
  return { req, answer };
}

function signedHeaders(body: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    'content-type': 'application/json',
    'x-github-event': 'push',
    'x-github-delivery': 'd-1',
    'x-hub-signature-256': `sha256=${createHmac('sha256', SECRET).update(body).digest('hex')}`,
    'content-length': String(Buffer.byteLength(body)),
    ...extra,
  };
}

async function deliver(port: number, body: string): Promise<Answer> {
  const { req, answer } = open(port, signedHeaders(body));
  req.end(body);
  return answer;
}

describe('App webhook server', () => {
  it('hands a signed delivery to the handlers and answers 200 once they are done', async () => {
    const { server, received } = await serve(SMALL);
    const answer = await deliver(server.port, pushBody('refs/heads/main'));
    expect(answer).toMatchObject({ status: 200, body: 'ok\n' });
    expect(received).toEqual([{ ref: 'refs/heads/main' }]);
    expect(server.budget.used).toBe(0);
  });

  it('takes deliveries at a WEBHOOK_PATH written with a trailing slash, as the App’s webhook URL says it', async () => {
    const { server, received } = await serve(SMALL, { webhookPath: '/github/webhooks/' });
    const body = pushBody('refs/heads/main');
    for (const path of ['/github/webhooks/', '/github/webhooks']) {
      const { req, answer } = open(server.port, signedHeaders(body), path);
      req.end(body);
      expect((await answer).status).toBe(200);
    }
    expect(received).toHaveLength(2);
  });

  it('answers 500 when a handler fails, whatever status the GitHub request it failed on had', async () => {
    // Octokit's RequestError carries GitHub's status: a secondary rate limit (403), a repository
    // deleted meanwhile (404), a validation failure (422). The delivery itself was fine: GitHub must
    // record a failed delivery (a retry can fix it: the redelivery job asks again), not a 4xx that
    // says the App's URL or secret is wrong.
    for (const status of [403, 404, 422, 401]) {
      const fail = Object.assign(new Error(`GitHub answered ${status}`), {
        name: 'HttpError',
        status,
      });
      const { server, received } = await serve(SMALL, { fail });
      const answer = await deliver(server.port, pushBody('refs/heads/main'));
      expect(received, `status ${status}`).toHaveLength(1);
      expect(answer.status, `status ${status}`).toBe(500);
      expect(answer.body).toContain(`GitHub answered ${status}`);
      await running?.close();
      running = undefined;
    }
  });

  it('refuses a bad signature with 400 and runs no handler', async () => {
    const { server, received } = await serve(SMALL);
    const body = pushBody();
    const { req, answer } = open(
      server.port,
      signedHeaders(body, { 'x-hub-signature-256': `sha256=${'0'.repeat(64)}` }),
    );
    req.end(body);
    expect((await answer).status).toBe(400);
    expect((await answer).body).toMatch(/signature does not match/);
    expect(received).toEqual([]);
  });

  it('refuses invalid JSON that is correctly signed with 400', async () => {
    const { server } = await serve(SMALL);
    expect((await deliver(server.port, '{"ref": ')).status).toBe(400);
  });

  it('answers like Probot for a wrong path, method, content type or missing headers', async () => {
    const { server } = await serve(SMALL);
    const body = pushBody();
    const cases: Array<[Record<string, string>, string, number]> = [
      [signedHeaders(body), '/elsewhere', 404],
      [signedHeaders(body, { 'content-type': 'text/plain' }), '/api/github/webhooks', 415],
      [{ 'content-type': 'application/json' }, '/api/github/webhooks', 400],
    ];
    for (const [headers, path, status] of cases) {
      const { req, answer } = open(server.port, headers, path);
      req.end(body);
      expect((await answer).status, `${path} ${JSON.stringify(headers)}`).toBe(status);
    }
    const ping = await fetch(`http://127.0.0.1:${server.port}/ping`);
    expect(await ping.text()).toBe('PONG');
  });

  it('refuses a chunked body at the limit while it streams, and frees its reservation', async () => {
    const { server, received } = await serve(SMALL);
    const headers = signedHeaders('');
    delete headers['content-length'];
    const { req, answer } = open(server.port, headers);
    // Written slowly and never ended: only a server that refuses mid-stream answers at all.
    req.write('{"ref":"refs/heads/x","pad":"');
    const timer = setInterval(() => req.write('y'.repeat(500)), 5);
    try {
      const a = await answer;
      expect(a.status).toBe(413);
      expect(a.body).toMatch(/over 4000 bytes/);
    } finally {
      clearInterval(timer);
      req.destroy();
    }
    expect(received).toEqual([]);
    expect(server.budget.used).toBe(0);
  });

  it('refuses a declared Content-Length over the limit before reading the body', async () => {
    const { server } = await serve(SMALL);
    const { req, answer } = open(server.port, signedHeaders('', { 'content-length': '4001' }));
    req.write('{'); // the rest never comes
    expect((await answer).status).toBe(413);
    req.destroy();
  });

  it('holds a delivery’s bytes until its handlers finish; one that does not fit waits, then gets 503', async () => {
    let open1!: () => void;
    const gate = new Promise<void>((resolve) => (open1 = resolve));
    const { server, received } = await serve(SMALL, { gate, responseTimeoutMs: 60_000 });
    const big = pushBody('refs/heads/a', 3_900);
    const first = deliver(server.port, big);
    const second = deliver(server.port, pushBody('refs/heads/b', 3_900));
    await expect.poll(() => received.length).toBe(2);
    // Both bodies are parsed and waiting in their handlers: the budget (8,000) is spent.
    expect(server.budget.used).toBe(2 * Buffer.byteLength(big));
    const started = Date.now();
    const third = await deliver(server.port, pushBody('refs/heads/c', 1_000));
    expect(third.status).toBe(503);
    expect(third.headers['retry-after']).toBe('1');
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    open1();
    expect((await first).status).toBe(200);
    expect((await second).status).toBe(200);
    expect(server.budget.used).toBe(0);
    expect((await deliver(server.port, pushBody('refs/heads/d'))).status).toBe(200);
    expect(received.map((r) => r.ref)).toEqual(['refs/heads/a', 'refs/heads/b', 'refs/heads/d']);
  });

  it('a delivery that waits for room is admitted as soon as a handler finishes', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { server, received } = await serve(
      { ...SMALL, queueTimeoutMs: 5_000 },
      { gate, responseTimeoutMs: 60_000 },
    );
    const first = deliver(server.port, pushBody('refs/heads/a', 3_900));
    const second = deliver(server.port, pushBody('refs/heads/b', 3_900));
    await expect.poll(() => received.length).toBe(2);
    const third = deliver(server.port, pushBody('refs/heads/c', 1_000));
    await new Promise((r) => setTimeout(r, 100));
    expect(received).toHaveLength(2);
    release();
    expect((await third).status).toBe(200);
    expect((await first).status).toBe(200);
    expect((await second).status).toBe(200);
  });

  it('frees the room of a delivery whose sender hung up while it waited, without waiting for the body timeout', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { server, received } = await serve(
      { ...SMALL, queueTimeoutMs: 5_000, bodyTimeoutMs: 10_000 },
      { gate, responseTimeoutMs: 60_000 },
    );
    const first = deliver(server.port, pushBody('refs/heads/a', 3_900));
    const second = deliver(server.port, pushBody('refs/heads/b', 3_900));
    await expect.poll(() => received.length).toBe(2);
    // A third sender gives up while its delivery waits for room (a proxy's timeout, a dropped connection).
    const body = pushBody('refs/heads/c', 1_000);
    const gone = open(server.port, signedHeaders(body));
    gone.answer.catch(() => undefined);
    gone.req.write(body.slice(0, 100));
    await new Promise((r) => setTimeout(r, 100));
    gone.req.destroy();
    await new Promise((r) => setTimeout(r, 100));
    release();
    expect((await first).status).toBe(200);
    expect((await second).status).toBe(200);
    // Its reservation must not sit on the budget until the body timeout, turning real deliveries away.
    await expect.poll(() => server.budget.used, { timeout: 1_000 }).toBe(0);
  });

  it('answers 202 when handlers run past the response timeout, and keeps the bytes until they end', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { server } = await serve(SMALL, { gate, responseTimeoutMs: 100 });
    const answer = await deliver(server.port, pushBody());
    expect(answer).toMatchObject({ status: 202, body: 'still processing\n' });
    expect(server.budget.used).toBeGreaterThan(0);
    release();
    await expect.poll(() => server.budget.used).toBe(0);
  });

  it('knows a delivery answered 202 is still being handled until its handlers end', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const lateFailures = new LateFailures();
    const { server } = await serve(SMALL, { gate, responseTimeoutMs: 100, lateFailures });
    expect(await deliver(server.port, pushBody())).toMatchObject({ status: 202 });
    // The redelivery job must not take it for abandoned, however long it runs.
    expect(lateFailures.handling('d-1')).toBe(true);
    release();
    await expect.poll(() => lateFailures.handling('d-1')).toBe(false);
    // An unsigned request with that id is handled by nobody, and is never counted.
    const forged = open(server.port, {
      ...signedHeaders(pushBody()),
      'x-hub-signature-256': 'sha256=00',
    });
    forged.req.end(pushBody());
    expect(await forged.answer).toMatchObject({ status: 400 });
    expect(lateFailures.handling('d-1')).toBe(false);
  });

  it('notes a delivery answered 202 whose handlers then fail, until an attempt of it is handled again', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const lateFailures = new LateFailures();
    const { server } = await serve(SMALL, {
      gate,
      responseTimeoutMs: 100,
      fail: new Error('GitHub answered 502'),
      lateFailures,
    });
    expect(await deliver(server.port, pushBody())).toMatchObject({ status: 202 });
    expect(lateFailures.has('d-1')).toBe(false);
    release();
    await expect.poll(() => lateFailures.has('d-1')).toBe(true);
    // A request with the same delivery id but no valid signature is no attempt of that event.
    const forged = open(server.port, {
      ...signedHeaders(pushBody()),
      'x-hub-signature-256': 'sha256=00',
    });
    forged.req.end(pushBody());
    expect(await forged.answer).toMatchObject({ status: 400 });
    expect(lateFailures.has('d-1')).toBe(true);
    // Its redelivery arrives (same X-GitHub-Delivery): it is being handled, so it is no longer noted.
    const again = deliver(server.port, pushBody());
    await expect.poll(() => lateFailures.has('d-1')).toBe(false);
    expect(await again).toMatchObject({ status: 500 });
    // Answered 500 in time: GitHub's own record says it failed, nothing to note.
    expect(lateFailures.has('d-1')).toBe(false);
  });

  it('does not note a delivery refused 400 after its 202 (a bad signature): sending it again cannot help', async () => {
    const lateFailures = new LateFailures();
    const { server, probot } = await serve(SMALL, { responseTimeoutMs: 50, lateFailures });
    // A verification that outlasts the answer (a stalled machine) and then fails.
    const verify = vi
      .spyOn(probot.webhooks, 'verify')
      .mockImplementation(() => new Promise((resolve) => setTimeout(() => resolve(false), 300)));
    const forged = open(server.port, {
      ...signedHeaders(pushBody()),
      'x-hub-signature-256': 'sha256=00',
    });
    forged.req.end(pushBody());
    expect(await forged.answer).toMatchObject({ status: 202 });
    await expect.poll(() => verify.mock.results.length).toBe(1);
    await verify.mock.results[0]!.value;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(lateFailures.has('d-1')).toBe(false);
  });

  it('drops a body that does not arrive in time with 408', async () => {
    const { server } = await serve({ ...SMALL, bodyTimeoutMs: 200 });
    const body = pushBody();
    const { req, answer } = open(server.port, signedHeaders(body));
    req.write(body.slice(0, 10));
    expect((await answer).status).toBe(408);
    req.destroy();
    expect(server.budget.used).toBe(0);
  });
});

describe('App webhook server: stopping', () => {
  it('finishes the delivery being handled and answers it; a new one gets 503 with Retry-After', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { server, received } = await serve(SMALL, { gate, responseTimeoutMs: 60_000 });
    const first = deliver(server.port, pushBody('refs/heads/main'));
    await expect.poll(() => received.length).toBe(1);
    server.stopAccepting();
    expect(server.inFlight()).toEqual([
      { id: 'd-1', event: 'push', phase: 'handling', since: expect.any(Number) as number },
    ]);
    const late = await deliver(server.port, pushBody('refs/heads/late'));
    expect(late.status).toBe(503);
    expect(late.headers['retry-after']).toBe('5');
    expect(late.headers.connection).toBe('close');
    expect(JSON.parse(late.body)).toEqual({
      error: 'The App is shutting down; redeliver this delivery in a moment',
    });
    const ping = await fetch(`http://127.0.0.1:${server.port}/ping`);
    expect(ping.status).toBe(503);

    const drained = server.idle();
    expect(await settlesWithin(100, drained)).toBe(false);
    release();
    const answer = await first;
    expect(answer).toMatchObject({ status: 200, body: 'ok\n' });
    expect(answer.headers.connection).toBe('close');
    await drained;
    expect(server.inFlight()).toEqual([]);
    expect(received.map((r) => r.ref)).toEqual(['refs/heads/main']);
  });

  it('reads a delivery still arriving to its end and hands it to the handlers', async () => {
    const { server, received } = await serve(SMALL);
    const body = pushBody('refs/heads/main', 2_000);
    const { req, answer } = open(server.port, signedHeaders(body));
    req.write(body.slice(0, 500));
    await expect.poll(() => server.inFlight().map((d) => d.phase)).toEqual(['receiving']);
    server.stopAccepting();
    const drained = server.idle();
    req.end(body.slice(500));
    expect((await answer).status).toBe(200);
    await drained;
    expect(received).toEqual([{ ref: 'refs/heads/main' }]);
  });

  it('keeps a delivery answered 202 in flight until its handlers end, named with its action', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { server } = await serve(SMALL, { gate, responseTimeoutMs: 100 });
    const body = JSON.stringify({ action: 'created', ...JSON.parse(pushBody()) });
    const { req, answer } = open(server.port, signedHeaders(body, { 'x-github-delivery': 'd-7' }));
    req.end(body);
    expect((await answer).status).toBe(202);
    server.stopAccepting();
    expect(server.inFlight()).toMatchObject([{ id: 'd-7', event: 'push.created' }]);
    const drained = server.idle();
    expect(await settlesWithin(100, drained)).toBe(false);
    release();
    await drained;
  });

  it('is idle at once with nothing in flight', async () => {
    const { server } = await serve(SMALL);
    server.stopAccepting();
    await server.idle();
    expect(server.inFlight()).toEqual([]);
  });
});

describe('ByteBudget', () => {
  it('serves waiters in arrival order, so a large one is not starved by small ones', async () => {
    const budget = new ByteBudget(10);
    const a = await budget.reserve(8, 1_000);
    const order: string[] = [];
    const large = budget.reserve(10, 1_000).then((r) => (order.push('large'), r));
    const small = budget.reserve(1, 1_000).then((r) => (order.push('small'), r));
    a?.release();
    (await large)?.release();
    (await small)?.release();
    expect(order).toEqual(['large', 'small']);
    expect(budget.used).toBe(0);
  });

  it('never admits more than its capacity, and a release twice counts once', async () => {
    const budget = new ByteBudget(10);
    expect(await budget.reserve(11, 10)).toBeUndefined();
    const r = await budget.reserve(10, 10);
    expect(await budget.reserve(1, 20)).toBeUndefined();
    r?.release();
    r?.release();
    expect(budget.used).toBe(0);
  });
});

describe('webhookLimitsFromEnv', () => {
  it('defaults to GitHub’s 25 MB cap and room for two such deliveries', () => {
    expect(webhookLimitsFromEnv({})).toEqual(DEFAULT_WEBHOOK_LIMITS);
    expect(DEFAULT_WEBHOOK_LIMITS.maxBodyBytes).toBe(GITHUB_MAX_PAYLOAD_BYTES);
    expect(DEFAULT_WEBHOOK_LIMITS.inFlightBytes).toBe(2 * GITHUB_MAX_PAYLOAD_BYTES);
  });

  it('reads both variables and rejects values that cannot work, naming the variable', () => {
    expect(
      webhookLimitsFromEnv({
        OPS_STEWARD_WEBHOOK_MAX_BYTES: '1000000',
        OPS_STEWARD_WEBHOOK_INFLIGHT_BYTES: '3000000',
      }),
    ).toMatchObject({ maxBodyBytes: 1_000_000, inFlightBytes: 3_000_000 });
    expect(() => webhookLimitsFromEnv({ OPS_STEWARD_WEBHOOK_MAX_BYTES: '25MB' })).toThrow(
      /OPS_STEWARD_WEBHOOK_MAX_BYTES must be a whole number of bytes.*"25MB"/,
    );
    expect(() =>
      webhookLimitsFromEnv({
        OPS_STEWARD_WEBHOOK_MAX_BYTES: '2000',
        OPS_STEWARD_WEBHOOK_INFLIGHT_BYTES: '1000',
      }),
    ).toThrow(/OPS_STEWARD_WEBHOOK_INFLIGHT_BYTES \(1000\) must be at least/);
  });
});
