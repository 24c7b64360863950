import { describe, expect, it } from 'vitest';
import type { ScanStats } from '../../../src/flags/scanner/index.js';
import { brief, scan } from './helpers.js';

// Later resolution rounds reuse a file's outcome only while nothing it depends on changed: the
// summaries it looked up, and the wrappers (a wrapper found in a later round changes what an
// earlier file's calls mean even when that file is not parsed again).
describe('incremental resolution rounds', () => {
  const files: Record<string, string> = {
    'packages/gates/src/gate.ts': [
      "import { initialize } from 'unleash-client';",
      '',
      "const unleash = initialize({ url: process.env.UNLEASH_URL ?? '', appName: 'web' });",
      '',
      'export function gateOpen(name: string): boolean {',
      '  return unleash.isEnabled(name);',
      '}',
    ].join('\n'),
    // Mentions no accessor: parsed in the second round, once gateOpen is known to be a wrapper.
    'packages/gates/src/beta.ts': [
      "import { gateOpen } from './gate';",
      '',
      'export function inBeta(feature: string): boolean {',
      '  return gateOpen(`beta-${feature}`);',
      '}',
    ].join('\n'),
    // Parsed in the first round for its direct read; its `inBeta` call (a package import the
    // scan cannot follow) only becomes a reference once the second round has found inBeta.
    'apps/web/src/search-page.ts': [
      "import { initialize } from 'unleash-client';",
      "import { inBeta } from '@acme/gates';",
      '',
      "const unleash = initialize({ url: process.env.UNLEASH_URL ?? '', appName: 'web' });",
      '',
      'export function searchPage(): string[] {',
      '  const panels: string[] = [];',
      "  if (unleash.isEnabled('search-v2')) panels.push('results-v2');",
      "  if (inBeta('instant-search')) panels.push('instant');",
      '  return panels;',
      '}',
    ].join('\n'),
  };

  it('a wrapper found in a later round is applied to files analysed in an earlier one', async () => {
    let stats: ScanStats | undefined;
    const result = await scan(files, {
      declaredKeys: ['search-v2', 'beta-instant-search'],
      onStats: (s) => (stats = s),
    });
    expect(stats?.rounds).toBeGreaterThanOrEqual(2);
    const page = result.references.filter((r) => r.file === 'apps/web/src/search-page.ts');
    expect(brief(page)).toEqual([
      'search-v2 literal isEnabled @apps/web/src/search-page.ts:8:25',
      'beta-instant-search wrapper inBeta @apps/web/src/search-page.ts:9:14',
    ]);
  });
});
