/** A repository that cannot be opened or read (missing directory, unknown ref): the user must fix the input. */
import { UserError } from '../core/errors.js';

export class RepoError extends UserError {
  /** HTTP status when GitHub refused the request. */
  readonly status?: number;

  constructor(message: string, options?: { cause?: unknown; status?: number }) {
    super(message, options);
    this.name = 'RepoError';
    if (options?.status !== undefined) this.status = options.status;
  }
}

/** A file that exists but cannot be used as text (too large for the API, a directory, a symlink out of the tree). */
export class UnreadableFileError extends UserError {
  constructor(message: string) {
    super(message);
    this.name = 'UnreadableFileError';
  }
}
