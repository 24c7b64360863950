import { jsonSyntaxError } from '../../core/json-error.js';
import { LineCounter, parseAllDocuments, parseDocument } from 'yaml';
import type { Document } from 'yaml';
import type { Finding } from '../../findings.js';
import { mergeProblems } from '../../yaml/merge.js';
import { aliasProblem, locate } from '../../yaml/source.js';
import type { YamlPath, YamlSource } from '../../yaml/source.js';
import type { LineSpan, Pos } from '../types.js';

/** One JSON or YAML document of a monitor file: its value, and the position of any path in it. */
export interface StructuredDoc {
  value: unknown;
  at(path: YamlPath, key?: boolean): Pos;
  lines(path: YamlPath): LineSpan;
}

export interface StructuredFile {
  docs: StructuredDoc[];
  /** Syntax errors, each with its line and column: the file's monitors are not read. */
  errors: Finding[];
}

const RULE = 'monitors/parse-error';

/**
 * JSON is checked by JSON.parse (so a trailing comma is the error it is in JSON), then read with the YAML
 * parser, a superset of JSON, for positions.
 */
export function readJson(text: string, file: string): StructuredFile {
  const body = text.replace(/^\uFEFF/, '');
  try {
    JSON.parse(body);
  } catch (error) {
    const { reason, line, column } = jsonSyntaxError(body, error);
    return {
      docs: [],
      errors: [
        {
          ruleId: RULE,
          severity: 'error',
          message: `not valid JSON: ${reason}`,
          file,
          line: line ?? 1,
          column: column ?? 1,
        },
      ],
    };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(body, { lineCounter });
  return { docs: [structuredDoc({ path: file, doc, lineCounter })], errors: [] };
}

/** Every document of a YAML file (Kubernetes manifests often hold several, separated by `---`). */
export function readYaml(text: string, file: string): StructuredFile {
  const template = templateAction(text);
  if (template) {
    return {
      docs: [],
      errors: [
        {
          ruleId: 'monitors/templated-file',
          severity: 'warning',
          message: `a Helm or Go template, not YAML (${template.action} at line ${template.line}): its monitors are not read; render it (helm template) and check the output, or quote the value if it is a Prometheus or Datadog template`,
          file,
          line: template.line,
          column: template.column,
        },
      ],
    };
  }
  const lineCounter = new LineCounter();
  // Prometheus and Alertmanager read YAML with Go's yaml package, which merges `<<: *anchor` keys.
  const parsed = parseAllDocuments(text, {
    lineCounter,
    uniqueKeys: true,
    prettyErrors: false,
    merge: true,
  });
  const all: Document.Parsed[] = Array.isArray(parsed) ? parsed : [];
  const problems = all.flatMap((doc) => {
    if (doc.errors.length > 0) return doc.errors;
    // What would only fail when the document is turned into data: a merge of no mapping, a missing anchor.
    const merges = mergeProblems(doc);
    if (merges.length > 0) return merges;
    const alias = aliasProblem(doc);
    return alias ? [alias] : [];
  });
  const first = problems[0];
  if (first) {
    // The errors after the first mostly follow from it: one finding, at the cause.
    const at = lineCounter.linePos(first.pos[0]);
    const more = problems.length - 1;
    const message = first.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    return {
      docs: [],
      errors: [
        {
          ruleId: RULE,
          severity: 'error',
          message: `not valid YAML: ${message}${more > 0 ? ` (and ${more} more ${more === 1 ? 'error' : 'errors'} after it)` : ''}`,
          file,
          line: at.line,
          column: at.col,
        },
      ],
    };
  }
  return {
    docs: all
      .filter((doc) => doc.contents !== null)
      .map((doc) => structuredDoc({ path: file, doc, lineCounter })),
    errors: [],
  };
}

// `{{` where a YAML value or line starts: YAML would read a flow mapping, a template engine an action.
const ACTION_AT_NODE =
  /^(\s*(?:-\s+)*(?:(?:"[^"\n]*"|'[^'\n]*'|[^\s#'"{-][^#:\n]*?)\s*:\s+)?)(\{\{-?[^\n]*?\}\})/;
const BLOCK_SCALAR = /(?:^|[:-]\s)\s*[|>][0-9+-]*\s*(?:#.*)?$/;
// `key: text` (no anchor, tag, block or flow indicator): a line indented past the key continues its value.
const SCALAR_VALUE =
  /^(\s*(?:-\s+)*)(?:"[^"\n]*"|'[^'\n]*'|[^\s#'"{-][^#:\n]*?)\s*:\s+[^\s&!|>#{[]/;

/**
 * The first template action (`{{ .Values.x }}`, `{{- if … }}`) written where YAML expects a value: the
 * file is a Helm chart template or the like, not YAML. Actions inside block scalars (`description: |`)
 * and quoted or plain values (`summary: Pod {{ $labels.pod }}`) are Prometheus's own templates.
 */
function templateAction(
  text: string,
): { line: number; column: number; action: string } | undefined {
  if (!text.includes('{{')) return undefined;
  const lines = text.split(/\r?\n/);
  let blockIndent: number | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const indent = /^ */.exec(line)![0].length;
    if (blockIndent !== undefined) {
      if (line.trim() === '' || indent > blockIndent) continue;
      blockIndent = undefined;
    }
    const m = ACTION_AT_NODE.exec(line);
    if (m) return { line: i + 1, column: m[1]!.length + 1, action: m[2]! };
    if (BLOCK_SCALAR.test(line)) blockIndent = indent;
    else {
      // A multi-line plain or quoted value (`summary: Pod` then `  {{ $labels.pod }} is down`).
      const key = SCALAR_VALUE.exec(line);
      if (key) blockIndent = key[1]!.length;
    }
  }
  return undefined;
}

function structuredDoc(source: YamlSource): StructuredDoc {
  return {
    value: source.doc.toJS({ maxAliasCount: 100 }) as unknown,
    at: (path, key = false) => {
      const span = locate(source, path, key);
      return { line: span.line, column: span.column };
    },
    lines: (path) => {
      const span = locate(source, path);
      // A block node's range ends at the start of the line after it.
      const end =
        span.endColumn === 1 && span.endLine > span.line ? span.endLine - 1 : span.endLine;
      return { start: span.line, end };
    },
  };
}
