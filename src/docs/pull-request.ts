import type { PullRequestContext, PullRequestReview } from '../core/module.js';
import { documentReports } from './api.js';
import { docsRun } from './run.js';
import { withDocsSeverity } from './severity.js';

/** Placeholder until the PR review lands: only added or changed documents. */
export async function reviewDocs(ctx: PullRequestContext): Promise<PullRequestReview> {
  const changed = [...ctx.diff.files.values()]
    .filter((f) => f.status !== 'removed' && f.status !== 'unchanged')
    .map((f) => f.path);
  const run = docsRun(ctx, 'base', (p) => ctx.base.read(p));
  const { findings } = await documentReports(run, changed);
  return { findings: withDocsSeverity(findings, ctx.config) };
}
