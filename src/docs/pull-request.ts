import type { PullRequestContext, PullRequestReview } from '../core/module.js';
import type { Finding } from '../findings.js';
import { isChangedFile } from '../repo/diff.js';
import { UnreadableFileError } from '../repo/errors.js';
import { documentReports } from './api.js';
import { renderChecklist } from './checklist.js';
import { docKinds } from './kinds.js';
import { docRuleId, DOC_RULE_TABLE } from './rules.js';
import { docsRun } from './run.js';
import { withDocsSeverity } from './severity.js';

/**
 * A pull request's own documents: only the added or changed ones of a configured kind, judged against
 * the **base** commit's templates — a pull request cannot loosen the rules it is judged by. A template the
 * pull request changes is reported, and takes effect once merged.
 */
export async function reviewDocs(ctx: PullRequestContext): Promise<PullRequestReview> {
  const notes: string[] = [];
  const kinds = docKinds(ctx.config);
  const changed = [...ctx.diff.files.values()]
    .filter((f) => f.status !== 'removed' && f.status !== 'unchanged')
    .map((f) => f.path)
    .filter((path) => kinds.some((k) => k.matches(path)))
    .sort();

  const findings: Finding[] = [];
  for (const kind of kinds) {
    if (kind.template === undefined || !isChangedFile(ctx.diff, kind.template)) continue;
    const removed = ctx.diff.files.get(kind.template)?.status === 'removed';
    findings.push({
      ruleId: docRuleId('template-changed'),
      severity: DOC_RULE_TABLE['template-changed'].severity,
      message: `this pull request ${removed ? 'removes' : 'changes'} the ${kind.name} template: ${kind.name} documents are checked against the base commit's template here, and the change applies once it is merged`,
      file: kind.template,
      ...(removed ? {} : { line: 1, column: 1 }),
    });
  }

  const run = docsRun(ctx, 'base', async (path) => {
    try {
      return await ctx.base.read(path);
    } catch (error) {
      // The base template unchanged by this PR is the head's: reading that is no loophole.
      if (!(error instanceof UnreadableFileError) || isChangedFile(ctx.diff, path)) throw error;
      notes.push(`${error.message}; ${path} is unchanged, so its checked-out version was used.`);
      return ctx.files.read(path);
    }
  });
  const { reports, findings: docFindings } = await documentReports(run, changed);
  findings.push(...docFindings);
  if (!ctx.diff.complete) {
    notes.push(
      'GitHub listed only part of the changed files: documents beyond them were not reviewed here (the full check covers every document).',
    );
  }
  return {
    findings: withDocsSeverity(findings, ctx.config),
    ...(notes.length > 0 ? { notes } : {}),
    ...(reports.length > 0
      ? { section: { title: 'Postmortems and runbooks', markdown: renderChecklist(reports) } }
      : {}),
  };
}
