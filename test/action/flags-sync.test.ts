import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../src/action/main.js';
import type { ActionDeps } from '../../src/action/main.js';
import { GitHubOctokit } from '../../src/github/client.js';
import type { GitHubClient } from '../../src/github/client.js';
import type { FakeGitHub } from '../support/fake-github.js';
import { fakeCore } from '../support/fake-core.js';
import { commentsOf, issuesState, startIssuesFake } from '../flags/sync/fake-issues.js';
import type { IssuesState } from '../flags/sync/fake-issues.js';

/**
 * `command: flags-sync` through run(): the workspace's flags, the stateful fake GitHub (issues, comments,
 * labels) on 127.0.0.1, and what the workflow sees — job summary, outputs, annotations, the step's verdict.
 * The client is the production Octokit class with throttling and retry off, so the tests do not wait.
 */

const SHA = 'f'.repeat(40);
const REGISTRY = `flags:
  new-checkout:
    owner: "@alice"
    created: 2026-11-01
    expires: 2026-12-01
    type: release
`;
const CODE =
  "import { unleash } from './flags';\nexport const on = () => unleash.isEnabled('new-checkout');\n";

let tmp: string;
let workspace: string;
let fake: FakeGitHub<IssuesState>;

beforeEach(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'ops-steward-sync-'));
  workspace = path.join(tmp, 'workspace');
  await mkdir(path.join(workspace, 'src'), { recursive: true });
  await writeFile(path.join(workspace, 'flags.yml'), REGISTRY);
  await writeFile(path.join(workspace, 'src', 'checkout.ts'), CODE);
  fake = await startIssuesFake(issuesState({ assignable: new Set(['alice']) }));
});

afterEach(async () => {
  await fake.close();
  await rm(tmp, { recursive: true, force: true });
});

function deps(): Partial<ActionDeps> {
  return {
    env: {
      GITHUB_EVENT_NAME: 'schedule',
      GITHUB_REPOSITORY: 'acme/shop',
      GITHUB_SHA: SHA,
      GITHUB_SERVER_URL: 'https://github.example.com',
      GITHUB_API_URL: fake.url,
      GITHUB_WORKSPACE: workspace,
      RUNNER_TEMP: path.join(tmp, 'runner-temp'),
    },
    cwd: tmp,
    now: () => new Date('2026-11-28T06:00:00Z'),
    createClient: (o): GitHubClient =>
      new GitHubOctokit({
        auth: o.token,
        baseUrl: o.baseUrl,
        request: { fetch: globalThis.fetch },
        throttle: { enabled: false, onRateLimit: () => false, onSecondaryRateLimit: () => false },
        retry: { enabled: false },
        log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
      }),
  };
}

async function sweep(inputs: Record<string, string> = {}) {
  const { core, record } = fakeCore({
    command: 'flags-sync',
    'github-token': 'ghs_test',
    ...inputs,
  });
  const outcome = await run({ ...deps(), core });
  return { outcome, record };
}

describe('Action flags-sync', () => {
  it('creates the issue once over two runs, with the sweep table in the job summary and counts as outputs', async () => {
    const first = await sweep();
    expect(first.record.failed).toEqual([]);
    expect(first.record.outputs).toMatchObject({ created: '1', updated: '0', closed: '0' });
    expect(fake.state.issues).toHaveLength(1);
    const issue = fake.state.issues[0]!;
    expect(issue.title).toBe('Feature flag "new-checkout" expires on 2026-12-01');
    expect(issue.assignees).toEqual(['alice']);
    // Permalinks use GITHUB_SERVER_URL and GITHUB_SHA.
    expect(issue.body).toContain(
      `https://github.example.com/acme/shop/blob/${SHA}/src/checkout.ts#L2`,
    );
    expect(first.record.summary).toContain('### Feature flag issues');
    expect(first.record.summary).toMatch(/\| done \| `new-checkout` \| #1 \|/);
    expect(first.record.summary).toContain('ops-steward flags-sync');

    const second = await sweep();
    expect(second.record.failed).toEqual([]);
    expect(second.record.outputs).toMatchObject({ created: '0', updated: '0', closed: '0' });
    expect(second.record.summary).toContain('Every flag issue is up to date.');
    expect(fake.state.issues).toHaveLength(1);
    expect(fake.unmatched()).toEqual([]);
  });

  it('closes the issue once the flag is gone from the registry and the code', async () => {
    await sweep();
    await writeFile(path.join(workspace, 'flags.yml'), 'flags: {}\n');
    await writeFile(path.join(workspace, 'src', 'checkout.ts'), 'export const on = () => true;\n');
    const { record } = await sweep();
    expect(record.outputs.closed).toBe('1');
    expect(fake.state.issues[0]!.state).toBe('closed');
    expect(commentsOf(fake.state, 1).at(-1)).toContain(
      'is gone from the code and from `flags.yml`',
    );
  });

  it('dry-run lists the planned operations and writes nothing', async () => {
    const { record } = await sweep({ 'dry-run': 'true' });
    expect(record.failed).toEqual([]);
    expect(fake.state.writes).toBe(0);
    expect(fake.state.issues).toEqual([]);
    expect(record.outputs.created).toBe('0');
    expect(record.summary).toContain('(dry run: nothing was changed)');
    expect(record.summary).toMatch(/\| planned \| `new-checkout` \|/);
    expect(record.info.join('\n')).toMatch(/\[dry-run\] would create/);
    expect(fake.requests.every((r) => r.method === 'GET')).toBe(true);
  });

  it('never prints a line the runner would obey for a flag key carrying a workflow command', async () => {
    // A quoted YAML key may hold a newline; printed raw, the second line would be a command to the runner.
    const key = 'new-checkout\\n::error file=src/checkout.ts::approved';
    await writeFile(
      path.join(workspace, 'flags.yml'),
      REGISTRY.replace('new-checkout:', `"${key}":`),
    );
    const { record } = await sweep({ 'dry-run': 'true' });
    const lines = [...record.info, ...record.debug].flatMap((m) => m.split(/\r?\n|\r/));
    expect(lines.filter((l) => /^\s*::|##\[/.test(l))).toEqual([]);
    expect(record.failed).toEqual([]);
  });

  it('escapes workflow commands in every info line run() prints, whatever text it carries', async () => {
    const { core, record } = fakeCore({ command: 'flags-sync', 'github-token': 'ghs_test' });
    const base = deps();
    await run({
      ...base,
      env: { ...base.env, GITHUB_EVENT_NAME: 'schedule\n::error file=flags.yml::approved' },
      core,
    });
    const lines = record.info.flatMap((m) => m.split(/\r?\n|\r/));
    expect(lines.filter((l) => /^\s*::|##\[/.test(l))).toEqual([]);
    expect(record.info.join('\n')).toContain('%3A:error file=flags.yml::approved');
  });

  it('fails without a token, saying which permission the job needs', async () => {
    const { record } = await sweep({ 'github-token': '' });
    expect(record.failed).toHaveLength(1);
    expect(record.failed[0]).toMatch(/"flags-sync" needs a GitHub token.*issues: write/);
    expect(fake.requests).toEqual([]);
  });

  it('fails the step when GitHub refuses the sweep, even with fail-on never', async () => {
    fake.state.faults.push({
      method: 'GET',
      path: /^\/repos\/acme\/shop\/issues$/,
      status: 403,
      message: 'Resource not accessible by integration',
      times: 5,
    });
    const { record, outcome } = await sweep({ 'fail-on': 'never' });
    expect(outcome.failed).toBe(true);
    expect(record.failed[0]).toMatch(/^flags-sync failed: could not read the flag issues.*403/);
    const error = record.annotations.find((a) => a.level === 'error');
    expect(error?.message).toContain('Resource not accessible by integration');
    expect(record.summary).toContain('> **Error:**');
    expect(fake.state.issues).toEqual([]);
  });

  it('fails on an unreadable registry, naming file and line, and changes no issue', async () => {
    await writeFile(path.join(workspace, 'flags.yml'), 'flags:\n  a: [\n');
    const { record } = await sweep();
    expect(record.failed[0]).toMatch(/flags\.yml:\d+:\d+/);
    expect(fake.state.writes).toBe(0);
  });

  it('does nothing when the flags check is switched off', async () => {
    await mkdir(path.join(workspace, '.github'), { recursive: true });
    await writeFile(
      path.join(workspace, '.github', 'ops-steward.yml'),
      'checks:\n  flags: false\n',
    );
    const { record } = await sweep();
    expect(record.failed).toEqual([]);
    expect(record.outputs.created).toBe('0');
    expect(fake.requests).toEqual([]);
  });
});
