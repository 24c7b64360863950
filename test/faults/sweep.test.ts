import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults.js';
import { syncFlagIssues } from '../../src/engine/sync-flag-issues.js';
import { eventIds, splitBody } from '../../src/flags/sync/markers.js';
import type { FlagSyncResult } from '../../src/flags/sync/result.js';
import { createGitHubClient } from '../../src/github/client.js';
import { githubFlagIssues } from '../../src/github/flag-sync.js';
import { memoryRepo } from '../../src/repo/memory.js';
import type { FakeGitHub } from '../support/fake-github.js';
import { issuesState, startIssuesFake } from '../flags/sync/fake-issues.js';
import type { Fault, IssuesState } from '../flags/sync/fake-issues.js';

/**
 * Seeded fault schedules for the flag-issue sweep against the stateful fake GitHub (issue 9, defect 3):
 * refusals, rate limits with Retry-After, server errors before and after GitHub did the write, dropped
 * connections (a crash between "issue created" and the rest of the sweep), concurrent sweeps. After
 * every schedule: no duplicate issue or comment, people's text below the marker kept, and the sweep
 * converges within two reruns. `SCHEDULES` and `SEED` reproduce a run: `SEED=7 npm run test:faults`.
 */

const SCHEDULES = Number(process.env.SCHEDULES ?? 100);
const SEED = Number(process.env.SEED ?? 20261201);
const SHA = '1'.repeat(40);
const FILES = {
  'flags.yml': `flags:
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
  search-v2:
    owner: "@carol"
    created: 2026-11-20
    expires: 2026-12-20
    type: release
`,
  'src/checkout.ts': `import { unleash } from './flags';
export const useNew = () => unleash.isEnabled('new-checkout');
export const banner = () => unleash.isEnabled('old-banner');
export const search = () => unleash.isEnabled('beta-search');
export const tiles = () => unleash.isEnabled('promo-tiles');
`,
  '.github/CODEOWNERS': '/src/ @carol\n',
};
const PERSON = '\n\nNote from a person: we remove this after the holiday freeze.';

/** mulberry32: small, fast and the same on every machine. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TARGETS: readonly { method: string; path: RegExp }[] = [
  { method: 'POST', path: /^\/repos\/acme\/shop\/issues$/ },
  { method: 'POST', path: /^\/repos\/acme\/shop\/issues\/\d+\/comments$/ },
  { method: 'PATCH', path: /^\/repos\/acme\/shop\/issues\/\d+$/ },
  { method: 'GET', path: /^\/repos\/acme\/shop\/issues$/ },
  { method: 'GET', path: /^\/search\/issues$/ },
  { method: 'POST', path: /^\/repos\/acme\/shop\/labels$/ },
  { method: 'DELETE', path: /^\/repos\/acme\/shop\/labels\/.+$/ },
  { method: 'GET', path: /^\/repos\/acme\/shop\/issues\/\d+\/comments$/ },
];
const KINDS: readonly Omit<Fault, 'method' | 'path' | 'times'>[] = [
  { status: 403, message: 'Resource not accessible by integration' },
  {
    status: 403,
    message: 'You have exceeded a secondary rate limit',
    headers: { 'retry-after': '0' },
  },
  { status: 404, message: 'Not Found' },
  { status: 409, message: 'Conflict' },
  { status: 422, message: 'Validation Failed' },
  { status: 429, message: 'Too Many Requests', headers: { 'retry-after': '0' } },
  { status: 500, message: 'Server Error' },
  { status: 502, message: 'Bad Gateway' },
  { status: 500, message: 'Server Error', mode: 'after' },
  { status: 502, message: 'Bad Gateway', mode: 'after' },
  { status: 0, message: 'connection dropped before the answer', mode: 'drop' },
];

interface Schedule {
  faults: Fault[];
  /** Start from issues a clean sweep made a week earlier (updates and comments) or from none (creates). */
  baseline: boolean;
  concurrent: boolean;
}

function schedule(next: () => number): Schedule {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const faults: Fault[] = [];
  const n = 1 + Math.floor(next() * 3);
  for (let i = 0; i < n; i++) {
    faults.push({
      ...pick(TARGETS),
      ...pick(KINDS),
      times: 1 + Math.floor(next() * 2),
      after: Math.floor(next() * 3),
    });
  }
  return { faults, baseline: next() < 0.5, concurrent: next() < 0.3 };
}

let fake: FakeGitHub<IssuesState>;
let state: IssuesState;
let now: Date;

beforeAll(async () => {
  state = issuesState({ assignable: new Set(['alice', 'carol']), clock: () => now });
  fake = await startIssuesFake(state);
});
afterAll(() => fake.close());

function sweep(): Promise<FlagSyncResult> {
  const octokit = createGitHubClient({
    token: 'ghs_faults',
    baseUrl: fake.url,
    retryAfterBaseMs: 1,
    rateLimitRetries: 1,
    throttling: false,
  });
  return syncFlagIssues({
    tracker: githubFlagIssues(octokit),
    owner: 'acme',
    repo: 'shop',
    sha: SHA,
    files: memoryRepo(FILES),
    config: defaultConfig(),
    now,
  });
}

function reset(): void {
  state.issues = [];
  state.comments = new Map();
  state.labels = [];
  state.faults = [];
  state.writes = 0;
}

/** Problems with the issues as they are: duplicates (open or not closed as such) and repeated comments. */
function problems(): string[] {
  const out: string[] = [];
  const openByKey = new Map<string, number[]>();
  for (const issue of state.issues) {
    const parts = splitBody(issue.body);
    if (!parts) continue;
    if (issue.state === 'open')
      openByKey.set(parts.key, [...(openByKey.get(parts.key) ?? []), issue.number]);
    const ids = (state.comments.get(issue.number) ?? []).flatMap((c) => eventIds(c.body));
    const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
    if (repeated.length > 0) out.push(`#${issue.number} has comment ${repeated[0]} twice`);
  }
  for (const [key, numbers] of openByKey)
    if (numbers.length > 1) out.push(`"${key}" has ${numbers.length} open issues: ${numbers}`);
  return out;
}

describe(`the flag sweep under ${SCHEDULES} seeded fault schedules (seed ${SEED})`, () => {
  it('never leaves a duplicate, never loses a person’s text, and converges within two reruns', async () => {
    const next = rng(SEED);
    const failures: string[] = [];
    let faultsHit = 0;
    let rerunsNeeded = 0;
    for (let s = 0; s < SCHEDULES; s++) {
      const plan = schedule(next);
      reset();
      now = new Date('2026-11-24T06:00:00Z');
      if (plan.baseline) {
        await sweep();
        // A person writes below the end marker of every issue; a week later states have moved on.
        for (const issue of state.issues) issue.body += PERSON;
        now = new Date('2026-12-02T06:00:00Z');
      }
      state.faults = plan.faults.map((f) => ({ ...f }));
      const armed = state.faults.reduce((n, f) => n + f.times, 0);
      // As on GitHub, search does not find an issue created seconds ago (the listings do): what keeps
      // two sweeps at once or a retried create from duplicating must not be the search.
      state.searchLag = 1_000_000;
      const first = plan.concurrent ? Promise.all([sweep(), sweep()]) : sweep();
      await first;
      // An hour later the index has caught up.
      state.searchLag = 0;
      for (const issue of state.issues) issue.searchableAfter = 0;
      faultsHit += armed - state.faults.reduce((n, f) => n + f.times, 0);
      const afterFaults = problems();
      state.faults = [];
      let converged = false;
      for (let rerun = 1; rerun <= 2 && !converged; rerun++) {
        now = new Date(now.getTime() + 60 * 60 * 1000); // the next scheduled sweep, an hour on
        await sweep();
        const check = await sweep();
        converged = check.planned.length === 0 && check.error === undefined;
        if (converged) rerunsNeeded = Math.max(rerunsNeeded, rerun);
      }
      const label = `schedule ${s} ${JSON.stringify(plan.faults.map((f) => `${f.method} ${String(f.path)} ${f.status}${f.mode ? `/${f.mode}` : ''}`))}${plan.concurrent ? ' concurrent' : ''}`;
      for (const p of [...afterFaults, ...problems()]) failures.push(`${label}: ${p}`);
      if (!converged) failures.push(`${label}: did not converge within two reruns`);
      if (plan.baseline) {
        for (const issue of state.issues)
          if (splitBody(issue.body) && !issue.body.endsWith(PERSON))
            failures.push(`${label}: #${issue.number} lost the person's text`);
      }
      const keys = new Set(
        state.issues.filter((i) => i.state === 'open').map((i) => splitBody(i.body)?.key),
      );
      for (const key of ['new-checkout', 'old-banner', 'beta-search', 'promo-tiles', 'search-v2'])
        if (!keys.has(key)) failures.push(`${label}: no open issue for "${key}"`);
    }
    console.log(
      `${SCHEDULES} schedules, ${faultsHit} faults injected, worst case converged after ${rerunsNeeded} rerun(s), ${failures.length} failure(s)`,
    );
    expect(failures).toEqual([]);
  }, 170_000);
});
