import type { InstalledFiles, RepoFiles } from '../../repo/types.js';

/**
 * How the pass by type reads installed packages: the working tree's own reader, else what the
 * listing holds under node_modules (a tree in memory lists them; one on GitHub has none).
 */
export function installedReader(files: RepoFiles, listed: readonly string[]): InstalledFiles {
  if (files.installed) return files.installed;
  const folders = new Map<string, Set<string>>();
  for (const path of listed) {
    const parts = path.split('/');
    const at = parts.indexOf('node_modules');
    if (at < 0) continue;
    for (let i = at + 1; i < parts.length; i++) {
      const dir = parts.slice(0, i).join('/');
      const names = folders.get(dir) ?? new Set<string>();
      names.add(i === parts.length - 1 ? (parts[i] as string) : `${parts[i]}/`);
      folders.set(dir, names);
    }
  }
  return {
    list: (dir) => Promise.resolve(folders.has(dir) ? [...(folders.get(dir) ?? [])] : undefined),
    // Listed files are where they are: a tree held in memory has no links.
    realpath: (path) => Promise.resolve(path),
    read: (path) =>
      /(^|\/)node_modules\//.test(path) ? files.read(path) : Promise.resolve(undefined),
  };
}

/** `flags.installedTypes: false`: no installed package is there to read. */
export const NOTHING_INSTALLED: InstalledFiles = {
  list: () => Promise.resolve(undefined),
  read: () => Promise.resolve(undefined),
  realpath: () => Promise.resolve(undefined),
};
