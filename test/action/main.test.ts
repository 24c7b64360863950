import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../src/action/main.js';
import type { ActionDeps } from '../../src/action/main.js';
import type { GitHubClient } from '../../src/github/client.js';
import nock from 'nock';
import { createGitHubClient } from '../../src/github/client.js';
import { fakeCore } from '../support/fake-core.js';
import { contentsResponse } from '../support/github-nock.js';

let tmp: string;
let workspace: string;
let runnerTemp: string;

beforeEach(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'ops-steward-action-'));
  workspace = path.join(tmp, 'workspace');
  runnerTemp = path.join(tmp, 'runner-temp');
  await mkdir(path.join(workspace, 'src'), { recursive: true });
  await writeFile(path.join(workspace, 'src', 'index.ts'), 'export const answer = 42;\n');
});

afterEach(async () => {
  await rm(tmp, { recursive: true, force: true });
});

async function writeConfig(text: string): Promise<void> {
  await mkdir(path.join(workspace, '.github'), { recursive: true });
  await writeFile(path.join(workspace, '.github', 'ops-steward.yml'), text);
}

function deps(overrides: Partial<ActionDeps> = {}): Partial<ActionDeps> {
  const createClient = vi.fn((): GitHubClient => {
    throw new Error('check must not build a GitHub client');
  });
  return {
    env: {
      GITHUB_EVENT_NAME: 'workflow_dispatch',
      GITHUB_REPOSITORY: 'acme/shop',
      GITHUB_WORKSPACE: workspace,
      RUNNER_TEMP: runnerTemp,
    },
    cwd: tmp,
    now: () => new Date('2026-11-25T12:00:00Z'),
    createClient,
    ...overrides,
  };
}

// An unknown key is a warning finding (and the run goes on); a negative number is an invalid config.
const UNKNOWN_KEY_CONFIG = 'flags:\n  expiringWithinDay: 3\n';
const INVALID_CONFIG = 'checks:\n  flags: true\nflags:\n  expiringWithinDays: -1\n  registry: 7\n';

describe('Action run()', () => {
  it('passes on a clean repository and reports through summary, outputs and report files', async () => {
    const { core, record } = fakeCore({ 'github-token': 'ghs_test' });
    const outcome = await run({ ...deps(), core });

    expect(record.failed).toEqual([]);
    expect(outcome.failed).toBe(false);
    expect(record.outputs.errors).toBe('0');
    expect(record.outputs.warnings).toBe('0');
    expect(record.summary).toContain('## ops-steward report');
    expect(record.summary).toContain('No problems found');
    expect(record.outputs.report!.startsWith(runnerTemp)).toBe(true);
    const report = JSON.parse(await readFile(record.outputs.report!, 'utf8')) as {
      version: number;
      repository: string;
    };
    expect(report).toMatchObject({ version: 1, repository: 'acme/shop', summary: { errors: 0 } });
    const sarif = JSON.parse(await readFile(record.outputs.sarif!, 'utf8')) as { version: string };
    expect(sarif.version).toBe('2.1.0');
  });

  it('annotates a warning with its file and line and fails only when fail-on asks for it', async () => {
    await writeConfig(UNKNOWN_KEY_CONFIG);

    const lenient = fakeCore({ 'fail-on': 'error' });
    await run({ ...deps(), core: lenient.core });
    expect(lenient.record.failed).toEqual([]);
    expect(lenient.record.outputs.warnings).toBe('1');
    const warning = lenient.record.annotations.find((a) => a.level === 'warning');
    expect(warning?.message).toContain('expiringWithinDay');
    expect(warning?.properties).toMatchObject({ file: '.github/ops-steward.yml', startLine: 2 });
    expect(lenient.record.summary).toContain('expiringWithinDay');

    const strict = fakeCore({ 'fail-on': 'warning' });
    await run({ ...deps(), core: strict.core });
    expect(strict.record.failed).toHaveLength(1);
    expect(strict.record.failed[0]).toMatch(/1 warning.*fail-on is "warning"/);
  });

  it('fail-on never keeps the step green even with an error', async () => {
    await writeConfig(INVALID_CONFIG);
    const { core, record } = fakeCore({ 'fail-on': 'never' });
    await run({ ...deps(), core });
    // An invalid config is not a finding to tolerate: the checks did not run as configured.
    expect(record.failed).toHaveLength(1);
  });

  it('fails on an invalid config with every problem as file:line:col and no stack trace', async () => {
    await writeConfig(INVALID_CONFIG);
    const { core, record } = fakeCore();
    const outcome = await run({ ...deps(), core });

    expect(outcome.failed).toBe(true);
    expect(record.failed).toHaveLength(1);
    const message = record.failed[0]!;
    expect(message).toMatch(/^invalid configuration:/);
    expect(message).toMatch(/\.github\/ops-steward\.yml:4:\d+ .*expiringWithinDays/);
    expect(message).toMatch(/\.github\/ops-steward\.yml:5:\d+ .*registry/);
    expect(message).not.toMatch(/\n\s+at /);
    const errors = record.annotations.filter((a) => a.level === 'error');
    expect(errors.map((a) => a.properties?.startLine).sort()).toEqual([4, 5]);
    expect(record.summary).toContain('invalid configuration');
    expect(record.outputs.errors).toBe('2');
  });

  it('rejects an unknown command with the list of valid ones', async () => {
    const { core, record } = fakeCore({ command: 'flags-sweep' });
    await run({ ...deps(), core });
    expect(record.failed).toEqual([
      'unknown command "flags-sweep" (input "command"): valid commands are check, flags-sync',
    ]);
    expect(record.outputs).toEqual({});
  });

  it.each([
    ['fail-on', 'errors', 'invalid fail-on "errors": use one of error, warning, never'],
    ['dry-run', 'yes', 'invalid dry-run "yes": use true or false'],
  ])('rejects %s=%s with the accepted values', async (input, value, expected) => {
    const { core, record } = fakeCore({ [input]: value });
    await run({ ...deps(), core });
    expect(record.failed).toEqual([expected]);
  });

  it('runs check on an event it does not handle, after saying so', async () => {
    const { core, record } = fakeCore();
    await run({ ...deps(), env: { ...deps().env, GITHUB_EVENT_NAME: 'issue_comment' }, core });
    const notice = record.annotations.find((a) => a.level === 'notice');
    expect(notice?.message).toContain('"issue_comment"');
    expect(notice?.message).toContain('workflow_dispatch');
    expect(record.failed).toEqual([]);
    expect(record.summary).toContain('No problems found');
  });

  it('names a pull request from a fork in the log', async () => {
    const eventPath = path.join(tmp, 'event.json');
    await writeFile(
      eventPath,
      JSON.stringify({
        number: 7,
        pull_request: {
          number: 7,
          base: { sha: 'a'.repeat(40), repo: { full_name: 'acme/shop' } },
          head: { sha: 'b'.repeat(40), repo: { full_name: 'someone/shop' } },
        },
      }),
    );
    const { core, record } = fakeCore();
    const base = deps();
    await run({
      ...base,
      env: { ...base.env, GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventPath },
      core,
    });
    expect(record.info.join('\n')).toContain(
      '"check" on pull_request (pull request #7, from a fork)',
    );
    expect(record.failed).toEqual([]);
  });

  it('warns about an unreadable event payload but still checks', async () => {
    const eventPath = path.join(tmp, 'event.json');
    await writeFile(eventPath, '{ not json');
    const { core, record } = fakeCore();
    const base = deps();
    await run({ ...base, env: { ...base.env, GITHUB_EVENT_PATH: eventPath }, core });
    expect(record.annotations.find((a) => a.level === 'warning')?.message).toContain('is not JSON');
    expect(record.failed).toEqual([]);
  });

  it('fails clearly when the workspace does not exist', async () => {
    const { core, record } = fakeCore();
    const base = deps();
    await run({ ...base, env: { ...base.env, GITHUB_WORKSPACE: path.join(tmp, 'missing') }, core });
    expect(record.failed).toHaveLength(1);
    expect(record.failed[0]).toContain(path.join(tmp, 'missing'));
    expect(record.failed[0]).not.toContain('internal error');
  });

  it('fails clearly when the config input names a missing file', async () => {
    const { core, record } = fakeCore({ config: 'ops/steward.yml' });
    await run({ ...deps(), core });
    // The error names the path it resolved, so a workflow author sees where it looked (issue: the first hour).
    expect(record.failed).toHaveLength(1);
    expect(record.failed[0]).toMatch(
      /^cannot read config ops\/steward\.yml: no such file \(looked for .*workspace\/ops\/steward\.yml\)$/,
    );
  });

  it('reads the config input relative to the workspace', async () => {
    await mkdir(path.join(workspace, 'ops'), { recursive: true });
    await writeFile(path.join(workspace, 'ops', 'steward.yml'), UNKNOWN_KEY_CONFIG);
    const { core, record } = fakeCore({ config: 'ops/steward.yml' });
    await run({ ...deps(), core });
    expect(record.outputs.warnings).toBe('1');
    expect(record.annotations.find((a) => a.level === 'warning')?.properties?.file).toBe(
      'ops/steward.yml',
    );
  });

  it('warns when the workspace is empty (no checkout step)', async () => {
    await rm(path.join(workspace, 'src'), { recursive: true });
    const { core, record } = fakeCore();
    await run({ ...deps(), core });
    expect(record.annotations.find((a) => a.level === 'warning')?.message).toContain(
      'actions/checkout',
    );
  });

  it('keeps a clean result green when the job summary cannot be written', async () => {
    const { core, record } = fakeCore({}, { summaryFails: true });
    await run({ ...deps(), core });
    expect(record.failed).toEqual([]);
    expect(record.annotations.find((a) => a.level === 'warning')?.message).toContain(
      'could not write the job summary',
    );
  });

  it('turns an unexpected exception into a failed step instead of a rejection', async () => {
    const { core, record } = fakeCore();
    const outcome = await run({
      ...deps(),
      core,
      now: () => {
        throw new Error('clock exploded');
      },
    });
    expect(outcome.failed).toBe(true);
    expect(record.failed[0]).toMatch(/^internal error: clock exploded/);
    expect(record.debug.join('\n')).toContain('clock exploded');
  });

  describe('on a pull request', () => {
    const BASE = 'b'.repeat(40);
    async function prEvent(): Promise<Record<string, string>> {
      const eventPath = path.join(tmp, 'event.json');
      await writeFile(
        eventPath,
        JSON.stringify({
          pull_request: {
            number: 7,
            base: { sha: BASE, repo: { full_name: 'acme/shop' } },
            head: { sha: 'h'.repeat(40), repo: { full_name: 'acme/shop', fork: false } },
          },
        }),
      );
      return { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventPath };
    }

    afterEach(() => {
      nock.cleanAll();
    });

    /** The flag review of the PR's own changes: its diff, the base registry (none here), and no earlier comment. */
    function cleanReview(scope: nock.Scope): void {
      scope
        .get('/repos/acme/shop/pulls/7/files')
        .query(true)
        .reply(200, [
          { filename: 'src/index.ts', status: 'modified', patch: '@@ -1 +1 @@\n-x\n+y' },
        ])
        .get('/repos/acme/shop/contents/flags.yml')
        .query({ ref: BASE })
        .reply(404, { message: 'Not Found' })
        .get('/repos/acme/shop/issues/7/comments')
        .query(true)
        .reply(200, []);
    }

    it("uses the base commit's config, so a PR cannot weaken its own checks", async () => {
      // The PR's own config turns the warning off and is invalid besides; the base's is what counts.
      await writeConfig('flags:\n  expiringWithinDays: -1\n');
      const api = nock('https://api.github.com')
        .get('/repos/acme/shop/contents/.github%2Fops-steward.yml')
        .query({ ref: BASE })
        .reply(200, contentsResponse(UNKNOWN_KEY_CONFIG));
      cleanReview(api);
      const { core, record } = fakeCore({ 'github-token': 'ghs_test' });
      const base = deps();
      await run({
        ...base,
        env: { ...base.env, ...(await prEvent()) },
        createClient: (o) => createGitHubClient({ ...o, fetch: globalThis.fetch }),
        core,
      });
      expect(api.isDone()).toBe(true);
      expect(record.failed).toEqual([]);
      expect(record.outputs.warnings).toBe('1');
      expect(record.info.join('\n')).toContain(
        `config: .github/ops-steward.yml at the base commit ${BASE.slice(0, 7)}`,
      );
    });

    it('fails closed when the base commit’s config cannot be read: the PR’s own config is never used', async () => {
      // The PR switches every check off; GitHub refuses the base config read.
      await writeConfig(
        'checks:\n  flags: false\n  codeowners: false\n  config: false\n  oncall: false\n',
      );
      await mkdir(path.join(workspace, '.github'), { recursive: true });
      await writeFile(path.join(workspace, '.github', 'CODEOWNERS'), '* not-an-owner\n');
      const api = nock('https://api.github.com')
        .get('/repos/acme/shop/contents/.github%2Fops-steward.yml')
        .query({ ref: BASE })
        .reply(403, { message: 'Resource not accessible by integration' });
      const { core, record } = fakeCore({ 'github-token': 'ghs_test' });
      const base = deps();
      const outcome = await run({
        ...base,
        env: { ...base.env, ...(await prEvent()) },
        createClient: (o) => createGitHubClient({ ...o, fetch: globalThis.fetch }),
        core,
      });
      expect(api.isDone()).toBe(true);
      expect(outcome.failed).toBe(true);
      expect(record.failed).toHaveLength(1);
      expect(record.failed[0]).toMatch(
        /^could not read the config at the pull request's base commit bbbbbbb \(HTTP 403: .*\); a pull request is never checked with its own config.*Re-run the job/,
      );
    });

    it('without a token (offline by choice) and without the base commit in the clone, says the PR judges itself', async () => {
      await writeConfig('checks:\n  flags: false\n');
      const { core, record } = fakeCore({ 'github-token': '' });
      const base = deps();
      const outcome = await run({ ...base, env: { ...base.env, ...(await prEvent()) }, core });
      expect(outcome.failed).toBe(false);
      expect(record.annotations.map((a) => a.message).join('\n')).toMatch(
        /base commit bbbbbbb is not in the clone: the config is read from the pull request itself.*fetch-depth: 2/,
      );
    });

    it('without a token reads the base config from the clone when the clone has the base commit', async () => {
      const git = (...args: string[]): string =>
        execFileSync('git', args, { cwd: workspace, encoding: 'utf8' }).trim();
      git('init', '-q');
      git('config', 'user.email', 'ci@example.com');
      git('config', 'user.name', 'CI');
      await writeConfig(UNKNOWN_KEY_CONFIG);
      git('add', '-A');
      git('commit', '-qm', 'base');
      const baseSha = git('rev-parse', 'HEAD');
      // The pull request's own config would hide the unknown key (and the check) entirely.
      await writeConfig('checks:\n  config: false\n');
      git('commit', '-qam', 'the pull request');
      const eventPath = path.join(tmp, 'event-local.json');
      await writeFile(
        eventPath,
        JSON.stringify({
          number: 7,
          pull_request: {
            number: 7,
            base: { sha: baseSha, repo: { full_name: 'acme/shop' } },
            head: { sha: git('rev-parse', 'HEAD'), repo: { full_name: 'acme/shop' } },
          },
        }),
      );
      const { core, record } = fakeCore({ 'github-token': '' });
      const base = deps();
      await run({
        ...base,
        env: { ...base.env, GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventPath },
        core,
      });
      expect(record.info.join('\n')).toContain(
        `config: .github/ops-steward.yml at the base commit ${baseSha.slice(0, 7)}`,
      );
      expect(record.outputs.warnings).toBe('1');
    });

    it('falls back to defaults when the base commit has no config', async () => {
      await writeConfig(UNKNOWN_KEY_CONFIG);
      const api = nock('https://api.github.com')
        .get(/\/repos\/acme\/shop\/contents\/.*/)
        .query(true)
        .times(2)
        .reply(404, { message: 'Not Found' });
      cleanReview(api);
      const { core, record } = fakeCore({ 'github-token': 'ghs_test' });
      const base = deps();
      await run({
        ...base,
        env: { ...base.env, ...(await prEvent()) },
        createClient: (o) => createGitHubClient({ ...o, fetch: globalThis.fetch }),
        core,
      });
      expect(api.isDone()).toBe(true);
      expect(record.outputs.warnings).toBe('0');
    });
  });

  it("with a token, verifies CODEOWNERS owners through the API and reports GitHub's own verdict", async () => {
    await mkdir(path.join(workspace, '.github'), { recursive: true });
    await writeFile(path.join(workspace, '.github', 'CODEOWNERS'), '*  @ghost\n');
    const api = nock('https://api.github.com')
      .get('/users/ghost')
      .reply(404, { message: 'Not Found' })
      .get('/repos/acme/shop/codeowners/errors')
      .query(true)
      .reply(200, { errors: [] });
    const { core, record } = fakeCore({ 'github-token': 'ghs_test' });
    await run({
      ...deps(),
      core,
      createClient: (o) => createGitHubClient({ ...o, fetch: globalThis.fetch }),
    });
    expect(api.isDone()).toBe(true);
    const error = record.annotations.find((a) => a.level === 'error');
    expect(error?.message).toContain('@ghost');
    expect(error?.properties?.file).toBe('.github/CODEOWNERS');
    expect(record.outputs.errors).toBe('1');
  });
});
