import type { Finding } from '../findings.js';
import type { RepoFiles } from '../repo/types.js';
import type { CodeKey, DocToken, TagSpan } from './code-registry-parse.js';
import type { FlagsConfig } from './config.js';
import { distance } from 'fastest-levenshtein';
import { checkFlagMetadata, METADATA_TAGS, ownerProblem } from './registry-metadata.js';
import type { FlagMetadata, MetadataField, Span } from './registry-metadata.js';
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

export async function readCodeRegistry(
  files: RepoFiles,
  source: Extract<RegistrySource, { kind: 'code' }>,
  yamlFlags: ReadonlyMap<string, DeclaredFlag>,
  config: FlagsConfig,
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
    // A YAML entry of the key was checked as YAML: its JSDoc, if any, is not the flag's metadata.
    const yaml = yamlFlags.get(k.key);
    if (yaml) {
      const tag = k.spans.find((t) => (METADATA_TAGS as readonly string[]).includes(t.name));
      // Two places for one flag's owner and dates drift apart; say which one counts.
      if (tag)
        findings.push({
          ruleId: 'flags/registry-metadata-ignored',
          severity: 'notice',
          message: `the JSDoc @${tag.name} of flag "${k.key}" is ignored: its entry in ${yaml.file} (line ${yaml.line}) gives the flag's metadata; keep owner and dates in one place`,
          file: source.path,
          line: tag.token.line,
          column: tag.token.column,
        });
    }
    flags.push(yaml ? fromYaml(k, yaml, source.path) : fromTags(k, source, config, findings));
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
  const createdAt = yaml.createdAt ?? { file: yaml.file, line: yaml.line, column: yaml.column };
  return { ...yaml, file, line: k.line, column: k.column, createdAt };
}

/** The member's JSDoc tags, checked by the registry's rules (as a YAML entry is), each finding at its tag. */
function fromTags(
  k: CodeKey,
  source: Extract<RegistrySource, { kind: 'code' }>,
  config: FlagsConfig,
  findings: Finding[],
): DeclaredFlag {
  const tokenSpan = (t: DocToken): Span => ({
    file: source.path,
    line: t.line,
    column: t.column,
    endLine: t.endLine,
    endColumn: t.endColumn,
  });
  const first = (name: string): TagSpan | undefined => k.spans.find((t) => t.name === name);
  // A tag with no value is as good as none: `@expires` alone gives no date.
  const field = (name: string): MetadataField | undefined => {
    const value = first(name)?.values[0];
    return value ? { text: value.text, at: tokenSpan(value) } : undefined;
  };
  const ownerValues = k.spans
    .filter((t) => t.name === 'owner')
    .flatMap((t) => valuesBeforeMistypedTag(t).map((v) => ({ text: v.text, at: tokenSpan(v) })));
  for (const token of k.spans.flatMap((t) => t.values)) {
    const tag = mistypedTag(token.text);
    if (tag !== undefined)
      findings.push({
        ruleId: 'flags/registry-unknown-key',
        severity: 'warning',
        message: `unknown tag ${token.text} in the JSDoc of flag "${k.key}"; did you mean @${tag}? (known tags: ${METADATA_TAGS.map((t) => `@${t}`).join(', ')})`,
        ...tokenSpan(token),
      });
  }
  // Owners add up; a second date or type would leave it unclear which one counts (renewals refuse it too).
  for (const name of ['created', 'expires', 'renewedFrom', 'type'] as const) {
    const [, ...again] = k.spans.filter((t) => t.name === name);
    for (const tag of again)
      findings.push({
        ruleId: 'flags/registry-duplicate-key',
        severity: 'error',
        message: `@${name} appears twice in the JSDoc of flag "${k.key}"; only the first is read — keep one`,
        ...tokenSpan(tag.token),
      });
  }
  const meta: FlagMetadata = {
    key: k.key,
    at: { file: source.path, line: k.line, column: k.column },
    notation: 'jsdoc',
    declaredIn: source.entry,
    ...(ownerValues.length > 0 ? { owner: { values: ownerValues } } : {}),
  };
  for (const name of ['created', 'expires', 'renewedFrom', 'type'] as const) {
    const value = field(name);
    if (value) meta[name] = value;
  }
  const checked = checkFlagMetadata(meta, config, (ruleId, severity, message, at) =>
    findings.push({ ruleId, severity, message, ...at }),
  );
  // An owner that is not one is reported above and assigned nothing.
  const owners = ownerValues.flatMap((o) =>
    ownerProblem(o.text, k.key) === undefined ? [o.text] : [],
  );
  const description = k.tags.description?.join(' ');
  return {
    key: k.key,
    owners,
    created: checked.created,
    expires: checked.expires,
    type: meta.type?.text ?? '',
    ...(description ? { description } : {}),
    file: source.path,
    line: k.line,
    column: k.column,
    ...(k.doc ? { metadataLine: k.doc.line } : {}),
    ...(meta.created && checked.created
      ? {
          createdAt: {
            file: source.path,
            line: meta.created.at.line!,
            column: meta.created.at.column!,
          },
        }
      : {}),
  };
}

/**
 * The metadata tag a value resembles (`@expiry` → `expires`), or undefined. A handle is a value
 * too (`@alice`), so only a near miss of a tag name counts, and never a team (`@acme/web`).
 */
function mistypedTag(text: string): string | undefined {
  if (!/^@[A-Za-z]+$/.test(text)) return undefined;
  const word = text.slice(1);
  if ((METADATA_TAGS as readonly string[]).includes(word)) return undefined;
  // One edit, two for the longer tags: `@expiry`, `@creat`, `@Type` — but not `@owen` or `@kyle`.
  return METADATA_TAGS.find((tag) => {
    const d = distance(word.toLowerCase(), tag.toLowerCase());
    return d <= (tag.length >= 6 ? 2 : 1);
  });
}

/** An owner tag's values up to a mistyped tag: what follows it is that tag's value, not an owner. */
function valuesBeforeMistypedTag(span: TagSpan): DocToken[] {
  const cut = span.values.findIndex((v) => mistypedTag(v.text) !== undefined);
  return cut < 0 ? span.values : span.values.slice(0, cut);
}
