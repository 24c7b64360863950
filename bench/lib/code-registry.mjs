// A package whose flags are declared in code (issue 10): a string enum with JSDoc metadata, an
// object keyed by flag with a `key` property, a union type alias, a typed helper over each, symbol
// reads, typed-helper call sites, and a settings screen that iterates the enum. Every read is
// planted in the manifest; the keys nobody reads (through a typed helper only) are orphans.

const DIR = 'packages/web-flags/src';
const ENUM_FILE = `${DIR}/registry.ts`;
export const CODE_REGISTRY_ENTRIES = [
  `${ENUM_FILE}#WebFlag`,
  `${ENUM_FILE}#UI_FLAGS.key`,
  `${ENUM_FILE}#RolloutKey`,
];

const pascal = (k) =>
  k
    .split('-')
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
const snake = (k) => k.replace(/-/g, '_');

/** Keys `cr-<word>-<n>`: disjoint from the YAML registry's keys. */
export function codeRegistryFiles(rng, { enumKeys = 40, objectKeys = 30, unionKeys = 20 } = {}) {
  const words = ['cart', 'nav', 'grid', 'promo', 'media', 'tile', 'card', 'feed', 'rail', 'chip'];
  const make = (prefix, n) =>
    Array.from({ length: n }, (_, i) => `cr-${prefix}-${words[i % words.length]}-${i}`);
  const enumK = make('web', enumKeys);
  const objK = make('ui', objectKeys);
  const uniK = make('rollout', unionKeys);
  const files = {};
  const refs = [];
  const plantAt = (file, lines, sub, key, via) => {
    const line = lines.length; // 1-based line of the last pushed line
    refs.push({ file, line, lines: [line], via, sub, key, pattern: null });
  };

  const reg = [
    "import { useFlag } from '@unleash/proxy-client-react';",
    '',
    'export enum WebFlag {',
    ...enumK.flatMap((k) => [
      `  /** @owner @acme/web @created 2026-11-0${1 + rng.int(0, 8)} @expires 2026-12-0${1 + rng.int(0, 8)} @type release */`,
      `  ${pascal(k)} = '${k}',`,
    ]),
    '}',
    '',
    'export const UI_FLAGS = {',
    ...objK.map((k) => `  ${snake(k)}: { key: '${k}', label: '${k}' },`),
    '} as const;',
    '',
    'export type RolloutKey =',
    ...uniK.map((k, i) => `  ${i === 0 ? '' : '| '}'${k}'${i === uniK.length - 1 ? ';' : ''}`),
    '',
    '/** Typed on purpose: a wrapper, whose call sites are the references. */',
    'export function useWebFlag(flag: WebFlag): boolean {',
    '  return useFlag(flag);',
    '}',
    '',
    'export function rolloutOn(key: RolloutKey): boolean {',
    '  return useFlag(key);',
    '}',
    '',
  ];
  files[ENUM_FILE] = reg.join('\n');
  files[`${DIR}/index.ts`] = "export * from './registry';\n";
  files['packages/web-flags/package.json'] =
    `${JSON.stringify({ name: '@acme/web-flags', version: '0.0.0', private: true, main: 'src/index.ts' }, null, 2)}\n`;

  // Readers: 70% of each registry's keys are read; the rest are orphans hidden behind the helpers.
  const readE = enumK.filter(() => rng.chance(0.7));
  const readO = objK.filter(() => rng.chance(0.7));
  const readU = uniK.filter(() => rng.chance(0.7));
  const perFile = 8;
  let n = 0;
  const reader = (body) => {
    const file = `${DIR}/features/flagged${n++}.tsx`;
    const lines = [
      "import { UI_FLAGS, WebFlag, rolloutOn, useWebFlag } from '../index';",
      "import { track } from '../analytics';",
      '',
    ];
    body(lines, file);
    lines.push('');
    files[file] = lines.join('\n');
  };
  for (let i = 0; i < readE.length; i += perFile) {
    reader((lines, file) => {
      for (const k of readE.slice(i, i + perFile)) {
        if (rng.chance(0.5)) {
          lines.push(`export const on${pascal(k)} = () => useWebFlag(WebFlag.${pascal(k)});`);
          plantAt(file, lines, 'code.typedHelper', k, 'wrapper');
        } else {
          lines.push(`export const track${pascal(k)} = () => track(WebFlag.${pascal(k)});`);
          plantAt(file, lines, 'code.enumSymbol', k, 'symbol');
        }
      }
    });
  }
  for (let i = 0; i < readO.length; i += perFile) {
    reader((lines, file) => {
      for (const k of readO.slice(i, i + perFile)) {
        lines.push(
          `export const ui${pascal(k)} = (on: (k: string) => boolean) => on(UI_FLAGS.${snake(k)}.key);`,
        );
        plantAt(file, lines, 'code.objectSymbol', k, 'symbol');
      }
    });
  }
  for (let i = 0; i < readU.length; i += perFile) {
    reader((lines, file) => {
      for (const k of readU.slice(i, i + perFile)) {
        lines.push(`export const ro${pascal(k)} = () => rolloutOn('${k}');`);
        plantAt(file, lines, 'code.typedLiteral', k, 'wrapper');
      }
    });
  }
  // A settings screen over the whole enum: a registry-iterated notice, no reference to each key.
  files[`${DIR}/features/FlagsScreen.tsx`] = [
    "import { useUnleashClient } from '@unleash/proxy-client-react';",
    "import { WebFlag } from '../registry';",
    '',
    'export function FlagsScreen() {',
    '  const client = useUnleashClient();',
    '  return Object.values(WebFlag).map((flag) => `${flag}: ${client.isEnabled(flag)}`);',
    '}',
    '',
  ].join('\n');
  files[`${DIR}/analytics.ts`] = 'export function track(event: string): void {\n  void event;\n}\n';
  return { files, refs, declared: [...enumK, ...objK, ...uniK] };
}
