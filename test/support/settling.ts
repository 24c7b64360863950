/**
 * Waiting on promises in tests without hanging them: a promise that never settles must fail the test
 * with a message, not time it out, and "still waiting" must be a checkable answer.
 */

/** The promise's value, or a rejection naming `ms` if it has not settled by then. */
export function within<T>(ms: number, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`still unsettled after ${ms} ms`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** Whether the promise settles (either way) within `ms`. */
export function settlesWithin(ms: number, promise: Promise<unknown>): Promise<boolean> {
  return within(ms, promise).then(
    () => true,
    (error: unknown) => !(error instanceof Error && error.message.startsWith('still unsettled')),
  );
}
