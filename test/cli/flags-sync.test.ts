import path from 'node:path';
import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli, tempRepo } from '../support/cli.js';

const REGISTRY =
  'flags:\n  new-checkout:\n    owner: "@alice"\n    created: 2026-11-01\n    expires: 2026-12-01\n    type: release\n';
const CODE = "import { unleash } from './unleash';\nunleash.isEnabled('new-checkout');\n";

let saved: Record<string, string | undefined>;
beforeEach(() => {
  saved = { GITHUB_TOKEN: process.env.GITHUB_TOKEN, GH_TOKEN: process.env.GH_TOKEN };
  delete process.env.GITHUB_TOKEN;
  delete process.env.GH_TOKEN;
  nock.disableNetConnect();
});
afterEach(() => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  nock.cleanAll();
  nock.enableNetConnect();
});

describe('ops-steward flags sync --dry-run', () => {
  it('without a token prints the issues it would create, by flag and owner, and asks GitHub nothing', async () => {
    const dir = await tempRepo({ 'flags.yml': REGISTRY, 'src/a.ts': CODE });
    const run = await cli(['flags', 'sync', '--dry-run', dir, '--now', '2026-11-28']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('without a token');
    expect(run.stdout).toMatch(/would create an issue: "new-checkout" is expiring; @alice/);
  });

  it('refuses to sweep for real from a laptop', async () => {
    const dir = await tempRepo({ 'flags.yml': REGISTRY, 'src/a.ts': CODE });
    const run = await cli(['flags', 'sync', dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--dry-run');
  });

  it('with a read-only token reads the real issues and plans an update, not a duplicate', async () => {
    const dir = await tempRepo({ 'flags.yml': REGISTRY, 'src/a.ts': CODE });
    process.env.GITHUB_TOKEN = 'ghs_readonly';
    const marker = '<!-- ops-steward:flag=new-checkout -->';
    const api = nock('https://api.github.com')
      .get('/repos/acme/shop/issues')
      .query(true)
      .reply(200, [
        {
          number: 12,
          title: 'Feature flag "new-checkout" is expiring',
          state: 'open',
          body: `${marker}\nold text`,
          labels: [{ name: 'feature-flag' }],
          assignees: [],
        },
      ])
      .get('/search/issues')
      .query(true)
      .reply(200, { total_count: 0, items: [] })
      .get('/repos/acme/shop/assignees/alice')
      .reply(204)
      .get('/repos/acme/shop/labels')
      .query(true)
      .reply(200, []);
    const run = await cli([
      'flags',
      'sync',
      '--dry-run',
      '--json',
      '--github-repo',
      'acme/shop',
      path.resolve(dir),
      '--now',
      '2026-11-28',
    ]);
    expect(run.stderr).toBe('');
    const out = JSON.parse(run.stdout) as {
      token: boolean;
      planned: { kind: string; key: string }[];
    };
    expect(out.token).toBe(true);
    expect(out.planned.some((p) => p.kind === 'create')).toBe(false);
    expect(api.pendingMocks().filter((m) => !m.includes('labels'))).toEqual([]);
  });
});
