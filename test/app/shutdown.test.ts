import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SHUTDOWN_TIMEOUT_SECONDS,
  dailySweep,
  drain,
  exitGracefullyOnSignals,
  redeliveryJob,
  shutdownTimeoutFromEnv,
  webhookDeliveries,
  webhookProxy,
} from '../../src/app/shutdown.js';
import type { Drainable } from '../../src/app/shutdown.js';
import { startDailySync } from '../../src/app/schedule.js';
import { DEFAULT_REDELIVERY, startRedelivery } from '../../src/app/redeliver.js';
import type { PassControl } from '../../src/app/schedule.js';
import { settlesWithin } from '../support/settling.js';

/** A part whose work in flight the test ends by hand. */
function partWith(name: string, work: string[]): Drainable & { finish(): void; stopped: boolean } {
  let done!: () => void;
  const finished = new Promise<void>((resolve) => (done = resolve));
  const part = {
    name,
    stopped: false,
    stop: () => void (part.stopped = true),
    idle: () => (work.length === 0 ? Promise.resolve() : finished),
    inProgress: () => [...work],
    finish: () => {
      work.length = 0;
      done();
    },
  };
  return part;
}

function recordingLog(): { lines: string[]; info(m: string): void; error(m: string): void } {
  const lines: string[] = [];
  return {
    lines,
    info: (m) => lines.push(`info ${m}`),
    error: (m) => lines.push(`error ${m}`),
  };
}

describe('drain', () => {
  it('stops every part, waits for their work, and answers 0 once all of it is done', async () => {
    const log = recordingLog();
    const deliveries = partWith('the webhook deliveries', [
      'delivery d-1 (push, handling for 2 s)',
    ]);
    const sweep = partWith('the daily flags-sync pass', []);
    const draining = drain('SIGTERM', {
      parts: () => [deliveries, sweep],
      timeoutMs: 5_000,
      log,
    });
    expect(await settlesWithin(50, draining)).toBe(false);
    expect(deliveries.stopped && sweep.stopped).toBe(true);
    deliveries.finish();
    expect(await draining).toBe(0);
    expect(log.lines).toEqual([
      'info SIGTERM: shutting down; new deliveries get 503 and no new sweep starts; waiting up to 5 s for delivery d-1 (push, handling for 2 s)',
      'info shutdown: the webhook deliveries finished',
      'info shutdown: nothing left in flight; exiting',
    ]);
  });

  it('answers 0 at once when nothing is in flight', async () => {
    const log = recordingLog();
    const started = Date.now();
    const code = await drain('SIGINT', {
      parts: () => [partWith('the webhook deliveries', [])],
      timeoutMs: 10_000,
      log,
    });
    expect(code).toBe(0);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(log.lines[0]).toBe(
      'info SIGINT: shutting down; new deliveries get 503 and no new sweep starts; nothing in flight',
    );
  });

  it('past the deadline answers 1 and names every piece of work it abandons', async () => {
    const log = recordingLog();
    const deliveries = partWith('the webhook deliveries', [
      'delivery d-1 (pull_request.synchronize, handling for 31 s)',
      'delivery d-2 (push, receiving for 1 s)',
    ]);
    const sweep = partWith('the daily flags-sync pass', [
      'the daily flags-sync pass at acme/shop (started 40 s ago)',
    ]);
    const code = await drain('SIGTERM', { parts: () => [deliveries, sweep], timeoutMs: 200, log });
    expect(code).toBe(1);
    expect(log.lines.at(-1)).toBe(
      'error shutdown: OPS_STEWARD_SHUTDOWN_TIMEOUT_SECONDS (0.2 s) passed; abandoning ' +
        'delivery d-1 (pull_request.synchronize, handling for 31 s); delivery d-2 (push, receiving for 1 s); ' +
        'the daily flags-sync pass at acme/shop (started 40 s ago)',
    );
  });
});

describe('exitGracefullyOnSignals', () => {
  function install(parts: Drainable[], timeoutMs = 5_000) {
    const signals = new EventEmitter();
    const log = recordingLog();
    const exits: number[] = [];
    exitGracefullyOnSignals((signal, listener) => signals.on(signal, listener), {
      parts: () => parts,
      timeoutMs,
      log,
      exit: (code) => exits.push(code),
    });
    return { signals, log, exits };
  }

  it('drains on SIGTERM and exits 0 when the work is done', async () => {
    const deliveries = partWith('the webhook deliveries', [
      'delivery d-1 (push, handling for 0 s)',
    ]);
    const { signals, exits } = install([deliveries]);
    signals.emit('SIGTERM', 'SIGTERM');
    await new Promise((r) => setTimeout(r, 50));
    expect(exits).toEqual([]);
    deliveries.finish();
    await expect.poll(() => exits).toEqual([0]);
  });

  it('exits 1 at once on a second signal, naming what it abandons', async () => {
    const deliveries = partWith('the webhook deliveries', [
      'delivery d-1 (push, handling for 3 s)',
    ]);
    const { signals, log, exits } = install([deliveries]);
    signals.emit('SIGTERM', 'SIGTERM');
    signals.emit('SIGINT', 'SIGINT');
    expect(exits).toEqual([1]);
    expect(log.lines.at(-1)).toBe(
      'error SIGINT again during the shutdown: exiting now; abandoning delivery d-1 (push, handling for 3 s)',
    );
  });
});

describe('the parts', () => {
  it('names each delivery in flight by id, event and how long it has been at it', () => {
    const part = webhookDeliveries(
      {
        stopAccepting: () => undefined,
        idle: () => Promise.resolve(),
        inFlight: () => [
          { id: '72d3e0a0', event: 'check_run.rerequested', phase: 'handling', since: 1_000 },
        ],
      },
      () => 13_400,
    );
    expect(part.inProgress()).toEqual([
      'delivery 72d3e0a0 (check_run.rerequested, handling for 12 s)',
    ]);
  });

  it('stops the daily timer: a running pass is told to stop, waited for, and named while it runs', async () => {
    let control: PassControl | undefined;
    let finishPass!: () => void;
    const log = recordingLog();
    let clock = 0;
    const timer = startDailySync(
      (c) => {
        control = c;
        c.at('acme/shop');
        return new Promise<void>((resolve) => (finishPass = resolve));
      },
      { intervalMs: 60_000, maxJitterMs: 0 },
      { log, now: () => clock },
    );
    await expect.poll(() => control).toBeDefined();
    clock = 7_000;
    const part = dailySweep(timer);
    expect(part.inProgress()).toEqual(['the daily flags-sync pass at acme/shop (started 7 s ago)']);
    part.stop();
    expect(control!.signal.aborted).toBe(true);
    const waiting = part.idle();
    expect(await settlesWithin(50, waiting)).toBe(false);
    finishPass();
    await waiting;
    expect(part.inProgress()).toEqual([]);
    // Stopped: the pass that ended schedules no next one.
    expect(log.lines.filter((l) => l.includes('next pass'))).toHaveLength(1);
  });
});

describe('redeliveryJob', () => {
  it('stops the job once and waits for its running pass, which it names until it ends', async () => {
    let endPass!: () => void;
    const pass = new Promise<void>((resolve) => (endPass = resolve));
    let stops = 0;
    let running = true;
    void pass.then(() => (running = false));
    const part = redeliveryJob({ stop: () => (stops++, pass), running: () => running });
    expect(part.inProgress()).toEqual(['a webhook redelivery pass']);
    part.stop();
    const waiting = part.idle();
    expect(stops).toBe(1);
    expect(part.inProgress()).toEqual(['a webhook redelivery pass']);
    expect(await settlesWithin(50, waiting)).toBe(false);
    endPass();
    await waiting;
    expect(part.inProgress()).toEqual([]);
    await part.idle();
    expect(stops).toBe(1);
  });
});

describe('webhookProxy', () => {
  it('closes the smee.io relay once, on the signal, before anything is waited for', async () => {
    const log = recordingLog();
    let closes = 0;
    const relay = webhookProxy({ stop: () => (closes++, Promise.resolve()) }, log);
    const deliveries = partWith('the webhook deliveries', ['delivery 1']);
    const draining = drain('SIGTERM', { parts: () => [relay, deliveries], timeoutMs: 5_000, log });
    expect(closes).toBe(1);
    expect(deliveries.stopped).toBe(true);
    deliveries.finish();
    expect(await draining).toBe(0);
    relay.stop();
    expect(closes).toBe(1);
  });

  it('logs a relay that fails to close, and the shutdown goes on', async () => {
    const log = recordingLog();
    const relay = webhookProxy({ stop: () => Promise.reject(new Error('socket hang up')) }, log);
    expect(await drain('SIGTERM', { parts: () => [relay], timeoutMs: 5_000, log })).toBe(0);
    await relay.idle();
    expect(log.lines).toContain('error shutdown: closing the smee.io relay failed: socket hang up');
  });
});

describe('a redelivery pass running when the signal comes', () => {
  it('is named, waited for, and ends before the process exits 0', async () => {
    const log = recordingLog();
    let listing = false;
    let answer!: (page: { data: unknown[]; headers: Record<string, unknown> }) => void;
    const job = startRedelivery(
      {
        auth: () =>
          Promise.resolve({
            request: () => {
              listing = true;
              return new Promise((resolve) => (answer = resolve));
            },
          }),
      },
      { ...DEFAULT_REDELIVERY, intervalMs: 60_000 },
      { log: { ...log, warning: log.info }, random: () => 0 },
    );
    await expect.poll(() => listing).toBe(true);
    const draining = drain('SIGTERM', {
      parts: () => [redeliveryJob(job)],
      timeoutMs: 5_000,
      log,
    });
    expect(await settlesWithin(50, draining)).toBe(false);
    expect(log.lines.find((l) => l.includes('SIGTERM'))).toContain(
      'waiting up to 5 s for a webhook redelivery pass',
    );
    answer({ data: [], headers: {} });
    expect(await draining).toBe(0);
    expect(log.lines.at(-2)).toBe('info shutdown: the webhook redelivery job finished');
  });
});

describe('shutdownTimeoutFromEnv', () => {
  it('defaults to 25 s, below the 30 s Kubernetes waits before it kills', () => {
    expect(DEFAULT_SHUTDOWN_TIMEOUT_SECONDS).toBe(25);
    expect(shutdownTimeoutFromEnv({})).toBe(25_000);
    expect(shutdownTimeoutFromEnv({ OPS_STEWARD_SHUTDOWN_TIMEOUT_SECONDS: ' 50 ' })).toBe(50_000);
  });

  it('refuses a value it cannot use, naming the variable', () => {
    for (const bad of ['0', '-5', '2.5', '25s', 'soon', '86400'])
      expect(() => shutdownTimeoutFromEnv({ OPS_STEWARD_SHUTDOWN_TIMEOUT_SECONDS: bad })).toThrow(
        `OPS_STEWARD_SHUTDOWN_TIMEOUT_SECONDS must be a whole number of seconds from 1 to 3600, got "${bad}"`,
      );
  });
});
