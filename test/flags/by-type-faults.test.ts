import { describe, expect, it, vi } from 'vitest';
import type * as Checker from '../../src/flags/scanner/checker.js';
import { brief } from './scanner/helpers.js';
import { runFlags } from './support.js';

// The checker failing (a compiler bug on some file) must cost only the reads by type, and say so.
vi.mock('../../src/flags/scanner/checker.js', async (importOriginal) => {
  const actual = await importOriginal<typeof Checker>();
  return {
    ...actual,
    inMemoryProgram: () => {
      throw new Error('Debug Failure. False expression.');
    },
  };
});

describe('when the type checker fails', () => {
  it('the scan keeps its other references and names each file whose reads by type may be missed', async () => {
    const run = await runFlags(
      {
        'src/flags/keys.ts': [
          '/** @owner @acme/web @created 2026-11-10 @expires 2026-12-09 @type release */',
          "export type FlagKey = 'quick-reorder' | 'gift-wrap';",
          '',
        ].join('\n'),
        'src/flags/gate.ts': [
          "import type { FlagKey } from './keys';",
          'const on = new Set<string>();',
          'export const can = (key: FlagKey): boolean => on.has(key);',
          '',
        ].join('\n'),
        'src/orders.ts': [
          "import { useFlag } from '@unleash/proxy-client-react';",
          "import { can } from './flags/gate';",
          "export const wrap = () => useFlag('gift-wrap');",
          "export const reorder = () => can('quick-reorder');",
          '',
        ].join('\n'),
      },
      (c) => {
        c.flags.registry = 'src/flags/keys.ts#FlagKey';
      },
    );
    expect(brief(run.analysis.scan.references)).toEqual([
      'gift-wrap literal useFlag @src/orders.ts:3:35',
    ]);
    expect(run.analysis.scan.skipped?.map((s) => s.file)).toEqual([
      'src/flags/gate.ts',
      'src/orders.ts',
    ]);
    const notice = run.findings.find((f) => f.file === 'src/orders.ts' && f.severity === 'notice');
    expect(notice?.message).toContain(
      'could not be type-checked (Debug Failure. False expression.); reads through the flag registry',
    );
  });
});
