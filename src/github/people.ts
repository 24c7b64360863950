import type { PersonLookup, PersonVerdict } from '../oncall/checks/people.js';
import type { OctokitLike } from '../repo/github.js';
import type { RepoRef } from '../repo/types.js';
import { httpStatus } from './http-error.js';

/**
 * Who a `@login` in the on-call files is, as GitHub tells it: `not-found` only when GitHub says so for
 * certain — the login does not exist (or is an organisation), or, in an organisation's repository whose
 * members this token can see, the person is not a member. Anything GitHub does not answer plainly
 * (rate limits, a token that cannot see private members) is `unknown`, which reports nothing.
 */
export function githubPersonLookup(octokit: OctokitLike, repo: RepoRef): PersonLookup {
  let org: Promise<string | undefined> | undefined;
  let membersVisible: Promise<boolean> | undefined;
  const orgOf = (): Promise<string | undefined> =>
    (org ??= octokit
      .request('GET /users/{username}', { username: repo.owner })
      .then((res) =>
        (res.data as { type?: unknown }).type === 'Organization' ? repo.owner : undefined,
      )
      .catch(() => undefined));
  // A token that may list the org's teams may read its private members too (both need members: read).
  const canSeeMembers = (name: string): Promise<boolean> =>
    (membersVisible ??= octokit
      .request('GET /orgs/{org}/teams', { org: name, per_page: 1 })
      .then(() => true)
      .catch(() => false));

  return async (login): Promise<PersonVerdict> => {
    try {
      const { data } = await octokit.request('GET /users/{username}', { username: login });
      if ((data as { type?: unknown }).type === 'Organization') return 'not-found';
    } catch (error) {
      return httpStatus(error) === 404 ? 'not-found' : 'unknown';
    }
    const name = await orgOf();
    if (name === undefined) return 'user';
    try {
      await octokit.request('GET /orgs/{org}/members/{username}', { org: name, username: login });
      return 'user';
    } catch (error) {
      if (httpStatus(error) === 404 && (await canSeeMembers(name))) return 'not-found';
      return 'unknown';
    }
  };
}
