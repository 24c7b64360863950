import type { DeliveryAttempt } from './redeliver-select.js';

/**
 * The two REST endpoints of webhook redelivery, as the App (a JWT, not an installation token):
 * `GET /app/hook/deliveries` lists attempts newest first, paged by a `cursor` in the Link header's `next`
 * URL; `POST /app/hook/deliveries/{delivery_id}/attempts` asks for one more attempt (202).
 */

/** What this needs of Probot's App client: the response headers too (the Link header carries the cursor). */
export interface DeliveriesClient {
  request(
    route: string,
    params?: Record<string, unknown>,
  ): Promise<{ data: unknown; headers?: Record<string, unknown> }>;
}

export const LIST_DELIVERIES = 'GET /app/hook/deliveries';
export const REDELIVER = 'POST /app/hook/deliveries/{delivery_id}/attempts';
const PER_PAGE = 100;

export interface Listing {
  /** Attempts delivered at or after `since`, newest first. */
  attempts: DeliveryAttempt[];
  pages: number;
  /** Listed up to the window's edge or the end; false when `maxPages` cut it short. */
  complete: boolean;
  /** Entries GitHub returned without a usable id, guid or time (skipped). */
  malformed: number;
}

export async function listDeliveriesSince(
  client: DeliveriesClient,
  since: number,
  options: { maxPages: number; stopped?: () => boolean },
): Promise<Listing> {
  const attempts: DeliveryAttempt[] = [];
  let malformed = 0;
  let cursor: string | undefined;
  for (let page = 1; page <= options.maxPages; page++) {
    const { data, headers } = await client.request(LIST_DELIVERIES, {
      per_page: PER_PAGE,
      ...(cursor === undefined ? {} : { cursor }),
    });
    const items: unknown[] = Array.isArray(data) ? (data as unknown[]) : [];
    let reachedEdge = false;
    for (const item of items) {
      const attempt = toAttempt(item);
      if (!attempt) {
        malformed += 1;
        continue;
      }
      if (attempt.deliveredAt < since) {
        reachedEdge = true;
        continue;
      }
      attempts.push(attempt);
    }
    cursor = nextCursor(headers?.link);
    if (reachedEdge || cursor === undefined || options.stopped?.())
      return { attempts, pages: page, complete: true, malformed };
  }
  return { attempts, pages: options.maxPages, complete: false, malformed };
}

export type AskOutcome =
  | { kind: 'accepted' }
  /** GitHub answered with an error status (401/403 misconfigured App, 404 gone, 422 too old, 5xx). */
  | { kind: 'refused'; status: number; message: string }
  /** No answer (network, timeout). */
  | { kind: 'failed'; message: string };

export async function askRedelivery(
  client: DeliveriesClient,
  deliveryId: number,
): Promise<AskOutcome> {
  try {
    await client.request(REDELIVER, { delivery_id: deliveryId });
    return { kind: 'accepted' };
  } catch (error) {
    const status = statusOf(error);
    return status === undefined
      ? { kind: 'failed', message: messageOf(error) }
      : { kind: 'refused', status, message: messageOf(error) };
  }
}

/** An Octokit RequestError's HTTP status, when the error has one. */
export function statusOf(error: unknown): number | undefined {
  const status =
    typeof error === 'object' && error !== null && 'status' in error
      ? (error as { status: unknown }).status
      : undefined;
  return typeof status === 'number' && status >= 400 ? status : undefined;
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function toAttempt(item: unknown): DeliveryAttempt | undefined {
  if (typeof item !== 'object' || item === null) return undefined;
  const d = item as Record<string, unknown>;
  const deliveredAt = typeof d.delivered_at === 'string' ? Date.parse(d.delivered_at) : NaN;
  if (typeof d.id !== 'number' || typeof d.guid !== 'string' || d.guid === '') return undefined;
  if (Number.isNaN(deliveredAt)) return undefined;
  const event = typeof d.event === 'string' ? d.event : 'unknown event';
  return {
    id: d.id,
    guid: d.guid,
    deliveredAt,
    redelivery: d.redelivery === true,
    // GitHub reports no answer at all (refused, reset, timed out) as 0.
    statusCode: typeof d.status_code === 'number' ? d.status_code : 0,
    status: typeof d.status === 'string' ? d.status : '',
    event: typeof d.action === 'string' && d.action !== '' ? `${event}.${d.action}` : event,
  };
}

/** The `cursor` of the Link header's `rel="next"` URL, if there is a next page. */
export function nextCursor(link: unknown): string | undefined {
  if (typeof link !== 'string') return undefined;
  for (const part of link.split(',')) {
    const match = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part);
    if (!match?.[1]) continue;
    try {
      return new URL(match[1]).searchParams.get('cursor') ?? undefined;
    } catch {
      return undefined;
    }
  }
  return undefined;
}
