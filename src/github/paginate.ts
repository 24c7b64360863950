import type { OctokitLike } from '../repo/github.js';

/** GitHub's largest page for the list endpoints we use. */
export const PER_PAGE = 100;

export interface PageOptions {
  /** A hard stop, so a runaway listing cannot spend the rate limit. */
  maxPages: number;
  /** Where the list sits in the response when it is not the body itself (`items`, `repositories`). */
  field?: string;
}

/**
 * Every item of a paginated list endpoint, page by page. A short page ends the listing; a consumer
 * that finds what it wants can stop early (`break`), and no further page is requested.
 */
export async function* pageItems(
  octokit: OctokitLike,
  route: string,
  params: Record<string, unknown>,
  options: PageOptions,
): AsyncGenerator<unknown> {
  for (let page = 1; page <= options.maxPages; page++) {
    const { data } = await octokit.request(route, { ...params, per_page: PER_PAGE, page });
    const list: unknown =
      options.field === undefined
        ? data
        : typeof data === 'object' && data !== null
          ? (data as Record<string, unknown>)[options.field]
          : undefined;
    const items: unknown[] = Array.isArray(list) ? (list as unknown[]) : [];
    yield* items;
    if (items.length < PER_PAGE) return;
  }
}
