import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { allDocumentPaths, checkDocumentsAt, docKindOf } from '../../docs/api.js';
import { docKinds } from '../../docs/kinds.js';
import { newDocument } from '../../docs/new-document.js';
import { docsRun } from '../../docs/run.js';
import { finish, moduleContext, runChecks } from '../../engine/run-checks.js';
import { shouldFail } from '../../findings.js';
import type { Finding } from '../../findings.js';
import { renderReport } from '../../report/index.js';
import { loadRepoContext } from '../context.js';
import type { RepoContext } from '../context.js';
import { EXIT_FINDINGS, EXIT_OK, UsageError } from '../io.js';
import type { CliIo } from '../io.js';
import { formatOf, nowOf, withClock, withOutput, withRepo } from '../options.js';
import type { ClockFlags, OutputFlags, RepoFlags } from '../options.js';

type CheckOptions = RepoFlags & OutputFlags;

type NewOptions = RepoFlags & ClockFlags & { dir?: string };

export function registerDocsCommands(program: Command, io: CliIo): void {
  const group = program
    .command('docs')
    .description('postmortems and runbooks: check them against their templates, start new ones');

  const check = group
    .command('check')
    .description(
      "check documents against their kind's template (default: every document of every kind)",
    )
    .argument('[file...]', 'documents to check, relative to the current directory');
  // FILE... takes the positional place where other commands accept the repository.
  withRepo(check, false);
  withOutput(check, ['text', 'json'], '{"findings":[Finding…]}');
  check.action(async (files: string[], opts: CheckOptions) => {
    const format = formatOf(opts);
    const ctx = await loadRepoContext(opts, io);
    const now = new Date();
    const findings =
      files.length === 0
        ? // The run's notices about files skipped elsewhere in the tree are not about documents;
          // a document the reader skipped (binary, too large, a link) is, or it would vanish silently.
          (
            await runChecks(ctx.files, ctx.config, {
              now,
              configPath: ctx.configPath,
              only: ['docs'],
            })
          ).findings.filter(
            (f) =>
              f.ruleId.startsWith('docs/') ||
              (f.file !== undefined && docKindOf(ctx.config, f.file) !== undefined),
          )
        : await checkFiles(ctx, files, now, io);
    io.stdout(
      format === 'json'
        ? // `order` only sorts findings (src/findings.ts): no output shows it.
          `${JSON.stringify({ findings: findings.map(({ order: _order, ...f }) => f) })}\n`
        : renderReport('text', findings, {
            color: io.isTty,
            width: io.columns,
            label: opts.repo ?? '.',
          }),
    );
    io.setExitCode(shouldFail(findings, 'error') ? EXIT_FINDINGS : EXIT_OK);
  });

  const create = group
    .command('new')
    .description("write a new document from its kind's template, with today's date")
    .argument('<kind>', 'postmortem, runbook, or a kind of docs.kinds')
    .argument('<title>', 'the title, e.g. "Checkout unavailable for 42 minutes"')
    .option(
      '--dir <dir>',
      "folder for the file, relative to the repository (default: where the kind's documents are)",
    );
  withRepo(create, false);
  withClock(create, "the new document's date (its UTC day)");
  create.action(async (kindName: string, title: string, opts: NewOptions) => {
    const date = nowOf(opts).toISOString().slice(0, 10);
    const ctx = await loadRepoContext(opts, io);
    const kinds = docKinds(ctx.config);
    const kind = kinds.find((k) => k.name === kindName);
    if (!kind) {
      throw new UsageError(
        `unknown kind "${kindName}": the kinds are ${kinds.map((k) => k.name).join(', ')} (docs.kinds)`,
      );
    }
    const mctx = moduleContext(ctx.files, ctx.config, {
      now: new Date(),
      configPath: ctx.configPath,
    });
    const template = await docsRun(mctx).template(kind);
    if (!template.ok) throw new UsageError(template.problem.message);
    const existing = (await allDocumentPaths(mctx)).filter((p) => kind.matches(p));
    const made = newDocument({
      kind,
      template: template.spec,
      title,
      date,
      existing,
      ...(opts.dir !== undefined ? { dir: opts.dir.split(path.sep).join('/') } : {}),
    });
    if (!made.ok) throw new UsageError(made.error);
    const target = path.join(ctx.root, ...made.path.split('/'));
    await mkdir(path.dirname(target), { recursive: true });
    try {
      await writeFile(target, made.text, { flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
        throw new UsageError(
          `${made.path} already exists: it is left as it is (choose another title)`,
        );
      }
      throw error;
    }
    io.stdout(`${made.path}\n`);
    io.setExitCode(EXIT_OK);
  });
}

/** The named files, each judged as its kind; a file of no kind is named on stderr, never silently skipped. */
async function checkFiles(
  ctx: RepoContext,
  files: string[],
  now: Date,
  io: CliIo,
): Promise<Finding[]> {
  const mctx = moduleContext(ctx.files, ctx.config, { now, configPath: ctx.configPath });
  const listed = new Set(await ctx.files.list());
  const kinds = docKinds(ctx.config);
  const paths: string[] = [];
  for (const file of files) {
    const rel = repoRelative(file, ctx.root, io.cwd);
    if (!listed.has(rel)) {
      const skipped = ctx.files.notices().find((n) => n.file === rel);
      throw new UsageError(
        skipped ? `${file}: ${skipped.message}` : `${file}: no such file in ${ctx.root}`,
      );
    }
    if (!kinds.some((k) => k.matches(rel))) {
      io.stderr(`ops-steward: ${file} is not a document of any kind (docs.kinds): not checked\n`);
      continue;
    }
    paths.push(rel);
  }
  return finish(await checkDocumentsAt(mctx, paths), mctx);
}

function repoRelative(file: string, root: string, cwd: string): string {
  const rel = path.relative(root, path.resolve(cwd, file)).split(path.sep).join('/');
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) {
    throw new UsageError(`"${file}" is not inside the repository ${root}`);
  }
  return rel;
}
