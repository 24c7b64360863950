import { prop } from '../json.js';

/** The HTTP status of an Octokit RequestError (or anything shaped like one); undefined for network errors. */
export function httpStatus(err: unknown): number | undefined {
  const status = prop(err, 'status');
  return typeof status === 'number' ? status : undefined;
}

/** `HTTP 403: message` for logs and findings. */
export function describeError(err: unknown): string {
  const status = httpStatus(err);
  const message = err instanceof Error ? err.message : String(err);
  return status === undefined ? message : `HTTP ${status}: ${message}`;
}
