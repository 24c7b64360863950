import type { FromSchema } from 'json-schema-to-ts';

/** The `oncall` key of the config: single source of its type, defaults and published schema. */
export const oncallConfigSchema = {
  description:
    'The on-call configuration: schedules, escalation policies and team → policy (schemas/oncall.schema.json).',
  type: 'object',
  additionalProperties: false,
  default: {},
  properties: {
    files: {
      description:
        'On-call YAML files: repository-relative paths or globs (the files a glob matches are read in path order), merged in order. A name defined in two files is an error.',
      type: 'array',
      items: { type: 'string', minLength: 1 },
      minItems: 1,
      default: ['oncall/schedules.yml'],
    },
    horizonDays: {
      description:
        'How far ahead from now the final timeline is checked (coverage gaps, double booking, fairness), in days.',
      type: 'integer',
      minimum: 1,
      maximum: 366,
      default: 56,
    },
  },
} as const;

export type OnCallConfig = FromSchema<typeof oncallConfigSchema>;

declare module '../config/types.js' {
  interface ModuleConfigs {
    oncall: OnCallConfig;
  }
}
