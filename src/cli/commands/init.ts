import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { loadCodeowners } from '../../codeowners/locate.js';
import { DEFAULT_CONFIG_PATH, defaultConfig } from '../../config/defaults.js';
import { analyzeFlags } from '../../flags/check.js';
import { formatLocation } from '../../findings.js';
import { seedRegistry, starterConfig } from '../../init/scaffold.js';
import type { SeededRegistry } from '../../init/scaffold.js';
import { WORKFLOWS } from '../../init/workflows.js';
import { sanitizeForTerminal } from '../../report/text.js';
import { hideToolOutputs } from '../../core/outputs.js';
import { loadRepoContext } from '../context.js';
import { EXIT_OK, UsageError } from '../io.js';
import type { CliIo } from '../io.js';
import { formatOf, nowOf, repoOf, withClock, withOutput, withRepo } from '../options.js';
import type { ClockFlags, OutputFlags, RepoFlags } from '../options.js';
import { progressLine } from '../progress.js';
import { shellQuote, subfolderOfRepository } from '../subfolder.js';
import { yamlRegistryPath } from '../../flags/registry-sources.js';

type InitOptions = RepoFlags & OutputFlags & ClockFlags & { force?: boolean };

type Action = 'written' | 'overwritten' | 'kept';

interface Planned {
  /** Repository-relative, `/`-separated. */
  path: string;
  text: string;
  /** Known to exist already (a config found under another name, the configured registry). */
  exists: boolean;
  what: string;
}

interface Outcome {
  path: string;
  action: Action;
  what: string;
}

export function registerInitCommand(program: Command, io: CliIo): void {
  const command = program
    .command('init')
    .description(
      'scaffold .github/ops-steward.yml, a flags.yml seeded from the flags the code reads, and the two workflows; never overwrites a file without --force',
    );
  withRepo(command);
  withOutput(
    command,
    ['text', 'json'],
    '{"files":[{"path","action"}],"flags":[{"key","owners","file","line","column"}],"patterns":[…]}',
  );
  withClock(command, 'date the seeded flags (created, expires)');
  command
    .option('--force', 'overwrite files that already exist')
    .action(async (dir: string | undefined, opts: InitOptions) => {
      const json = formatOf(opts) === 'json';
      const now = nowOf(opts);
      const repo = repoOf(dir, opts, io.cwd);
      await refuseSubfolder(path.resolve(io.cwd, repo), repo);
      const ctx = await loadRepoContext({ ...opts, repo }, io);
      const flagsConfig = ctx.config.flags;
      const progress = progressLine(io, 'scanning flags');
      const analysis = await analyzeFlags(hideToolOutputs(ctx.files), flagsConfig, {
        onProgress: (p) => progress.update(p.done, p.total),
      }).finally(() => progress.end());
      const { codeowners } = await loadCodeowners(ctx.files);
      const seeded = seedRegistry(analysis.scan, codeowners, flagsConfig, now);
      const branch = await currentBranch(ctx.root);

      const planned: Planned[] = [
        {
          path: ctx.configPath !== undefined && !opts.force ? ctx.configPath : DEFAULT_CONFIG_PATH,
          text: starterConfig(defaultConfig().flags),
          exists: ctx.configPath !== undefined,
          what: 'config',
        },
        {
          path: yamlRegistryPath(flagsConfig),
          text: seeded.text,
          exists: analysis.registryExists,
          what: registryWhat(seeded),
        },
        ...WORKFLOWS.map((w) => ({
          path: w.path,
          // An old repository's default branch is often not `main`.
          text: branch ? w.text.replace('branches: [main]', `branches: [${branch}]`) : w.text,
          exists: false,
          what: w.path.endsWith('-flags.yml') ? 'nightly flag sweep' : 'pull request check',
        })),
      ];
      const outcomes: Outcome[] = [];
      for (const file of planned) {
        outcomes.push({
          path: file.path,
          what: file.what,
          action: await place(ctx.root, file, opts.force === true),
        });
      }
      io.stdout(
        json
          ? `${JSON.stringify({
              files: outcomes.map(({ path, action }) => ({ path, action })),
              flags: seeded.flags.map((f) => ({
                key: f.key,
                owners: f.owners,
                file: f.first.file,
                line: f.first.line,
                column: f.first.column,
              })),
              patterns: seeded.patterns,
            })}\n`
          : sanitizeForTerminal(initText(outcomes, seeded, repo, codeowners !== undefined)),
      );
      io.setExitCode(EXIT_OK);
    });
}

/**
 * GitHub reads workflows, CODEOWNERS and (through the Action) the config only at the repository root: files
 * scaffolded into a folder of a bigger repository would never run, so say where they belong instead.
 */
async function refuseSubfolder(root: string, shown: string): Promise<void> {
  const sub = await subfolderOfRepository(root);
  if (!sub) return;
  throw new UsageError(
    `${shown} is a folder inside the git repository ${sub.top}: GitHub reads .github/workflows only at the ` +
      `repository root, so nothing written here would run. Run init there (ops-steward init --repo ${shellQuote(sub.top)}), ` +
      'or, to keep a separate repository in this folder, create its .github/ folder first.',
  );
}

function registryWhat(seeded: SeededRegistry): string {
  const owned = seeded.flags.filter((f) => f.owners.length > 0).length;
  const orphans = seeded.flags.length - owned;
  const n = seeded.flags.length;
  return `${n} ${n === 1 ? 'flag' : 'flags'} the code reads${orphans > 0 ? `, ${orphans} without an owner` : ''}`;
}

/** Writes one file unless it exists (`wx`: no window between looking and writing), or overwrites with --force. */
async function place(root: string, file: Planned, force: boolean): Promise<Action> {
  if (file.exists && !force) return 'kept';
  const absolute = path.join(root, ...file.path.split('/'));
  const existed = await stat(absolute).then(
    () => true,
    () => false,
  );
  if (existed && !force) return 'kept';
  await mkdir(path.dirname(absolute), { recursive: true });
  try {
    await writeFile(absolute, file.text, { flag: force ? 'w' : 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return 'kept';
    throw error;
  }
  return existed ? 'overwritten' : 'written';
}

function initText(
  outcomes: readonly Outcome[],
  seeded: SeededRegistry,
  repo: string,
  hasCodeowners: boolean,
): string {
  const width = Math.max(...outcomes.map((o) => o.path.length));
  const lines = [`ops-steward init in ${repo}:`];
  for (const o of outcomes) {
    const note = o.action === 'kept' ? 'exists, left as it is; --force overwrites it' : o.what;
    lines.push(`  ${o.action.padEnd(11)} ${o.path.padEnd(width)}  ${note}`);
  }
  const registry = outcomes[1];
  const written = registry !== undefined && registry.action !== 'kept';
  const ownerless = seeded.flags.filter((f) => f.owners.length === 0);
  if (written && ownerless.length > 0) {
    const why = hasCodeowners
      ? 'No CODEOWNERS rule owns the file that reads these flags'
      : 'There is no CODEOWNERS file, so no flag got an owner';
    lines.push('', `${why}: give each an owner in ${registry.path}:`);
    const keyWidth = Math.max(...ownerless.map((f) => f.key.length));
    for (const f of ownerless)
      lines.push(`  ${f.key.padEnd(keyWidth)}  ${formatLocation(f.first)}`);
  }
  if (written && seeded.patterns.length > 0) {
    lines.push(
      '',
      `The code builds flag names at run time (${seeded.patterns.join(', ')}): declare every flag they can make.`,
    );
  }
  if (outcomes.some((o) => o.path.startsWith('.github/workflows/') && o.action !== 'kept')) {
    lines.push(
      '',
      'The workflows use ops-steward/ops-steward@v0: until that tag is published, point `uses:` at OWNER/REPO@SHA (README, Install).',
    );
  }
  lines.push('', `Next: ops-steward check ${shellQuote(repo)}`);
  return `${lines.join('\n')}\n`;
}

/** The checked-out branch from `.git/HEAD` (also through a worktree's `gitdir:`), or undefined. */
async function currentBranch(root: string): Promise<string | undefined> {
  try {
    let gitDir = path.join(root, '.git');
    const dotGit = await readFile(gitDir, 'utf8').catch(() => undefined);
    const pointer = dotGit && /^gitdir: (.+)$/m.exec(dotGit)?.[1];
    if (pointer) gitDir = path.resolve(root, pointer.trim());
    const head = await readFile(path.join(gitDir, 'HEAD'), 'utf8');
    const branch = /^ref: refs\/heads\/(.+)$/m.exec(head)?.[1]?.trim();
    // Only names a YAML flow sequence can hold unquoted.
    return branch && /^[\w./-]+$/.test(branch) ? branch : undefined;
  } catch {
    return undefined;
  }
}
