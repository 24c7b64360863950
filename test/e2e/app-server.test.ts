import { spawn } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { generateAppPrivateKey } from '../support/app-key.js';
import { guardPath, root } from './harness.js';
import { githubError, startFakeGitHub } from '../support/fake-github.js';
import type { FakeGitHub } from '../support/fake-github.js';

/**
 * The App as `npm start` runs it: `node dist/app.js` on 127.0.0.1 with its GitHub (GHE_HOST) faked on
 * 127.0.0.1, webhooks sent over real sockets. OPS_STEWARD_APP_BUNDLE runs another build of the App (the
 * figures in the README compare the bundle before the body limit with this one).
 */

const bundle = process.env.OPS_STEWARD_APP_BUNDLE ?? path.join(root, 'dist', 'app.js');
const SECRET = 'a webhook secret';
const MiB = 1024 * 1024;

interface State {
  comments: Array<{ issue: string; body: string }>;
}

interface Reply {
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
  /** Body bytes the sender managed to write before the answer (or the end). */
  sent: number;
}

let fake: FakeGitHub<State>;
let dir: string;
let privateKey: string;
/** The App under test in most cases; the memory test starts fresh ones so each peak is its own. */
let app: RunningApp;

interface RunningApp {
  port: number;
  pid: number;
  output: () => string;
  /** Cleanup: ends the process at once, whatever it is doing. */
  stop(): void;
  /** Sends a signal (a shutdown: SIGTERM, as Docker and Kubernetes do). */
  kill(signal: NodeJS.Signals): void;
  /** The exit code once the process has ended. */
  exited: Promise<number | null>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port: p } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return p;
}

function sign(body: string | Buffer): string {
  return `sha256=${createHmac('sha256', SECRET).update(body).digest('hex')}`;
}

/**
 * Sends one delivery. `body` is written in 64 KiB chunks so a server that refuses early is seen refusing
 * before the end; `contentLength` overrides the header (a lying sender) and `null` sends it chunked.
 */
function deliver(
  event: string,
  body: Buffer,
  options: {
    contentLength?: number | null;
    signature?: string;
    to?: RunningApp;
    id?: string;
    /** Send the headers, then wait this long for an answer before writing any of the body. */
    holdBodyMs?: number;
  } = {},
): Promise<Reply> {
  const port = (options.to ?? app).port;
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      'x-github-event': event,
      'x-github-delivery': options.id ?? `delivery-${Math.random().toString(36).slice(2)}`,
      'x-hub-signature-256': options.signature ?? sign(body),
    };
    const length = options.contentLength === undefined ? body.length : options.contentLength;
    if (length !== null) headers['content-length'] = String(length);
    const req = request({
      host: '127.0.0.1',
      port,
      path: '/api/github/webhooks',
      method: 'POST',
      headers,
    });
    let sent = 0;
    let answered = false;
    req.on('response', (res) => {
      answered = true;
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (text += d));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, body: text, headers: res.headers, sent }),
      );
      res.on('error', () =>
        resolve({ status: res.statusCode ?? 0, body: text, headers: res.headers, sent }),
      );
    });
    // A server that refuses mid-body closes the connection: the write fails, the answer already came.
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
    const chunk = 64 * 1024;
    const writeMore = (): void => {
      while (sent < body.length && !answered) {
        const piece = body.subarray(sent, sent + chunk);
        sent += piece.length;
        if (!req.write(piece)) return void req.once('drain', writeMore);
      }
      if (!answered) req.end();
    };
    if (options.holdBodyMs === undefined) return writeMore();
    req.flushHeaders();
    setTimeout(writeMore, options.holdBodyMs);
  });
}

/** Peak resident memory of the App process so far (VmHWM), in MiB. */
async function peakRssMiB(of: RunningApp = app): Promise<number> {
  const status = await readFile(`/proc/${of.pid}/status`, 'utf8');
  const kb = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1]);
  return Math.round(kb / 1024);
}

/** The repository and installation every delivery here comes from. */
const REPOSITORY = {
  repository: {
    name: 'shop',
    full_name: 'acme/shop',
    default_branch: 'main',
    owner: { login: 'acme' },
  },
  installation: { id: 1 },
};

/** `/ops-steward renew checkout-v2` commented on issue `issue` of acme/`repo` (the App replies there). */
function renewComment(issue: number, repo = 'shop'): Buffer {
  return Buffer.from(
    JSON.stringify({
      action: 'created',
      ...REPOSITORY,
      repository: { ...REPOSITORY.repository, name: repo, full_name: `acme/${repo}` },
      issue: { number: issue },
      comment: { body: '/ops-steward renew checkout-v2', user: { login: 'dana' } },
    }),
  );
}

/** A push to a feature branch: handled (the App looks at the ref) without any API call. */
function pushPayload(targetBytes: number): Buffer {
  const head = {
    ref: 'refs/heads/feature/big-import',
    before: '1'.repeat(40),
    after: '2'.repeat(40),
    deleted: false,
    ...REPOSITORY,
  };
  const commit = (i: number): string =>
    JSON.stringify({
      id: i.toString(16).padStart(40, '0'),
      message: `Import catalogue batch ${i}: ${'product rows '.repeat(30)}`,
      author: { name: 'Dana Ops', email: 'dana@example.com' },
      added: [`data/catalogue/batch-${i}.csv`],
      removed: [],
      modified: ['data/catalogue/index.json'],
    });
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < targetBytes - 1000; i++) {
    const c = commit(i);
    parts.push(c);
    size += c.length + 1;
  }
  return Buffer.from(`${JSON.stringify(head).slice(0, -1)},"commits":[${parts.join(',')}]}`);
}

/** `node dist/app.js` with the App's environment, once `GET /ping` answers. */
/** The App's environment: its GitHub on 127.0.0.1, its own port, no daily sweep. */
function appEnv(port: number): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    HOME: dir,
    APP_ID: '123',
    PRIVATE_KEY: privateKey,
    WEBHOOK_SECRET: SECRET,
    GHE_HOST: new URL(fake.url).host,
    GHE_PROTOCOL: 'http',
    HOST: '127.0.0.1',
    PORT: String(port),
    LOG_LEVEL: 'warn',
    LOG_FORMAT: 'json',
    OPS_STEWARD_DAILY_SYNC: 'off',
    // Its first pass comes within a minute and would add requests the fake GitHub counts.
    OPS_STEWARD_REDELIVER_MINUTES: 'off',
    OPS_STEWARD_E2E_NET_LOG: path.join(dir, 'network.log'),
  };
}

async function startApp(env: Record<string, string> = {}): Promise<RunningApp> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', guardPath, bundle], {
    cwd: dir,
    env: { ...appEnv(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const deadline = Date.now() + 20_000;
  for (;;) {
    const up = await new Promise<boolean>((resolve) => {
      const req = request({ host: '127.0.0.1', port, path: '/ping' }, (res) => {
        res.resume();
        resolve(res.statusCode === 200);
      });
      req.on('error', () => resolve(false));
      req.end();
    });
    if (up) break;
    if (Date.now() > deadline || child.exitCode !== null) {
      child.kill('SIGKILL');
      throw new Error(`the App did not start:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    port,
    pid: child.pid ?? 0,
    output: () => output,
    stop: () => child.kill('SIGKILL'),
    kill: (signal) => child.kill(signal),
    exited,
  };
}

/** Three concurrent deliveries to a freshly started App, with its idle and peak RSS. */
async function measured(
  label: string,
  send: (to: RunningApp) => Promise<Reply>,
): Promise<{ idle: number; peak: number; replies: Reply[] }> {
  const fresh = await startApp();
  try {
    const idle = await peakRssMiB(fresh);
    const replies = await Promise.all([0, 1, 2].map(() => send(fresh)));
    const peak = await peakRssMiB(fresh);
    report(
      `${label}: peak RSS ${peak} MiB (idle ${idle} MiB), answers ${replies.map((r) => r.status).join(' ')}`,
    );
    return { idle, peak, replies };
  } finally {
    fresh.stop();
  }
}

/** Figures for the README (`OPS_STEWARD_APP_BUNDLE=… npx vitest run test/e2e/app-server.test.ts`). */
function report(line: string): void {
  process.stdout.write(`app-server (${path.relative(root, bundle)}): ${line}\n`);
}

const available = existsSync(bundle) && process.platform === 'linux';

describe.skipIf(!available)('App server: webhook bodies are bounded (node dist/app.js)', () => {
  beforeAll(async () => {
    fake = await startFakeGitHub<State>({ state: { comments: [] } });
    fake
      .route('POST', '/api/v3/app/installations/:id/access_tokens', () => ({
        status: 201,
        body: { token: 'ghs_installation', expires_at: '2099-01-01T00:00:00Z' },
      }))
      .route('GET', '/api/v3/repos/:owner/:repo/contents/:path', (req) =>
        req.params.path === '.github/ops-steward.yml'
          ? {
              body: {
                type: 'file',
                encoding: 'base64',
                content: Buffer.from('flags:\n  expiringWithinDays: soon\n').toString('base64'),
              },
            }
          : githubError(404, 'Not Found'),
      )
      .route('POST', '/api/v3/repos/:owner/:repo/issues/:number/comments', (req, state) => {
        const body = (req.body as { body?: string }).body ?? '';
        state.comments.push({ issue: req.params.number ?? '', body });
        return { status: 201, body: { id: state.comments.length, body } };
      });
    dir = await mkdtemp(path.join(tmpdir(), 'ops-steward-app-'));
    privateKey = generateAppPrivateKey();
    app = await startApp();
  }, 30_000);

  afterAll(async () => {
    app?.stop();
    await fake?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('a signed delivery is handled: a renew command against an invalid config gets its reply', async () => {
    const reply = await deliver('issue_comment', renewComment(17));
    expect(reply.status).toBe(200);
    expect(fake.state.comments).toHaveLength(1);
    expect(fake.state.comments[0]?.issue).toBe('17');
    expect(fake.state.comments[0]?.body).toMatch(
      /^@dana The ops-steward config on `main` is invalid/,
    );
  });

  it('a bad signature is refused with 400 and handled by nothing', async () => {
    const before = fake.requests.length;
    const payload = Buffer.from(JSON.stringify({ action: 'created', installation: { id: 1 } }));
    const reply = await deliver('issue_comment', payload, { signature: sign('something else') });
    expect(reply.status).toBe(400);
    expect(reply.body).toMatch(/signature does not match/);
    expect(fake.requests.length).toBe(before);
  });

  it('an oversized chunked body (no Content-Length) gets 413 while it streams', async () => {
    const body = Buffer.alloc(40 * MiB, 0x20);
    const reply = await deliver('push', body, { contentLength: null });
    expect(reply.status).toBe(413);
    expect(reply.body).toMatch(/over 26214400 bytes/);
    // Refused at the limit, not after the whole body: the answer came before the sender was done. (How much
    // more than the 25 MiB it had written by then is socket buffers, up to ~11 MB under load; a body much
    // longer than the 8 MiB the server drains after refusing would end in a reset, not the answer.)
    expect(reply.sent).toBeLessThan(body.length);
  });

  it('a Content-Length over the limit gets 413 before any of the body is read', async () => {
    // The headers alone: an App that waited for the body would not answer before the body comes. (Counting
    // what the sender wrote before the answer measured the socket buffers and the machine's load instead.)
    const reply = await deliver('push', Buffer.alloc(30 * MiB, 0x20), { holdBodyMs: 5_000 });
    expect(reply.status).toBe(413);
    expect(reply.sent).toBe(0);
  });

  it('a lying Content-Length (1,000 bytes declared, 30 MiB sent) is read as 1,000 bytes, no more', async () => {
    // Only the declared bytes are body (not what was signed: 400); Node takes the rest for a malformed
    // next request and drops the connection, so the answer may be lost to the reset.
    const outcome = await deliver('push', Buffer.alloc(30 * MiB, 0x20), {
      contentLength: 1_000,
    }).catch((error: NodeJS.ErrnoException) => error.code ?? 'error');
    if (typeof outcome === 'string') expect(['ECONNRESET', 'EPIPE']).toContain(outcome);
    else expect(outcome.status).toBe(400);
    expect(await peakRssMiB()).toBeLessThan(400);
    const ping = await fetch(`http://127.0.0.1:${app.port}/ping`);
    expect(await ping.text()).toBe('PONG');
  });

  it('three concurrent oversized chunked deliveries: all 413, memory stays near its idle size', async () => {
    const { idle, peak, replies } = await measured('3 × 30 MiB oversized, chunked', (to) =>
      deliver('push', Buffer.alloc(30 * MiB, 0x20), { contentLength: null, to }),
    );
    expect(replies.map((r) => r.status)).toEqual([413, 413, 413]);
    expect(peak - idle).toBeLessThan(120);
  }, 60_000);

  it('three concurrent signed 24 MiB deliveries: handled within the in-flight budget', async () => {
    const big = pushPayload(24 * MiB);
    const { idle, peak, replies } = await measured('3 × 24 MiB signed pushes', (to) =>
      deliver('push', big, { to }),
    );
    // Two fit the default 50 MiB budget at once; the third waits its turn, well within GitHub's 10 s.
    expect(replies.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(peak - idle).toBeLessThan(500);
  }, 60_000);

  it('refuses to start with a limit it cannot use, naming the variable', async () => {
    const child = spawn(process.execPath, ['--import', guardPath, bundle], {
      cwd: dir,
      env: { ...appEnv(await freePort()), OPS_STEWARD_WEBHOOK_MAX_BYTES: '25MB' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /cannot start: OPS_STEWARD_WEBHOOK_MAX_BYTES must be a whole number of bytes, 1 or more, got "25MB"/,
    );
  });

  describe('stopping on SIGTERM', () => {
    /** The repository whose config GitHub is slow to serve: the fake answers only once the test lets it. */
    let slow: { arrived: Promise<void>; release(): void };
    beforeEach(() => {
      let arrived!: () => void;
      let release!: () => void;
      const answer = new Promise<void>((resolve) => (release = resolve));
      slow = { arrived: new Promise((resolve) => (arrived = resolve)), release };
      fake.route('GET', '/api/v3/repos/acme/slow/contents/:path', async (req) => {
        arrived();
        await answer;
        return req.params.path === '.github/ops-steward.yml'
          ? {
              body: {
                type: 'file',
                encoding: 'base64',
                content: Buffer.from('flags:\n  expiringWithinDays: soon\n').toString('base64'),
              },
            }
          : githubError(404, 'Not Found');
      });
    });
    afterEach(() => slow.release());

    /** A renew command on acme/slow: its handler waits on the slow config read, then replies. */
    const slowRenew = (to: RunningApp, id: string): Promise<Reply> =>
      deliver('issue_comment', renewComment(42, 'slow'), { to, id });

    /** An App with the info log (the shutdown's lines), ended at once after the test whatever happened. */
    async function withApp(
      test: (running: RunningApp) => Promise<void>,
      env: Record<string, string> = {},
    ): Promise<void> {
      const running = await startApp({ LOG_LEVEL: 'info', ...env });
      try {
        await test(running);
      } finally {
        running.stop();
      }
    }

    /** SIGTERM, once a delivery is waiting on GitHub; resolves when the App says it is shutting down. */
    async function terminateWhileSlow(running: RunningApp): Promise<void> {
      await slow.arrived;
      running.kill('SIGTERM');
      await expect
        .poll(() => running.output().includes('SIGTERM: shutting down'), { timeout: 5_000 })
        .toBe(true);
    }

    const repliesOn = (issue: string): Array<{ issue: string; body: string }> =>
      fake.state.comments.filter((c) => c.issue === issue);

    it(
      'finishes a delivery whose handler is waiting on GitHub: its reply is written, then it exits 0',
      () =>
        withApp(async (running) => {
          const reply = slowRenew(running, 'delivery-slow-1');
          await terminateWhileSlow(running);
          await new Promise((r) => setTimeout(r, 300));
          expect(repliesOn('42')).toEqual([]);
          slow.release();
          expect((await reply).status).toBe(200);
          expect(await running.exited).toBe(0);
          expect(repliesOn('42')).toHaveLength(1);
          expect(repliesOn('42')[0]?.body).toMatch(
            /^@dana The ops-steward config on `main` is invalid/,
          );
          expect(running.output()).toContain(
            'SIGTERM: shutting down; new deliveries get 503 and no new sweep starts; waiting up to 25 s for delivery delivery-slow-1 (issue_comment.created, handling for',
          );
          expect(running.output()).toContain('shutdown: nothing left in flight; exiting');
        }),
      30_000,
    );

    it(
      'answers a delivery that arrives during the shutdown 503 with Retry-After, and hands it to nothing',
      () =>
        withApp(async (running) => {
          const first = slowRenew(running, 'delivery-slow-2');
          await terminateWhileSlow(running);
          const before = fake.requests.length;
          const late = await deliver('issue_comment', renewComment(18), { to: running });
          expect(late.status).toBe(503);
          expect(late.headers['retry-after']).toBe('5');
          expect(JSON.parse(late.body)).toEqual({
            error: 'The App is shutting down; redeliver this delivery in a moment',
          });
          // Nothing of the late delivery reached GitHub.
          expect(fake.requests.length).toBe(before);
          slow.release();
          expect((await first).status).toBe(200);
          expect(await running.exited).toBe(0);
          expect(repliesOn('18')).toEqual([]);
        }),
      30_000,
    );

    it(
      'past OPS_STEWARD_SHUTDOWN_TIMEOUT_SECONDS, names the delivery it abandons and exits 1',
      () =>
        withApp(
          async (running) => {
            const reply = slowRenew(running, 'delivery-stuck').catch(
              (error: NodeJS.ErrnoException) => error.code ?? 'error',
            );
            await terminateWhileSlow(running);
            const signalled = Date.now();
            expect(await running.exited).toBe(1);
            expect(Date.now() - signalled).toBeLessThan(5_000);
            expect(running.output()).toMatch(
              /shutdown: OPS_STEWARD_SHUTDOWN_TIMEOUT_SECONDS \(1 s\) passed; abandoning delivery delivery-stuck \(issue_comment\.created, handling for \d+ s\)/,
            );
            // The sender saw the connection go, not an answer: GitHub records the delivery as failed.
            expect(await reply).toBe('ECONNRESET');
          },
          { OPS_STEWARD_SHUTDOWN_TIMEOUT_SECONDS: '1' },
        ),
      30_000,
    );

    it(
      'exits 1 at once on a second signal during the shutdown',
      () =>
        withApp(async (running) => {
          void slowRenew(running, 'delivery-second').catch(() => undefined);
          await terminateWhileSlow(running);
          const signalled = Date.now();
          running.kill('SIGINT');
          expect(await running.exited).toBe(1);
          expect(Date.now() - signalled).toBeLessThan(3_000);
          expect(running.output()).toContain(
            'SIGINT again during the shutdown: exiting now; abandoning delivery delivery-second (issue_comment.created, handling for',
          );
        }),
      30_000,
    );

    it(
      'with nothing in flight, exits 0 promptly',
      () =>
        withApp(async (running) => {
          const signalled = Date.now();
          running.kill('SIGTERM');
          expect(await running.exited).toBe(0);
          const took = Date.now() - signalled;
          report(`idle shutdown: exit 0 after ${took} ms`);
          expect(took).toBeLessThan(2_000);
          expect(running.output()).toContain(
            'SIGTERM: shutting down; new deliveries get 503 and no new sweep starts; nothing in flight',
          );
        }),
      30_000,
    );
  });

  it('sends nothing off the machine', async () => {
    const log = await readFile(path.join(dir, 'network.log'), 'utf8').catch(() => '');
    expect(log.split('\n').filter((l) => l && !l.startsWith('ALLOWED'))).toEqual([]);
  });
});
