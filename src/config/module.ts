import type { DomainModule } from '../core/module.js';
import { CONFIG_RULES } from './rules.js';

/** Reports what loading the config found but did not stop on: unknown keys, unknown rule ids, YAML warnings. */
export const configModule: DomainModule = {
  id: 'config',
  title: 'Configuration',
  description: 'Validate this configuration file itself.',
  rules: CONFIG_RULES,
  check: async (ctx) => [...ctx.configDiagnostics],
};
