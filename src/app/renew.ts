import { formatLocation } from '../findings.js';
import { parseRenewCommand } from '../flags/renew/index.js';
import { renewFlag } from '../engine/renew-flag.js';
import type { RenewOutcome } from '../engine/renew-flag.js';
import { githubRenewals } from '../github/renewal.js';
import type { OctokitLike } from '../repo/github.js';
import type { AppLog } from './check-pull-request.js';
import { loadBaseConfig } from './config.js';

export interface RenewCommentEvent {
  owner: string;
  repo: string;
  defaultBranch: string;
  issueNumber: number;
  commenter: string;
  body: string;
}

/**
 * `issue_comment.created`: `/ops-steward renew KEY [30d]` on a flag's issue or any pull request. Comments
 * without the command cost no API call. The config (registry path, lifetime policy) is the default
 * branch's, the branch the renewal pull request targets.
 */
export async function onRenewComment(
  octokit: OctokitLike,
  event: RenewCommentEvent,
  deps: { now: Date; log: AppLog },
): Promise<RenewOutcome> {
  if (parseRenewCommand(event.body).kind === 'none')
    return { kind: 'ignored', reason: 'no renew command' };
  if (/\[bot\]$/i.test(event.commenter)) return { kind: 'ignored', reason: 'comment by a bot' };
  const loaded = await loadBaseConfig(octokit, {
    owner: event.owner,
    repo: event.repo,
    ref: event.defaultBranch,
  });
  if (!loaded.ok) {
    const problems = loaded.errors.map((f) => `- \`${formatLocation(f)}\` ${f.message}`).join('\n');
    const reply = `The ops-steward config on \`${event.defaultBranch}\` is invalid, so I cannot tell the renewal policy. Fix it first:\n\n${problems}`;
    await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      owner: event.owner,
      repo: event.repo,
      issue_number: event.issueNumber,
      body: `@${event.commenter} ${reply}`,
    });
    deps.log.warning(`renew in ${event.owner}/${event.repo}#${event.issueNumber}: invalid config`);
    return { kind: 'replied', reason: 'invalid', reply };
  }
  const repo = { owner: event.owner, repo: event.repo };
  return renewFlag(
    {
      where: `${event.owner}/${event.repo}`,
      issueNumber: event.issueNumber,
      commenter: event.commenter,
      body: event.body,
      defaultBranch: event.defaultBranch,
      config: loaded.config,
      now: deps.now,
      log: deps.log,
    },
    githubRenewals(octokit, repo, deps.log),
  );
}
