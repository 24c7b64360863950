import type { FromSchema } from 'json-schema-to-ts';

/** The `monitors` key of the config: single source of its type, defaults and published schema. */

const nonEmpty = { type: 'string', minLength: 1 } as const;

export const monitorsConfigSchema = {
  description:
    'Monitors kept as code (Datadog JSON/YAML exports, Terraform datadog_monitor, Prometheus rules): paging monitors must link a runbook that exists and passes its checks.',
  type: 'object',
  additionalProperties: false,
  default: {},
  properties: {
    paths: {
      description:
        'Monitor definition files (minimatch, repository-relative): .json, .yml, .yaml and .tf.',
      type: 'array',
      items: nonEmpty,
      default: ['monitors/**', 'alerts/**', '**/*.rules.yml', '**/*.rules.yaml'],
    },
    pagingHandles: {
      description:
        'Datadog notification handle prefixes that page a person; a monitor is paging when one of them is reached when it triggers.',
      type: 'array',
      items: nonEmpty,
      default: ['@pagerduty-', '@opsgenie-', '@victorops-', '@oncall-'],
    },
    pagingSeverities: {
      description: 'Prometheus alert `labels.severity` values that page.',
      type: 'array',
      items: nonEmpty,
      default: ['page', 'critical'],
    },
    runbookUrlPrefixes: {
      description:
        "URL prefixes that point into this repository, e.g. 'https://github.com/acme/shop/blob/main/': a runbook link starting with one is the repository path after it.",
      type: 'array',
      items: nonEmpty,
      default: [],
    },
    runbookAnnotations: {
      description: 'Prometheus annotations that hold the runbook link, first present wins.',
      type: 'array',
      items: nonEmpty,
      default: ['runbook_url', 'runbook'],
    },
    handles: {
      description:
        "Paging handle → escalation policy or team of the on-call config, e.g. { '@pagerduty-checkout': checkout-escalation }.",
      type: 'object',
      additionalProperties: nonEmpty,
      default: {},
    },
    notices: {
      description: 'Advice on paging Datadog monitors, reported as notices.',
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: {
        noWarningThreshold: {
          description: 'A paging monitor has no warning threshold (nothing warns before it pages).',
          type: 'boolean',
          default: true,
        },
        noRecoveryMessage: {
          description: 'A paging monitor message has no {{#is_recovery}} block.',
          type: 'boolean',
          default: true,
        },
      },
    },
  },
} as const;

export type MonitorsConfig = FromSchema<typeof monitorsConfigSchema>;

declare module '../config/types.js' {
  interface ModuleConfigs {
    monitors: MonitorsConfig;
  }
}
