import type { DomainModule } from '../core/module.js';
import { oncallConfigSchema } from './config.js';
import { ONCALL_RULES } from './rules.js';

/**
 * The on-call files are read once per run (the facts) for ownership and escalation; this module reports
 * what is wrong with them, so a broken on-call file fails `check` instead of only a `who-owns` line.
 */
export const oncallModule: DomainModule = {
  id: 'oncall',
  title: 'On-call',
  description: 'On-call schedules, escalation policies and team → policy mapping.',
  configSchema: oncallConfigSchema,
  rules: ONCALL_RULES,
  async check(ctx) {
    // No on-call file at the default location is a repository without on-call config: nothing to say.
    return (await ctx.facts.onCall()).findings.filter(
      (f) => !(f.ruleId === 'oncall/missing-file' && f.severity === 'notice'),
    );
  },
};
