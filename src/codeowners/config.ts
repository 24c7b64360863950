import type { FromSchema } from 'json-schema-to-ts';

/** The `codeowners` key of the config: single source of its type, defaults and published schema. */
export const codeownersConfigSchema = {
  description: 'CODEOWNERS checks and the mapping from owners to escalation policies.',
  type: 'object',
  additionalProperties: false,
  default: {},
  properties: {
    requireOwners: {
      description: 'Globs whose files must have a CODEOWNERS owner.',
      type: 'array',
      items: { type: 'string', minLength: 1 },
      default: [],
    },
    teams: {
      description: 'Owner (@org/team or @user) → its escalation policy in the on-call config.',
      type: 'object',
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        properties: { policy: { type: 'string', minLength: 1 } },
      },
      default: {},
    },
  },
} as const;

export type CodeownersConfig = FromSchema<typeof codeownersConfigSchema>;

declare module '../config/types.js' {
  interface ModuleConfigs {
    codeowners: CodeownersConfig;
  }
}
