// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * The dependency direction of ../shared/ARCHITECTURE.md, enforced: domains are pure (no door, no GitHub,
 * no engine), the engine and the readers never reach a door or GitHub's appliers, and doors never
 * import each other. Type-only imports are allowed where a lower layer names a shape it is handed.
 */
const forbid = (names, why) => ({
  '@typescript-eslint/no-restricted-imports': [
    'error',
    {
      patterns: names.map((name) => ({
        regex: `^(\\.\\./)+${name}/`,
        message: `${why} (see the boundaries in eslint.config.js)`,
        allowTypeImports: true,
      })),
    },
  ],
});
const DOMAINS = ['flags', 'codeowners', 'oncall', 'docs', 'monitors'];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'examples/**',
      'bench/.corpus/**',
      'test/fixtures/**',
      'coverage/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: DOMAINS.map((d) => `src/${d}/**/*.ts`),
    rules: forbid(
      ['github', 'action', 'app', 'cli', 'engine'],
      'a domain module is pure: files, config and facts in, findings out',
    ),
  },
  {
    files: ['src/core/**/*.ts', 'src/repo/**/*.ts'],
    rules: forbid(
      ['github', 'action', 'app', 'cli', 'engine'],
      'core and the repository readers sit below the engine and GitHub',
    ),
  },
  {
    files: ['src/engine/**/*.ts', 'src/config/**/*.ts', 'src/report/**/*.ts'],
    rules: forbid(
      ['github', 'action', 'app', 'cli'],
      'use cases and reports never call GitHub or a door: doors hand them ports',
    ),
  },
  {
    files: ['src/github/**/*.ts'],
    rules: forbid(['action', 'app', 'cli'], 'GitHub adapters serve every door and know none'),
  },
  {
    files: ['src/action/**/*.ts'],
    rules: forbid(['app', 'cli'], 'a door does not import another door'),
  },
  {
    files: ['src/app/**/*.ts'],
    rules: forbid(['action', 'cli'], 'a door does not import another door'),
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: forbid(['action', 'app'], 'a door does not import another door'),
  },
  {
    files: ['**/*.mjs', 'scripts/**', 'bench/**'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
