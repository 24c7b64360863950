import type { AnnotationProperties } from '@actions/core';

/**
 * The slice of @actions/core the Action uses. `run()` takes it as a parameter so tests pass a small
 * recording fake instead of patching process.env, stdout and GITHUB_OUTPUT; the real module fits as is.
 */
export interface ActionCore {
  getInput(name: string): string;
  setOutput(name: string, value: string): void;
  setFailed(message: string): void;
  error(message: string, properties?: AnnotationProperties): void;
  warning(message: string, properties?: AnnotationProperties): void;
  notice(message: string, properties?: AnnotationProperties): void;
  info(message: string): void;
  debug(message: string): void;
  summary: ActionSummary;
}

/** @actions/core's job summary buffer: text is added, then written to GITHUB_STEP_SUMMARY in one go. */
export interface ActionSummary {
  addRaw(text: string, addEOL?: boolean): unknown;
  write(options?: { overwrite?: boolean }): Promise<unknown>;
}

export type { AnnotationProperties };
