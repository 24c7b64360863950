// `npm start`: the App's own HTTP server (webhook bodies bounded in size and memory, see webhook-body.ts)
// around Probot's webhook handling, configured from the environment and `.env`. Without an App ID or a
// private key, Probot's own server starts in setup mode to register the App.
// Probot is not bundled (see scripts/build.mjs): it loads from node_modules at run time.
import { readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import { ProbotOctokit, createProbot, run } from 'probot';
import type { Probot } from 'probot';
import { appFromEnvironment } from './app.js';
import { numberFromEnv } from './env-number.js';
import { redeliveryFromEnv, startRedeliveryFor } from './redeliver.js';
import { LateFailures } from './late-failures.js';
import { startServer } from './server.js';
import { startSmee } from './smee.js';
import type { RunningServer } from './server.js';
import {
  dailySweep,
  exitGracefullyOnSignals,
  redeliveryJob,
  shutdownTimeoutFromEnv,
  webhookDeliveries,
  webhookProxy,
} from './shutdown.js';
import type { Drainable } from './shutdown.js';
import { webhookLimitsFromEnv } from './webhook-body.js';
import { requestBudget } from '../github/request-budget.js';

// Every installation client gives up on an unanswered GitHub request after 30 s (see request-budget.ts).
const Octokit = ProbotOctokit.plugin(requestBudget());

main().catch((error: unknown) => {
  process.stderr.write(
    `ops-steward app: cannot start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exitCode = 1;
});

async function main(): Promise<void> {
  loadDotEnv();
  const env = process.env;
  // Read before anything starts, so a bad value stops the process instead of surfacing at the first delivery.
  const limits = webhookLimitsFromEnv(env);
  const shutdownTimeoutMs = shutdownTimeoutFromEnv(env);
  const redelivery = redeliveryFromEnv(env);
  const probot = probotFromEnv(env);
  if (!probot) {
    // Setup mode (no App yet): Probot registers it from app.yml and writes `.env`; there are no webhooks.
    await run(appFromEnvironment(), { Octokit });
    return;
  }
  // What a shutdown waits for: the deliveries in flight, the daily sweep's and the redelivery job's running passes.
  const parts: Drainable[] = [];
  // The daily flag sweep runs in this process unless OPS_STEWARD_DAILY_SYNC=off (see schedule.ts).
  await probot.load(
    appFromEnvironment(env, { onDailySync: (timer) => parts.push(dailySweep(timer)) }),
  );
  const host = env.HOST?.trim() || 'localhost';
  const webhookPath = env.WEBHOOK_PATH?.trim() || '/api/github/webhooks';
  // A delivery answered 202 whose handlers then fail: the server notes it, the redelivery job resends it.
  const lateFailures = new LateFailures();
  const server = await startServer({
    probot,
    host,
    port: portFromEnv(env),
    webhookPath,
    limits,
    lateFailures,
  });
  parts.unshift(webhookDeliveries(server));
  stopGracefully(probot, server, parts, shutdownTimeoutMs);
  probot.log.info(`Listening on http://${host}:${server.port}${webhookPath}`);
  // Failed deliveries are asked for again every 10 min unless OPS_STEWARD_REDELIVER_MINUTES=off (redeliver.ts).
  parts.push(redeliveryJob(startRedeliveryFor(probot, redelivery, lateFailures)));
  const proxy = env.WEBHOOK_PROXY_URL?.trim();
  if (proxy) {
    const log = {
      info: (m: string) => probot.log.info(m),
      warn: (m: string) => probot.log.warn(m),
      error: (m: string) => probot.log.error(m),
    };
    const relay = await startSmee(log, proxy, `http://${host}:${server.port}${webhookPath}`);
    parts.unshift(webhookProxy(relay, log));
  }
}

/** SIGTERM or SIGINT: drain the parts (see shutdown.ts), then close the server and exit. */
function stopGracefully(
  probot: Probot,
  server: RunningServer,
  parts: readonly Drainable[],
  timeoutMs: number,
): void {
  exitGracefullyOnSignals((signal, listener) => process.on(signal, listener), {
    parts: () => parts,
    timeoutMs,
    log: { info: (m) => probot.log.info(m), error: (m) => probot.log.error(m) },
    exit: (code) => {
      // A turn of the event loop first, so the log lines above are written out.
      const leave = (): void => void setImmediate(() => process.exit(code));
      server.close().then(leave, leave);
    },
  });
}

/** The same as Probot's `run()`: `.env` in the working directory, its values over the environment's. */
function loadDotEnv(): void {
  let text: string;
  try {
    text = readFileSync('.env', 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  Object.assign(process.env, parseEnv(text));
}

/** Probot as `run()` configures it (APP_ID, the private key, WEBHOOK_SECRET, GHE_HOST, REDIS_URL, LOG_*), or undefined for setup mode. */
function probotFromEnv(env: NodeJS.ProcessEnv): Probot | undefined {
  if (!env.APP_ID?.trim()) return undefined;
  const defaults = {
    LOG_LEVEL: 'info' as const,
    LOG_FORMAT: env.NODE_ENV === 'production' ? ('json' as const) : ('pretty' as const),
  };
  try {
    return createProbot({
      env: { ...defaults, ...env },
      overrides: { Octokit },
    });
  } catch (error) {
    // No private key found: let Probot's run() decide (setup mode, or its error in production).
    if (error instanceof Error && /privateKey/.test(error.message)) return undefined;
    throw error;
  }
}

function portFromEnv(env: NodeJS.ProcessEnv): number {
  return (
    numberFromEnv(env, 'PORT', {
      whole: true,
      min: 0,
      max: 65535,
      expected: 'a port number (0–65535)',
    }) ?? 3000
  );
}
