import type { AppLog } from './check-pull-request.js';
import { numberFromEnv } from './env-number.js';
import type { LateFailureLookup } from './late-failures.js';
import { abandonedCandidate, cancelOpenRuns, probeDelivery, where } from './redeliver-abandoned.js';
import type { AfterAbandon, Probe } from './redeliver-abandoned.js';
import { askRedelivery, listDeliveriesSince, messageOf, statusOf } from './redeliver-github.js';
import type { AskOutcome } from './redeliver-github.js';
import type { DeliveriesClient } from './redeliver-github.js';
import { DEFAULT_SELECTION, DeliveryLedger, judge, redeliveriesOf } from './redeliver-select.js';
import type { DeliveryAttempt, EventHistory, SelectionPolicy } from './redeliver-select.js';

/**
 * GitHub does not send a failed webhook delivery again on its own: a delivery the App answered 503 (its
 * in-flight body budget was full), 408 or 500, or missed while it was down, is lost — a pull request never
 * checked, a renewal command never answered. This in-process job lists the App's deliveries every few
 * minutes and asks GitHub to redeliver each event none of whose attempts succeeded, when a retry can help
 * (see redeliver-select.ts). Passes never overlap; each lists what is new since the previous one started.
 */

export const REDELIVER_MINUTES_ENV = 'OPS_STEWARD_REDELIVER_MINUTES';
export const REDELIVER_LOOKBACK_ENV = 'OPS_STEWARD_REDELIVER_LOOKBACK_HOURS';

export interface RedeliveryOptions extends SelectionPolicy {
  /** Between the end of one pass and the start of the next. */
  intervalMs: number;
  /** How far back the first pass after a start looks (GitHub keeps deliveries 3 days). */
  lookbackMs: number;
  /** Redelivery requests per pass; the rest wait for the next pass. */
  maxRequestsPerPass: number;
  /** Pages of 100 deliveries listed per pass at most. */
  maxPages: number;
  /** Deliveries answered 202 whose check runs are looked up per pass at most (redeliver-abandoned.ts). */
  maxProbesPerPass: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export const DEFAULT_REDELIVERY: RedeliveryOptions = {
  ...DEFAULT_SELECTION,
  intervalMs: 10 * MINUTE,
  lookbackMs: 6 * HOUR,
  maxRequestsPerPass: 100,
  maxPages: 100,
  maxProbesPerPass: 20,
};

/** Attempts GitHub lists late (in flight at the previous listing, or a clock apart) are still seen. */
const OVERLAP_MS = 5 * MINUTE;
const OFF = new Set(['off', 'false', 'no', 'disabled', '0']);

/** The job's settings from the environment, or undefined when switched off; a bad value throws (at start). */
export function redeliveryFromEnv(
  env: Readonly<Record<string, string | undefined>>,
): RedeliveryOptions | undefined {
  const minutes = env[REDELIVER_MINUTES_ENV]?.trim().toLowerCase();
  if (minutes !== undefined && OFF.has(minutes)) return undefined;
  const options = { ...DEFAULT_REDELIVERY };
  const every = numberFromEnv(env, REDELIVER_MINUTES_ENV, {
    whole: false,
    min: 1,
    max: 24 * 60,
    expected: `a number from 1 to ${24 * 60}, or off`,
  });
  if (every !== undefined) options.intervalMs = every * MINUTE;
  const hours = numberFromEnv(env, REDELIVER_LOOKBACK_ENV, {
    whole: false,
    min: 0.1,
    max: 72,
    expected: 'a number from 0.1 to 72',
  });
  if (hours !== undefined) options.lookbackMs = hours * HOUR;
  return options;
}

export interface PassSummary {
  listed: number;
  pages: number;
  failedEvents: number;
  redelivered: number;
  pending: number;
  notRetryable: number;
  exhausted: number;
  /** Redeliveries GitHub refused or did not answer; asked again next pass unless closed. */
  errors: number;
  /** Left for the next pass by the per-pass budget. */
  deferred: number;
  /** Deliveries answered 202 whose check runs were looked up on GitHub. */
  probed: number;
  /** Of those, redelivered because their handling was abandoned or failed after the answer. */
  recovered: number;
  /** The pass ended early: the App's credentials were refused, or the listing failed. */
  aborted?: string;
}

/** What the job needs of Probot: the App's own client (JWT), or an installation's (its token). */
export interface AppAuth {
  auth(installationId?: number): Promise<DeliveriesClient>;
}

export interface RedeliveryDeps {
  log: AppLog;
  /** Deliveries this process answered 202 whose handlers then failed (the server notes them). */
  lateFailures?: LateFailureLookup;
  now?: () => number;
  random?: () => number;
}

export class Redeliverer {
  readonly ledger = new DeliveryLedger();
  private since: number | undefined;
  private readonly now: () => number;

  constructor(
    private readonly app: AppAuth,
    private readonly options: RedeliveryOptions,
    private readonly deps: RedeliveryDeps,
  ) {
    this.now = deps.now ?? Date.now;
  }

  /** One pass: list what is new, then ask for the redeliveries, within the budget. Never throws. */
  async pass(stopped: () => boolean = () => false): Promise<PassSummary> {
    const summary: PassSummary = {
      listed: 0,
      pages: 0,
      failedEvents: 0,
      redelivered: 0,
      pending: 0,
      notRetryable: 0,
      exhausted: 0,
      errors: 0,
      deferred: 0,
      probed: 0,
      recovered: 0,
    };
    const started = this.now();
    const since = this.since ?? started - this.options.lookbackMs;
    const log = this.deps.log;
    let client: DeliveriesClient;
    try {
      // A fresh client each pass: one that gave up on GitHub (request-budget.ts) refuses every later request.
      client = await this.app.auth();
      const listing = await listDeliveriesSince(client, since, {
        maxPages: this.options.maxPages,
        stopped,
      });
      summary.listed = listing.attempts.length;
      summary.pages = listing.pages;
      if (listing.malformed > 0)
        log.warning(
          `webhook redelivery: ${listing.malformed} listed deliveries had no id, guid or time and were skipped`,
        );
      if (!listing.complete)
        log.warning(
          `webhook redelivery: listed ${listing.pages} pages (${listing.attempts.length} deliveries) without reaching ` +
            `${new Date(since).toISOString()}; older deliveries of that window are not looked at`,
        );
      this.ledger.record(listing.attempts);
    } catch (error) {
      summary.aborted = listingError(error);
      log.error(`webhook redelivery: ${summary.aborted}`);
      return summary;
    }
    // The next pass starts where this one did (less an overlap): what arrived meanwhile is new to it.
    this.since = Math.max(since, started - OVERLAP_MS);

    const policy = this.options;
    let requests = 0;
    const answered202: Array<[EventHistory, DeliveryAttempt]> = [];
    const handling = (guid: string): boolean => this.deps.lateFailures?.handling?.(guid) ?? false;
    for (const history of this.ledger.histories()) {
      const decision = judge(
        history,
        policy,
        this.now(),
        this.deps.lateFailures?.has(history.guid) ?? false,
      );
      if (decision.kind === 'succeeded') {
        const candidate = abandonedCandidate(history, this.now(), handling);
        if (candidate) answered202.push([history, candidate]);
        continue;
      }
      if (decision.kind === 'closed') continue;
      summary.failedEvents += 1;
      if (decision.kind === 'pending') {
        summary.pending += 1;
        continue;
      }
      if (decision.kind === 'not-retryable' || decision.kind === 'exhausted') {
        if (decision.kind === 'not-retryable') summary.notRetryable += 1;
        else summary.exhausted += 1;
        if (!history.reported) {
          history.reported = true;
          const a = decision.attempt;
          log.warning(
            decision.kind === 'not-retryable'
              ? `webhook redelivery: ${a.event} delivery ${a.guid} failed with ${describe(a.statusCode, a.status)}; a retry cannot fix that, not redelivered`
              : `webhook redelivery: ${a.event} delivery ${a.guid} still failed (${describe(a.statusCode, a.status)}) after ${decision.redeliveries} redeliveries; not asking again`,
          );
        }
        continue;
      }
      if (requests >= policy.maxRequestsPerPass || stopped()) {
        summary.deferred += 1;
        continue;
      }
      requests += 1;
      const a = decision.attempt;
      const outcome = await askRedelivery(client, a.id);
      if (
        this.afterAsk(
          history,
          a,
          outcome,
          summary,
          `last answer ${describe(a.statusCode, a.status)}`,
        )
      )
        break;
    }
    if (summary.aborted === undefined)
      await this.recoverAbandoned(client, answered202, summary, stopped, requests);
    this.ledger.prune(this.now());
    log.info(
      `webhook redelivery: ${summary.listed} deliveries listed since ${new Date(since).toISOString()} (${summary.pages} pages); ` +
        `${summary.failedEvents} failed events: ${summary.redelivered} redelivered, ${summary.pending} pending, ` +
        `${summary.notRetryable} not retryable, ${summary.exhausted} given up, ${summary.errors} errors` +
        (summary.deferred > 0
          ? `; ${summary.deferred} left for the next pass (at most ${policy.maxRequestsPerPass} requests a pass)`
          : '') +
        (summary.probed > 0
          ? `; ${summary.probed} answered 202 looked up, ${summary.recovered} of them redelivered`
          : ''),
    );
    return summary;
  }

  /**
   * Books GitHub's answer to a redelivery request. Returns true when the pass must stop (the App's
   * credentials were refused).
   */
  private afterAsk(
    history: EventHistory,
    a: DeliveryAttempt,
    outcome: AskOutcome,
    summary: PassSummary,
    why: string,
  ): boolean {
    const log = this.deps.log;
    if (outcome.kind === 'accepted') {
      this.ledger.asked(history.guid, this.now());
      summary.redelivered += 1;
      log.info(
        `webhook redelivery: asked GitHub to redeliver ${a.event} delivery ${a.guid} (${why})`,
      );
      return false;
    }
    summary.errors += 1;
    if (outcome.kind === 'refused' && (outcome.status === 422 || outcome.status === 404)) {
      // Too old (GitHub keeps deliveries 3 days) or gone: asking again gets the same answer.
      this.ledger.close(history.guid, `GitHub answered ${outcome.status}`);
      log.warning(
        `webhook redelivery: GitHub refused to redeliver ${a.event} delivery ${a.guid} (${outcome.status}: ${outcome.message}); giving up on it`,
      );
      return false;
    }
    if (outcome.kind === 'refused' && (outcome.status === 401 || outcome.status === 403)) {
      summary.aborted = `GitHub refused the App's credentials for redelivery (${outcome.status}: ${outcome.message}); check APP_ID and the private key`;
      log.error(`webhook redelivery: ${summary.aborted}`);
      return true;
    }
    log.warning(
      `webhook redelivery: could not redeliver ${a.event} delivery ${a.guid} (${outcome.kind === 'refused' ? `${outcome.status}: ` : ''}${outcome.message}); trying again next pass`,
    );
    return false;
  }

  /**
   * Deliveries answered 202 long ago: their runs on GitHub say whether the handling ended. One left open
   * or failed is redelivered (within the cap), its open runs concluded `cancelled` with the reason.
   */
  private async recoverAbandoned(
    client: DeliveriesClient,
    candidates: ReadonlyArray<[EventHistory, DeliveryAttempt]>,
    summary: PassSummary,
    stopped: () => boolean,
    requestsSoFar: number,
  ): Promise<void> {
    const log = this.deps.log;
    const policy = this.options;
    let requests = requestsSoFar;
    let probes = 0;
    const installation = (id: number): Promise<DeliveriesClient> => this.app.auth(id);
    for (const [history, a] of candidates) {
      if (stopped() || probes >= policy.maxProbesPerPass || requests >= policy.maxRequestsPerPass) {
        summary.deferred += 1;
        continue;
      }
      probes += 1;
      summary.probed += 1;
      const probe = await probeDelivery(client, installation, a);
      const tries = history.probeTries?.attempt === a.id ? history.probeTries.tries + 1 : 1;
      history.probeTries = { attempt: a.id, tries };
      if (probe.kind === 'unknown') {
        // Tried again next pass, a few times: a GitHub hiccup must not lose the recovery.
        if (tries >= 3) history.probed = a.id;
        log.warning(
          `webhook redelivery: cannot tell whether ${a.event} delivery ${a.guid} (answered 202) was handled to the end: ${probe.reason}`,
        );
        continue;
      }
      history.probed = a.id;
      if (probe.kind === 'fine') continue;
      const redeliveries = redeliveriesOf(history);
      const what = describeProbe(probe);
      if (redeliveries >= policy.maxRedeliveries) {
        summary.exhausted += 1;
        log.warning(
          `webhook redelivery: ${a.event} delivery ${a.guid} ${what} after ${redeliveries} redeliveries; not asking again`,
        );
        await this.concludeOpen(installation, probe, a, {
          kind: 'given-up',
          why: `it was sent ${redeliveries} times already`,
        });
        continue;
      }
      requests += 1;
      const outcome = await askRedelivery(client, a.id);
      if (outcome.kind === 'accepted') summary.recovered += 1;
      if (this.afterAsk(history, a, outcome, summary, `answered 202, then ${what}`)) return;
      if (outcome.kind !== 'accepted') {
        // GitHub closed it for good (too old, gone): nothing will replace its open runs.
        if (history.closed !== undefined)
          await this.concludeOpen(installation, probe, a, {
            kind: 'given-up',
            why: `it answered ${outcome.kind === 'refused' ? outcome.status : 'no'} to a redelivery`,
          });
        // Not booked as looked at otherwise: the next pass asks again.
        else history.probed = undefined;
        continue;
      }
      await this.concludeOpen(installation, probe, a, { kind: 'redelivered' });
    }
  }

  /** An abandoned handling's open runs, concluded `cancelled` with what follows (never throws). */
  private async concludeOpen(
    installation: (id: number) => Promise<DeliveriesClient>,
    probe: Exclude<Probe, { kind: 'fine' | 'unknown' }>,
    a: DeliveryAttempt,
    next: AfterAbandon,
  ): Promise<void> {
    if (probe.kind !== 'unfinished') return;
    const problems = await cancelOpenRuns(installation, probe, a.guid, next).catch(
      (error: unknown) => [messageOf(error)],
    );
    if (problems.length > 0)
      this.deps.log.warning(
        `webhook redelivery: could not conclude the runs ${a.guid} left open on ${where(probe.target)}: ${problems.join('; ')}`,
      );
  }
}

function describeProbe(probe: Exclude<Probe, { kind: 'fine' | 'unknown' }>): string {
  const at = where(probe.target);
  if (probe.kind === 'unfinished')
    return `left ${probe.open.map((r) => r.name).join(', ')} in progress on ${at}`;
  if (probe.kind === 'failed') return `failed (its runs on ${at} say "could not check")`;
  return `created no check run on ${at}`;
}

function listingError(error: unknown): string {
  const status = statusOf(error);
  if (status === 401 || status === 403)
    return `GitHub refused the App's credentials when listing deliveries (${status}: ${messageOf(error)}); check APP_ID and the private key`;
  if (status === 404)
    return `this GitHub does not list the App's webhook deliveries (404: ${messageOf(error)}); ${REDELIVER_MINUTES_ENV}=off stops asking`;
  return `could not list the App's webhook deliveries (${status === undefined ? '' : `${status}: `}${messageOf(error)}); trying again next pass`;
}

function describe(statusCode: number, status: string): string {
  if (statusCode === 0) return status ? `no answer: ${status}` : 'no answer';
  return String(statusCode);
}

export interface RedeliveryJob {
  /** Runs no new pass, and waits for the running one (which asks for no more redeliveries). */
  stop(): Promise<void>;
  /** Whether a pass is running now: a shutdown waits for it and names it. */
  running(): boolean;
}

/**
 * The timer: the first pass soon after the start (within a minute, jittered so replicas started together do
 * not list at once), each next one `intervalMs` after the previous ended.
 */
export function startRedelivery(
  app: AppAuth,
  options: RedeliveryOptions,
  deps: RedeliveryDeps,
): RedeliveryJob & { redeliverer: Redeliverer } {
  const redeliverer = new Redeliverer(app, options, deps);
  const random = deps.random ?? Math.random;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> | undefined;
  let stopped = false;
  const schedule = (delay: number): void => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = redeliverer
        .pass(() => stopped)
        .catch((error: unknown) =>
          deps.log.error(`webhook redelivery: pass failed: ${messageOf(error)}`),
        )
        .finally(() => {
          running = undefined;
          schedule(options.intervalMs);
        });
    }, delay);
    // The timer alone must never keep the process alive (tests, graceful shutdown).
    timer.unref();
  };
  schedule(Math.floor(random() * Math.min(options.intervalMs, MINUTE)));
  deps.log.info(
    `webhook redelivery: failed deliveries are redelivered every ${Math.round(options.intervalMs / MINUTE)} min ` +
      `(${REDELIVER_MINUTES_ENV}=off disables it)`,
  );
  return {
    redeliverer,
    running: () => running !== undefined,
    stop: async () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}

/** The job as `npm start` runs it, on Probot's App client and logger; a job that does nothing when off. */
export function startRedeliveryFor(
  probot: AppAuth & {
    log: { info(m: string): void; warn(m: string): void; error(m: string): void };
  },
  options: RedeliveryOptions | undefined,
  lateFailures?: LateFailureLookup,
): RedeliveryJob {
  if (!options) return { stop: async () => {}, running: () => false };
  const log: AppLog = {
    info: (m) => probot.log.info(m),
    warning: (m) => probot.log.warn(m),
    error: (m) => probot.log.error(m),
  };
  return startRedelivery(probot, options, { log, ...(lateFailures ? { lateFailures } : {}) });
}
