import pLimit from 'p-limit';
import { ownerKind } from '../codeowners/owners.js';
import type { OwnerStatus, OwnerVerifier } from '../codeowners/verify.js';
import type { Finding } from '../findings.js';
import { prop } from '../json.js';
import { describeError, httpStatus } from './http-error.js';
import type { OctokitLike } from '../repo/github.js';

/** The CODEOWNERS side of the API: GitHub's own verdict on the file, and owner verification. */

export interface RepoCoordinates {
  owner: string;
  repo: string;
}

/** One entry of `GET /repos/{owner}/{repo}/codeowners/errors`. */
export interface GitHubCodeownersError {
  line: number;
  column: number;
  kind: string;
  message: string;
  path: string;
  source?: string;
  suggestion?: string | null;
}

/**
 * GitHub's verdict on the CODEOWNERS file at `ref` (default branch when absent), as findings at
 * GitHub's own line and column. No CODEOWNERS file (404) → none. Other failures become one notice:
 * the rest of the check still runs.
 */
export async function fetchCodeownersErrors(
  octokit: OctokitLike,
  target: RepoCoordinates & { ref?: string },
): Promise<Finding[]> {
  const params: Record<string, unknown> = { owner: target.owner, repo: target.repo };
  if (target.ref !== undefined) params.ref = target.ref;
  try {
    const res = await octokit.request('GET /repos/{owner}/{repo}/codeowners/errors', params);
    return codeownersErrorsToFindings(res.data);
  } catch (err) {
    if (httpStatus(err) === 404) return [];
    return [
      {
        ruleId: 'codeowners/github-unavailable',
        severity: 'notice',
        message: `could not read GitHub's CODEOWNERS errors for ${target.owner}/${target.repo}: ${describeError(err)}`,
      },
    ];
  }
}

/** Maps the API's response body to findings; entries without a usable location are still reported. */
export function codeownersErrorsToFindings(data: unknown): Finding[] {
  const errors = prop(data, 'errors');
  if (!Array.isArray(errors)) return [];
  const findings: Finding[] = [];
  for (const raw of errors) {
    const e = readError(raw);
    if (!e) continue;
    const hint = e.suggestion ? ` ${e.suggestion}` : '';
    const source = e.source ? `: ${e.source.trim()}` : '';
    const finding: Finding = {
      ruleId: 'codeowners/github-error',
      severity: 'error',
      message: `GitHub reports "${e.kind}"${source}.${hint}`,
      file: e.path,
    };
    if (e.line > 0) finding.line = e.line;
    if (e.line > 0 && e.column > 0) finding.column = e.column;
    findings.push(finding);
  }
  return findings;
}

function readError(raw: unknown): GitHubCodeownersError | undefined {
  const line = prop(raw, 'line');
  const column = prop(raw, 'column');
  const kind = prop(raw, 'kind');
  const message = prop(raw, 'message');
  const path = prop(raw, 'path');
  if (typeof kind !== 'string' || typeof path !== 'string') return undefined;
  const source = prop(raw, 'source');
  const suggestion = prop(raw, 'suggestion');
  return {
    line: typeof line === 'number' ? line : 0,
    column: typeof column === 'number' ? column : 0,
    kind,
    message: typeof message === 'string' ? message : kind,
    path,
    source: typeof source === 'string' ? source : undefined,
    suggestion: typeof suggestion === 'string' ? suggestion : null,
  };
}

export interface VerifierOptions {
  /** Parallel requests; GitHub's secondary rate limits punish bursts. */
  concurrency?: number;
}

/**
 * Owner verification through the API. Users: the account exists and its permission on the
 * repository is write or above. Teams: the team exists and has push (or higher) on the repository —
 * GitHub requires it explicitly for teams. Emails cannot be resolved reliably: `unknown`. A token
 * that may not see members or teams (the Action's GITHUB_TOKEN on team endpoints) also gives `unknown`.
 */
export function createGitHubOwnerVerifier(
  octokit: OctokitLike,
  target: RepoCoordinates,
  opts: VerifierOptions = {},
): OwnerVerifier {
  const limit = pLimit(opts.concurrency ?? 4);
  // Asked once per organisation, however many of its teams the file names.
  const teamsVisible = new Map<string, Promise<boolean>>();
  const canSeeTeams = (org: string): Promise<boolean> => {
    let answer = teamsVisible.get(org);
    if (!answer) {
      answer = canListTeams(octokit, org);
      teamsVisible.set(org, answer);
    }
    return answer;
  };
  return {
    async verify(owners) {
      const entries = await Promise.all(
        owners.map(
          async (owner) =>
            [owner, await limit(() => verifyOne(octokit, target, owner, canSeeTeams))] as const,
        ),
      );
      return new Map(entries);
    },
  };
}

async function verifyOne(
  octokit: OctokitLike,
  target: RepoCoordinates,
  owner: string,
  canSeeTeams: (org: string) => Promise<boolean>,
): Promise<OwnerStatus> {
  const kind = ownerKind(owner);
  if (kind === 'user') return verifyUser(octokit, target, owner.slice(1));
  if (kind === 'team') {
    const [org, slug] = owner.slice(1).split('/') as [string, string];
    return verifyTeam(octokit, target, org, slug.toLowerCase(), canSeeTeams);
  }
  return 'unknown';
}

async function verifyUser(
  octokit: OctokitLike,
  target: RepoCoordinates,
  username: string,
): Promise<OwnerStatus> {
  const exists = await status(() => octokit.request('GET /users/{username}', { username }));
  if (exists !== 'ok') return exists;
  try {
    const res = await octokit.request(
      'GET /repos/{owner}/{repo}/collaborators/{username}/permission',
      { owner: target.owner, repo: target.repo, username },
    );
    const permission = prop(res.data, 'permission');
    const role = prop(res.data, 'role_name');
    const canWrite =
      permission === 'admin' ||
      permission === 'write' ||
      role === 'admin' ||
      role === 'maintain' ||
      role === 'write';
    return canWrite ? 'ok' : 'no-write';
  } catch (err) {
    // 404: the user is not a collaborator at all.
    return httpStatus(err) === 404 ? 'no-write' : 'unknown';
  }
}

async function verifyTeam(
  octokit: OctokitLike,
  target: RepoCoordinates,
  org: string,
  slug: string,
  canSeeTeams: (org: string) => Promise<boolean>,
): Promise<OwnerStatus> {
  const exists = await status(() =>
    octokit.request('GET /orgs/{org}/teams/{team_slug}', { org, team_slug: slug }),
  );
  // GitHub answers 404 both for a team that does not exist and for one this token may not see (the
  // Action's GITHUB_TOKEN cannot read teams): only a token that can list the org's teams makes 404 mean
  // "missing". Calling a real team missing would be a false alarm on day one.
  if (exists === 'missing' && !(await canSeeTeams(org))) return 'unknown';
  if (exists !== 'ok') return exists;
  try {
    const res = await octokit.request('GET /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}', {
      org,
      team_slug: slug,
      owner: target.owner,
      repo: target.repo,
      headers: { accept: 'application/vnd.github.v3.repository+json' },
    });
    const perms = prop(res.data, 'permissions');
    const canWrite =
      prop(perms, 'admin') === true ||
      prop(perms, 'maintain') === true ||
      prop(perms, 'push') === true;
    return canWrite ? 'ok' : 'no-write';
  } catch (err) {
    // 404: the team has no access to the repository.
    return httpStatus(err) === 404 ? 'no-write' : 'unknown';
  }
}

async function canListTeams(octokit: OctokitLike, org: string): Promise<boolean> {
  return (
    (await status(() => octokit.request('GET /orgs/{org}/teams', { org, per_page: 1 }))) === 'ok'
  );
}

async function status(call: () => Promise<unknown>): Promise<OwnerStatus> {
  try {
    await call();
    return 'ok';
  } catch (err) {
    return httpStatus(err) === 404 ? 'missing' : 'unknown';
  }
}
