import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DomainModule } from '../../src/core/module.js';
import { fakeCore } from '../support/fake-core.js';
import { cli } from '../support/cli.js';
import { mockCommitTree } from '../support/github-nock.js';
import { API, strictNock, testOctokit } from '../support/nock-github.js';

/**
 * The seam's promise: a new domain is one folder plus one line in src/modules.ts. The registry is
 * extended here by exactly that one line (the mock below), and nothing else names the toy domain —
 * its config key, its findings, its rule descriptions and its pull-request run appear on every surface.
 */
const toy: DomainModule = vi.hoisted((): DomainModule => ({
  id: 'toy',
  title: 'Toy',
  description: 'A domain that exists only in this test.',
  configSchema: {
    type: 'object',
    additionalProperties: false,
    default: {},
    properties: { word: { type: 'string', minLength: 1, default: 'TODO' } },
  },
  rules: [
    { id: 'toy/word-found', severity: 'warning', description: 'A file still says the toy word.' },
    {
      id: 'toy/word-added',
      severity: 'error',
      description: 'A change adds the toy word.',
      pullRequestOnly: true,
    },
  ],
  async check(ctx) {
    const word = (ctx.config as unknown as { toy: { word: string } }).toy.word;
    const out = [];
    for (const file of await ctx.files.list()) {
      const text = (await ctx.files.read(file)) ?? '';
      const line = text.split('\n').findIndex((l) => l.includes(word));
      if (line >= 0)
        out.push({
          ruleId: 'toy/word-found',
          severity: 'warning' as const,
          message: `"${word}" is still here`,
          file,
          line: line + 1,
        });
    }
    return out;
  },
  async pullRequest(ctx) {
    const changed = [...ctx.diff.files.keys()];
    return {
      findings: changed.map((file) => ({
        ruleId: 'toy/word-added',
        severity: 'error' as const,
        message: 'a change',
        file,
        line: 1,
      })),
      section: { title: 'Toy view', markdown: `- ${changed.length} changed file(s)` },
    };
  },
}));

vi.mock('../../src/modules.js', async (importOriginal) => {
  const real = await importOriginal<{ MODULES: readonly DomainModule[] }>();
  return { MODULES: [...real.MODULES, toy] };
});

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ops-steward-toy-'));
  await mkdir(path.join(dir, 'src'), { recursive: true });
  await writeFile(path.join(dir, 'src', 'a.ts'), 'export const a = 1;\n// FIXME later\n');
  await mkdir(path.join(dir, '.github'), { recursive: true });
  await writeFile(path.join(dir, '.github', 'ops-steward.yml'), 'toy:\n  word: FIXME\n');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('a domain added by one registry line', () => {
  it('reads its own config key and reports in the CLI, with its rule described in SARIF', async () => {
    const text = await cli(['check', '--repo', dir, '--fail-on', 'never']);
    expect(text.stderr).toBe('');
    expect(text.stdout).toMatch(/src\/a\.ts:2 .*"FIXME" is still here.*\[toy\/word-found\]/);

    const sarif = await cli(['check', '--repo', dir, '--format', 'sarif', '--fail-on', 'never']);
    const log = JSON.parse(sarif.stdout) as {
      runs: [{ tool: { driver: { rules: { id: string; shortDescription: { text: string } }[] } } }];
    };
    expect(log.runs[0].tool.driver.rules).toContainEqual(
      expect.objectContaining({
        id: 'toy/word-found',
        shortDescription: { text: 'A file still says the toy word.' },
      }),
    );
  });

  it('is switched off by checks.toy, and its config key is validated by its own schema', async () => {
    await writeFile(
      path.join(dir, '.github', 'ops-steward.yml'),
      'checks:\n  toy: false\ntoy:\n  word: FIXME\n',
    );
    expect((await cli(['check', '--repo', dir])).stdout).not.toContain('toy/');
    await writeFile(path.join(dir, '.github', 'ops-steward.yml'), 'toy:\n  word: 3\n');
    const bad = await cli(['check', '--repo', dir]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/ops-steward\.yml:2:9 .*toy\.word/);
  });

  it('reaches the Action’s job summary and annotations', async () => {
    const { run } = await import('../../src/action/main.js');
    const { core, record } = fakeCore({ 'github-token': '' });
    await run({
      core,
      env: { GITHUB_EVENT_NAME: 'push', GITHUB_WORKSPACE: dir, RUNNER_TEMP: path.join(dir, 'tmp') },
      cwd: dir,
      now: () => new Date('2026-11-25T12:00:00Z'),
    });
    expect(record.summary).toContain('toy/word-found');
    expect(record.annotations).toContainEqual(
      expect.objectContaining({ properties: expect.objectContaining({ title: 'toy/word-found' }) }),
    );
    const report = JSON.parse(await readFile(record.outputs.report!, 'utf8')) as {
      findings: { ruleId: string }[];
    };
    expect(report.findings.map((f) => f.ruleId)).toContain('toy/word-found');
  });
});

describe('a domain added by one registry line, in the App', () => {
  strictNock();
  const HEAD = 'a'.repeat(40);
  const BASE = 'b'.repeat(40);
  const target = {
    owner: 'acme',
    repo: 'shop',
    headSha: HEAD,
    head: { owner: 'acme', repo: 'shop' },
    configRef: BASE,
    pullNumber: 7,
  };
  const log = { info: () => undefined, warning: () => undefined, error: () => undefined };

  it('shows up in the main check run and gets its own ops-steward / toy run', async () => {
    const { checkPullRequest } = await import('../../src/app/check-pull-request.js');
    const { checkPullRequestChanges } = await import('../../src/app/pull-request-checks.js');
    const patches: Record<number, { conclusion?: string; output?: { summary: string } }[]> = {};
    const scope = nock(API);
    scope
      .get(/\/repos\/acme\/shop\/contents\/\.github%2Fops-steward\.ya?ml/)
      .query({ ref: BASE })
      .times(2)
      .reply(404, { message: 'Not Found' });
    mockCommitTree(
      scope,
      { owner: 'acme', repo: 'shop', sha: HEAD },
      {
        'src/a.ts': 'export const a = 1;\n// TODO later\n',
      },
    );
    const { MODULES } = await import('../../src/modules.js');
    const runs = 1 + MODULES.filter((m) => m.pullRequest).length;
    let nextId = 100;
    const names: string[] = [];
    scope
      .post('/repos/acme/shop/check-runs', (b: { name: string }) => {
        names.push(b.name);
        return true;
      })
      // ops-steward, then one run per module with pull-request rules (the toy's among them)
      .times(runs)
      .reply(201, () => ({ id: nextId++ }));
    scope
      .patch(/\/repos\/acme\/shop\/check-runs\/\d+/, () => true)
      .times(runs)
      .reply(200, function (uri, body) {
        const id = Number(uri.split('/').pop());
        (patches[id] ??= []).push(body as { conclusion?: string; output?: { summary: string } });
        return { id };
      });
    scope
      .get('/repos/acme/shop/pulls/7/files')
      .query(true)
      .reply(200, [{ filename: 'src/a.ts', status: 'modified', patch: '@@ -1 +1,2 @@\n x\n+y' }]);
    scope.get('/repos/acme/shop/contents/flags.yml').query({ ref: BASE }).optionally().reply(404);
    // Looked for once, and once more right before creating (another run may have created it).
    scope.get('/repos/acme/shop/issues/7/comments').query(true).times(2).reply(200, []);
    const comments: string[] = [];
    scope.post('/repos/acme/shop/issues/7/comments').reply(201, (_uri, body) => {
      comments.push((body as { body: string }).body);
      return { id: 1, body: comments[0] };
    });

    const octokit = testOctokit();
    const main = await checkPullRequest(octokit, target, { now: new Date(), log });
    expect(main.findings.map((f) => f.ruleId)).toContain('toy/word-found');
    await checkPullRequestChanges(octokit, target, {
      now: new Date(),
      log,
      ...(main.context ? { context: main.context } : {}),
    });
    expect(names).toContain('ops-steward / toy');
    const toyRun = 100 + names.indexOf('ops-steward / toy');
    const last = patches[toyRun]!.at(-1)!;
    expect(last.conclusion).toBe('failure');
    expect(last.output!.summary).toContain('ops-steward: toy in this pull request');
    expect(last.output!.summary).toContain('Toy view');
    expect(comments).toHaveLength(1);
    expect(comments[0]).toContain('ops-steward: toy in this pull request');
    const quiet = MODULES.filter((m) => m.pullRequest && m.id !== 'toy').map((m) => m.title);
    expect(comments[0]).toContain(`✅ ${quiet.join(', ')}: no problems in this change.`);
  });
});
