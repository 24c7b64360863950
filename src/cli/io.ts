/** What a CLI command may touch: injected so tests run commands in-process. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Directory relative paths are resolved against. */
  cwd: string;
  /** Whether stdout is a terminal (colour, tables). */
  isTty: boolean;
  /** Whether stderr is a terminal: only then is a progress line drawn (and redrawn) there. */
  stderrIsTty?: boolean;
  /** Width of the terminal stdout is on, when it is one: the text report wraps to it. */
  columns?: number;
  /** Milliseconds of a monotonic clock, for the progress line's timing (tests pass a fake one). */
  clock?: () => number;
  /** Commands report their outcome here instead of calling process.exit. */
  setExitCode(code: number): void;
}

/** Exit codes are a contract: 0 clean, 1 error-severity findings, 2 usage or config errors. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

import { InputError } from '../core/errors.js';

/** Thrown for bad command-line input; the CLI prints the message (no stack) and exits 2. */
export class UsageError extends InputError {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
