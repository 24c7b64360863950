/**
 * Which failed webhook deliveries to ask GitHub to send again. GitHub lists every attempt of every
 * delivery; attempts of one event share its `guid` (the X-GitHub-Delivery header), redeliveries included.
 * The ledger keeps, across passes, what this process has seen and asked for per guid, so a pass that lists
 * only what is new since the previous one still knows an event's whole history: how often it was redelivered
 * (the cap), whether a redelivery it asked for has run yet (never twice), and whether one succeeded.
 */

/** One attempt as GitHub lists it (`GET /app/hook/deliveries`), in the fields the decision needs. */
export interface DeliveryAttempt {
  /** The attempt's own id: the one to ask a redelivery of. */
  id: number;
  guid: string;
  /** When GitHub sent it, in ms since the epoch. */
  deliveredAt: number;
  redelivery: boolean;
  /** The App's answer; 0 when GitHub got none (connection refused, timed out). */
  statusCode: number;
  /** GitHub's words for the outcome ("OK", "Invalid HTTP Response: 503", "failed to connect to host"). */
  status: string;
  /** `pull_request.opened`, `issue_comment.created`, `push`: for the log. */
  event: string;
}

export interface SelectionPolicy {
  /** Redeliveries of one event in all, GitHub's `redelivery: true` attempts and this process's asks. */
  maxRedeliveries: number;
  /** How long an ask stays pending (not asked again) when its attempt does not show up in the listing. */
  pendingMs: number;
}

export const DEFAULT_SELECTION: SelectionPolicy = {
  maxRedeliveries: 3,
  pendingMs: 60 * 60 * 1000,
};

export type Decision =
  | { kind: 'succeeded' }
  | { kind: 'redeliver'; attempt: DeliveryAttempt }
  /** Asked for by this process; GitHub has not listed the new attempt yet. */
  | { kind: 'pending' }
  /** The last answer is one a retry cannot fix (413: too big; 400: signature or JSON; 404: wrong path). */
  | { kind: 'not-retryable'; attempt: DeliveryAttempt }
  | { kind: 'exhausted'; redeliveries: number; attempt: DeliveryAttempt }
  /** GitHub refused the redelivery for good (422: too old; 404: gone). */
  | { kind: 'closed'; reason: string };

/**
 * Whether an answer can change on a retry: no answer at all (0: down, restarting, timed out), 408 (body too
 * slow), 429, and every 5xx (503: the in-flight budget was full; 500: a handler failed; 502/504 from a proxy).
 */
export function isRetryable(statusCode: number): boolean {
  return statusCode === 0 || statusCode === 408 || statusCode === 429 || statusCode >= 500;
}

/** The App's answer when handlers run past GitHub's 10 s: delivered, unless they fail afterwards. */
const STILL_PROCESSING = 202;

export function isSuccess(statusCode: number): boolean {
  return statusCode >= 200 && statusCode < 300;
}

/** What the ledger knows of one event. */
export interface EventHistory {
  guid: string;
  attempts: Map<number, DeliveryAttempt>;
  /** This process's asks that GitHub accepted (202). */
  asks: number;
  /** When the last ask was accepted, and how many redelivery attempts were known then. */
  askedAt?: number;
  redeliveriesAtAsk?: number;
  closed?: string;
  /** Set once the decision to stop was logged, so it is logged once. */
  reported?: boolean;
  /** The attempt whose check runs were looked at on GitHub (redeliver-abandoned.ts), and how often. */
  probed?: number;
  /** Looks at `attempt` that could not tell (a GitHub hiccup): a newer attempt starts again from none. */
  probeTries?: { attempt: number; tries: number };
}

/**
 * `failedLate`: this process answered the event 202 and its handlers then failed (late-failures.ts), so
 * its 202 attempts are failures a retry can fix; a 200 (another replica handled it) is still a success.
 */
export function judge(
  history: EventHistory,
  policy: SelectionPolicy,
  now: number,
  failedLate = false,
): Decision {
  const attempts = [...history.attempts.values()];
  const succeeded = (a: DeliveryAttempt): boolean =>
    isSuccess(a.statusCode) && !(failedLate && a.statusCode === STILL_PROCESSING);
  if (attempts.some(succeeded)) return { kind: 'succeeded' };
  if (history.closed !== undefined) return { kind: 'closed', reason: history.closed };
  const latest = newest(attempts);
  if (!latest) return { kind: 'succeeded' };
  if (!isRetryable(latest.statusCode) && !(failedLate && latest.statusCode === STILL_PROCESSING))
    return { kind: 'not-retryable', attempt: latest };
  const seen = redeliveriesListed(history);
  if (
    history.askedAt !== undefined &&
    seen <= (history.redeliveriesAtAsk ?? 0) &&
    now - history.askedAt < policy.pendingMs
  )
    return { kind: 'pending' };
  const redeliveries = redeliveriesOf(history);
  if (redeliveries >= policy.maxRedeliveries)
    return { kind: 'exhausted', redeliveries, attempt: latest };
  return { kind: 'redeliver', attempt: latest };
}

/** The event's redelivery attempts GitHub has listed. */
function redeliveriesListed(history: EventHistory): number {
  let n = 0;
  for (const a of history.attempts.values()) if (a.redelivery) n += 1;
  return n;
}

/**
 * Redeliveries of the event so far, for the cap: an ask whose attempt never showed up still counts, so the
 * cap holds whatever GitHub lists.
 */
export function redeliveriesOf(history: EventHistory): number {
  return Math.max(redeliveriesListed(history), history.asks);
}

function newest(attempts: readonly DeliveryAttempt[]): DeliveryAttempt | undefined {
  let best: DeliveryAttempt | undefined;
  for (const a of attempts)
    if (
      !best ||
      a.deliveredAt > best.deliveredAt ||
      (a.deliveredAt === best.deliveredAt && a.id > best.id)
    )
      best = a;
  return best;
}

/**
 * Every event this process has seen fail, bounded in age (GitHub keeps deliveries 3 days, after which a
 * redelivery is refused anyway) and in number.
 */
export class DeliveryLedger {
  private readonly events = new Map<string, EventHistory>();

  constructor(
    private readonly limits: { maxAgeMs: number; maxEvents: number } = {
      maxAgeMs: 3 * 24 * 60 * 60 * 1000,
      maxEvents: 20_000,
    },
  ) {}

  /**
   * Adds one listing's attempts. An event is kept when one of its attempts failed, was answered 202 (its
   * handlers may fail after the answer) or it is known already; one that only ever succeeded needs no memory.
   */
  record(attempts: readonly DeliveryAttempt[]): void {
    const byGuid = new Map<string, DeliveryAttempt[]>();
    for (const a of attempts) {
      const list = byGuid.get(a.guid);
      if (list) list.push(a);
      else byGuid.set(a.guid, [a]);
    }
    for (const [guid, list] of byGuid) {
      let history = this.events.get(guid);
      if (!history) {
        if (list.every((a) => isSuccess(a.statusCode) && a.statusCode !== STILL_PROCESSING))
          continue;
        history = { guid, attempts: new Map(), asks: 0 };
        this.events.set(guid, history);
      }
      for (const a of list) history.attempts.set(a.id, a);
    }
  }

  /** Events to decide about, oldest failure first, so a backlog is worked off in the order it built up. */
  histories(): EventHistory[] {
    return [...this.events.values()].sort((a, b) => firstAt(a) - firstAt(b));
  }

  asked(guid: string, now: number): void {
    const history = this.events.get(guid);
    if (!history) return;
    history.asks += 1;
    history.askedAt = now;
    history.redeliveriesAtAsk = redeliveriesListed(history);
  }

  close(guid: string, reason: string): void {
    const history = this.events.get(guid);
    if (history) history.closed = reason;
  }

  prune(now: number): void {
    for (const [guid, history] of this.events)
      if (now - lastAt(history) > this.limits.maxAgeMs) this.events.delete(guid);
    const excess = this.events.size - this.limits.maxEvents;
    if (excess > 0)
      for (const history of this.histories().slice(0, excess)) this.events.delete(history.guid);
  }
}

function firstAt(history: EventHistory): number {
  let at = Infinity;
  for (const a of history.attempts.values()) at = Math.min(at, a.deliveredAt);
  return at;
}

function lastAt(history: EventHistory): number {
  let at = -Infinity;
  for (const a of history.attempts.values()) at = Math.max(at, a.deliveredAt);
  return Math.max(at, history.askedAt ?? -Infinity);
}
