import { afterAll, beforeAll, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults.js';
import { renderFlagSyncSummary } from '../../src/flags/sync/result.js';
import { createGitHubClient } from '../../src/github/client.js';
import { syncFlagIssues } from '../../src/engine/sync-flag-issues.js';
import { githubFlagIssues } from '../../src/github/flag-sync.js';
import { memoryRepo } from '../../src/repo/memory.js';
import type { FakeGitHub } from '../support/fake-github.js';
import { commentsOf, issuesState, startIssuesFake } from '../flags/sync/fake-issues.js';
import type { IssuesState } from '../flags/sync/fake-issues.js';

/**
 * The sweep as the Action runs it: the production Octokit (throttling + retry) talking HTTP to the stateful
 * fake GitHub on 127.0.0.1, over a flag's life — expiring, expired, escalated, removed — with a secondary
 * rate limit in the middle that the client waits out. (The throttling plugin spaces writes a second apart,
 * so the repository is kept to one flag.)
 */

let fake: FakeGitHub<IssuesState>;
let now = new Date('2026-11-26T05:00:00Z');
const warnings: string[] = [];

beforeAll(async () => {
  fake = await startIssuesFake(issuesState({ assignable: new Set(['alice']), clock: () => now }));
});
afterAll(async () => {
  await fake?.close();
});

const REGISTRY =
  'flags:\n  new-checkout:\n    owner: "@alice"\n    created: 2026-11-01\n    expires: 2026-12-01\n    type: release\n';
const CODE =
  "import { unleash } from './flags';\nexport const on = () => unleash.isEnabled('new-checkout');\n";

async function sweep(files: Record<string, string>) {
  const octokit = createGitHubClient({
    token: 'test-token',
    baseUrl: fake.url,
    log: { warning: (m) => warnings.push(m), debug: () => {} },
  });
  return syncFlagIssues({
    tracker: githubFlagIssues(octokit),
    owner: 'acme',
    repo: 'shop',
    sha: 'f'.repeat(40),
    files: memoryRepo(files),
    config: defaultConfig(),
    now,
    log: { info: () => {}, warning: (m) => warnings.push(m) },
  });
}

it('keeps one issue through a flag’s life, waiting out a secondary rate limit', async () => {
  const files = { 'flags.yml': REGISTRY, 'src/checkout.ts': CODE };
  const state = fake.state;
  // The first issue write is refused once with a secondary rate limit; the client retries after Retry-After.
  state.faults.push({
    method: 'POST',
    path: /^\/repos\/acme\/shop\/issues$/,
    status: 403,
    message: 'You have exceeded a secondary rate limit',
    headers: { 'retry-after': '1' },
    times: 1,
  });

  const created = await sweep(files);
  expect(created.error).toBeUndefined();
  expect(created.counts.created).toBe(1);
  expect(warnings.some((w) => /secondary rate limit hit for POST .*retrying in 1s/.test(w))).toBe(
    true,
  );
  expect(state.issues).toHaveLength(1);
  const issue = state.issues[0]!;
  expect(issue.title).toBe('Feature flag "new-checkout" expires on 2026-12-01');
  expect(issue.assignees).toEqual(['alice']);

  expect((await sweep(files)).planned).toEqual([]);

  now = new Date('2026-12-01T05:00:00Z');
  expect((await sweep(files)).counts).toMatchObject({ updated: 1, commented: 1 });
  now = new Date('2026-12-09T05:00:00Z');
  const escalated = await sweep(files);
  expect(escalated.counts.escalated).toBe(1);
  expect(renderFlagSyncSummary(escalated)).toMatch(
    /\| done \| `new-checkout` \| #1 \| escalate #1/,
  );

  now = new Date('2026-12-10T05:00:00Z');
  const gone = await sweep({
    'flags.yml': 'flags: {}\n',
    'src/checkout.ts': 'export const on = () => true;\n',
  });
  expect(gone.counts.closed).toBe(1);
  expect(issue.state).toBe('closed');
  expect(state.issues).toHaveLength(1);
  expect(commentsOf(state, 1).map((c) => /event=([^ ]+)/.exec(c)?.[1])).toEqual([
    'state:expiring:expired:2026-12-01',
    'escalation:2026-12-01',
    'close:gone:expired:',
  ]);
  expect(fake.unmatched()).toEqual([]);
}, 60_000);
