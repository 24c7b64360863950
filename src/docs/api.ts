import type { Config } from '../config/types.js';
import type { ModuleContext } from '../core/module.js';
import type { Finding } from '../findings.js';
import { toFinding } from './doc-finding.js';
import { docKinds } from './kinds.js';
import { docsRun } from './run.js';
import type { DocsRun } from './run.js';
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
  const findings = await documentFindings(run, paths, (r) => reports.push(r));
  return { reports, findings };
}

/**
 * The findings of `documentReports` alone. A report holds its document's tree: keeping 2,000 of them
 * alive only to drop them at the end makes the garbage collector the slowest rule of a full check.
 */
export async function documentFindings(
  run: DocsRun,
  paths: readonly string[],
  onReport?: (report: DocumentReport) => void,
): Promise<Finding[]> {
  const kinds = docKinds(run.config);
  const findings: Finding[] = [];
  const reportedTemplates = new Set<string>();
  run.prefetch(paths.filter((p) => kinds.some((k) => k.matches(p))));
  for (const path of paths) {
    const kind = kinds.find((k) => k.matches(path));
    if (!kind) continue;
    const result = await run.report(path, kind);
    if (result === undefined) continue;
    if ('ok' in result) {
      if (!result.ok && !reportedTemplates.has(kind.name)) {
        reportedTemplates.add(kind.name);
        findings.push(result.problem);
      }
      continue;
    }
    if (!reportedTemplates.has(kind.name)) {
      reportedTemplates.add(kind.name);
      findings.push(...result.template.problems);
    }
    onReport?.(result);
    findings.push(...result.findings.map((f) => toFinding(f, path)));
  }
  return findings;
}

/** Every document of every kind in the repository, in path order. */
export async function allDocumentPaths(ctx: ModuleContext): Promise<string[]> {
  const kinds = docKinds(ctx.config);
  return (await ctx.files.list()).filter((p) => kinds.some((k) => k.matches(p)));
}

export type { Config };
