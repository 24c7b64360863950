import { randomUUID } from 'node:crypto';
import pLimit from 'p-limit';
import { ownerKind } from '../codeowners/owners.js';
import type { Log } from '../core/log.js';
import type { AppliedPlan, FlagIssueTracker } from '../engine/sync-flag-issues.js';
import { joinBody, markerSearchPhrase, splitBody } from '../flags/sync/markers.js';
import { planFlagSync } from '../flags/sync/plan.js';
import { plannedOf } from '../flags/sync/result.js';
import type { AppliedOp, FlagSyncResult } from '../flags/sync/result.js';
import type {
  ExistingIssue,
  FlagSyncInput,
  IssuePatch,
  LabelSpec,
  SyncOperation,
} from '../flags/sync/types.js';
import type { OctokitLike } from '../repo/github.js';
import type { RepoRef } from '../repo/types.js';
import {
  createComment,
  createIssue,
  describeError,
  getIssue,
  isAssignable,
  isLockedRefusal,
  isPermissionRefusal,
  ISSUES_WRITE_HINT,
  isUncertain,
  latestEventId,
  listLabeledIssues,
  listTeamMembers,
  refusedAssignees,
  searchIssuesByBody,
  stopsSweep,
  updateIssue,
} from './issues.js';
import {
  acquireSweepLock,
  createLabel,
  listLabelNames,
  missingLabels,
  releaseSweepLock,
  SWEEP_LOCK_LABEL,
} from './labels.js';

/**
 * The flag-issue sweep's GitHub side (the use case is src/engine/sync-flag-issues.ts): find the existing
 * flag issues, look up who can be assigned, and apply the planner's operations most-severe-first within the
 * write budget. Every operation re-derives from the markers in the issues, so a run that stops half-way
 * (budget, 403, 500) is simply continued by the next one — nothing is lost and nothing is done twice.
 */

/** Lookups of logins and teams run a few at a time: GitHub's secondary limits punish bursts. */
const LOOKUP_CONCURRENCY = 4;
/** Searched for once per run to find flag issues whose label was removed. */
const ANY_MARKER = 'ops-steward:flag=';

/** The tracker port of the sweep, on GitHub issues. */
export function githubFlagIssues(octokit: OctokitLike): FlagIssueTracker {
  return {
    findExisting: (repo, label, log) => findExistingIssues(octokit, repo, label, log),
    lookUpPeople: (repo, candidates, assignTeamMembers, log) =>
      lookUpPeople(octokit, repo, candidates, assignTeamMembers, log),
    missingLabels: async (repo, specs) => missingLabels(specs, await listLabelNames(octokit, repo)),
    apply: (plan, result, log) => applyPlan(octokit, plan, result, log),
  };
}

async function applyPlan(
  octokit: OctokitLike,
  plan: AppliedPlan,
  result: FlagSyncResult,
  log: Log,
): Promise<void> {
  if (plan.operations.length === 0) return;
  const holder = randomUUID();
  const nothingChanged = (why: string, err?: unknown): void => {
    result.error = `${why}; nothing was changed, ${err !== undefined && isPermissionRefusal(err) ? ISSUES_WRITE_HINT : 'the next sweep picks up from the issues as they are'}`;
    result.stopped = result.error;
    result.remaining = [...result.planned];
    result.counts.skipped = plan.operations.length;
    log.warning(result.error);
  };
  try {
    const lock = await acquireSweepLock(octokit, plan.repo, holder, plan.input.now);
    if (!lock.acquired) {
      const until = lock.heldBy ? ` (its lease runs until ${lock.heldBy.until.toISOString()})` : '';
      return nothingChanged(
        `another sweep is writing to ${plan.repo.owner}/${plan.repo.repo}${until}`,
      );
    }
  } catch (err) {
    // Without the lock a concurrent sweep could post the same comments: fail closed, never write on a guess.
    return nothingChanged(
      `could not take the sweep lock (the label "${SWEEP_LOCK_LABEL}": ${describeError(err)})`,
      err,
    );
  }
  const locked = true;
  try {
    let current: AppliedPlan;
    try {
      current = await refreshed(octokit, plan, result, log);
    } catch (err) {
      return nothingChanged(`could not read the flag issues again: ${describeError(err)}`);
    }
    await applyLocked(octokit, current, result, log);
  } finally {
    if (locked)
      await releaseSweepLock(octokit, plan.repo, holder).catch((err: unknown) =>
        log.warning(`could not release the sweep lock (${describeError(err)}); its lease runs out`),
      );
  }
}

/**
 * The issues as they are now that this sweep holds the lock: another sweep may have written since
 * they were read. The label listing has no search-index lag, so an issue created a second ago is
 * there; when anything changed, the operations are planned again from it.
 */
async function refreshed(
  octokit: OctokitLike,
  plan: AppliedPlan,
  result: FlagSyncResult,
  log: Log,
): Promise<AppliedPlan> {
  const label = plan.input.flags.sync.labels.base;
  const known = new Map(plan.existing.map((i) => [i.number, i]));
  let changed = false;
  for (const issue of await listLabeledIssues(octokit, plan.repo, label)) {
    if (!splitBody(issue.body)) continue;
    const before = known.get(issue.number);
    if (before && before.body === issue.body && before.state === issue.state) continue;
    known.set(issue.number, issue);
    changed = true;
  }
  if (!changed) return plan;
  const existing = [...known.values()].sort((a, b) => a.number - b.number);
  const operations = planFlagSync({ ...plan.input, existing }).operations;
  log.info('the flag issues changed since they were read (another sweep?): planned again');
  result.planned = operations.map(plannedOf);
  return { ...plan, existing, operations };
}

async function applyLocked(
  octokit: OctokitLike,
  plan: AppliedPlan,
  result: FlagSyncResult,
  log: Log,
): Promise<void> {
  const applier = new Applier(octokit, plan.repo, result, log, plan.input, plan.existing);
  try {
    await applier.ensureLabels(plan.labels);
  } catch (err) {
    if (stopsSweep(err)) {
      result.error = `could not create labels: ${describeError(err)}`;
      result.stopped = `stopped before changing any issue: ${result.error}`;
      result.remaining = [...result.planned];
      result.counts.skipped = plan.operations.length;
      log.warning(result.stopped);
      return;
    }
    log.warning(
      `could not create labels (${describeError(err)}); GitHub adds missing labels to issues without colours`,
    );
  }
  await applier.run(plan.operations);
}

/** Labelled issues (all states) plus any issue carrying a marker whose label a person removed. */
async function findExistingIssues(
  octokit: OctokitLike,
  repo: RepoRef,
  label: string,
  log: Log,
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
  repo: RepoRef,
  candidates: readonly string[],
  assignTeamMembers: boolean,
  log: Log,
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

class Applier {
  constructor(
    private readonly octokit: OctokitLike,
    private readonly repo: RepoRef,
    private readonly result: FlagSyncResult,
    private readonly log: Log,
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
            `${result.error}; ${isPermissionRefusal(err) ? ISSUES_WRITE_HINT : 'the next sweep continues from the issues as they are'}`,
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
    if (fresh.length > 0) return this.adopt(op, fresh);
    let created: ExistingIssue;
    const spec = op.create!;
    try {
      created = await this.assigning(
        `creating the issue of "${op.key}"`,
        spec.assignees,
        async (kept) =>
          this.assigned(
            kept,
            await createIssue(this.octokit, this.repo, { ...spec, assignees: kept ?? [] }),
          ),
      );
    } catch (err) {
      if (!isUncertain(err)) throw err;
      // GitHub may have created it before the answer was lost: look again where there is no search lag.
      const label = this.input.flags.sync.labels.base;
      const landed = (await listLabeledIssues(this.octokit, this.repo, label)).filter(
        (i) => splitBody(i.body)?.key === op.key && !known.has(i.number),
      );
      const [first, ...more] = landed.sort((a, b) => a.number - b.number);
      if (!first) throw err;
      this.log.info(
        `flag "${op.key}": the create failed (${describeError(err)}) but GitHub made #${first.number}`,
      );
      created = first;
      // Every other one is a duplicate of it (another run got through too): the adoption closes them.
      if (more.length > 0) {
        this.countCreated(op, created);
        return this.adopt(op, more, true);
      }
    }
    this.countCreated(op, created);
  }

  /** The `created` count counts issues that exist: one GitHub made counts, whoever heard the answer. */
  private countCreated(op: SyncOperation, created: ExistingIssue): void {
    this.result.writes++;
    this.result.counts.created++;
    this.existing.push(created);
    this.result.applied.push({ ...plannedOf(op), outcome: 'done', issueNumber: created.number });
    this.log.info(`created #${created.number}: ${op.reason}`);
  }

  /** Issues for `op.key` found instead of creating one: the planner decides what each needs (duplicates close). */
  private async adopt(
    op: SyncOperation,
    fresh: readonly ExistingIssue[],
    alreadyCounted = false,
  ): Promise<void> {
    this.existing.push(...fresh);
    const numbers = fresh.map((i) => `#${i.number}`).join(', ');
    this.log.info(
      `flag "${op.key}": found ${numbers} by its marker; updating it instead of creating another`,
    );
    const replanned = planFlagSync({ ...this.input, existing: this.existing }).operations.filter(
      (o) => o.key === op.key && o.kind !== 'create',
    );
    if (replanned.length === 0) {
      if (alreadyCounted) return;
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
  }

  private async change(op: SyncOperation, outcome: AppliedOp['outcome']): Promise<void> {
    const number = op.issue!;
    let resumed = false;
    let refused: string | undefined;
    if (op.comment) {
      // An interrupted run may have posted this comment but not updated the issue: never post it twice.
      if ((await latestEventId(this.octokit, this.repo, number)) === op.comment.id) resumed = true;
      else if (await this.postComment(number, op.comment)) {
        this.result.writes++;
        this.result.counts.commented++;
      } else {
        refused = `the comment was not posted: #${number} is locked`;
        this.log.warning(
          `#${number} is locked: GitHub refuses comments on it, so "${op.reason}" is done without its comment (unlock the conversation to let the sweep comment there again)`,
        );
      }
    }
    if (op.patch) {
      const patch = await this.withFreshBody(number, op.patch);
      const updated = await this.assigning(`updating #${number}`, patch.assignees, async (kept) => {
        const { assignees: _dropped, ...rest } = patch;
        const edit = kept === undefined ? rest : { ...rest, assignees: kept };
        return this.assigned(kept, await updateIssue(this.octokit, this.repo, number, edit));
      });
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
    const detail = resumed ? 'the comment was already posted by an interrupted run' : refused;
    this.result.applied.push({
      ...plannedOf(op),
      outcome: final,
      issueNumber: number,
      ...(detail === undefined ? {} : { detail }),
    });
    this.log.info(`${final === 'done' ? 'done' : final}: ${op.reason}`);
  }

  /**
   * True once the comment is on the issue (posted now, or found after an answer that was lost); false
   * when GitHub refuses it because a person locked the conversation. Any other failure is thrown.
   */
  private async postComment(
    number: number,
    comment: { id: string; body: string },
  ): Promise<boolean> {
    try {
      await createComment(this.octokit, this.repo, number, comment.body);
      return true;
    } catch (err) {
      const known = this.existing.find((e) => e.number === number)?.locked === true;
      if (isLockedRefusal(err, known)) return false;
      // Posted after all (the answer was lost)? Then it counts, and is not posted again.
      if (isUncertain(err) && (await latestEventId(this.octokit, this.repo, number)) === comment.id)
        return true;
      throw err;
    }
  }

  /**
   * The planned body rebuilt on the issue as it is now: the plan was made from a listing that can be
   * minutes old (budget, rate-limit waits), and GitHub has no conditional edit, so text a person wrote
   * around the bot's section since then would be overwritten. Costs one read per body rewrite.
   */
  private async withFreshBody(number: number, patch: IssuePatch): Promise<IssuePatch> {
    const planned = splitBody(patch.body);
    if (!planned) return patch;
    const fresh = splitBody((await getIssue(this.octokit, this.repo, number)).body);
    // A person removed the marker meanwhile: the plan's body brings it back, as a sweep would anyway.
    if (!fresh || fresh.key !== planned.key) return patch;
    const body = joinBody(fresh, planned.section);
    return body === patch.body ? patch : { ...patch, body };
  }

  /**
   * GitHub drops assignees without a word (201/200) when the token lacks push access: say so, rather
   * than leave an issue that names owners nobody assigned.
   */
  private assigned(asked: readonly string[] | undefined, issue: ExistingIssue): ExistingIssue {
    const have = new Set(issue.assignees.map((a) => a.toLowerCase()));
    const dropped = (asked ?? []).filter((a) => !have.has(a.toLowerCase()));
    if (dropped.length > 0)
      this.log.warning(
        `GitHub did not assign ${dropped.map((a) => `@${a}`).join(', ')} to #${issue.number}, without saying why: setting assignees needs push access to ${this.repo.owner}/${this.repo.repo}`,
      );
    return issue;
  }

  /**
   * A write naming assignees, tried once more without the logins GitHub refused (422 on the field
   * `assignees`: not a collaborator, gone from the organisation). Otherwise one person who left would fail
   * that issue's create or update on every sweep. `kept` undefined: leave the assignees as they are.
   */
  private async assigning<T>(
    what: string,
    assignees: readonly string[] | undefined,
    write: (kept: string[] | undefined) => Promise<T>,
  ): Promise<T> {
    try {
      return await write(assignees === undefined ? undefined : [...assignees]);
    } catch (err) {
      const refused = refusedAssignees(err);
      if (refused === undefined || assignees === undefined || assignees.length === 0) throw err;
      const out = new Set(refused.map((l) => l.toLowerCase()));
      const kept =
        refused.length === 0 ? undefined : assignees.filter((a) => !out.has(a.toLowerCase()));
      const who = refused.length === 0 ? 'some assignees' : refused.map((l) => `@${l}`).join(', ');
      this.log.warning(
        `${who} cannot be assigned in ${this.repo.owner}/${this.repo.repo} (GitHub refused them while ${what}): left out`,
      );
      return write(kept);
    }
  }
}
