import type { Check, CheckContext } from './check.js';
import { CHECKS } from './checks.js';
import { withOwnership } from './codeowners/enrich.js';
import { loadCodeowners } from './codeowners/locate.js';
import type { Config } from './config/types.js';
import { loadOnCall } from './oncall/load.js';
import { sortFindings } from './findings.js';
import type { Finding } from './findings.js';
import { withIgnore } from './repo/filtered.js';
import type { RepoFiles } from './repo/types.js';

export interface RunOptions {
  now: Date;
  configPath?: string;
  configDiagnostics?: readonly Finding[];
  /** Restrict to these check ids (still subject to `config.checks`). */
  only?: readonly string[];
  /** Override the registry (tests). */
  checks?: readonly Check[];
  /** Passed to the checks as `CheckContext.onScanProgress`. */
  onScanProgress?: CheckContext['onScanProgress'];
}

export interface RunResult {
  findings: Finding[];
  /** Ids of the checks that ran, so a report can say what was (and was not) looked at. */
  ran: string[];
}

/** Every finding names who acts on it and how to escalate, from CODEOWNERS, when the repository has one. */
async function routeToOwners(
  findings: Finding[],
  files: RepoFiles,
  config: Config,
  now: Date,
): Promise<Finding[]> {
  const { codeowners } = await loadCodeowners(files);
  if (!codeowners) return findings;
  const { directory } = await loadOnCall(files, config.oncall);
  return withOwnership(findings, codeowners, config.codeowners, directory, now);
}

/**
 * Runs every enabled check on the repository and returns their findings, sorted.
 * A check that throws becomes an error finding: a crashed check must never look like a clean one.
 */
export async function runChecks(
  files: RepoFiles,
  config: Config,
  options: RunOptions,
): Promise<RunResult> {
  const repo = config.ignore.length > 0 ? withIgnore(files, config.ignore) : files;
  const ctx: CheckContext = {
    files: repo,
    config,
    configPath: options.configPath,
    configDiagnostics: options.configDiagnostics ?? [],
    now: options.now,
    ...(options.onScanProgress ? { onScanProgress: options.onScanProgress } : {}),
  };
  const selected = (options.checks ?? CHECKS).filter(
    (c) => config.checks[c.id] !== false && (!options.only || options.only.includes(c.id)),
  );
  const findings: Finding[] = [];
  const ran: string[] = [];
  for (const check of selected) {
    try {
      findings.push(...(await check.run(ctx)));
    } catch (error) {
      findings.push({
        ruleId: `${check.id}/check-failed`,
        severity: 'error',
        message: `the ${check.title} check failed: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
    ran.push(check.id);
  }
  findings.push(...repo.notices());
  return { findings: sortFindings(await routeToOwners(findings, repo, config, options.now)), ran };
}
