import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { githubError, startFakeGitHub } from '../support/fake-github.js';
import type { FakeGitHub } from '../support/fake-github.js';
import {
  guardPath,
  hasBundle,
  leftTheMachine,
  nodeCommand,
  resolveNodeBinary,
  root,
  runAction as runBundle,
  spawnNode,
} from './harness.js';
import type { RunResult } from './harness.js';

/**
 * The committed bundle, run the way a runner runs it (see harness.ts), on a workflow_dispatch event:
 * `check` on the example repository and small ones, and the network guard itself.
 */

let tmp: string;
let fake: FakeGitHub<Record<string, never>>;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'ops-steward-e2e-'));
  fake = await startFakeGitHub({ state: {} });
  // What a workflow's GITHUB_TOKEN gets when the checks verify CODEOWNERS owners (the example has a
  // CODEOWNERS file): teams are invisible to it, and GitHub reports no CODEOWNERS errors.
  fake
    .route('GET', '/orgs/:org/teams', () =>
      githubError(403, 'Resource not accessible by integration'),
    )
    .route('GET', '/orgs/:org/teams/:slug', () => githubError(404, 'Not Found'))
    .route('GET', '/repos/:owner/:repo/codeowners/errors', () => ({ body: { errors: [] } }))
    // The on-call files' people: every login exists; `acme` is the organisation, whose private members
    // a workflow token cannot see (so membership is unknown, and nothing is reported).
    .route('GET', '/users/:username', (req) => ({
      body: {
        login: req.params.username,
        type: req.params.username === 'acme' ? 'Organization' : 'User',
      },
    }))
    .route('GET', '/orgs/:org/members/:username', () => githubError(404, 'Not Found'));
  if (hasBundle) await resolveNodeBinary();
});

afterAll(async () => {
  await fake?.close();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

function runAction(
  name: string,
  workspace: string,
  inputs: Record<string, string>,
): Promise<RunResult> {
  return runBundle({ dir: path.join(tmp, name), workspace, apiUrl: fake.url, inputs });
}

async function smallRepo(name: string, config?: string): Promise<string> {
  const dir = path.join(tmp, 'repos', name);
  await mkdir(path.join(dir, 'src'), { recursive: true });
  await writeFile(path.join(dir, 'src', 'index.ts'), 'export const answer = 42;\n');
  if (config !== undefined) {
    await mkdir(path.join(dir, '.github'), { recursive: true });
    await writeFile(path.join(dir, '.github', 'ops-steward.yml'), config);
  }
  return dir;
}

function expectNoRequestLeft(result: RunResult): void {
  expect(leftTheMachine(result)).toEqual([]);
  expect(fake.unmatched()).toEqual([]);
}

const title = hasBundle
  ? `bundled Action (${nodeCommand.join(' ')} dist/action.js)`
  : 'bundled Action — SKIPPED: dist/action.js is missing; run `npm run build` first';

describe.skipIf(!hasBundle)(title, () => {
  it('runs on the requested Node', async () => {
    const { stdout } = await spawnNode(
      ['-p', 'process.version'],
      { PATH: process.env.PATH ?? '' },
      tmp,
    );
    const wanted = process.env.OPS_STEWARD_E2E_NODE_MAJOR;
    if (wanted) expect(stdout.trim()).toMatch(new RegExp(`^v${wanted}\\.`));
    expect(stdout.trim()).toMatch(/^v\d+\./);
  });

  it('checks the example repository on workflow_dispatch: summary, outputs, SARIF, exit code per fail-on', async () => {
    const workspace = path.join(tmp, 'acme-shop');
    await cp(path.join(root, 'examples', 'acme-shop'), workspace, { recursive: true });

    const result = await runAction('acme-shop', workspace, { 'fail-on': 'error' });

    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.summary).toContain('## ops-steward report');
    expect(result.summary).toContain('acme/shop');
    expect(Object.keys(result.outputs).sort()).toEqual(['errors', 'report', 'sarif', 'warnings']);

    const report = JSON.parse(await readFile(result.outputs.report!, 'utf8')) as {
      summary: { errors: number; warnings: number };
    };
    expect(result.outputs.errors).toBe(String(report.summary.errors));
    expect(result.outputs.warnings).toBe(String(report.summary.warnings));
    expect(result.outputs.report!.startsWith(path.join(tmp, 'acme-shop', 'runner-temp'))).toBe(
      true,
    );

    const sarif = JSON.parse(await readFile(result.outputs.sarif!, 'utf8')) as {
      version: string;
      $schema: string;
      runs: Array<{ tool: { driver: { name: string } }; results: unknown[] }>;
    };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.$schema).toContain('sarif');
    expect(sarif.runs[0]!.tool.driver.name).toBe('ops-steward');
    expect(sarif.runs[0]!.results).toHaveLength(
      (JSON.parse(await readFile(result.outputs.report!, 'utf8')) as { findings: unknown[] })
        .findings.length,
    );

    expect(result.code).toBe(report.summary.errors > 0 ? 1 : 0);
    expectNoRequestLeft(result);
  });

  it('follows fail-on for warnings and emits file/line annotations as workflow commands', async () => {
    const workspace = await smallRepo('unknown-key', 'flags:\n  expiringWithinDay: 3\n');

    const lenient = await runAction('warn-lenient', workspace, { 'fail-on': 'error' });
    expect(lenient.code).toBe(0);
    expect(lenient.outputs.warnings).toBe('1');
    expect(lenient.stdout).toMatch(
      /^::warning [^:]*file=\.github\/ops-steward\.yml,line=2,[^:]*::.*expiringWithinDay/m,
    );
    expect(lenient.summary).toContain('expiringWithinDay');

    const strict = await runAction('warn-strict', workspace, { 'fail-on': 'warning' });
    expect(strict.code).toBe(1);
    expect(strict.stdout).toMatch(/^::error::ops-steward found 0 errors, 1 warning/m);

    const never = await runAction('warn-never', workspace, { 'fail-on': 'never' });
    expect(never.code).toBe(0);
    for (const r of [lenient, strict, never]) expectNoRequestLeft(r);
  });

  it('fails on an invalid config with file:line:col messages and no stack trace', async () => {
    const workspace = await smallRepo('invalid', 'flags:\n  expiringWithinDays: -1\n');
    const result = await runAction('invalid', workspace, {});
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /^::error::invalid configuration:%0A\.github\/ops-steward\.yml:2:\d+ /m,
    );
    expect(`${result.stdout}\n${result.stderr}`).not.toMatch(/\n\s+at .*\.js:\d+/);
    expect(result.summary).toContain('invalid configuration');
    expectNoRequestLeft(result);
  });

  it('fails an unknown command with the valid list', async () => {
    const workspace = await smallRepo('bad-command');
    const result = await runAction('bad-command', workspace, { command: 'sweep' });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      '::error::unknown command "sweep" (input "command"): valid commands are check, flags-sync',
    );
  });

  it('has a network guard that really blocks non-loopback connections', async () => {
    const log = path.join(tmp, 'guard.log');
    await writeFile(log, '');
    const { code, stderr } = await spawnNode(
      [
        '--import',
        guardPath,
        '-e',
        "fetch('https://api.github.com/zen').then(() => process.exit(0), (e) => { console.error(String(e.cause ?? e)); process.exit(3); })",
      ],
      { PATH: process.env.PATH ?? '', OPS_STEWARD_E2E_NET_LOG: log },
      tmp,
    );
    expect(code).toBe(3);
    expect(stderr).toContain('network guard: blocked');
    expect(await readFile(log, 'utf8')).toMatch(/^BLOCKED api\.github\.com:443$/m);
  });
});
