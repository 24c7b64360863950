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
