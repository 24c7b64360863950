import type { RepoContext } from '../cli/context.js';
import { runChecks } from '../engine.js';
import type { Finding } from '../findings.js';
import type { GitHubClient } from '../github/client.js';
import type { ActionEvent } from './event.js';
import type { ActionInputs } from './inputs.js';

/** Everything a command may use. GitHub access is a lazy seam: undefined without a token (offline mode). */
export interface CommandContext {
  inputs: ActionInputs;
  event: ActionEvent;
  workspace: RepoContext;
  now: Date;
  log: { info(message: string): void; debug(message: string): void };
  github(): GitHubClient | undefined;
}

export interface CommandResult {
  findings: Finding[];
  /** Check ids that ran, for the log. */
  ran: string[];
}

export type ActionCommand = (ctx: CommandContext) => Promise<CommandResult>;

/** Runs every enabled check on the checked-out workspace. Reads nothing from GitHub (yet). */
const check: ActionCommand = async ({ workspace, now, inputs, log }) => {
  if (inputs.dryRun)
    log.info('dry-run: "check" changes nothing on GitHub anyway; running it normally.');
  return runChecks(workspace.files, workspace.config, {
    now,
    configPath: workspace.configPath,
    configDiagnostics: workspace.configDiagnostics,
  });
};

/**
 * Every command the `command` input accepts. Each one yields findings; reporting (annotations, job summary,
 * outputs, fail-on) is shared by all, so a new command (e.g. a flag-issue sync) registers here and nowhere else.
 */
export const COMMANDS: Readonly<Record<string, ActionCommand>> = { check };

export const COMMAND_NAMES: readonly string[] = Object.keys(COMMANDS);
