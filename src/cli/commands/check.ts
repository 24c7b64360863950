import { Option } from 'commander';
import type { Command } from 'commander';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DEFAULT_CONFIG_PATH } from '../../config/defaults.js';
import { BASELINE_PATH, renderBaseline } from '../../engine/baseline.js';
import { runChecks } from '../../engine/run-checks.js';
import { countFindings, shouldFail } from '../../findings.js';
import type { FailOn } from '../../findings.js';
import { isReportFormat, renderReport, REPORT_FORMATS } from '../../report/index.js';
import { formatCounts } from '../../report/summary.js';
import { VERSION } from '../../version.js';
import { loadRepoContext } from '../context.js';
import { EXIT_FINDINGS, EXIT_OK } from '../io.js';
import type { CliIo } from '../io.js';
import { formatOf, nowOf, repoOf, withClock, withOutput, withRepo } from '../options.js';
import type { ClockFlags, OutputFlags, RepoFlags } from '../options.js';
import { progressLine } from '../progress.js';

interface CheckOptions extends RepoFlags, OutputFlags, ClockFlags {
  failOn: FailOn;
  writeBaseline?: boolean;
}

export function registerCheckCommand(program: Command, io: CliIo): void {
  const command = program
    .command('check')
    .description('run every enabled check on a repository and report the findings');
  withRepo(command);
  withOutput(command, REPORT_FORMATS, '{"version":1,"summary":{…},"findings":[…]}');
  withClock(command, 'evaluate dates');
  command
    .addOption(
      new Option('--fail-on <level>', 'exit 1 when a finding of this severity or worse exists')
        .choices(['error', 'warning', 'never'])
        .default('error'),
    )
    .option(
      '--write-baseline',
      `record today's findings in ${BASELINE_PATH}: later runs report only new ones (and one line counting the rest)`,
    )
    .action(async (dir: string | undefined, opts: CheckOptions) => {
      const format = formatOf(opts);
      const now = nowOf(opts);
      const repo = repoOf(dir, opts, io.cwd);
      const ctx = await loadRepoContext({ ...opts, repo }, io);
      const progress = progressLine(io, 'scanning flags');
      const result = await runChecks(ctx.files, ctx.config, {
        now,
        configPath: ctx.configPath,
        configDiagnostics: ctx.configDiagnostics,
        services: { flagScanProgress: (p) => progress.update(p.done, p.total) },
        baseline: opts.writeBaseline ? 'ignore' : 'apply',
      }).finally(() => progress.end());
      if (opts.writeBaseline) {
        const target = path.join(ctx.root, ...BASELINE_PATH.split('/'));
        await mkdir(path.dirname(target), { recursive: true });
        await writeFile(target, renderBaseline(result.findings, now));
        const recorded = result.findings.filter((f) => f.fingerprint !== undefined);
        io.stdout(
          `wrote ${BASELINE_PATH}: ${recorded.length} ${recorded.length === 1 ? 'finding' : 'findings'} (${formatCounts(countFindings(recorded))}); later runs of check report only new ones\n`,
        );
        io.setExitCode(EXIT_OK);
        return;
      }
      const reportFormat = isReportFormat(format) ? format : 'text';
      io.stdout(
        renderReport(reportFormat, result.findings, {
          color: io.isTty,
          width: io.columns,
          label: repo,
          toolVersion: VERSION,
          generatedAt: now.toISOString(),
          anchorFile: ctx.configPath,
        }),
      );
      // A new user's first run: say where the settings came from (machine formats stay as they are).
      if (reportFormat === 'text' && ctx.configPath === undefined) {
        io.stdout(
          `no ${DEFAULT_CONFIG_PATH}: every check ran with its defaults (ops-steward init writes one)\n`,
        );
      }
      io.setExitCode(shouldFail(result.findings, opts.failOn) ? EXIT_FINDINGS : EXIT_OK);
    });
}
