import type { Octokit } from '@octokit/rest';
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
import { testOctokit } from '../support/nock-github.js';
import {
  commentsOf,
  issuesState,
  issueJson,
  personCloses,
  personTransfers,
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
  return testOctokit(fake.url);
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

function configWith(registry: string | string[]): Config {
  const c = config();
  c.flags.registry = registry;
  return c;
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

// A string enum with its metadata in JSDoc tags, the way a web app keeps its flag keys.
const WEB_FLAGS = `/**
 * Every feature flag the storefront reads. Add a member with its owner and dates.
 */
export enum WebFlag {
  /** @owner @alice @created 2026-09-01 @expires 2026-10-31 @type release */
  NewCheckout = 'new-checkout',
  /** @owner @bob @created 2026-11-01 @expires 2027-01-20 @type experiment */
  StickyCart = 'sticky-cart',
  /** Gift cards at checkout. @created 2026-11-01 @expires 2026-12-01 @type release */
  GiftCards = 'gift-cards',
}
`;
const WEB_CHECKOUT = `import { WebFlag } from '../flags/keys';
import { flags } from '../platform/flags';

export function checkoutSteps(): string[] {
  const steps = ['cart', 'address', 'payment'];
  if (flags.isEnabled(WebFlag.GiftCards)) steps.splice(2, 0, 'gift-card');
  return flags.isEnabled(WebFlag.NewCheckout) ? ['one-page', ...steps] : steps;
}
`;
const ENUM_FILES = {
  'src/flags/keys.ts': WEB_FLAGS,
  'src/checkout/steps.ts': WEB_CHECKOUT,
  '.github/CODEOWNERS': '/src/flags/ @carol\n',
};

describe('the sweep over a registry declared in code', () => {
  beforeEach(() => state.assignable.add('bob'));

  it('a string enum with JSDoc tags: expired, orphaned and ownerless flags get issues pointing at the enum member', async () => {
    const config = configWith('src/flags/keys.ts#WebFlag');
    const result = await sweep(ENUM_FILES, { config });
    expect(result.error).toBeUndefined();
    expect(state.issues.map((i) => i.title).sort()).toEqual([
      'Feature flag "gift-cards" expires on 2026-12-01',
      'Feature flag "new-checkout" expired on 2026-10-31',
      'Feature flag "sticky-cart" is declared but no code reads it',
    ]);

    const expired = issueFor('new-checkout')!;
    expect(expired.assignees).toEqual(['alice']);
    expect(expired.body).toContain(
      `| Declared in | [src/flags/keys.ts line 6](https://github.com/acme/shop/blob/${SHA}/src/flags/keys.ts#L6) |`,
    );
    expect(expired.body).toContain(`/blob/${SHA}/src/checkout/steps.ts#L7`);
    expect(expired.body).toContain("Assigned: @alice — the flag's owner in src/flags/keys.ts.");
    expect(expired.body).toContain('then delete its member from `src/flags/keys.ts`.');
    expect(expired.body).toContain('opens a pull request that moves `@expires` by at most 30 days');

    const orphan = issueFor('sticky-cart')!;
    expect(orphan.assignees).toEqual(['bob']);
    expect(orphan.body).toContain(
      '`sticky-cart` is declared in `src/flags/keys.ts`, but no code reads it',
    );
    expect(orphan.body).toContain('/src/flags/keys.ts#L8)');
    expect(orphan.body).toContain('- **Delete** its member from `src/flags/keys.ts`.');

    // No @owner tag and nobody owns the reading code: the CODEOWNERS of the declaring file.
    const ownerless = issueFor('gift-cards')!;
    expect(ownerless.assignees).toEqual(['carol']);
    expect(ownerless.body).toContain('"gift-cards" has no owner in src/flags/keys.ts');
    expect(ownerless.body).toContain('Assigned: @carol — CODEOWNERS of src/flags/keys.ts.');

    // A second sweep over the same tree writes nothing.
    const writes = state.writes;
    expect((await sweep(ENUM_FILES, { config })).planned).toEqual([]);
    expect(state.writes).toBe(writes);
  });

  it('closes the issue when the member is removed from the enum and from the code', async () => {
    const config = configWith('src/flags/keys.ts#WebFlag');
    await sweep(ENUM_FILES, { config });
    const files = {
      ...ENUM_FILES,
      'src/flags/keys.ts': WEB_FLAGS.replace(/ {2}\/\*\* @owner @bob[^\n]*\n[^\n]*\n/, ''),
    };
    const result = await sweep(files, { config });
    expect(result.counts).toMatchObject({ closed: 1, created: 0 });
    const issue = issueFor('sticky-cart')!;
    expect(issue.state).toBe('closed');
    expect(commentsOf(state, issue.number)[0]).toContain(
      '`sticky-cart` is gone from the code and from `src/flags/keys.ts`',
    );
  });

  it('a `satisfies` object with its metadata in flags.yml beside it: owners come from the YAML entry', async () => {
    const files = {
      'src/config/flags.ts': `import type { FlagDefinition } from './types';

export const FLAGS = {
  enable_ai: { description: 'AI summaries on the order page', defaultValue: false },
  dark_mode: { description: 'Dark theme', defaultValue: false },
} satisfies Record<string, FlagDefinition>;
`,
      'flags.yml': `# Who owns each flag in src/config/flags.ts, and until when.
flags:
  enable_ai:
    owner: "@ghost"
    created: 2026-08-01
    expires: 2026-10-30
    type: experiment
  dark_mode:
    owner: "@bob"
    created: 2026-11-01
    expires: 2027-01-30
    type: release
`,
      'src/orders/summary.ts': `import { FLAGS } from '../config/flags';
import { featureFlags } from '../platform/flags';

export const showSummary = () => featureFlags.isOn(FLAGS.enable_ai);
export const theme = () => (featureFlags.isOn(FLAGS.dark_mode) ? 'dark' : 'light');
`,
      '.github/CODEOWNERS': '/src/config/ @carol\n/flags.yml @bob\n',
    };
    const result = await sweep(files, {
      config: configWith(['src/config/flags.ts#FLAGS', 'flags.yml']),
    });
    expect(result.error).toBeUndefined();
    expect(state.issues.map((i) => i.title)).toEqual([
      'Feature flag "enable_ai" expired on 2026-10-30',
    ]);
    const issue = issueFor('enable_ai')!;
    expect(issue.body).toContain('/src/config/flags.ts#L4)');
    expect(issue.body).toContain('@ghost (owner in flags.yml) cannot be assigned here');
    expect(issue.body).toContain(
      'then delete its member from `src/config/flags.ts` and its entry from `flags.yml`.',
    );
    expect(issue.body).toContain('opens a pull request that moves `expires` by');
    // The reading code has no CODEOWNERS; the declaring file's come next.
    expect(issue.assignees).toEqual(['carol']);
    expect(issue.body).toContain('Assigned: @carol — CODEOWNERS of src/config/flags.ts.');
  });

  it('a union type alias: an orphaned member is swept, and an undeclared key is to be declared in the union', async () => {
    const files = {
      'src/flags.ts': `/** @owner @alice @created 2026-11-01 @expires 2027-01-15 @type release */
export type FlagKey = 'search-v2' | 'new-nav';
`,
      'flags.yml': `flags:
  search-v2:
    owner: "@alice"
    created: 2026-11-01
    expires: 2027-01-15
    type: release
  new-nav:
    owner: "@bob"
    created: 2026-11-01
    expires: 2027-01-15
    type: release
`,
      'src/search/page.ts': `import type { FlagKey } from '../flags';
import { unleash } from '../platform/unleash';
export const v2 = () => unleash.isEnabled('search-v2' satisfies FlagKey);
export const beta = () => launchDarkly.variation('beta-filters', false);
`,
    };
    const result = await sweep(files, {
      config: configWith(['src/flags.ts#FlagKey', 'flags.yml']),
    });
    expect(result.error).toBeUndefined();
    expect(state.issues.map((i) => i.title).sort()).toEqual([
      'Feature flag "beta-filters" is read by code but not declared',
      'Feature flag "new-nav" is declared but no code reads it',
    ]);
    expect(issueFor('new-nav')!.assignees).toEqual(['bob']);
    expect(issueFor('new-nav')!.body).toContain('/src/flags.ts#L2)');
    expect(issueFor('beta-filters')!.body).toContain(
      'Code reads `beta-filters`, but `src/flags.ts` does not declare it',
    );
  });

  it('a code registry that can no longer be parsed is an error, and the sweep changes nothing', async () => {
    const config = configWith('src/flags/keys.ts#WebFlag');
    await sweep(ENUM_FILES, { config });
    const before = JSON.stringify(state.issues);
    const writes = state.writes;
    // Renamed in a refactoring, the config not updated: every key would look undeclared, every issue gone.
    const renamed = {
      ...ENUM_FILES,
      'src/flags/keys.ts': WEB_FLAGS.replace('WebFlag', 'StoreFlag'),
    };
    const result = await sweep(renamed, { config });
    expect(result.error).toMatch(
      /^src\/flags\/keys\.ts#WebFlag could not be read as a flag registry \(src\/flags\/keys\.ts:4:1: src\/flags\/keys\.ts declares no `WebFlag` at its top level.*no issue was changed/,
    );
    expect(state.writes).toBe(writes);
    expect(JSON.stringify(state.issues)).toBe(before);

    // A member without a string value is the same promise, with the member's position.
    const numeric = {
      ...ENUM_FILES,
      'src/flags/keys.ts': WEB_FLAGS.replace("GiftCards = 'gift-cards'", 'GiftCards = 3'),
    };
    const second = await sweep(numeric, { config });
    expect(second.error).toMatch(
      /^src\/flags\/keys\.ts#WebFlag could not be read as a flag registry \(src\/flags\/keys\.ts:10:3: enum member GiftCards of WebFlag has no string value/,
    );
    expect(state.writes).toBe(writes);

    // And a registry file that is gone.
    const { ['src/flags/keys.ts']: _gone, ...without } = ENUM_FILES;
    const third = await sweep(without, { config });
    expect(third.error).toMatch(
      /names src\/flags\/keys\.ts, which does not exist.*no issue was changed/,
    );
    expect(state.writes).toBe(writes);
  });
});

/**
 * As GitHub answers what people and settings bring about: a locked conversation (403 on comments), an
 * assignee GitHub refuses (422 with `errors[]`), issues switched off (410), an issue deleted or renamed
 * by a person, and more flag issues than one page holds.
 */
describe('the sweep as GitHub answers what people and settings do', () => {
  const warnings = (): string[] => logs.filter((l) => l.startsWith('WARN '));
  const withoutBanner = (): Record<string, string> => ({
    ...FILES,
    'flags.yml': REGISTRY.split('  old-banner:')[0]!,
    'src/checkout.ts': CHECKOUT.split('\n')
      .filter((l) => !l.includes('old-banner'))
      .join('\n'),
  });

  it('a locked conversation: the issue is still updated and the sweep goes on, saying the comment was refused', async () => {
    await sweep();
    issueFor('new-checkout')!.locked = true;
    now = new Date('2026-12-02T06:00:00Z');
    // A flag newly read in code: its issue must still be created after the locked one was met.
    const files = {
      ...FILES,
      'src/checkout.ts': `${CHECKOUT}export const gift = () => unleash.isEnabled('gift-cards');\n`,
    };
    const result = await sweep(files);

    expect(result.error).toBeUndefined();
    expect(result.stopped).toBeUndefined();
    const locked = issueFor('new-checkout')!;
    expect(locked.title).toBe('Feature flag "new-checkout" expired on 2026-12-01');
    expect(locked.labels).toEqual(['feature-flag', 'flag:expired']);
    expect(commentsOf(state, locked.number)).toEqual([]);
    expect(issueFor('gift-cards')).toBeDefined();
    expect(warnings().join('\n')).toMatch(
      new RegExp(`#${locked.number} is locked: GitHub refuses comments`),
    );
    expect(result.applied.find((a) => a.key === 'new-checkout')).toMatchObject({
      outcome: 'done',
      detail: expect.stringMatching(/locked/),
    });
    // Nothing is left to retry: the next sweep writes nothing.
    const writes = state.writes;
    expect((await sweep(files)).planned).toEqual([]);
    expect(state.writes).toBe(writes);
  });

  it('a locked issue whose flag is gone is closed, without its closing comment', async () => {
    await sweep();
    const issue = issueFor('old-banner')!;
    issue.locked = true;
    const result = await sweep(withoutBanner());
    expect(result.error).toBeUndefined();
    expect(result.counts.closed).toBe(1);
    expect(issue.state).toBe('closed');
    expect(splitBody(issue.body)?.meta?.closed).toBe('gone');
  });

  it('an assignee GitHub refuses (422 on "assignees") is left out, instead of failing that issue on every sweep', async () => {
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

  it('issues switched off in the settings (410): the sweep fails with GitHub’s reason and writes nothing', async () => {
    state.issuesDisabled = true;
    const result = await sweep();
    expect(result.error).toMatch(/acme\/shop: HTTP 410: Issues are disabled for this repo/);
    expect(result.error).toMatch(/turn them on \(Settings → General → Features\)/);
    expect(state.writes).toBe(0);
    expect(state.issues).toEqual([]);
  });

  it('an issue a person deleted is opened once again, not twice', async () => {
    await sweep();
    const deleted = issueFor('old-banner')!;
    state.issues = state.issues.filter((i) => i !== deleted);
    expect((await sweep()).counts.created).toBe(1);
    expect(state.issues.filter((i) => splitBody(i.body)?.key === 'old-banner')).toHaveLength(1);
    expect((await sweep()).counts.created).toBe(0);
  });

  it('a title a person renamed is set back; their text above the marker is kept', async () => {
    await sweep();
    const issue = issueFor('new-checkout')!;
    issue.title = 'checkout flag, see thread';
    issue.body = `Context from the payments team.\n\n${issue.body}`;
    const result = await sweep();
    expect(result.counts).toMatchObject({ created: 0, updated: 1 });
    expect(issue.title).toBe('Feature flag "new-checkout" expires on 2026-12-01');
    expect(issue.body.startsWith('Context from the payments team.\n\n')).toBe(true);
  });

  it('more flag issues than one page of 100: all found again on the next sweep, none twice', async () => {
    const keys = Array.from({ length: 130 }, (_, i) => `promo-${String(i).padStart(3, '0')}`);
    const registry = `flags:\n${keys
      .map(
        (k) =>
          `  ${k}:\n    owner: "@alice"\n    created: 2026-11-01\n    expires: 2026-12-01\n    type: release\n`,
      )
      .join('')}`;
    const code = `import { unleash } from './flags';\n${keys
      .map((k, i) => `export const p${i} = () => unleash.isEnabled('${k}');`)
      .join('\n')}\n`;
    const files = { 'flags.yml': registry, 'src/promos.ts': code };
    const opts = { config: config({ budget: 400 }) };
    expect((await sweep(files, opts)).counts.created).toBe(130);
    const writes = state.writes;
    const second = await sweep(files, opts);
    expect(second.counts.created).toBe(0);
    expect(second.planned).toEqual([]);
    expect(state.writes).toBe(writes);
    expect(state.issues).toHaveLength(130);
    // The listing really was paged.
    expect(
      fake.requests.some((r) => r.path === '/repos/acme/shop/issues' && r.query.page === '2'),
    ).toBe(true);
  });
});

describe('a token that may read but not write issues (a job without `issues: write`)', () => {
  it('fails saying which permission the job needs, instead of "the next sweep picks up"', async () => {
    state.faults.push({
      method: 'POST',
      path: /^\/repos\/acme\/shop\/labels$/,
      status: 403,
      message: 'Resource not accessible by integration',
      times: 10,
    });
    const result = await sweep();
    expect(result.error).toMatch(/Resource not accessible by integration/);
    expect(result.error).toMatch(/the job needs `issues: write`/);
    expect(result.error).not.toMatch(/the next sweep picks up/);
    expect(state.issues).toEqual([]);
  });
});

describe('a token GitHub lets create issues but not assign them (no push access: assignees silently dropped)', () => {
  it('says who was not assigned, instead of an issue whose body names an assignee it does not have', async () => {
    state.dropsAssignees = true;
    const result = await sweep();
    expect(result.counts.created).toBe(3);
    expect(issueFor('new-checkout')!.assignees).toEqual([]);
    expect(logs.filter((l) => l.startsWith('WARN ')).join('\n')).toMatch(
      /GitHub did not assign @alice to #\d+, .*push access/,
    );
  });
});

describe('an issue a person transferred to another repository (GitHub answers 301 at its old number)', () => {
  it('never follows the redirect to write there; the flag gets its issue here once search has caught up', async () => {
    await sweep();
    const number = issueFor('old-banner')!.number;
    const movedTo = `${fake.url}/repos/acme/legacy/issues/41`;
    const gone = personTransfers(state, number, movedTo);
    // GitHub keeps labels the target repository lacks off the issue; its search index still lists it here.
    gone.labels = [];
    fake.route('GET', '/search/issues', () => ({
      body: { total_count: 1, incomplete_results: false, items: [issueJson(gone)] },
    }));
    const result = await sweep();

    expect(fake.requests.filter((r) => r.path.startsWith('/repos/acme/legacy'))).toEqual([]);
    expect(result.error).toBeUndefined();
    expect(logs.join('\n')).toMatch(new RegExp(`#${number} is no longer in acme/shop`));
    expect(state.issues.filter((i) => splitBody(i.body)?.key === 'old-banner')).toEqual([]);

    // The index catches up: the flag gets a new issue here, one.
    fake.route('GET', '/search/issues', () => ({
      body: { total_count: 0, incomplete_results: false, items: [] },
    }));
    expect((await sweep()).counts.created).toBe(1);
    expect(state.issues.filter((i) => splitBody(i.body)?.key === 'old-banner')).toHaveLength(1);
  });
});

describe('a person editing an issue while the sweep runs', () => {
  it('keeps what they wrote below the marker a moment before the bot rewrote its section', async () => {
    await sweep();
    const issue = issueFor('new-checkout')!;
    issue.body += '\n\nRemoving this after Black Friday — @alice';
    now = new Date('2026-12-02T06:00:00Z');
    // While the sweep posts the state-change comment, @alice adds a line in the web UI.
    state.onRequest = (req, s) => {
      if (
        req.method === 'POST' &&
        req.path === `/repos/acme/shop/issues/${issue.number}/comments`
      ) {
        const i = s.issues.find((x) => x.number === issue.number)!;
        i.body += '\nPS: rollout paused until the payment fix — @alice';
        s.onRequest = undefined;
      }
    };
    const result = await sweep();
    expect(result.counts.updated).toBeGreaterThan(0);
    expect(issue.title).toBe('Feature flag "new-checkout" expired on 2026-12-01');
    expect(issue.body).toMatch(
      /<!-- ops-steward:end -->\n\nRemoving this after Black Friday — @alice\nPS: rollout paused until the payment fix — @alice$/,
    );
  });
});

describe('a person’s comment that carries the bot’s hidden event marker', () => {
  it('does not count as the bot’s own comment: the state change is still announced', async () => {
    await sweep();
    const issue = issueFor('new-checkout')!;
    now = new Date('2026-12-02T06:00:00Z');
    // Someone pasted the raw text of a bot comment (markers included) from another issue.
    state.comments.set(issue.number, [
      {
        id: 900,
        body: '<!-- ops-steward:event=state:expiring:expired:2026-12-01 flag=new-checkout -->\nSame as last time?',
        user: 'mallory',
      },
    ]);
    const result = await sweep();
    expect(result.counts.commented).toBeGreaterThan(0);
    expect(
      commentsOf(state, issue.number).filter((c) => c.includes('is now **expired**')),
    ).toHaveLength(1);
  });
});
