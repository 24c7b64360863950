import type { Finding } from '../../findings.js';
import type { DatadogMonitor, LocatedText } from '../types.js';
import type { StructuredDoc } from './structured.js';
import { getIn, isRecord } from './values.js';

/**
 * Datadog monitors as the API returns them (`GET /api/v1/monitor`: an array) or as the UI's "Export monitor"
 * writes one (an object), in JSON or YAML: `name`, `type`, `query`, `message`, `tags`, `priority`,
 * `options.thresholds`, `options.escalation_message`.
 */
export function isDatadogMonitorShape(value: unknown): value is Record<string, unknown> {
  return (
    isRecord(value) &&
    typeof value.type === 'string' &&
    typeof value.query === 'string' &&
    ('message' in value || 'name' in value)
  );
}

type Entry = [value: unknown, path: (string | number)[]];

/**
 * The monitors of a document: a monitor, an array of monitors, an object holding one under `monitors`
 * (`{"monitors": [...]}`, as scripts that dump monitors with their metadata write them), or monitors kept
 * by their id (`{"148823001": {...}}`, as datadog-sync writes them).
 */
function entriesOf(value: unknown): Entry[] {
  if (Array.isArray(value)) return value.map((v, i) => [v, [i]]);
  if (isDatadogMonitorShape(value) || !isRecord(value)) return [[value, []]];
  const list = value.monitors;
  if (Array.isArray(list)) return list.map((v, i) => [v, ['monitors', i]]);
  const byId = Object.entries(value);
  // Like an array: one entry that is no monitor is reported on its own, it does not hide the others.
  if (byId.every(([k]) => /^\d+$/.test(k)) && byId.some(([, v]) => isDatadogMonitorShape(v))) {
    return byId.map(([k, v]) => [v, [k]]);
  }
  return [[value, []]];
}

/** A document that holds at least one Datadog monitor, in one of the shapes of `entriesOf`. */
export function looksLikeDatadog(value: unknown): boolean {
  return entriesOf(value).some(([v]) => isDatadogMonitorShape(v));
}

export function readDatadogDoc(
  doc: StructuredDoc,
  file: string,
): { monitors: DatadogMonitor[]; findings: Finding[] } {
  const monitors: DatadogMonitor[] = [];
  const findings: Finding[] = [];
  const entries = entriesOf(doc.value);
  for (const [index, [value, path]] of entries.entries()) {
    if (!isDatadogMonitorShape(value)) {
      findings.push({
        ruleId: 'monitors/invalid-monitor',
        severity: 'warning',
        message: `entry ${path.join('')} is not a Datadog monitor (it needs a string "type" and "query"): skipped`,
        file,
        ...doc.at(path),
      });
      continue;
    }
    const text = (key: string, at: (string | number)[]): LocatedText | undefined => {
      const v = key === 'escalation_message' ? getIn(value.options, [key]) : value[key];
      return typeof v === 'string' && v.trim() !== '' ? { text: v, at: doc.at(at) } : undefined;
    };
    const message = text('message', [...path, 'message']);
    const escalation = text('escalation_message', [...path, 'options', 'escalation_message']);
    const named = typeof value.name === 'string' && value.name.trim() !== '';
    if (!named) {
      findings.push({
        ruleId: 'monitors/missing-name',
        severity: 'warning',
        message: `monitor ${index + 1} of this file has no name: its notifications do not say what fired`,
        file,
        ...doc.at('name' in value ? [...path, 'name'] : path),
      });
    }
    for (const [key, at] of [
      ['message', [...path, 'message']],
      ['escalation_message', [...path, 'options', 'escalation_message']],
    ] as const) {
      const v = key === 'message' ? value.message : getIn(value.options, [key]);
      if (v !== undefined && v !== null && typeof v !== 'string') {
        findings.push({
          ruleId: 'monitors/invalid-monitor',
          severity: 'warning',
          message: `the ${key} of monitor ${index + 1} of this file must be text: its handles and links are not read`,
          file,
          ...doc.at(at),
        });
      }
    }
    const thresholds = getIn(value.options, ['thresholds']);
    monitors.push({
      source: 'datadog',
      file,
      at: typeof value.name === 'string' ? doc.at([...path, 'name'], true) : doc.at(path),
      lines: doc.lines(path),
      name: named ? (value.name as string) : '(unnamed monitor)',
      message: joinMessages(message, escalation),
      hasWarningThreshold:
        getIn(thresholds, ['warning']) !== undefined && getIn(thresholds, ['warning']) !== null,
    });
  }
  return { monitors, findings };
}

/** The renotification text reaches the same handles as the message: judge them together. */
export function joinMessages(
  message: LocatedText | undefined,
  escalation: LocatedText | undefined,
): LocatedText | undefined {
  if (!message || !escalation) return message ?? escalation;
  const dynamic =
    message.dynamic === 'whole' || escalation.dynamic === 'whole'
      ? 'whole'
      : (message.dynamic ?? escalation.dynamic);
  return {
    text: `${message.text}\n${escalation.text}`,
    at: message.at,
    ...(dynamic ? { dynamic } : {}),
  };
}
