import { readFile, stat } from 'node:fs/promises';
import { readRequired } from '../repo/required.js';
import path from 'node:path';
import { CONFIG_CANDIDATES } from './base.js';
import { DEFAULT_CONFIG_PATH } from './defaults.js';
import { parseConfig } from './load.js';
import type { Config } from './types.js';
import { formatLocation } from '../findings.js';
import type { Finding } from '../findings.js';
import { RepoError } from '../repo/errors.js';
import { withIgnore } from '../repo/filtered.js';
import { openLocalRepo } from '../repo/local.js';
import type { RepoFiles } from '../repo/types.js';
import { InputError } from '../core/errors.js';

/** A local repository opened with its config: what the CLI and the Action run the use cases on. */
export interface RepoContext {
  /** Absolute path of the repository root. */
  root: string;
  /** The repository with `config.ignore` applied. */
  files: RepoFiles;
  config: Config;
  configPath?: string;
  configDiagnostics: Finding[];
}

export interface RepoOptions {
  repo?: string;
  config?: string;
  /**
   * Config text obtained elsewhere (the Action reads a pull request's config from its base branch, so a
   * PR cannot weaken its own checks); `text: undefined` means "no config there: defaults".
   */
  configText?: { path: string; text: string | undefined };
}

/** A config that cannot be used: every problem with file:line:column, exit 2. */
export class ConfigError extends InputError {
  constructor(readonly findings: Finding[]) {
    super(findings.map((f) => `${formatLocation(f)} ${f.message}`).join('\n'));
    this.name = 'ConfigError';
  }
}

/**
 * Opens a local repository (the CLI's `--repo`, the Action's checkout) and loads its config; `cwd`
 * resolves relative paths. Throws InputError on bad input, ConfigError on an invalid config.
 */
export async function openWorkspace(opts: RepoOptions, cwd: string): Promise<RepoContext> {
  const root = path.resolve(cwd, opts.repo ?? '.');
  if (opts.repo !== undefined) await refuseOptionAsValue('--repo', 'a directory', opts.repo, root);
  let files: RepoFiles;
  try {
    files = await openLocalRepo(root);
  } catch (error) {
    if (error instanceof RepoError) throw new InputError(error.message);
    throw error;
  }
  const { text, configPath } = await readConfigText(opts, root, cwd, files);
  if (text === undefined) {
    return { root, files, config: defaultConfigFor(), configDiagnostics: [] };
  }
  const loaded = parseConfig(text, configPath!);
  if (loaded.errors.length > 0) throw new ConfigError(loaded.errors);
  const config = loaded.config;
  return {
    root,
    files: config.ignore.length > 0 ? withIgnore(files, config.ignore) : files,
    config,
    configPath,
    configDiagnostics: loaded.diagnostics,
  };
}

async function readConfigText(
  opts: RepoOptions,
  root: string,
  cwd: string,
  files: RepoFiles,
): Promise<{ text?: string; configPath?: string }> {
  if (opts.configText !== undefined) {
    return {
      text: opts.configText.text,
      configPath: opts.configText.text === undefined ? undefined : opts.configText.path,
    };
  }
  if (opts.config !== undefined) return readGivenConfig(opts.config, root, cwd);
  for (const candidate of CONFIG_CANDIDATES) {
    const file = await readRequired(files, candidate);
    if (file.kind === 'text') return { text: file.text, configPath: candidate };
    // Skipped by the reader (a folder, a symlink out of the tree, too large): never a run with the defaults.
    if (file.kind === 'unreadable')
      throw new InputError(
        `${candidate} exists but cannot be read as the config (${file.reason.replace(/\.$/, '')}): fix it, or run ops-steward init once it is gone`,
      );
  }
  return {};
}

/**
 * `--config PATH`: relative to the repository first (the help says "in the repository"), then to the working
 * directory, so `--repo ../shop --config .github/strict.yml` and `--config ./local.yml` both do what they say.
 * Errors name every path that was tried, resolved.
 */
async function readGivenConfig(
  given: string,
  root: string,
  cwd: string,
): Promise<{ text: string; configPath: string }> {
  await refuseOptionAsValue('--config', 'a path', given, path.resolve(cwd, given));
  const tried = [...new Set([path.resolve(root, given), path.resolve(cwd, given)])];
  for (const absolute of tried) {
    try {
      return { text: await readFile(absolute, 'utf8'), configPath: displayPath(cwd, absolute) };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') continue;
      const why = code === 'EISDIR' ? 'is a directory' : String(code ?? error);
      throw new InputError(`cannot read config ${given} (${absolute}): ${why}`);
    }
  }
  const where = tried.join(' and ');
  throw new InputError(`cannot read config ${given}: no such file (looked for ${where})`);
}

/**
 * `--config --json`: the parser took the next option for the value. Said as such (unless a file of that odd
 * name really exists), not as "no such file --json".
 */
async function refuseOptionAsValue(
  option: string,
  what: string,
  value: string,
  resolved: string,
): Promise<void> {
  if (!/^--?[A-Za-z]/.test(value)) return;
  if (
    await stat(resolved).then(
      () => true,
      () => false,
    )
  )
    return;
  const noun = what.replace(/^an? /, '');
  throw new InputError(
    `${option} needs ${what}, but the next word is the option ${value}: give the ${noun} right after ${option}`,
  );
}

function defaultConfigFor(): Config {
  return parseConfig('', DEFAULT_CONFIG_PATH).config;
}

function displayPath(cwd: string, absolute: string): string {
  const rel = path.relative(cwd, absolute);
  return (rel.startsWith('..') ? absolute : rel).split(path.sep).join('/');
}
