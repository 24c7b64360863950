import { ownersOf } from '../codeowners/match.js';
import { CODEOWNERS_LOCATIONS } from '../codeowners/locate.js';
import { parseCodeowners } from '../codeowners/parse.js';
import type { Config } from '../config/types.js';
import { describeError, httpStatus, isRateLimited, UserError } from '../core/errors.js';
import { silentLog } from '../core/log.js';
import type { Log } from '../core/log.js';
import {
  decideRenewPermission,
  openedReply,
  parseRenewCommand,
  planRenewalAcross,
  renewalBranch,
  teamsToCheck,
} from '../flags/renew/index.js';
import type { RenewalFacts, RenewalRefusal, RepoRole } from '../flags/renew/index.js';
import { inlineCode } from '../flags/renew/text.js';
import { registrySources } from '../flags/registry-sources.js';

/** A pull request the renewal opened or found. */
export interface PullRef {
  number: number;
  url: string;
}

/**
 * What renewing needs of the repository host (src/github/renewal.ts implements it on GitHub). Reads
 * answer `undefined`/`null` where the host says "absent" or "unknown"; writes throw on failure.
 */
export interface RenewalPort {
  /** The commit the default branch points at. */
  branchSha(branch: string): Promise<string>;
  /** A file's text and blob id at a ref; undefined when absent. */
  readWithSha(path: string, ref: string): Promise<{ text: string; sha: string } | undefined>;
  /** A file's text at a ref; undefined when absent. */
  read(path: string, ref: string): Promise<string | undefined>;
  /** The commenter's role on the repository; `none` when not a collaborator, null when it cannot be told. */
  role(login: string): Promise<RepoRole | null>;
  /** Whether `login` is an active member of `@org/team`. */
  isTeamMember(team: string, login: string): Promise<boolean>;
  findOpenPull(branch: string): Promise<PullRef | undefined>;
  /**
   * Brings the branch of an open renewal pull request up to the default branch when its registry file is
   * not the renewal of today's default branch (the registry changed there since: the PR would conflict or
   * undo nothing but be stale). `diverged`: the branch has commits that are not the renewal's, so it is
   * left alone.
   */
  refreshBranch(change: RenewalChange): Promise<'current' | 'updated' | 'diverged'>;
  /** Creates the branch with the edited registry and opens the pull request (or finds the one a racing delivery opened). */
  openPull(change: RenewalChange): Promise<{ pull: PullRef; reused: boolean }>;
  reply(issueNumber: number, body: string): Promise<void>;
}

export interface RenewalChange {
  branch: string;
  baseSha: string;
  defaultBranch: string;
  path: string;
  blobSha: string;
  text: string;
  facts: RenewalFacts;
}

export interface RenewRequest {
  /** Issue or pull request the comment was made on; the reply goes there. */
  issueNumber: number;
  /** Login of the commenter. */
  commenter: string;
  body: string;
  defaultBranch: string;
  /** `owner/repo`, for the log. */
  where: string;
  config: Config;
  now: Date;
  log?: Log;
}

export type RenewOutcome =
  | { kind: 'ignored'; reason: string }
  | {
      kind: 'replied';
      /** `failed`: GitHub refused a write (a ruleset, a missing permission); the reply says why. */
      reason: RenewalRefusal | 'invalid' | 'refused' | 'no-registry' | 'failed';
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

/**
 * `/ops-steward renew KEY [30d]`: a pull request that moves the flag's `expires` on the default branch by
 * one deliberate step, or a reply that says why not. Idempotent: the branch is named after the flag and
 * the new expiry, so asking again finds the pull request already open instead of opening a second one.
 */
export async function renewFlag(request: RenewRequest, port: RenewalPort): Promise<RenewOutcome> {
  const { commenter, defaultBranch, where } = request;
  const log = request.log ?? silentLog;
  // The bot's own replies (and other bots) never issue commands: no loops.
  if (/\[bot\]$/i.test(commenter)) return { kind: 'ignored', reason: 'comment by a bot' };
  const command = parseRenewCommand(request.body);
  if (command.kind === 'none') return { kind: 'ignored', reason: 'no renew command' };
  const reply = async (
    reason: Extract<RenewOutcome, { kind: 'replied' }>['reason'],
    text: string,
  ): Promise<RenewOutcome> => {
    await port.reply(request.issueNumber, `@${commenter} ${text}`);
    log.info(`renew in ${where}#${request.issueNumber} by ${commenter}: ${reason}`);
    return { kind: 'replied', reason, reply: text };
  };
  if (command.kind === 'invalid') return reply('invalid', command.message);

  const baseSha = await port.branchSha(defaultBranch);
  // Every configured registry, YAML or code: the flag is renewed where its dates are written.
  const paths = [...new Set(registrySources(request.config.flags).map((s) => s.path))];
  const registries = new Map<string, { text: string; sha: string }>();
  try {
    for (const path of paths) {
      const file = await port.readWithSha(path, baseSha);
      if (file) registries.set(path, file);
    }
  } catch (error) {
    // Too large for the contents API, a directory, a symlink: asking again gives the same answer.
    if (!(error instanceof UserError)) throw error;
    log.warning(`renew in ${where}: ${error.message}`);
    return reply(
      'failed',
      `I could not read the flag registry: ${error.message}. Renew the flag by hand: move its ${inlineCode('expires')} by at most one step and set ${inlineCode('renewedFrom')} to the old expiry, in a pull request of your own.`,
    );
  }
  if (registries.size === 0)
    return reply(
      'no-registry',
      `There is no ${orList(paths.map(inlineCode))} on ${inlineCode(defaultBranch)}, so there is no flag to renew.`,
    );

  const plan = await planRenewalAcross({
    registries: new Map([...registries].map(([path, f]) => [path, f.text])),
    key: command.key,
    days: command.days,
    config: request.config.flags,
    now: request.now,
  });
  if (!plan.ok) return reply(plan.reason, plan.message);
  const registryPath = plan.path;

  const permission = await checkPermission(
    request,
    port,
    plan.flag.owners,
    registryPath,
    baseSha,
    log,
  );
  if (!permission.allowed) return reply('refused', permission.message);

  const facts: RenewalFacts = {
    key: plan.flag.key,
    previousExpires: plan.previousExpires,
    expires: plan.expires,
    days: plan.days,
    policy: plan.policy,
    registryPath,
    written: plan.written,
    commenter,
    issueNumber: request.issueNumber,
    because: permission.because,
  };
  const branch = renewalBranch(facts.key, facts.expires);
  const change: RenewalChange = {
    branch,
    baseSha,
    defaultBranch,
    path: registryPath,
    blobSha: registries.get(registryPath)!.sha,
    text: plan.text,
    facts,
  };
  let opened: { pull: PullRef; reused: boolean; refreshed?: 'current' | 'updated' | 'diverged' };
  try {
    const existing = await port.findOpenPull(branch);
    opened = existing
      ? { pull: existing, reused: true, refreshed: await port.refreshBranch(change) }
      : await port.openPull(change);
  } catch (error) {
    // A 5xx or a lost connection may pass: the delivery fails and is tried again. A refusal will not.
    if (!isRefusal(error)) throw error;
    log.warning(`renew ${facts.key} in ${where}: GitHub refused a write: ${describeError(error)}`);
    return reply('failed', failedReply(facts, error));
  }
  const { pull, reused } = opened;
  const text = `${openedReply(facts, pull, reused)}${refreshNote(opened.refreshed, defaultBranch)}`;
  await port.reply(request.issueNumber, `@${commenter} ${text}`);
  log.info(
    `renew ${facts.key} in ${where} by ${commenter}: ${reused ? 'reused' : 'opened'} #${pull.number} (${facts.previousExpires} → ${facts.expires})`,
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
  request: RenewRequest,
  port: RenewalPort,
  flagOwners: readonly string[],
  registryPath: string,
  baseSha: string,
  log: Log,
): Promise<ReturnType<typeof decideRenewPermission>> {
  const memberOf = new Set<string>();
  let role: RepoRole | null = null;
  let codeowners: string[] = [];
  const decide = (): ReturnType<typeof decideRenewPermission> =>
    decideRenewPermission({
      commenter: request.commenter,
      flagOwners,
      registryCodeowners: codeowners,
      registryPath,
      role,
      memberOf,
    });

  let verdict = decide();
  if (verdict.allowed) return verdict;
  role = await port.role(request.commenter);
  verdict = decide();
  if (verdict.allowed) return verdict;
  codeowners = await registryCodeowners(registryPath, port, baseSha, log);
  verdict = decide();
  if (verdict.allowed) return verdict;
  for (const team of teamsToCheck(flagOwners, codeowners).slice(0, MAX_TEAM_LOOKUPS)) {
    if (await port.isTeamMember(team, request.commenter)) {
      memberOf.add(team);
      break;
    }
  }
  return decide();
}

/** Who CODEOWNERS makes an owner of the registry file the renewal edits, at the default branch's commit. */
async function registryCodeowners(
  registryPath: string,
  port: RenewalPort,
  ref: string,
  log: Log,
): Promise<string[]> {
  for (const location of CODEOWNERS_LOCATIONS) {
    let text: string | undefined;
    try {
      text = await port.read(location, ref);
    } catch (error) {
      log.warning(`could not read ${location}: ${describeError(error)}`);
      return [];
    }
    if (text === undefined) continue;
    const codeowners = parseCodeowners(text, location);
    return codeowners.ignored ? [] : ownersOf(codeowners, registryPath).owners;
  }
  return [];
}

/**
 * A 4xx that asking again will not change: not a rate limit, and not the 409 of a file that moved on
 * between reading and committing ("flags.yml does not match <sha>": a redelivery reads it again and
 * succeeds). The 409 of a protected branch ("Changes must be made through a pull request") is a refusal.
 */
function isRefusal(error: unknown): boolean {
  const status = httpStatus(error);
  if (status === undefined || status < 400 || status >= 500 || isRateLimited(error)) return false;
  return status !== 409 || !/\bdoes not match\b/i.test(describeError(error));
}

function failedReply(facts: RenewalFacts, error: unknown): string {
  const why = describeError(error).replace(/\s+/g, ' ').trim();
  const dates =
    facts.written === 'jsdoc'
      ? `set the ${inlineCode('@expires')} tag of ${inlineCode(facts.key)} to ${facts.expires} and ${inlineCode('@renewedFrom')} to ${facts.previousExpires} in ${inlineCode(facts.registryPath)}`
      : `set ${inlineCode('expires')} of ${inlineCode(facts.key)} to ${facts.expires} and ${inlineCode('renewedFrom')} to ${facts.previousExpires} in ${inlineCode(facts.registryPath)}`;
  return `I could not open the renewal pull request: GitHub refused it (${why}). To renew by hand, ${dates} in a pull request of your own.`;
}

function refreshNote(
  refreshed: 'current' | 'updated' | 'diverged' | undefined,
  defaultBranch: string,
): string {
  if (refreshed === 'updated')
    return ` Its branch was brought up to date with ${inlineCode(defaultBranch)}, where the registry had changed.`;
  if (refreshed === 'diverged')
    return ` Its branch has commits of its own and does not match ${inlineCode(defaultBranch)} any more: update it there before merging.`;
  return '';
}

function orList(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}
