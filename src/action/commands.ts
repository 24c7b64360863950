import type { RepoContext } from '../cli/context.js';
import { buildChecks } from '../checks.js';
import { runChecks } from '../engine.js';
import type { Finding } from '../findings.js';
import type { GitHubClient } from '../github/client.js';
import { githubCheckServices } from '../github/services.js';
import type { OctokitLike } from '../repo/github.js';
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

/**
 * Runs every enabled check on the checked-out workspace. With a token, the checks may also read from
 * GitHub (CODEOWNERS owners and GitHub's own CODEOWNERS verdict); they never write.
 */
const check: ActionCommand = async ({ workspace, now, inputs, log, github, event }) => {
  if (inputs.dryRun)
    log.info('dry-run: "check" changes nothing on GitHub anyway; running it normally.');
  // Lazy: the client is built only if a check actually asks GitHub something (a repo with CODEOWNERS).
  const lazyClient: OctokitLike = {
    request: (route, params) => {
      const client = github();
      if (!client) throw new Error('no github-token');
      return client.request(route, params);
    },
  };
  const checks =
    inputs.token && event.repository
      ? buildChecks(
          githubCheckServices(lazyClient, {
            ...event.repository,
            ref: event.pullRequest?.headSha ?? event.sha,
          }),
        )
      : undefined;
  return runChecks(workspace.files, workspace.config, {
    now,
    configPath: workspace.configPath,
    configDiagnostics: workspace.configDiagnostics,
    checks,
  });
};

/**
 * Every command the `command` input accepts. Each one yields findings; reporting (annotations, job summary,
 * outputs, fail-on) is shared by all, so a new command (e.g. a flag-issue sync) registers here and nowhere else.
 */
export const COMMANDS: Readonly<Record<string, ActionCommand>> = { check };

export const COMMAND_NAMES: readonly string[] = Object.keys(COMMANDS);
