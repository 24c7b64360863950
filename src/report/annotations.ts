import { redactFinding } from '../core/sanitize.js';
import type { AnnotationProperties } from '@actions/core';
import type { Finding, Severity } from '../findings.js';
import { sortFindings } from '../findings.js';
import { positiveInt, severityRank } from './summary.js';

export type AnnotationLevel = Severity;

/** Ready for `core.error / warning / notice(message, properties)`. */
export interface Annotation {
  level: AnnotationLevel;
  message: string;
  properties: AnnotationProperties;
}

export interface LevelCounts {
  error: number;
  warning: number;
  notice: number;
}

export interface AnnotationBatch {
  /** Every finding as an annotation, errors first (GitHub keeps the first ones it receives). */
  annotations: Annotation[];
  /** How many of each level GitHub will display for one step. */
  shown: LevelCounts;
  /** How many of each level GitHub will drop, so callers can say "N more in the job summary". */
  notShown: LevelCounts;
  notShownTotal: number;
}

/** GitHub displays at most this many annotations of each level per step (and 50 per job). */
export const ANNOTATIONS_PER_LEVEL_PER_STEP = 10;

/** Workflow-command message escaping, as the runner decodes it. */
export function escapeCommandData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Workflow-command property escaping: also `:` and `,`, which delimit the properties themselves. */
export function escapeCommandProperty(text: string): string {
  return escapeCommandData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function propertiesFor(f: Finding): AnnotationProperties {
  const props: AnnotationProperties = {};
  if (f.file) {
    props.file = f.file.replace(/\\/g, '/');
    const startLine = positiveInt(f.line);
    if (startLine !== undefined) {
      props.startLine = startLine;
      const end = positiveInt(f.endLine);
      props.endLine = end !== undefined && end >= startLine ? end : startLine;
      // The runner refuses columns on a multi-line range.
      if (props.endLine === startLine) {
        const startColumn = positiveInt(f.column);
        const endColumn = positiveInt(f.endColumn);
        if (startColumn !== undefined) props.startColumn = startColumn;
        if (endColumn !== undefined && (startColumn === undefined || endColumn >= startColumn)) {
          props.endColumn = endColumn;
        }
      }
    }
  }
  props.title = f.ruleId;
  return props;
}

function messageFor(f: Finding): string {
  const extra: string[] = [];
  if (f.owners && f.owners.length > 0) extra.push(`Owners: ${f.owners.join(', ')}`);
  if (f.escalation) extra.push(`Escalation: ${f.escalation}`);
  return [f.message, ...extra].join('\n');
}

/** All findings as structured annotations plus how many GitHub will hide; nothing is dropped here. */
function buildAnnotationsUnredacted(findings: readonly Finding[]): AnnotationBatch {
  const ordered = sortFindings(findings).sort(
    (a, b) => severityRank(a.severity) - severityRank(b.severity),
  );
  const annotations = ordered.map((f) => ({
    level: f.severity,
    message: messageFor(f),
    properties: propertiesFor(f),
  }));
  const total: LevelCounts = { error: 0, warning: 0, notice: 0 };
  for (const a of annotations) total[a.level] = (total[a.level] ?? 0) + 1;
  const cap = (n: number): number => Math.min(n, ANNOTATIONS_PER_LEVEL_PER_STEP);
  const shown: LevelCounts = {
    error: cap(total.error),
    warning: cap(total.warning),
    notice: cap(total.notice),
  };
  const notShown: LevelCounts = {
    error: total.error - shown.error,
    warning: total.warning - shown.warning,
    notice: total.notice - shown.notice,
  };
  return {
    annotations,
    shown,
    notShown,
    notShownTotal: notShown.error + notShown.warning + notShown.notice,
  };
}

/** `::error file=src/a.ts,line=3,col=5,endLine=3,title=flags/expired::message` */
export function formatAnnotationCommand(annotation: Annotation): string {
  const p = annotation.properties;
  const pairs: [string, string | number | undefined][] = [
    ['file', p.file],
    ['line', p.startLine],
    ['col', p.startColumn],
    ['endLine', p.endLine],
    ['endColumn', p.endColumn],
    ['title', p.title],
  ];
  const props = pairs
    .filter((pair): pair is [string, string | number] => pair[1] !== undefined && pair[1] !== '')
    .map(([key, value]) => `${key}=${escapeCommandProperty(String(value))}`)
    .join(',');
  return `::${annotation.level}${props ? ` ${props}` : ''}::${escapeCommandData(annotation.message)}`;
}

/** Workflow commands, one per finding, for runners without @actions/core (print each on its own line). */
export function renderAnnotations(findings: readonly Finding[]): string[] {
  return buildAnnotations(findings).annotations.map(formatAnnotationCommand);
}

/** Credentials in finding texts are redacted first (src/core/sanitize.ts), as in every output. */
export function buildAnnotations(findings: readonly Finding[]): AnnotationBatch {
  return buildAnnotationsUnredacted(findings.map(redactFinding));
}
