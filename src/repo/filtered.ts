import { Minimatch } from 'minimatch';
import type { RepoFiles } from './types.js';

/**
 * Hides every path matching one of `globs` (minimatch, `dot: true`), for `config.ignore`.
 * A glob that names a directory (`vendor`, `dist/`) hides everything beneath it, as users expect
 * from .gitignore. Notices about hidden files are hidden too: the user asked not to hear about them.
 */
export function withIgnore(files: RepoFiles, globs: readonly string[]): RepoFiles {
  const patterns = globs.map((g) => g.trim()).filter((g) => g !== '');
  if (patterns.length === 0) return files;
  // The same repository filtered the same way is the same object, whichever front door or check asks:
  // work keyed on it (the flag analysis) is then done once per run.
  const key = patterns.join('\n');
  if (filteredBy.get(files) === key) return files;
  const known = wrappers.get(files)?.get(key);
  if (known) return known;
  const filtered = filter(files, patterns);
  filteredBy.set(filtered, key);
  if (!wrappers.has(files)) wrappers.set(files, new Map());
  wrappers.get(files)!.set(key, filtered);
  return filtered;
}

const wrappers = new WeakMap<RepoFiles, Map<string, RepoFiles>>();
const filteredBy = new WeakMap<RepoFiles, string>();

/** Whether `config.ignore`'s globs hide a path: it, or a directory above it, matches one. */
export function ignoredBy(globs: readonly string[]): (path: string) => boolean {
  const matchers = globs
    .map((g) => g.trim())
    .filter((g) => g !== '')
    .map((g) => new Minimatch(g.replace(/^\.\//, '').replace(/\/+$/, ''), { dot: true }));
  if (matchers.length === 0) return () => false;
  return (path) => {
    const segments = path.split('/');
    for (let i = 1; i <= segments.length; i++) {
      const prefix = segments.slice(0, i).join('/');
      if (matchers.some((m) => m.match(prefix))) return true;
    }
    return false;
  };
}

function filter(files: RepoFiles, patterns: readonly string[]): RepoFiles {
  const asked = ignoredBy(patterns);
  // A symbolic link is judged where it points too: `src/keys.ts -> ../vendor/keys.ts` with
  // `vendor/` ignored would otherwise read the ignored file under another name.
  const hidden = (path: string): boolean => {
    if (asked(path)) return true;
    const target = files.linkTarget?.(path);
    return target !== undefined && asked(target);
  };
  // Installed packages are links too (workspaces, pnpm): where one really is decides as well.
  const installedHidden = async (path: string): Promise<boolean> => {
    if (asked(path)) return true;
    const real = await files.installed?.realpath(path);
    return real !== undefined && real !== path && asked(real);
  };

  return {
    label: files.label,
    list: async () => (await files.list()).filter((p) => !hidden(p)),
    read: async (path, options) => (hidden(path) ? undefined : files.read(path, options)),
    notices: () => files.notices().filter((f) => f.file === undefined || !hidden(f.file)),
    ...(files.isLoaded
      ? { isLoaded: (path: string) => !hidden(path) && files.isLoaded!(path) }
      : {}),
    ...(files.linkTarget ? { linkTarget: files.linkTarget.bind(files) } : {}),
    ...(files.installed
      ? {
          installed: {
            list: async (dir: string) =>
              (await installedHidden(dir)) ? undefined : files.installed!.list(dir),
            read: async (path: string) =>
              (await installedHidden(path)) ? undefined : files.installed!.read(path),
            realpath: async (path: string) =>
              (await installedHidden(path)) ? undefined : files.installed!.realpath(path),
          },
        }
      : {}),
  };
}
