import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { formatLocation } from '../../findings.js';
import { loadOnCall } from '../../oncall/load.js';
import { onCallCalendar } from '../../oncall/ics.js';
import { importOpsgenieSchedule } from '../../oncall/opsgenie.js';
import { importPagerDutySchedule } from '../../oncall/pagerduty.js';
import { checkWindow, gapRows, scheduleNamed, timelineRows, whoAt } from '../../oncall/queries.js';
import type { OnCallModel } from '../../oncall/types.js';
import { loadRepoContext, parseNow } from '../context.js';
import { nowOf, repoOf, withClock, withRepo } from '../options.js';
import type { ClockFlags, RepoFlags } from '../options.js';
import type { RepoContext } from '../context.js';
import { EXIT_OK, UsageError } from '../io.js';
import type { CliIo } from '../io.js';
import { table } from '../table.js';

type RepoOpts = RepoFlags & { json?: boolean };
interface WindowOpts extends RepoOpts {
  from?: string;
  to?: string;
}

const DAY_MS = 86_400_000;

function repoOptions(cmd: Command): Command {
  return withRepo(cmd);
}

async function open(dir: string | undefined, opts: RepoOpts, io: CliIo): Promise<RepoContext> {
  return loadRepoContext({ ...opts, repo: repoOf(dir, opts, io.cwd) }, io);
}

function windowOptions(cmd: Command): Command {
  return repoOptions(cmd)
    .option('--from <iso>', 'start (ISO-8601; default now)')
    .option('--to <iso>', 'end (ISO-8601; default --from + oncall.horizonDays)');
}

/** The repository's on-call model; its problems go to stderr, so an answer is never silently partial. */
async function requireModel(ctx: RepoContext, io: CliIo): Promise<OnCallModel> {
  const { model, findings } = await loadOnCall(ctx.files, ctx.config.oncall);
  for (const f of findings) {
    if (f.severity !== 'notice') io.stderr(`${f.severity}: ${formatLocation(f)} ${f.message}\n`);
  }
  if (!model) {
    throw new UsageError(
      `no on-call file in ${ctx.root}: oncall.files names ${ctx.config.oncall.files.join(', ')}`,
    );
  }
  return model;
}

function windowOf(opts: WindowOpts, ctx: RepoContext): { from: Date; to: Date } {
  const from = parseNow(opts.from, '--from');
  const to =
    opts.to === undefined
      ? new Date(from.getTime() + ctx.config.oncall.horizonDays * DAY_MS)
      : parseNow(opts.to, '--to');
  checkWindow(from, to);
  return { from, to };
}

export function registerOnCallCommands(program: Command, io: CliIo): void {
  const group = program
    .command('oncall')
    .description(
      'on-call: who is on call, the final timeline, coverage gaps, calendar export, import',
    );

  const who = repoOptions(group.command('who'));
  withClock(who, 'who is on call').description(
    'who is on call now (or --at) for every schedule and every escalation level',
  );
  who
    .option('--json', 'print JSON: {"at","schedules":{name:[who]},"policies":{name:[[level 1],…]}}')
    .action(async (dir: string | undefined, opts: RepoOpts & ClockFlags) => {
      const at = nowOf(opts);
      const ctx = await open(dir, opts, io);
      const answer = whoAt(await requireModel(ctx, io), at);
      if (opts.json) io.stdout(`${JSON.stringify(answer)}\n`);
      else {
        const rows = [
          ...Object.entries(answer.schedules).map(([n, w]) => [
            'schedule',
            n,
            w.join(', ') || '(nobody)',
          ]),
          ...Object.entries(answer.policies).map(([n, levels]) => [
            'policy',
            n,
            levels.map((p, i) => `L${i + 1} ${p.join(', ') || '(nobody)'}`).join('; '),
          ]),
        ];
        io.stdout(`at ${answer.at}\n${table(['KIND', 'NAME', 'ON CALL'], rows)}`);
      }
      io.setExitCode(EXIT_OK);
    });

  windowOptions(group.command('timeline'))
    .description('the final timeline of one schedule: who is on call from when to when')
    .requiredOption('--schedule <name>', 'the schedule')
    .option('--json', 'print JSON: [{"from","to","who"}] (who: null where nobody is on)')
    .action(async (dir: string | undefined, opts: WindowOpts & { schedule: string }) => {
      const ctx = await open(dir, opts, io);
      const model = await requireModel(ctx, io);
      const { from, to } = windowOf(opts, ctx);
      const rows = timelineRows(scheduleNamed(model, opts.schedule), from, to);
      io.stdout(
        opts.json
          ? `${JSON.stringify(rows)}\n`
          : table(
              ['FROM', 'TO', 'WHO'],
              rows.map((r) => [r.from, r.to, r.who ?? '(nobody)']),
            ),
      );
      io.setExitCode(EXIT_OK);
    });

  windowOptions(group.command('gaps'))
    .description('every stretch of required coverage where nobody is on call')
    .option('--json', 'print JSON: [{"schedule","from","to"}]')
    .action(async (dir: string | undefined, opts: WindowOpts) => {
      const ctx = await open(dir, opts, io);
      const model = await requireModel(ctx, io);
      const { from, to } = windowOf(opts, ctx);
      const rows = gapRows(model, from, to);
      io.stdout(
        opts.json
          ? `${JSON.stringify(rows)}\n`
          : rows.length === 0
            ? 'no coverage gaps\n'
            : table(
                ['SCHEDULE', 'FROM', 'TO'],
                rows.map((r) => [r.schedule, r.from, r.to]),
              ),
      );
      io.setExitCode(EXIT_OK);
    });

  windowOptions(group.command('export'))
    .description('an iCalendar feed of the shifts (one event per shift) to subscribe to')
    .requiredOption('--ics', 'iCalendar (RFC 5545) output')
    .option('--schedule <name>', 'only this schedule (default: every schedule)')
    .option('--person <login>', "only this person's shifts, across every schedule")
    .action(
      async (
        dir: string | undefined,
        opts: WindowOpts & { schedule?: string; person?: string },
      ) => {
        const ctx = await open(dir, opts, io);
        const model = await requireModel(ctx, io);
        const { from, to } = windowOf(opts, ctx);
        const schedules =
          opts.schedule === undefined
            ? [...model.schedules.values()]
            : [scheduleNamed(model, opts.schedule)];
        io.stdout(
          onCallCalendar(model, {
            schedules,
            from,
            to,
            now: parseNow(undefined),
            ...(opts.person === undefined ? {} : { person: opts.person }),
          }),
        );
        io.setExitCode(EXIT_OK);
      },
    );

  const imports = group
    .command('import')
    .description('convert a schedule from another tool into our YAML');
  const importer = (
    tool: string,
    what: string,
    convert: (text: string, file: string) => string,
  ): void => {
    imports
      .command(tool)
      .description(`print our YAML for ${what}`)
      .argument('<file>', 'the exported JSON')
      .action(async (file: string) => {
        const absolute = path.resolve(io.cwd, file);
        let text: string;
        try {
          text = await readFile(absolute, 'utf8');
        } catch (error) {
          throw new UsageError(
            `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
          );
        }
        io.stdout(convert(text, file));
        io.setExitCode(EXIT_OK);
      });
  };
  importer(
    'pagerduty',
    'a PagerDuty schedule (GET /schedules/{id} as JSON)',
    importPagerDutySchedule,
  );
  importer(
    'opsgenie',
    'an Opsgenie schedule (GET /v2/schedules/{id}?expand=rotation as JSON)',
    importOpsgenieSchedule,
  );
}
