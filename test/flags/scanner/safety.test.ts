import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../src/config/defaults.js';
import { flagStatus } from '../../../src/flags/status.js';
import type { DeclaredFlag } from '../../../src/flags/types.js';
import { brief, scan } from './helpers.js';

function declared(key: string, line: number): DeclaredFlag {
  return {
    key,
    owners: ['@alice'],
    created: '2026-11-01',
    expires: '2026-12-20',
    type: 'experiment',
    file: 'flags.yml',
    line,
    column: 3,
  };
}

describe('wrapper bodies nobody calls keep their flags alive', () => {
  it('a template around a parameter of an uncalled wrapper is a pattern reference in its body', async () => {
    const r = await scan({
      'src/exp.ts':
        'export function viaParam(id: string) {\n  return unleash.isEnabled(`experiment-${id}-enabled`);\n}\n',
    });
    expect(brief(r.references)).toEqual([
      'experiment-*-enabled template isEnabled @src/exp.ts:2:28',
    ]);
    expect(r.unresolved).toEqual([]);
  });

  it('so the declared flags it matches are not orphaned (and the others still are)', async () => {
    const r = await scan({
      'src/exp.ts':
        'export function viaParam(id: string) { return unleash.isEnabled(`experiment-${id}-enabled`); }\n',
    });
    const rows = flagStatus(
      [declared('experiment-checkout-enabled', 2), declared('unused-thing', 8)],
      r,
      [],
      defaultConfig().flags,
      new Date('2026-11-25T12:00:00Z'),
    );
    expect(rows.map((f) => [f.key, f.state, f.patternReferences])).toEqual([
      ['experiment-checkout-enabled', 'active', 1],
      ['unused-thing', 'orphaned', 0],
    ]);
  });

  it('mutually recursive wrappers nobody else calls keep their body patterns', async () => {
    const r = await scan({
      'src/m.ts': [
        'export function ping(a: string): boolean { return pong(a + "-x") || unleash.isEnabled(`ping-${a}`); }',
        'export function pong(b: string): boolean { return ping(b) || unleash.isEnabled(`pong-${b}`); }',
      ].join('\n'),
    });
    const patterns = r.references.map((x) => x.pattern);
    expect(patterns).toContain('ping-*');
    expect(patterns).toContain('pong-*');
  });

  it('so does a `+` concatenation in an uncalled arrow wrapper, and one used only as a callback', async () => {
    const r = await scan({
      'src/a.ts': "export const regionOn = (region: string) => gb.isOn('pricing-' + region);\n",
      'src/b.ts': [
        'function variantOn(v: string) { return unleash.isEnabled(`search-${v}`); }',
        "export const any = ['a', 'b'].some(variantOn);",
      ].join('\n'),
    });
    expect(brief(r.references)).toEqual([
      'pricing-* concat isOn @src/a.ts:1:53',
      'search-* template isEnabled @src/b.ts:1:58',
    ]);
  });

  it('a plain pass-through wrapper nobody calls yields no `*` pattern and no warning', async () => {
    const r = await scan({
      'src/gate.ts': 'export function useGate(name: string) { return client.isEnabled(name); }\n',
    });
    expect(r.references).toEqual([]);
    expect(r.unresolved).toEqual([]);
  });

  it('the pattern sits on the outermost wrapper nobody calls, not on the ones it calls', async () => {
    const r = await scan({
      'src/core.ts': "export const flagOn = (key: string) => unleash.isEnabled('app-' + key);\n",
      'src/mid.ts':
        "import { flagOn } from './core';\nexport function feature(name: string) { return flagOn(name); }\n",
    });
    expect(brief(r.references)).toEqual(['app-* concat flagOn @src/mid.ts:2:55']);
  });

  it('a wrapper called only by itself still counts as uncalled', async () => {
    const r = await scan({
      'src/r.ts': [
        'export function tryVariant(v: string, depth: number): boolean {',
        '  if (depth > 0) return tryVariant(v + "-retry", depth - 1);',
        '  return unleash.isEnabled(`exp-${v}`);',
        '}',
      ].join('\n'),
    });
    expect(r.references.map((x) => x.pattern)).toContain('exp-*');
  });

  it('a called wrapper leaves the pattern to its callers (no duplicate in the body)', async () => {
    const r = await scan({
      'src/exp.ts':
        'export function viaParam(id: string) { return unleash.isEnabled(`experiment-${id}-enabled`); }\n',
      'src/page.ts': "import { viaParam } from './exp';\nviaParam('checkout');\n",
    });
    expect(brief(r.references)).toEqual([
      'experiment-checkout-enabled wrapper viaParam @src/page.ts:2:10',
    ]);
  });

  it('a caller passing an unknown argument gets the wrapper’s pattern at its own site', async () => {
    const r = await scan({
      'src/gate.ts':
        "export function useGate(name: string) { return client.isEnabled('gate-' + name); }\n",
      'src/page.ts': [
        "import { useGate } from './gate';",
        'useGate(req.query.name);',
        'names.forEach((n) => useGate(n));',
      ].join('\n'),
    });
    expect(brief(r.references)).toEqual([
      'gate-* concat useGate @src/page.ts:2:9',
      'gate-* concat useGate @src/page.ts:3:30',
    ]);
    expect(r.unresolved).toEqual([]);
  });
});

describe('default-exported wrappers', () => {
  it('are found when imported under another local name', async () => {
    const r = await scan({
      'src/gate.ts':
        'export default function useGate(name: string) {\n  return client.isEnabled(name);\n}\n',
      'src/page.ts': "import gate from './gate.js';\nif (gate('beta')) {}\n",
    });
    expect(brief(r.references)).toEqual(['beta wrapper useGate @src/page.ts:2:10']);
    expect(r.unresolved).toEqual([]);
  });

  it('also through `export default name`, a barrel `export { default as … } from`, and anonymous defaults', async () => {
    const r = await scan({
      'src/flags/gate.ts':
        'const useGate = (name: string) => client.isEnabled(name);\nexport default useGate;\n',
      'src/flags/index.ts': "export { default as gate } from './gate';\n",
      'src/flags/anon.ts':
        'export default function (key: string) { return unleash.isEnabled(`exp-${key}`); }\n',
      'src/a.ts': "import { gate } from './flags';\ngate('via-barrel');\n",
      'src/b.ts': "import expOn from './flags/anon';\nexpOn('blue');\n",
    });
    expect(brief(r.references)).toEqual([
      'via-barrel wrapper useGate @src/a.ts:2:6',
      'exp-blue wrapper expOn @src/b.ts:2:7',
    ]);
  });

  it('a default import of some other module is not the wrapper', async () => {
    const r = await scan({
      'src/gate.ts':
        'export default function useGate(name: string) { return client.isEnabled(name); }\n',
      'src/other.ts': 'export default function gate(x: string) { return x.length; }\n',
      'src/page.ts': "import gate from './other';\ngate('not-a-flag');\n",
    });
    expect(r.references).toEqual([]);
  });
});

describe('skipped files', () => {
  it('a file with a syntax error is reported with its position; clean scans carry no `skipped`', async () => {
    const r = await scan({
      'src/broken.ts': "isEnabled('before');\nconst = ;\nisEnabled('after');\n",
      'src/fine.ts': "isEnabled('fine');\n",
    });
    expect(r.references.map((x) => x.key)).toEqual(['before', 'after', 'fine']);
    expect(r.skipped).toEqual([
      {
        file: 'src/broken.ts',
        line: 2,
        column: 7,
        reason:
          'syntax error at 2:7: Variable declaration expected. (flag reads near it may be missed)',
      },
    ]);
    const clean = await scan({ 'src/fine.ts': "isEnabled('fine');\n" });
    expect(clean).not.toHaveProperty('skipped');
  });

  it('a file the scanner cannot analyse is reported with the reason, and the rest still scans', async () => {
    // Deeper than even the deep-stack second parse can take.
    const nested = `${'('.repeat(400_000)}'deep'${')'.repeat(400_000)}`;
    const r = await scan({
      'src/a.ts': "isEnabled('a');\n",
      'src/nested.ts': `isEnabled(${nested});\n`,
    });
    expect(r.references.map((x) => x.key)).toEqual(['a']);
    expect(r.skipped).toHaveLength(1);
    expect(r.skipped?.[0]?.file).toBe('src/nested.ts');
    expect(r.skipped?.[0]?.reason).toMatch(
      /^could not be analysed \(.+\); flag reads in it may be missed$/,
    );
  });
});
