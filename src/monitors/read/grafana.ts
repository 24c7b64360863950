import type { Finding } from '../../findings.js';
import type { LineSpan, LocatedText, Pos, PrometheusAlert } from '../types.js';
import { routeTree } from './alertmanager.js';
import { textValues } from './prometheus.js';
import type { AlertmanagerRouting } from './alertmanager.js';
import type { StructuredDoc } from './structured.js';
import { getIn, isRecord } from './values.js';

/**
 * Grafana's alerting provisioning files (`apiVersion: 1`, as Alerting → Export writes them): alert rules
 * (`groups[].rules[]` with `uid`, `title`, `labels`, `annotations`), contact points and notification
 * policies. A rule is read as an alert with Prometheus's labels and annotations; what Grafana routes it by
 * decides whether it pages.
 */

/** Contact point integrations that page a person. */
const PAGER_TYPES = new Set(['pagerduty', 'opsgenie', 'victorops', 'oncall']);

export interface GrafanaContactPoint {
  name: string;
  file: string;
  at: Pos;
  lines: LineSpan;
  pages: boolean;
}

export interface GrafanaRead {
  monitors: PrometheusAlert[];
  findings: Finding[];
  contactPoints: GrafanaContactPoint[];
  /** Notification policy trees, routed once every file's contact points are known. */
  policies: { doc: StructuredDoc; path: (string | number)[]; file: string }[];
}

export function isGrafanaAlerting(value: unknown): boolean {
  if (!isRecord(value) || String(value.apiVersion) !== '1') return false;
  const groups = getIn(value, ['groups']);
  return (
    (Array.isArray(groups) && groups.some((g) => isRecord(g) && ('orgId' in g || 'folder' in g))) ||
    Array.isArray(value.contactPoints) ||
    Array.isArray(value.policies)
  );
}

export function readGrafanaDoc(
  doc: StructuredDoc,
  file: string,
  annotations: readonly string[],
): GrafanaRead {
  const out: GrafanaRead = { monitors: [], findings: [], contactPoints: [], policies: [] };
  const list = (key: string): unknown[] => {
    const v = getIn(doc.value, [key]);
    return Array.isArray(v) ? v : [];
  };
  list('groups').forEach((group, g) => {
    const rules = getIn(group, ['rules']);
    if (!Array.isArray(rules)) return;
    rules.forEach((rule, r) => {
      const path = ['groups', g, 'rules', r];
      const title = getIn(rule, ['title']);
      if (!isRecord(rule) || typeof title !== 'string' || title === '') {
        out.findings.push({
          ruleId: 'monitors/invalid-monitor',
          severity: 'warning',
          message: `rule ${r + 1} of Grafana group ${JSON.stringify(getIn(group, ['name']) ?? g + 1)} has no title: Grafana does not load it`,
          file,
          ...doc.at(path),
        });
        return;
      }
      const text = (at: (string | number)[]): LocatedText | undefined => {
        const v = getIn(rule, at);
        return typeof v === 'string' || typeof v === 'number'
          ? { text: String(v), at: doc.at([...path, ...at]) }
          : undefined;
      };
      const runbookKey = annotations.find((a) => getIn(rule, ['annotations', a]) !== undefined);
      const receiver = text(['notification_settings', 'receiver']);
      out.monitors.push({
        source: 'prometheus',
        grafana: receiver ? { receiver } : {},
        file,
        at: doc.at([...path, 'title'], true),
        lines: doc.lines(path),
        name: title,
        severity: text(['labels', 'severity']),
        labels: textValues(rule.labels),
        runbookUrl: runbookKey === undefined ? undefined : text(['annotations', runbookKey]),
      });
    });
  });
  list('contactPoints').forEach((point, i) => {
    const name = getIn(point, ['name']);
    if (typeof name !== 'string') return;
    const receivers = getIn(point, ['receivers']);
    const pages =
      Array.isArray(receivers) &&
      receivers.some((r) => PAGER_TYPES.has(String(getIn(r, ['type'])).toLowerCase()));
    out.contactPoints.push({
      name,
      file,
      at: doc.at(['contactPoints', i, 'name']),
      lines: doc.lines(['contactPoints', i]),
      pages,
    });
  });
  list('policies').forEach((_, i) => out.policies.push({ doc, path: ['policies', i], file }));
  return out;
}

/** Grafana's notification policies as routing, against the contact points of every file read. */
export function grafanaRouting(
  policies: GrafanaRead['policies'],
  contactPoints: readonly GrafanaContactPoint[],
  findings: Finding[],
): AlertmanagerRouting[] {
  const pagers = new Map(contactPoints.filter((c) => c.pages).map((c) => [c.name, c.lines]));
  return policies.map(({ doc, path, file }) => ({
    file,
    grafana: true,
    root: routeTree(doc, path, file, findings),
    pagers,
  }));
}
