import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { githubError, startFakeGitHub } from '../support/fake-github.js';
import type { FakeGitHub } from '../support/fake-github.js';
import { commentsOf, issuesState, startIssuesFake } from '../flags/sync/fake-issues.js';
import type { IssuesState } from '../flags/sync/fake-issues.js';
import { hasBundle, leftTheMachine, nodeCommand, resolveNodeBinary, runAction } from './harness.js';
import type { RunResult } from './harness.js';

/**
 * The bundled Action's flag side as a whole process (see harness.ts): `command: flags-sync` on a schedule
 * against the stateful fake GitHub — issues created exactly once, closed when the flag is removed (naming the
 * removing commit from the checkout's history), nothing written on a dry run — and `check` on a fork's pull
 * request whose read-only token is refused the PR comment. The production client throttles writes (a second
 * apart, three for issues and comments), so each scenario keeps to one flag.
 */

const DAY = 86_400_000;
const iso = (offsetDays: number): string =>
  new Date(Date.now() + offsetDays * DAY).toISOString().slice(0, 10);
// The bundle reads the real clock: dates are relative to today, so the flag is "expiring" whenever this runs.
const REGISTRY = `flags:
  new-checkout:
    owner: "@alice"
    created: ${iso(-20)}
    expires: ${iso(3)}
    type: release
`;
const CODE =
  "import { unleash } from './flags';\nexport const on = () => unleash.isEnabled('new-checkout');\n";

let tmp: string;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'ops-steward-e2e-flags-'));
  if (hasBundle) await resolveNodeBinary();
});
afterAll(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH ?? '',
      HOME: tmp,
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.com',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.com',
      GIT_CONFIG_NOSYSTEM: '1',
    },
  }).trim();
}

const title = hasBundle
  ? `bundled Action, flags (${nodeCommand.join(' ')} dist/action.js)`
  : 'bundled Action, flags — SKIPPED: dist/action.js is missing; run `npm run build` first';

describe.skipIf(!hasBundle)(title, () => {
  describe('flags-sync on a schedule', () => {
    let fake: FakeGitHub<IssuesState>;
    let workspace: string;
    let head: string;
    let n = 0;

    beforeAll(async () => {
      fake = await startIssuesFake(
        issuesState({ assignable: new Set(['alice']), clock: () => new Date() }),
      );
      workspace = path.join(tmp, 'sync-repo');
      await mkdir(path.join(workspace, 'src'), { recursive: true });
      await writeFile(path.join(workspace, 'flags.yml'), REGISTRY);
      await writeFile(path.join(workspace, 'src', 'checkout.ts'), CODE);
      git(workspace, 'init', '-q', '-b', 'main');
      git(workspace, 'add', '.');
      git(workspace, 'commit', '-q', '-m', 'Add the new-checkout flag');
      head = git(workspace, 'rev-parse', 'HEAD');
    });
    afterAll(async () => {
      await fake?.close();
    });

    function sweep(inputs: Record<string, string> = {}): Promise<RunResult> {
      n++;
      return runAction({
        dir: path.join(tmp, `sync-${n}`),
        workspace,
        apiUrl: fake.url,
        eventName: 'schedule',
        payload: { schedule: '17 6 * * 1-5' },
        env: { GITHUB_SHA: head },
        inputs: { command: 'flags-sync', ...inputs },
      });
    }

    it('creates the issue on the first run and not again on the second', async () => {
      const first = await sweep();
      expect(first.stderr).not.toMatch(/\n\s+at /);
      expect(first.code).toBe(0);
      expect(first.outputs).toMatchObject({ created: '1', updated: '0', closed: '0' });
      expect(first.summary).toContain('### Feature flag issues');
      expect(first.summary).toMatch(/\| done \| `new-checkout` \| #1 \|/);
      expect(fake.state.issues).toHaveLength(1);
      const issue = fake.state.issues[0]!;
      expect(issue.title).toBe(`Feature flag "new-checkout" expires on ${iso(3)}`);
      expect(issue.assignees).toEqual(['alice']);
      expect(issue.body).toContain(`${fake.url}/acme/shop/blob/${head}/src/checkout.ts#L2`);

      const second = await sweep();
      expect(second.code).toBe(0);
      expect(second.outputs).toMatchObject({ created: '0', updated: '0', closed: '0' });
      expect(second.summary).toContain('Every flag issue is up to date.');
      expect(fake.state.issues).toHaveLength(1);
      for (const r of [first, second]) expect(leftTheMachine(r)).toEqual([]);
      expect(fake.unmatched()).toEqual([]);
    }, 20_000);

    it('plans the close on a dry run without writing anything', async () => {
      await writeFile(path.join(workspace, 'flags.yml'), 'flags: {}\n');
      await writeFile(
        path.join(workspace, 'src', 'checkout.ts'),
        'export const on = () => true;\n',
      );
      git(workspace, 'commit', '-q', '-am', 'Remove the new-checkout flag');
      head = git(workspace, 'rev-parse', 'HEAD');
      const writes = fake.state.writes;

      const dry = await sweep({ 'dry-run': 'true' });

      expect(dry.code).toBe(0);
      expect(fake.state.writes).toBe(writes);
      expect(fake.state.issues[0]!.state).toBe('open');
      expect(dry.summary).toContain('(dry run: nothing was changed)');
      expect(dry.summary).toMatch(/\| planned \| `new-checkout` \| #1 \| close/);
      expect(dry.stdout).toMatch(/\[dry-run\] would close/);
      expect(dry.outputs.closed).toBe('0');
    }, 20_000);

    it('closes the issue after the flag is removed, naming the commit that removed it', async () => {
      const result = await sweep();
      expect(result.code).toBe(0);
      expect(result.outputs).toMatchObject({ created: '0', closed: '1' });
      expect(fake.state.issues).toHaveLength(1);
      expect(fake.state.issues[0]!.state).toBe('closed');
      const closing = commentsOf(fake.state, 1).at(-1)!;
      expect(closing).toContain(head.slice(0, 7));
      expect(closing).toContain('Remove the new-checkout flag');
      expect(leftTheMachine(result)).toEqual([]);
    }, 20_000);

    it('fails clearly without a token', async () => {
      const result = await sweep({ 'github-token': '' });
      expect(result.code).toBe(1);
      expect(result.stdout).toMatch(/^::error::"flags-sync" needs a GitHub token/m);
    });
  });

  describe('check on a pull request from a fork', () => {
    const BASE = 'b'.repeat(40);
    const HEAD = 'c'.repeat(40);
    const PR_CODE = `${CODE}export const search = () => unleash.isEnabled('beta-search');\n`;
    const PATCH = `@@ -1,2 +1,3 @@
 import { unleash } from './flags';
 export const on = () => unleash.isEnabled('new-checkout');
+export const search = () => unleash.isEnabled('beta-search');`;
    let fake: FakeGitHub<{ commentWrites: number }>;
    let workspace: string;

    beforeAll(async () => {
      fake = await startFakeGitHub({ state: { commentWrites: 0 } });
      fake
        .route('GET', '/repos/acme/shop/contents/:path', (req) =>
          req.params.path === 'flags.yml' && req.query.ref === BASE
            ? {
                body: {
                  type: 'file',
                  encoding: 'base64',
                  content: Buffer.from(REGISTRY).toString('base64'),
                },
              }
            : githubError(404, 'Not Found'),
        )
        .route('GET', '/repos/acme/shop/pulls/7/files', () => ({
          body: [{ filename: 'src/checkout.ts', status: 'modified', patch: PATCH }],
        }))
        .route('GET', '/repos/acme/shop/issues/7/comments', () => ({ body: [] }))
        // A fork's workflow token is read-only: GitHub refuses the comment.
        .route('POST', '/repos/acme/shop/issues/7/comments', (_req, s) => {
          s.commentWrites++;
          return githubError(403, 'Resource not accessible by integration');
        });
      workspace = path.join(tmp, 'pr-repo');
      await mkdir(path.join(workspace, 'src'), { recursive: true });
      await writeFile(path.join(workspace, 'flags.yml'), REGISTRY);
      await writeFile(path.join(workspace, 'src', 'checkout.ts'), PR_CODE);
    });
    afterAll(async () => {
      await fake?.close();
    });

    const payload = {
      number: 7,
      pull_request: {
        number: 7,
        changed_files: 1,
        base: { sha: BASE, repo: { full_name: 'acme/shop' } },
        head: { sha: HEAD, repo: { full_name: 'someone/shop', fork: true } },
      },
    };

    it.each([
      ['error', 1],
      ['never', 0],
    ])(
      'still annotates and summarises with fail-on %s, exit code %i',
      async (failOn, exitCode) => {
        const result = await runAction({
          dir: path.join(tmp, `fork-${failOn}`),
          workspace,
          apiUrl: fake.url,
          eventName: 'pull_request',
          payload,
          env: { GITHUB_SHA: 'd'.repeat(40), GITHUB_REF: 'refs/pull/7/merge' },
          inputs: { 'fail-on': failOn },
        });
        expect(result.stderr).not.toMatch(/\n\s+at /);
        expect(result.code).toBe(exitCode);
        expect(result.stdout).toMatch(
          /^::error title=flags\/pr-undeclared,file=src\/checkout\.ts,line=3,[^:]*::.*beta-search/m,
        );
        expect(result.stdout).toMatch(/^::notice::PR comment skipped: .*403/m);
        expect(result.summary).toContain('feature flags in this pull request');
        expect(result.summary).toContain('PR comment skipped');
        expect(result.summary).toContain('## ops-steward report');
        if (exitCode === 1)
          expect(result.stdout).toMatch(/^::error::ops-steward found 1 error.*fail-on is "error"/m);
        expect(leftTheMachine(result)).toEqual([]);
        expect(fake.unmatched()).toEqual([]);
      },
      20_000,
    );

    it('tried to comment once per run', () => {
      expect(fake.state.commentWrites).toBe(2);
    });
  });
});
