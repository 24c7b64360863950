import { numberFromEnv } from './env-number.js';
import type { IncomingMessage } from 'node:http';

/**
 * Webhook bodies are read here, not by Probot: its middleware buffers whatever arrives before anything looks
 * at the size, so a few concurrent large deliveries (or one endless chunked body) can take the process down.
 * GitHub caps a delivery at 25 MB, so anything larger is refused while it streams in, and the bodies of all
 * deliveries held in memory at once (read, parsed and being handled) share one byte budget.
 */

/** GitHub's cap on a webhook payload ("Payloads are capped at 25 MB"); read as MiB, so no genuine delivery is refused. */
export const GITHUB_MAX_PAYLOAD_BYTES = 25 * 1024 * 1024;

export interface WebhookLimits {
  /** The largest body accepted (413 above it). */
  maxBodyBytes: number;
  /** The bytes that all deliveries in flight may hold together; a delivery that does not fit waits, then gets 503. */
  inFlightBytes: number;
  /** How long a delivery waits for room in the budget before it is turned away (GitHub gives up after 10 s). */
  queueTimeoutMs: number;
  /** A body that takes longer than this to arrive is dropped (408), so a slow sender cannot sit on the budget. */
  bodyTimeoutMs: number;
}

export const DEFAULT_WEBHOOK_LIMITS: WebhookLimits = {
  maxBodyBytes: GITHUB_MAX_PAYLOAD_BYTES,
  inFlightBytes: 2 * GITHUB_MAX_PAYLOAD_BYTES,
  queueTimeoutMs: 5_000,
  bodyTimeoutMs: 30_000,
};

/** Why a body was not read: the HTTP status to answer with and a message for the sender and the log. */
export class BodyRefused extends Error {
  constructor(
    readonly status: 408 | 413 | 503,
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'BodyRefused';
  }
}

/** A reservation of budget bytes; `release` is idempotent. */
export interface Reservation {
  readonly bytes: number;
  release(): void;
}

/**
 * A byte budget shared by concurrent deliveries. Waiters are served in arrival order, so a large delivery
 * is not starved by a stream of small ones.
 */
export class ByteBudget {
  #used = 0;
  readonly #waiting: Array<{ bytes: number; admit: (r: Reservation) => void }> = [];

  constructor(readonly capacity: number) {
    if (!Number.isSafeInteger(capacity) || capacity < 1)
      throw new RangeError(`byte budget must be a whole number ≥ 1, got ${capacity}`);
  }

  get used(): number {
    return this.#used;
  }

  /** Resolves with a reservation once `bytes` fit, or undefined after `timeoutMs`. */
  reserve(bytes: number, timeoutMs: number): Promise<Reservation | undefined> {
    if (bytes > this.capacity) return Promise.resolve(undefined);
    if (this.#waiting.length === 0 && this.#used + bytes <= this.capacity)
      return Promise.resolve(this.#take(bytes));
    return new Promise((resolve) => {
      const waiter = { bytes, admit: (r: Reservation) => resolve(r) };
      this.#waiting.push(waiter);
      setTimeout(() => {
        const at = this.#waiting.indexOf(waiter);
        if (at < 0) return;
        this.#waiting.splice(at, 1);
        resolve(undefined);
        // The head of the queue may have been the one blocking the others.
        this.#admitWaiting();
      }, timeoutMs).unref();
    });
  }

  #take(bytes: number): Reservation {
    this.#used += bytes;
    let released = false;
    return {
      bytes,
      release: () => {
        if (released) return;
        released = true;
        this.#used -= bytes;
        this.#admitWaiting();
      },
    };
  }

  #admitWaiting(): void {
    for (let head = this.#waiting[0]; head; head = this.#waiting[0]) {
      if (this.#used + head.bytes > this.capacity) return;
      this.#waiting.shift();
      head.admit(this.#take(head.bytes));
    }
  }
}

/** The declared length, or undefined for a chunked body; a malformed header is refused like an oversized one. */
export function declaredLength(req: IncomingMessage): number | undefined {
  const raw = req.headers['content-length'];
  if (raw === undefined) return undefined;
  const n = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
  return Number.isSafeInteger(n) ? n : Number.POSITIVE_INFINITY;
}

/**
 * Reserves room for the body and reads it. The reservation stays with the caller, who releases it once the
 * delivery's handlers are done with the parsed payload. Throws BodyRefused (and leaves nothing reserved)
 * when the body is too large, does not fit the budget in time, or arrives too slowly.
 */
export async function readBody(
  req: IncomingMessage,
  limits: WebhookLimits,
  budget: ByteBudget,
): Promise<{ text: string; reservation: Reservation }> {
  const declared = declaredLength(req);
  if (declared !== undefined && declared > limits.maxBodyBytes) throw tooLarge(limits);
  // A chunked body may grow to the limit: reserve for the worst case.
  const reservation = await budget.reserve(declared ?? limits.maxBodyBytes, limits.queueTimeoutMs);
  if (!reservation)
    throw new BodyRefused(
      503,
      'Too many webhook deliveries in progress; send it again later',
      Math.max(1, Math.ceil(limits.queueTimeoutMs / 1000)),
    );
  try {
    const bytes = await collect(req, declared, limits);
    // Decoded the way @octokit/webhooks decodes (invalid bytes replaced); the signature is checked on this text.
    return { text: new TextDecoder('utf-8').decode(bytes), reservation };
  } catch (error) {
    reservation.release();
    throw error;
  }
}

function tooLarge(limits: WebhookLimits): BodyRefused {
  return new BodyRefused(
    413,
    `Webhook payload over ${limits.maxBodyBytes} bytes (GitHub caps deliveries at 25 MB)`,
  );
}

function collect(
  req: IncomingMessage,
  declared: number | undefined,
  limits: WebhookLimits,
): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    // With a declared length the body is copied once into its final buffer; a chunked one is joined at the end.
    const whole = declared !== undefined ? Buffer.allocUnsafe(declared) : undefined;
    const chunks: Buffer[] = [];
    let received = 0;
    const timer = setTimeout(
      () => fail(new BodyRefused(408, 'Webhook body not received in time')),
      limits.bodyTimeoutMs,
    );
    const finish = (): void => {
      clearTimeout(timer);
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('aborted', onAborted);
      req.off('close', onClose);
    };
    const fail = (error: Error): void => {
      finish();
      // Stop reading: nothing more of this body is wanted, and unread bytes must not pile up in memory.
      req.pause();
      reject(error);
    };
    const onData = (chunk: Buffer): void => {
      received += chunk.length;
      if (received > limits.maxBodyBytes || (declared !== undefined && received > declared))
        return fail(tooLarge(limits));
      if (whole) chunk.copy(whole, received - chunk.length);
      else chunks.push(chunk);
    };
    const onEnd = (): void => {
      finish();
      if (whole) resolve(received === declared ? whole : whole.subarray(0, received));
      else resolve(Buffer.concat(chunks, received));
    };
    const onError = (error: Error): void => fail(error);
    const onAborted = (): void => fail(new Error('Webhook delivery aborted by the sender'));
    const onClose = (): void => {
      if (!req.complete) onAborted();
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('aborted', onAborted);
    req.on('close', onClose);
    // A sender that hung up while the delivery waited for room: its events are past, and waiting for the
    // body timeout would hold the reservation for nothing.
    if (req.destroyed && !req.complete) onAborted();
  });
}

export const WEBHOOK_MAX_BYTES_ENV = 'OPS_STEWARD_WEBHOOK_MAX_BYTES';
export const WEBHOOK_INFLIGHT_BYTES_ENV = 'OPS_STEWARD_WEBHOOK_INFLIGHT_BYTES';

/** The limits, with OPS_STEWARD_WEBHOOK_MAX_BYTES and OPS_STEWARD_WEBHOOK_INFLIGHT_BYTES over the defaults. */
export function webhookLimitsFromEnv(
  env: Readonly<Record<string, string | undefined>>,
): WebhookLimits {
  const maxBodyBytes =
    bytesFromEnv(env, WEBHOOK_MAX_BYTES_ENV) ?? DEFAULT_WEBHOOK_LIMITS.maxBodyBytes;
  const inFlightBytes =
    bytesFromEnv(env, WEBHOOK_INFLIGHT_BYTES_ENV) ??
    Math.max(DEFAULT_WEBHOOK_LIMITS.inFlightBytes, 2 * maxBodyBytes);
  if (inFlightBytes < maxBodyBytes)
    throw new Error(
      `${WEBHOOK_INFLIGHT_BYTES_ENV} (${inFlightBytes}) must be at least ${WEBHOOK_MAX_BYTES_ENV} (${maxBodyBytes}), or no delivery of the largest size could ever be read`,
    );
  return { ...DEFAULT_WEBHOOK_LIMITS, maxBodyBytes, inFlightBytes };
}

function bytesFromEnv(
  env: Readonly<Record<string, string | undefined>>,
  name: string,
): number | undefined {
  return numberFromEnv(env, name, {
    whole: true,
    min: 1,
    expected: 'a whole number of bytes, 1 or more',
  });
}
