import type { DomainModule, ModuleContext } from '../core/module.js';
import { checkDocumentsAt, docKindOf } from '../docs/api.js';
import { analyzeMonitors } from './analyze.js';
import type { MonitorsReport } from './analyze.js';
import { monitorsConfigSchema } from './config.js';
import { reviewMonitors } from './pull-request.js';
import { MONITOR_RULES } from './rules.js';

/** The whole analysis for one run: what `check` reports and what `monitors list` prints. */
export async function monitorsReport(ctx: ModuleContext): Promise<MonitorsReport> {
  const { model, directory } = await ctx.facts.onCall();
  return analyzeMonitors({
    files: ctx.files,
    config: ctx.config,
    // A runbook passes when the docs checks find nothing wrong with it, judged as the docs module judges it.
    docs: {
      kindOf: (path) => docKindOf(ctx.config, path),
      check: (paths) => checkDocumentsAt(ctx, paths),
    },
    onCall: { model, directory },
  });
}

export const monitorsModule: DomainModule = {
  id: 'monitors',
  title: 'Monitors',
  description:
    'Paging monitors (Datadog, Prometheus) link a runbook that exists and passes its checks; pager handles map to escalation policies.',
  configSchema: monitorsConfigSchema,
  rules: MONITOR_RULES,
  async check(ctx) {
    return (await monitorsReport(ctx)).findings;
  },
  async pullRequest(ctx) {
    return reviewMonitors(ctx, await monitorsReport(ctx));
  },
};
