import { pagerRoutes } from './read/alertmanager.js';
import type { AlertmanagerRouting, PagerRoute } from './read/alertmanager.js';
import type { GrafanaContactPoint } from './read/grafana.js';
import { hasTemplate, readTemplate } from './templates.js';
import type { LocatedText, PrometheusAlert } from './types.js';

export interface PrometheusPaging {
  paging: boolean;
  /** The Alertmanager route that makes it page, when its severity is not one of the paging ones. */
  via?: PagerRoute;
  /** A severity template whose outputs only the firing series knows, when nothing else makes it page. */
  unknown?: LocatedText;
}

/**
 * A Prometheus alert pages when its severity is a paging one — for a template, when one of the values it
 * can render is — or when an Alertmanager configuration of the repository routes it to a pager receiver.
 */
export function prometheusPaging(
  alert: PrometheusAlert,
  pagingSeverities: readonly string[],
  routing: readonly AlertmanagerRouting[],
  contactPoints: ReadonlyMap<string, GrafanaContactPoint> = new Map(),
): PrometheusPaging {
  // A Grafana rule that names its contact point is sent there alone, whatever its labels say.
  const receiver = alert.grafana?.receiver;
  const point = receiver ? contactPoints.get(receiver.text) : undefined;
  if (point) {
    if (!point.pages) return { paging: false };
    const via = {
      file: point.file,
      line: point.at.line,
      receiver: point.name,
      direct: true as const,
      decidedBy: [point.lines],
    };
    return { paging: true, via };
  }
  const severity = alert.severity;
  const template = severity && hasTemplate(severity.text) ? readTemplate(severity.text) : undefined;
  const severities = template ? template.literals : severity ? [severity.text] : [];
  const pages = (text: string): boolean =>
    pagingSeverities.some((s) => s.toLowerCase() === text.toLowerCase());
  if (severities.some(pages)) return { paging: true };
  // Alertmanager may page with other severities, or on other labels: whatever its routes send to a pager.
  const via = (severities.length > 0 ? severities : [''])
    .flatMap((s) =>
      routing
        // The operator adds `namespace="<its namespace>"` to an AlertmanagerConfig's routes: only the rules
        // of that namespace are taken to reach them.
        .filter((r) => r.namespace === undefined || r.namespace === alert.namespace)
        // Grafana's policies route its own rules; Alertmanager's, the rules Prometheus evaluates.
        .filter((r) => (r.grafana === true) === (alert.grafana !== undefined))
        .flatMap((r) => pagerRoutes(r, { ...alert.labels, severity: s, alertname: alert.name })),
    )
    .at(0);
  if (via) return { paging: true, via };
  return severity && template && template.outputs.length > 0
    ? { paging: false, unknown: severity }
    : { paging: false };
}
