import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults.js';
import { analyzeFlags } from '../../src/flags/check.js';
import { memoryRepo } from '../../src/repo/memory.js';
import type { RepoFiles } from '../../src/repo/types.js';
import { brief } from './scanner/helpers.js';

/**
 * The repository's own declaration files are read for their augmentations only where a
 * TypeScript project would see them: on a tree read from GitHub each read is a request, and
 * emitted declarations (`dist/`) or a folder no project includes hold many no program sees.
 */

const REGISTRY = [
  'export const FLAGS = {',
  '  /** @owner @acme/web @created 2026-11-20 @expires 2026-12-15 @type release */',
  "  'dark-mode': { label: 'Dark mode' },",
  '  /** @owner @acme/web @created 2026-11-20 @expires 2026-12-15 @type release */',
  "  'compact-nav': { label: 'Compact navigation' },",
  '} as const;',
  '',
  'export type FlagSet = Readonly<Record<keyof typeof FLAGS, boolean>>;',
  '',
].join('\n');

const GLOBAL_FLAGS = [
  "import type { FlagSet } from '../flags/registry';",
  '',
  'declare global {',
  '  /** Written by the server into the page. */',
  '  var __FLAGS__: FlagSet;',
  '}',
  '',
].join('\n');

const THEME = [
  'export function theme(): string {',
  "  return globalThis.__FLAGS__['dark-mode'] ? 'dark' : 'light';",
  '}',
  '',
].join('\n');

/** The repository, counting the reads of each declaration file. */
function counted(files: Record<string, string>): { repo: RepoFiles; reads: string[] } {
  const inner = memoryRepo(files);
  const reads: string[] = [];
  const repo: RepoFiles = {
    label: inner.label,
    list: () => inner.list(),
    notices: () => inner.notices(),
    read: (path, options) => {
      if (path.endsWith('.d.ts')) reads.push(path);
      return inner.read(path, options);
    },
  };
  return { repo, reads };
}

async function analyse(files: Record<string, string>) {
  const config = defaultConfig();
  config.flags.registry = 'src/flags/registry.ts#FLAGS';
  const { repo, reads } = counted(files);
  const analysis = await analyzeFlags(repo, config.flags);
  return { refs: brief(analysis.scan.references), reads: [...new Set(reads)].sort() };
}

const emitted = (n: number): Record<string, string> =>
  Object.fromEntries(
    Array.from({ length: n }, (_, i) => [
      `dist/types/components/Panel${i}.d.ts`,
      `export declare function Panel${i}(): unknown;\ndeclare global { interface Window { panel${i}: unknown } }\n`,
    ]),
  );

describe("the repository's declaration files the pass by type reads", () => {
  it('those a project includes; emitted ones under outDir are never read', async () => {
    const run = await analyse({
      'tsconfig.json': JSON.stringify({
        compilerOptions: { strict: true, outDir: 'dist', declaration: true },
        include: ['src'],
      }),
      'src/flags/registry.ts': REGISTRY,
      'src/types/global.d.ts': GLOBAL_FLAGS,
      'src/ui/theme.ts': THEME,
      ...emitted(30),
    });
    expect(run.refs).toEqual(['dark-mode symbol FLAGS @src/ui/theme.ts:2:10']);
    expect(run.reads).toEqual(['src/types/global.d.ts']);
  });

  it("Vite's layout: a solution config, a project extending a base, a file named by reference", async () => {
    const run = await analyse({
      'tsconfig.json': JSON.stringify({
        files: [],
        references: [{ path: './tsconfig.app.json' }, { path: './tsconfig.node.json' }],
      }),
      'tsconfig.base.json': '{ "compilerOptions": { "strict": true } }\n',
      'tsconfig.app.json': [
        '{',
        '  // the browser bundle',
        '  "extends": "./tsconfig.base.json",',
        '  "include": ["src"],',
        '}',
        '',
      ].join('\n'),
      'tsconfig.node.json':
        '{ "extends": "./tsconfig.base.json", "include": ["vite.config.ts"] }\n',
      'vite.config.ts': '/// <reference path="./legacy/window.d.ts" />\nexport default {};\n',
      'legacy/window.d.ts':
        'declare global { interface Window { legacyBridge: unknown } }\nexport {};\n',
      'legacy/old-widgets.d.ts': 'declare module "old-widgets" { export const x: number; }\n',
      'src/flags/registry.ts': REGISTRY,
      'src/vite-env.d.ts': GLOBAL_FLAGS.replace('../flags/registry', './flags/registry'),
      'src/ui/theme.ts': THEME,
    });
    expect(run.refs).toEqual(['dark-mode symbol FLAGS @src/ui/theme.ts:2:10']);
    expect(run.reads).toEqual(['legacy/window.d.ts', 'src/vite-env.d.ts']);
  });

  it('without any project config every declaration file may be seen, and is read', async () => {
    const run = await analyse({
      'src/flags/registry.ts': REGISTRY,
      'types/global.d.ts': GLOBAL_FLAGS.replace('../flags/registry', '../src/flags/registry'),
      'src/ui/theme.ts': THEME,
    });
    expect(run.refs).toEqual(['dark-mode symbol FLAGS @src/ui/theme.ts:2:10']);
    expect(run.reads).toEqual(['types/global.d.ts']);
  });
});
