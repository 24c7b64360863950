import type { FromSchema } from 'json-schema-to-ts';
import { DOC_RULE_TABLE } from './rules.js';
import type { DocRuleName } from './rules.js';

/**
 * The `docs` key of the config: this schema is the single source of its type, its defaults and the
 * published `schemas/config.schema.json`.
 */

const glob = { type: 'string', minLength: 1 } as const;

/** Index pages: a folder's README, a site's `index.md`, a Hugo section's `_index.md`. */
export const DEFAULT_DOC_EXCLUDE = ['**/README.md', '**/index.md', '**/_index.md'] as const;

const kindSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    paths: {
      description: 'Globs (minimatch, repository-relative) of the documents of this kind.',
      type: 'array',
      items: glob,
      minItems: 1,
    },
    template: {
      description:
        'Repository path of the template that defines the structure. When the file is absent, postmortem and runbook use the built-in template.',
      ...glob,
    },
    exclude: {
      description: 'Globs under `paths` that are not documents (index pages).',
      type: 'array',
      items: glob,
      default: DEFAULT_DOC_EXCLUDE,
    },
    fileName: {
      description:
        'File name of `docs new`: {date} is today (YYYY-MM-DD), {slug} the title in kebab-case.',
      type: 'string',
      pattern: '\\{slug\\}',
      default: '{date}-{slug}.md',
    },
  },
} as const;

const severityLevel = { enum: ['error', 'warning', 'notice', 'off'] } as const;

type SeverityProperties = {
  [K in DocRuleName]: {
    enum: typeof severityLevel.enum;
    default: (typeof DOC_RULE_TABLE)[K]['severity'];
  };
};

const severityProperties = Object.fromEntries(
  Object.entries(DOC_RULE_TABLE).map(([name, def]) => [
    name,
    { ...severityLevel, default: def.severity },
  ]),
) as SeverityProperties;

export const docsConfigSchema = {
  description: 'Postmortems and runbooks: the structure their templates require.',
  type: 'object',
  additionalProperties: false,
  default: {},
  properties: {
    kinds: {
      description:
        'Kinds of documents: name → the globs of its documents and its template. Your kinds are added to the defaults; a path belongs to the first of your kinds that matches it, else to the first default that does.',
      type: 'object',
      additionalProperties: kindSchema,
      default: {
        postmortem: {
          paths: ['**/postmortems/**/*.md'],
          template: '.github/ops-steward/postmortem.md',
          exclude: DEFAULT_DOC_EXCLUDE,
          fileName: '{date}-{slug}.md',
        },
        runbook: {
          paths: ['**/runbooks/**/*.md'],
          template: '.github/ops-steward/runbook.md',
          exclude: DEFAULT_DOC_EXCLUDE,
          fileName: '{slug}.md',
        },
      },
    },
    blamePhrases: {
      description:
        'Blaming phrases (docs/blame), matched on whole words, case-insensitively, outside code; `*` stands for any one word ("* \'s fault"). Replaces the default list.',
      type: 'array',
      items: { type: 'string', minLength: 1 },
      default: [
        "* 's fault",
        'fault of',
        'to blame',
        'blame on',
        'should have known',
        'should have caught',
        'should have noticed',
        'should have checked',
        'careless',
        'carelessly',
        'carelessness',
        'human error',
        'negligence',
        'negligent',
        'incompetent',
        'incompetence',
        'sloppy',
        'lazy',
        'screwed up',
        'messed up',
        'dropped the ball',
      ],
    },
    severity: {
      description: "Severity per docs rule (short name, e.g. 'empty-section'); 'off' silences it.",
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: severityProperties,
    },
  },
} as const;

export type DocsConfig = FromSchema<typeof docsConfigSchema>;
export type DocKindConfig = FromSchema<typeof kindSchema>;

declare module '../config/types.js' {
  interface ModuleConfigs {
    docs: DocsConfig;
  }
}
