import { prop } from '../json.js';

/**
 * A problem the user can fix — bad input, a repository or file that cannot be read, an invalid config —
 * as opposed to a bug. Every door needs one `instanceof UserError` to tell them apart: the CLI exits 2
 * with the message and no stack, the Action fails the step with it, the App concludes the check run with
 * "fix the cause, then re-run".
 */
export class UserError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'UserError';
  }
}

/** Bad input the user must fix (missing directory, unreadable or invalid config, bad date). */
export class InputError extends UserError {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

/** The HTTP status of an Octokit RequestError (or anything shaped like one); undefined for network errors. */
export function httpStatus(err: unknown): number | undefined {
  const status = prop(err, 'status');
  return typeof status === 'number' ? status : undefined;
}

/**
 * GitHub's "slow down" answers: 429, or 403 with a spent primary limit (`x-ratelimit-remaining: 0`), a
 * `retry-after`, or a secondary-limit message. Asking again later can succeed, unlike other 403s
 * (a read-only token, a locked conversation).
 */
export function isRateLimited(err: unknown): boolean {
  const status = httpStatus(err);
  if (status === 429) return true;
  if (status !== 403) return false;
  const headers = prop(prop(err, 'response'), 'headers');
  if (prop(headers, 'x-ratelimit-remaining') === '0' || prop(headers, 'retry-after') !== undefined)
    return true;
  return /rate limit/i.test(err instanceof Error ? err.message : String(err));
}

/** `HTTP 403: message` when the error carries an HTTP status (Octokit's RequestError), else its message. */
export function describeError(err: unknown): string {
  const status = httpStatus(err);
  const message = err instanceof Error ? err.message : String(err);
  return status === undefined ? message : `HTTP ${status}: ${message}`;
}
