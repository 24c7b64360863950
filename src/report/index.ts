import type { Finding } from '../findings.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderSarifString } from './sarif.js';
import { renderText } from './text.js';

export type ReportFormat = 'text' | 'json' | 'markdown' | 'sarif';
export const REPORT_FORMATS: readonly ReportFormat[] = ['text', 'json', 'markdown', 'sarif'];

export function isReportFormat(value: string): value is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(value);
}

/** Every renderer's options in one bag; each format reads only what it needs. */
export interface ReportOptions {
  /** What was checked (path or `owner/repo`): text, markdown, and `repository` in JSON. */
  label?: string;
  /** text: ANSI colours (default false; the caller decides from TTY / NO_COLOR). */
  color?: boolean;
  /** text: list notice-severity findings (default true). */
  notices?: boolean;
  /** text: terminal width to wrap to (default: no wrapping). */
  width?: number;
  /** markdown: heading. */
  title?: string;
  /** markdown: table rows before "N more not shown" (default 200). */
  maxRows?: number;
  /** markdown: output length cap (default GitHub's 65536-character comment limit). */
  maxChars?: number;
  /** json: ISO-8601 time supplied by the caller. */
  generatedAt?: string;
  /** sarif: tool version (default `0.0.0`). */
  toolVersion?: string;
  /** sarif: tool home page. */
  informationUri?: string;
  /** sarif: file that repository-wide findings are anchored to (pass the config path in use). */
  anchorFile?: string;
  /** sarif: human titles for rule ids. */
  ruleDescriptions?: Readonly<Record<string, string>>;
}

export function renderReport(
  format: ReportFormat,
  findings: readonly Finding[],
  options: ReportOptions = {},
): string {
  switch (format) {
    case 'text':
      return renderText(findings, {
        color: options.color ?? false,
        label: options.label,
        notices: options.notices,
        width: options.width,
      });
    case 'json':
      return renderJson(findings, { repository: options.label, generatedAt: options.generatedAt });
    case 'markdown':
      return renderMarkdown(findings, {
        title: options.title,
        label: options.label,
        maxRows: options.maxRows,
        maxChars: options.maxChars,
      });
    case 'sarif':
      return renderSarifString(findings, {
        toolVersion: options.toolVersion ?? '0.0.0',
        informationUri: options.informationUri,
        anchorFile: options.anchorFile,
        ruleDescriptions: options.ruleDescriptions,
      });
    default: {
      // Reached only when an unchecked string slips past the type; say what is accepted instead of crashing.
      const unknown: string = format;
      throw new Error(
        `Unknown report format "${unknown}"; expected one of: ${REPORT_FORMATS.join(', ')}`,
      );
    }
  }
}

export { renderText, sanitizeForTerminal } from './text.js';
export type { TextOptions } from './text.js';
export { renderJson, buildJsonReport } from './json.js';
export type { JsonReport, JsonReportMeta, JsonFinding } from './json.js';
export {
  renderMarkdown,
  escapeMarkdownCell,
  markdownCode,
  GITHUB_COMMENT_LIMIT,
  DEFAULT_MAX_ROWS,
} from './markdown.js';
export type { MarkdownOptions } from './markdown.js';
export {
  renderSarif,
  renderSarifString,
  toSarifUri,
  SARIF_TOOL_NAME,
  SARIF_SCHEMA_URI,
} from './sarif.js';
export type { SarifOptions } from './sarif.js';
export {
  buildAnnotations,
  renderAnnotations,
  formatAnnotationCommand,
  escapeCommandData,
  escapeCommandProperty,
  ANNOTATIONS_PER_LEVEL_PER_STEP,
} from './annotations.js';
export type { Annotation, AnnotationBatch, AnnotationLevel, LevelCounts } from './annotations.js';
export { formatCounts } from './summary.js';
