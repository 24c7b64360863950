import { CODEOWNERS_LOCATIONS, ownersOf, parseCodeowners } from '../codeowners/index.js';
import type { Config } from '../config/types.js';
import {
  decideRenewPermission,
  openedReply,
  parseRenewCommand,
  planRenewal,
  renewalBody,
  renewalBranch,
  renewalCommitMessage,
  renewalTitle,
  roleFromPermissionResponse,
  teamsToCheck,
} from '../flags/renew/index.js';
import type { RenewalFacts, RenewalRefusal, RepoRole } from '../flags/renew/index.js';
import { inlineCode } from '../flags/renew/text.js';
import type { OctokitLike } from '../repo/github.js';
import { isTooLarge, readFileAtRef } from './contents.js';
import { describeError, httpStatus } from './http-error.js';
import { yamlRegistryPath } from '../flags/registry-sources.js';

/**
 * The App's side of `/ops-steward renew KEY [30d]`: a comment on a flag's issue or on any pull request
 * becomes a pull request that moves the flag's `expires` on the default branch, or a reply that says why not.
 *
 * Idempotent: the branch is named after the flag and the new expiry, so asking again finds the pull
 * request already open (and a branch left behind by an interrupted attempt is reused) instead of opening
 * a second one.
 */

export interface RenewLog {
  info(message: string): void;
  warn(message: string): void;
}

export interface RenewCommentInput {
  octokit: OctokitLike;
  owner: string;
  repo: string;
  /** Issue or pull request the comment was made on; the reply goes there. */
  issueNumber: number;
  /** Login of the commenter. */
  commenter: string;
  body: string;
  defaultBranch: string;
  config: Config;
  now: Date;
  log?: RenewLog;
}

export type RenewOutcome =
  | { kind: 'ignored'; reason: string }
  | {
      kind: 'replied';
      reason: RenewalRefusal | 'invalid' | 'refused' | 'no-registry';
      reply: string;
    }
  | {
      kind: 'opened' | 'reused';
      pullNumber: number;
      pullUrl: string;
      branch: string;
      reply: string;
    };

/** Teams looked up per request at most: each is one API call. */
const MAX_TEAM_LOOKUPS = 10;

export async function handleRenewComment(input: RenewCommentInput): Promise<RenewOutcome> {
  const { octokit, owner, repo, commenter, defaultBranch } = input;
  const log = input.log ?? { info: () => undefined, warn: () => undefined };
  // The bot's own replies (and other bots) never issue commands: no loops.
  if (/\[bot\]$/i.test(commenter)) return { kind: 'ignored', reason: 'comment by a bot' };
  const command = parseRenewCommand(input.body);
  if (command.kind === 'none') return { kind: 'ignored', reason: 'no renew command' };
  const reply = async (
    reason: Extract<RenewOutcome, { kind: 'replied' }>['reason'],
    text: string,
  ): Promise<RenewOutcome> => {
    await postComment(input, `@${commenter} ${text}`);
    log.info(`renew in ${owner}/${repo}#${input.issueNumber} by ${commenter}: ${reason}`);
    return { kind: 'replied', reason, reply: text };
  };
  if (command.kind === 'invalid') return reply('invalid', command.message);

  const registryPath = yamlRegistryPath(input.config.flags);
  const baseSha = await branchSha(octokit, owner, repo, defaultBranch);
  const registry = await readWithSha(octokit, { owner, repo, path: registryPath, ref: baseSha });
  if (!registry)
    return reply(
      'no-registry',
      `There is no ${inlineCode(registryPath)} on ${inlineCode(defaultBranch)}, so there is no flag to renew.`,
    );

  const plan = planRenewal({
    registryText: registry.text,
    registryPath,
    key: command.key,
    days: command.days,
    config: input.config.flags,
    now: input.now,
  });
  if (!plan.ok) return reply(plan.reason, plan.message);

  const permission = await checkPermission(input, plan.flag.owners, baseSha, log);
  if (!permission.allowed) return reply('refused', permission.message);

  const facts: RenewalFacts = {
    key: plan.flag.key,
    previousExpires: plan.previousExpires,
    expires: plan.expires,
    days: plan.days,
    policy: plan.policy,
    registryPath,
    commenter,
    issueNumber: input.issueNumber,
    because: permission.because,
  };
  const branch = renewalBranch(facts.key, facts.expires);

  const existing = await findOpenPull(octokit, owner, repo, branch);
  if (existing) return finish(input, facts, existing, branch, true, log);

  await prepareBranch(input, branch, baseSha, registryPath, registry.sha, plan.text, facts);
  let pull: PullRef;
  try {
    const { data } = await octokit.request('POST /repos/{owner}/{repo}/pulls', {
      owner,
      repo,
      title: renewalTitle(facts),
      head: branch,
      base: defaultBranch,
      body: renewalBody(facts),
    });
    pull = readPull(data);
  } catch (error) {
    // Another delivery of the same comment got there first: use its pull request.
    const raced =
      httpStatus(error) === 422 ? await findOpenPull(octokit, owner, repo, branch) : undefined;
    if (!raced) throw error;
    return finish(input, facts, raced, branch, true, log);
  }
  return finish(input, facts, pull, branch, false, log);
}

interface PullRef {
  number: number;
  url: string;
}

async function finish(
  input: RenewCommentInput,
  facts: RenewalFacts,
  pull: PullRef,
  branch: string,
  reused: boolean,
  log: RenewLog,
): Promise<RenewOutcome> {
  const text = openedReply(facts, pull, reused);
  await postComment(input, `@${input.commenter} ${text}`);
  log.info(
    `renew ${facts.key} in ${input.owner}/${input.repo} by ${input.commenter}: ${reused ? 'reused' : 'opened'} #${pull.number} (${facts.previousExpires} → ${facts.expires})`,
  );
  return {
    kind: reused ? 'reused' : 'opened',
    pullNumber: pull.number,
    pullUrl: pull.url,
    branch,
    reply: text,
  };
}

/** Owner, then role, then CODEOWNERS, then team memberships: each step only when the previous did not decide. */
async function checkPermission(
  input: RenewCommentInput,
  flagOwners: readonly string[],
  baseSha: string,
  log: RenewLog,
): Promise<ReturnType<typeof decideRenewPermission>> {
  const registryPath = yamlRegistryPath(input.config.flags);
  const memberOf = new Set<string>();
  let role: RepoRole | null = null;
  let codeowners: string[] = [];
  const decide = (): ReturnType<typeof decideRenewPermission> =>
    decideRenewPermission({
      commenter: input.commenter,
      flagOwners,
      registryCodeowners: codeowners,
      registryPath,
      role,
      memberOf,
    });

  let verdict = decide();
  if (verdict.allowed) return verdict;
  role = await fetchRole(input, log);
  verdict = decide();
  if (verdict.allowed) return verdict;
  codeowners = await registryCodeowners(input, baseSha, log);
  verdict = decide();
  if (verdict.allowed) return verdict;
  for (const team of teamsToCheck(flagOwners, codeowners).slice(0, MAX_TEAM_LOOKUPS)) {
    if (await isTeamMember(input, team, log)) {
      memberOf.add(team);
      break;
    }
  }
  return decide();
}

async function fetchRole(input: RenewCommentInput, log: RenewLog): Promise<RepoRole | null> {
  try {
    const { data } = await input.octokit.request(
      'GET /repos/{owner}/{repo}/collaborators/{username}/permission',
      {
        owner: input.owner,
        repo: input.repo,
        username: input.commenter,
      },
    );
    return roleFromPermissionResponse(data);
  } catch (error) {
    // 404: not a collaborator at all. Anything else: unknown, and the other routes may still allow it.
    if (httpStatus(error) === 404) return 'none';
    log.warn(
      `could not read the permission of ${input.commenter} on ${input.owner}/${input.repo}: ${describeError(error)}`,
    );
    return null;
  }
}

async function registryCodeowners(
  input: RenewCommentInput,
  ref: string,
  log: RenewLog,
): Promise<string[]> {
  for (const location of CODEOWNERS_LOCATIONS) {
    let text: string | undefined;
    try {
      text = await readFileAtRef(input.octokit, {
        owner: input.owner,
        repo: input.repo,
        path: location,
        ref,
      });
    } catch (error) {
      log.warn(`could not read ${location}: ${describeError(error)}`);
      return [];
    }
    if (text === undefined) continue;
    const codeowners = parseCodeowners(text, location);
    return codeowners.ignored
      ? []
      : ownersOf(codeowners, yamlRegistryPath(input.config.flags)).owners;
  }
  return [];
}

async function isTeamMember(
  input: RenewCommentInput,
  team: string,
  log: RenewLog,
): Promise<boolean> {
  const [org, slug] = team.replace(/^@/, '').split('/');
  try {
    const { data } = await input.octokit.request(
      'GET /orgs/{org}/teams/{team_slug}/memberships/{username}',
      {
        org,
        team_slug: slug,
        username: input.commenter,
      },
    );
    return (data as { state?: unknown }).state === 'active';
  } catch (error) {
    if (httpStatus(error) !== 404)
      log.warn(
        `could not check membership of ${input.commenter} in ${team}: ${describeError(error)}`,
      );
    return false;
  }
}

/** Creates the branch with the edited registry; reuses a branch left by an interrupted attempt. */
async function prepareBranch(
  input: RenewCommentInput,
  branch: string,
  baseSha: string,
  path: string,
  blobSha: string,
  text: string,
  facts: RenewalFacts,
): Promise<void> {
  const { octokit, owner, repo } = input;
  try {
    await octokit.request('POST /repos/{owner}/{repo}/git/refs', {
      owner,
      repo,
      ref: `refs/heads/${branch}`,
      sha: baseSha,
    });
  } catch (error) {
    if (httpStatus(error) !== 422) throw error;
    const onBranch = await readWithSha(octokit, { owner, repo, path, ref: branch });
    if (onBranch?.text === text) return; // already committed by the earlier attempt
    // Left over without its pull request and with other content: start it again from the default branch.
    await octokit.request('PATCH /repos/{owner}/{repo}/git/refs/{ref}', {
      owner,
      repo,
      ref: `heads/${branch}`,
      sha: baseSha,
      force: true,
    });
  }
  await octokit.request('PUT /repos/{owner}/{repo}/contents/{path}', {
    owner,
    repo,
    path,
    branch,
    sha: blobSha,
    message: renewalCommitMessage(facts),
    content: Buffer.from(text, 'utf8').toString('base64'),
  });
}

async function findOpenPull(
  octokit: OctokitLike,
  owner: string,
  repo: string,
  branch: string,
): Promise<PullRef | undefined> {
  const { data } = await octokit.request('GET /repos/{owner}/{repo}/pulls', {
    owner,
    repo,
    state: 'open',
    head: `${owner}:${branch}`,
    per_page: 10,
  });
  const first = Array.isArray(data) ? (data as unknown[])[0] : undefined;
  return first === undefined ? undefined : readPull(first);
}

function readPull(data: unknown): PullRef {
  const r = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  if (typeof r.number !== 'number')
    throw new Error('GitHub returned a pull request without a number');
  return { number: r.number, url: typeof r.html_url === 'string' ? r.html_url : `#${r.number}` };
}

async function branchSha(
  octokit: OctokitLike,
  owner: string,
  repo: string,
  branch: string,
): Promise<string> {
  const { data } = await octokit.request('GET /repos/{owner}/{repo}/git/ref/{ref}', {
    owner,
    repo,
    ref: `heads/${branch}`,
  });
  const sha = (data as { object?: { sha?: unknown } }).object?.sha;
  if (typeof sha !== 'string')
    throw new Error(`GitHub returned no commit for branch ${branch} of ${owner}/${repo}`);
  return sha;
}

/** A file's text and blob SHA (the contents API needs the SHA to replace it); undefined on 404. */
async function readWithSha(
  octokit: OctokitLike,
  file: { owner: string; repo: string; path: string; ref: string },
): Promise<{ text: string; sha: string } | undefined> {
  let data: unknown;
  try {
    ({ data } = await octokit.request('GET /repos/{owner}/{repo}/contents/{path}', file));
  } catch (error) {
    if (httpStatus(error) === 404) return undefined;
    if (isTooLarge(error))
      throw new Error(
        `${file.path} at ${file.ref} in ${file.owner}/${file.repo} is over 1 MB, too large for the GitHub contents API: renew it by hand`,
        { cause: error },
      );
    throw error;
  }
  const r = (
    typeof data === 'object' && data !== null && !Array.isArray(data) ? data : {}
  ) as Record<string, unknown>;
  if (
    r.type !== 'file' ||
    typeof r.content !== 'string' ||
    typeof r.sha !== 'string' ||
    r.encoding !== 'base64'
  )
    throw new Error(
      `${file.path} at ${file.ref} in ${file.owner}/${file.repo} is not a readable file (directory, symlink or over 1 MB)`,
    );
  return { text: Buffer.from(r.content, 'base64').toString('utf8'), sha: r.sha };
}

async function postComment(input: RenewCommentInput, body: string): Promise<void> {
  await input.octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
    owner: input.owner,
    repo: input.repo,
    issue_number: input.issueNumber,
    body,
  });
}
