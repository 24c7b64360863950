import type { PullRequestContext, PullRequestReview } from '../core/module.js';
import type { Finding } from '../findings.js';
import { isChangedFile } from '../repo/diff.js';
import type { PullRequestDiff } from '../repo/diff.js';
import { UnreadableFileError } from '../repo/errors.js';
import { documentReports } from './api.js';
import { BUILT_IN_TEMPLATES } from './builtin-templates.js';
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
  const changedTemplates = new Set<string>();
  for (const kind of kinds) {
    const change =
      kind.template === undefined ? undefined : templateChange(ctx.diff, kind.template);
    if (!change) continue;
    changedTemplates.add(kind.name);
    findings.push({
      ruleId: docRuleId('template-changed'),
      severity: DOC_RULE_TABLE['template-changed'].severity,
      message: `this pull request ${describeChange(kind.name, change)}`,
      file: kind.template!,
      ...(change.how === 'removes' ? {} : { line: 1, column: 1 }),
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
  // The full check of this head judges documents by the head's templates: on the documents judged here,
  // and on every document of a kind whose template this pull request changes, that is not the rule yet.
  const superseded = new Set(changed);
  if (changedTemplates.size > 0)
    for (const path of await ctx.files.list()) {
      const kind = kinds.find((k) => k.matches(path));
      if (kind && changedTemplates.has(kind.name)) superseded.add(path);
    }
  return {
    findings: withDocsSeverity(findings, ctx.config),
    supersedes: [...superseded].sort(),
    ...(notes.length > 0 ? { notes } : {}),
    ...(reports.length > 0
      ? { section: { title: 'Postmortems and runbooks', markdown: renderChecklist(reports) } }
      : {}),
  };
}

type TemplateChange = { how: 'adds' | 'changes' } | { how: 'removes'; movedTo?: string };

/** What the pull request does to the template at `path`: by its own entry, or by moving it away. */
function templateChange(diff: PullRequestDiff, path: string): TemplateChange | undefined {
  if (isChangedFile(diff, path)) {
    const status = diff.files.get(path)!.status;
    return { how: status === 'removed' ? 'removes' : status === 'added' ? 'adds' : 'changes' };
  }
  for (const f of diff.files.values()) {
    if (f.status === 'renamed' && f.previousPath === path)
      return { how: 'removes', movedTo: f.path };
  }
  return undefined;
}

function describeChange(kind: string, change: TemplateChange): string {
  if (change.how === 'adds') {
    // The base commit has no template of this kind: its documents are judged as before the change.
    return BUILT_IN_TEMPLATES[kind] !== undefined
      ? `adds the ${kind} template: ${kind} documents are checked against the built-in ${kind} template here, and the new template applies once it is merged`
      : `adds the ${kind} template: the base commit has none, so ${kind} documents are not checked here (docs/template-invalid), and they are once it is merged`;
  }
  const moved =
    change.how === 'removes' && change.movedTo ? ` (it moves it to ${change.movedTo})` : '';
  return `${change.how} the ${kind} template${moved}: ${kind} documents are checked against the base commit's template here, and the change applies once it is merged`;
}
