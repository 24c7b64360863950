import { readFile } from 'node:fs/promises';
import { prop } from '../json.js';

/** Events the Action knows what to do with. Anything else still runs `check`, after a notice. */
export const SUPPORTED_EVENTS = [
  'pull_request',
  'pull_request_target',
  'push',
  'schedule',
  'workflow_dispatch',
] as const;
export type SupportedEvent = (typeof SUPPORTED_EVENTS)[number];

export interface PullRequestInfo {
  number: number;
  baseSha?: string;
  headSha?: string;
  /** `owner/name` of the head repository; differs from the base repository for fork PRs. */
  headRepo?: string;
  /** Fork PRs get a read-only token: anything that writes to GitHub must degrade, not fail. */
  fork: boolean;
  /** `changed_files` of the payload: tells whether GitHub's 3000-file listing of the diff was cut. */
  changedFiles?: number;
}

export interface ActionEvent {
  name: string;
  supported: boolean;
  /** From GITHUB_REPOSITORY. */
  repository?: { owner: string; repo: string };
  sha?: string;
  ref?: string;
  /** From GITHUB_SERVER_URL: the web root for links (GitHub Enterprise Server has its own). */
  serverUrl?: string;
  pullRequest?: PullRequestInfo;
  /** Set when the event payload could not be read: reported, never fatal (the checkout is what gets checked). */
  payloadProblem?: string;
}

export type Env = Readonly<Record<string, string | undefined>>;

/** What the run is about, from the runner's GITHUB_* variables and the event payload file. */
export async function readEvent(env: Env): Promise<ActionEvent> {
  const name = env.GITHUB_EVENT_NAME?.trim() || 'workflow_dispatch';
  const event: ActionEvent = {
    name,
    supported: (SUPPORTED_EVENTS as readonly string[]).includes(name),
    repository: parseRepository(env.GITHUB_REPOSITORY),
    sha: env.GITHUB_SHA || undefined,
    ref: env.GITHUB_REF || undefined,
    serverUrl: env.GITHUB_SERVER_URL?.trim().replace(/\/+$/, '') || undefined,
  };
  const { payload, problem } = await readPayload(env.GITHUB_EVENT_PATH);
  if (problem) event.payloadProblem = problem;
  if (name === 'pull_request' || name === 'pull_request_target') {
    const pr = pullRequestFrom(payload, env.GITHUB_REPOSITORY);
    if (pr) event.pullRequest = pr;
  }
  return event;
}

function parseRepository(value: string | undefined): { owner: string; repo: string } | undefined {
  const m = /^([^/\s]+)\/([^/\s]+)$/.exec(value?.trim() ?? '');
  return m ? { owner: m[1]!, repo: m[2]! } : undefined;
}

async function readPayload(
  path: string | undefined,
): Promise<{ payload: unknown; problem?: string }> {
  if (!path) return { payload: {} };
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    return {
      payload: {},
      problem: `cannot read the event payload ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    };
  }
  try {
    return { payload: JSON.parse(text) as unknown };
  } catch (error) {
    return {
      payload: {},
      problem: `the event payload ${path} is not JSON: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

function pullRequestFrom(
  payload: unknown,
  baseRepository: string | undefined,
): PullRequestInfo | undefined {
  const pr = prop(payload, 'pull_request');
  const number = prop(pr, 'number') ?? prop(payload, 'number');
  if (typeof number !== 'number') return undefined;
  const headRepo = str(prop(prop(prop(pr, 'head'), 'repo'), 'full_name'));
  const baseRepo = str(prop(prop(prop(pr, 'base'), 'repo'), 'full_name')) ?? baseRepository;
  const changedFiles = prop(pr, 'changed_files');
  return {
    number,
    ...(typeof changedFiles === 'number' ? { changedFiles } : {}),
    baseSha: str(prop(prop(pr, 'base'), 'sha')),
    headSha: str(prop(prop(pr, 'head'), 'sha')),
    headRepo,
    // A deleted fork has no head repo; treat it as a fork, the safe assumption for token rights.
    fork:
      headRepo === undefined ||
      (baseRepo !== undefined && headRepo.toLowerCase() !== baseRepo.toLowerCase()),
  };
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}
