import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Probot } from 'probot';
import type { LateFailures } from './late-failures.js';
import { BodyRefused, ByteBudget, readBody } from './webhook-body.js';
import type { WebhookLimits } from './webhook-body.js';

/**
 * The App's HTTP server: `GET /ping` and the webhook endpoint, with the body read under the limits of
 * webhook-body.ts before @octokit/webhooks checks the signature and parses it. Answers mirror Probot's own
 * middleware (415, 400 for missing headers, 400 for a bad signature, 200 `ok`, 202 when handlers run past
 * 9 s), but 500 for any handler failure (see handOn), plus 413, 503 with Retry-After and 408 from the limits.
 */

export interface ServerOptions {
  probot: Probot;
  host: string;
  port: number;
  webhookPath: string;
  limits: WebhookLimits;
  /** After this long a delivery is answered 202 while its handlers go on (GitHub waits 10 s). */
  responseTimeoutMs?: number;
  /** Where a delivery answered 202 whose handlers then failed is noted, for the redelivery job. */
  lateFailures?: LateFailures;
}

export interface RunningServer {
  server: Server;
  /** The port actually bound (the one asked for, or the one the system chose for 0). */
  port: number;
  /** The deliveries' byte budget (tests read `used`). */
  budget: ByteBudget;
  /**
   * Shutdown, first step: every new request is answered 503 with `Retry-After` (`/ping` too, so a
   * load balancer stops sending), idle keep-alive connections are closed, and each delivery in
   * flight is answered with `Connection: close`. The deliveries in flight go on.
   */
  stopAccepting(): void;
  /** Deliveries being received or handled, oldest first (a delivery answered 202 until its handlers end). */
  inFlight(): DeliveryInFlight[];
  /** Resolves once no delivery is in flight. */
  idle(): Promise<void>;
  /** Stops listening and drops every connection, whatever is in flight. */
  close(): Promise<void>;
}

export interface DeliveryInFlight {
  /** `X-GitHub-Delivery`. */
  id: string;
  /** `X-GitHub-Event`, with the payload's `action` once it is read (`pull_request.synchronize`). */
  event: string;
  /** `receiving` until the body is read and verified, then `handling`. */
  phase: 'receiving' | 'handling';
  /** `Date.now()` when its request arrived. */
  since: number;
}

/** What a sender that arrives during the shutdown is told to wait before trying again. */
export const DRAINING_RETRY_AFTER_SECONDS = 5;

const REQUIRED_HEADERS = ['x-github-event', 'x-hub-signature-256', 'x-github-delivery'] as const;
const JSON_TYPE = /^\s*application\/json\s*(?:;|$)/iu;
/** GitHub writes `action` first: naming a delivery in the shutdown log must not parse 25 MB again. */
const LEADING_ACTION = /^\s*\{\s*"action"\s*:\s*"([a-z_]{1,40})"/u;

type ReceivedEvent = Parameters<Probot['webhooks']['receive']>[0];

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const budget = new ByteBudget(options.limits.inFlightBytes);
  const deliveries = new Deliveries();
  const server = createServer((req, res) => {
    if (deliveries.draining) return refuseWhileDraining(req, res);
    handle(req, res, options, budget, deliveries).catch((error: unknown) => {
      options.probot.log.error({ err: error }, 'webhook server: request failed');
      if (!res.headersSent) send(res, 500, { error: 'Internal error' });
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host: options.host, port: options.port }, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return {
    server,
    port: (server.address() as AddressInfo).port,
    budget,
    stopAccepting: () => {
      deliveries.stopAccepting();
      server.closeIdleConnections();
    },
    inFlight: () => deliveries.list(),
    idle: () => deliveries.idle(),
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/**
 * The deliveries in flight, for the shutdown: it waits for them, and names the ones it abandons. A
 * delivery counts from its first byte until its handlers are done, not until it is answered.
 */
class Deliveries {
  #draining = false;
  readonly #open = new Map<ServerResponse, DeliveryInFlight>();
  readonly #idle: Array<() => void> = [];

  get draining(): boolean {
    return this.#draining;
  }

  start(res: ServerResponse, delivery: DeliveryInFlight): () => void {
    this.#open.set(res, delivery);
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      this.#open.delete(res);
      if (this.#open.size === 0) for (const resolve of this.#idle.splice(0)) resolve();
    };
  }

  stopAccepting(): void {
    this.#draining = true;
    for (const res of this.#open.keys()) if (!res.headersSent) res.setHeader('connection', 'close');
  }

  list(): DeliveryInFlight[] {
    return [...this.#open.values()].map((d) => ({ ...d }));
  }

  idle(): Promise<void> {
    if (this.#open.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.#idle.push(resolve));
  }
}

/** During the shutdown: GitHub records the delivery as failed (it can be redelivered); nothing of it is read. */
function refuseWhileDraining(req: IncomingMessage, res: ServerResponse): void {
  res.setHeader('connection', 'close');
  refuse(
    req,
    res,
    503,
    'The App is shutting down; redeliver this delivery in a moment',
    DRAINING_RETRY_AFTER_SECONDS,
  );
}

async function handle(
  req: IncomingMessage,
  res: ServerResponse,
  options: ServerOptions,
  budget: ByteBudget,
  deliveries: Deliveries,
): Promise<void> {
  const path = pathOf(req.url);
  if (path === '/ping' && req.method === 'GET') return sendText(res, 200, 'PONG');
  // Normalized like the request's path: a WEBHOOK_PATH with a trailing slash must not refuse every delivery.
  if (path !== pathOf(options.webhookPath)) return refuse(req, res, 404, 'Not found');
  if (req.method !== 'POST')
    return refuse(req, res, 404, `Unknown route: ${req.method ?? ''} ${path}`);
  if (!JSON_TYPE.test(req.headers['content-type'] ?? ''))
    return refuse(
      req,
      res,
      415,
      'Unsupported "Content-Type" header value. Must be "application/json"',
    );
  const missing = REQUIRED_HEADERS.filter((h) => typeof req.headers[h] !== 'string');
  if (missing.length > 0)
    return refuse(req, res, 400, `Required headers missing: ${missing.join(', ')}`);

  const delivery: DeliveryInFlight = {
    id: String(req.headers['x-github-delivery']),
    event: String(req.headers['x-github-event']),
    phase: 'receiving',
    since: Date.now(),
  };
  // Registered first, so it cannot miss the answer: `close` follows the last byte, or the sender hanging up.
  const answered = new Promise<void>((resolve) => res.once('close', () => resolve()));
  const end = deliveries.start(res, delivery);
  let handlers: Promise<unknown> = Promise.resolve();
  try {
    await receive(req, res, options, budget, delivery, (started) => (handlers = started));
  } finally {
    // In flight until its handlers are done (a 202 answers first) and its answer is out (it follows them).
    void Promise.all([handlers, answered]).then(end, end);
  }
}

/** Reads, verifies and hands on one delivery; `handing` gets the handlers' work once it has started. */
async function receive(
  req: IncomingMessage,
  res: ServerResponse,
  options: ServerOptions,
  budget: ByteBudget,
  delivery: DeliveryInFlight,
  handing: (handlers: Promise<unknown>) => void,
): Promise<void> {
  let body: Awaited<ReturnType<typeof readBody>>;
  try {
    body = await readBody(req, options.limits, budget);
  } catch (error) {
    if (!(error instanceof BodyRefused)) throw error;
    options.probot.log.warn(`webhook ${delivery.id} refused (${error.status}): ${error.message}`);
    return refuse(req, res, error.status, error.message, error.retryAfterSeconds);
  }
  delivery.phase = 'handling';
  const action = LEADING_ACTION.exec(body.text.slice(0, 200))?.[1];
  if (action) delivery.event = `${delivery.event}.${action}`;

  let signed = false;
  const processing = handOn(
    options.probot,
    {
      id: delivery.id,
      // An unknown event name is GitHub's to send; @octokit/webhooks finds no handler for it and says 200.
      name: String(req.headers['x-github-event']) as ReceivedEvent['name'],
      signature: String(req.headers['x-hub-signature-256']),
      payload: body.text,
    },
    // Only a signed delivery is an attempt of that event: an unsigned one must not clear its note.
    () => {
      signed = true;
      options.lateFailures?.started(delivery.id);
    },
  );
  // The reservation is held until every handler is done with the parsed payload, not just until the answer.
  void processing.finally(() => {
    body.reservation.release();
    if (signed) options.lateFailures?.finished(delivery.id);
  });
  handing(processing);
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), options.responseTimeoutMs ?? 9_000);
  });
  const outcome = await Promise.race([processing, timedOut]);
  clearTimeout(timer);
  if (outcome === 'timeout') {
    void processing.then((late) => {
      if (late.status === 200) return;
      // A 400 is the sender's (a bad signature, invalid JSON): the same bytes again would fail the same way.
      if (late.status === 400) {
        options.probot.log.warn(
          `webhook ${delivery.id} refused (400) after it was answered 202: ${messageOf(late.error)}`,
        );
        return;
      }
      options.lateFailures?.failedAfterAnswer(delivery.id);
      options.probot.log.error(
        { err: late.error },
        `webhook ${delivery.id} failed after it was answered 202` +
          (options.lateFailures ? '; the redelivery job asks GitHub to send it again' : ''),
      );
    });
    return sendText(res, 202, 'still processing\n');
  }
  if (outcome.status === 200) return sendText(res, 200, 'ok\n');
  if (outcome.status === 400)
    options.probot.log.warn(`webhook ${delivery.id} refused (400): ${messageOf(outcome.error)}`);
  else options.probot.log.error({ err: outcome.error }, `webhook ${delivery.id} failed`);
  send(res, outcome.status, { error: messageOf(outcome.error) });
}

function pathOf(url: string | undefined): string {
  try {
    return new URL(url ?? '/', 'http://localhost').pathname.replace(/\/+$/, '') || '/';
  } catch {
    return '';
  }
}

/** After refusing a body, how long and how much more of it is read (and thrown away) before hanging up. */
const LINGER_MS = 2_000;
const LINGER_BYTES = 8 * 1024 * 1024;

/**
 * Answers a request whose body is not wanted. The unread rest is never buffered; it is drained for a
 * moment and discarded (a lingering close, as Go's net/http does), because closing at once makes the
 * sender's next write fail and it sees a reset instead of the answer.
 */
function refuse(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  message: string,
  retryAfterSeconds?: number,
): void {
  if (!req.complete) {
    let drained = 0;
    const hangUp = (): void => {
      req.socket.destroy();
    };
    const timer = setTimeout(hangUp, LINGER_MS);
    timer.unref();
    req.socket.once('close', () => clearTimeout(timer));
    req.on('data', (chunk: Buffer) => {
      drained += chunk.length;
      if (drained > LINGER_BYTES) hangUp();
    });
    req.resume();
  }
  const headers: Record<string, string> = {};
  if (retryAfterSeconds !== undefined) headers['retry-after'] = String(retryAfterSeconds);
  send(res, status, { error: message }, headers);
}

function send(
  res: ServerResponse,
  status: number,
  body: { error: string },
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'text/plain' });
  res.end(text);
}

/**
 * Verifies and parses a delivery, then runs its handlers: 400 only for what the sender got wrong (the
 * signature, the JSON), and 500 for any handler failure, whatever caused it. A handler's error may carry
 * the status of a GitHub request it made (403 rate limited, 404 gone): mirrored as @octokit/webhooks'
 * middleware does, GitHub would record a 4xx, which says the App's URL or secret is wrong, and the
 * redelivery job would never ask again for what a retry can fix.
 */
async function handOn(
  probot: Probot,
  delivery: { id: string; name: ReceivedEvent['name']; signature: string; payload: string },
  verified: () => void = () => undefined,
): Promise<{ status: number; error?: unknown }> {
  const signed = await probot.webhooks
    .verify(delivery.payload, delivery.signature)
    .catch(() => false);
  if (!signed)
    return {
      status: 400,
      error: new Error('signature does not match event payload and secret: check WEBHOOK_SECRET'),
    };
  verified();
  let payload: unknown;
  try {
    payload = JSON.parse(delivery.payload);
  } catch {
    return { status: 400, error: new Error('Invalid JSON') };
  }
  try {
    await probot.webhooks.receive({
      id: delivery.id,
      name: delivery.name,
      payload,
    } as ReceivedEvent);
    return { status: 200 };
  } catch (error) {
    return { status: 500, error };
  }
}

function messageOf(error: unknown): string {
  const first = firstError(error);
  return first ? `${first.name}: ${first.message}` : 'Error: An unspecified error occurred';
}

function firstError(error: unknown): Error | undefined {
  if (error instanceof AggregateError) {
    const [first] = error.errors as unknown[];
    if (first instanceof Error) return first;
  }
  return error instanceof Error ? error : undefined;
}
