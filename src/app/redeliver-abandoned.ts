import { CHECK_RUN_UPDATE } from '../github/check-run.js';
import { CHECK_NAME } from './check-pull-request.js';
import { isFallbackTitle } from './guarded-check-run.js';
import { messageOf } from './redeliver-github.js';
import type { DeliveriesClient } from './redeliver-github.js';
import type { DeliveryAttempt, EventHistory } from './redeliver-select.js';

/**
 * A delivery the App answered 202 ("still processing") counts as delivered for GitHub. If the process then
 * dies (SIGKILL, out of memory, a node drained past its grace period) or its handlers fail on a replica that
 * is gone, nothing in the deliveries listing says so, and the process that knew is not there any more: the
 * pull request's check runs stay "in progress" for ever, or say "could not check" until someone re-runs them.
 *
 * GitHub itself holds what is needed to tell: every check run the App creates carries the delivery's id as
 * its `external_id` (redeliver-runs.ts), and the delivery's payload names the repository and the commit. So
 * the redelivery job looks, once, at each such delivery older than ABANDONED_AFTER_MS: its runs on that
 * commit, as GitHub shows them (the latest of each name). Runs still open are concluded `cancelled` with the
 * reason, and the event is redelivered (within the usual cap), whichever process or replica answered it.
 */

/** Past this, a delivery's handlers are not running any more anywhere (every handler is bounded far below). */
export const ABANDONED_AFTER_MS = 30 * 60 * 1000;

/** Events whose handling creates check runs, and where in their payload the commit is. */
const HEAD_SHA: Record<string, (payload: Payload) => unknown> = {
  'pull_request.opened': (p) => field(field(p.pull_request, 'head'), 'sha'),
  'pull_request.synchronize': (p) => field(field(p.pull_request, 'head'), 'sha'),
  'pull_request.reopened': (p) => field(field(p.pull_request, 'head'), 'sha'),
  'check_run.rerequested': (p) => field(p.check_run, 'head_sha'),
  'check_suite.rerequested': (p) => field(p.check_suite, 'head_sha'),
};

const DELIVERY = 'GET /app/hook/deliveries/{delivery_id}';
const CHECK_RUNS = 'GET /repos/{owner}/{repo}/commits/{ref}/check-runs';
const MAX_RUN_PAGES = 3;

type Payload = Record<string, unknown>;

export interface DeliveryTarget {
  installationId: number;
  owner: string;
  repo: string;
  headSha: string;
}

interface ListedRun {
  id: number;
  name: string;
  externalId: string;
  completed: boolean;
  title: unknown;
}

export type Probe =
  /** Runs of this delivery are still open: its handling stopped half-way. */
  | { kind: 'unfinished'; target: DeliveryTarget; open: ListedRun[] }
  /** Its runs were concluded by the fallback ("could not check"): a handler failed after the answer. */
  | { kind: 'failed'; target: DeliveryTarget }
  /** No run of the App on the commit at all: the handling stopped before it created one. */
  | { kind: 'never-started'; target: DeliveryTarget }
  /** Concluded with their own results, or replaced by later runs (a re-run, a newer delivery). */
  | { kind: 'fine' }
  /** What GitHub returned does not say (payload gone or unexpected, access lost): nothing is done. */
  | { kind: 'unknown'; reason: string };

/**
 * The newest attempt of an event worth a look: every attempt was answered 202 (or failed and the 202 came
 * last), the newest is older than ABANDONED_AFTER_MS, its event creates check runs, and it was not looked at
 * already, nor closed. Attempts answered 200 were handled to the end before the answer, so they are never candidates.
 */
export function abandonedCandidate(
  history: EventHistory,
  now: number,
  handling: (guid: string) => boolean,
): DeliveryAttempt | undefined {
  let latest: DeliveryAttempt | undefined;
  for (const a of history.attempts.values()) {
    if (a.statusCode >= 200 && a.statusCode < 300 && a.statusCode !== 202) return undefined;
    if (!latest || a.deliveredAt > latest.deliveredAt) latest = a;
  }
  if (!latest || latest.statusCode !== 202) return undefined;
  // GitHub refused its redelivery for good (422 too old, 404 gone): looking again would only ask again.
  if (history.closed !== undefined) return undefined;
  if (history.probed === latest.id || !(latest.event in HEAD_SHA)) return undefined;
  if (now - latest.deliveredAt < ABANDONED_AFTER_MS || handling(history.guid)) return undefined;
  return latest;
}

/** Reads the delivery's payload, then the App's latest runs on its commit. Never throws. */
export async function probeDelivery(
  appClient: DeliveriesClient,
  installationClient: (installationId: number) => Promise<DeliveriesClient>,
  attempt: DeliveryAttempt,
): Promise<Probe> {
  let target: DeliveryTarget;
  try {
    const { data } = await appClient.request(DELIVERY, { delivery_id: attempt.id });
    const found = targetOf(field(field(data, 'request'), 'payload'), attempt.event);
    if (typeof found === 'string') return { kind: 'unknown', reason: found };
    target = found;
  } catch (error) {
    return { kind: 'unknown', reason: `could not read the delivery: ${messageOf(error)}` };
  }
  let runs: ListedRun[];
  try {
    runs = await latestRuns(await installationClient(target.installationId), target);
  } catch (error) {
    return {
      kind: 'unknown',
      reason: `could not list the check runs of ${where(target)}: ${messageOf(error)}`,
    };
  }
  const own = runs.filter((r) => r.externalId === attempt.guid);
  const open = own.filter((r) => !r.completed);
  if (open.length > 0) return { kind: 'unfinished', target, open };
  if (own.some((r) => isFallbackTitle(r.title))) return { kind: 'failed', target };
  if (own.length > 0 || runs.some((r) => r.name === CHECK_NAME)) return { kind: 'fine' };
  return { kind: 'never-started', target };
}

/**
 * What follows for an abandoned delivery's open runs: the event is sent again (a new run replaces each),
 * or GitHub will not send it again (`why`: too old, too many redeliveries) and only a Re-run can.
 */
export type AfterAbandon = { kind: 'redelivered' } | { kind: 'given-up'; why: string };

/** Concludes the runs an abandoned handling left open, saying why and what happens next. */
export async function cancelOpenRuns(
  installationClient: (installationId: number) => Promise<DeliveriesClient>,
  probe: Extract<Probe, { kind: 'unfinished' }>,
  guid: string,
  next: AfterAbandon = { kind: 'redelivered' },
): Promise<string[]> {
  const stopped = `ops-steward stopped before it finished this check (webhook delivery \`${guid}\`)`;
  const summary =
    next.kind === 'redelivered'
      ? `${stopped}, so it asked GitHub to send the event again: a new run of this check replaces this one. ` +
        'If none appears, choose **Re-run** here.'
      : `${stopped}, and GitHub will not send it again (${next.why}): choose **Re-run** here to check this commit.`;
  const problems: string[] = [];
  const client = await installationClient(probe.target.installationId);
  for (const run of probe.open) {
    try {
      await client.request(CHECK_RUN_UPDATE, {
        owner: probe.target.owner,
        repo: probe.target.repo,
        check_run_id: run.id,
        status: 'completed',
        conclusion: 'cancelled',
        output: {
          title: 'Not finished: the App stopped while checking',
          summary,
        },
      });
    } catch (error) {
      problems.push(`run ${run.id} (${run.name}): ${messageOf(error)}`);
    }
  }
  return problems;
}

export function where(target: DeliveryTarget): string {
  return `${target.owner}/${target.repo}@${target.headSha.slice(0, 7)}`;
}

function targetOf(payload: unknown, event: string): DeliveryTarget | string {
  if (typeof payload !== 'object' || payload === null)
    return 'GitHub returned the delivery without its payload';
  const p = payload as Payload;
  const installationId = field(p.installation, 'id');
  const owner = field(field(p.repository, 'owner'), 'login');
  const repo = field(p.repository, 'name');
  const headSha = HEAD_SHA[event]?.(p);
  if (
    typeof installationId !== 'number' ||
    typeof owner !== 'string' ||
    typeof repo !== 'string' ||
    typeof headSha !== 'string' ||
    headSha === ''
  )
    return 'its payload names no installation, repository or commit';
  return { installationId, owner, repo, headSha };
}

async function latestRuns(client: DeliveriesClient, target: DeliveryTarget): Promise<ListedRun[]> {
  const out: ListedRun[] = [];
  for (let page = 1; page <= MAX_RUN_PAGES; page++) {
    const { data } = await client.request(CHECK_RUNS, {
      owner: target.owner,
      repo: target.repo,
      ref: target.headSha,
      filter: 'latest',
      per_page: 100,
      page,
    });
    const listed = field(data, 'check_runs');
    const items: unknown[] = Array.isArray(listed) ? (listed as unknown[]) : [];
    for (const item of items) {
      const id = field(item, 'id');
      const name = field(item, 'name');
      if (typeof id !== 'number' || typeof name !== 'string') continue;
      const externalId = field(item, 'external_id');
      out.push({
        id,
        name,
        externalId: typeof externalId === 'string' ? externalId : '',
        completed: field(item, 'status') === 'completed',
        title: field(field(item, 'output'), 'title'),
      });
    }
    if (items.length < 100) break;
  }
  return out;
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null
    ? (value as Record<string, unknown>)[key]
    : undefined;
}
