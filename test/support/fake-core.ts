import type { ActionCore, AnnotationProperties } from '../../src/action/core.js';

export interface RecordedAnnotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  properties?: AnnotationProperties;
}

/** What a run did through @actions/core, for assertions. */
export interface CoreRecord {
  outputs: Record<string, string>;
  failed: string[];
  annotations: RecordedAnnotation[];
  info: string[];
  debug: string[];
  /** Text written to the job summary. */
  summary: string;
}

/** A recording stand-in for @actions/core: inputs come from a plain object, nothing touches the process. */
export function fakeCore(
  inputs: Record<string, string> = {},
  options: { summaryFails?: boolean } = {},
): { core: ActionCore; record: CoreRecord } {
  const record: CoreRecord = {
    outputs: {},
    failed: [],
    annotations: [],
    info: [],
    debug: [],
    summary: '',
  };
  let buffer = '';
  const annotate =
    (level: RecordedAnnotation['level']) =>
    (message: string, properties?: AnnotationProperties): void => {
      record.annotations.push(properties ? { level, message, properties } : { level, message });
    };
  const core: ActionCore = {
    getInput: (name) => inputs[name] ?? '',
    setOutput: (name, value) => {
      record.outputs[name] = value;
    },
    setFailed: (message) => {
      record.failed.push(message);
    },
    error: annotate('error'),
    warning: annotate('warning'),
    notice: annotate('notice'),
    info: (message) => {
      record.info.push(message);
    },
    debug: (message) => {
      record.debug.push(message);
    },
    summary: {
      addRaw(text: string, addEOL?: boolean) {
        buffer += addEOL ? `${text}\n` : text;
        return this;
      },
      async write() {
        if (options.summaryFails)
          throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY.');
        record.summary += buffer;
        buffer = '';
        return this;
      },
    },
  };
  return { core, record };
}
