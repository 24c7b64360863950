import type { Finding } from '../findings.js';

/**
 * The single way the engine reads a repository. Paths are repository-relative, forward slashes,
 * no leading `./`. Implementations: local working tree, GitHub ref, in-memory.
 */
export interface RepoFiles {
  /** Human label for messages: a directory, `owner/repo@sha`, or `memory`. */
  readonly label: string;
  /** Every readable text file, sorted. Skipped files are reported through `notices()`. */
  list(): Promise<readonly string[]>;
  /** Text content, or `undefined` when the file is absent or was skipped. */
  read(path: string, options?: ReadOptions): Promise<string | undefined>;
  /** Files skipped while listing or reading (binary, oversized, symlink out of tree, unreadable). */
  notices(): readonly Finding[];
  /**
   * Whether reading `path` now costs no network request: its content is in memory already (read before,
   * or in a downloaded archive). Absent: every read is local and cheap (a working tree, memory). Lets work
   * that could read any file (the suppression scan) keep to what was read anyway on a remote tree.
   */
  isLoaded?(path: string): boolean;
  /**
   * For a listed file that is a symbolic link, the repository path it points to (absent, or
   * `undefined` for a plain file). Lets `config.ignore` hide a link into an ignored folder.
   */
  linkTarget?(path: string): string | undefined;
  /**
   * Installed packages (`node_modules/…`), which the listing leaves out. Absent on trees where
   * nothing is installed (GitHub, an archive). Lets the flag scan's pass by type read the
   * declaration files the repository's own files import, and only those.
   */
  readonly installed?: InstalledFiles;
}

/** Read access to `node_modules` folders of a working tree: never written, never listed whole. */
export interface InstalledFiles {
  /**
   * The entries of a folder named `node_modules` or inside one, a folder's name ending in `/`;
   * `undefined` when it is not such a folder of the tree.
   */
  list(dir: string): Promise<readonly string[] | undefined>;
  /** A plain text file in such a folder, or `undefined` (absent, binary, too large, outside the tree). */
  read(path: string): Promise<string | undefined>;
  /**
   * Where such a path really is in the tree (pnpm links each package from its store), or
   * `undefined` when it is not in the tree. Dependencies are looked up from there, as Node does.
   */
  realpath(path: string): Promise<string | undefined>;
}

export interface ReadOptions {
  /**
   * The size cap for this one file when it is larger than the reader's own (the flag registry may be
   * legitimately big): a file listed as oversized is then read after all, and leaves `notices()`.
   */
  maxBytes?: number;
}

/** Files above this size are skipped with a notice: generated bundles and data dumps, not sources. */
export const DEFAULT_MAX_FILE_BYTES = 1024 * 1024;

/** A repository on GitHub (or GitHub Enterprise Server): the one coordinates type every layer uses. */
export interface RepoRef {
  owner: string;
  repo: string;
}
