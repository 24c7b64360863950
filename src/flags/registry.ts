import { Ajv } from 'ajv';
import type { AnySchemaObject, ErrorObject, Options, ValidateFunction } from 'ajv';
import { isMap, isScalar, visit } from 'yaml';
import type { LineCounter } from 'yaml';
import type { Document, Node, Scalar, YAMLMap } from 'yaml';
import schemaJson from '../../schemas/flags.schema.json' with { type: 'json' };
import type { FlagsConfig } from './config.js';
import type { Finding, Severity } from '../findings.js';
import { epochDay, isoFromDate, isoFromEpochDay } from './dates.js';
import { checkFlagMetadata, suggest } from './registry-metadata.js';
import type { FlagMetadata, MetadataField, Span } from './registry-metadata.js';
import { parseYamlSource } from '../yaml/source.js';
import { readPlainRegistry } from './registry-plain.js';
import type { PlainNode } from './registry-plain.js';
import * as precompiledFlag from '../schema/flag-validator.generated.js';
import { schemaHash } from '../schema/standalone.js';
import type { DeclaredFlag } from './types.js';

export interface ParsedRegistry {
  /** Every declared key, in file order, even when its entry has problems (so code reading it is not "undeclared"). */
  flags: DeclaredFlag[];
  findings: Finding[];
  /**
   * False when the file is not a usable registry (not YAML, or no `flags:` mapping). Then `flags`
   * is empty and callers must not call every referenced key "undeclared": the registry error says it all.
   */
  parsed: boolean;
}

export { lifetimePolicy } from './registry-metadata.js';
export type { LifetimePolicy } from './registry-metadata.js';

/**
 * The registry's own size cap, above the 1 MiB one for sources: a large organisation's registry is
 * legitimately big (20,000 flags are about 3 MiB), and treating it as absent would be far worse.
 */
export const REGISTRY_MAX_BYTES = 16 * 1024 * 1024;

const schema = schemaJson as AnySchemaObject;
const FLAG_FIELDS = Object.keys(
  ((schema.definitions as Record<string, AnySchemaObject>).flag!.properties as Record<
    string,
    unknown
  >) ?? {},
);
const DATE_FIELDS = ['created', 'expires', 'renewedFrom'] as const;

let flagValidator: ValidateFunction | undefined;

// strict: false because `owner` is deliberately `string | string[]` with keywords for both.
export const FLAG_VALIDATOR_OPTIONS: Options = { allErrors: true, strict: false };
export const FLAG_SCHEMA_REF = `${schema.$id as string}#/definitions/flag`;
export const flagsSchema: AnySchemaObject = schema;

/**
 * Validates one `flags.<key>` entry against `#/definitions/flag`: the build's precompiled
 * validator while it matches the schema (compiling costs ~60 ms a run), else compiled once.
 */
function validateFlag(value: unknown): readonly ErrorObject[] {
  if (!flagValidator) {
    if (schemaHash(schema) === precompiledFlag.schemaHash) flagValidator = precompiledFlag.validate;
    else {
      const ajv = new Ajv(FLAG_VALIDATOR_OPTIONS);
      ajv.addSchema(schema);
      flagValidator = ajv.getSchema(FLAG_SCHEMA_REF);
    }
    if (!flagValidator) throw new Error('schemas/flags.schema.json has no definitions/flag');
  }
  return flagValidator(value) ? [] : (flagValidator.errors ?? []);
}

/** Longer than any flag service allows (LaunchDarkly: 256); a longer key is a paste accident or an attack. */
export const MAX_FLAG_KEY_LENGTH = 256;

/**
 * Why a key cannot be a flag's name, or undefined. A key ends up in issue titles, log lines and
 * workflow commands: a newline or a control character would forge lines there, HTML would render.
 * U+FFFD is what a byte that is not UTF-8 decodes to: the file, not the key, is broken.
 */
export function flagKeyProblem(key: string): string | undefined {
  const shown = JSON.stringify(key.length > 60 ? `${key.slice(0, 60)}…` : key);
  if (key.length > MAX_FLAG_KEY_LENGTH)
    return `flag key ${shown} is ${key.length} characters long; flag keys have at most ${MAX_FLAG_KEY_LENGTH}`;
  if (key.includes('\uFFFD'))
    return `flag key ${shown} contains bytes that are not valid UTF-8 (shown as \uFFFD): save the registry as UTF-8`;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(key))
    return `flag key ${shown} contains a line break or control character; a flag key is one plain name such as new-checkout`;
  if (/[<>"'`&\s]/.test(key))
    return `flag key ${shown} contains whitespace, quotes or HTML characters (< > & " ' \`); a flag key is one plain name such as new-checkout`;
  return undefined;
}

/**
 * Parses and validates the flag registry. Every problem is a Finding at the line and column of the
 * offending key or value; entries with problems are still declared, with what could be read of them.
 * The plain shape nearly every registry has is read from the `yaml` package's CST, anything else as
 * a Document; both give the same flags and findings (test/fuzz/registry-plain.test.ts).
 */
export function parseRegistry(text: string, path: string, config: FlagsConfig): ParsedRegistry {
  const plain = readPlainRegistry(text);
  if (!plain) return parseRegistryDocument(text, path, config);
  // The plain reader refuses duplicate keys, so there are none to report or skip.
  return readRegistry(plainTree, plain.root, plain.lineCounter, path, config, [], () => new Set());
}

/** The registry read as a `yaml` Document: every YAML feature, and the YAML errors' messages. */
export function parseRegistryDocument(
  text: string,
  path: string,
  config: FlagsConfig,
): ParsedRegistry {
  // Duplicate keys are reported by our own walk below, which can name the key and its first line.
  const parsed = parseYamlSource(text, path, 'flags/registry-yaml', {
    skipCodes: ['DUPLICATE_KEY'],
  });
  const { doc, lineCounter } = parsed.source;
  const findings: Finding[] = [];
  for (const f of [...parsed.errors, ...parsed.warnings]) {
    findings.push({ ...f, message: `${path} is not valid YAML: ${f.message}` });
  }
  if (parsed.errors.length > 0) return { flags: [], findings, parsed: false };
  return readRegistry(
    documentTree(doc),
    (doc.contents as Node | null) ?? null,
    lineCounter,
    path,
    config,
    findings,
    (flagsMap, finding) => reportDuplicateKeys(doc, flagsMap, lineCounter, finding),
  );
}

/**
 * What reading a registry needs of its tree, for the two readers: the Document's nodes, or the
 * plain reader's. Each operation is what the Document path has always done with a `yaml` node.
 */
interface Tree<N> {
  isMap(node: N | null): boolean;
  isScalar(node: N | null): boolean;
  /** A scalar's value (a string, number, boolean or null). */
  value(node: N): unknown;
  pairs(map: N): readonly { key: N | null; value: N | null }[];
  range(node: N | null | undefined): readonly [number, number, ...number[]] | undefined;
  /** The node at `path` under a mapping (keys and sequence indexes), or null. */
  getIn(map: N, path: readonly (string | number)[]): N | null;
  /** May throw (an alias bomb): reported, never a crash. */
  toJS(node: N): unknown;
  /** False when no value can be a Date (only YAML 1.1 and `!!timestamp` give them). */
  datesPossible: boolean;
}

function documentTree(doc: Document.Parsed): Tree<Node> {
  return {
    isMap: (node) => isMap(node),
    isScalar: (node) => isScalar(node),
    value: (node) => (node as Scalar).value,
    pairs: (map) => (map as YAMLMap<Node | null, Node | null>).items,
    range: (node) => node?.range ?? undefined,
    getIn: (map, path) => {
      const node: unknown = (map as YAMLMap).getIn(path, true);
      return node && typeof node === 'object' && 'range' in node ? (node as Node) : null;
    },
    toJS: (node) => node.toJS(doc),
    datesPossible: true,
  };
}

const plainTree: Tree<PlainNode> = {
  isMap: (node) => node?.kind === 'map',
  isScalar: (node) => node?.kind === 'scalar',
  value: (node) => (node.kind === 'scalar' ? node.value : undefined),
  pairs: (map) => (map.kind === 'map' ? map.pairs : []),
  range: (node) => node?.range,
  getIn: (map, path) => {
    let node: PlainNode | null = map;
    for (const segment of path) {
      if (node?.kind === 'map')
        node = node.pairs.find((p) => p.key.value === segment)?.value ?? null;
      else if (node?.kind === 'seq' && typeof segment === 'number')
        node = node.items[segment] ?? null;
      else return null;
    }
    return node;
  },
  toJS: plainToJS,
  datesPossible: false,
};

function plainToJS(node: PlainNode): unknown {
  if (node.kind === 'scalar') return node.value;
  if (node.kind === 'seq') return node.items.map(plainToJS);
  const out: Record<string, unknown> = {};
  for (const { key, value } of node.pairs) out[String(key.value)] = value ? plainToJS(value) : null;
  return out;
}

function readRegistry<N>(
  tree: Tree<N>,
  root: N | null,
  lineCounter: LineCounter,
  path: string,
  config: FlagsConfig,
  findings: Finding[],
  duplicatesOf: (flagsMap: N | null, finding: Report<N>) => Set<N>,
): ParsedRegistry {
  const at = (node: N | null | undefined, fallback?: N | null): Span =>
    spanOf(path, lineCounter, tree.range(node) ? node : fallback, tree);
  const finding: Report<N> = (ruleId, severity, message, node, fallback) => {
    findings.push({ ruleId: `flags/registry-${ruleId}`, severity, message, ...at(node, fallback) });
  };

  const flagsMap = topLevelFlags(tree, root, path, finding);
  if (flagsMap === undefined) return { flags: [], findings, parsed: false };

  const duplicates = duplicatesOf(flagsMap, finding);
  const flags: DeclaredFlag[] = [];
  for (const pair of flagsMap === null ? [] : tree.pairs(flagsMap)) {
    const keyNode = pair.key;
    if (!tree.isScalar(keyNode) || tree.value(keyNode!) === null || tree.value(keyNode!) === '') {
      finding(
        'invalid',
        'error',
        'a flag key must be a plain, non-empty name such as new-checkout',
        keyNode,
        flagsMap,
      );
      continue;
    }
    if (duplicates.has(keyNode!)) continue;
    const key = String(tree.value(keyNode!));
    const keyProblem = flagKeyProblem(key);
    if (keyProblem !== undefined) {
      finding('bad-key', 'error', keyProblem, keyNode);
      continue;
    }
    const valueNode = pair.value ?? null;
    const pos = at(keyNode);
    const flag: DeclaredFlag = {
      key,
      owners: [],
      created: null,
      expires: null,
      type: '',
      file: path,
      line: pos.line!,
      column: pos.column!,
    };
    flags.push(flag);
    readFlag(flag, keyNode!, valueNode, { tree, config, finding, at, findings });
  }
  return { flags, findings, parsed: true };
}

type Report<N> = (
  ruleId: string,
  severity: Severity,
  message: string,
  node: N | null | undefined,
  fallback?: N | null,
) => void;

/** The `flags:` mapping; null for an explicitly empty `flags:`; undefined when the file has none. */
function topLevelFlags<N>(
  tree: Tree<N>,
  root: N | null,
  path: string,
  finding: Report<N>,
): N | null | undefined {
  const shape = `${path} must be a mapping with a top-level "flags:" key holding one entry per flag (owner, created, expires, type)`;
  if (!tree.isMap(root)) {
    finding('invalid', 'error', root === null ? `${path} is empty: ${shape}` : shape, root);
    return undefined;
  }
  let flags: N | null | undefined;
  let found = false;
  for (const pair of tree.pairs(root!)) {
    const keyNode = pair.key;
    const name = tree.isScalar(keyNode) ? String(tree.value(keyNode!)) : '';
    if (name === 'flags') {
      if (found) continue; // the duplicate walk reports it
      found = true;
      const value = pair.value;
      if (value === null || (tree.isScalar(value) && tree.value(value) === null)) flags = null;
      else if (tree.isMap(value)) flags = value;
      else {
        finding(
          'invalid',
          'error',
          '"flags" must be a mapping of flag key → { owner, created, expires, type }',
          value,
          keyNode,
        );
        return undefined;
      }
      continue;
    }
    const hint = suggest(name, ['flags'])
      ? '; did you mean "flags"?'
      : ' (the registry has only "flags:")';
    finding('unknown-key', 'warning', `unknown top-level key "${name}" in ${path}${hint}`, keyNode);
  }
  if (!found) {
    finding('invalid', 'error', `${path} has no "flags:" key: ${shape}`, root);
    return undefined;
  }
  return flags;
}

/**
 * YAML keeps only the last of two equal keys; with `uniqueKeys` the parser flags it, and here each
 * duplicate becomes a finding that says where the first one is. Returns the duplicate flag keys,
 * which are then skipped: the first declaration counts.
 */
function reportDuplicateKeys(
  doc: Document.Parsed,
  flagsMap: Node | null,
  lineCounter: LineCounter,
  finding: Report<Node>,
): Set<Node> {
  const duplicateFlagKeys = new Set<Node>();
  visit(doc, {
    Map(_key, map) {
      const seen = new Map<string, Node>();
      for (const pair of map.items) {
        const keyNode = pair.key as Node | null;
        if (!isScalar(keyNode) || keyNode.value === null) continue;
        const name = String(keyNode.value);
        const first = seen.get(name);
        if (!first) {
          seen.set(name, keyNode);
          continue;
        }
        const firstLine = first.range ? lineCounter.linePos(first.range[0]).line : 0;
        if (map === flagsMap) {
          duplicateFlagKeys.add(keyNode);
          finding(
            'duplicate-key',
            'error',
            `flag "${name}" is declared twice (first on line ${firstLine}); YAML would silently keep only one of them — merge the two entries`,
            keyNode,
          );
        } else {
          finding(
            'duplicate-key',
            'error',
            `key "${name}" appears twice in the same mapping (first on line ${firstLine}); YAML would silently keep only one of them`,
            keyNode,
          );
        }
      }
    },
  });
  return duplicateFlagKeys;
}

/** What reading one entry needs of the tree: reporting by node, or by span (the shared rules). */
interface EntryContext<N> {
  tree: Tree<N>;
  config: FlagsConfig;
  finding: Report<N>;
  at: (node: N | null | undefined, fallback?: N | null) => Span;
  findings: Finding[];
}

/** Fills `flag` from its entry and reports every problem with it. */
function readFlag<N>(
  flag: DeclaredFlag,
  keyNode: N,
  valueNode: N | null,
  { tree, config, finding, at, findings }: EntryContext<N>,
): void {
  const key = flag.key;
  let raw: unknown;
  try {
    const value = valueNode ? tree.toJS(valueNode) : null;
    raw = tree.datesPossible ? normalizeDates(value) : value;
  } catch (error) {
    // toJS refuses alias bombs ("Excessive alias count") and the like: report, never crash.
    finding(
      'invalid',
      'error',
      `flag "${flag.key}" cannot be read: ${error instanceof Error ? error.message : String(error)}`,
      valueNode,
      keyNode,
    );
    return;
  }
  const child = (...path: (string | number)[]): N | null =>
    tree.isMap(valueNode) ? tree.getIn(valueNode!, path) : null;
  const childKey = (name: string): N | null => {
    if (!tree.isMap(valueNode)) return null;
    const pair = tree
      .pairs(valueNode!)
      .find((p) => tree.isScalar(p.key) && tree.value(p.key!) === name);
    return pair?.key ?? null;
  };

  const nodeFor = (err: ErrorObject, segments: string[]): N | null => {
    if (err.keyword === 'additionalProperties')
      return childKey((err.params as { additionalProperty: string }).additionalProperty);
    // An empty entry (`new-checkout:`) has a zero-width value node: point at the key instead.
    if (segments.length === 0)
      return valueNode && !(tree.isScalar(valueNode) && tree.value(valueNode) === null)
        ? valueNode
        : keyNode;
    return child(...segments.map((s) => (/^\d+$/.test(s) ? Number(s) : s)));
  };
  const badPaths = new Set<string>();
  const reported = new Set<string>();
  for (const err of validateFlag(raw)) {
    const segments = err.instancePath.split('/').slice(1);
    const field = segments[0];
    if (field) badPaths.add(field);
    const ruleAndMessage = describeSchemaError(err, key, raw, config);
    if (!ruleAndMessage) continue;
    const [ruleId, severity, message] = ruleAndMessage;
    const dedupe = `${err.instancePath}|${ruleId}`;
    if (reported.has(dedupe)) continue;
    reported.add(dedupe);
    finding(ruleId, severity, message, nodeFor(err, segments), keyNode);
  }
  if (!isPlainObject(raw)) return;

  const owner = raw.owner;
  flag.owners =
    typeof owner === 'string'
      ? [owner]
      : Array.isArray(owner)
        ? owner.filter((o): o is string => typeof o === 'string')
        : [];
  if (typeof raw.type === 'string') flag.type = raw.type;
  if (typeof raw.description === 'string') flag.description = raw.description;

  const field = (name: string): MetadataField | undefined => {
    const value = raw[name];
    if (value === undefined) return undefined;
    const text = typeof value === 'string' && !badPaths.has(name) ? value : null;
    return { text, at: at(child(name), keyNode) };
  };
  const owners: MetadataField[] =
    typeof owner === 'string'
      ? [{ text: owner, at: at(child('owner'), keyNode) }]
      : Array.isArray(owner)
        ? owner.flatMap((o, i) =>
            typeof o === 'string' ? [{ text: o, at: at(child('owner', i), keyNode) }] : [],
          )
        : [];
  const meta: FlagMetadata = {
    key,
    at: at(keyNode),
    notation: 'yaml',
    ...(owner === undefined ? {} : { owner: { values: owners } }),
  };
  for (const name of DATE_FIELDS) {
    const value = field(name);
    if (value) meta[name] = value;
  }
  const type = field('type');
  if (type) meta.type = type;
  const checked = checkFlagMetadata(meta, config, (ruleId, severity, message, span) =>
    findings.push({ ruleId, severity, message, ...span }),
  );
  flag.created = checked.created;
  flag.expires = checked.expires;
}

/** Maps one schema error to [rule, severity, message], or null when a later semantic check says it better. */
function describeSchemaError(
  err: ErrorObject,
  key: string,
  raw: unknown,
  config: FlagsConfig,
): [string, Severity, string] | null {
  const field = err.instancePath.split('/')[1];
  const value = valueAt(raw, err.instancePath);
  // Missing fields and the owners' pattern are the shared rules' (checkFlagMetadata), for YAML and JSDoc alike.
  if (err.keyword === 'required') return null;
  if (err.keyword === 'additionalProperties') {
    const name = (err.params as { additionalProperty: string }).additionalProperty;
    const suggestion = suggest(name, FLAG_FIELDS);
    return [
      'unknown-key',
      'warning',
      `unknown key "${name}" in flag "${key}"${suggestion ? `; did you mean "${suggestion}"?` : ''} (known keys: ${FLAG_FIELDS.join(', ')})`,
    ];
  }
  if (field === undefined) {
    return [
      'invalid',
      'error',
      `flag "${key}" must be a mapping with owner, created, expires and type, not ${describeValue(value)}`,
    ];
  }
  if (field === 'owner') {
    if (err.keyword === 'minItems')
      return [
        'missing-owner',
        'error',
        `flag "${key}" has an empty owner list: name at least one @user, @org/team or email`,
      ];
    if (err.keyword === 'pattern' && typeof value === 'string') return null;
    return [
      'bad-owner',
      'error',
      `owner of flag "${key}" must be @user, @org/team or an email, or a list of them, not ${describeValue(value)}`,
    ];
  }
  if ((DATE_FIELDS as readonly string[]).includes(field)) {
    return [
      'bad-date',
      'error',
      `${field} of flag "${key}" must be a date YYYY-MM-DD, not ${describeValue(value)}`,
    ];
  }
  if (field === 'type')
    return [
      'invalid',
      'error',
      `type of flag "${key}" must be one of ${config.types.join(', ')}, not ${describeValue(value)}`,
    ];
  return ['invalid', 'error', `${field} of flag "${key}" ${err.message ?? 'is invalid'}`];
}

function valueAt(raw: unknown, instancePath: string): unknown {
  let cur: unknown = raw;
  for (const seg of instancePath.split('/').slice(1)) {
    if (Array.isArray(cur)) cur = cur[Number(seg)];
    else if (isPlainObject(cur)) cur = cur[seg];
    else return undefined;
  }
  return cur;
}

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return JSON.stringify(value);
}

/** YAML 1.1 documents and explicit `!!timestamp` tags give Date objects; the registry speaks `YYYY-MM-DD`. */
function normalizeDates(value: unknown): unknown {
  if (value instanceof Date) return isoFromDate(value) ?? String(value);
  if (Array.isArray(value)) return value.map(normalizeDates);
  if (isPlainObject(value))
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalizeDates(v)]));
  return value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)
  );
}

function spanOf<N>(
  path: string,
  lineCounter: LineCounter,
  node: N | null | undefined,
  tree: Tree<N>,
): Span {
  const range = tree.range(node);
  if (!range) return { file: path, line: 1, column: 1 };
  const a = lineCounter.linePos(range[0]);
  const b = lineCounter.linePos(Math.max(range[0], range[1]));
  return { file: path, line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
}

/** What a PR's change to one flag's `expires` amounts to. */
export interface RenewalCheck {
  kind: 'unchanged' | 'shortened' | 'renewed' | 'added' | 'removed';
  /** False only for a renewal that moves `expires` more than one policy step past the previous expiry. */
  ok: boolean;
  /** Latest `expires` a renewal may set (previous expiry + policyDays); null when there was no previous expiry. */
  latestAllowed: string | null;
}

/**
 * Judges a change of `expires` between two versions of a registry (for a PR check).
 *
 * A renewal may move `expires` by at most `policyDays` past the *previous expiry*, not past today or
 * the merge date: the verdict then depends on the diff alone (no clock, same answer on every re-run of
 * the PR), one renewal can never buy more than one policy step, and a flag that was left to expire is
 * not revived for a full term — keeping a flag alive takes one visible, reviewed renewal per step.
 * Removing or adding `expires` is judged by the registry rules (missing-expires, lifetime), not here.
 */
export function checkRenewal(
  before: { expires: string | null },
  after: { expires: string | null },
  policyDays: number,
): RenewalCheck {
  const old = before.expires === null ? null : epochDay(before.expires);
  const next = after.expires === null ? null : epochDay(after.expires);
  if (old === null)
    return { kind: next === null ? 'unchanged' : 'added', ok: true, latestAllowed: null };
  const latestAllowed = isoFromEpochDay(old + policyDays);
  if (next === null) return { kind: 'removed', ok: true, latestAllowed };
  if (next === old) return { kind: 'unchanged', ok: true, latestAllowed };
  if (next < old) return { kind: 'shortened', ok: true, latestAllowed };
  return { kind: 'renewed', ok: next - old <= policyDays, latestAllowed };
}
