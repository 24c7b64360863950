import type { LabelSpec } from '../flags/sync/types.js';
import type { OctokitLike } from '../repo/github.js';
import type { RepoRef as RepoCoordinates } from '../repo/types.js';
import { httpStatus } from './http-error.js';
import { prop, str } from '../json.js';
import { pageItems } from './paginate.js';

const MAX_PAGES = 20;

/** Lower-cased names of the repository's labels (GitHub compares label names case-insensitively). */
export async function listLabelNames(
  octokit: OctokitLike,
  repo: RepoCoordinates,
): Promise<Set<string>> {
  const names = new Set<string>();
  for await (const l of pageItems(
    octokit,
    'GET /repos/{owner}/{repo}/labels',
    { ...repo },
    {
      maxPages: MAX_PAGES,
    },
  )) {
    const name = str(prop(l, 'name'));
    if (name !== undefined) names.add(name.toLowerCase());
  }
  return names;
}

/** The specs GitHub does not have yet. */
export function missingLabels(
  specs: readonly LabelSpec[],
  existing: ReadonlySet<string>,
): LabelSpec[] {
  return specs.filter((s) => !existing.has(s.name.toLowerCase()));
}

/**
 * Creates one label. True when created; false when it already existed (another run was faster:
 * GitHub answers 422 `already_exists`).
 */
export async function createLabel(
  octokit: OctokitLike,
  repo: RepoCoordinates,
  spec: LabelSpec,
): Promise<boolean> {
  try {
    await octokit.request('POST /repos/{owner}/{repo}/labels', {
      ...repo,
      name: spec.name,
      color: spec.color,
      description: spec.description,
    });
    return true;
  } catch (err) {
    if (httpStatus(err) === 422) return false;
    throw err;
  }
}

/**
 * The sweep's advisory lock: a label whose existence means "a sweep is writing here", with its lease
 * and holder in the description. Creating a label is atomic on GitHub (a second create gets 422), so
 * two sweeps of one repository cannot both hold it; a lease that ran out (a crashed run) is taken over.
 * People can see it in the labels list, and delete it to break the lock.
 */
export const SWEEP_LOCK_LABEL = 'ops-steward: sweep running';
/** Longer than any sweep within its write budget; a crashed run blocks the next ones at most this long. */
export const SWEEP_LEASE_MS = 15 * 60 * 1000;

export interface SweepLock {
  holder: string;
  until: Date;
}

export type LockOutcome = { acquired: true } | { acquired: false; heldBy: SweepLock | undefined };

const LEASE = /^lease until (\S+) by (\S+)$/;

function leaseText(lock: SweepLock): string {
  return `lease until ${lock.until.toISOString()} by ${lock.holder}`;
}

async function readLock(
  octokit: OctokitLike,
  repo: RepoCoordinates,
): Promise<SweepLock | undefined | null> {
  try {
    const { data } = await octokit.request('GET /repos/{owner}/{repo}/labels/{name}', {
      ...repo,
      name: SWEEP_LOCK_LABEL,
    });
    const m = LEASE.exec(str(prop(data, 'description')) ?? '');
    const until = m ? new Date(m[1]!) : new Date(0);
    return { holder: m?.[2] ?? '', until: Number.isNaN(until.getTime()) ? new Date(0) : until };
  } catch (err) {
    if (httpStatus(err) === 404) return null;
    throw err;
  }
}

export async function acquireSweepLock(
  octokit: OctokitLike,
  repo: RepoCoordinates,
  holder: string,
  now: Date,
  attempt = 0,
): Promise<LockOutcome> {
  const mine: SweepLock = { holder, until: new Date(now.getTime() + SWEEP_LEASE_MS) };
  try {
    await octokit.request('POST /repos/{owner}/{repo}/labels', {
      ...repo,
      name: SWEEP_LOCK_LABEL,
      color: 'ededed',
      description: leaseText(mine),
      request: { retries: 0 },
    });
    return { acquired: true };
  } catch (err) {
    // 422: it exists. Anything else: GitHub may or may not have created it — read it to know.
    if (httpStatus(err) !== 422 && httpStatus(err) !== undefined && httpStatus(err)! < 500)
      throw err;
  }
  const current = await readLock(octokit, repo);
  // Deleted between our create and our read (its holder released it): try again, a bounded number of times.
  if (current === null)
    return attempt < 2
      ? acquireSweepLock(octokit, repo, holder, now, attempt + 1)
      : { acquired: false, heldBy: undefined };
  if (current?.holder === holder) return { acquired: true };
  if (current && current.until.getTime() > now.getTime())
    return { acquired: false, heldBy: current };
  // Expired: take it over, then read back — of two sweeps taking over at once, the last write wins.
  await octokit.request('PATCH /repos/{owner}/{repo}/labels/{name}', {
    ...repo,
    name: SWEEP_LOCK_LABEL,
    description: leaseText(mine),
  });
  const after = await readLock(octokit, repo);
  return after?.holder === holder
    ? { acquired: true }
    : { acquired: false, heldBy: after ?? undefined };
}

/** Deletes the lock if this sweep still holds it; a failure only leaves the lease to run out. */
export async function releaseSweepLock(
  octokit: OctokitLike,
  repo: RepoCoordinates,
  holder: string,
): Promise<void> {
  const current = await readLock(octokit, repo);
  if (current?.holder !== holder) return;
  await octokit.request('DELETE /repos/{owner}/{repo}/labels/{name}', {
    ...repo,
    name: SWEEP_LOCK_LABEL,
  });
}
