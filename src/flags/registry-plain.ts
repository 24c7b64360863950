import { CST, isNode, isScalar, LineCounter, Parser, Schema } from 'yaml';
import type { ParseOptions, ScalarTag } from 'yaml';

/**
 * A fast reader for the shape almost every flag registry has: one document, block mappings of
 * plain or quoted scalars, and owner lists as block or one-line flow sequences. It walks the `yaml`
 * package's own CST (its lexer and parser) and resolves each scalar with the package's own
 * `resolveAsScalar` and core-schema tags, skipping the Composer and the Document it builds, which
 * cost most of a large registry's parse.
 *
 * It accepts a file only when it is sure the Document path would see the same values at the same
 * positions and report no YAML error or warning; anything else (anchors, aliases, tags, flow
 * mappings, directives, several documents, tabs, CR line ends, empty values inside an entry,
 * duplicate keys, any error the CST or a scalar carries) returns undefined, and the caller parses
 * the file as a Document. `test/fuzz/registry-plain.test.ts` checks the two paths against each other.
 */

export type PlainRange = readonly [start: number, end: number];

export type PlainNode = PlainScalar | PlainMap | PlainSeq;

export interface PlainScalar {
  kind: 'scalar';
  value: unknown;
  range: PlainRange;
}

export interface PlainPair {
  key: PlainScalar;
  /** Null for an empty value (`flags:`, `new-checkout:`), which only those two places may have. */
  value: PlainNode | null;
}

export interface PlainMap {
  kind: 'map';
  pairs: PlainPair[];
  range: PlainRange;
}

export interface PlainSeq {
  kind: 'seq';
  items: PlainNode[];
  range: PlainRange;
}

export interface PlainRegistry {
  root: PlainMap;
  lineCounter: LineCounter;
}

/** Thrown inside the walk to give up; never escapes this module. */
class NotPlain extends Error {}

const fail = (): never => {
  throw new NotPlain();
};

// The core schema a YAML 1.2 document gets (parseDocument's default): the same tags, tested in the
// same order, resolve plain scalars here.
const coreSchema = new Schema({});
const plainTags: readonly ScalarTag[] = coreSchema.tags.filter(
  (t): t is ScalarTag => !('collection' in t && t.collection) && t.default === true && !!t.test,
);
const keyTags: readonly ScalarTag[] = coreSchema.tags.filter(
  (t): t is ScalarTag =>
    !('collection' in t && t.collection) && (t.default === true || t.default === 'key') && !!t.test,
);
const RESOLVE_OPTIONS: ParseOptions = {};
const LOOKS_NOT_PLAIN = /(?:^|[\s[,])[&*!{]|^(?:%|---|\.\.\.)/m;

/** Reads `text` as a plain registry, or undefined when the Document path must read it. */
export function readPlainRegistry(text: string): PlainRegistry | undefined {
  // Cheap refusals first, so that a file the Document must read is not parsed twice: what would
  // fail later anyway, and what looks like an anchor, alias, tag, flow mapping, directive or
  // document marker (`Fish & chips` looks like one too, and is read as a Document: only slower).
  if (text.includes('\t') || text.includes('\r') || text.charCodeAt(0) === 0xfeff) return undefined;
  if (LOOKS_NOT_PLAIN.test(text)) return undefined;
  const lineCounter = new LineCounter();
  try {
    let root: PlainMap | undefined;
    for (const token of new Parser(lineCounter.addNewLine).parse(text)) {
      if (token.type === 'document') {
        if (root) return undefined; // several documents
        root = readDocument(token, text);
      } else if (token.type === 'comment') commentOk(token, text);
      else if (token.type !== 'newline' && token.type !== 'space') return undefined;
    }
    // A registry without `flags:` is reported at the whole document's span: the Document path's.
    if (!root?.pairs.some((p) => String(p.key.value) === 'flags')) return undefined;
    return { root, lineCounter };
  } catch (error) {
    if (error instanceof NotPlain) return undefined;
    throw error;
  }
}

function readDocument(doc: CST.Document, text: string): PlainMap {
  trivia(doc.start, text);
  if (doc.end) trivia(doc.end, text);
  if (doc.value?.type !== 'block-map' || doc.value.indent !== 0) fail();
  return readMap(doc.value as CST.BlockMap, text, 0);
}

/**
 * Depth 0 is the document's mapping, 1 the `flags:` mapping (whose entries may be empty), 2 an
 * entry. Empty values elsewhere are refused: the Document path places them by rules of its own.
 */
function readMap(map: CST.BlockMap, text: string, depth: number): PlainMap {
  const pairs: PlainPair[] = [];
  const seen = new Set<string>();
  let end = map.offset;
  for (let i = 0; i < map.items.length; i++) {
    const item = map.items[i]!;
    trivia(item.start, text);
    if (item.explicitKey) fail();
    if (!item.key && !item.sep) {
      // A comment-only item: the Document path accepts it only after the last pair.
      if (i !== map.items.length - 1) fail();
      continue;
    }
    const key = item.key;
    const sep = item.sep;
    if (!key || !sep) fail();
    if (!isScalarToken(key!) || key!.type === 'block-scalar' || key!.indent !== map.indent) fail();
    const keyNode = readScalar(key as CST.FlowScalar, text, true).node;
    if (text.slice(keyNode.range[0], keyNode.range[1]).includes('\n')) fail();
    const id = String(keyNode.value);
    if (keyNode.value === null || seen.has(id) || id === '__proto__' || id === '<<') fail();
    seen.add(id);

    const indicator = separator(sep!, text);
    if (indicator.offset - key!.offset > 1000) fail(); // the 1024-character implicit-key limit
    end = sep!.length > 0 ? tokenEnd(sep![sep!.length - 1]!) : end;
    const value = item.value;
    if (!value) {
      if (depth === 2) fail();
      pairs.push({ key: keyNode, value: null });
      continue;
    }
    const node = readValue(value, text, depth, indicator.newline);
    pairs.push({ key: keyNode, value: node.node });
    end = node.end;
  }
  return { kind: 'map', pairs, range: [map.offset, end] };
}

interface Read {
  node: PlainNode;
  /** Where the node's trailing comments and line end stop: the end of its parent's span. */
  end: number;
}

function readValue(value: CST.Token, text: string, depth: number, newline: boolean): Read {
  switch (value.type) {
    case 'block-map': {
      if (!newline || depth >= 2) fail();
      const node = readMap(value, text, depth + 1);
      return { node, end: node.range[1] };
    }
    case 'block-seq':
      if (!newline || depth !== 2) fail();
      return readBlockSeq(value, text);
    case 'flow-collection':
      if (depth !== 2) fail();
      return readFlowSeq(value, text);
    case 'scalar':
    case 'single-quoted-scalar':
    case 'double-quoted-scalar':
    case 'block-scalar':
      return readScalar(value, text, false);
    default:
      return fail();
  }
}

function readBlockSeq(seq: CST.BlockSequence, text: string): Read {
  const items: PlainNode[] = [];
  let end = seq.offset;
  for (const item of seq.items) {
    let dash = 0;
    for (const t of item.start) {
      if (t.type === 'seq-item-ind') dash++;
      else trivia([t], text);
    }
    if (dash !== 1 || !item.value || !isScalarToken(item.value)) fail();
    const read = readScalar(item.value as CST.FlowScalar | CST.BlockScalar, text, false);
    items.push(read.node);
    end = read.end;
  }
  return { node: { kind: 'seq', items, range: [seq.offset, end] }, end };
}

/** A one-line flow sequence of scalars: `["@alice", "@acme/payments"]`. */
function readFlowSeq(fc: CST.FlowCollection, text: string): Read {
  if (fc.start.type !== 'flow-seq-start') fail();
  const [close, ...after] = fc.end;
  if (close?.type !== 'flow-seq-end') fail();
  if (text.slice(fc.offset, close!.offset).includes('\n')) fail();
  const items: PlainNode[] = [];
  fc.items.forEach((item, i) => {
    if (item.key !== undefined || item.sep !== undefined || !item.value) fail();
    let commas = 0;
    for (const t of item.start) {
      if (t.type === 'comma') commas++;
      else if (t.type !== 'space') fail();
    }
    if (commas !== (i === 0 ? 0 : 1)) fail();
    if (item.value!.type === 'block-scalar' || !isScalarToken(item.value)) fail();
    const scalar = item.value as CST.FlowScalar;
    if (scalar.end?.some((t) => t.type !== 'space')) fail();
    items.push(readScalar(scalar, text, false).node);
  });
  trivia(after, text);
  const closeEnd = tokenEnd(close!);
  const end = after.length > 0 ? tokenEnd(after[after.length - 1]!) : closeEnd;
  return { node: { kind: 'seq', items, range: [fc.offset, closeEnd] }, end };
}

function isScalarToken(token: CST.Token | undefined): token is CST.FlowScalar | CST.BlockScalar {
  return CST.isScalar(token);
}

function readScalar(
  token: CST.FlowScalar | CST.BlockScalar,
  text: string,
  atKey: boolean,
): Read & { node: PlainScalar } {
  if (token.type === 'alias') fail();
  if (token.type === 'block-scalar') {
    trivia(
      token.props.filter((t) => t.type !== 'block-scalar-header'),
      text,
    );
  } else if (token.end) trivia(token.end, text);
  if (token.type === 'scalar' && token.source === '') fail();
  const resolved = CST.resolveAsScalar(token, true, fail) ?? fail();
  let value: unknown = resolved.value;
  if (token.type === 'scalar') {
    const tag = (atKey ? keyTags : plainTags).find((t) => t.test!.test(resolved.value));
    if (tag) {
      const result = tag.resolve(resolved.value, fail, RESOLVE_OPTIONS);
      // `null` and booleans resolve to a Scalar node, the rest to a value: the Composer keeps either's value.
      value = isScalar(result) ? result.value : result;
      if (isNode(value) || typeof value === 'bigint') fail();
    }
  }
  const [start, valueEnd, end] = resolved.range;
  return { node: { kind: 'scalar', value, range: [start, valueEnd] }, end };
}

/** The `:` between key and value, with nothing but white space and comments around it. */
function separator(sep: CST.SourceToken[], text: string): { offset: number; newline: boolean } {
  let indicator: CST.SourceToken | undefined;
  let newline = false;
  for (const t of sep) {
    if (t.type === 'map-value-ind') {
      if (indicator) fail();
      indicator = t;
      continue;
    }
    if (!indicator && t.type !== 'space') fail();
    trivia([t], text);
    if (t.type === 'newline') newline = true;
  }
  if (!indicator) fail();
  return { offset: indicator!.offset, newline };
}

function isTrivia(token: CST.SourceToken | CST.Token): boolean {
  return token.type === 'space' || token.type === 'newline' || token.type === 'comment';
}

/** White space, line ends and comments that are separated from what precedes them. */
function trivia(tokens: readonly CST.Token[], text: string): void {
  for (const t of tokens) {
    if (t.type === 'comment') commentOk(t, text);
    else if (!isTrivia(t)) fail();
  }
}

function commentOk(token: CST.Token, text: string): void {
  const before = token.offset === 0 ? '\n' : text[token.offset - 1];
  if (before !== ' ' && before !== '\n') fail();
}

function tokenEnd(token: CST.SourceToken): number {
  return token.offset + token.source.length;
}
