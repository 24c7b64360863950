import schemaJson from '../../schemas/flags.schema.json' with { type: 'json' };
import type { Finding } from '../findings.js';
import type { RepoFiles } from '../repo/types.js';
import type { CodeKey } from './code-registry-parse.js';
import { isoFromDate } from './dates.js';
import type { RegistrySource } from './registry-sources.js';
import type { DeclaredFlag } from './types.js';

/**
 * A registry declared in code (`src/flags.ts#FLAGS`): its keys, each flag's metadata from a YAML
 * entry of the same key or else from JSDoc tags on the member, and what the scanner needs to
 * treat the declaration as the registry (its members, for reads by symbol).
 */
export interface CodeRegistry {
  entry: string;
  file: string;
  exportName: string;
  /** `path#Export.property`: the key is that property of each entry. */
  property: string | null;
  kind: 'enum' | 'object' | 'union' | 'array';
  keys: string[];
  /** Member name in code → key (enum members, object entries). */
  members: Record<string, string>;
}

export interface ReadCodeRegistry {
  registry: CodeRegistry | null;
  flags: DeclaredFlag[];
  findings: Finding[];
}

const OWNER_RE = new RegExp(schemaJson.definitions.owner.pattern);
const DATE_RE = new RegExp(schemaJson.definitions.date.pattern);

export async function readCodeRegistry(
  files: RepoFiles,
  source: Extract<RegistrySource, { kind: 'code' }>,
  yamlFlags: ReadonlyMap<string, DeclaredFlag>,
): Promise<ReadCodeRegistry> {
  const text = await files.read(source.path);
  if (text === undefined)
    return unreadable(
      `the flag registry ${source.entry} (flags.registry) names ${source.path}, which does not exist`,
      { file: '.github/ops-steward.yml' },
    );
  const { parseCodeRegistry } = await import('./code-registry-parse.js');
  const parsed = parseCodeRegistry(source.path, text, source.exportName, source.property);
  if (!parsed.ok)
    return unreadable(
      `${parsed.message}: flags.registry entry ${source.entry} cannot be read as a flag registry`,
      { file: source.path, line: parsed.line, column: parsed.column },
    );
  const findings: Finding[] = [];
  const flags: DeclaredFlag[] = [];
  const members: Record<string, string> = {};
  const seen = new Set<string>();
  for (const k of parsed.keys) {
    if (k.member !== null) members[k.member] = k.key;
    if (seen.has(k.key)) {
      findings.push({
        ruleId: 'flags/registry-duplicate-key',
        severity: 'error',
        message: `flag "${k.key}" is declared twice in ${source.entry}`,
        file: source.path,
        line: k.line,
        column: k.column,
      });
      continue;
    }
    seen.add(k.key);
    const yaml = yamlFlags.get(k.key);
    const flag = yaml ? fromYaml(k, yaml, source.path) : fromTags(k, source, findings);
    flags.push(flag);
    if (flag.owners.length === 0 && !yaml) {
      findings.push({
        ruleId: 'flags/registry-missing-owner',
        severity: 'error',
        message:
          `flag "${k.key}" (declared in ${source.entry}) has no owner: add a JSDoc tag on it ` +
          '(/** @owner @alice */) or an entry of the same key in the YAML registry',
        file: source.path,
        line: k.line,
        column: k.column,
      });
    }
  }
  return {
    registry: {
      entry: source.entry,
      file: source.path,
      exportName: source.exportName,
      property: source.property,
      kind: parsed.kind,
      keys: [...seen],
      members,
    },
    flags,
    findings,
  };
}

function unreadable(
  message: string,
  at: Pick<Finding, 'file' | 'line' | 'column'>,
): ReadCodeRegistry {
  return {
    registry: null,
    flags: [],
    findings: [{ ruleId: 'flags/registry-invalid', severity: 'error', message, ...at }],
  };
}

/** The YAML entry says who and when; the code says where the flag is declared. */
function fromYaml(k: CodeKey, yaml: DeclaredFlag, file: string): DeclaredFlag {
  return { ...yaml, file, line: k.line, column: k.column };
}

function fromTags(
  k: CodeKey,
  source: Extract<RegistrySource, { kind: 'code' }>,
  findings: Finding[],
): DeclaredFlag {
  const at = { file: source.path, line: k.line, column: k.column };
  const owners: string[] = [];
  for (const o of k.tags.owner ?? []) {
    if (OWNER_RE.test(o)) owners.push(o);
    else
      findings.push({
        ruleId: 'flags/registry-bad-owner',
        severity: 'error',
        message: `owner "${o}" of flag "${k.key}" is not a GitHub @user, @org/team or an email`,
        ...at,
      });
  }
  const date = (tag: 'created' | 'expires'): string | null => {
    const value = k.tags[tag]?.[0];
    if (value === undefined) return null;
    if (DATE_RE.test(value) && isoFromDate(new Date(`${value}T00:00:00Z`)) === value) return value;
    findings.push({
      ruleId: 'flags/registry-bad-date',
      severity: 'error',
      message: `@${tag} ${value} of flag "${k.key}" is not a real YYYY-MM-DD date`,
      ...at,
    });
    return null;
  };
  const description = k.tags.description?.join(' ');
  return {
    key: k.key,
    owners,
    created: date('created'),
    expires: date('expires'),
    type: k.tags.type?.[0] ?? '',
    ...(description ? { description } : {}),
    ...at,
  };
}
