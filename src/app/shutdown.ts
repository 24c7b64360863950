/**
 * The App's graceful stop. Docker, Kubernetes, systemd and Heroku stop a process with SIGTERM and kill it
 * a grace period later (Kubernetes: 30 s). Killed mid-delivery, a check run stays "in progress", a sticky
 * comment or issue write is half done, and GitHub records a failed delivery it never sends again. So on
 * SIGTERM or SIGINT every part stops taking new work, the work in flight finishes, and the process exits 0;
 * past a deadline below the grace period it says exactly what it abandons and exits 1; a second signal
 * exits at once.
 */

import { describeError } from '../core/errors.js';
import { numberFromEnv } from './env-number.js';
import type { WebhookProxy } from './smee.js';
import type { RedeliveryJob } from './redeliver.js';
import type { DailySyncTimer } from './schedule.js';
import type { RunningServer } from './server.js';

export const SHUTDOWN_TIMEOUT_ENV = 'OPS_STEWARD_SHUTDOWN_TIMEOUT_SECONDS';

/** Below Kubernetes' default 30 s grace period, so the log of what is abandoned is written before SIGKILL. */
export const DEFAULT_SHUTDOWN_TIMEOUT_SECONDS = 25;

/** The deadline in milliseconds; read at start, so a bad value stops the process before it takes a delivery. */
export function shutdownTimeoutFromEnv(env: Readonly<Record<string, string | undefined>>): number {
  const seconds = numberFromEnv(env, SHUTDOWN_TIMEOUT_ENV, {
    whole: true,
    min: 1,
    max: 3600,
    expected: 'a whole number of seconds from 1 to 3600',
  });
  return (seconds ?? DEFAULT_SHUTDOWN_TIMEOUT_SECONDS) * 1000;
}

/** A part of the App with work in flight: the webhook server, the daily sweep. */
export interface Drainable {
  /** For the log: `webhook deliveries`. */
  readonly name: string;
  /** Takes no new work from now on; what is in flight goes on. */
  stop(): void;
  /** Resolves once nothing is in flight. */
  idle(): Promise<void>;
  /** What is in flight now, a phrase each (`delivery 72d3… (push, handling for 3 s)`). */
  inProgress(): string[];
}

export interface ShutdownLog {
  info(message: string): void;
  error(message: string): void;
}

export interface ShutdownOptions {
  /** Read when the signal comes: parts may register after the handler is installed. */
  parts: () => readonly Drainable[];
  timeoutMs: number;
  log: ShutdownLog;
}

/**
 * Stops every part and waits for their work, at most `timeoutMs`: 0 when everything finished, 1 when
 * the deadline passed (what was still in flight is logged, one phrase each).
 */
export async function drain(signal: string, options: ShutdownOptions): Promise<0 | 1> {
  const parts = options.parts();
  const seconds = options.timeoutMs / 1000;
  const busy = parts.filter((p) => p.inProgress().length > 0);
  options.log.info(
    `${signal}: shutting down; new deliveries get 503 and no new sweep starts; ` +
      (busy.length === 0
        ? 'nothing in flight'
        : `waiting up to ${seconds} s for ${inFlightOf(busy).join('; ')}`),
  );
  for (const part of parts) part.stop();
  const finished = Promise.all(
    busy.map((part) => part.idle().then(() => options.log.info(`shutdown: ${part.name} finished`))),
  );
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<'deadline'>((resolve) => {
    timer = setTimeout(() => resolve('deadline'), options.timeoutMs);
  });
  const outcome = await Promise.race([finished.then(() => 'finished' as const), deadline]);
  clearTimeout(timer);
  if (outcome === 'finished') {
    options.log.info('shutdown: nothing left in flight; exiting');
    return 0;
  }
  options.log.error(
    `shutdown: ${SHUTDOWN_TIMEOUT_ENV} (${seconds} s) passed; abandoning ${abandoned(parts)}`,
  );
  return 1;
}

/**
 * SIGTERM and SIGINT start `drain`, then `exit` with its code; a second signal exits 1 at once, naming
 * what it abandons.
 */
export function exitGracefullyOnSignals(
  on: (signal: NodeJS.Signals, listener: (signal: NodeJS.Signals) => void) => unknown,
  options: ShutdownOptions & { exit: (code: number) => void },
): void {
  let draining = false;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (draining) {
      options.log.error(
        `${signal} again during the shutdown: exiting now; abandoning ${abandoned(options.parts())}`,
      );
      options.exit(1);
      return;
    }
    draining = true;
    void drain(signal, options).then(options.exit);
  };
  on('SIGTERM', onSignal);
  on('SIGINT', onSignal);
}

/** The webhook server as a part: new requests get 503, deliveries in flight are named by id and event. */
export function webhookDeliveries(
  server: Pick<RunningServer, 'stopAccepting' | 'idle' | 'inFlight'>,
  now: () => number = Date.now,
): Drainable {
  return {
    name: 'the webhook deliveries',
    stop: () => server.stopAccepting(),
    idle: () => server.idle(),
    inProgress: () =>
      server
        .inFlight()
        .map(
          (d) =>
            `delivery ${d.id} (${d.event}, ${d.phase} for ${Math.round((now() - d.since) / 1000)} s)`,
        ),
  };
}

/** The daily sweep as a part: no new pass, and a running one stops after its current repository. */
export function dailySweep(timer: DailySyncTimer): Drainable {
  return {
    name: 'the daily flags-sync pass',
    stop: () => timer.stop(),
    idle: () => timer.idle(),
    inProgress: () => {
      const pass = timer.inProgress();
      return pass ? [pass] : [];
    },
  };
}

/**
 * The smee.io relay (WEBHOOK_PROXY_URL, development): closed first, so the channel hands over nothing that
 * the draining server would refuse with 503 (smee keeps no retry of its own). Nothing of its own in flight.
 */
export function webhookProxy(proxy: WebhookProxy, log: Pick<ShutdownLog, 'error'>): Drainable {
  let stopping: Promise<void> | undefined;
  return {
    name: 'the smee.io relay',
    stop: () => {
      stopping ??= proxy
        .stop()
        .catch((error: unknown) =>
          log.error(`shutdown: closing the smee.io relay failed: ${describeError(error)}`),
        );
    },
    idle: () => stopping ?? Promise.resolve(),
    inProgress: () => [],
  };
}

/** The webhook redelivery job (redeliver.ts): no new pass; its running pass asks for no more redeliveries. */
export function redeliveryJob(job: RedeliveryJob): Drainable {
  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => (stopping ??= job.stop());
  return {
    name: 'the webhook redelivery job',
    stop: () => void stop(),
    idle: stop,
    // Asked before `stop` too: the shutdown waits only for the parts with work in flight.
    inProgress: () => (job.running() ? ['a webhook redelivery pass'] : []),
  };
}

function inFlightOf(parts: readonly Drainable[]): string[] {
  return parts.flatMap((p) => p.inProgress());
}

function abandoned(parts: readonly Drainable[]): string {
  const left = inFlightOf(parts);
  return left.length === 0 ? 'nothing (the last work just ended)' : left.join('; ');
}
