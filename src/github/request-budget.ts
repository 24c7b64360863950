import type { Octokit } from '@octokit/core';
import { CHECK_RUN_UPDATE } from './check-run.js';

/**
 * Bounds how long one installation client (one webhook delivery, one repository of a sweep) waits for
 * GitHub. Octokit's retry plugin repeats a failed request with growing pauses, and a check makes dozens of
 * requests, so an unreachable API used to hold a pull-request check for minutes before it concluded. Here a
 * request still unanswered (retries included) when the budget runs out fails with a message naming it, and
 * every later request of that client fails at once with the same message (except the one that concludes a check
 * run), so the run falls back (the check concludes failure with the reason) within about the budget, while a healthy run of many quick requests is
 * never cut short. While a request waits, the log says what for.
 */
export interface RequestBudgetOptions {
  /** How long one request may take, its retries included, before the client gives up (default 30 s). */
  budgetMs?: number;
  /** How long a request may take before the log says it is still waiting (default 5 s). */
  slowMs?: number;
}

export const DEFAULT_REQUEST_BUDGET_MS = 30_000;
const DEFAULT_SLOW_MS = 5_000;

export function requestBudget(options: RequestBudgetOptions = {}) {
  const budgetMs = options.budgetMs ?? DEFAULT_REQUEST_BUDGET_MS;
  const slowMs = options.slowMs ?? DEFAULT_SLOW_MS;
  return (octokit: Octokit): void => {
    let exhausted: Error | undefined;
    octokit.hook.wrap('request', async (request, route) => {
      const what = `${route.method} ${route.url}`;
      // Concluding a check run is the one request still made: the run was created in_progress, and left so it
      // spins forever (and a required check blocks the pull request) instead of saying why it failed.
      if (exhausted && !concludesCheckRun(route)) throw exhausted;
      const slow = setTimeout(
        () =>
          octokit.log.warn(
            `still waiting for GitHub to answer ${what} (${Math.round(slowMs / 1000)} s so far, retries included); giving up after ${Math.round(budgetMs / 1000)} s`,
          ),
        slowMs,
      );
      let timer: NodeJS.Timeout | undefined;
      // Giving up must stop the request too: the retry plugin sits below this hook, and a retry still
      // pending would otherwise reach GitHub after the run failed (a check run created that nobody concludes).
      const abort = new AbortController();
      const callerSignal = route.request?.signal as AbortSignal | undefined;
      route.request = {
        ...route.request,
        signal: callerSignal ? AbortSignal.any([callerSignal, abort.signal]) : abort.signal,
      };
      const deadline = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          exhausted = new Error(
            `GitHub did not answer ${what} within ${Math.round(budgetMs / 1000)} s (retries included); ` +
              'GitHub may be unreachable or down. Later requests of this run are not attempted.',
          );
          abort.abort(exhausted);
          reject(exhausted);
        }, budgetMs);
      });
      try {
        return await Promise.race([request(route), deadline]);
      } finally {
        clearTimeout(slow);
        clearTimeout(timer);
      }
    });
  };
}

function concludesCheckRun(route: { method?: string; url?: string }): boolean {
  return `${route.method ?? ''} ${route.url ?? ''}` === CHECK_RUN_UPDATE;
}
