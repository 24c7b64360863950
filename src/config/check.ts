import type { Check } from '../check.js';

/** Reports what loading the config found but did not stop on: unknown keys, YAML warnings. */
export const configCheck: Check = {
  id: 'config',
  title: 'Configuration',
  run: async (ctx) => [...ctx.configDiagnostics],
};
