import { posix } from 'node:path';
import type { SyntaxNode, Tree } from '@lezer/common';
import type { Finding } from '../../findings.js';
import type { DatadogMonitor, LocatedText, Pos } from '../types.js';
import { joinMessages, readDatadogDoc } from './datadog.js';
import { readJson } from './structured.js';
import type { StructuredDoc } from './structured.js';

/**
 * Terraform `resource "datadog_monitor" "…"` blocks, read with a real HCL grammar (Lezer's, through
 * codemirror-lang-hcl) so comments, heredocs and nested blocks are what HCL says they are. Values that are
 * expressions (`var.message`, `join(…)`) are kept as their source and marked dynamic: they are never guessed.
 */

/** Alerting resources that page but are not read here, and where their kind is read instead. */
const UNREAD: ReadonlyMap<string, string> = new Map([
  ['grafana_rule_group', ' (Grafana rule groups are read from provisioning files)'],
  ['datadog_synthetics_test', ''],
]);

type HclParser = { parse(text: string): Tree };
let parserPromise: Promise<HclParser> | undefined;

/** Loaded on first use: most repositories have no Terraform, and the grammar is not needed to read the rest. */
function hclParser(): Promise<HclParser> {
  return (parserPromise ??= import('codemirror-lang-hcl').then((m) => m.hclLanguage.parser));
}

export async function readTerraform(
  text: string,
  file: string,
  /** Reads a file of the repository: the templates `templatefile(…)` renders a message from. */
  read: (path: string) => Promise<string | undefined> = () => Promise.resolve(undefined),
): Promise<{ monitors: DatadogMonitor[]; findings: Finding[] }> {
  // A file that names none of these resources defines none: the grammar (about 10 ms per KB of strings) is not run.
  if (!/datadog_monitor|grafana_rule_group|datadog_synthetics_test/.test(text)) {
    return { monitors: [], findings: [] };
  }
  const source = new HclSource(text, file);
  const tree = (await hclParser()).parse(text);
  const error = firstError(tree);
  if (error) {
    const snippet = text
      .slice(error.from, Math.max(error.to, error.from + 1))
      .split('\n')[0]!
      .trim();
    return {
      monitors: [],
      findings: [
        {
          ruleId: 'monitors/parse-error',
          severity: 'error',
          message: `not valid HCL: ${snippet ? `unexpected "${snippet.slice(0, 40)}"` : 'unexpected end of file'}; no monitor of this file was read`,
          file,
          ...source.pos(error.from),
        },
      ],
    };
  }
  const monitors: DatadogMonitor[] = [];
  const findings: Finding[] = [];
  const body = tree.topNode.getChild('Body');
  for (const block of body?.getChildren('Block') ?? []) {
    const labels = block.getChildren('BlockLabel').map((l) => source.labelText(l));
    if (source.text(block.getChild('BlockType')) !== 'resource') continue;
    if (labels[0] === 'datadog_monitor_json') {
      const read = jsonResource(source, block, labels[1] ?? '?', file);
      monitors.push(...read.monitors);
      findings.push(...read.findings);
      continue;
    }
    const unread = UNREAD.get(labels[0] ?? '');
    if (unread !== undefined) {
      findings.push({
        ruleId: 'monitors/unknown-shape',
        severity: 'notice',
        message: `resource "${labels[0]}" "${labels[1] ?? '?'}" is not read: its alerts are not checked for a runbook${unread}`,
        file,
        ...source.pos(block.from),
      });
      continue;
    }
    if (labels[0] !== 'datadog_monitor') continue;
    const attrs = source.attributes(block.getChild('Body'));
    const str = (key: string): LocatedText | undefined => {
      const value = attrs.get(key);
      return value ? source.stringValue(value) : undefined;
    };
    const name = str('name');
    const messageExpr = attrs.get('message');
    const message = messageExpr
      ? ((await templateFile(source, messageExpr, file, read, findings)) ?? str('message'))
      : undefined;
    monitors.push({
      source: 'datadog',
      file,
      at: source.pos(block.from),
      lines: { start: source.pos(block.from).line, end: source.pos(block.to).line },
      name:
        name && name.dynamic !== 'whole' && name.text !== ''
          ? name.text
          : `datadog_monitor.${labels[1] ?? '?'}`,
      message: joinMessages(
        message && message.text.trim() !== '' ? message : undefined,
        str('escalation_message'),
      ),
      hasWarningThreshold: source.hasWarningThreshold(block.getChild('Body'), attrs),
    });
  }
  return { monitors, findings };
}

/**
 * A message rendered by `templatefile("${path.module}/messages/x.tftpl", { pager = "@pagerduty-x" })`: the
 * template read from the repository, its `${name}` replaced by the literal values given for them; whatever
 * else it interpolates keeps the message partly dynamic. Undefined when it is no such call.
 */
async function templateFile(
  source: HclSource,
  expression: SyntaxNode,
  file: string,
  read: (path: string) => Promise<string | undefined>,
  findings: Finding[],
): Promise<LocatedText | undefined> {
  const call = expression.firstChild?.name === 'FunctionCall' ? expression.firstChild : null;
  if (!call || source.text(call.getChild('FunctionName')) !== 'templatefile') return undefined;
  const [pathArg, varsArg] = call.getChild('FunctionArguments')?.getChildren('Expression') ?? [];
  if (!pathArg) return undefined;
  const at = source.pos(expression.from);
  const dir = posix.dirname(file);
  const written = source.stringValue(pathArg).text;
  const relative = written.replace(/\$\{\s*path\.module\s*\}/g, dir);
  // Anything else in the path (`${var.dir}`, path.root) is only known to Terraform.
  if (/\$\{/.test(relative)) return undefined;
  const target = posix.normalize(relative.startsWith('/') ? relative.slice(1) : relative);
  const template = target.startsWith('../') ? undefined : await read(target);
  if (template === undefined) {
    findings.push({
      ruleId: 'monitors/invalid-monitor',
      severity: 'warning',
      message: `the message template ${target} that templatefile(…) renders is not in this repository: its handles and links are not read`,
      file,
      ...at,
    });
    return { text: source.text(expression), at, dynamic: 'whole' };
  }
  const vars = varsArg ? source.literalStrings(varsArg) : new Map<string, string>();
  let dynamic = false;
  const text = template
    .replace(/(\$?)\$\{~?\s*([A-Za-z_][\w-]*)\s*~?\}/g, (whole, escaped: string, name: string) => {
      if (escaped) return whole;
      const value = vars.get(name);
      if (value === undefined) dynamic = true;
      return value ?? whole;
    })
    .replace(/\$\$\{/g, '${')
    .replace(/%%\{/g, '%{');
  if (/(?<![$%])[$%]\{/.test(text)) dynamic = true;
  return dynamic ? { text, at, dynamic: 'partial' } : { text, at };
}

/**
 * `resource "datadog_monitor_json"`: its `monitor` is the monitor as the API's JSON, in a heredoc or a
 * string (read as JSON, at its lines in the .tf file) or built by `jsonencode({ … })` (read from the HCL
 * object). Anything else (`file(…)`, a variable) is only known to Terraform: a notice says it is not read.
 */
function jsonResource(
  source: HclSource,
  block: SyntaxNode,
  label: string,
  file: string,
): { monitors: DatadogMonitor[]; findings: Finding[] } {
  const blockAt = source.pos(block.from);
  const lines = { start: blockAt.line, end: source.pos(block.to).line };
  const expression = source.attributes(block.getChild('Body')).get('monitor');
  const doc = expression ? monitorDoc(source, expression, lines) : undefined;
  if (!doc || 'dynamic' in doc) {
    const at = expression ? source.pos(expression.from) : blockAt;
    return {
      monitors: [],
      findings: [
        {
          ruleId: 'monitors/dynamic-value',
          severity: 'notice',
          message: `the monitor of datadog_monitor_json.${label} is ${expression ? `the expression ${source.text(expression).slice(0, 60)}` : 'not given'}: only Terraform knows it, so it is not checked`,
          file,
          ...at,
        },
      ],
    };
  }
  if ('errors' in doc) return { monitors: [], findings: doc.errors };
  const read = readDatadogDoc(doc, file);
  return {
    monitors: read.monitors.map((m) => ({ ...m, lines })),
    findings: read.findings,
  };
}

function monitorDoc(
  source: HclSource,
  expression: SyntaxNode,
  lines: { start: number; end: number },
): StructuredDoc | { errors: Finding[] } | { dynamic: true } {
  const call = expression.firstChild?.name === 'FunctionCall' ? expression.firstChild : null;
  if (call && source.text(call.getChild('FunctionName')) === 'jsonencode') {
    const arg = call.getChild('FunctionArguments')?.getChild('Expression');
    const value = arg ? source.hclValue(arg) : undefined;
    if (!value) return { dynamic: true };
    return {
      value: value.value,
      at: (path) => nearest(value.at, path) ?? source.pos(expression.from),
      lines: () => lines,
    };
  }
  const text = source.stringValue(expression);
  if (text.dynamic) return { dynamic: true };
  const parsed = readJson(text.text, source.path);
  // Line n of the JSON is line n of the heredoc's body: placed by what the body's lines kept of the file's.
  const move = source.heredocPlacement(expression, text.text);
  if (parsed.errors.length > 0) {
    return {
      errors: parsed.errors.map((e) => ({
        ...e,
        ...move({ line: e.line ?? 1, column: e.column ?? 1 }),
      })),
    };
  }
  const inner = parsed.docs[0]!;
  return { value: inner.value, at: (path, key) => move(inner.at(path, key)), lines: () => lines };
}

/** The position recorded for `path`, else for its nearest ancestor. */
function nearest(
  at: ReadonlyMap<string, Pos>,
  path: readonly (string | number)[],
): Pos | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const found = at.get(JSON.stringify(path.slice(0, depth)));
    if (found) return found;
  }
  return undefined;
}

function firstError(tree: Tree): { from: number; to: number } | undefined {
  let found: { from: number; to: number } | undefined;
  tree.iterate({
    enter: (node) => {
      if (found) return false;
      if (node.type.isError) {
        found = { from: node.from, to: node.to };
        return false;
      }
      return undefined;
    },
  });
  return found;
}

const ESCAPES: Readonly<Record<string, string>> = {
  n: '\n',
  r: '\r',
  t: '\t',
  '"': '"',
  '\\': '\\',
};

class HclSource {
  private readonly lineStarts: number[] = [0];

  constructor(
    private readonly source: string,
    readonly path: string,
  ) {
    for (let i = 0; i < source.length; i++) if (source[i] === '\n') this.lineStarts.push(i + 1);
  }

  pos(offset: number): Pos {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.lineStarts[lo]! + 1 };
  }

  text(node: SyntaxNode | null): string {
    return node ? this.source.slice(node.from, node.to) : '';
  }

  labelText(label: SyntaxNode): string {
    const lit = label.getChild('StringLit');
    return lit ? this.quoted(lit).text : this.text(label);
  }

  /** `name = expression` of a body, by name; a repeated name is HCL's error, the last one is kept. */
  attributes(body: SyntaxNode | null): Map<string, SyntaxNode> {
    const out = new Map<string, SyntaxNode>();
    for (const attr of body?.getChildren('Attribute') ?? []) {
      const value = attr.getChild('Expression');
      if (value) out.set(this.text(attr.getChild('Identifier')), value);
    }
    return out;
  }

  /** The string an expression evaluates to, as far as it can be known without Terraform's variables. */
  stringValue(expression: SyntaxNode): LocatedText {
    const at = this.pos(expression.from);
    const inner = expression.firstChild;
    const lit = inner?.name === 'LiteralValue' ? inner.firstChild : null;
    if (lit?.name === 'StringLit') return { ...this.quoted(lit), at };
    if (lit?.name === 'NumericLit' || lit?.name === 'BoolLit') return { text: this.text(lit), at };
    const template = inner?.name === 'TemplateExpr' ? inner.firstChild : null;
    if (template?.name === 'QuotedTemplate') return { ...this.quoted(template), at };
    if (template?.name === 'HeredocTemplate') return { ...this.heredoc(template), at };
    return { text: this.text(expression), at, dynamic: 'whole' };
  }

  /** A quoted template: escapes decoded, interpolations kept as written. */
  private quoted(node: SyntaxNode): { text: string; dynamic?: 'partial' } {
    let text = '';
    let dynamic = false;
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.name === 'QuotedTemplateStart' || child.name === 'QuotedTemplateEnd') continue;
      if (child.name === 'TemplateLiteral') {
        text += unescapeTemplate(
          this.text(child).replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g, (m, e: string) =>
            e.length > 1 ? String.fromCodePoint(parseInt(e.slice(1), 16)) : (ESCAPES[e] ?? m),
          ),
        );
      } else {
        text += this.text(child);
        dynamic = true;
      }
    }
    return dynamic ? { text, dynamic: 'partial' } : { text };
  }

  /** `<<EOT` / `<<-EOT`: the lines between the markers; the `-` form drops their common indentation. */
  private heredoc(node: SyntaxNode): { text: string; dynamic?: 'partial' } {
    const markers = node.getChildren('HeredocIdentifier');
    const open = markers[0];
    const close = markers[markers.length - 1];
    if (!open || !close || open === close) return { text: '' };
    const afterOpen = this.source.indexOf('\n', open.to);
    const start = afterOpen === -1 ? open.to : afterOpen + 1;
    const end = this.source.lastIndexOf('\n', close.to - 1);
    let lines = start <= end ? this.source.slice(start, end).replace(/\r$/, '').split(/\r?\n/) : [];
    if (this.text(node.getChild('HeredocStart')).startsWith('<<-')) {
      const indents = lines.filter((l) => l.trim() !== '').map((l) => /^[ \t]*/.exec(l)![0].length);
      const cut = indents.length > 0 ? Math.min(...indents) : 0;
      lines = lines.map((l) => l.slice(Math.min(cut, /^[ \t]*/.exec(l)![0].length)));
    }
    const dynamic = node.getChild('TemplateInterpolation') ?? node.getChild('TemplateDirective');
    const text = unescapeTemplate(lines.map((l) => `${l}\n`).join(''));
    return dynamic ? { text, dynamic: 'partial' } : { text };
  }

  /**
   * An HCL literal (strings, numbers, bools, objects, tuples) as a JSON value, with the position of each
   * path; undefined when any part of it is an expression only Terraform can evaluate.
   */
  hclValue(
    expression: SyntaxNode,
    path: (string | number)[] = [],
    at: Map<string, Pos> = new Map(),
  ): { value: unknown; at: Map<string, Pos> } | undefined {
    at.set(JSON.stringify(path), this.pos(expression.from));
    const collection =
      expression.firstChild?.name === 'CollectionValue' ? expression.firstChild : null;
    const object = collection?.getChild('Object');
    if (object) {
      const value: Record<string, unknown> = {};
      for (const el of object.getChildren('ObjectElem')) {
        const key = this.text(el.getChild('ObjectKey')).replace(/^"|"$/g, '');
        const inner = el.getChild('Expression');
        const read = inner ? this.hclValue(inner, [...path, key], at) : undefined;
        if (!read) return undefined;
        value[key] = read.value;
      }
      return { value, at };
    }
    const tuple = collection?.getChild('Tuple');
    if (tuple) {
      const value: unknown[] = [];
      for (const [i, inner] of tuple.getChildren('Expression').entries()) {
        const read = this.hclValue(inner, [...path, i], at);
        if (!read) return undefined;
        value.push(read.value);
      }
      return { value, at };
    }
    const text = this.stringValue(expression);
    if (text.dynamic) return undefined;
    const lit = expression.firstChild?.firstChild;
    if (lit?.name === 'NumericLit') return { value: Number(text.text), at };
    if (lit?.name === 'BoolLit') return { value: text.text === 'true', at };
    return { value: text.text, at };
  }

  /** The keys of an HCL object whose values are plain strings (or numbers), and those values. */
  literalStrings(expression: SyntaxNode): Map<string, string> {
    const out = new Map<string, string>();
    const object = expression.firstChild?.getChild('Object');
    for (const el of object?.getChildren('ObjectElem') ?? []) {
      const key = this.text(el.getChild('ObjectKey')).replace(/^"|"$/g, '');
      const inner = el.getChild('Expression');
      const value = inner ? this.stringValue(inner) : undefined;
      if (value && !value.dynamic) out.set(key, value.text);
    }
    return out;
  }

  /**
   * Where line n, column c of a heredoc's body (as `stringValue` gives it) is in the file: the n-th line
   * after the marker, shifted by what `<<-` cut from its start. A quoted string keeps no lines: its start.
   */
  heredocPlacement(expression: SyntaxNode, body: string): (p: Pos) => Pos {
    const start = this.pos(expression.from);
    if (!this.text(expression).startsWith('<<')) return () => start;
    const bodyLines = body.split('\n');
    return (p) => {
      const line = start.line + p.line;
      const from = this.lineStarts[line - 1];
      const to = this.lineStarts[line] ?? this.source.length + 1;
      const original = from === undefined ? '' : this.source.slice(from, to - 1).replace(/\r$/, '');
      const cut = Math.max(0, original.length - (bodyLines[p.line - 1]?.length ?? 0));
      return { line, column: p.column + cut };
    };
  }

  /** A `monitor_thresholds { warning = … }` block, or the older `thresholds = { warning = … }` map. */
  hasWarningThreshold(
    body: SyntaxNode | null,
    attrs: Map<string, SyntaxNode>,
  ): boolean | undefined {
    for (const block of body?.getChildren('Block') ?? []) {
      if (this.text(block.getChild('BlockType')) === 'monitor_thresholds') {
        return this.attributes(block.getChild('Body')).has('warning');
      }
    }
    if (body?.getChildren('Block').some((b) => this.text(b.getChild('BlockType')) === 'dynamic')) {
      return undefined;
    }
    const map = attrs.get('thresholds');
    if (!map) return false;
    const object =
      map.firstChild?.name === 'CollectionValue' ? map.firstChild.getChild('Object') : null;
    if (!object) return undefined;
    return object
      .getChildren('ObjectElem')
      .some((el) => this.text(el.getChild('ObjectKey')).replace(/^"|"$/g, '') === 'warning');
  }
}

/** `$${` and `%%{` are HCL's way of writing a literal `${` and `%{`. */
function unescapeTemplate(text: string): string {
  return text.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{');
}
