/**
 * Probot has no scheduler, and GitHub sends no "daily" webhook: this small in-process timer runs the flag
 * sweep over every installation once a day. The first pass starts after a random delay (jitter), and each
 * next one 24 hours plus a fresh jitter after the previous one ended, so replicas started together and
 * restarts do not hit GitHub in the same minute. Passes never overlap. Running several replicas sweeps
 * several times (harmless: the sweep is idempotent) — switch it off on all but one with the env var.
 */

export const DAILY_SYNC_ENV = 'OPS_STEWARD_DAILY_SYNC';

export interface DailySyncOptions {
  /** Between the end of one pass and the start of the next (default 24 h). */
  intervalMs: number;
  /** Random extra delay, up to this, before every pass (default 1 h). */
  maxJitterMs: number;
}

export const DEFAULT_DAILY_SYNC: DailySyncOptions = {
  intervalMs: 24 * 60 * 60 * 1000,
  maxJitterMs: 60 * 60 * 1000,
};

const OFF = new Set(['off', 'false', '0', 'no', 'disabled']);

/** `OPS_STEWARD_DAILY_SYNC=off` (or false/0/no) switches the timer off; anything else, or unset, leaves it on. */
export function dailySyncFromEnv(
  env: Readonly<Record<string, string | undefined>>,
): DailySyncOptions | undefined {
  const value = env[DAILY_SYNC_ENV]?.trim().toLowerCase();
  return value !== undefined && OFF.has(value) ? undefined : DEFAULT_DAILY_SYNC;
}

export interface DailySyncTimer {
  /**
   * No further pass starts; a running one is asked to stop after the repository in hand (its signal is
   * aborted). A pass is idempotent and the next process starts one within `maxJitterMs`, so what it
   * did not reach is swept then.
   */
  stop(): void;
  /** Resolves once no pass is running. */
  idle(): Promise<void>;
  /** The running pass, for the shutdown log ("daily flags-sync pass at acme/shop, started 40 s ago"), or undefined. */
  inProgress(): string | undefined;
}

/** What a pass is handed: when to stop, and where to say it is. */
export interface PassControl {
  /** Aborted when the process shuts down: stop at the next repository. */
  readonly signal: AbortSignal;
  /** What the pass is working on now (`acme/shop`), named if the shutdown has to abandon it. */
  at(where: string): void;
}

export function startDailySync(
  pass: (control: PassControl) => Promise<unknown>,
  options: DailySyncOptions,
  deps: {
    random?: () => number;
    now?: () => number;
    log: { info(m: string): void; error(m: string): void };
  },
): DailySyncTimer {
  const random = deps.random ?? Math.random;
  const now = deps.now ?? Date.now;
  const stopping = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  let running: { done: Promise<void>; since: number; at?: string } | undefined;
  const schedule = (base: number): void => {
    if (stopping.signal.aborted) return;
    const delay = base + Math.floor(random() * options.maxJitterMs);
    timer = setTimeout(() => {
      const current: { done: Promise<void>; since: number; at?: string } = {
        done: Promise.resolve(),
        since: now(),
      };
      const control: PassControl = { signal: stopping.signal, at: (where) => (current.at = where) };
      current.done = pass(control)
        .then(
          () => undefined,
          (error: unknown) =>
            deps.log.error(
              `daily flags-sync pass failed: ${error instanceof Error ? error.message : String(error)}`,
            ),
        )
        .finally(() => {
          running = undefined;
          schedule(options.intervalMs);
        });
      running = current;
    }, delay);
    // The timer alone must never keep the process alive (tests, graceful shutdown).
    timer.unref();
    deps.log.info(
      `daily flags-sync: next pass in ${Math.round(delay / 60_000)} min (${DAILY_SYNC_ENV}=off disables it)`,
    );
  };
  schedule(0);
  return {
    stop: () => {
      stopping.abort();
      if (timer) clearTimeout(timer);
    },
    idle: () => running?.done ?? Promise.resolve(),
    inProgress: () => {
      if (!running) return undefined;
      const where = running.at ? ` at ${running.at}` : '';
      return `the daily flags-sync pass${where} (started ${Math.round((now() - running.since) / 1000)} s ago)`;
    },
  };
}
