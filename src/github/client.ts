import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import type { Log } from '../core/log.js';
import { DEFAULT_REQUEST_BUDGET_MS, requestBudget } from './request-budget.js';

/**
 * The one place the Action builds its Octokit. (The App gets its Octokit from Probot, which adds the same
 * throttling and retry plugins itself.)
 *
 * Why not `getOctokit()` from @actions/github: version 9 hands Octokit undici's own `fetch`, which bypasses
 * `globalThis.fetch` — so nock cannot intercept it in tests and it ignores whatever the runtime installs.
 * Building it here with `request.fetch = globalThis.fetch` keeps every request observable, and pointing
 * `baseUrl` at GITHUB_API_URL keeps GitHub Enterprise Server (and the test suite's fake API) working.
 *
 * Throttling honours GitHub's primary and secondary rate limits by waiting instead of failing; retry repeats
 * requests that failed with a transient 5xx. Both matter for the bulk writes of later commands (issue sync).
 */
export const GitHubOctokit = Octokit.plugin(throttling, retry);
export type GitHubClient = InstanceType<typeof GitHubOctokit>;

/** The one Log; Octokit's request lines go to `debug`. */
export type ClientLog = Pick<Log, 'warning'> & { debug(message: string): void };

export interface GitHubClientOptions {
  token: string;
  /** REST API root; `https://api.github.com` when absent. */
  baseUrl?: string;
  userAgent?: string;
  log?: ClientLog;
  /** Retries after a rate limit before giving up (default 2). */
  rateLimitRetries?: number;
  /** Base of plugin-retry's backoff, in ms (default 1000); tests of fault schedules shorten it. */
  retryAfterBaseMs?: number;
  /**
   * False turns the throttling plugin off — it spaces writes a second apart, which makes a suite of a
   * hundred simulated sweeps take minutes. Never in production.
   */
  throttling?: boolean;
  /**
   * How long one request may take, retries and rate-limit waits included, before the client gives up and
   * fails every later request at once (see request-budget.ts). Default 30 s: a pull-request check that
   * cannot reach GitHub concludes within about that, instead of minutes of retries.
   */
  requestBudgetMs?: number;
  /** Injected in tests; defaults to the global `fetch`, read at call time so interceptors installed later still apply. */
  fetch?: typeof globalThis.fetch;
}

export const DEFAULT_API_URL = 'https://api.github.com';
const DEFAULT_RATE_LIMIT_RETRIES = 2;

/** Looks `fetch` up per request, so an interceptor installed after the client was built still sees it. */
const lateFetch: typeof globalThis.fetch = (input, init) => globalThis.fetch(input, init);

const silentLog: ClientLog = { warning: () => undefined, debug: () => undefined };

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const log = options.log ?? silentLog;
  const maxRetries = options.rateLimitRetries ?? DEFAULT_RATE_LIMIT_RETRIES;
  const budgetMs = options.requestBudgetMs ?? DEFAULT_REQUEST_BUDGET_MS;
  const onLimit =
    (kind: string) =>
    (
      retryAfter: number,
      request: { method: string; url: string },
      _octokit: unknown,
      retryCount: number,
    ): boolean => {
      const hit = `GitHub ${kind} rate limit hit for ${request.method} ${request.url}`;
      // A token's hourly limit can reset in up to an hour: waiting past the request budget would only
      // end in "GitHub did not answer" after it. Give up now, with the real reason and the time it resets.
      if (retryAfter * 1000 > budgetMs) {
        log.warning(
          `${hit}; it resets in ${minutes(retryAfter)}, longer than this run waits (${minutes(budgetMs / 1000)}): giving up, the next run continues`,
        );
        return false;
      }
      const retrying = retryCount < maxRetries;
      log.warning(
        `${hit}; ` +
          (retrying
            ? `retrying in ${retryAfter}s (attempt ${retryCount + 1} of ${maxRetries})`
            : 'giving up'),
      );
      return retrying;
    };
  const client = new GitHubOctokit({
    auth: options.token,
    baseUrl: trimSlash(options.baseUrl ?? DEFAULT_API_URL),
    userAgent: options.userAgent ?? 'ops-steward',
    request: { fetch: options.fetch ?? lateFetch },
    // Non-idempotent writes (creating an issue or a comment) opt out per request (issues.ts
    // NO_BLIND_RETRY): after a 5xx or a dropped connection GitHub may have done them already.
    ...(options.retryAfterBaseMs !== undefined
      ? { retry: { retryAfterBaseValue: options.retryAfterBaseMs } }
      : {}),
    throttle: {
      enabled: options.throttling ?? true,
      onRateLimit: onLimit('primary'),
      onSecondaryRateLimit: onLimit('secondary'),
    },
    log: {
      debug: (message: string) => log.debug(message),
      info: (message: string) => log.debug(message),
      warn: (message: string) => log.warning(message),
      // Octokit logs every failed request here ("GET /users/x - 404 with id …"), including the 404s that
      // callers expect and handle; the error itself reaches the caller, so the line is debug detail.
      error: (message: string) => log.debug(message),
    },
  });
  requestBudget({ budgetMs })(client);
  return client;
}

/** GitHub's REST root from the runner environment (GITHUB_API_URL is set on github.com and on GHES). */
export function apiUrlFromEnv(env: Readonly<Record<string, string | undefined>>): string {
  const url = env.GITHUB_API_URL?.trim();
  return url ? trimSlash(url) : DEFAULT_API_URL;
}

function minutes(seconds: number): string {
  return seconds < 90 ? `${Math.ceil(seconds)} s` : `${Math.round(seconds / 60)} min`;
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}
