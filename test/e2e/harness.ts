import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Runs the committed bundle the way a runner runs it: a separate `node dist/action.js` process with the
 * GITHUB_* / INPUT_* environment of a workflow event and GITHUB_API_URL pointing at a fake API on 127.0.0.1,
 * behind a network guard that refuses anything but loopback. OPS_STEWARD_E2E_NODE picks the runtime (a node
 * binary, or a command such as `npx -y node@24`), so CI can rerun these under the Action's declared runtime.
 */

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const bundle = path.join(root, 'dist', 'action.js');
const guard = path.join(root, 'test', 'e2e', 'network-guard.mjs');
export const nodeCommand = (process.env.OPS_STEWARD_E2E_NODE?.trim() || process.execPath).split(
  /\s+/,
);
export const hasBundle = existsSync(bundle);
/** The node binary itself: resolved once, see resolveNodeBinary. */
let nodeBinary = nodeCommand[0]!;

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  summary: string;
  outputs: Record<string, string>;
  network: string[];
}

/**
 * A command such as `npx -y node@24` is asked for its binary and that binary is run directly: npx starts the
 * command through a shell, and shells drop variables whose names contain a hyphen — `INPUT_FAIL-ON` and
 * `INPUT_GITHUB-TOKEN` would silently vanish.
 */
export async function resolveNodeBinary(): Promise<string> {
  if (nodeCommand.length === 1) return (nodeBinary = nodeCommand[0]!);
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
  return (nodeBinary = binary);
}

/** GitHub's file-command output format: `name<<DELIMITER`, the value's lines, then the delimiter alone. */
export function parseOutputs(text: string): Record<string, string> {
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

export function spawnNode(
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

export interface ActionRun {
  /** Scratch directory for this run's event, summary, output and network log files. */
  dir: string;
  workspace: string;
  apiUrl: string;
  inputs?: Record<string, string>;
  eventName?: string;
  payload?: unknown;
  /** Extra or overriding environment (GITHUB_SHA, …). */
  env?: Record<string, string>;
}

export async function runAction(run: ActionRun): Promise<RunResult> {
  const { dir, workspace, apiUrl } = run;
  await mkdir(path.join(dir, 'runner-temp'), { recursive: true });
  const files = {
    event: path.join(dir, 'event.json'),
    summary: path.join(dir, 'step-summary.md'),
    output: path.join(dir, 'output.txt'),
    network: path.join(dir, 'network.log'),
  };
  await writeFile(
    files.event,
    JSON.stringify(
      run.payload ?? {
        inputs: {},
        ref: 'refs/heads/main',
        repository: { full_name: 'acme/shop' },
      },
    ),
  );
  await Promise.all([
    writeFile(files.summary, ''),
    writeFile(files.output, ''),
    writeFile(files.network, ''),
  ]);
  const env: Record<string, string> = {
    // A clean environment: nothing from a surrounding CI job's GITHUB_* leaks in.
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: run.eventName ?? 'workflow_dispatch',
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_REPOSITORY_OWNER: 'acme',
    GITHUB_SHA: 'f'.repeat(40),
    GITHUB_REF: 'refs/heads/main',
    GITHUB_WORKSPACE: workspace,
    GITHUB_API_URL: apiUrl,
    GITHUB_SERVER_URL: apiUrl,
    GITHUB_GRAPHQL_URL: `${apiUrl}/graphql`,
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
    ...run.env,
  };
  for (const [key, value] of Object.entries(run.inputs ?? {}))
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

/** Lines the guard logged for connections that were not to loopback (should be none). */
export function leftTheMachine(result: RunResult): string[] {
  return result.network.filter((line) => !line.startsWith('ALLOWED'));
}

export const guardPath = guard;
