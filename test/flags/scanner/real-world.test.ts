import { describe, expect, it } from 'vitest';
import { brief, scan } from './helpers.js';

/** Forms seen in real repositories that used to leave declared flags looking orphaned. */

describe('iterating over a known list of flags', () => {
  it('each element of an `as const` array is a reference, through forEach and for…of', async () => {
    const r = await scan({
      'src/a.ts': [
        "const FLAGS = ['list-a', 'list-b'] as const;",
        'FLAGS.forEach((f) => isEnabled(f));',
        'for (const f of FLAGS) {',
        '  client.isEnabled(f);',
        '}',
      ].join('\n'),
    });
    expect(brief(r.references)).toEqual([
      'list-a constant isEnabled @src/a.ts:2:32',
      'list-b constant isEnabled @src/a.ts:2:32',
      'list-a constant isEnabled @src/a.ts:4:20',
      'list-b constant isEnabled @src/a.ts:4:20',
    ]);
    expect(r.unresolved).toEqual([]);
  });

  it('follows a list imported from another module, and inline lists are literals', async () => {
    const r = await scan({
      'src/flags.ts': "export const ROLLOUT = ['imp-one', 'imp-two'];\n",
      'src/use.ts': [
        "import { ROLLOUT } from './flags';",
        'const enabled = ROLLOUT.filter((name) => unleash.isEnabled(name));',
        "['inline-x', 'inline-y'].map(function (k) { return isEnabled(k); });",
        'const n = ROLLOUT.reduce((acc, k) => acc + (isEnabled(k) ? 1 : 0), 0);',
      ].join('\n'),
    });
    expect(brief(r.references)).toEqual([
      'imp-one constant isEnabled @src/use.ts:2:60',
      'imp-two constant isEnabled @src/use.ts:2:60',
      'inline-x literal isEnabled @src/use.ts:3:62',
      'inline-y literal isEnabled @src/use.ts:3:62',
      'imp-one constant isEnabled @src/use.ts:4:55',
      'imp-two constant isEnabled @src/use.ts:4:55',
    ]);
    expect(r.unresolved).toEqual([]);
  });

  it('Object.values of a const object or string enum, Object.keys of an object keyed by flag', async () => {
    const r = await scan({
      'src/defs.ts': [
        "export const Toggles = { A: 'obj-a', B: 'obj-b' } as const;",
        "export enum Feature { Search = 'enum-search', Cart = 'enum-cart' }",
        "export const DEFAULTS = { 'key-a': true, 'key-b': false };",
      ].join('\n'),
      'src/use.ts': [
        "import { DEFAULTS, Feature, Toggles } from './defs';",
        'Object.values(Toggles).map((f) => isEnabled(f));',
        'for (const f of Object.values(Feature)) isEnabled(f);',
        'Object.keys(DEFAULTS).forEach((k) => isEnabled(k));',
      ].join('\n'),
    });
    expect(brief(r.references)).toEqual([
      'obj-a object isEnabled @src/use.ts:2:45',
      'obj-b object isEnabled @src/use.ts:2:45',
      'enum-cart enum isEnabled @src/use.ts:3:51',
      'enum-search enum isEnabled @src/use.ts:3:51',
      'key-a object isEnabled @src/use.ts:4:48',
      'key-b object isEnabled @src/use.ts:4:48',
    ]);
  });

  it('a list with an element that is not a known string stays unresolved, with no partial keys', async () => {
    const r = await scan({
      'src/a.ts': [
        "const LIST = ['ok-flag', loadName()];",
        'for (const f of LIST) isEnabled(f);',
        'remote.forEach((f) => isEnabled(f));',
      ].join('\n'),
    });
    expect(r.references).toEqual([]);
    expect(r.unresolved).toEqual([
      { file: 'src/a.ts', line: 2, column: 33, accessor: 'isEnabled', expression: 'f' },
      { file: 'src/a.ts', line: 3, column: 33, accessor: 'isEnabled', expression: 'f' },
    ]);
  });

  it("an unknown list's element falls back to the element's declared union type", async () => {
    const r = await scan({
      'src/a.ts': "remote.forEach((f: 'typed-p' | 'typed-q') => isEnabled(f));\n",
    });
    expect(brief(r.references)).toEqual([
      'typed-p union isEnabled @src/a.ts:1:56',
      'typed-q union isEnabled @src/a.ts:1:56',
    ]);
  });

  it('a wrapper taking the list: each element its caller passes is a reference', async () => {
    const r = await scan({
      'src/gate.ts':
        'export function anyOn(names: string[]) { return names.some((n) => isEnabled(n)); }\n',
      'src/page.ts': "import { anyOn } from './gate';\nanyOn(['w-one', 'w-two']);\n",
    });
    expect(brief(r.references)).toEqual([
      'w-one wrapper anyOn @src/page.ts:2:7',
      'w-two wrapper anyOn @src/page.ts:2:7',
    ]);
  });
});

describe('default parameter values', () => {
  it('a function with no callers reads its default key', async () => {
    const r = await scan({
      'src/a.ts': "function f(k = 'default-flag') {\n  return isEnabled(k);\n}\n",
    });
    expect(brief(r.references)).toEqual(['default-flag literal isEnabled @src/a.ts:2:20']);
    expect(r.unresolved).toEqual([]);
  });

  it('a wrapper whose callers omit the argument keeps its default (a constant) alive', async () => {
    const r = await scan({
      'src/gate.ts': [
        "const FALLBACK = 'fallback-flag';",
        'export function gate(user: User, name: string = FALLBACK) {',
        '  return client.isEnabled(name, user);',
        '}',
      ].join('\n'),
      'src/page.ts': "import { gate } from './gate';\ngate(me);\ngate(me, 'given-flag');\n",
    });
    expect(brief(r.references)).toEqual([
      'fallback-flag constant isEnabled @src/gate.ts:3:27',
      'fallback-flag wrapper gate @src/page.ts:2:1',
      'given-flag wrapper gate @src/page.ts:3:10',
    ]);
  });
});

describe('text references in config-like files', () => {
  const keys = ['new-checkout', 'dark-mode', 'beta'];

  it('count bare whole tokens in YAML, TOML, INI, .properties, .env and .conf', async () => {
    const r = await scan(
      {
        'deploy/values.yaml': 'flags:\n  - new-checkout\n  - new-checkout-v2\n  beta: true\n',
        'config/app.toml': 'enabled = [ "dark-mode" ]\nrollout = dark-mode\n',
        'config/app.ini': '[features]\nlist=beta,other\n',
        'config/app.properties': 'feature.new-checkout=true\nflags=new-checkout\n',
        '.env.production': 'FEATURES=dark-mode;beta\nURL=https://x.test/beta\n',
        'nginx/site.conf': 'set $flag new-checkout;\n',
      },
      // `beta` is an ordinary word: its text references count only when asked for.
      { declaredKeys: keys, config: { textReferenceWords: true } },
    );
    expect(brief(r.references)).toEqual([
      'dark-mode text text @.env.production:1:10',
      'beta text text @.env.production:1:20',
      'beta text text @config/app.ini:2:6',
      'new-checkout text text @config/app.properties:2:7',
      'dark-mode text text @config/app.toml:1:13',
      'dark-mode text text @config/app.toml:2:11',
      'new-checkout text text @deploy/values.yaml:2:5',
      'beta text text @deploy/values.yaml:4:3',
      'new-checkout text text @nginx/site.conf:1:11',
    ]);
  });

  it('stay quoted-only in code files; the registry and lockfiles are never searched', async () => {
    const r = await scan(
      {
        'app.py': 'beta = new_checkout  # dark-mode\nname = "new-checkout"\n',
        'main.go': 'var beta = 1 // dark-mode\n',
        'config/flags.yaml': 'flags:\n  beta:\n    owner: "@a"\n',
        'yarn.lock': 'beta@^1:\n  version "1"\n',
        'pnpm-lock.yaml': 'packages:\n  beta: 1.0.0\n',
        'src/App/packages.lock.json': '{ "dependencies": { "beta": {} } }\n',
        'Cargo.lock': 'name = "dark-mode"\n',
      },
      { declaredKeys: keys, config: { registry: './config/flags.yaml' } },
    );
    expect(brief(r.references)).toEqual(['new-checkout text text @app.py:2:8']);
  });
});
