import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitHub } from '../support/fake-github.js';
import type { FakeGitHub } from '../support/fake-github.js';

/**
 * The committed bundle, run the way a runner runs it: a separate `node dist/action.js` process with the
 * GITHUB_* / INPUT_* environment of a workflow_dispatch event and GITHUB_API_URL pointing at a fake API on
 * 127.0.0.1. OPS_STEWARD_E2E_NODE picks the runtime (a node binary, or a command such as `npx -y node@24`),
 * so CI can rerun this under the Action's declared runtime.
 */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bundle = path.join(root, 'dist', 'action.js');
const guard = path.join(root, 'test', 'e2e', 'network-guard.mjs');
const nodeCommand = (process.env.OPS_STEWARD_E2E_NODE?.trim() || process.execPath).split(/\s+/);
/** The node binary itself: resolved once, see resolveNodeBinary. */
let nodeBinary = nodeCommand[0]!;
const hasBundle = existsSync(bundle);

interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  summary: string;
  outputs: Record<string, string>;
  network: string[];
}

let tmp: string;
let fake: FakeGitHub<Record<string, never>>;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'ops-steward-e2e-'));
  fake = await startFakeGitHub({ state: {} });
  if (hasBundle) nodeBinary = await resolveNodeBinary();
});

/**
 * A command such as `npx -y node@24` is asked for its binary and that binary is run directly: npx starts the
 * command through a shell, and shells drop variables whose names contain a hyphen — `INPUT_FAIL-ON` and
 * `INPUT_GITHUB-TOKEN` would silently vanish.
 */
async function resolveNodeBinary(): Promise<string> {
  if (nodeCommand.length === 1) return nodeCommand[0]!;
  const [command, ...args] = nodeCommand;
  const { code, stdout, stderr } = await new Promise<{
    code: number | null;
    stdout: string;
    stderr: string;
  }>((resolve, reject) => {
    const child = spawn(command!, [...args, '-p', 'process.execPath'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (c) => resolve({ code: c, stdout: out, stderr: err }));
  });
  const binary = stdout.trim().split('\n').at(-1)?.trim();
  if (code !== 0 || !binary)
    throw new Error(
      `OPS_STEWARD_E2E_NODE="${nodeCommand.join(' ')}" did not start node: ${stderr}`,
    );
  return binary;
}

afterAll(async () => {
  await fake?.close();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

/** GitHub's file-command output format: `name<<DELIMITER`, the value's lines, then the delimiter alone. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const [, name, delimiter] = m;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]!);
    outputs[name!] = value.join('\n');
  }
  return outputs;
}

function spawnNode(
  args: string[],
  env: Record<string, string>,
  cwd: string,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(nodeBinary, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

async function runAction(
  name: string,
  workspace: string,
  inputs: Record<string, string>,
): Promise<RunResult> {
  const dir = path.join(tmp, name);
  await mkdir(path.join(dir, 'runner-temp'), { recursive: true });
  const files = {
    event: path.join(dir, 'event.json'),
    summary: path.join(dir, 'step-summary.md'),
    output: path.join(dir, 'output.txt'),
    network: path.join(dir, 'network.log'),
  };
  await writeFile(
    files.event,
    JSON.stringify({ inputs: {}, ref: 'refs/heads/main', repository: { full_name: 'acme/shop' } }),
  );
  await Promise.all([
    writeFile(files.summary, ''),
    writeFile(files.output, ''),
    writeFile(files.network, ''),
  ]);
  const env: Record<string, string> = {
    // A clean environment: nothing from a surrounding CI job's GITHUB_* leaks in.
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? tmp,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'workflow_dispatch',
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_REPOSITORY_OWNER: 'acme',
    GITHUB_SHA: 'f'.repeat(40),
    GITHUB_REF: 'refs/heads/main',
    GITHUB_WORKSPACE: workspace,
    GITHUB_API_URL: fake.url,
    GITHUB_SERVER_URL: fake.url,
    GITHUB_GRAPHQL_URL: `${fake.url}/graphql`,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_OUTPUT: files.output,
    RUNNER_TEMP: path.join(dir, 'runner-temp'),
    OPS_STEWARD_E2E_NET_LOG: files.network,
    // GitHub's naming: upper case, spaces to underscores, hyphens kept.
    'INPUT_GITHUB-TOKEN': 'ghs_fake_token',
    'INPUT_FAIL-ON': 'error',
    'INPUT_DRY-RUN': 'false',
    INPUT_COMMAND: 'check',
    INPUT_CONFIG: '',
  };
  for (const [key, value] of Object.entries(inputs))
    env[`INPUT_${key.toUpperCase().replace(/ /g, '_')}`] = value;
  const { code, stdout, stderr } = await spawnNode(['--import', guard, bundle], env, workspace);
  return {
    code,
    stdout,
    stderr,
    summary: await readFile(files.summary, 'utf8'),
    outputs: parseOutputs(await readFile(files.output, 'utf8')),
    network: (await readFile(files.network, 'utf8')).split('\n').filter(Boolean),
  };
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
  expect(result.network.filter((line) => !line.startsWith('ALLOWED'))).toEqual([]);
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
      '::error::unknown command "sweep" (input "command"): valid commands are check',
    );
  });

  it('has a network guard that really blocks non-loopback connections', async () => {
    const log = path.join(tmp, 'guard.log');
    await writeFile(log, '');
    const { code, stderr } = await spawnNode(
      [
        '--import',
        guard,
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
