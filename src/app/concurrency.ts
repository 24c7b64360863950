/**
 * At most `limit` tasks at once; the others queue in arrival order. Webhooks arrive in bursts (a push to
 * many pull requests, an installation on an organisation), and each repository check holds a whole tree of
 * files in memory and its own share of the rate limit: one process must not start all of them at once.
 */
export type Limiter = <T>(task: () => Promise<T>) => Promise<T>;

export function limitConcurrency(limit: number): Limiter {
  if (!Number.isInteger(limit) || limit < 1)
    throw new RangeError(`concurrency limit must be a whole number ≥ 1, got ${limit}`);
  let running = 0;
  const waiting: Array<() => void> = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    else running += 1;
    try {
      return await task();
    } finally {
      // A freed slot passes straight to the next waiter, so `running` never dips below what is running.
      const next = waiting.shift();
      if (next) next();
      else running -= 1;
    }
  };
}
