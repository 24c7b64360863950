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
  stop(): void;
}

export function startDailySync(
  pass: () => Promise<unknown>,
  options: DailySyncOptions,
  deps: { random?: () => number; log: { info(m: string): void; error(m: string): void } },
): DailySyncTimer {
  const random = deps.random ?? Math.random;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const schedule = (base: number): void => {
    if (stopped) return;
    const delay = base + Math.floor(random() * options.maxJitterMs);
    timer = setTimeout(() => {
      void pass()
        .catch((error: unknown) =>
          deps.log.error(
            `daily flags-sync pass failed: ${error instanceof Error ? error.message : String(error)}`,
          ),
        )
        .finally(() => schedule(options.intervalMs));
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
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}
