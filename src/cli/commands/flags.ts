import pc from 'picocolors';
import type { Command } from 'commander';
import type { FlagState } from '../../flags/config.js';
import { analyzeFlags, findingsOf, statusOf } from '../../flags/check.js';
import type { FlagsAnalysis } from '../../flags/check.js';
import type { FlagStatus } from '../../flags/status.js';
import type { FlagReference, UnresolvedReference } from '../../flags/types.js';
import { countFindings, formatLocation } from '../../findings.js';
import { sanitizeForTerminal } from '../../report/text.js';
import { entryErrors } from '../../flags/invalid.js';
import { hideToolOutputs } from '../../core/outputs.js';
import { loadRepoContext } from '../context.js';
import { formatOf, nowOf, repoOf, withClock, withOutput, withRepo } from '../options.js';
import type { ClockFlags, OutputFlags, RepoFlags } from '../options.js';
import { progressLine } from '../progress.js';
import { registerFlagsSyncCommand } from './flags-sync.js';
import { EXIT_FINDINGS, EXIT_OK } from '../io.js';
import type { CliIo } from '../io.js';

type FlagsOptions = RepoFlags & OutputFlags;

type StatusOptions = FlagsOptions & ClockFlags;

/** `flags status` shows one more state than the registry rules have: an entry that failed validation. */
type StatusState = FlagState | 'invalid';

/** A `flags status` row: the `--json` contract, plus `error` on an `invalid` row only. */
interface StatusRow extends Omit<FlagStatus, 'state'> {
  state: StatusState;
  error?: string;
}

const HINT = '// ops-steward-flags: key-a, key-b';

export function registerFlagsCommands(program: Command, io: CliIo): void {
  const group = program
    .command('flags')
    .description('feature flags: where code reads them and the state of each declared flag');
  registerFlagsSyncCommand(group, io);
  const scan = group
    .command('scan')
    .description(
      'list every flag reference in the code, and the calls whose flag key cannot be resolved',
    );
  withRepo(scan);
  withOutput(scan, ['text', 'json'], '{"references":[…],"unresolved":[…]}');
  scan.action(async (dir: string | undefined, opts: FlagsOptions) => {
    const json = formatOf(opts) === 'json';
    const { analysis } = await analyzeWithConfig(dir, opts, io);
    const { references, unresolved, registryUses } = analysis.scan;
    // `registryUses` (reads of the whole registry at once) only when there are some.
    const uses = registryUses?.length ? { registryUses } : {};
    io.stdout(
      json
        ? `${JSON.stringify({ references: references.map(referenceJson), unresolved: unresolved.map(unresolvedJson), ...uses })}\n`
        : scanText(references, unresolved, io.isTty),
    );
    io.setExitCode(EXIT_OK);
  });

  const status = group
    .command('status')
    .description(
      'state of every declared and every undeclared referenced flag: active, expiring, expired, orphaned, undeclared, permanent, or invalid (an entry with a registry error, shown with it)',
    );
  withRepo(status);
  withOutput(
    status,
    ['text', 'json'],
    '{"flags":[{"key","owners","type","created","expires","state","references","patternReferences"}]} (and "error" on an invalid row)',
  );
  withClock(status, 'evaluate expiry');
  status.action(async (dir: string | undefined, opts: StatusOptions) => {
    const json = formatOf(opts) === 'json';
    const now = nowOf(opts);
    const { analysis, config } = await analyzeWithConfig(dir, opts, io);
    const rows = withInvalid(statusOf(analysis, config, now), analysis);
    io.stdout(
      json
        ? `${JSON.stringify({ flags: rows.map(statusJson) })}\n`
        : statusText(rows, analysis, io.isTty),
    );
    // Same verdict as `check` for this domain: error-severity findings (an expired flag, a broken registry) exit 1.
    io.setExitCode(
      countFindings(findingsOf(analysis, config, now)).errors > 0 ? EXIT_FINDINGS : EXIT_OK,
    );
  });
}

/** A declared flag whose entry has a registry error is `invalid`, whatever its dates say: they cannot be trusted. */
function withInvalid(rows: readonly FlagStatus[], analysis: FlagsAnalysis): StatusRow[] {
  const errors = entryErrors(analysis.registry.flags, analysis.registry.findings);
  return rows.map((row) => {
    const problems = row.state === 'undeclared' ? undefined : errors.get(row.key);
    if (!problems) return row;
    const error = problems.map((f) => `${formatLocation(f)} ${f.message}`).join('; ');
    return { ...row, state: 'invalid', error };
  });
}

async function analyzeWithConfig(dir: string | undefined, opts: FlagsOptions, io: CliIo) {
  const ctx = await loadRepoContext({ ...opts, repo: repoOf(dir, opts, io.cwd) }, io);
  const config = ctx.config.flags;
  const progress = progressLine(io, 'scanning flags');
  const analysis = await analyzeFlags(hideToolOutputs(ctx.files), config, {
    onProgress: (p) => progress.update(p.done, p.total),
  }).finally(() => progress.end());
  // Registry problems go to stderr so that answers are never silently partial, and stdout stays pure JSON.
  for (const f of analysis.registry.findings) {
    if (f.severity === 'notice') continue;
    io.stderr(sanitizeForTerminal(`${f.severity}: ${formatLocation(f)} ${f.message}`) + '\n');
  }
  return { analysis, config };
}

/** Field order is the `flags scan --json` contract. */
function referenceJson(r: FlagReference): FlagReference {
  return {
    key: r.key,
    pattern: r.pattern,
    file: r.file,
    line: r.line,
    column: r.column,
    via: r.via,
    accessor: r.accessor,
  };
}

function unresolvedJson(u: UnresolvedReference): UnresolvedReference {
  return {
    file: u.file,
    line: u.line,
    column: u.column,
    accessor: u.accessor,
    expression: u.expression,
  };
}

/** Field order is the `flags status --json` contract; `error` is added only to an invalid row. */
function statusJson(s: StatusRow): StatusRow {
  return {
    key: s.key,
    owners: [...s.owners],
    type: s.type,
    created: s.created,
    expires: s.expires,
    state: s.state,
    references: s.references,
    patternReferences: s.patternReferences,
    ...(s.error !== undefined ? { error: s.error } : {}),
    ...(s.iteratedAt ? { iteratedAt: [...s.iteratedAt] } : {}),
    ...(s.onlyTextReferences ? { onlyTextReferences: true } : {}),
  };
}

function scanText(
  references: readonly FlagReference[],
  unresolved: readonly UnresolvedReference[],
  color: boolean,
): string {
  const c = pc.createColors(color);
  const parts: string[] = [];
  if (references.length > 0) {
    parts.push(
      table(
        ['FLAG', 'VIA', 'ACCESSOR', 'LOCATION'],
        references.map((r) => [
          r.key ?? `${r.pattern ?? '?'} (pattern)`,
          r.via,
          r.accessor,
          formatLocation(r),
        ]),
      ),
    );
  }
  if (unresolved.length > 0) {
    parts.push(
      `${c.yellow('Unresolved')} — name the keys in a comment on the line above: ${HINT}\n`,
    );
    parts.push(
      table(
        ['LOCATION', 'ACCESSOR', 'EXPRESSION'],
        unresolved.map((u) => [formatLocation(u), u.accessor, u.expression.replace(/\s+/g, ' ')]),
      ),
    );
  }
  const keys = new Set(references.filter((r) => r.key !== null).map((r) => r.key));
  const patterns = references.filter((r) => r.key === null).length;
  parts.push(
    `${plural(references.length, 'reference')} (${plural(keys.size, 'flag key')}, ${plural(patterns, 'pattern')}), ${unresolved.length} unresolved\n`,
  );
  return sanitizeForTerminal(parts.join('\n'));
}

function statusText(rows: readonly StatusRow[], analysis: FlagsAnalysis, color: boolean): string {
  if (rows.length === 0) {
    const where = analysis.registryExists
      ? `in ${analysis.registryPath}`
      : `(there is no ${analysis.registryPath})`;
    return sanitizeForTerminal(`No flags declared ${where} and none referenced in the code.\n`);
  }
  const c = pc.createColors(color);
  const paint: Record<StatusState, (s: string) => string> = {
    invalid: c.red,
    active: c.green,
    permanent: c.cyan,
    expiring: c.yellow,
    orphaned: c.yellow,
    undeclared: c.yellow,
    expired: c.red,
  };
  const body = table(
    ['FLAG', 'STATE', 'OWNERS', 'TYPE', 'CREATED', 'EXPIRES', 'REFS', 'PATTERN REFS'],
    rows.map((r) => [
      sanitizeForTerminal(r.key),
      r.state,
      sanitizeForTerminal(r.owners.join(' ')) || '-',
      sanitizeForTerminal(r.type ?? '-'),
      r.created ?? '-',
      r.expires ?? (r.state === 'permanent' ? 'never' : '-'),
      r.onlyTextReferences
        ? `${r.references} (only text references)`
        : r.onlyTestReferences
          ? `${r.references} (only tests)`
          : String(r.references),
      String(r.patternReferences),
    ]),
    { 1: (cell) => paint[cell.trim() as StatusState]?.(cell) ?? cell },
  );
  const errors = rows
    .filter((r) => r.error !== undefined)
    .map((r) => `${c.red('invalid')} ${sanitizeForTerminal(`${r.key}: ${r.error ?? ''}`)}`);
  const counts = new Map<StatusState, number>();
  for (const r of rows) counts.set(r.state, (counts.get(r.state) ?? 0) + 1);
  const summary = [...counts.entries()].map(([state, n]) => `${n} ${state}`).join(', ');
  const notes = errors.length > 0 ? `\n${errors.join('\n')}\n` : '';
  return `${body}${notes}\n${plural(rows.length, 'flag')}: ${summary}\n`;
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** Left-aligned columns; `paint` colours a padded cell of a column without breaking the alignment. */
function table(
  header: string[],
  rows: string[][],
  paint: Record<number, (cell: string) => string> = {},
): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[], colored: boolean): string =>
    cells
      .map((cell, i) => {
        const padded = i === cells.length - 1 ? cell : cell.padEnd(widths[i]!);
        return colored && paint[i] ? paint[i](padded) : padded;
      })
      .join('  ')
      .trimEnd();
  return `${[line(header, false), ...rows.map((r) => line(r, true))].join('\n')}\n`;
}
