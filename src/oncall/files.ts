import { Minimatch } from 'minimatch';
import type { RepoFiles } from '../repo/types.js';

/** An `oncall.files` entry with glob syntax (`oncall/teams/*.yml`) rather than one path. */
function isGlob(entry: string): boolean {
  return /[*?[\]{}]/.test(entry);
}

export interface OnCallPaths {
  /** In `oncall.files` order, a glob's matches sorted in its place; each path once. */
  paths: string[];
  /** Globs that match no file. */
  unmatched: string[];
}

/**
 * The files `oncall.files` names: a path as written, a glob as the files it matches (a config split into
 * one file per team). `also`: paths that exist on one side of a pull request only (a team file it adds or
 * removes), matched against the globs as well.
 */
export async function onCallPaths(
  files: RepoFiles,
  entries: readonly string[],
  also: readonly string[] = [],
): Promise<OnCallPaths> {
  const listed = entries.some(isGlob) ? [...(await files.list()), ...also] : [];
  const paths: string[] = [];
  const unmatched: string[] = [];
  const seen = new Set<string>();
  const add = (path: string): void => {
    if (seen.has(path)) return;
    seen.add(path);
    paths.push(path);
  };
  for (const entry of entries) {
    if (!isGlob(entry)) {
      add(entry);
      continue;
    }
    const glob = new Minimatch(entry.replace(/^\.\//, ''), { dot: true });
    const matches = [...new Set(listed.filter((p) => glob.match(p)))].sort();
    if (matches.length === 0) unmatched.push(entry);
    matches.forEach(add);
  }
  return { paths, unmatched };
}
