import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults.js';
import type { Config } from '../../src/config/types.js';
import { splitBody } from '../../src/flags/sync/markers.js';
import type { FlagSyncResult } from '../../src/flags/sync/result.js';
import { syncFlagIssues } from '../../src/engine/sync-flag-issues.js';
import type { SyncFlagIssuesOptions } from '../../src/engine/sync-flag-issues.js';
import { githubFlagIssues } from '../../src/github/flag-sync.js';
import { memoryRepo } from '../../src/repo/memory.js';
import type { FakeGitHub } from '../support/fake-github.js';
import { testOctokit } from '../support/nock-github.js';
import { commentsOf, issuesState, startIssuesFake } from '../flags/sync/fake-issues.js';
import type { IssuesState } from '../flags/sync/fake-issues.js';

/**
 * The sweep checked from outside against the stateful fake answering as GitHub does in the cases people
 * and settings bring about: a locked conversation (403 on comments), an assignee GitHub refuses (422 with
 * `errors[]`), issues switched off (410), an issue deleted or renamed by a person, and more flag issues
 * than one page holds.
 */

const SHA = 'a3f9c1e'.padEnd(40, '0');
const REGISTRY = `flags:
  new-checkout:
    owner: "@alice"
    created: 2026-11-01
    expires: 2026-12-01
    type: release
  dark-mode:
    owner: "@alice"
    created: 2026-11-05
    expires: 2026-12-03
    type: release
`;
const CODE = `import { flags } from '../lib/flags';

export function CheckoutPage() {
  if (flags.isEnabled('new-checkout')) return renderNewCheckout();
  return renderLegacyCheckout(flags.isEnabled('dark-mode'));
}
`;
const FILES = {
  'flags.yml': REGISTRY,
  'src/checkout/page.tsx': CODE,
  '.github/CODEOWNERS': '/src/checkout/ @carol\n',
};

let fake: FakeGitHub<IssuesState>;
let state: IssuesState;
let now: Date;
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

function config(): Config {
  return defaultConfig();
}

async function sweep(
  files: Record<string, string> = FILES,
  opts: Partial<SyncFlagIssuesOptions> = {},
): Promise<FlagSyncResult> {
  return syncFlagIssues({
    tracker: githubFlagIssues(testOctokit(fake.url)),
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

const issueFor = (key: string) => state.issues.find((i) => splitBody(i.body)?.key === key);
const warnings = (): string[] => logs.filter((l) => l.startsWith('WARN '));

describe('a conversation a person locked (GitHub refuses the bot’s comments with 403)', () => {
  it('still updates the issue and goes on with the other flags, saying the comment was refused', async () => {
    await sweep();
    issueFor('new-checkout')!.locked = true;
    now = new Date('2026-12-02T06:00:00Z');
    // A new flag read in code: its issue must still be created after the locked one was met.
    const code = `${CODE}export const beta = () => flags.isEnabled('beta-search');\n`;
    const result = await sweep({ ...FILES, 'src/checkout/page.tsx': code });

    expect(result.error).toBeUndefined();
    expect(result.stopped).toBeUndefined();
    const locked = issueFor('new-checkout')!;
    expect(locked.title).toBe('Feature flag "new-checkout" expired on 2026-12-01');
    expect(locked.labels).toEqual(['feature-flag', 'flag:expired']);
    expect(commentsOf(state, locked.number)).toEqual([]);
    expect(issueFor('beta-search')).toBeDefined();
    expect(warnings().join('\n')).toMatch(
      new RegExp(`#${locked.number} is locked: GitHub refuses comments`),
    );
    expect(result.applied.find((a) => a.key === 'new-checkout')).toMatchObject({
      outcome: 'done',
      detail: expect.stringMatching(/locked/),
    });

    // Nothing is left to retry: the next sweep writes nothing.
    const writes = state.writes;
    const again = await sweep({ ...FILES, 'src/checkout/page.tsx': code });
    expect(again.planned).toEqual([]);
    expect(state.writes).toBe(writes);
  });

  it('closes a locked issue whose flag is gone, without its closing comment', async () => {
    await sweep();
    const issue = issueFor('dark-mode')!;
    issue.locked = true;
    const registry = REGISTRY.split('  dark-mode:')[0]!;
    const code = CODE.replace("flags.isEnabled('dark-mode')", 'false');
    const result = await sweep({
      ...FILES,
      'flags.yml': registry,
      'src/checkout/page.tsx': code,
    });
    expect(result.error).toBeUndefined();
    expect(issue.state).toBe('closed');
    expect(splitBody(issue.body)?.meta?.closed).toBe('gone');
    expect(result.counts.closed).toBe(1);
  });
});

describe('an assignee GitHub refuses (422 Validation Failed, field "assignees")', () => {
  it('updates the issue without the login GitHub named, instead of failing it on every sweep', async () => {
    state.assignable.add('dave');
    await sweep();
    const issue = issueFor('new-checkout')!;
    // A person added a colleague, who has since left the organisation.
    issue.assignees = ['alice', 'dave'];
    state.assignable.delete('dave');
    now = new Date('2026-12-02T06:00:00Z');
    const result = await sweep();

    expect(result.counts.failed).toBe(0);
    expect(issue.title).toBe('Feature flag "new-checkout" expired on 2026-12-01');
    expect(issue.assignees).toEqual(['alice']);
    expect(warnings().join('\n')).toMatch(/@dave cannot be assigned/);
    const writes = state.writes;
    expect((await sweep()).planned).toEqual([]);
    expect(state.writes).toBe(writes);
  });
});

describe('issues switched off in the repository settings (410)', () => {
  it('fails the sweep with GitHub’s reason and writes nothing', async () => {
    state.issuesDisabled = true;
    const result = await sweep();
    expect(result.error).toMatch(/Issues are disabled for this repo/);
    expect(result.error).toMatch(/acme\/shop/);
    expect(state.writes).toBe(0);
    expect(state.issues).toEqual([]);
  });
});

describe('what people do to the issues', () => {
  it('an issue a person deleted is opened once again, not twice', async () => {
    await sweep();
    const deleted = issueFor('dark-mode')!;
    state.issues = state.issues.filter((i) => i !== deleted);
    const result = await sweep();
    expect(result.counts.created).toBe(1);
    expect(state.issues.filter((i) => splitBody(i.body)?.key === 'dark-mode')).toHaveLength(1);
    expect((await sweep()).counts.created).toBe(0);
  });

  it('a title a person renamed is set back, a text they wrote above the marker is kept', async () => {
    await sweep();
    const issue = issueFor('new-checkout')!;
    issue.title = 'checkout flag, see thread';
    issue.body = `Context from the payments team.\n\n${issue.body}`;
    const result = await sweep();
    expect(result.counts).toMatchObject({ created: 0, updated: 1 });
    expect(issue.title).toBe('Feature flag "new-checkout" expires on 2026-12-01');
    expect(issue.body.startsWith('Context from the payments team.\n\n')).toBe(true);
  });
});

describe('more flag issues than one page of 100', () => {
  it('finds all of them on the second sweep: no duplicate, no write', async () => {
    const keys = Array.from({ length: 130 }, (_, i) => `promo-${String(i).padStart(3, '0')}`);
    const registry = `flags:\n${keys
      .map(
        (k) =>
          `  ${k}:\n    owner: "@alice"\n    created: 2026-11-01\n    expires: 2026-12-01\n    type: release\n`,
      )
      .join('')}`;
    const code = `import { flags } from '../lib/flags';\n${keys
      .map((k, i) => `export const p${i} = () => flags.isEnabled('${k}');`)
      .join('\n')}\n`;
    const files = { 'flags.yml': registry, 'src/promos.ts': code };
    const c = config();
    c.flags.sync.budget = 400;
    const first = await sweep(files, { config: c });
    expect(first.counts.created).toBe(130);
    const writes = state.writes;
    const second = await sweep(files, { config: c });
    expect(second.counts.created).toBe(0);
    expect(second.planned).toEqual([]);
    expect(state.writes).toBe(writes);
    expect(state.issues).toHaveLength(130);
    // The listing really was paged.
    expect(
      fake.requests.some(
        (r) => r.path === '/repos/acme/shop/issues' && r.query.page === '2' && r.method === 'GET',
      ),
    ).toBe(true);
  });
});
