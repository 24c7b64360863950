import type { LabelSpec } from '../flags/sync/types.js';
import type { OctokitLike } from '../repo/github.js';
import type { RepoCoordinates } from './issues.js';
import { httpStatus } from './http-error.js';

const PER_PAGE = 100;
const MAX_PAGES = 20;

/** Lower-cased names of the repository's labels (GitHub compares label names case-insensitively). */
export async function listLabelNames(
  octokit: OctokitLike,
  repo: RepoCoordinates,
): Promise<Set<string>> {
  const names = new Set<string>();
  for (let page = 1; page <= MAX_PAGES; page++) {
    const { data } = await octokit.request('GET /repos/{owner}/{repo}/labels', {
      ...repo,
      per_page: PER_PAGE,
      page,
    });
    const items = Array.isArray(data) ? (data as unknown[]) : [];
    for (const l of items) {
      const name =
        typeof l === 'object' && l !== null ? (l as Record<string, unknown>).name : undefined;
      if (typeof name === 'string') names.add(name.toLowerCase());
    }
    if (items.length < PER_PAGE) break;
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
