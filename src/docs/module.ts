import type { DomainModule } from '../core/module.js';
import { allDocumentPaths, documentFindings } from './api.js';
import { docsConfigSchema } from './config.js';
import { reviewDocs } from './pull-request.js';
import { DOCS_RULES } from './rules.js';
import { docsRun } from './run.js';
import { withDocsSeverity } from './severity.js';

export const docsModule: DomainModule = {
  id: 'docs',
  title: 'Postmortems and runbooks',
  description: "Postmortems and runbooks against their kind's template.",
  configSchema: docsConfigSchema,
  rules: DOCS_RULES,
  async check(ctx) {
    const run = docsRun(ctx);
    const findings = await documentFindings(run, await allDocumentPaths(ctx));
    // A broken template is worth knowing about even before the first document of its kind exists.
    const seen = new Set(
      findings
        .filter((f) => f.ruleId === 'docs/template-invalid')
        .map((f) => `${f.file}:${f.line}:${f.message}`),
    );
    for (const kind of run.kinds()) {
      const t = await run.template(kind);
      const problems = t.ok ? t.spec.problems : [t.problem];
      for (const p of problems) if (!seen.has(`${p.file}:${p.line}:${p.message}`)) findings.push(p);
    }
    return withDocsSeverity(findings, ctx.config);
  },
  pullRequest: reviewDocs,
};
