import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, YAMLParseError } from 'yaml';
import type { Document, Node, YAMLError } from 'yaml';
import type { Finding } from '../findings.js';
import { isMergeKey, mergeProblems, pairFor } from './merge.js';

/** A parsed YAML file that can point back at the line and column of any value or key. */
export interface YamlSource {
  path: string;
  doc: Document.Parsed;
  lineCounter: LineCounter;
}

export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export type YamlPath = readonly (string | number)[];

/**
 * A LineCounter for `text` whose columns on the first line do not count a byte order mark: the
 * contents API hands a file saved with one back with U+FEFF first, and no editor or annotation
 * counts it. Offsets are unchanged (edits of the text keep the mark).
 */
export function lineCounterFor(text: string): LineCounter {
  const counter = new LineCounter();
  if (text.charCodeAt(0) !== 0xfeff) return counter;
  const linePos = counter.linePos;
  counter.linePos = (offset) => {
    const at = linePos(offset);
    return at.line === 1 && offset > 0 ? { line: 1, col: at.col - 1 } : at;
  };
  return counter;
}

/**
 * Parses YAML keeping positions. Duplicate keys are errors (never silently merged): a registry or
 * config with the same key twice almost always hides a mistake. `merge` reads YAML 1.1 merge keys
 * (`<<: *anchor`) as the tools of files written for YAML 1.1 (Kubernetes, Prometheus, PyYAML) do.
 */
export function parseYamlSource(
  text: string,
  path: string,
  ruleId: string,
  options: { skipCodes?: readonly string[]; merge?: boolean } = {},
): { source: YamlSource; errors: Finding[]; warnings: Finding[] } {
  const lineCounter = lineCounterFor(text);
  // The parser's own duplicate check compares each key with every earlier one: a 90,000-flag
  // registry took minutes. Ours below keeps a set per mapping.
  const doc = parseDocument(text, {
    lineCounter,
    uniqueKeys: false,
    prettyErrors: false,
    strict: true,
    merge: options.merge ?? false,
  });
  if (!options.skipCodes?.includes('DUPLICATE_KEY'))
    doc.errors.push(...duplicateKeys(doc, lineCounter));
  if (options.merge && doc.errors.length === 0) doc.errors.push(...mergeProblems(doc));
  if (doc.errors.length === 0) {
    const bomb = aliasProblem(doc);
    if (bomb) doc.errors.push(bomb);
  }
  const toFinding =
    (severity: 'error' | 'warning') =>
    (e: { message: string; pos: [number, number] }): Finding => {
      const at = lineCounter.linePos(e.pos[0]);
      return {
        ruleId,
        severity,
        message: firstLine(e.message),
        file: path,
        line: at.line,
        column: at.col,
      };
    };
  return {
    source: { path, doc, lineCounter },
    errors: doc.errors.filter((e) => !options.skipCodes?.includes(e.code)).map(toFinding('error')),
    warnings: doc.warnings.map(toFinding('warning')),
  };
}

/**
 * Callers turn the document into data; an alias bomb (each level aliasing the previous one ten
 * times) or an alias to a missing anchor throws there. Found here instead, as an error at the first
 * alias: the file is refused with a position, never an internal error.
 */
export function aliasProblem(doc: Document.Parsed): YAMLError | undefined {
  let first: Node | undefined;
  visit(doc, {
    Alias(_key, node) {
      first = node;
      return visit.BREAK;
    },
  });
  if (!first) return undefined;
  try {
    doc.toJS({ maxAliasCount: 100 });
    return undefined;
  } catch (error) {
    const range = first.range ?? [0, 0];
    const why = error instanceof Error ? error.message : String(error);
    return new YAMLParseError(
      [range[0], range[1]],
      'BAD_ALIAS',
      `the aliases in this file cannot be expanded (${why}); write the values out instead`,
    );
  }
}

/** One error per repeated scalar key in a mapping, at the repeat (what `uniqueKeys: true` reports). */
/** A key given twice in one mapping, named with the line of its first occurrence (YAML keeps only one). */
function duplicateKeys(doc: Document.Parsed, lineCounter: LineCounter): YAMLError[] {
  const errors: YAMLError[] = [];
  visit(doc, {
    Map(_key, map) {
      const seen = new Map<string, number>();
      for (const pair of map.items) {
        const key = pair.key as Node | null;
        // Several merge keys in one map are allowed (each merges in turn).
        if (!isScalar(key) || !key.range || isMergeKey(key)) continue;
        const id = `${typeof key.value}:${String(key.value)}`;
        const first = seen.get(id);
        if (first !== undefined) {
          const name = JSON.stringify(String(key.value));
          errors.push(
            new YAMLParseError(
              [key.range[0], key.range[1]],
              'DUPLICATE_KEY',
              `key ${name} is given twice in this mapping (first at line ${lineCounter.linePos(first).line}): ` +
                'keys must be unique, so merge the two',
            ),
          );
        } else seen.set(id, key.range[0]);
      }
    },
  });
  return errors;
}

function firstLine(message: string): string {
  // yaml appends a code excerpt after the first line; the location already points there.
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

/** Position of the value at `path` (or of its key, when `key` is true); falls back to the nearest ancestor. */
export function locate(source: YamlSource, path: YamlPath, key = false): Span {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = nodeAt(source, path.slice(0, depth), key && depth === path.length);
    if (node?.range) return spanOf(source, node.range[0], node.range[1]);
  }
  return { line: 1, column: 1, endLine: 1, endColumn: 1 };
}

function nodeAt(source: YamlSource, path: YamlPath, key: boolean): Node | null {
  let node: unknown = source.doc.contents;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    if (isSeq(node)) {
      node = node.items[Number(seg)];
      continue;
    }
    if (!isMap(node)) return null;
    // A key brought in by a merge key (`<<: *anchor`) is found where the anchor writes it.
    const pair = pairFor(source.doc, node, seg);
    if (!pair) return null;
    node = key && i === path.length - 1 ? pair.key : pair.value;
  }
  return isNodeLike(node) ? node : null;
}

function isNodeLike(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && 'range' in value;
}

function spanOf(source: YamlSource, start: number, end: number): Span {
  const a = source.lineCounter.linePos(start);
  const b = source.lineCounter.linePos(Math.max(start, end));
  return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
}

/** `flags.lifetimeDays.release`, `flags.accessors[2].call` */
export function formatPath(path: YamlPath): string {
  return path.reduce<string>(
    (out, seg) => (typeof seg === 'number' ? `${out}[${seg}]` : out ? `${out}.${seg}` : seg),
    '',
  );
}
