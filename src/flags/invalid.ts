import type { Finding } from '../findings.js';
import type { DeclaredFlag } from './types.js';

/**
 * The registry's error findings that fall inside one flag's entry, by key: from the entry's key line up to
 * the line before the next entry's key (the last entry runs to the end of the file). A problem before the
 * first entry, or without a line, belongs to the file, not to a flag. A code-declared flag's entry starts
 * at its JSDoc block, above the member.
 */
export function entryErrors(
  flags: readonly DeclaredFlag[],
  findings: readonly Finding[],
): Map<string, Finding[]> {
  const start = (f: DeclaredFlag): number => Math.min(f.metadataLine ?? f.line, f.line);
  const entries = [...flags].sort((a, b) => start(a) - start(b));
  const out = new Map<string, Finding[]>();
  for (const finding of findings) {
    if (finding.severity !== 'error' || finding.line === undefined) continue;
    const line = finding.line;
    let owner: DeclaredFlag | undefined;
    for (const entry of entries) {
      if (entry.file !== finding.file || start(entry) > line) continue;
      owner = entry;
    }
    if (!owner) continue;
    const list = out.get(owner.key) ?? [];
    list.push(finding);
    out.set(owner.key, list);
  }
  return out;
}
