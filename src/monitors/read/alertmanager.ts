import { RE2JS } from 're2js';
import type { Finding } from '../../findings.js';
import type { LineSpan, Pos } from '../types.js';
import type { StructuredDoc } from './structured.js';
import { getIn, isRecord } from './values.js';

/**
 * An Alertmanager configuration (`route:` and `receivers:`), or prometheus-operator's `AlertmanagerConfig`
 * resource (the same under `spec`, in camelCase): where it sends an alert with given labels, and which of
 * those receivers page a person (PagerDuty, Opsgenie, VictorOps). The namespace matcher the operator adds
 * to a resource's routes is not in the file and not applied: labels of the series are unknown anyway.
 */

type Op = '=' | '!=' | '=~' | '!~';

interface Matcher {
  label: string;
  op: Op;
  /** For `=~` and `!~`, anchored as Alertmanager anchors them. */
  test: (value: string) => boolean;
}

export interface RouteNode {
  at: Pos;
  lines: LineSpan;
  /** Its own lines, before its child routes: what a change to it as a parent touches. */
  head: LineSpan;
  receiver: string | undefined;
  matchers: Matcher[];
  continue: boolean;
  routes: RouteNode[];
}

export interface AlertmanagerRouting {
  file: string;
  /** An AlertmanagerConfig resource routes only the alerts of its namespace. */
  namespace?: string;
  /** Grafana's notification policies: they route Grafana-managed rules, and only those. */
  grafana?: true;
  root: RouteNode;
  /** Receivers that page a person, and their lines. */
  pagers: ReadonlyMap<string, LineSpan>;
}

/** A receiver reached for an alert, and the route that sends it there. */
export interface PagerRoute {
  file: string;
  line: number;
  receiver: string;
  /** The alert names the receiver itself (a Grafana rule's contact point): `file:line` is the receiver's. */
  direct?: true;
  /** The lines whose change changes this verdict: the route, its parents' own lines, the receiver. */
  decidedBy: LineSpan[];
}

const PAGER_CONFIGS = [
  'pagerduty_configs',
  'opsgenie_configs',
  'victorops_configs',
  'pagerdutyConfigs',
  'opsgenieConfigs',
  'victoropsConfigs',
];

/** Where the configuration sits in the document: at its top, or under `spec` of an AlertmanagerConfig. */
function basePath(value: unknown): string[] | undefined {
  const at = getIn(value, ['kind']) === 'AlertmanagerConfig' ? ['spec'] : [];
  const config = getIn(value, at);
  return isRecord(config) && isRecord(config.route) && Array.isArray(config.receivers)
    ? at
    : undefined;
}

export function isAlertmanagerShape(value: unknown): boolean {
  return basePath(value) !== undefined;
}

export function readAlertmanagerDoc(
  doc: StructuredDoc,
  file: string,
): { routing: AlertmanagerRouting; findings: Finding[] } {
  const findings: Finding[] = [];
  const base = basePath(doc.value) ?? [];
  const pagers = new Map<string, LineSpan>();
  ((getIn(doc.value, [...base, 'receivers']) as unknown[]) ?? []).forEach((receiver, i) => {
    const name = getIn(receiver, ['name']);
    if (typeof name !== 'string') return;
    const pages = PAGER_CONFIGS.some((key) => {
      const configs = getIn(receiver, [key]);
      return Array.isArray(configs) && configs.length > 0;
    });
    if (pages) pagers.set(name, doc.lines([...base, 'receivers', i]));
  });
  const namespace = base.length > 0 ? getIn(doc.value, ['metadata', 'namespace']) : undefined;
  const root = routeTree(doc, [...base, 'route'], file, findings);
  return {
    routing:
      typeof namespace === 'string' ? { file, namespace, root, pagers } : { file, root, pagers },
    findings,
  };
}

/**
 * A route and its child routes, each with its receiver (inherited where it names none) and matchers: the
 * shape of Alertmanager's `route:` and of Grafana's notification policies.
 */
export function routeTree(
  doc: StructuredDoc,
  at: (string | number)[],
  file: string,
  findings: Finding[],
): RouteNode {
  const route = (path: (string | number)[], inherited: string | undefined): RouteNode => {
    const value = getIn(doc.value, path);
    const receiver = getIn(value, ['receiver']);
    const own = typeof receiver === 'string' ? receiver : inherited;
    const children = getIn(value, ['routes']);
    const lines = doc.lines(path);
    const routes = Array.isArray(children)
      ? children.map((_, i) => route([...path, 'routes', i], own))
      : [];
    const firstChild = routes[0]?.lines.start;
    return {
      at: doc.at(path),
      lines,
      head: firstChild === undefined ? lines : { start: lines.start, end: firstChild - 1 },
      receiver: own,
      matchers: matchersOf(value, path, doc, file, findings),
      continue: getIn(value, ['continue']) === true,
      routes,
    };
  };
  return route(at, undefined);
}

/** The pager receivers Alertmanager sends an alert with these labels to (absent labels are empty). */
export function pagerRoutes(
  routing: AlertmanagerRouting,
  labels: Readonly<Record<string, string>>,
): PagerRoute[] {
  return reached(routing.root, labels, []).flatMap(({ node, parents }) => {
    const receiver = node.receiver === undefined ? undefined : routing.pagers.get(node.receiver);
    if (!receiver) return [];
    return [
      {
        file: routing.file,
        line: node.at.line,
        receiver: node.receiver!,
        decidedBy: [node.lines, ...parents.map((p) => p.head), receiver],
      },
    ];
  });
}

/** Alertmanager's dispatch: the first matching child (and the next ones after `continue: true`), else itself. */
function reached(
  node: RouteNode,
  labels: Readonly<Record<string, string>>,
  parents: readonly RouteNode[],
): { node: RouteNode; parents: readonly RouteNode[] }[] {
  // The root route matches every alert (Alertmanager allows it no matchers).
  const root = parents.length === 0;
  if (!root && !node.matchers.every((m) => matches(m, labels[m.label] ?? ''))) return [];
  const out: { node: RouteNode; parents: readonly RouteNode[] }[] = [];
  for (const child of node.routes) {
    const found = reached(child, labels, [...parents, node]);
    out.push(...found);
    if (found.length > 0 && !child.continue) break;
  }
  return out.length > 0 ? out : [{ node, parents }];
}

function matches(m: Matcher, value: string): boolean {
  return m.op === '!=' || m.op === '!~' ? !m.test(value) : m.test(value);
}

const MATCHER =
  /^\s*([A-Za-z_][\w]*|"[^"]*")\s*(=~|!~|!=|=)\s*(?:"((?:[^"\\]|\\.)*)"|([^\s",}]*))\s*$/;

/** `matchers: ['severity=~"P1|high"']`, and the older `match:` / `match_re:` maps. */
function matchersOf(
  route: unknown,
  path: (string | number)[],
  doc: StructuredDoc,
  file: string,
  findings: Finding[],
): Matcher[] {
  const out: Matcher[] = [];
  const add = (label: string, op: Op, value: string, at: (string | number)[]): void => {
    const test = op === '=~' || op === '!~' ? goAnchored(value) : (v: string) => v === value;
    if (typeof test === 'function') {
      out.push({ label, op, test });
      return;
    }
    findings.push({
      ruleId: 'monitors/invalid-monitor',
      severity: 'warning',
      message: `Alertmanager refuses to load this configuration: ${JSON.stringify(value)} is not a Go regular expression (${test.error}); this route is taken to match nothing`,
      file,
      ...doc.at(at),
    });
    out.push({ label, op, test: () => false });
  };
  const listed = getIn(route, ['matchers']);
  if (Array.isArray(listed)) {
    listed.forEach((item, i) => {
      const at = [...path, 'matchers', i];
      if (isRecord(item)) {
        // AlertmanagerConfig: { name, value, matchType } (or the older `regex: true`).
        const op = item.matchType ?? (item.regex === true ? '=~' : '=');
        if (typeof item.name === 'string' && ['=', '!=', '=~', '!~'].includes(String(op))) {
          add(item.name, op as Op, String(item.value ?? ''), [...at, 'value']);
          return;
        }
      }
      const text = typeof item === 'string' ? item.replace(/^\s*\{|\}\s*$/g, '') : '';
      const m = MATCHER.exec(text);
      if (!m) {
        findings.push({
          ruleId: 'monitors/invalid-monitor',
          severity: 'warning',
          message: `${JSON.stringify(item)} is not an Alertmanager matcher (label="value", =~, != or !~): the route is taken to match nothing`,
          file,
          ...doc.at(at),
        });
        out.push({ label: '', op: '=', test: () => false });
        return;
      }
      const label = m[1]!.replace(/^"|"$/g, '');
      const value = m[3] !== undefined ? m[3].replace(/\\(.)/g, '$1') : m[4]!;
      add(label, m[2] as Op, value, at);
    });
  }
  // Grafana's notification policies: `object_matchers: [[label, op, value], …]`.
  const objects = getIn(route, ['object_matchers']);
  if (Array.isArray(objects)) {
    objects.forEach((item, i) => {
      const [label, op, value] = Array.isArray(item) ? (item as unknown[]) : [];
      if (typeof label === 'string' && ['=', '!=', '=~', '!~'].includes(String(op))) {
        add(label, op as Op, String(value ?? ''), [...path, 'object_matchers', i]);
        return;
      }
      findings.push({
        ruleId: 'monitors/invalid-monitor',
        severity: 'warning',
        message: `${JSON.stringify(item)} is not a matcher ([label, "=", value], =~, != or !~): the route is taken to match nothing`,
        file,
        ...doc.at([...path, 'object_matchers', i]),
      });
      out.push({ label: '', op: '=', test: () => false });
    });
  }
  for (const [key, op] of [
    ['match', '='],
    ['match_re', '=~'],
  ] as const) {
    const map = getIn(route, [key]);
    if (!isRecord(map)) continue;
    for (const [label, value] of Object.entries(map)) {
      add(label, op, String(value), [...path, key, label]);
    }
  }
  return out;
}

/**
 * A matcher's regular expression as Alertmanager compiles it: Go's regexp (RE2 syntax, through re2js, so
 * `(?i)`, `\z`, `[[:alpha:]]` and `\Q…\E` mean what they mean there and lookarounds are refused),
 * anchored as `^(?:…)$`.
 */
function goAnchored(source: string): ((value: string) => boolean) | { error: string } {
  try {
    const re = RE2JS.compile(`^(?:${source})$`);
    return (value) => re.matches(value);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return { error: why.replace(/^error parsing regexp: /, '') };
  }
}
