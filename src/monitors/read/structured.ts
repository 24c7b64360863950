import { LineCounter, parseAllDocuments, parseDocument } from 'yaml';
import type { Document } from 'yaml';
import type { Finding } from '../../findings.js';
import { locate } from '../../yaml/source.js';
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
    const message = error instanceof Error ? error.message : String(error);
    const offset = /at position (\d+)/.exec(message);
    const at = offset ? posAt(body, Number(offset[1])) : { line: 1, column: 1 };
    return {
      docs: [],
      errors: [
        {
          ruleId: RULE,
          severity: 'error',
          message: `not valid JSON: ${message.replace(/ in JSON at position \d+.*$/, '')}`,
          file,
          ...at,
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
  const lineCounter = new LineCounter();
  const parsed = parseAllDocuments(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const all: Document.Parsed[] = Array.isArray(parsed) ? parsed : [];
  const errors: Finding[] = [];
  for (const doc of all) {
    for (const e of doc.errors) {
      const at = lineCounter.linePos(e.pos[0]);
      errors.push({
        ruleId: RULE,
        severity: 'error',
        message: `not valid YAML: ${e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`,
        file,
        line: at.line,
        column: at.col,
      });
    }
  }
  if (errors.length > 0) return { docs: [], errors };
  return {
    docs: all
      .filter((doc) => doc.contents !== null)
      .map((doc) => structuredDoc({ path: file, doc, lineCounter })),
    errors: [],
  };
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

function posAt(text: string, offset: number): Pos {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}
