import type { FromSchema } from 'json-schema-to-ts';
import type { KEY_TRANSFORM_SCHEMA } from './scanner/forms/index.js';
import { ACCESSOR_SCHEMAS } from './scanner/forms/index.js';

/**
 * The `flags` key of the config: this schema is the single source of its type, its defaults and the
 * published `schemas/config.schema.json` (written by `npm run build`).
 */

const severityOrOff = { enum: ['error', 'warning', 'notice', 'off'] } as const;

const name = { type: 'string', minLength: 1 } as const;
/** `path`, `path#Export` or `path#Export.property`. */
const registryEntryPattern = '^[^#]+(#[A-Za-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*)?)?$';
const label = { type: 'string', minLength: 1, maxLength: 50 } as const;

/** One entry per reference form of the scanner (scanner/forms/). */
const accessorSchema = { oneOf: ACCESSOR_SCHEMAS } as const;

export const flagsConfigSchema = {
  description: 'Feature flags: the registry, lifetimes and how code reads flags.',
  type: 'object',
  additionalProperties: false,
  default: {},
  properties: {
    registry: {
      description:
        "The flag registry: a YAML file ('flags.yml'), or a TypeScript declaration 'path#Export' (a string enum's values, an object's keys, a union of string literals, an `as const` array) or 'path#Export.property' (that property of each entry of an object); or a list of them, which combine. Paths are repository-relative; a YAML entry of the same key gives a code-declared flag its owner and dates.",
      oneOf: [
        { ...name, pattern: registryEntryPattern },
        {
          type: 'array',
          items: { ...name, pattern: registryEntryPattern },
          minItems: 1,
        },
      ],
      default: 'flags.yml',
    },
    expiringWithinDays: {
      description: "A flag whose expiry is within this many days is 'expiring'.",
      type: 'integer',
      minimum: 0,
      default: 7,
    },
    lifetimeDays: {
      description:
        "Maximum days from created (or from the previous expiry, recorded as renewedFrom in the registry, for a renewal) to expires, per flag type; 'default' covers the other types. Unleash's lifetimes: { default: 30, release: 40, experiment: 40, operational: 7 }.",
      type: 'object',
      additionalProperties: { type: 'integer', minimum: 1 },
      default: { default: 30 },
    },
    types: {
      description: 'Allowed flag types.',
      type: 'array',
      items: name,
      minItems: 1,
      default: ['release', 'experiment', 'operational', 'kill-switch', 'permission'],
    },
    permanentTypes: {
      description: 'Flag types that never expire (kill switches, permissions).',
      type: 'array',
      items: name,
      default: ['kill-switch', 'permission'],
    },
    include: {
      description:
        'Source files scanned for flag references (minimatch). Of .vue, .svelte and .astro files the code (<script> blocks, Astro frontmatter) is read as code, the rest as text.',
      type: 'array',
      items: name,
      default: ['**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs,vue,svelte,astro}'],
    },
    exclude: {
      description: 'Source files never scanned (minimatch). Replaces the default list.',
      type: 'array',
      items: name,
      default: [
        '**/node_modules/**',
        '**/dist/**',
        '**/build/**',
        '**/out/**',
        '**/coverage/**',
        '**/.next/**',
        'vendor/**',
        '**/*.min.js',
        '**/*.d.ts',
        '**/*.generated.*',
        '**/__generated__/**',
      ],
    },
    accessors: {
      description: "The project's own ways of reading a flag, added to the built-in SDK accessors.",
      type: 'array',
      items: accessorSchema,
      default: [],
    },
    defaultAccessors: {
      description:
        'Recognise the common SDKs (LaunchDarkly, Unleash, OpenFeature, GrowthBook, PostHog, ConfigCat, Flagsmith, Statsig).',
      type: 'boolean',
      default: true,
    },
    textReferences: {
      description:
        'Count quoted occurrences of declared keys in non-JS/TS text files as references.',
      type: 'boolean',
      default: true,
    },
    installedTypes: {
      description:
        "With a registry in code, read the declaration files of installed packages (node_modules) that the files using the registry import, so reads through their types count (an Express or Fastify request, a Koa context, a React context, a store augmented with the registry's type). Costs a few tenths of a second where typings are installed; false reads only the repository's own types.",
      type: 'boolean',
      default: true,
    },
    textReferenceExclude: {
      description:
        'Text files whose mentions of a key keep no flag alive (minimatch): script names, CI job names and dependency lists say nothing about code reading a flag. Replaces the default list. Prose (Markdown), lockfiles and changelogs never count.',
      type: 'array',
      items: name,
      default: [
        '**/package.json',
        '.github/workflows/**',
        '.github/actions/**',
        '.gitlab-ci.yml',
        '.circleci/**',
        '.buildkite/**',
        '**/azure-pipelines.yml',
        '**/Jenkinsfile',
        '**/bitbucket-pipelines.yml',
      ],
    },
    testFiles: {
      description:
        'Test and story files (minimatch): a flag only they read is orphaned, since no production code reads it any more (the note names the test). Replaces the default list; [] counts them like any code.',
      type: 'array',
      items: name,
      default: [
        '**/*.{test,spec}.*',
        '**/__tests__/**',
        '**/__mocks__/**',
        '**/*.stories.*',
        '**/*.story.*',
        '**/cypress/**',
        '**/e2e/**',
        '**/playwright/**',
      ],
    },
    textReferenceWords: {
      description:
        "Let keys that are one ordinary lowercase word ('test', 'preview', 'beta') be kept alive by text references too; by default only code references count for them.",
      type: 'boolean',
      default: false,
    },
    severity: {
      description: "Severity per flag state; 'off' silences it.",
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: {
        expired: { ...severityOrOff, default: 'error' },
        expiring: { ...severityOrOff, default: 'warning' },
        orphaned: { ...severityOrOff, default: 'warning' },
        undeclared: { ...severityOrOff, default: 'warning' },
        unresolved: { ...severityOrOff, default: 'warning' },
      },
    },
    sync: {
      description:
        'The scheduled sweep (command flags-sync) that keeps one issue per flag that needs attention.',
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: {
        labels: {
          description: "Labels of flag issues: 'base' on every one, plus one per state.",
          type: 'object',
          additionalProperties: false,
          default: {},
          properties: {
            base: { ...label, default: 'feature-flag' },
            expiring: { ...label, default: 'flag:expiring' },
            expired: { ...label, default: 'flag:expired' },
            orphaned: { ...label, default: 'flag:orphaned' },
            undeclared: { ...label, default: 'flag:undeclared' },
            snoozed: {
              ...label,
              default: 'flag:snoozed',
              description:
                "A person's label: the sweep leaves an open flag issue that has it alone until the flag's state changes (then the label is taken off).",
            },
          },
        },
        budget: {
          description:
            'Most GitHub writes (issues, comments, labels) per sweep; what is left waits for the next run.',
          type: 'integer',
          minimum: 1,
          default: 100,
        },
        escalateAfterDays: {
          description:
            "An expired flag's issue still open this many days after expiry (and after its notice) mentions the next level of the escalation chain.",
          type: 'integer',
          minimum: 1,
          default: 7,
        },
        reopenAfterDays: {
          description:
            'An issue a person closed while its flag is still expired is reopened at most once per this many days.',
          type: 'integer',
          minimum: 1,
          default: 7,
        },
        assignTeamMembers: {
          description:
            "When a flag's owner is a team, also assign its members (the token must be able to read the org's teams).",
          type: 'boolean',
          default: false,
        },
      },
    },
  },
} as const;

export type FlagsConfig = FromSchema<typeof flagsConfigSchema>;
export type AccessorConfig = FromSchema<typeof accessorSchema>;
export type KeyTransform = FromSchema<typeof KEY_TRANSFORM_SCHEMA>;
export type FlagSyncConfig = FlagsConfig['sync'];

export type FlagState = 'active' | 'expiring' | 'expired' | 'orphaned' | 'undeclared' | 'permanent';
/** States that get an issue. */
export type FlagSyncState = 'expiring' | 'expired' | 'orphaned' | 'undeclared';

declare module '../config/types.js' {
  interface ModuleConfigs {
    flags: FlagsConfig;
  }
}
