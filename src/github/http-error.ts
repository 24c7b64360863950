import { prop } from '../json.js';

/** The HTTP status of an Octokit RequestError (or anything shaped like one); undefined for network errors. */
export function httpStatus(err: unknown): number | undefined {
  const status = prop(err, 'status');
  return typeof status === 'number' ? status : undefined;
}

export { describeError } from '../core/errors.js';
