import type { Config } from '../config/types.js';
import type { ModuleContext } from '../core/module.js';
import type { Finding } from '../findings.js';
import { docKinds } from './kinds.js';
import { anchorsOf } from './links.js';
import { parseMarkdown } from './markdown.js';
import { docsRun } from './run.js';
import type { CheckOptions, DocsRun } from './run.js';
import type { DocumentReport } from './check-document.js';
import { withDocsSeverity } from './severity.js';

export { docKindOf } from './kinds.js';

/** The docs findings (every docs rule) for exactly these repository paths, judged as the kind their path says. */
export async function checkDocumentsAt(
  ctx: ModuleContext,
  paths: readonly string[],
): Promise<Finding[]> {
  const findings = await documentFindings(docsRun(ctx), paths);
  return withDocsSeverity(findings, ctx.config);
}

/**
 * Reports of the documents at `paths` (paths of no kind are skipped), and the findings: theirs, and the
 * problems of the templates they were judged against (each template's once).
 */
export async function documentReports(
  run: DocsRun,
  paths: readonly string[],
): Promise<{ reports: DocumentReport[]; findings: Finding[] }> {
  const reports: DocumentReport[] = [];
  const findings = await run.check(paths, { onReport: (r) => reports.push(r) });
  return { reports, findings };
}

/** The findings of `documentReports` alone (no trees kept: the documents may go to worker threads). */
export function documentFindings(
  run: DocsRun,
  paths: readonly string[],
  options: CheckOptions = {},
): Promise<Finding[]> {
  return run.check(paths, options);
}

/** Every document of every kind in the repository, in path order. */
export async function allDocumentPaths(ctx: ModuleContext): Promise<string[]> {
  const kinds = docKinds(ctx.config);
  return (await ctx.files.list()).filter((p) => kinds.some((k) => k.matches(p)));
}

export type { Config };

/** The `#anchors` a Markdown file has, as the docs check reads them (GitHub's heading slugs, HTML ids). */
export function markdownAnchors(path: string, text: string): ReadonlySet<string> {
  return anchorsOf(parseMarkdown(path, text));
}
