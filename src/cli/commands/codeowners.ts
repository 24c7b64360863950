import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import type { Escalation, OnCallDirectory, OnCallLevel } from '../../codeowners/escalation.js';
import { escalationFor } from '../../codeowners/escalation.js';
import { CODEOWNERS_LOCATIONS, loadCodeowners } from '../../codeowners/locate.js';
import { ownersOf } from '../../codeowners/match.js';
import { normalizeRepoPath } from '../../codeowners/pattern.js';
import type { Codeowners, Ownership } from '../../codeowners/types.js';
import { formatLocation } from '../../findings.js';
import { loadOnCall } from '../../oncall/load.js';
import { loadRepoContext } from '../context.js';
import type { RepoContext } from '../context.js';
import { EXIT_OK, UsageError } from '../io.js';
import type { CliIo } from '../io.js';
import { formatOf, nowOf, withClock, withOutput, withRepo } from '../options.js';
import type { ClockFlags, OutputFlags, RepoFlags } from '../options.js';
import { table } from '../table.js';

export interface CodeownersCommandDeps {
  /** The on-call directory for `who-owns`; default: the repository's `oncall.files`. */
  onCallDirectory?: (
    ctx: RepoContext,
  ) => OnCallDirectory | undefined | Promise<OnCallDirectory | undefined>;
}

type OwnersOptions = RepoFlags & OutputFlags;

type WhoOwnsOptions = OwnersOptions & ClockFlags;

const PATHS_HELP =
  'paths relative to the repository root (or to the current directory, when that is where they are; absolute paths inside it work too)';

export function registerCodeownersCommands(
  program: Command,
  io: CliIo,
  deps: CodeownersCommandDeps = {},
): void {
  const group = program
    .command('codeowners')
    .description('answer ownership questions from CODEOWNERS, exactly as GitHub would');
  const owners = group
    .command('owners')
    .description('print the code owners of each path and the CODEOWNERS rule that decides it')
    .argument('<path...>', PATHS_HELP);
  withRepo(owners, false);
  withOutput(owners, ['text', 'json'], '[{"path","owners","line","pattern"}]');
  owners.action(async (paths: string[], opts: OwnersOptions) => {
    const json = formatOf(opts) === 'json';
    const ctx = await loadRepoContext(opts, io);
    const codeowners = await requireCodeowners(ctx, io);
    const rows: Ownership[] = [];
    for (const p of paths) {
      const target = await toRepoPath(p, ctx.root, io, !json);
      rows.push(shownAs(ownersOf(codeowners, lookupPath(target)), target));
    }
    io.stdout(json ? `${JSON.stringify(rows)}\n` : ownersTable(rows, codeowners.path));
    io.setExitCode(EXIT_OK);
  });

  const whoOwns = program
    .command('who-owns')
    .description('owners of each path, their team, its escalation policy and who is on call')
    .argument('<path...>', PATHS_HELP);
  withRepo(whoOwns, false);
  withOutput(
    whoOwns,
    ['text', 'json'],
    '[{"path","owners","line","pattern","team","policy","onCall"}]',
  );
  withClock(whoOwns, 'answer who is on call');
  whoOwns.action(async (paths: string[], opts: WhoOwnsOptions) => {
    const json = formatOf(opts) === 'json';
    const at = nowOf(opts);
    const ctx = await loadRepoContext(opts, io);
    const codeowners = await requireCodeowners(ctx, io);
    const directory = await (deps.onCallDirectory ?? ((c) => repoOnCall(c, io)))(ctx);
    const rows: Escalation[] = [];
    for (const p of paths) {
      const target = await toRepoPath(p, ctx.root, io, !json);
      const options = { config: ctx.config.codeowners, at, directory };
      rows.push(shownAs(escalationFor(codeowners, lookupPath(target), options), target));
    }
    io.stdout(json ? `${JSON.stringify(rows)}\n` : escalationTable(rows, codeowners.path));
    io.setExitCode(EXIT_OK);
  });
}

/** The file GitHub would use; its invalid lines are named on stderr so answers are never silently partial. */
async function requireCodeowners(ctx: RepoContext, io: CliIo): Promise<Codeowners> {
  const { codeowners, findings } = await loadCodeowners(ctx.files);
  const unreadable = findings.find((f) => f.ruleId === 'codeowners/unreadable');
  if (unreadable) throw new UsageError(unreadable.message);
  if (!codeowners) {
    throw new UsageError(
      `no CODEOWNERS file in ${ctx.root}: GitHub looks for ${CODEOWNERS_LOCATIONS.join(', ')} (first found wins)`,
    );
  }
  for (const f of [...findings, ...codeowners.problems]) {
    if (f.severity === 'notice') continue;
    io.stderr(`${f.severity}: ${formatLocation(f)} ${f.message}\n`);
  }
  return codeowners;
}

/** The repository's on-call files; their problems go to stderr, as CODEOWNERS' do. */
async function repoOnCall(ctx: RepoContext, io: CliIo): Promise<OnCallDirectory | undefined> {
  const { directory, findings } = await loadOnCall(ctx.files, ctx.config.oncall);
  for (const f of findings) {
    if (f.severity !== 'notice') io.stderr(`${f.severity}: ${formatLocation(f)} ${f.message}\n`);
  }
  return directory;
}

/** A path argument, resolved: a file, or a folder (it is one, or it was written with a trailing `/`). */
interface Target {
  path: string;
  folder: boolean;
}

/**
 * A path argument as a repository path: relative to the repository root, as documented; else, when that names
 * nothing and the path relative to the current directory is inside the repository (what a shell completes),
 * that one. A path that names nothing either way is answered for (GitHub owns paths before they exist); the
 * table says so on stderr, JSON (for scripts) does not.
 */
async function toRepoPath(
  arg: string,
  root: string,
  io: CliIo,
  noteMissing: boolean,
): Promise<Target> {
  const absolute = path.isAbsolute(arg);
  const slash = /[/\\]$/.test(arg);
  const asGiven = repoRelative(absolute ? path.relative(root, arg) : arg);
  const candidates = [asGiven];
  if (!absolute) candidates.push(repoRelative(path.relative(root, path.resolve(io.cwd, arg))));
  for (const candidate of candidates) {
    if (candidate === undefined) continue;
    const kind = await kindOf(path.join(root, candidate));
    if (kind !== undefined) return { path: candidate, folder: slash || kind === 'folder' };
  }
  if (asGiven === undefined) {
    const shown = absolute ? arg : path.relative(io.cwd, path.resolve(root, arg)) || arg;
    throw new UsageError(`"${shown}" is not a path inside the repository ${root}`);
  }
  if (noteMissing)
    io.stderr(
      `ops-steward: note: ${asGiven} is no file or folder of the repository (yet): owners as GitHub would give them to it\n`,
    );
  return { path: asGiven, folder: slash };
}

/**
 * GitHub gives owners to files, so a folder is asked about as a file directly in it whose name no pattern
 * names (NUL is in no file name): what its folder rules (`/packages/web/`, `*`) give, not `*.md`'s.
 */
function lookupPath(target: Target): string {
  return target.folder ? `${target.path}/\u0000` : target.path;
}

function shownAs<T extends Ownership>(row: T, target: Target): T {
  return { ...row, path: target.folder ? `${target.path}/` : target.path };
}

function repoRelative(rel: string): string | undefined {
  const clean = normalizeRepoPath(rel.split(path.sep).join('/'));
  if (clean === '' || clean === '.' || clean === '..' || clean.startsWith('../')) return undefined;
  return clean;
}

async function kindOf(p: string): Promise<'file' | 'folder' | undefined> {
  return stat(p).then(
    (s) => (s.isDirectory() ? 'folder' : 'file'),
    () => undefined,
  );
}

function ownersTable(rows: Ownership[], file: string): string {
  return table(
    ['PATH', 'OWNERS', 'RULE'],
    rows.map((r) => [r.path, ownersCell(r), ruleCell(r, file)]),
  );
}

function escalationTable(rows: Escalation[], file: string): string {
  return table(
    ['PATH', 'OWNERS', 'TEAM', 'POLICY', 'ON CALL', 'RULE'],
    rows.map((r) => [
      r.path,
      ownersCell(r),
      r.team ?? '-',
      r.policy ?? '-',
      onCallCell(r.onCall),
      ruleCell(r, file),
    ]),
  );
}

function ownersCell(r: Ownership): string {
  if (r.owners.length > 0) return r.owners.join(' ');
  return r.line === null ? '(no owner)' : '(un-assigned)';
}

function ruleCell(r: Ownership, file: string): string {
  return r.line === null ? '(no matching rule)' : `${file}:${r.line} ${r.pattern ?? ''}`;
}

function onCallCell(levels: OnCallLevel[] | null): string {
  if (levels === null) return '-';
  if (levels.length === 0) return '(nobody)';
  return levels.map((l) => `L${l.level} ${l.people.join(', ') || '(nobody)'}`).join('; ');
}
