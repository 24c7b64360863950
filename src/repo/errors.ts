/** A repository that cannot be opened or read (missing directory, unknown ref): the user must fix the input. */
export class RepoError extends Error {
  /** HTTP status when GitHub refused the request. */
  readonly status?: number;

  constructor(message: string, options?: { cause?: unknown; status?: number }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'RepoError';
    if (options?.status !== undefined) this.status = options.status;
  }
}

/** A file that exists but cannot be used as text (too large for the API, a directory, a symlink out of the tree). */
export class UnreadableFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnreadableFileError';
  }
}
