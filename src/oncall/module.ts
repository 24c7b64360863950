import type { DomainModule, ModuleContext } from '../core/module.js';
import { sortFindings } from '../findings.js';
import type { Finding } from '../findings.js';
import { analyseOnCall } from './analyse.js';
import type { PersonLookup } from './checks/people.js';
import { unknownPersonFindings } from './checks/people.js';
import { configTeamFindings } from './checks/teams.js';
import { oncallConfigSchema } from './config.js';
import { reviewOnCall } from './review.js';
import { ONCALL_RULES } from './rules.js';

declare module '../core/module.js' {
  interface ModuleServices {
    /** Whether a `@login` is a GitHub user (and in the org, for org repositories); lent by doors with API access. */
    oncall?: { lookupPerson: PersonLookup };
  }
}

/**
 * Everything wrong with the on-call files and the final timeline they produce over `oncall.horizonDays`.
 * The files are read once per run (the facts), shared with ownership and escalation.
 */
async function checkOnCall(ctx: ModuleContext): Promise<Finding[]> {
  const loaded = await ctx.facts.onCall();
  // No on-call file at the default location is a repository without on-call config: nothing to say.
  const findings = loaded.findings.filter(
    (f) => !(f.ruleId === 'oncall/missing-file' && f.severity === 'notice'),
  );
  const model = loaded.model;
  if (!model) return findings;
  findings.push(...analyseOnCall(model, ctx.now, ctx.config.oncall.horizonDays).findings);
  findings.push(...(await configTeamFindings(model, ctx.config, ctx.files, ctx.configPath)));
  const people = ctx.services.oncall;
  if (people) findings.push(...(await unknownPersonFindings(model, people.lookupPerson)));
  return sortFindings(findings);
}

export const oncallModule: DomainModule = {
  id: 'oncall',
  title: 'On-call',
  description:
    'On-call schedules and escalation policies: coverage gaps, double booking, fairness, references.',
  configSchema: oncallConfigSchema,
  rules: ONCALL_RULES,
  check: checkOnCall,
  pullRequest: reviewOnCall,
};
