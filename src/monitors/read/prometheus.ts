import type { Finding } from '../../findings.js';
import type { LocatedText, PrometheusAlert } from '../types.js';
import type { StructuredDoc } from './structured.js';
import { getIn, isRecord } from './values.js';

/** A Prometheus rule file (`groups:`) or a prometheus-operator `PrometheusRule` object (`spec.groups`). */
export function prometheusGroupsPath(value: unknown): (string | number)[] | undefined {
  if (!isRecord(value)) return undefined;
  if (value.kind === 'PrometheusRule') return ['spec', 'groups'];
  if ('groups' in value) return ['groups'];
  return undefined;
}

export function readPrometheusDoc(
  doc: StructuredDoc,
  file: string,
  groupsPath: (string | number)[],
  annotations: readonly string[],
): { monitors: PrometheusAlert[]; findings: Finding[] } {
  const monitors: PrometheusAlert[] = [];
  const findings: Finding[] = [];
  const invalid = (path: (string | number)[], message: string): void => {
    findings.push({
      ruleId: 'monitors/invalid-monitor',
      severity: 'warning',
      message,
      file,
      ...doc.at(path),
    });
  };
  const groups = getIn(doc.value, groupsPath);
  const ns = getIn(doc.value, ['metadata', 'namespace']);
  const namespace =
    getIn(doc.value, ['kind']) === 'PrometheusRule' && typeof ns === 'string' ? ns : undefined;
  if (!Array.isArray(groups)) {
    invalid(groupsPath, `${groupsPath.join('.')} must be a list of rule groups`);
    return { monitors, findings };
  }
  groups.forEach((group, g) => {
    const groupLabel = (at: (string | number)[]): LocatedText | undefined =>
      located(doc, group, [...groupsPath, g], at);
    const groupLabels = isRecord(getIn(group, ['labels']))
      ? doc.lines([...groupsPath, g, 'labels'])
      : undefined;
    const rules = getIn(group, ['rules']);
    if (!Array.isArray(rules)) {
      invalid([...groupsPath, g], `rule group ${groupName(group, g)} has no list of rules`);
      return;
    }
    rules.forEach((rule, r) => {
      const path = [...groupsPath, g, 'rules', r];
      if (isRecord(rule) && typeof rule.record === 'string') return; // recording rules never notify
      if (!isRecord(rule) || typeof rule.alert !== 'string' || rule.alert === '') {
        invalid(
          path,
          `rule ${r + 1} of group ${groupName(group, g)} is neither an alert nor a recording rule`,
        );
        return;
      }
      const label = (at: (string | number)[]): LocatedText | undefined =>
        located(doc, rule, path, at);
      for (const problem of malformed(rule, rule.alert, annotations)) {
        invalid([...path, ...problem.at], `${problem.message}: Prometheus does not load this file`);
      }
      const runbookKey = annotations.find((a) => getIn(rule, ['annotations', a]) !== undefined);
      monitors.push({
        source: 'prometheus',
        file,
        ...(namespace ? { namespace } : {}),
        at: doc.at([...path, 'alert'], true),
        lines: doc.lines(path),
        name: rule.alert,
        ...(groupLabels ? { groupLabels } : {}),
        // Prometheus 3 adds a group's `labels` to each of its rules; the rule's own label wins.
        severity: label(['labels', 'severity']) ?? groupLabel(['labels', 'severity']),
        labels: { ...textValues(getIn(group, ['labels'])), ...textValues(rule.labels) },
        runbookUrl: runbookKey === undefined ? undefined : label(['annotations', runbookKey]),
      });
    });
  });
  return { monitors, findings };
}

/**
 * What Prometheus refuses in an alerting rule and this check would otherwise read as absent: a rule
 * without `expr`, labels that are no mapping, a severity or runbook annotation that is no text.
 */
function malformed(
  rule: Record<string, unknown>,
  name: string,
  annotations: readonly string[],
): { at: (string | number)[]; message: string }[] {
  const out: { at: (string | number)[]; message: string }[] = [];
  const text = (v: unknown): boolean =>
    typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
  for (const [key, what, wanted] of [
    ['labels', 'label', ['severity']],
    ['annotations', 'annotation', annotations],
  ] as const) {
    const map = rule[key];
    if (map === undefined || map === null) continue;
    if (!isRecord(map)) {
      out.push({
        at: [key],
        message: `the ${key} of "${name}" must be a mapping of ${what} names to values`,
      });
      continue;
    }
    for (const k of wanted) {
      if (map[k] !== undefined && map[k] !== null && !text(map[k])) {
        out.push({ at: [key, k], message: `the ${what} ${k} of "${name}" must be a text value` });
      }
    }
  }
  if (!text(rule.expr) || rule.expr === '') {
    out.push({ at: ['alert'], message: `"${name}" has no expr` });
  }
  return out;
}

/** A label or annotation map's text values (others left out). */
export function textValues(map: unknown): Record<string, string> {
  if (!isRecord(map)) return {};
  return Object.fromEntries(
    Object.entries(map).flatMap(([k, v]) =>
      typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'
        ? [[k, String(v)]]
        : [],
    ),
  );
}

/** A text or number value under `value` (found at `base` in the document), with its position. */
function located(
  doc: StructuredDoc,
  value: unknown,
  base: (string | number)[],
  at: (string | number)[],
): LocatedText | undefined {
  const v = getIn(value, at);
  return typeof v === 'string' || typeof v === 'number'
    ? { text: String(v), at: doc.at([...base, ...at]) }
    : undefined;
}

function groupName(group: unknown, index: number): string {
  const name = getIn(group, ['name']);
  return typeof name === 'string' ? `"${name}"` : `${index + 1}`;
}
