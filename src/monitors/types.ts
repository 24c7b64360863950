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

/** The lines a definition spans in its file (1-based, inclusive): what a pull request must touch to change it. */
export interface LineSpan {
  start: number;
  end: number;
}

export interface DatadogMonitor {
  source: 'datadog';
  file: string;
  /** Where the definition is named: its `name` key, or the Terraform resource block. */
  at: Pos;
  lines: LineSpan;
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
  lines: LineSpan;
  name: string;
  /** The labels of its rule group (Prometheus 3), which it inherits: a change there changes it too. */
  groupLabels?: LineSpan;
  severity: LocatedText | undefined;
  /** The namespace of the PrometheusRule resource that holds it. */
  namespace?: string;
  /** Its labels as written, its group's included (values that are no text left out). */
  labels: Readonly<Record<string, string>>;
  runbookUrl: LocatedText | undefined;
  /** A Grafana-managed rule: Grafana routes it, by its own contact point when it names one. */
  grafana?: { receiver?: LocatedText };
}

export type Monitor = DatadogMonitor | PrometheusAlert;
