/** Monitors as read from the repository, whatever format they were written in. */

export type MonitorSource = 'datadog' | 'prometheus';

export interface Pos {
  line: number;
  column: number;
}

/** A text value of a definition and where it starts in its file. */
export interface LocatedText {
  text: string;
  at: Pos;
  /**
   * Terraform only: `partial` when the text interpolates expressions (`${var.pager}`), kept as written;
   * `whole` when the value is an expression (`var.message`, `join(…)`) and the text is its source.
   */
  dynamic?: 'partial' | 'whole';
}

export interface DatadogMonitor {
  source: 'datadog';
  file: string;
  /** Where the definition starts: the object, or the Terraform resource block. */
  at: Pos;
  name: string;
  /** `message` and, when present, `escalation_message` (sent on renotify), joined. */
  message: LocatedText | undefined;
  /** Undefined when the thresholds are built by an expression and cannot be known. */
  hasWarningThreshold: boolean | undefined;
}

export interface PrometheusAlert {
  source: 'prometheus';
  file: string;
  /** The `alert:` key. */
  at: Pos;
  name: string;
  severity: LocatedText | undefined;
  runbookUrl: LocatedText | undefined;
}

export type Monitor = DatadogMonitor | PrometheusAlert;
