import pLimit from 'p-limit';
import { loadCodeowners, ownerKind } from '../codeowners/index.js';
import type { OnCallDirectory } from '../codeowners/index.js';
import type { Config } from '../config/types.js';
import { analyzeFlags, registryProblem, statusOf } from '../flags/check.js';
import { candidateOwners } from '../flags/sync/owners.js';
import type { OwnerResolver } from '../flags/sync/owners.js';
import { markerSearchPhrase, splitBody } from '../flags/sync/markers.js';
import {
  attentionState,
  planFlagSync,
  referenceFilesOf,
  registryRefusal,
} from '../flags/sync/plan.js';
import { emptyCounts, plannedOf } from '../flags/sync/result.js';
import type { AppliedOp, FlagSyncResult } from '../flags/sync/result.js';
import type {
  ExistingIssue,
  FlagSyncInput,
  LabelSpec,
  LastReference,
  SyncOperation,
} from '../flags/sync/types.js';
import type { OctokitLike } from '../repo/github.js';
import type { RepoFiles } from '../repo/types.js';
import {
  createComment,
  createIssue,
  describeError,
  isAssignable,
  latestEventId,
  listLabeledIssues,
  listTeamMembers,
  searchIssuesByBody,
  stopsSweep,
  updateIssue,
} from './issues.js';
import type { RepoCoordinates } from './issues.js';
import { createLabel, listLabelNames, missingLabels } from './labels.js';

/**
 * The scheduled sweep: one issue per flag that needs attention, kept in sync. Reads GitHub, asks the
 * pure planner what should change, then applies it most-severe-first within the write budget. Every
 * operation re-derives from the markers in the issues, so a run that stops half-way (budget, 403, 500)
 * is simply continued by the next one — nothing is lost and nothing is done twice.
 */

export interface FlagSyncLog {
  info(message: string): void;
  warning(message: string): void;
}

export interface RunFlagSyncOptions {
  octokit: OctokitLike;
  owner: string;
  repo: string;
  /** The commit the files are from: permalinks point at it. */
  sha: string;
  files: RepoFiles;
  config: Config;
  now: Date;
  /** Print the planned operations and write nothing. */
  dryRun?: boolean;
  log?: FlagSyncLog;
  /** Web root for links on GitHub Enterprise Server (default `https://github.com`). */
  serverUrl?: string;
  /** Names the commit that removed a flag's last reference (e.g. `localGitHistory(workspace)`); optional. */
  lastReferenceCommit?: (key: string) => Promise<LastReference | undefined>;
  /** The on-call directory, once there is one. */
  directory?: OnCallDirectory;
  /** Replaces the default owner chain. */
  resolvers?: readonly OwnerResolver[];
}

/** Lookups of logins and teams run a few at a time: GitHub's secondary limits punish bursts. */
const LOOKUP_CONCURRENCY = 4;
/** Searched for once per run to find flag issues whose label was removed. */
const ANY_MARKER = 'ops-steward:flag=';

const silentLog: FlagSyncLog = { info: () => undefined, warning: () => undefined };

export async function runFlagSync(opts: RunFlagSyncOptions): Promise<FlagSyncResult> {
  const log = opts.log ?? silentLog;
  const repo: RepoCoordinates = { owner: opts.owner, repo: opts.repo };
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

  const analysis = await analyzeFlags(opts.files, opts.config.flags);
  const registryError = registryProblem(analysis);
  if (registryError !== null) {
    // Not even GitHub is read: the planner would refuse anyway (see planFlagSync).
    result.error = registryRefusal(registryError);
    log.warning(result.error);
    return result;
  }
  const statuses = statusOf(analysis, opts.config.flags, opts.now);
  const { codeowners } = await loadCodeowners(opts.files);
  const references = analysis.scan.references;

  let existing: ExistingIssue[];
  let assignable: Set<string>;
  let teamMembers: Map<string, string[]>;
  try {
    existing = await findExistingIssues(opts.octokit, repo, sync.labels.base, log);
    log.info(`found ${existing.length} flag issue(s) in ${opts.owner}/${opts.repo}`);
    const needy = statuses.filter((s) => attentionState(s, { flags: opts.config.flags }) !== null);
    const candidates = new Set<string>();
    for (const s of needy) {
      for (const o of candidateOwners({
        owners: s.owners,
        referenceFiles: referenceFilesOf(s.key, references),
        registryPath: analysis.registryPath,
        codeowners,
      }))
        candidates.add(o);
    }
    ({ assignable, teamMembers } = await lookUpPeople(
      opts.octokit,
      repo,
      [...candidates],
      sync.assignTeamMembers,
      log,
    ));
  } catch (err) {
    result.error = `could not read the flag issues or owners of ${opts.owner}/${opts.repo}: ${describeError(err)}`;
    log.warning(result.error);
    return result;
  }

  const input: FlagSyncInput = {
    repository: opts.serverUrl ? { ...repo, serverUrl: opts.serverUrl } : repo,
    sha: opts.sha,
    registryPath: analysis.registryPath,
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
  if (opts.directory) input.directory = opts.directory;
  let plan = planFlagSync(input);
  if (plan.refused !== undefined) {
    result.error = plan.refused;
    log.warning(result.error);
    return result;
  }

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
      const missing = missingLabels(
        labelsUsed(plan.labels, plan.operations),
        await listLabelNames(opts.octokit, repo),
      );
      for (const l of missing) log.info(`[dry-run] would create the label "${l.name}"`);
    } catch (err) {
      log.warning(`could not list the labels: ${describeError(err)}`);
    }
    result.counts.skipped = plan.operations.length;
    result.remaining = [...result.planned];
    return result;
  }

  const applier = new Applier(opts.octokit, repo, result, log, input, existing);
  try {
    await applier.ensureLabels(labelsUsed(plan.labels, plan.operations));
  } catch (err) {
    if (stopsSweep(err)) {
      result.error = `could not create labels: ${describeError(err)}`;
      result.stopped = `stopped before changing any issue: ${result.error}`;
      result.remaining = [...result.planned];
      result.counts.skipped = plan.operations.length;
      log.warning(result.stopped);
      return result;
    }
    log.warning(
      `could not create labels (${describeError(err)}); GitHub adds missing labels to issues without colours`,
    );
  }
  await applier.run(plan.operations);
  return result;
}

/** Labelled issues (all states) plus any issue carrying a marker whose label a person removed. */
async function findExistingIssues(
  octokit: OctokitLike,
  repo: RepoCoordinates,
  label: string,
  log: FlagSyncLog,
): Promise<ExistingIssue[]> {
  const byNumber = new Map<number, ExistingIssue>();
  for (const issue of await listLabeledIssues(octokit, repo, label))
    if (splitBody(issue.body)) byNumber.set(issue.number, issue);
  try {
    for (const issue of await searchIssuesByBody(octokit, repo, ANY_MARKER)) {
      if (!byNumber.has(issue.number) && splitBody(issue.body)) byNumber.set(issue.number, issue);
    }
  } catch (err) {
    // The label listing is complete for labelled issues; the search before each create still guards against duplicates.
    if (stopsSweep(err) && !isSearchOnlyFailure(err)) throw err;
    log.warning(
      `could not search for unlabelled flag issues (${describeError(err)}); continuing with the labelled ones`,
    );
  }
  return [...byNumber.values()].sort((a, b) => a.number - b.number);
}

/** Search has its own, tighter limits; a refused search must not block the rest of the sweep. */
function isSearchOnlyFailure(err: unknown): boolean {
  const status = (err as { status?: unknown }).status;
  return status === 403 || status === 422 || status === 503;
}

async function lookUpPeople(
  octokit: OctokitLike,
  repo: RepoCoordinates,
  candidates: readonly string[],
  assignTeamMembers: boolean,
  log: FlagSyncLog,
): Promise<{ assignable: Set<string>; teamMembers: Map<string, string[]> }> {
  const limit = pLimit(LOOKUP_CONCURRENCY);
  const teamMembers = new Map<string, string[]>();
  const logins = new Set<string>();
  for (const c of candidates) if (ownerKind(c) === 'user') logins.add(c.slice(1).toLowerCase());
  if (assignTeamMembers) {
    const teams = candidates.filter((c) => ownerKind(c) === 'team');
    await Promise.all(
      teams.map((team) =>
        limit(async () => {
          const members = await listTeamMembers(octokit, team);
          if (members === undefined) {
            log.warning(
              `could not read the members of ${team} (the token needs read access to the organization's teams); the team is only mentioned`,
            );
            return;
          }
          teamMembers.set(team.toLowerCase(), members);
          for (const m of members) logins.add(m.toLowerCase());
        }),
      ),
    );
  }
  const assignable = new Set<string>();
  await Promise.all(
    [...logins].map((login) =>
      limit(async () => {
        if (await isAssignable(octokit, repo, login)) assignable.add(login);
        else log.info(`@${login} cannot be assigned issues in ${repo.owner}/${repo.repo}`);
      }),
    ),
  );
  return { assignable, teamMembers };
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

class Applier {
  constructor(
    private readonly octokit: OctokitLike,
    private readonly repo: RepoCoordinates,
    private readonly result: FlagSyncResult,
    private readonly log: FlagSyncLog,
    private readonly input: FlagSyncInput,
    private readonly existing: ExistingIssue[],
  ) {}

  private fits(writes: number): boolean {
    return this.result.writes + writes <= this.result.budget;
  }

  async ensureLabels(specs: readonly LabelSpec[]): Promise<void> {
    if (specs.length === 0) return;
    const missing = missingLabels(specs, await listLabelNames(this.octokit, this.repo));
    for (const spec of missing) {
      if (!this.fits(1)) {
        this.log.warning(
          `budget spent: the label "${spec.name}" is not created (GitHub adds it without a colour)`,
        );
        return;
      }
      if (await createLabel(this.octokit, this.repo, spec)) {
        this.result.writes++;
        this.result.labelsCreated.push(spec.name);
        this.log.info(`created the label "${spec.name}"`);
      }
    }
  }

  async run(ops: readonly SyncOperation[]): Promise<void> {
    const { result } = this;
    for (let i = 0; i < ops.length; i++) {
      const op = ops[i]!;
      if (!this.fits(op.writes)) {
        this.stop(
          ops,
          i,
          false,
          `the budget of ${result.budget} writes is spent (flags.sync.budget); ${ops.length - i} operation(s) are left for the next sweep`,
        );
        return;
      }
      try {
        await this.apply(op);
      } catch (err) {
        const message = describeError(err);
        result.counts.failed++;
        result.applied.push({ ...plannedOf(op), outcome: 'failed', detail: message });
        if (stopsSweep(err)) {
          result.error = `GitHub refused "${op.reason}": ${message}`;
          this.stop(
            ops,
            i,
            true,
            `${result.error}; the next sweep continues from the issues as they are`,
          );
          return;
        }
        this.log.warning(`failed to ${op.reason}: ${message}; going on with the other flags`);
      }
    }
  }

  /** Records what is left (the failed operation included: the next sweep re-plans it). */
  private stop(ops: readonly SyncOperation[], from: number, failed: boolean, why: string): void {
    this.result.stopped = why;
    this.result.remaining.push(...ops.slice(from).map(plannedOf));
    this.result.counts.skipped += ops.length - from - (failed ? 1 : 0);
    this.log.warning(`stopped: ${why}`);
  }

  private async apply(op: SyncOperation): Promise<void> {
    if (op.kind === 'create') return this.create(op);
    return this.change(op, 'done');
  }

  private async create(op: SyncOperation): Promise<void> {
    // Right before creating: has another run (or a person removing the label) hidden an issue for this flag?
    const found = (
      await searchIssuesByBody(this.octokit, this.repo, markerSearchPhrase(op.key))
    ).filter((i) => splitBody(i.body)?.key === op.key);
    const known = new Set(this.existing.map((i) => i.number));
    const fresh = found.filter((i) => !known.has(i.number));
    if (fresh.length > 0) {
      this.existing.push(...fresh);
      const numbers = fresh.map((i) => `#${i.number}`).join(', ');
      this.log.info(
        `flag "${op.key}": found ${numbers} by its marker; updating it instead of creating another`,
      );
      const replanned = planFlagSync({ ...this.input, existing: this.existing }).operations.filter(
        (o) => o.key === op.key && o.kind !== 'create',
      );
      if (replanned.length === 0) {
        this.result.applied.push({
          ...plannedOf(op),
          outcome: 'found-existing',
          issueNumber: fresh[0]!.number,
          detail: 'already up to date',
        });
        return;
      }
      for (const next of replanned) {
        if (this.fits(next.writes)) await this.change(next, 'found-existing');
        else {
          this.result.remaining.push(plannedOf(next));
          this.result.counts.skipped++;
          this.log.warning(`budget spent: left for the next sweep: ${next.reason}`);
        }
      }
      return;
    }
    const created = await createIssue(this.octokit, this.repo, op.create!);
    this.result.writes++;
    this.result.counts.created++;
    this.existing.push(created);
    this.result.applied.push({ ...plannedOf(op), outcome: 'done', issueNumber: created.number });
    this.log.info(`created #${created.number}: ${op.reason}`);
  }

  private async change(op: SyncOperation, outcome: AppliedOp['outcome']): Promise<void> {
    const number = op.issue!;
    let resumed = false;
    if (op.comment) {
      // An interrupted run may have posted this comment but not updated the issue: never post it twice.
      if ((await latestEventId(this.octokit, this.repo, number)) === op.comment.id) resumed = true;
      else {
        await createComment(this.octokit, this.repo, number, op.comment.body);
        this.result.writes++;
        this.result.counts.commented++;
      }
    }
    if (op.patch) {
      const updated = await updateIssue(this.octokit, this.repo, number, op.patch);
      this.result.writes++;
      const i = this.existing.findIndex((e) => e.number === number);
      if (i >= 0) this.existing[i] = updated;
    }
    const c = this.result.counts;
    if (op.kind === 'update' || op.kind === 'state-change') c.updated++;
    else if (op.kind === 'escalate') c.escalated++;
    else if (op.kind === 'reopen') c.reopened++;
    else if (op.kind === 'close' || op.kind === 'close-duplicate') c.closed++;
    const final = resumed && outcome === 'done' ? 'resumed' : outcome;
    this.result.applied.push({
      ...plannedOf(op),
      outcome: final,
      issueNumber: number,
      ...(resumed ? { detail: 'the comment was already posted by an interrupted run' } : {}),
    });
    this.log.info(`${final === 'done' ? 'done' : final}: ${op.reason}`);
  }
}
