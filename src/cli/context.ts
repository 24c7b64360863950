import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { DEFAULT_CONFIG_PATH } from '../config/defaults.js';
import { parseConfig } from '../config/load.js';
import type { Config } from '../config/types.js';
import { formatLocation } from '../findings.js';
import type { Finding } from '../findings.js';
import { RepoError } from '../repo/errors.js';
import { withIgnore } from '../repo/filtered.js';
import { openLocalRepo } from '../repo/local.js';
import type { RepoFiles } from '../repo/types.js';
import { InputError } from '../core/errors.js';
import type { CliIo } from './io.js';

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

/** Config file names looked up in the repository when --config is not given, first found wins. */
export const CONFIG_CANDIDATES = [DEFAULT_CONFIG_PATH, '.github/ops-steward.yaml'];

/** Opens `--repo` (default: cwd) and loads `--config`. Throws UsageError on bad input (exit 2). */
export function loadRepoContext(opts: RepoOptions, io: CliIo): Promise<RepoContext> {
  return openWorkspace(opts, io.cwd);
}

/** The same for any front door: `cwd` resolves relative paths. Throws InputError on bad input. */
export async function openWorkspace(opts: RepoOptions, cwd: string): Promise<RepoContext> {
  const root = path.resolve(cwd, opts.repo ?? '.');
  let files: RepoFiles;
  try {
    files = await openLocalRepo(root);
  } catch (error) {
    if (error instanceof RepoError) throw new InputError(error.message);
    throw error;
  }
  const { text, configPath } = await readConfigText(opts, cwd, files);
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
  cwd: string,
  files: RepoFiles,
): Promise<{ text?: string; configPath?: string }> {
  if (opts.configText !== undefined) {
    return {
      text: opts.configText.text,
      configPath: opts.configText.text === undefined ? undefined : opts.configText.path,
    };
  }
  if (opts.config !== undefined) {
    const absolute = path.resolve(cwd, opts.config);
    try {
      return { text: await readFile(absolute, 'utf8'), configPath: displayPath(cwd, absolute) };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const why =
        code === 'ENOENT'
          ? 'no such file'
          : code === 'EISDIR'
            ? 'is a directory'
            : String(code ?? error);
      throw new InputError(`cannot read config ${opts.config}: ${why}`);
    }
  }
  for (const candidate of CONFIG_CANDIDATES) {
    const text = await files.read(candidate);
    if (text !== undefined) return { text, configPath: candidate };
  }
  return {};
}

function defaultConfigFor(): Config {
  return parseConfig('', DEFAULT_CONFIG_PATH).config;
}

function displayPath(cwd: string, absolute: string): string {
  const rel = path.relative(cwd, absolute);
  return (rel.startsWith('..') ? absolute : rel).split(path.sep).join('/');
}

/** Parses `--now`/`--at` (ISO-8601; a bare date means midnight UTC). The real clock is read only here. */
export function parseNow(value: string | undefined): Date {
  if (value === undefined) return new Date();
  const iso = /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value;
  const date = new Date(iso);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(date.getTime())) {
    throw new InputError(
      `invalid date "${value}": use ISO-8601, e.g. 2026-11-25 or 2026-11-25T12:00:00Z`,
    );
  }
  return date;
}
