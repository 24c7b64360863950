import type { Log } from '../core/log.js';
import type { RepoContext } from '../config/workspace.js';
import { runChecks } from '../engine/run-checks.js';
import type { Finding } from '../findings.js';
import type { GitHubClient } from '../github/client.js';
import { githubCheckServices } from '../github/services.js';
import type { OctokitLike } from '../repo/github.js';
import type { ActionEvent } from './event.js';
import { flagsSync } from './flags-sync.js';
import type { ActionInputs } from './inputs.js';
import { pullRequestReview } from './pull-request.js';

/** The one Log, plus what the runner adds: `warning` and `notice` also show as annotations on the run. */
export interface CommandLog extends Log {
  debug(message: string): void;
  notice(message: string): void;
}

/** Everything a command may use. GitHub access is a lazy seam: undefined without a token (offline mode). */
export interface CommandContext {
  inputs: ActionInputs;
  event: ActionEvent;
  workspace: RepoContext;
  now: Date;
  log: CommandLog;
  github(): GitHubClient | undefined;
}

export interface CommandResult {
  findings: Finding[];
  /** Check ids that ran, for the log. */
  ran: string[];
  /**
   * Findings annotated before the others: GitHub shows only 10 annotations of each level per step, and on a
   * pull request the ones about its own changes matter most.
   */
  annotateFirst?: readonly Finding[];
  /** Markdown placed above the findings report in the job summary. */
  summary?: string;
  /** Step outputs besides the shared ones (errors, warnings, report, sarif). */
  outputs?: Record<string, string>;
  /** Fails the step whatever `fail-on` says: the command could not do its job. */
  failure?: string;
}

export type ActionCommand = (ctx: CommandContext) => Promise<CommandResult>;

/**
 * Runs every enabled check on the checked-out workspace. With a token, the checks may also read from
 * GitHub (CODEOWNERS owners and GitHub's own CODEOWNERS verdict). On a pull request it adds the flag rules
 * of the PR's own changes and keeps one sticky PR comment with them — the only write `check` makes.
 */
const check: ActionCommand = async ({ workspace, now, inputs, log, github, event }) => {
  if (inputs.dryRun)
    log.info(
      'dry-run: "check" runs normally; on a pull request the sticky comment is not created or updated.',
    );
  // Lazy: the client is built only if a check actually asks GitHub something (a repo with CODEOWNERS).
  const lazyClient: OctokitLike = {
    request: (route, params) => {
      const client = github();
      if (!client) throw new Error('no github-token');
      return client.request(route, params);
    },
  };
  const services =
    inputs.token && event.repository
      ? githubCheckServices(lazyClient, {
          ...event.repository,
          ref: event.pullRequest?.headSha ?? event.sha,
        })
      : undefined;
  const full = await runChecks(workspace.files, workspace.config, {
    now,
    configPath: workspace.configPath,
    configDiagnostics: workspace.configDiagnostics,
    ...(services ? { services } : {}),
  });
  // Only `pull_request` checks out the pull request itself; `pull_request_target` checks out the base.
  if (event.name !== 'pull_request' || !event.pullRequest) return full;
  const pr = await pullRequestReview({
    event,
    workspace,
    client: github(),
    ...(services ? { services } : {}),
    now,
    dryRun: inputs.dryRun,
    log,
  });
  return {
    // A verdict of the review (by the base's rules) and the full check's on the same file are not both shown.
    findings: [...pr.findings, ...pr.keepOfFull(full.findings)],
    ran: [...full.ran, 'pull request'],
    annotateFirst: pr.findings,
    ...(pr.summary ? { summary: pr.summary } : {}),
  };
};

/**
 * Every command the `command` input accepts. Each one yields findings; reporting (annotations, job summary,
 * outputs, fail-on) is shared by all, so a new command (e.g. a flag-issue sync) registers here and nowhere else.
 */
export const COMMANDS: Readonly<Record<string, ActionCommand>> = {
  check,
  'flags-sync': flagsSync,
};

export const COMMAND_NAMES: readonly string[] = Object.keys(COMMANDS);
