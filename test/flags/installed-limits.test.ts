import { describe, expect, it } from 'vitest';
import { runFlags, registryAt } from './support.js';

/**
 * The pass by type reads installed declaration files within bounds (installed-types.ts). Where a
 * bound cuts what it reads, the scan says so — at the repository file that imports the package,
 * naming the package and the bound — since a read typed through the unread part may be lost.
 */

const REGISTRY = [
  'export const FLAGS = {',
  '  /** @owner @acme/web @created 2026-11-20 @expires 2026-12-15 @type release */',
  "  'settings-v2': { label: 'New settings' },",
  '  /** @owner @acme/web @created 2026-11-20 @expires 2026-12-15 @type release */',
  "  'dark-mode': { label: 'Dark mode' },",
  '} as const;',
  '',
  'export type FlagKey = keyof typeof FLAGS;',
  '',
].join('\n');

/** A package whose index re-exports `count` component files, as design systems do. */
function componentLibrary(name: string, count: number): Record<string, string> {
  const dir = `node_modules/${name}`;
  const files: Record<string, string> = {
    [`${dir}/package.json`]: JSON.stringify({ name, version: '3.2.0', types: 'dist/index.d.ts' }),
  };
  const index: string[] = [];
  for (let i = 0; i < count; i++) {
    const component = `Widget${i}`;
    index.push(`export * from './${component}';`);
    files[`${dir}/dist/${component}.d.ts`] = [
      `export interface ${component}Props { label?: string; disabled?: boolean }`,
      `export declare function ${component}(props: ${component}Props): unknown;`,
      '',
    ].join('\n');
  }
  files[`${dir}/dist/index.d.ts`] = index.join('\n') + '\n';
  return files;
}

const settingsScreen = (imports: string[]): string =>
  [
    ...imports,
    "import { FLAGS, type FlagKey } from '../flags/registry';",
    '',
    'export function isSettingsV2(on: Partial<Record<FlagKey, boolean>>): boolean {',
    "  return on['settings-v2'] === true && FLAGS['settings-v2'].label !== '';",
    '}',
    '',
  ].join('\n');

const cuts = (skipped: readonly { file: string; reason: string }[] | undefined): string[] =>
  (skipped ?? []).map((s) => `${s.file}: ${s.reason}`);

describe('where the bounds on installed types cut what the pass by type reads', () => {
  it('a package with more declaration files than a package may have is named, with the bound', async () => {
    const run = await runFlags(
      {
        'src/flags/registry.ts': REGISTRY,
        'src/settings/screen.ts': settingsScreen([
          "import { Widget1 } from '@acme/design-system';",
        ]),
        ...componentLibrary('@acme/design-system', 80),
      },
      registryAt('src/flags/registry.ts#FLAGS'),
    );
    expect(cuts(run.analysis.scan.skipped)).toEqual([
      expect.stringMatching(
        /^src\/settings\/screen\.ts: .*unread: @acme\/design-system \(more than 64 declaration files in one package\)/,
      ),
    ]);
    expect(run.states).toEqual(['settings-v2 active', 'dark-mode orphaned']);
  });

  it('packages past the bound on all installed files are named, once each', async () => {
    const libraries = ['charts', 'forms', 'grid', 'icons', 'maps', 'motion', 'tables', 'toasts'];
    const files: Record<string, string> = { 'src/flags/registry.ts': REGISTRY };
    for (const lib of libraries) Object.assign(files, componentLibrary(`@acme/${lib}`, 60));
    files['src/settings/screen.ts'] = settingsScreen(
      libraries.map((lib) => `import { Widget0 as ${lib}Widget } from '@acme/${lib}';`),
    );
    const run = await runFlags(files, registryAt('src/flags/registry.ts#FLAGS'));
    // One line for the file, naming the packages cut (by name), not one per package.
    expect(cuts(run.analysis.scan.skipped)).toEqual([
      expect.stringMatching(
        /^src\/settings\/screen\.ts: .*unread: @acme\/tables, @acme\/toasts \(past its bound of 400 installed declaration files and 6 MB\)/,
      ),
    ]);
    expect(run.states).toEqual(['settings-v2 active', 'dark-mode orphaned']);
  });

  it('a package three hops from the imports is named, with the hops the pass reads', async () => {
    const pkg = (name: string, body: string): Record<string, string> => ({
      [`node_modules/${name}/package.json`]: JSON.stringify({ name, types: 'index.d.ts' }),
      [`node_modules/${name}/index.d.ts`]: body,
    });
    const run = await runFlags(
      {
        'src/flags/registry.ts': REGISTRY,
        'src/settings/screen.ts': settingsScreen([
          "import type { Client } from '@acme/flags-sdk';",
        ]),
        ...pkg(
          '@acme/flags-sdk',
          "import type { Transport } from '@acme/http';\nexport interface Client { transport: Transport }\n",
        ),
        ...pkg(
          '@acme/http',
          "import type { Span } from '@acme/telemetry';\nexport interface Transport { span: Span }\n",
        ),
        ...pkg('@acme/telemetry', 'export interface Span { name: string }\n'),
      },
      registryAt('src/flags/registry.ts#FLAGS'),
    );
    expect(cuts(run.analysis.scan.skipped)).toEqual([
      expect.stringMatching(
        /^src\/settings\/screen\.ts: .*unread: @acme\/telemetry \(more than 2 package hops from this file's imports\)/,
      ),
    ]);
  });

  it('within the bounds nothing is said', async () => {
    const run = await runFlags(
      {
        'src/flags/registry.ts': REGISTRY,
        'src/settings/screen.ts': settingsScreen([
          "import { Widget1 } from '@acme/design-system';",
        ]),
        ...componentLibrary('@acme/design-system', 12),
      },
      registryAt('src/flags/registry.ts#FLAGS'),
    );
    expect(run.analysis.scan.skipped).toBeUndefined();
  });
});
