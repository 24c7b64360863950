import type { Finding } from '../../findings.js';
import type { Pos } from '../types.js';
import { readYaml } from './structured.js';
import type { StructuredDoc, StructuredFile } from './structured.js';
import { getIn, isRecord } from './values.js';

/**
 * Files kept in a Kubernetes object as the pod that mounts them sees them: Prometheus rule files and
 * Alertmanager configurations in a ConfigMap (`data: { ledger.rules.yml: | … }`), or in the Secret
 * prometheus-operator reads its Alertmanager configuration from (`stringData`, or base64 `data`). Each
 * embedded file is read as YAML, its positions moved to the lines and columns of the manifest.
 */
export function embeddedFiles(doc: StructuredDoc, text: string, file: string): StructuredFile[] {
  const kind = getIn(doc.value, ['kind']);
  const sections: readonly (readonly [string, 'text' | 'base64'])[] =
    kind === 'ConfigMap'
      ? [['data', 'text']]
      : kind === 'Secret'
        ? [
            ['stringData', 'text'],
            ['data', 'base64'],
          ]
        : [];
  const lines = text.split(/\r?\n/);
  return sections.flatMap(([section, encoding]) => {
    const data = getIn(doc.value, [section]);
    if (!isRecord(data)) return [];
    return Object.entries(data).flatMap(([key, value]) => {
      const body = typeof value === 'string' ? decode(value, encoding) : undefined;
      if (body === undefined || !EMBEDDED_FILE.test(body)) return [];
      const at = doc.at([section, key]);
      // A base64 value has no lines of its own: everything in it is placed at the value.
      const move = encoding === 'text' ? placement(at, lines) : () => at;
      return [moved(readYaml(body, file), move)];
    });
  });
}

// The top-level keys of a Prometheus rule file (`groups:`) and of an Alertmanager configuration.
const EMBEDDED_FILE = /^(?:groups|route|receivers)\s*:/m;

function decode(value: string, encoding: 'text' | 'base64'): string | undefined {
  if (encoding === 'text') return value;
  const compact = value.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) return undefined;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(compact, 'base64'));
  } catch {
    return undefined; // binary data: no file of ours
  }
}

function moved(inner: StructuredFile, move: (p: Pos) => Pos): StructuredFile {
  return {
    errors: inner.errors.map((e): Finding => {
      const at = move({ line: e.line ?? 1, column: e.column ?? 1 });
      return { ...e, line: at.line, column: at.column };
    }),
    docs: inner.docs.map((d) => ({
      value: d.value,
      at: (path, isKey) => move(d.at(path, isKey)),
      lines: (path) => {
        const span = d.lines(path);
        return {
          start: move({ line: span.start, column: 1 }).line,
          end: move({ line: span.end, column: 1 }).line,
        };
      },
    })),
  };
}

/**
 * A literal block scalar (`key: |`) holds the file's lines as they are, indented: line n of the file is
 * the n-th line after the indicator. Any other scalar style has no such mapping: its own position is used.
 */
function placement(at: Pos, lines: readonly string[]): (p: Pos) => Pos {
  const indicator = lines[at.line - 1]?.slice(at.column - 1) ?? '';
  if (!/^\|[0-9+-]*\s*(?:#.*)?$/.test(indicator)) return () => at;
  const first = lines.slice(at.line).find((l) => l.trim() !== '') ?? '';
  const indent = /^ */.exec(first)![0].length;
  return (p) => ({ line: at.line + p.line, column: p.column + indent });
}
