import type { FlagsConfig } from './config.js';

/**
 * `flags.registry`: one entry or a list. An entry is a YAML registry file (`flags.yml`) or a
 * TypeScript declaration `path#Export` (its keys: enum member values, object keys, union members,
 * array items) or `path#Export.property` (that property of each entry of an object).
 */
export type RegistrySource =
  | { kind: 'yaml'; entry: string; path: string }
  | { kind: 'code'; entry: string; path: string; exportName: string; property: string | null };

export const DEFAULT_REGISTRY = 'flags.yml';

export function registrySources(config: Pick<FlagsConfig, 'registry'>): RegistrySource[] {
  const entries = typeof config.registry === 'string' ? [config.registry] : config.registry;
  return entries.map(parseRegistryEntry);
}

export function parseRegistryEntry(entry: string): RegistrySource {
  const hash = entry.indexOf('#');
  const path = normalize(hash < 0 ? entry : entry.slice(0, hash));
  if (hash < 0) return { kind: 'yaml', entry, path };
  const target = entry.slice(hash + 1);
  const dot = target.indexOf('.');
  return {
    kind: 'code',
    entry,
    path,
    exportName: dot < 0 ? target : target.slice(0, dot),
    property: dot < 0 ? null : target.slice(dot + 1),
  };
}

/**
 * The YAML registry that metadata lives in and that edits (renewals, the sweep) write to: the
 * first YAML entry, or `flags.yml` beside code-declared registries (it may not exist).
 */
export function yamlRegistryPath(config: Pick<FlagsConfig, 'registry'>): string {
  return registrySources(config).find((s) => s.kind === 'yaml')?.path ?? DEFAULT_REGISTRY;
}

/**
 * The file a flag that no registry declares should be declared in, for messages: the first
 * configured entry, whether it is YAML or code.
 */
export function primaryRegistryPath(config: Pick<FlagsConfig, 'registry'>): string {
  return registrySources(config)[0]?.path ?? DEFAULT_REGISTRY;
}

function normalize(path: string): string {
  return path.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '');
}
