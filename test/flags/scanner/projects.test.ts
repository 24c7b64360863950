import { describe, expect, it } from 'vitest';
import { brief, scan } from './helpers.js';

describe('monorepo with several tsconfig projects', () => {
  // Both projects use the alias `@flags/*`, each pointing at its own folder: only per-project
  // resolution (nearest tsconfig) gets both right.
  const files: Record<string, string> = {
    'apps/web/tsconfig.json': `{
      // comments and trailing commas, as tsconfig files are written
      "extends": "../../tsconfig.base.json",
      "compilerOptions": { "baseUrl": ".", "paths": { "@flags/*": ["src/flags/*"], }, },
    }`,
    'apps/web/src/flags/keys.ts': "export const CHECKOUT = 'web-checkout';\n",
    'apps/web/src/page.tsx': "import { CHECKOUT } from '@flags/keys';\nisEnabled(CHECKOUT);\n",
    'apps/admin/tsconfig.json': '{ "extends": "./tsconfig.paths.json" }',
    'apps/admin/tsconfig.paths.json':
      '{ "compilerOptions": { "paths": { "@flags/*": ["./lib/*"] } } }',
    'apps/admin/lib/keys.ts': "export const CHECKOUT = 'admin-checkout';\n",
    'apps/admin/src/page.ts': "import { CHECKOUT } from '@flags/keys';\nisEnabled(CHECKOUT);\n",
    'tsconfig.base.json': '{ "compilerOptions": { "strict": true } }',
    'packages/shared/package.json': '{ "name": "@acme/shared", "main": "dist/index.js" }',
    'packages/shared/src/index.ts': "export enum Shared { Banner = 'shared-banner' }\n",
    'apps/web/src/banner.ts': "import { Shared } from '@acme/shared';\nisEnabled(Shared.Banner);\n",
  };

  it('resolves each project’s own `paths` alias, and workspace packages by name', async () => {
    const r = await scan(files);
    expect(brief(r.references)).toEqual([
      'admin-checkout constant isEnabled @apps/admin/src/page.ts:2:11',
      'shared-banner enum isEnabled @apps/web/src/banner.ts:2:11',
      'web-checkout constant isEnabled @apps/web/src/page.tsx:2:11',
    ]);
    expect(r.unresolved).toEqual([]);
  });

  it('wrappers imported through an alias are followed across projects', async () => {
    const r = await scan({
      ...files,
      'packages/shared/src/gate.ts':
        'export function gate(name: string) { return unleash.isEnabled(name); }\n',
      'packages/shared/src/index.ts': "export * from './gate';\n",
      'apps/web/src/banner.ts': "import { gate } from '@acme/shared';\ngate('via-package');\n",
    });
    expect(brief(r.references)).toContain('via-package wrapper gate @apps/web/src/banner.ts:2:6');
  });
});

describe('worker threads', () => {
  it('forcing workers gives exactly the in-process result', async () => {
    const files: Record<string, string> = {
      'src/flags.ts': "export const A = 'flag-a';\nexport enum E { B = 'flag-b' }\n",
      'src/gate.ts': 'export const gate = (n: string) => client.isEnabled(n);\n',
    };
    for (let i = 0; i < 12; i++) {
      files[`src/page${i}.tsx`] = [
        "import { A, E } from './flags';",
        "import { gate } from './gate';",
        `isEnabled(A); isEnabled(E.B); gate('wrapped-${i}');`,
        `isEnabled(\`tpl-\${x}-${i}\`);`,
        `const { newCheckout } = useFlags(); isEnabled(dyn${i}());`,
      ].join('\n');
    }
    files['services/a.py'] = "flag = 'flag-a'\n";
    const opts = { declaredKeys: ['flag-a', 'new-checkout'] };
    const seen: number[] = [];
    const inProcess = await scan(files, {
      ...opts,
      workers: 0,
      onStats: (s) => seen.push(s.workers),
    });
    const threaded = await scan(files, {
      ...opts,
      workers: 2,
      onStats: (s) => seen.push(s.workers),
    });
    expect(seen).toEqual([0, 2]);
    expect(threaded).toEqual(inProcess);
    expect(inProcess.references.length).toBe(12 * 5 + 1);
    expect(inProcess.unresolved.length).toBe(12);
  });
});
