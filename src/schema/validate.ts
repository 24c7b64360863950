import { Ajv } from 'ajv';
import type { AnySchemaObject, ErrorObject, ValidateFunction } from 'ajv';
import { closeMatch } from '../core/suggest.js';
import type { Finding } from '../findings.js';
import * as precompiledConfig from './config-validator.generated.js';
import * as precompiledOncall from './oncall-validator.generated.js';
import { schemaHash, VALIDATOR_OPTIONS } from './standalone.js';
import { formatPath, locate } from '../yaml/source.js';
import type { YamlPath, YamlSource } from '../yaml/source.js';

/**
 * Validates YAML data against a JSON Schema and reports each problem at the line and column of
 * the offending key or value, with its dotted path. Unknown keys are separated out so that callers
 * can treat them as warnings (a typo should be pointed out, not stop the run).
 */
export interface SchemaProblems {
  errors: Finding[];
  unknownKeys: Finding[];
  /** Paths of unknown keys, so callers can drop them before using the data. */
  unknownPaths: YamlPath[];
}

const cache = new WeakMap<object, ValidateFunction>();
const PRECOMPILED: readonly { schemaHash: string; validate: ValidateFunction }[] = [
  precompiledConfig,
  precompiledOncall,
];

function compile(schema: AnySchemaObject): ValidateFunction {
  let fn = cache.get(schema);
  if (!fn) {
    // Compiling the config schema costs 80–230 ms a run, the on-call one ~70 ms; the build generates
    // their validators ahead. Any other schema, or one the generated files were not made from, is compiled.
    const hash = schemaHash(schema);
    fn =
      PRECOMPILED.find((p) => p.schemaHash === hash)?.validate ??
      new Ajv(VALIDATOR_OPTIONS).compile(schema);
    cache.set(schema, fn);
  }
  return fn;
}

export function validateWithSchema(
  schema: AnySchemaObject,
  data: unknown,
  source: YamlSource,
  rulePrefix: string,
  options: { sayWhatWasGiven?: boolean } = {},
): SchemaProblems {
  const validate = compile(schema);
  const problems: SchemaProblems = { errors: [], unknownKeys: [], unknownPaths: [] };
  if (validate(data)) return problems;
  const errors = prune(validate.errors ?? []);
  const seen = new Set<string>();
  for (const err of errors) {
    const path = toPath(err.instancePath);
    if (err.keyword === 'additionalProperties') {
      const key = (err.params as { additionalProperty: string }).additionalProperty;
      const keyPath = [...path, key];
      const known = Object.keys(
        (err.parentSchema?.properties as Record<string, unknown> | undefined) ?? {},
      );
      const near = closeMatch(key, known);
      const hint =
        near !== undefined
          ? `; did you mean "${near}"?`
          : known.length > 0
            ? `; the keys here are ${known.join(', ')}`
            : '';
      const where = path.length > 0 ? ` in ${formatPath(path)}` : '';
      problems.unknownPaths.push(keyPath);
      problems.unknownKeys.push({
        ruleId: `${rulePrefix}/unknown-key`,
        severity: 'warning',
        message: `unknown key "${key}"${where}${hint}`,
        file: source.path,
        ...locate(source, keyPath, true),
      });
      continue;
    }
    const message = describe(err, path, options.sayWhatWasGiven === true);
    const dedupe = `${err.instancePath}|${message}`;
    if (seen.has(dedupe)) continue;
    seen.add(dedupe);
    problems.errors.push({
      ruleId: `${rulePrefix}/invalid`,
      severity: 'error',
      message,
      file: source.path,
      ...locate(source, path),
    });
  }
  return problems;
}

/**
 * Drops the per-branch noise of a failed `oneOf`: the oneOf error itself says it better — unless the value
 * has every required key of exactly one branch (`- call: 3`): then that branch's own errors say what is wrong.
 */
function prune(errors: readonly ErrorObject[]): ErrorObject[] {
  const oneOfs = errors.filter((e) => e.keyword === 'oneOf');
  const chosen = new Map<string, number | undefined>();
  for (const o of oneOfs) {
    const branch = branchOf(o);
    // Only a branch that failed explains the failure (the value may instead match two branches).
    const failed = errors.some((e) => e.schemaPath.startsWith(`${o.schemaPath}/${branch}/`));
    chosen.set(o.schemaPath, branch !== undefined && failed ? branch : undefined);
  }
  return errors.filter((e) => {
    if (e.keyword === 'oneOf') return chosen.get(e.schemaPath) === undefined;
    const owner = oneOfs.find((o) => e.schemaPath.startsWith(`${o.schemaPath}/`));
    if (!owner) return true;
    const branch = chosen.get(owner.schemaPath);
    return branch !== undefined && e.schemaPath.startsWith(`${owner.schemaPath}/${branch}/`);
  });
}

/** The one `oneOf` branch whose required keys the value (an object) all has, if exactly one. */
function branchOf(err: ErrorObject): number | undefined {
  const data: unknown = err.data;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const branches = ((err.parentSchema as AnySchemaObject | undefined)?.oneOf ??
    []) as AnySchemaObject[];
  const matching = branches.flatMap((b, i) => {
    const required = (b.required as string[] | undefined) ?? [];
    return required.length > 0 && required.every((k) => k in data) ? [i] : [];
  });
  return matching.length === 1 ? matching[0] : undefined;
}

function toPath(instancePath: string): YamlPath {
  if (!instancePath) return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((seg) => seg.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((seg) => (/^\d+$/.test(seg) ? Number(seg) : seg));
}

function describe(err: ErrorObject, path: YamlPath, sayGiven: boolean): string {
  const where = path.length > 0 ? formatPath(path) : 'the document';
  const schema = (err.parentSchema ?? {}) as AnySchemaObject;
  switch (err.keyword) {
    case 'required':
      return `${where} is missing required key "${(err.params as { missingProperty: string }).missingProperty}"`;
    case 'oneOf':
      return `${where} must be ${oneOfShapes(schema)}`;
    case 'type':
      return `${where} must be ${expected(schema)}${sayGiven ? ` (got ${given(err.data, schema)})` : ''}`;
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'minLength':
    case 'enum':
    case 'minItems':
    case 'format':
    case 'pattern':
      return `${where} must be ${expected(schema)}`;
    default:
      return `${where} ${err.message ?? 'is invalid'}`;
  }
}

/** What a value of the wrong type is, for the message; a YAML 1.1 boolean word gets its fix. */
function given(data: unknown, schema: AnySchemaObject): string {
  if (typeof data === 'string') {
    const yaml11 = /^(yes|no|on|off|y|n)$/i.test(data) && schema.type === 'boolean';
    if (!yaml11) return `the string ${JSON.stringify(truncate(data))}`;
    const meant = /^(yes|on|y)$/i.test(data);
    return `the string ${JSON.stringify(data)}: YAML 1.2 reads yes/no/on/off as strings, write ${meant}`;
  }
  if (Array.isArray(data)) return 'a list';
  if (data === null) return 'nothing (null)';
  if (typeof data === 'object') return 'a mapping';
  return `${typeof data === 'number' ? 'the number' : ''} ${String(data)}`.trim();
}

function truncate(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/** A short human phrase for what a leaf schema accepts. */
export function expected(schema: AnySchemaObject): string {
  if (Array.isArray(schema.enum))
    return `one of ${schema.enum.map((v) => JSON.stringify(v)).join(', ')}`;
  const type: unknown = schema.type;
  const types = Array.isArray(type) ? (type as string[]) : typeof type === 'string' ? [type] : [];
  const parts = types.map((t) => {
    if (t === 'integer' || t === 'number') {
      const noun = t === 'integer' ? 'an integer' : 'a number';
      if (typeof schema.minimum === 'number' && typeof schema.maximum === 'number')
        return `${noun} from ${schema.minimum} to ${schema.maximum}`;
      if (typeof schema.minimum === 'number') return `${noun} >= ${schema.minimum}`;
      if (typeof schema.maximum === 'number') return `${noun} <= ${schema.maximum}`;
      return noun;
    }
    if (t === 'string') {
      if (schema.format === 'date') return 'a date (YYYY-MM-DD)';
      if (typeof schema.pattern === 'string') return `a string matching ${schema.pattern}`;
      return typeof schema.minLength === 'number' && schema.minLength > 0
        ? 'a non-empty string'
        : 'a string';
    }
    if (t === 'boolean') return 'true or false';
    if (t === 'array')
      return typeof schema.minItems === 'number' && schema.minItems > 0
        ? 'a non-empty list'
        : 'a list';
    if (t === 'object') return 'a mapping';
    return t;
  });
  return parts.length > 0 ? parts.join(' or ') : 'valid';
}

function oneOfShapes(schema: AnySchemaObject): string {
  const branches = (schema.oneOf as AnySchemaObject[] | undefined) ?? [];
  const shapes = branches.map((b) => {
    const required = (b.required as string[] | undefined) ?? [];
    return required.length > 0 ? `{ ${required.join(', ')} }` : expected(b);
  });
  return shapes.length > 0 ? `exactly one of ${shapes.join(', ')}` : 'valid';
}
