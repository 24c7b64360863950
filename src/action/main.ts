import * as actionsCore from '@actions/core';
import path from 'node:path';
import { readConfigAt } from '../config/base.js';
import { ConfigError, openWorkspace } from '../config/workspace.js';
import type { RepoContext, RepoOptions } from '../config/workspace.js';
import { UserError, describeError } from '../core/errors.js';
import { localFilesAt } from '../repo/history.js';
import { readFileAtRef } from '../github/contents.js';
import { DEFAULT_CONFIG_PATH } from '../config/defaults.js';
import { countFindings, shouldFail } from '../findings.js';
import type { Finding, FindingCounts } from '../findings.js';
import { apiUrlFromEnv, createGitHubClient } from '../github/client.js';
import type { GitHubClient, GitHubClientOptions } from '../github/client.js';
import { DEFAULT_REQUEST_BUDGET_MS } from '../github/request-budget.js';

import { formatCounts } from '../report/index.js';
import { VERSION } from '../version.js';
import { COMMANDS, COMMAND_NAMES } from './commands.js';
import type { CommandResult } from './commands.js';
import type { ActionCore } from './core.js';
import { readEvent } from './event.js';
import type { ActionEvent, Env } from './event.js';
import { readInputs } from './inputs.js';
import { guardCore } from './workflow-text.js';
import type { ActionInputs } from './inputs.js';
import { emitAnnotations, renderJobSummary, writeJobSummary, writeReportFiles } from './publish.js';
import type { ReportPaths } from './publish.js';

/** The sweep's writes may wait out secondary rate limits (a minute or more each); a check may not. */
const SWEEP_REQUEST_BUDGET_MS = 15 * 60_000;

/** What the Action touches outside itself; `run()` takes overrides so tests need no global patching. */
export interface ActionDeps {
  core: ActionCore;
  env: Env;
  /** Fallback workspace when GITHUB_WORKSPACE is unset. */
  cwd: string;
  /** The only clock read in the Action. */
  now(): Date;
  createClient(options: GitHubClientOptions): GitHubClient;
}

export interface ActionOutcome {
  failed: boolean;
  /** Why the step failed, as given to setFailed. */
  failure?: string;
  counts?: FindingCounts;
  reports?: ReportPaths;
}

function defaultDeps(): ActionDeps {
  return {
    core: actionsCore,
    env: process.env,
    cwd: process.cwd(),
    now: () => new Date(),
    createClient: createGitHubClient,
  };
}

/**
 * The Action, as a pipeline of named steps. Never rejects: every failure ends in `core.setFailed` with a
 * message meant for the workflow author (stack traces only in the debug log).
 */
export async function run(overrides: Partial<ActionDeps> = {}): Promise<ActionOutcome> {
  const given: ActionDeps = { ...defaultDeps(), ...overrides };
  // Every line the step prints goes through the one escape, whichever path (use case logs included) prints it.
  const deps: ActionDeps = { ...given, core: guardCore(given.core) };
  const { core } = deps;
  try {
    // 1. Inputs: an unknown command or a bad fail-on stops here with the valid values.
    const inputs = readInputs(core, COMMAND_NAMES);
    // 2. Event: what triggered the run; unsupported events still run the command after a notice.
    const event = await readEvent(deps.env);
    announceEvent(core, event, inputs);
    // 3. GitHub access, built only when a command asks for it and only with a token.
    const github = githubSeam(inputs, deps);
    // 4. Workspace and config; an invalid config becomes findings that always fail the step.
    const workspaceDir = path.resolve(deps.cwd, deps.env.GITHUB_WORKSPACE || '.');
    const now = deps.now();
    const configText = await baseBranchConfig(inputs, event, github, core, workspaceDir);
    const opened = await openCheckout(inputs, workspaceDir, core, configText);
    // 5. The command itself.
    const result: CommandResult =
      'configErrors' in opened
        ? { findings: opened.configErrors, ran: [] }
        : await COMMANDS[inputs.command]!({
            inputs,
            event,
            workspace: opened.workspace,
            now,
            log: core,
            github,
          });
    const { findings } = result;
    // 6-9. Report files, annotations, job summary, outputs.
    const label = event.repository
      ? `${event.repository.owner}/${event.repository.repo}`
      : workspaceDir;
    const configPath = 'configErrors' in opened ? opened.configPath : opened.workspace.configPath;
    const reports = await writeReportFiles(deps.env.RUNNER_TEMP, findings, {
      label,
      generatedAt: now.toISOString(),
      toolVersion: VERSION,
      anchorFile: configPath ?? DEFAULT_CONFIG_PATH,
    });
    emitAnnotations(core, findings, result.annotateFirst);
    const title =
      'configErrors' in opened
        ? 'ops-steward: invalid configuration'
        : inputs.command === 'check'
          ? undefined
          : `ops-steward ${inputs.command}: findings`;
    const report = renderJobSummary(findings, label, title, result.summary?.length ?? 0);
    await writeJobSummary(core, result.summary ? `${result.summary}\n${report}` : report);
    const counts = countFindings(findings);
    setOutputs(core, counts, reports, result.outputs);
    // 10. Verdict.
    const failure =
      'configErrors' in opened
        ? `invalid configuration:\n${opened.message}`
        : (result.failure ?? verdict(findings, counts, inputs));
    if (failure) core.setFailed(failure);
    else core.info(`ops-steward: ${formatCounts(counts)} (fail-on: ${inputs.failOn}).`);
    return { failed: failure !== undefined, failure, counts, reports };
  } catch (error) {
    return failStep(core, error);
  }
}

function announceEvent(core: ActionCore, event: ActionEvent, inputs: ActionInputs): void {
  if (event.payloadProblem) core.warning(event.payloadProblem);
  if (!event.supported) {
    core.notice(
      `ops-steward does not handle the "${event.name}" event specifically; running "${inputs.command}" on the checkout. ` +
        'Supported events: pull_request, pull_request_target, push, schedule, workflow_dispatch.',
    );
  }
  const pr = event.pullRequest
    ? ` (pull request #${event.pullRequest.number}${event.pullRequest.fork ? ', from a fork' : ''})`
    : '';
  core.info(
    `ops-steward ${VERSION}: "${inputs.command}" on ${event.name}${pr}, fail-on: ${inputs.failOn}${inputs.dryRun ? ', dry-run' : ''}`,
  );
}

/** Memoised and lazy, so a run that never needs GitHub never builds a client, and a token-less run is offline. */
function githubSeam(inputs: ActionInputs, deps: ActionDeps): () => GitHubClient | undefined {
  let client: GitHubClient | undefined;
  return () => {
    if (!inputs.token) {
      deps.core.debug('no github-token: offline mode, nothing is read from or written to GitHub');
      return undefined;
    }
    client ??= deps.createClient({
      token: inputs.token,
      baseUrl: apiUrlFromEnv(deps.env),
      userAgent: `ops-steward-action/${VERSION}`,
      // A check gives up on an unreachable API after 30 s; the sweep may wait out long rate-limit pauses.
      requestBudgetMs:
        inputs.command === 'flags-sync' ? SWEEP_REQUEST_BUDGET_MS : DEFAULT_REQUEST_BUDGET_MS,
      log: {
        warning: (m) => deps.core.warning(m),
        debug: (m) => deps.core.debug(m),
      },
    });
    return client;
  };
}

type Opened =
  { workspace: RepoContext } | { configErrors: Finding[]; configPath?: string; message: string };

async function openCheckout(
  inputs: ActionInputs,
  workspaceDir: string,
  core: ActionCore,
  configText: RepoOptions['configText'],
): Promise<Opened> {
  try {
    const workspace = await openWorkspace({ config: inputs.config, configText }, workspaceDir);
    if ((await workspace.files.list()).length === 0) {
      core.warning(
        `the workspace ${workspaceDir} has no files: did the job run actions/checkout before ops-steward?`,
      );
    }
    return { workspace };
  } catch (error) {
    if (error instanceof ConfigError) {
      return {
        configErrors: error.findings,
        configPath: error.findings.find((f) => f.file)?.file,
        message: error.message,
      };
    }
    throw error;
  }
}

/**
 * On a pull request, the config comes from the base commit: a pull request must not be able to weaken or
 * switch off its own checks. With a token it is read through the API, and when that read fails the step
 * fails (fail closed) with the reason and how to re-run. Offline (`github-token: ''`, a deliberate choice)
 * it is read from the clone when the clone has the base commit, else from the checkout, with a warning.
 */
async function baseBranchConfig(
  inputs: ActionInputs,
  event: ActionEvent,
  github: () => GitHubClient | undefined,
  core: ActionCore,
  workspaceDir: string,
): Promise<RepoOptions['configText']> {
  const baseSha = event.pullRequest?.baseSha;
  if (!baseSha || !event.repository) return undefined;
  const client = github();
  const repository = event.repository;
  const short = baseSha.slice(0, 7);
  let found: { path: string; text: string | undefined };
  if (!client) {
    // Offline by choice (`github-token: ''`): the clone may still hold the base commit (fetch-depth >= 2).
    try {
      found = await readConfigAt(localFilesAt(workspaceDir, baseSha), inputs.config);
    } catch {
      core.warning(
        `no github-token and the base commit ${short} is not in the clone: the config is read from the pull request itself, ` +
          'so the PR can change its own checks. Keep `github-token` at its default, or check out with `fetch-depth: 2`.',
      );
      return undefined;
    }
  } else {
    try {
      found = await readConfigAt(
        (path) => readFileAtRef(client, { ...repository, path, ref: baseSha }),
        inputs.config,
      );
    } catch (error) {
      throw new UserError(
        `could not read the config at the pull request's base commit ${short} (${describeError(error)}); ` +
          'a pull request is never checked with its own config, so this check fails instead. ' +
          'Re-run the job once GitHub answers again.',
      );
    }
  }
  core.info(
    found.text === undefined
      ? `config: none at the base commit ${short}; using the defaults`
      : `config: ${found.path} at the base commit ${short}`,
  );
  return found;
}

function setOutputs(
  core: ActionCore,
  counts: FindingCounts,
  reports: ReportPaths,
  extra: Readonly<Record<string, string>> = {},
): void {
  core.setOutput('errors', String(counts.errors));
  core.setOutput('warnings', String(counts.warnings));
  core.setOutput('report', reports.json);
  core.setOutput('sarif', reports.sarif);
  for (const [name, value] of Object.entries(extra)) core.setOutput(name, value);
}

function verdict(
  findings: readonly Finding[],
  counts: FindingCounts,
  inputs: ActionInputs,
): string | undefined {
  if (!shouldFail(findings, inputs.failOn)) return undefined;
  return `ops-steward found ${formatCounts(counts)}; failing because fail-on is "${inputs.failOn}".`;
}

function failStep(core: ActionCore, error: unknown): ActionOutcome {
  let failure: string;
  if (error instanceof UserError) {
    failure = error.message;
  } else {
    failure = `internal error: ${error instanceof Error ? error.message : String(error)} (please report it; the debug log has the stack)`;
    if (error instanceof Error && error.stack) core.debug(error.stack);
  }
  core.setFailed(failure);
  return { failed: true, failure };
}
