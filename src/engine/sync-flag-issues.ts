import type { OnCallDirectory } from '../codeowners/escalation.js';
import { loadCodeowners } from '../codeowners/locate.js';
import type { Config } from '../config/types.js';
import { analyzeFlags, registryProblem, statusOf } from '../flags/check.js';
import { candidateOwners } from '../flags/sync/owners.js';
import type { OwnerResolver } from '../flags/sync/owners.js';
import {
  attentionState,
  planFlagSync,
  referenceFilesOf,
  registryRefusal,
} from '../flags/sync/plan.js';
import { emptyCounts, plannedOf } from '../flags/sync/result.js';
import type { FlagSyncResult } from '../flags/sync/result.js';
import type { ExistingIssue, FlagSyncInput, LastReference } from '../flags/sync/types.js';
import { describeError, httpStatus } from '../core/errors.js';
import { silentLog } from '../core/log.js';
import type { Log } from '../core/log.js';
import type { LastReferenceLookup } from '../repo/history.js';
import type { RepoRef } from '../repo/types.js';
import type { RepoFiles } from '../repo/types.js';
import { withIgnore } from '../repo/filtered.js';
import { primaryRegistryPath } from '../flags/registry-sources.js';
import { loadOnCall } from '../oncall/load.js';
import type { LabelSpec, SyncOperation } from '../flags/sync/types.js';

/** Where the sweep's issues live and how they are read and written: GitHub issues (src/github/flag-sync.ts) or a fake. */
export interface FlagIssueTracker {
  /** Flag issues in every state: the labelled ones, plus any carrying a marker whose label a person removed. */
  findExisting(repo: RepoRef, label: string, log: Log): Promise<ExistingIssue[]>;
  /** Which candidate owners can be assigned, and the members of team owners (when asked to assign them). */
  lookUpPeople(
    repo: RepoRef,
    candidates: readonly string[],
    assignTeamMembers: boolean,
    log: Log,
  ): Promise<{ assignable: Set<string>; teamMembers: Map<string, string[]> }>;
  /** The labels a plan needs that the repository does not have yet (what a dry run reports). */
  missingLabels(repo: RepoRef, specs: readonly LabelSpec[]): Promise<LabelSpec[]>;
  /** Applies the operations most-severe-first within the budget, recording every outcome in `result`. */
  apply(plan: AppliedPlan, result: FlagSyncResult, log: Log): Promise<void>;
}

/** A plan with what the applier needs to re-plan one flag when it finds an issue another run created. */
export interface AppliedPlan {
  repo: RepoRef;
  /** The labels the operations put on issues. */
  labels: readonly LabelSpec[];
  operations: readonly SyncOperation[];
  input: FlagSyncInput;
  existing: ExistingIssue[];
}

export interface SyncFlagIssuesOptions {
  /** Where the issues live: `githubFlagIssues(octokit)` (src/github/flag-sync.ts) or a fake. */
  tracker: FlagIssueTracker;
  owner: string;
  repo: string;
  /** The commit the files are from: permalinks point at it. */
  sha: string;
  /** The swept commit's files; `config.ignore` is applied here. */
  files: RepoFiles;
  config: Config;
  now: Date;
  /** Plan and report, write nothing. */
  dryRun?: boolean;
  log?: Log;
  /** Web root for links on GitHub Enterprise Server (default `https://github.com`). */
  serverUrl?: string;
  /** The history port: names the commit that removed a flag's last reference (a local clone can tell). */
  lastReferenceCommit?: LastReferenceLookup;
  /** The on-call directory (default: read from the on-call files): the last step of the owner chain. */
  directory?: OnCallDirectory;
  /** Replaces the default owner chain. */
  resolvers?: readonly OwnerResolver[];
}

/**
 * The flag-issue sweep: one issue per flag that needs attention, kept in sync. Reads the registry and the
 * code, reads the existing issues through the tracker, asks the pure planner what should change, and has
 * the tracker apply it (or, in a dry run, only reports it). A registry that cannot be read changes nothing.
 */
export async function syncFlagIssues(opts: SyncFlagIssuesOptions): Promise<FlagSyncResult> {
  const log = opts.log ?? silentLog;
  const repo = { owner: opts.owner, repo: opts.repo };
  const sync = opts.config.flags.sync;
  const dryRun = opts.dryRun ?? false;
  const result: FlagSyncResult = {
    dryRun,
    target: `${opts.owner}/${opts.repo}@${opts.sha.slice(0, 7)}`,
    counts: emptyCounts(),
    planned: [],
    applied: [],
    remaining: [],
    labelsCreated: [],
    decisions: [],
    writes: 0,
    budget: sync.budget,
  };

  const files =
    opts.config.ignore.length > 0 ? withIgnore(opts.files, opts.config.ignore) : opts.files;
  const analysis = await analyzeFlags(files, opts.config.flags);
  const registryError = registryProblem(analysis);
  if (registryError !== null) {
    // Not even GitHub is read: the planner would refuse anyway (see planFlagSync).
    result.error = registryRefusal(registryError);
    log.warning(result.error);
    return result;
  }
  const statuses = statusOf(analysis, opts.config.flags, opts.now);
  // Where an undeclared flag should be declared: the first configured registry, YAML or code.
  const registryPath = primaryRegistryPath(opts.config.flags);
  const { codeowners } = await loadCodeowners(files);
  const references = analysis.scan.references;

  let existing: ExistingIssue[];
  let assignable: Set<string>;
  let teamMembers: Map<string, string[]>;
  try {
    existing = await opts.tracker.findExisting(repo, sync.labels.base, log);
    log.info(`found ${existing.length} flag issue(s) in ${opts.owner}/${opts.repo}`);
    const needy = statuses.filter((s) => attentionState(s, { flags: opts.config.flags }) !== null);
    const candidates = new Set<string>();
    const declaredIn = new Map(analysis.registry.flags.map((f) => [f.key, f.file]));
    for (const s of needy) {
      for (const o of candidateOwners({
        owners: s.owners,
        referenceFiles: referenceFilesOf(s.key, references),
        registryPath: declaredIn.get(s.key) ?? registryPath,
        codeowners,
      }))
        candidates.add(o);
    }
    ({ assignable, teamMembers } = await opts.tracker.lookUpPeople(
      repo,
      [...candidates],
      sync.assignTeamMembers,
      log,
    ));
  } catch (err) {
    // 410: GitHub's answer on a repository whose Issues feature is off; no later sweep can do better.
    const off =
      httpStatus(err) === 410
        ? '; the repository has Issues turned off: turn them on (Settings → General → Features) or stop sweeping it'
        : '';
    result.error = `could not read the flag issues or owners of ${opts.owner}/${opts.repo}: ${describeError(err)}${off}`;
    log.warning(result.error);
    return result;
  }

  const input: FlagSyncInput = {
    repository: opts.serverUrl ? { ...repo, serverUrl: opts.serverUrl } : repo,
    sha: opts.sha,
    registryPath,
    registryError,
    statuses,
    declared: analysis.registry.flags,
    references,
    codeowners,
    flags: opts.config.flags,
    codeownersConfig: opts.config.codeowners,
    now: opts.now,
    existing,
    assignable,
    teamMembers,
  };
  if (opts.resolvers) input.resolvers = opts.resolvers;
  // The last step of the owner chain: the team's escalation policy, and who is on call for it now.
  const directory = opts.directory ?? (await loadOnCall(files, opts.config.oncall)).directory;
  if (directory) input.directory = directory;
  let plan = planFlagSync(input);

  // History is asked only for the flags whose issue closes because the flag is gone.
  const statusKeys = new Set(statuses.map((s) => s.key));
  const gone = plan.operations
    .filter((op) => op.kind === 'close' && !statusKeys.has(op.key))
    .map((op) => op.key);
  if (opts.lastReferenceCommit && gone.length > 0) {
    const found = new Map<string, LastReference>();
    for (const key of gone) {
      const commit = await opts.lastReferenceCommit(key).catch(() => undefined);
      if (commit) found.set(key, commit);
    }
    input.lastReferenceCommit = (key) => found.get(key);
    plan = planFlagSync(input);
  }

  result.decisions = plan.decisions;
  result.planned = plan.operations.map(plannedOf);
  for (const d of plan.decisions) log.info(`flag "${d.key}": ${d.message}`);
  if (plan.operations.length === 0) log.info('every flag issue is up to date');

  if (dryRun) {
    for (const op of plan.operations)
      log.info(`[dry-run] would ${op.reason} (${op.writes} write${op.writes === 1 ? '' : 's'})`);
    try {
      const missing = await opts.tracker.missingLabels(
        repo,
        labelsUsed(plan.labels, plan.operations),
      );
      for (const l of missing) log.info(`[dry-run] would create the label "${l.name}"`);
    } catch (err) {
      log.warning(`could not list the labels: ${describeError(err)}`);
    }
    result.counts.skipped = plan.operations.length;
    result.remaining = [...result.planned];
    return result;
  }

  await opts.tracker.apply(
    {
      repo,
      labels: labelsUsed(plan.labels, plan.operations),
      operations: plan.operations,
      input,
      existing,
    },
    result,
    log,
  );
  return result;
}

/** Only the labels some operation puts on an issue. */
function labelsUsed<T extends { name: string }>(
  specs: readonly T[],
  ops: readonly SyncOperation[],
): T[] {
  const used = new Set<string>();
  for (const op of ops)
    for (const l of op.create?.labels ?? op.patch?.labels ?? []) used.add(l.toLowerCase());
  return specs.filter((s) => used.has(s.name.toLowerCase()));
}
