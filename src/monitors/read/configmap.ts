import type { Finding } from '../../findings.js';
import type { Pos } from '../types.js';
import { readYaml } from './structured.js';
import type { StructuredDoc, StructuredFile } from './structured.js';
import { getIn, isRecord } from './values.js';

/**
 * Prometheus rule files kept in a Kubernetes ConfigMap (`data: { ledger.rules.yml: | … }`), as a
 * Prometheus server mounts them: each embedded file read as YAML, its positions moved to the lines and
 * columns of the manifest.
 */
export function configMapRuleFiles(
  doc: StructuredDoc,
  text: string,
  file: string,
): StructuredFile[] {
  if (getIn(doc.value, ['kind']) !== 'ConfigMap') return [];
  const data = getIn(doc.value, ['data']);
  if (!isRecord(data)) return [];
  const lines = text.split(/\r?\n/);
  return Object.entries(data).flatMap(([key, value]) => {
    if (typeof value !== 'string' || !/^\s*groups\s*:/m.test(value)) return [];
    const move = placement(doc.at(['data', key]), lines);
    const inner = readYaml(value, file);
    return [
      {
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
      },
    ];
  });
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
