import path from 'node:path';
import { Option } from 'commander';
import type { Command } from 'commander';
import { parseNow } from './context.js';
import { UsageError } from './io.js';

/**
 * The options every subcommand spells the same way. A user who learnt `--repo`, `--json` or `--now` on one
 * command can rely on it on the next (eslint and markdownlint users also expect a positional directory).
 */
export interface RepoFlags {
  repo?: string;
  config?: string;
}

export interface OutputFlags {
  format: string;
  json?: boolean;
}

export interface ClockFlags {
  now?: string;
  at?: string;
}

export const CONFIG_HELP =
  'config file, looked up in the repository first, then in the current directory (default: .github/ops-steward.yml in the repository)';

/** `[dir]` plus `--repo <dir>`: the same thing, given either way. */
export function withRepo(command: Command, positional = true): Command {
  if (positional) command.argument('[dir]', 'repository root, the same as --repo (default: .)');
  return command
    .option('--repo <dir>', 'repository root (default: the current directory)')
    .option('--config <path>', CONFIG_HELP);
}

/** `--format` with the formats a command has, and `--json` as its shorthand. */
export function withOutput(
  command: Command,
  formats: readonly string[],
  jsonShape: string,
): Command {
  return command
    .addOption(new Option('--format <format>', 'output format').choices(formats).default('text'))
    .option('--json', `the same as --format json: ${jsonShape}`);
}

/** `--now` and its synonym `--at`: the instant dates are evaluated at. */
export function withClock(command: Command, what: string): Command {
  return command
    .option(
      '--now <iso>',
      `${what} as of this instant: ISO-8601, UTC unless it has an offset (e.g. 2026-11-25, 2026-11-25T09:30+01:00; default: now)`,
    )
    .option('--at <iso>', 'the same as --now');
}

/** The repository directory from `[dir]` or `--repo`; giving two different ones is a usage error. */
export function repoOf(positional: string | undefined, flags: RepoFlags, cwd: string): string {
  if (positional !== undefined && flags.repo !== undefined) {
    if (path.resolve(cwd, positional) !== path.resolve(cwd, flags.repo)) {
      throw new UsageError(
        `two repositories given: "${positional}" and --repo "${flags.repo}"; give one`,
      );
    }
  }
  return positional ?? flags.repo ?? '.';
}

export function formatOf(flags: OutputFlags): string {
  if (flags.json && flags.format !== 'text' && flags.format !== 'json') {
    throw new UsageError(`--json contradicts --format ${flags.format}; give one`);
  }
  return flags.json ? 'json' : flags.format;
}

export function nowOf(flags: ClockFlags): Date {
  if (flags.now !== undefined && flags.at !== undefined && flags.now !== flags.at) {
    throw new UsageError(`--now ${flags.now} and --at ${flags.at} contradict each other; give one`);
  }
  return flags.now !== undefined ? parseNow(flags.now, '--now') : parseNow(flags.at, '--at');
}
