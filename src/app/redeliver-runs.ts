import { CHECK_RUN_UPDATE } from '../github/check-run.js';
import type { OctokitLike } from '../repo/github.js';
import { isFallbackTitle } from './guarded-check-run.js';

/**
 * A redelivery is the same delivery again (the same X-GitHub-Delivery id), handled from the start. The
 * sticky comment, the flag issues and the renewal pull request find what the earlier attempt wrote; check
 * runs do not: each attempt would create its own. So the check runs each delivery creates are remembered
 * here, and a repeat of the delivery gets the earlier attempt's runs instead of new ones:
 * - a run the earlier attempt concluded with its own result keeps it: the repeat's updates of it are not
 *   sent (they would append its annotations a second time, and the head and the config are the same);
 * - a run left in progress, or concluded by the fallback ("could not check"), is concluded again by the repeat;
 * - a run that had part of its annotations sent but no result of its own is replaced by a new one (GitHub
 *   shows the newest run of a name), since completing it would repeat those annotations.
 * Only the redelivery of an attempt that failed is a repeat: a new delivery (a push, a "Re-run") is never
 * affected. Every run created carries the delivery id as its `external_id`, for redeliver-abandoned.ts. Only this process remembers: a repeat handled by another replica, or after a restart, creates
 * new runs, as before (GitHub shows the newest run of a name).
 */

const CREATE_CHECK_RUN = 'POST /repos/{owner}/{repo}/check-runs';

interface RunRecord {
  id: number;
  annotationsSent: boolean;
  concluded?: 'result' | 'fallback';
  /** Set on a repeat that reuses a run with its own result: its updates are not sent. */
  kept: boolean;
}

interface DeliveryRecord {
  /** `owner/repo@sha name` → the run the delivery's last attempt used. */
  runs: Map<string, RunRecord>;
  /** The last attempt failed (a handler threw, the App answered 5xx): the next one is its redelivery. */
  failed: boolean;
}

/** What this needs of a Probot context: the delivery id and the installation client. */
export interface DeliveryContext {
  id: string;
  octokit: OctokitLike;
}

export class DeliveryRuns {
  /** The oldest deliveries are forgotten first. */
  private readonly deliveries = new Map<string, DeliveryRecord>();
  /** One client per attempt (a context), however often a handler asks for it. */
  private readonly clients = new WeakMap<DeliveryContext, OctokitLike>();

  constructor(private readonly maxDeliveries = 2_000) {}

  /** Marks the attempt of a delivery as failed, so that its redelivery reuses its runs. */
  failed(deliveryId: string | undefined): void {
    const record = deliveryId === undefined ? undefined : this.deliveries.get(deliveryId);
    if (record) record.failed = true;
  }

  /** The GitHub client one attempt's handlers use. */
  client(context: DeliveryContext): OctokitLike {
    const cached = this.clients.get(context);
    if (cached) return cached;
    let record = this.deliveries.get(context.id);
    if (!record) {
      record = { runs: new Map(), failed: false };
      this.deliveries.set(context.id, record);
      if (this.deliveries.size > this.maxDeliveries) {
        const oldest = this.deliveries.keys().next().value;
        if (oldest !== undefined) this.deliveries.delete(oldest);
      }
    }
    // Only the redelivery of a failed attempt reuses: distinct deliveries, or a repeat of one that
    // worked (a manual "Redeliver" in GitHub's settings), get runs of their own, as before.
    const repeat = record.failed;
    record.failed = false;
    const client = wrap(context.octokit, record.runs, repeat, context.id);
    this.clients.set(context, client);
    return client;
  }
}

function wrap(
  octokit: OctokitLike,
  runs: Map<string, RunRecord>,
  repeat: boolean,
  deliveryId: string,
): OctokitLike {
  const byId = (id: unknown): RunRecord | undefined => [...runs.values()].find((r) => r.id === id);
  return {
    request: async (route, params = {}) => {
      if (route === CREATE_CHECK_RUN) {
        const key = `${String(params.owner)}/${String(params.repo)}@${String(params.head_sha)} ${String(params.name)}`;
        const prior = runs.get(key);
        if (repeat && prior && (prior.concluded === 'result' || !prior.annotationsSent)) {
          prior.kept = prior.concluded === 'result';
          return { data: { id: prior.id } };
        }
        // GitHub keeps the delivery id with the run, so a later process can tell whose run it is
        // (redeliver-abandoned.ts): one left open by a process that died, after this one is gone.
        const response = await octokit.request(route, { external_id: deliveryId, ...params });
        const id = (response.data as { id?: unknown }).id;
        if (typeof id === 'number') runs.set(key, { id, annotationsSent: false, kept: false });
        return response;
      }
      if (route === CHECK_RUN_UPDATE) {
        const record = byId(params.check_run_id);
        if (record?.kept) return { data: { id: record.id } };
        const response = await octokit.request(route, params);
        if (record) {
          const output = params.output as { title?: unknown; annotations?: unknown[] } | undefined;
          if ((output?.annotations?.length ?? 0) > 0) record.annotationsSent = true;
          if (params.conclusion !== undefined)
            record.concluded = isFallbackTitle(output?.title) ? 'fallback' : 'result';
        }
        return response;
      }
      return octokit.request(route, params);
    },
  };
}
