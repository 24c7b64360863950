import type { Config } from './types.js';

export const DEFAULT_CONFIG_PATH = '.github/ops-steward.yml';

/** Zero-config behaviour: every check runs wherever its inputs exist. */
export function defaultConfig(): Config {
  return {
    checks: { config: true, flags: true, codeowners: true },
    ignore: [],
    flags: {
      registry: 'flags.yml',
      expiringWithinDays: 7,
      lifetimeDays: { default: 30 },
      types: ['release', 'experiment', 'operational', 'kill-switch', 'permission'],
      permanentTypes: ['kill-switch', 'permission'],
      include: ['**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}'],
      exclude: [
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
      accessors: [],
      defaultAccessors: true,
      textReferences: true,
      severity: {
        expired: 'error',
        expiring: 'warning',
        orphaned: 'warning',
        undeclared: 'warning',
        unresolved: 'warning',
      },
      sync: {
        labels: {
          base: 'feature-flag',
          expiring: 'flag:expiring',
          expired: 'flag:expired',
          orphaned: 'flag:orphaned',
          undeclared: 'flag:undeclared',
        },
        budget: 100,
        escalateAfterDays: 7,
        reopenAfterDays: 7,
        assignTeamMembers: false,
      },
    },
    codeowners: {
      requireOwners: [],
      teams: {},
    },
    oncall: {
      files: ['oncall/schedules.yml'],
    },
  };
}
