import type { Command } from 'commander';
import { moduleContext } from '../../engine/run-checks.js';
import { formatLocation } from '../../findings.js';
import type { MonitorRow } from '../../monitors/analyze.js';
import { monitorsReport } from '../../monitors/module.js';
import { sanitizeForTerminal } from '../../report/text.js';
import { loadRepoContext, parseNow } from '../context.js';
import { formatOf, repoOf, withOutput, withRepo } from '../options.js';
import type { OutputFlags, RepoFlags } from '../options.js';
import { EXIT_OK } from '../io.js';
import type { CliIo } from '../io.js';

type ListOptions = RepoFlags & OutputFlags;

/** Rules about reading the files: a list that silently lacks a file's monitors would mislead. */
const READ_PROBLEMS = new Set([
  'monitors/parse-error',
  'monitors/invalid-monitor',
  'monitors/unknown-shape',
]);

export function registerMonitorsCommands(program: Command, io: CliIo): void {
  const group = program
    .command('monitors')
    .description('monitors kept as code (Datadog, Prometheus): which page, and their runbooks');
  const list = group
    .command('list')
    .description('every monitor: whether it pages, whom it notifies, its runbook and its state');
  withRepo(list);
  withOutput(
    list,
    ['text', 'json'],
    '[{"file","line","name","source","paging","handles","runbook","runbookStatus"}]',
  );
  list.action(async (dir: string | undefined, opts: ListOptions) => {
    const json = formatOf(opts) === 'json';
    const repo = await loadRepoContext({ ...opts, repo: repoOf(dir, opts, io.cwd) }, io);
    const ctx = moduleContext(repo.files, repo.config, {
      now: parseNow(undefined),
      configPath: repo.configPath,
    });
    const report = await monitorsReport(ctx);
    for (const f of report.findings) {
      if (READ_PROBLEMS.has(f.ruleId)) {
        io.stderr(`${f.severity}: ${formatLocation(f)} ${sanitizeForTerminal(f.message)}\n`);
      }
    }
    const { paging, valid } = report.coverage;
    io.stdout(
      json
        ? `${JSON.stringify(report.rows)}\n`
        : `${table(report.rows)}${valid} of ${paging} paging monitors link a valid runbook\n`,
    );
    io.setExitCode(EXIT_OK);
  });
}

function table(rows: readonly MonitorRow[]): string {
  if (rows.length === 0) return 'No monitors found under monitors.paths.\n';
  const header = ['MONITOR', 'SOURCE', 'PAGES', 'RUNBOOK', 'WHERE'];
  const cells = rows.map((r) => [
    sanitizeForTerminal(r.name),
    r.source,
    r.paging ? r.handles.filter(Boolean).join(' ') || 'yes' : '-',
    r.runbookStatus === null
      ? '-'
      : `${r.runbookStatus}${r.runbook ? ` ${sanitizeForTerminal(r.runbook)}` : ''}`,
    `${r.file}:${r.line}`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]): string =>
    c
      .map((v, i) => (i === c.length - 1 ? v : v.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return `${[line(header), ...cells.map(line)].join('\n')}\n`;
}
