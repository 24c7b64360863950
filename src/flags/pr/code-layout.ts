import { codeRegistryDocs, positionsIn } from '../code-registry-tags.js';
import type { RegistrySource } from '../registry-sources.js';
import type { FlagLayout } from './layout.js';

// Loaded lazily (pr/check.ts): the compiler is only needed when a registry is declared in code.
/**
 * The same for a registry declared in code: a member's fields are its JSDoc tags (`@expires 2026-12-01`
 * → the date), its key line the member's. A declaration that cannot be read gives an empty map.
 */
export function codeRegistryLayout(
  source: Extract<RegistrySource, { kind: 'code' }>,
  text: string,
): Map<string, FlagLayout> {
  const out = new Map<string, FlagLayout>();
  const docs = codeRegistryDocs(source.path, text, source.exportName, source.property);
  if (!docs.ok) return out;
  const positionOf = positionsIn(text);
  for (const member of docs.members.values()) {
    const key = positionOf(member.start);
    const fields = new Map<string, { line: number; column: number }>();
    for (const tag of member.tags) {
      if (fields.has(tag.name)) continue;
      fields.set(tag.name, positionOf((tag.values[0] ?? tag.token).start));
    }
    out.set(member.key, {
      keyLine: key.line,
      keyColumn: key.column,
      endLine: key.line,
      fields,
    });
  }
  return out;
}
