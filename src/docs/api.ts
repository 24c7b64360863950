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
  const { findings } = await documentReports(docsRun(ctx), paths);
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
  const kinds = docKinds(run.config);
  const reports: DocumentReport[] = [];
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
    reports.push(result);
    findings.push(...result.findings.map((f) => toFinding(f, path)));
  }
  return { reports, findings };
}

/** Every document of every kind in the repository, in path order. */
export async function allDocumentPaths(ctx: ModuleContext): Promise<string[]> {
  const kinds = docKinds(ctx.config);
  return (await ctx.files.list()).filter((p) => kinds.some((k) => k.matches(p)));
}

export type { Config };
