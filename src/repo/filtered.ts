import { Minimatch } from 'minimatch';
import type { RepoFiles } from './types.js';

/**
 * Hides every path matching one of `globs` (minimatch, `dot: true`), for `config.ignore`.
 * A glob that names a directory (`vendor`, `dist/`) hides everything beneath it, as users expect
 * from .gitignore. Notices about hidden files are hidden too: the user asked not to hear about them.
 */
export function withIgnore(files: RepoFiles, globs: readonly string[]): RepoFiles {
  const matchers = globs
    .map((g) => g.trim())
    .filter((g) => g !== '')
    .map((g) => new Minimatch(g.replace(/^\.\//, '').replace(/\/+$/, ''), { dot: true }));
  if (matchers.length === 0) return files;

  const hidden = (path: string): boolean => {
    const segments = path.split('/');
    for (let i = 1; i <= segments.length; i++) {
      const prefix = segments.slice(0, i).join('/');
      if (matchers.some((m) => m.match(prefix))) return true;
    }
    return false;
  };

  return {
    label: files.label,
    list: async () => (await files.list()).filter((p) => !hidden(p)),
    read: async (path) => (hidden(path) ? undefined : files.read(path)),
    notices: () => files.notices().filter((f) => f.file === undefined || !hidden(f.file)),
  };
}
