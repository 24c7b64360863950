import { describe, expect, it } from 'vitest';
import { brief, scan } from './helpers.js';

describe('wrapper', () => {
  it('a function passing its parameter to an accessor becomes an accessor; its calls are references', async () => {
    const r = await scan({
      'src/gate.ts':
        'export function useGate(name: string) {\n  return client.isEnabled(name);\n}\n',
      'src/page.ts': "import { useGate } from './gate';\nif (useGate('beta')) {}\n",
    });
    expect(brief(r.references)).toEqual(['beta wrapper useGate @src/page.ts:2:13']);
    // The wrapper's own body is not an unresolved read.
    expect(r.unresolved).toEqual([]);
  });

  it('works transitively across files, through arrow functions, prefixes and argument positions', async () => {
    const r = await scan({
      'src/core.ts': "export const flagOn = (key: string) => unleash.isEnabled('app-' + key);\n",
      'src/mid.ts':
        "import { flagOn } from './core';\nexport function feature(user: User, name: string) { return flagOn(name); }\n",
      'src/ui/page.ts':
        "import { feature as ft } from '../mid';\nft(currentUser, 'search');\nft(currentUser, other);\n",
    });
    expect(brief(r.references)).toEqual([
      'app-search wrapper feature @src/ui/page.ts:2:17',
      'app-* concat feature @src/ui/page.ts:3:17',
    ]);
    expect(r.unresolved).toEqual([]);
  });

  it('a wrapper call with a fully unknown key is unresolved, named after the wrapper', async () => {
    const r = await scan({
      'src/gate.ts': 'export function useGate(name: string) { return client.isEnabled(name); }\n',
      'src/page.ts': "import { useGate } from './gate';\nuseGate(pick());\n",
    });
    expect(r.references).toEqual([]);
    expect(r.unresolved).toEqual([
      { file: 'src/page.ts', line: 2, column: 9, accessor: 'useGate', expression: 'pick()' },
    ]);
  });

  it('class methods that wrap an accessor are wrappers on their instances', async () => {
    const r = await scan({
      'src/flags.ts': [
        'export class FeatureService {',
        '  enabledFor(flag: string) { return this.client.isEnabled(flag); }',
        '}',
      ].join('\n'),
      'src/page.ts': "features.enabledFor('svc-flag');\n",
    });
    expect(brief(r.references)).toEqual(['svc-flag wrapper enabledFor @src/page.ts:1:21']);
  });

  it('a class method with a common name is a wrapper on variables holding `new` of its class', async () => {
    const r = await scan({
      'src/flags.ts': [
        'export class FlagService {',
        '  check(key: string) { return isEnabled(key); }',
        '}',
      ].join('\n'),
      'src/page.ts': [
        "import { FlagService } from './flags';",
        'const svc = new FlagService();',
        "svc.check('svc-instance');",
        "new FlagService().check('svc-inline');",
        "cache.check('not-a-flag');",
      ].join('\n'),
    });
    expect(brief(r.references)).toEqual([
      'svc-instance wrapper check @src/page.ts:3:11',
      'svc-inline wrapper check @src/page.ts:4:25',
    ]);
  });

  it('a same-named function that is not the wrapper is not a reference', async () => {
    const r = await scan({
      'src/gate.ts': 'export function check(name: string) { return client.isEnabled(name); }\n',
      'src/other.ts': "function check(x: string) { return x.length > 2; }\ncheck('not-a-flag');\n",
    });
    expect(r.references).toEqual([]);
  });
});

describe('member, jsx and objectFrom', () => {
  it('member: properties of a configured root map back to declared keys through the transform', async () => {
    const r = await scan(
      {
        'src/a.ts':
          "if (featureToggles.newCheckout) {}\nif (featureToggles['dark-mode']) {}\nfeatureToggles.unknownThing;\n",
      },
      {
        declaredKeys: ['new-checkout', 'dark-mode'],
        config: { accessors: [{ member: 'featureToggles', transform: 'camelCase' }] },
      },
    );
    expect(brief(r.references)).toEqual([
      'new-checkout member featureToggles @src/a.ts:1:20',
      'dark-mode member featureToggles @src/a.ts:2:20',
      // No declared key matches: the best guess is the kebab-case spelling.
      'unknown-thing member featureToggles @src/a.ts:3:16',
    ]);
  });

  it('member: a dotted root matches the whole receiver path only', async () => {
    const r = await scan(
      { 'src/a.ts': 'if (app.features.searchV2) {}\nif (other.features.nope) {}\n' },
      { config: { accessors: [{ member: 'app.features' }] } },
    );
    expect(brief(r.references)).toEqual(['searchV2 member app.features @src/a.ts:1:18']);
  });

  it('jsx: the configured attribute of the configured element, literal or resolved', async () => {
    const r = await scan({
      'src/a.tsx': [
        "import { FLAGS } from './flags';",
        'export const A = () => (',
        '  <>',
        '    <IfFeatureEnabled feature="new-checkout"><Checkout /></IfFeatureEnabled>',
        '    <PostHogFeature flag={FLAGS.dark} match={true}><Dark /></PostHogFeature>',
        '    <Other feature="not-a-flag" />',
        '  </>',
        ');',
      ].join('\n'),
      'src/flags.ts': "export const FLAGS = { dark: 'dark-mode' } as const;\n",
    });
    expect(brief(r.references)).toEqual([
      'new-checkout jsx <IfFeatureEnabled feature> @src/a.tsx:4:31',
      'dark-mode object <PostHogFeature flag> @src/a.tsx:5:27',
    ]);
  });

  it('objectFrom: useFlags() properties, via a variable and destructured, camelCase mapped to declared keys', async () => {
    const r = await scan(
      {
        'src/a.tsx': [
          'export function A() {',
          '  const { newCheckout, darkMode: dm, ...rest } = useFlags();',
          '  const flags = useFlags();',
          "  return flags.searchV2 && useFlags().betaBanner && flags['raw-key'] && flags.hasOwnProperty('x');",
          '}',
        ].join('\n'),
      },
      { declaredKeys: ['new-checkout', 'dark_mode', 'search-v2', 'beta-banner'] },
    );
    expect(brief(r.references)).toEqual([
      'new-checkout member useFlags @src/a.tsx:2:11',
      'dark_mode member useFlags @src/a.tsx:2:24',
      'search-v2 member useFlags @src/a.tsx:4:16',
      'beta-banner member useFlags @src/a.tsx:4:39',
      'raw-key member useFlags @src/a.tsx:4:59',
    ]);
  });

  it('objectFrom: a same-named variable bound to something else is not a flag object', async () => {
    const r = await scan({
      'src/a.tsx': [
        'function A() { const flags = useFlags(); return flags.newCheckout; }',
        'function cli() { const flags = parseArgs(); return flags.verbose; }',
      ].join('\n'),
    });
    expect(r.references.map((x) => x.key)).toEqual(['new-checkout']);
  });
});

describe('hint', () => {
  it('a hint comment names the keys of a dynamic call and silences its unresolved warning', async () => {
    const r = await scan({
      'src/a.ts': [
        '// ops-steward-flags: promo-spring, promo-summer',
        'isEnabled(currentPromo());',
        'isEnabled(other()); /* ops-steward-flags: region-* */',
        'isEnabled(third());',
      ].join('\n'),
    });
    expect(brief(r.references)).toEqual([
      'promo-spring hint isEnabled @src/a.ts:1:23',
      'promo-summer hint isEnabled @src/a.ts:1:37',
      'region-* hint isEnabled @src/a.ts:3:43',
    ]);
    expect(r.references[2]).toMatchObject({ key: null, pattern: 'region-*' });
    expect(r.unresolved.map((u) => u.line)).toEqual([4]);
  });
});

describe('text', () => {
  it('counts quoted declared keys in Python and YAML files, never the registry or prose', async () => {
    const r = await scan(
      {
        'services/api/app.py':
          'if client.is_enabled(\'new-checkout\'):\n    pass\nname = "dark-mode"  # new-checkout unquoted is not counted\n',
        'deploy/values.yaml': 'flags:\n  - "new-checkout"\n  - other\n',
        'flags.yml': "flags:\n  'new-checkout':\n    owner: '@a'\n",
        'README.md': 'The `new-checkout` flag…\n',
        'node_modules/x/config.yaml': "- 'new-checkout'\n",
      },
      { declaredKeys: ['new-checkout', 'dark-mode'] },
    );
    expect(brief(r.references)).toEqual([
      'new-checkout text text @deploy/values.yaml:2:5',
      'new-checkout text text @services/api/app.py:1:22',
      'dark-mode text text @services/api/app.py:3:8',
    ]);
  });

  it('can be switched off', async () => {
    const r = await scan(
      { 'a.py': "x = 'new-checkout'\n" },
      { declaredKeys: ['new-checkout'], config: { textReferences: false } },
    );
    expect(r.references).toEqual([]);
  });
});

describe('unresolved and exclusions', () => {
  it('reports what could not be resolved with file, line, column, accessor and source text', async () => {
    const r = await scan({
      'src/a.ts': 'const k = await loadFlagName();\n\nposthog.isFeatureEnabled(k, { groups });\n',
    });
    expect(r.unresolved).toEqual([
      { file: 'src/a.ts', line: 3, column: 26, accessor: 'isFeatureEnabled', expression: 'k' },
    ]);
  });

  it('skips node_modules, dist, build output and generated files by default; exclude is configurable', async () => {
    const files = {
      'node_modules/lib/index.js': "isEnabled('from-node-modules');",
      'dist/app.js': "isEnabled('from-dist');",
      'packages/web/dist/app.js': "isEnabled('from-nested-dist');",
      'src/types.d.ts': "declare function f(): void; isEnabled('from-dts');",
      'src/api.generated.ts': "isEnabled('from-generated');",
      'src/legacy/old.ts': "isEnabled('from-legacy');",
      'src/a.ts': "isEnabled('kept');",
    };
    const r = await scan(files);
    expect(r.references.map((x) => x.key)).toEqual(['kept', 'from-legacy']);
    const custom = await scan(files, { config: { exclude: ['src/legacy/**'] } });
    expect(custom.references.map((x) => x.key)).toContain('from-dist');
    expect(custom.references.map((x) => x.key)).not.toContain('from-legacy');
  });

  it('include narrows the parsed files', async () => {
    const r = await scan(
      { 'apps/web/a.ts': "isEnabled('web');", 'tools/b.ts': "isEnabled('tool');" },
      { config: { include: ['apps/**/*.ts'] } },
    );
    expect(r.references.map((x) => x.key)).toEqual(['web']);
  });
});

describe('robustness', () => {
  it('a file with syntax errors still yields the references that parse, and never throws', async () => {
    const r = await scan({
      'src/broken.ts': "isEnabled('before');\nconst = ;\nfoo(;\nisEnabled('after');\n",
      'src/deep.ts': `isEnabled(${Array.from({ length: 3000 }, () => `'p'`).join(' + ')});\n`,
    });
    expect(r.references.map((x) => x.key)).toEqual(['before', 'after', 'p'.repeat(3000)]);
  });

  it('a constant imported from an excluded file still resolves, but that file’s own reads are not reported', async () => {
    const r = await scan(
      {
        'src/legacy/keys.ts': "export const OLD = 'legacy-key';\nisEnabled('inside-excluded');\n",
        'src/a.ts': "import { OLD } from './legacy/keys';\nisEnabled(OLD);\n",
      },
      { config: { exclude: ['src/legacy/**'] } },
    );
    expect(brief(r.references)).toEqual(['legacy-key constant isEnabled @src/a.ts:2:11']);
  });
});
