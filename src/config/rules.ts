import type { RuleDefinition } from '../core/rules.js';

export const CONFIG_RULES: readonly RuleDefinition[] = [
  { id: 'config/yaml', severity: 'error', description: 'The config file is not valid YAML.' },
  {
    id: 'config/invalid',
    severity: 'error',
    description: 'A config value of the wrong type or range.',
  },
  {
    id: 'config/unknown-key',
    severity: 'warning',
    description: 'An unknown config key (with the closest valid key).',
  },
  {
    id: 'config/unknown-rule',
    severity: 'warning',
    description: 'A rule id under `rules:` that no module defines.',
  },
];
