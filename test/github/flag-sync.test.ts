import { Octokit } from '@octokit/rest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults.js';
import type { Config } from '../../src/config/types.js';
import { splitBody } from '../../src/flags/sync/markers.js';
import { renderFlagSyncSummary } from '../../src/flags/sync/result.js';
import type { FlagSyncResult } from '../../src/flags/sync/result.js';
import { syncFlagIssues } from '../../src/engine/sync-flag-issues.js';
import type { SyncFlagIssuesOptions } from '../../src/engine/sync-flag-issues.js';
import { githubFlagIssues } from '../../src/github/flag-sync.js';
import { skippedNotice } from '../../src/repo/content.js';
import { memoryRepo } from '../../src/repo/memory.js';
import type { RepoFiles } from '../../src/repo/types.js';
import type { FakeGitHub } from '../support/fake-github.js';
import {
  commentsOf,
  issuesState,
  personCloses,
  startIssuesFake,
} from '../flags/sync/fake-issues.js';
import type { IssuesState } from '../flags/sync/fake-issues.js';

/** The applier against the stateful fake GitHub: several sweeps in a row, with faults in between. */

const SHA = '1'.repeat(40);
const REGISTRY = `flags:
  new-checkout:
    owner: "@alice"
    created: 2026-11-01
    expires: 2026-12-01
    type: release
  old-banner:
    owner: "@ghost"
    created: 2026-10-01
    expires: 2026-10-31
    type: experiment
`;
const CHECKOUT = `import { unleash } from './flags';
export const useNew = () => unleash.isEnabled('new-checkout');
export const banner = () => unleash.isEnabled('old-banner');
export const search = () => unleash.isEnabled('beta-search');
`;
const FILES = {
  'flags.yml': REGISTRY,
  'src/checkout.ts': CHECKOUT,
  '.github/CODEOWNERS': '/src/ @carol\n',
};
const LABELS = [
  'feature-flag',
  'flag:expired',
  'flag:expiring',
  'flag:undeclared',
  'flag:orphaned',
];

let fake: FakeGitHub<IssuesState>;
let state: IssuesState;
let now = new Date('2026-11-28T06:00:00Z');
const logs: string[] = [];

beforeEach(async () => {
  now = new Date('2026-11-28T06:00:00Z');
  state = issuesState({ assignable: new Set(['alice', 'carol']), clock: () => now });
  fake = await startIssuesFake(state);
  logs.length = 0;
});
afterEach(async () => {
  expect(fake.unmatched()).toEqual([]);
  await fake.close();
});

function octokit(): Octokit {
  return new Octokit({
    baseUrl: fake.url,
    auth: 'token',
    request: { fetch: globalThis.fetch },
    log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
  });
}

function config(sync: Partial<Config['flags']['sync']> = {}): Config {
  const c = defaultConfig();
  c.flags.sync = { ...c.flags.sync, ...sync };
  return c;
}

async function sweep(
  files: Record<string, string> = FILES,
  opts: Partial<SyncFlagIssuesOptions> = {},
): Promise<FlagSyncResult> {
  return syncFlagIssues({
    tracker: githubFlagIssues(octokit()),
    owner: 'acme',
    repo: 'shop',
    sha: SHA,
    files: memoryRepo(files),
    config: config(),
    now,
    log: { info: (m) => logs.push(m), warning: (m) => logs.push(`WARN ${m}`) },
    ...opts,
  });
}

const writesOf = (): string[] =>
  fake.requests
    .filter((r) => r.method !== 'GET' && r.status < 300)
    .map((r) => `${r.method} ${r.path}`);
const issueFor = (key: string) => state.issues.find((i) => splitBody(i.body)?.key === key);

describe('syncFlagIssues against a stateful GitHub', () => {
  it('creates each issue exactly once over two consecutive sweeps, with labels and the fallback assignee', async () => {
    const first = await sweep();
    expect(first.error).toBeUndefined();
    expect(first.counts).toMatchObject({ created: 3, updated: 0, closed: 0, failed: 0 });
    expect(first.labelsCreated.sort()).toEqual([
      'feature-flag',
      'flag:expired',
      'flag:expiring',
      'flag:undeclared',
    ]);
    expect(state.issues.map((i) => i.title).sort()).toEqual([
      'Feature flag "beta-search" is read by code but not declared',
      'Feature flag "new-checkout" expires on 2026-12-01',
      'Feature flag "old-banner" expired on 2026-10-31',
    ]);
    // Most severe first.
    expect(first.applied.map((a) => a.key)).toEqual(['old-banner', 'new-checkout', 'beta-search']);
    expect(issueFor('new-checkout')!.assignees).toEqual(['alice']);
    // @ghost cannot be assigned: the CODEOWNERS of the code that reads the flag take over.
    expect(issueFor('old-banner')!.assignees).toEqual(['carol']);
    expect(issueFor('old-banner')!.body).toContain(
      'Passed over: @ghost (owner in flags.yml) cannot be assigned here',
    );
    expect(issueFor('new-checkout')!.body).toContain(
      `https://github.com/acme/shop/blob/${SHA}/src/checkout.ts#L2`,
    );

    const before = state.writes;
    const second = await sweep();
    expect(second.counts).toMatchObject({ created: 0, updated: 0, closed: 0, commented: 0 });
    expect(second.planned).toEqual([]);
    expect(state.writes).toBe(before);
    expect(state.issues).toHaveLength(3);
  });

  it('closes the issue with a reason naming the removing commit once the flag is gone from code and registry', async () => {
    await sweep();
    const registry = REGISTRY.split('  old-banner:')[0]!;
    const code = CHECKOUT.split('\n')
      .filter((l) => !l.includes('old-banner'))
      .join('\n');
    const result = await sweep(
      { ...FILES, 'flags.yml': registry, 'src/checkout.ts': code },
      {
        lastReferenceCommit: (key) =>
          Promise.resolve(
            key === 'old-banner' ? { sha: 'd'.repeat(40), subject: 'Drop the banner' } : undefined,
          ),
      },
    );
    expect(result.counts).toMatchObject({ closed: 1, created: 0 });
    const issue = issueFor('old-banner')!;
    expect(issue.state).toBe('closed');
    expect(issue.state_reason).toBe('completed');
    const [comment] = commentsOf(state, issue.number);
    expect(comment).toContain('`old-banner` is gone from the code and from `flags.yml`');
    expect(comment).toContain('The last reference was removed in [ddddddd]');
    expect(comment).toContain('(Drop the banner)');
    // And it stays closed.
    expect(
      (await sweep({ ...FILES, 'flags.yml': registry, 'src/checkout.ts': code })).planned,
    ).toEqual([]);
  });

  it("keeps a person's text below the end marker when the bot section is rewritten", async () => {
    await sweep();
    const issue = issueFor('new-checkout')!;
    issue.body += '\n\nRemoving this after Black Friday — @alice';
    const moved = { ...FILES, 'src/checkout.ts': `// moved down\n${CHECKOUT}` };
    const result = await sweep(moved);
    expect(result.counts.updated).toBe(3);
    expect(issue.body).toContain(`/blob/${SHA}/src/checkout.ts#L3`);
    expect(
      issue.body.endsWith('<!-- ops-steward:end -->\n\nRemoving this after Black Friday — @alice'),
    ).toBe(true);
  });

  it('comments on a state change instead of opening a new issue', async () => {
    await sweep();
    now = new Date('2026-12-02T06:00:00Z');
    const result = await sweep();
    expect(result.counts).toMatchObject({ created: 0, updated: 1, commented: 1 });
    const issue = issueFor('new-checkout')!;
    expect(issue.title).toBe('Feature flag "new-checkout" expired on 2026-12-01');
    expect(issue.labels).toEqual(['feature-flag', 'flag:expired']);
    expect(commentsOf(state, issue.number)[0]).toContain(
      'The flag was **expiring**; it is now **expired**',
    );
    expect(state.issues).toHaveLength(3);
  });

  it('reopens an issue a person closed while its flag is still expired, once per reopenAfterDays', async () => {
    await sweep();
    const issue = issueFor('old-banner')!;
    personCloses(state, issue.number);
    now = new Date('2026-11-29T06:00:00Z');
    expect((await sweep()).counts.reopened).toBe(1);
    expect(issue.state).toBe('open');
    personCloses(state, issue.number);
    now = new Date('2026-12-01T06:00:00Z');
    const early = await sweep();
    expect(early.counts.reopened).toBe(0);
    expect(issue.state).toBe('closed');
    now = new Date('2026-12-06T06:00:00Z');
    expect((await sweep()).counts.reopened).toBe(1);
    expect(commentsOf(state, issue.number).filter((c) => c.includes('Reopening'))).toHaveLength(2);
    expect(state.issues).toHaveLength(3);
  });

  it('finds an issue whose label a person removed instead of creating a second one', async () => {
    await sweep();
    const issue = issueFor('new-checkout')!;
    issue.labels = ['wontfix'];
    const result = await sweep();
    expect(result.counts.created).toBe(0);
    expect(state.issues).toHaveLength(3);
    // It is brought back in line: the bot's labels return, the person's stays.
    expect(issue.labels).toEqual(['feature-flag', 'flag:expiring', 'wontfix']);
  });

  it('updates the issue another run created after this run listed the issues (search by marker before create)', async () => {
    await sweep();
    // This run's listing and broad search predate the other run's issues (search index lag included).
    fake.route('GET', '/repos/:owner/:repo/issues', () => ({ body: [] }));
    const search = fake.route('GET', '/search/issues', (req, s) => {
      const phrase = /"([^"]+)"/.exec(req.query.q ?? '')?.[1] ?? '';
      if (phrase === 'ops-steward:flag=')
        return { body: { total_count: 0, incomplete_results: false, items: [] } };
      const items = s.issues
        .filter((i) => i.body.includes(phrase))
        .map((i) => ({
          number: i.number,
          state: i.state,
          title: i.title,
          body: i.body,
          labels: i.labels.map((name) => ({ name })),
          assignees: i.assignees.map((login) => ({ login })),
          closed_at: i.closed_at,
        }));
      return { body: { total_count: items.length, incomplete_results: false, items } };
    });
    expect(search).toBe(fake);
    const result = await sweep();
    expect(result.counts.created).toBe(0);
    expect(result.applied.every((a) => a.outcome === 'found-existing')).toBe(true);
    expect(state.issues).toHaveLength(3);
    expect(writesOf().filter((w) => w === 'POST /repos/acme/shop/issues')).toHaveLength(3);
  });

  it('survives a 500 in the middle of a sweep: the rerun neither duplicates nor loses anything', async () => {
    state.faults.push({
      method: 'POST',
      path: /^\/repos\/acme\/shop\/issues$/,
      status: 500,
      message: 'Server Error',
      times: 1,
      after: 1,
    });
    const first = await sweep();
    expect(first.error).toMatch(/HTTP 500/);
    expect(first.counts).toMatchObject({ created: 1, failed: 1, skipped: 1 });
    expect(first.remaining.map((r) => r.key)).toEqual(['new-checkout', 'beta-search']);
    expect(renderFlagSyncSummary(first)).toContain('**Error:**');
    const second = await sweep();
    expect(second.error).toBeUndefined();
    expect(second.counts.created).toBe(2);
    expect(state.issues.map((i) => splitBody(i.body)!.key).sort()).toEqual([
      'beta-search',
      'new-checkout',
      'old-banner',
    ]);
  });

  it('survives a secondary rate limit between a comment and its issue update: the comment is not posted twice', async () => {
    await sweep();
    now = new Date('2026-12-02T06:00:00Z');
    state.faults.push({
      method: 'PATCH',
      path: /^\/repos\/acme\/shop\/issues\/\d+$/,
      status: 403,
      message: 'You have exceeded a secondary rate limit',
      times: 1,
    });
    const first = await sweep();
    expect(first.error).toMatch(/HTTP 403.*secondary rate limit/);
    expect(first.counts).toMatchObject({ commented: 1, updated: 0, failed: 1 });
    const issue = issueFor('new-checkout')!;
    expect(issue.title).toBe('Feature flag "new-checkout" expires on 2026-12-01');

    const second = await sweep();
    expect(second.error).toBeUndefined();
    expect(second.applied).toMatchObject([
      { key: 'new-checkout', kind: 'state-change', outcome: 'resumed' },
    ]);
    expect(second.counts).toMatchObject({ commented: 0, updated: 1 });
    expect(issue.title).toBe('Feature flag "new-checkout" expired on 2026-12-01');
    expect(commentsOf(state, issue.number)).toHaveLength(1);
    expect((await sweep()).planned).toEqual([]);
  });

  it('stops cleanly when the budget is spent, says what is left, and the next sweep continues', async () => {
    state.labels = LABELS.map((name) => ({ name, color: 'ededed', description: '' }));
    const first = await sweep(FILES, { config: config({ budget: 2 }) });
    expect(first.error).toBeUndefined();
    expect(first.writes).toBe(2);
    expect(first.counts).toMatchObject({ created: 2, skipped: 1 });
    expect(first.stopped).toContain('the budget of 2 writes is spent');
    expect(first.remaining).toMatchObject([{ kind: 'create', key: 'beta-search' }]);
    expect(renderFlagSyncSummary(first)).toContain('1 operation(s) left for the next sweep');
    const second = await sweep(FILES, { config: config({ budget: 2 }) });
    expect(second.counts.created).toBe(1);
    expect(state.issues).toHaveLength(3);
  });

  it('dry run prints the planned operations and writes nothing', async () => {
    const result = await sweep(FILES, { dryRun: true });
    expect(writesOf()).toEqual([]);
    expect(result.writes).toBe(0);
    expect(result.planned.map((p) => `${p.kind} ${p.key}`)).toEqual([
      'create old-banner',
      'create new-checkout',
      'create beta-search',
    ]);
    expect(result.counts).toMatchObject({ created: 0, skipped: 3 });
    expect(logs).toContain('[dry-run] would create the label "feature-flag"');
    expect(
      logs.some((l) =>
        l.startsWith('[dry-run] would create an issue: "old-banner" is expired; @carol'),
      ),
    ).toBe(true);
    expect(renderFlagSyncSummary(result)).toContain('(dry run: nothing was changed)');
  });

  it('changes nothing when the registry cannot be parsed, instead of closing every issue', async () => {
    await sweep();
    const result = await sweep({ ...FILES, 'flags.yml': 'flags: [oops\n' });
    expect(result.error).toMatch(
      /^flags\.yml could not be read as a flag registry \(flags\.yml:\d+:\d+: /,
    );
    expect(state.issues.every((i) => i.state === 'open')).toBe(true);
  });

  it('changes nothing when the registry exists but the reader skipped it (too large, a symlink out of the tree)', async () => {
    await sweep();
    const before = JSON.stringify(state.issues);
    const writes = state.writes;
    const inner = memoryRepo(FILES);
    const skipped = skippedNotice('flags.yml', 'symlink points outside the repository');
    const files: RepoFiles = {
      ...inner,
      read: (path, options) =>
        path === 'flags.yml' ? Promise.resolve(undefined) : inner.read(path, options),
      notices: () => [skipped],
    };
    const result = await sweep(FILES, { files });
    expect(result.error).toMatch(
      /^flags\.yml could not be read as a flag registry .*symlink points outside the repository.*no issue was changed/,
    );
    expect(state.writes).toBe(writes);
    expect(JSON.stringify(state.issues)).toBe(before);
  });

  it('assigns team members when configured and the token can read the team', async () => {
    state.teams['acme/payments'] = ['erin', 'frank'];
    state.assignable.add('erin');
    const files = { ...FILES, 'flags.yml': REGISTRY.replace('"@alice"', '"@acme/payments"') };
    await sweep(files, { config: config({ assignTeamMembers: true }) });
    expect(issueFor('new-checkout')!.assignees).toEqual(['erin']);
    expect(issueFor('new-checkout')!.body).toContain('Mentioned: @acme/payments');
  });
});
