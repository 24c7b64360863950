import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CliIo } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/main.js';
import { root, spawnNode } from '../e2e/harness.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process, as a user would from `cwd`. */
export async function cli(
  argv: string[],
  cwd = process.cwd(),
  terminal: Pick<CliIo, 'isTty' | 'stderrIsTty' | 'columns' | 'clock'> = { isTty: false },
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    cwd,
    ...terminal,
    setExitCode: () => undefined,
  });
  return { code, stdout, stderr };
}

/** A throwaway directory holding `files` (paths relative to it). */
export async function tempRepo(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'ops-steward-'));
  for (const [rel, text] of Object.entries(files)) {
    const abs = path.join(dir, rel);
    await mkdir(path.dirname(abs), { recursive: true });
    await writeFile(abs, text);
  }
  return dir;
}

let bundleDir: Promise<string> | undefined;

/**
 * The CLI bundle built by scripts/build.mjs from the current sources, into a temp dir: once per test file.
 * (dist/ is only rebuilt at release time, so testing it would test yesterday's code.)
 */
export function cliBundlePath(): Promise<string> {
  bundleDir ??= (async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'ops-steward-bundle-'));
    const built = await spawnNode(
      ['scripts/build.mjs', out],
      { PATH: process.env.PATH ?? '' },
      root,
    );
    if (built.code !== 0) throw new Error(`scripts/build.mjs failed:\n${built.stderr}`);
    return path.join(out, 'cli.js');
  })();
  return bundleDir;
}

export interface BundleOptions {
  cwd?: string;
  env?: Record<string, string>;
}

/** Runs `node cli.js ARGV` as a separate process, the way a user runs the installed binary. */
export async function cliBundle(argv: string[], options: BundleOptions = {}): Promise<CliRun> {
  const bundle = await cliBundlePath();
  const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? tmpdir(), ...options.env };
  const { code, stdout, stderr } = await spawnNode(
    [bundle, ...argv],
    env,
    options.cwd ?? process.cwd(),
  );
  if (code === null) throw new Error(`${bundle} ${argv.join(' ')} was killed`);
  return { code, stdout, stderr };
}
