import { Minimatch } from 'minimatch';
import type { Finding } from '../../findings.js';
import type { RepoFiles } from '../../repo/types.js';
import type { MonitorsConfig } from '../config.js';
import type { Monitor } from '../types.js';
import { isAlertmanagerShape, readAlertmanagerDoc } from './alertmanager.js';
import type { AlertmanagerRouting } from './alertmanager.js';
import { embeddedFiles } from './embedded.js';
import { looksLikeDatadog, readDatadogDoc } from './datadog.js';
import { grafanaRouting, isGrafanaAlerting, readGrafanaDoc } from './grafana.js';
import type { GrafanaRead } from './grafana.js';
import { prometheusGroupsPath, readPrometheusDoc } from './prometheus.js';
import { readJson, readYaml } from './structured.js';
import type { StructuredDoc, StructuredFile } from './structured.js';
import { getIn } from './values.js';
import { terraformJsonMonitors } from './terraform-json.js';
import { readTerraform } from './terraform.js';

export interface ReadMonitors {
  monitors: Monitor[];
  /** Syntax errors, malformed entries and files of no known shape. */
  findings: Finding[];
  /** Monitor files found under `monitors.paths` (with a known extension). */
  files: string[];
  /** Alertmanager configurations and Grafana notification policies among them: where they route alerts decides what pages too. */
  routing: AlertmanagerRouting[];
  /** Grafana contact points by name, across files: a Grafana rule that names one is routed there alone. */
  contactPoints: ReadonlyMap<string, GrafanaRead['contactPoints'][number]>;
}

const FORMATS: readonly [RegExp, 'json' | 'yaml' | 'terraform'][] = [
  [/\.json$/i, 'json'],
  [/\.ya?ml$/i, 'yaml'],
  [/\.tf$/i, 'terraform'],
];

/** Every monitor defined in the files under `monitors.paths`, in path order. */
export async function readMonitors(
  files: RepoFiles,
  config: MonitorsConfig,
): Promise<ReadMonitors> {
  const matchers = config.paths.map((g) => new Minimatch(g.replace(/^\.\//, ''), { dot: true }));
  const out: ReadMonitors = {
    monitors: [],
    findings: [],
    files: [],
    routing: [],
    contactPoints: new Map(),
  };
  const grafana: Pick<GrafanaRead, 'contactPoints' | 'policies'> = {
    contactPoints: [],
    policies: [],
  };
  const jsonnet: string[] = [];
  for (const path of await files.list()) {
    const format = FORMATS.find(([re]) => re.test(path))?.[1];
    if (!matchers.some((m) => m.match(path))) continue;
    if (!format && /\.(?:jsonnet|libsonnet)$/i.test(path)) jsonnet.push(path);
    if (!format) continue;
    const text = await files.read(path);
    if (text === undefined) continue; // skipped files are reported by the repository reader's notices
    out.files.push(path);
    const read =
      format === 'terraform'
        ? await readTerraform(text, path, (p) => files.read(p))
        : readStructured(
            format === 'json' ? readJson(text, path) : readYaml(text, path),
            text,
            path,
            config,
            grafana,
          );
    out.monitors.push(...read.monitors);
    out.findings.push(...read.findings);
    if ('routing' in read) out.routing.push(...read.routing);
  }
  // Mixins keep their rules in jsonnet: only what they render is a rule file.
  if (jsonnet.length > 0) {
    out.findings.push({
      ruleId: 'monitors/unknown-shape',
      severity: 'notice',
      message: `${jsonnet.length} jsonnet ${jsonnet.length === 1 ? 'file' : 'files'} under monitors.paths ${jsonnet.length === 1 ? 'is' : 'are'} not read (${jsonnet[0]}${jsonnet.length > 1 ? ', …' : ''}): their rules are checked once rendered (jsonnet -J vendor -m …) and the output committed under monitors.paths`,
      file: jsonnet[0]!,
      line: 1,
      column: 1,
    });
  }
  out.routing.push(...grafanaRouting(grafana.policies, grafana.contactPoints, out.findings));
  out.contactPoints = new Map(grafana.contactPoints.map((c) => [c.name, c]));
  return out;
}

/** The objects of a Kubernetes `List` (`kubectl get … -o yaml`), each with its own positions. */
function listItems(doc: StructuredDoc): StructuredDoc[] | undefined {
  const items = getIn(doc.value, ['items']);
  if (!/^(?:\w+)?List$/.test(String(getIn(doc.value, ['kind']))) || !Array.isArray(items)) {
    return undefined;
  }
  return items.map((_: unknown, i) => below(doc, ['items', i]));
}

/** A part of a view of `doc` below `base`: what a file of its own would hold there. */
function below(doc: StructuredDoc, base: (string | number)[]): StructuredDoc {
  return {
    value: getIn(doc.value, base),
    at: (p, key) => doc.at([...base, ...p], key),
    lines: (p) => doc.lines([...base, ...p]),
  };
}

type ValuesPart =
  { kind: 'alertmanager'; doc: StructuredDoc } | { kind: 'rules'; groups: (string | number)[] };

/**
 * kube-prometheus-stack's Helm values: the Alertmanager configuration under `alertmanager.config` and rule
 * groups under `additionalPrometheusRulesMap.<name>.groups`, as the chart passes them on.
 */
function helmValues(doc: StructuredDoc): ValuesPart[] {
  const parts: ValuesPart[] = [];
  const alertmanager = below(doc, ['alertmanager', 'config']);
  if (isAlertmanagerShape(alertmanager.value))
    parts.push({ kind: 'alertmanager', doc: alertmanager });
  const rules = getIn(doc.value, ['additionalPrometheusRulesMap']);
  if (rules !== null && typeof rules === 'object' && !Array.isArray(rules)) {
    for (const name of Object.keys(rules)) {
      if (Array.isArray(getIn(rules, [name, 'groups']))) {
        parts.push({ kind: 'rules', groups: ['additionalPrometheusRulesMap', name, 'groups'] });
      }
    }
  }
  return parts;
}

function readStructured(
  parsed: StructuredFile,
  text: string,
  path: string,
  config: MonitorsConfig,
  grafana: Pick<GrafanaRead, 'contactPoints' | 'policies'>,
): { monitors: Monitor[]; findings: Finding[]; routing: AlertmanagerRouting[] } {
  const monitors: Monitor[] = [];
  const findings: Finding[] = [...parsed.errors];
  const routing: AlertmanagerRouting[] = [];
  for (const doc of parsed.docs) {
    const items = listItems(doc);
    if (items) {
      const read = readStructured({ docs: items, errors: [] }, text, path, config, grafana);
      monitors.push(...read.monitors);
      findings.push(...read.findings);
      routing.push(...read.routing);
      continue;
    }
    if (isAlertmanagerShape(doc.value)) {
      const read = readAlertmanagerDoc(doc, path);
      routing.push(read.routing);
      findings.push(...read.findings);
      continue;
    }
    const embedded = embeddedFiles(doc, text, path);
    if (embedded.length > 0) {
      for (const inner of embedded) {
        const read = readStructured(inner, text, path, config, grafana);
        monitors.push(...read.monitors);
        findings.push(...read.findings);
        routing.push(...read.routing);
      }
      continue;
    }
    if (isGrafanaAlerting(doc.value)) {
      const read = readGrafanaDoc(doc, path, config.runbookAnnotations);
      monitors.push(...read.monitors);
      findings.push(...read.findings);
      grafana.contactPoints.push(...read.contactPoints);
      grafana.policies.push(...read.policies);
      continue;
    }
    const values = helmValues(doc);
    if (values.length > 0) {
      for (const part of values) {
        if (part.kind === 'alertmanager') {
          const read = readAlertmanagerDoc(part.doc, path);
          routing.push(read.routing);
          findings.push(...read.findings);
        } else {
          const read = readPrometheusDoc(doc, path, part.groups, config.runbookAnnotations);
          monitors.push(...read.monitors);
          findings.push(...read.findings);
        }
      }
      continue;
    }
    const terraform = terraformJsonMonitors(doc);
    if (terraform) {
      const read = readDatadogDoc(terraform, path);
      monitors.push(...read.monitors);
      findings.push(...read.findings);
      continue;
    }
    const groups = prometheusGroupsPath(doc.value);
    const read = groups
      ? readPrometheusDoc(doc, path, groups, config.runbookAnnotations)
      : looksLikeDatadog(doc.value)
        ? readDatadogDoc(doc, path)
        : undefined;
    if (read) {
      monitors.push(...read.monitors);
      findings.push(...read.findings);
      continue;
    }
    findings.push({
      ruleId: 'monitors/unknown-shape',
      severity: 'notice',
      message:
        'not a monitor definition ops-steward reads (a Datadog monitor or array of monitors, a Prometheus rule file or a PrometheusRule): no monitor of it was checked',
      file: path,
      ...doc.at([]),
    });
  }
  return { monitors, findings, routing };
}
