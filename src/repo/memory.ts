import type { Finding } from '../findings.js';
import { comparePaths, isCleanRelativePath } from './content.js';
import type { RepoFiles } from './types.js';

/**
 * A repository held in memory, for tests and for callers that already have the contents.
 * Keys must be clean repository paths so a test cannot pass with a path no real repo would produce.
 */
export function memoryRepo(files: Record<string, string>, label = 'memory'): RepoFiles {
  const contents = new Map<string, string>();
  for (const [path, text] of Object.entries(files)) {
    if (!isCleanRelativePath(path)) {
      throw new Error(
        `memoryRepo: "${path}" is not a repository path (forward slashes, no leading "/", "./" or "..")`,
      );
    }
    contents.set(path, text);
  }
  const sorted = [...contents.keys()].sort(comparePaths);
  const none: readonly Finding[] = Object.freeze([]);
  return {
    label,
    list: () => Promise.resolve(sorted.slice()),
    read: (path) => Promise.resolve(contents.get(path)),
    notices: () => none,
  };
}
