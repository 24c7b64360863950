import type { Finding } from '../findings.js';
import { skippedReason } from '../repo/required.js';
import type { RepoFiles } from '../repo/types.js';
import { parseCodeowners } from './parse.js';
import type { Codeowners } from './types.js';
import { codeownersSeverity } from './rules.js';

/**
 * Where GitHub looks for CODEOWNERS, in its order: the first one found wins. (`docs/` comes last:
 * searching it before the root is a known bug of other libraries.)
 */
export const CODEOWNERS_LOCATIONS = [
  '.github/CODEOWNERS',
  'CODEOWNERS',
  'docs/CODEOWNERS',
] as const;

export interface LoadedCodeowners {
  /** The file GitHub uses, parsed; undefined when there is none (or it could not be read). */
  codeowners: Codeowners | undefined;
  /** Problems about the files themselves: unreadable, or present but shadowed by an earlier location. */
  findings: Finding[];
}

/** Finds and parses the CODEOWNERS file GitHub would use. No file at all → no codeowners, no findings. */
export async function loadCodeowners(files: RepoFiles): Promise<LoadedCodeowners> {
  const listed = new Set(await files.list());
  const findings: Finding[] = [];
  let chosen: string | undefined;
  let codeowners: Codeowners | undefined;

  for (const location of CODEOWNERS_LOCATIONS) {
    if (chosen !== undefined) {
      if (listed.has(location) || skippedReason(files, location) !== undefined) {
        findings.push({
          ruleId: 'codeowners/ignored-file',
          severity: codeownersSeverity('codeowners/ignored-file'),
          message: `${location} is ignored: GitHub uses ${chosen}, which it finds first. Merge the rules and delete this file.`,
          file: location,
        });
      }
      continue;
    }
    const text = await files.read(location);
    if (text !== undefined) {
      chosen = location;
      codeowners = parseCodeowners(text, location);
      continue;
    }
    // The reader may have skipped it (too large, binary, unreadable): GitHub still finds it first.
    const why = skippedReason(files, location);
    if (why !== undefined) {
      chosen = location;
      findings.push({
        ruleId: 'codeowners/unreadable',
        severity: codeownersSeverity('codeowners/unreadable'),
        message: `${location} is the CODEOWNERS file GitHub uses, but it could not be read: ${why}`,
        file: location,
      });
    }
  }
  return { codeowners, findings };
}
