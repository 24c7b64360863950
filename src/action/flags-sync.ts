import { InputError } from '../core/errors.js';
import type { Finding } from '../findings.js';
import { localGitHistory } from '../repo/history.js';
import { syncFlagIssues } from '../engine/sync-flag-issues.js';
import { githubFlagIssues } from '../github/flag-sync.js';
import { renderFlagSyncSummary } from '../flags/sync/result.js';
import type { FlagSyncResult } from '../flags/sync/result.js';
import type { ActionCommand, CommandResult } from './commands.js';

/**
 * `command: flags-sync` (schedule / workflow_dispatch): one issue per flag that needs attention, kept in
 * sync by src/github/flag-sync.ts. This adapter only gathers the inputs and turns the result into what every
 * command yields: the sweep's own problems as findings, its table for the job summary, counts as outputs,
 * and a failure whenever the sweep could not do its job (GitHub refused, or the registry is unreadable) —
 * whatever `fail-on` says, because a green sweep that changed nothing would hide it.
 */
export const flagsSync: ActionCommand = async ({ inputs, event, workspace, now, log, github }) => {
  const client = github();
  if (!client) {
    throw new InputError(
      '"flags-sync" needs a GitHub token that may write issues: keep `github-token` at its default ' +
        '(${{ github.token }}) and give the job `permissions: issues: write`.',
    );
  }
  if (!event.repository)
    throw new InputError(
      '"flags-sync" needs GITHUB_REPOSITORY (owner/name); is this running outside GitHub Actions?',
    );
  if (!event.sha)
    throw new InputError(
      '"flags-sync" needs GITHUB_SHA: the issues link to every reference at that commit.',
    );
  if (workspace.config.checks.flags === false) {
    log.info('flags-sync: the flags check is switched off (checks.flags: false); nothing to sync.');
    return { findings: [], ran: [], outputs: countsOutputs(undefined) };
  }

  const warnings: string[] = [];
  const result = await syncFlagIssues({
    tracker: githubFlagIssues(client),
    ...event.repository,
    sha: event.sha,
    files: workspace.files,
    config: workspace.config,
    now,
    dryRun: inputs.dryRun,
    // Warnings go to the log here and become findings below, so each is annotated once.
    log: {
      info: (m) => log.info(m),
      warning: (m) => {
        warnings.push(m);
        log.info(`warning: ${m}`);
      },
    },
    ...(event.serverUrl ? { serverUrl: event.serverUrl } : {}),
    lastReferenceCommit: localGitHistory(workspace.root),
  });

  const out: CommandResult = {
    findings: [...workspace.configDiagnostics, ...syncFindings(result, warnings)],
    ran: ['flags-sync'],
    summary: renderFlagSyncSummary(result),
    outputs: countsOutputs(result),
  };
  if (result.error) out.failure = `flags-sync failed: ${result.error}`;
  return out;
};

function countsOutputs(result: FlagSyncResult | undefined): Record<string, string> {
  const c = result?.counts;
  return {
    created: String(c?.created ?? 0),
    updated: String(c?.updated ?? 0),
    closed: String(c?.closed ?? 0),
  };
}

/** The sweep's own problems: the error that stopped it, and every warning it logged (failed operations, a spent budget, unreadable teams). */
function syncFindings(result: FlagSyncResult, warnings: readonly string[]): Finding[] {
  const findings: Finding[] = [];
  if (result.error) {
    findings.push({
      ruleId: 'flags/sync-error',
      severity: 'error',
      message:
        result.stopped && result.stopped.includes(result.error) ? result.stopped : result.error,
    });
  }
  const seen = new Set<string>();
  for (const w of warnings) {
    if (seen.has(w) || (result.error && w.includes(result.error))) continue;
    seen.add(w);
    // A spent budget is the design working (the next sweep goes on), not a problem to fail on.
    const severity = /\bbudget\b/.test(w) ? 'notice' : 'warning';
    findings.push({ ruleId: 'flags/sync-warning', severity, message: w });
  }
  return findings;
}
