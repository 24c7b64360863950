/**
 * Development only: WEBHOOK_PROXY_URL relays a smee.io channel to this server (smee-client is a dev
 * dependency, so a production install has none). A channel that cannot be reached at start is a
 * warning, as with Probot's own proxy: the App is up and serves what is sent to it directly, and the
 * client keeps trying the channel while the failure is one a retry can fix.
 */

export interface SmeeLog {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface WebhookProxy {
  stop(): Promise<void>;
}

interface SmeeLike {
  start(): Promise<unknown>;
  stop(): Promise<void>;
}
type SmeeConstructor = new (options: {
  source: string;
  target: string;
  logger: Pick<Console, 'info' | 'error'>;
}) => SmeeLike;

const NONE: WebhookProxy = { stop: () => Promise.resolve() };

export async function startSmee(
  log: SmeeLog,
  source: string,
  target: string,
): Promise<WebhookProxy> {
  // A computed specifier keeps the bundler from pulling the dev dependency into dist/app.js.
  const specifier = 'smee-client';
  let SmeeClient: SmeeConstructor;
  try {
    ({ SmeeClient } = (await import(specifier)) as { SmeeClient: SmeeConstructor });
  } catch {
    log.warn('Run `npm install --save-dev smee-client` to proxy webhooks to localhost.');
    return NONE;
  }
  const logger = { info: (m: string) => log.info(m), error: (m: string) => log.error(m) };
  const client = new SmeeClient({ source, target, logger });
  try {
    await client.start();
  } catch (error) {
    log.warn(
      `WEBHOOK_PROXY_URL: cannot reach ${source} (${reasonOf(error)}); ` +
        'the App runs without it: deliveries sent to the channel arrive only once it connects',
    );
  }
  return { stop: () => client.stop() };
}

/** smee-client rejects with the EventSource's error event, not an Error. */
function reasonOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  const message =
    typeof error === 'object' && error !== null && 'message' in error
      ? (error as { message: unknown }).message
      : undefined;
  return typeof message === 'string' && message !== '' ? message : 'no connection';
}
