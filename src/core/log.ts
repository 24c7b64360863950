/**
 * The one log every layer writes to. Each door maps it onto its own: the Action onto @actions/core (a
 * warning there is also an annotation), the App onto Probot's logger, the CLI onto stderr.
 */
export interface Log {
  info(message: string): void;
  warning(message: string): void;
  debug?(message: string): void;
  error?(message: string): void;
}

export const silentLog: Log = { info: () => undefined, warning: () => undefined };
