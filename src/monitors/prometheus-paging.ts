import { pagerRoutes } from './read/alertmanager.js';
import type { AlertmanagerRouting, PagerRoute } from './read/alertmanager.js';
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
): PrometheusPaging {
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
        .flatMap((r) => pagerRoutes(r, { ...alert.labels, severity: s, alertname: alert.name })),
    )
    .at(0);
  if (via) return { paging: true, via };
  return severity && template && template.outputs.length > 0
    ? { paging: false, unknown: severity }
    : { paging: false };
}
