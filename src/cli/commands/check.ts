import { Option } from 'commander';
import type { Command } from 'commander';
import { runChecks } from '../../engine/run-checks.js';
import { shouldFail } from '../../findings.js';
import type { FailOn } from '../../findings.js';
import { renderReport } from '../../report/index.js';
import type { ReportFormat } from '../../report/index.js';
import { VERSION } from '../../version.js';
import { loadRepoContext, parseNow } from '../context.js';
import { EXIT_FINDINGS, EXIT_OK } from '../io.js';
import type { CliIo } from '../io.js';

interface CheckOptions {
  repo?: string;
  config?: string;
  format: ReportFormat;
  now?: string;
  failOn: FailOn;
}

export function registerCheckCommand(program: Command, io: CliIo): void {
  program
    .command('check')
    .description('run every enabled check on a repository and report the findings')
    .option('--repo <dir>', 'repository to check', '.')
    .option('--config <path>', 'config file (default: .github/ops-steward.yml in the repository)')
    .addOption(
      new Option('--format <format>', 'output format')
        .choices(['text', 'json', 'markdown', 'sarif'])
        .default('text'),
    )
    .option('--now <iso>', 'evaluate dates as of this time (ISO-8601), e.g. 2026-11-25')
    .addOption(
      new Option('--fail-on <level>', 'exit 1 when a finding of this severity or worse exists')
        .choices(['error', 'warning', 'never'])
        .default('error'),
    )
    .action(async (opts: CheckOptions) => {
      const now = parseNow(opts.now);
      const ctx = await loadRepoContext(opts, io);
      const result = await runChecks(ctx.files, ctx.config, {
        now,
        configPath: ctx.configPath,
        configDiagnostics: ctx.configDiagnostics,
      });
      io.stdout(
        renderReport(opts.format, result.findings, {
          color: io.isTty,
          label: opts.repo ?? '.',
          toolVersion: VERSION,
          generatedAt: now.toISOString(),
          anchorFile: ctx.configPath,
        }),
      );
      io.setExitCode(shouldFail(result.findings, opts.failOn) ? EXIT_FINDINGS : EXIT_OK);
    });
}
