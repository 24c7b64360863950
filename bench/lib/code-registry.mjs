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
  files[`${DIR}/index.ts`] = [
    "export * from './registry';",
    "export { UI_FLAGS as UiFlags } from './registry';",
    '',
  ].join('\n');
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
  typedReaders(files, plantAt, {
    objectKeys: objK.filter((k) => !readO.includes(k)),
    unionKeys: uniK.filter((k) => !readU.includes(k)),
  });
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

/**
 * Reads only the registry's *types* reveal (the checker's pass): a service field typed with the
 * object registry read through an injected instance, a route table typed with the union's key
 * type, a destructured registry and one re-exported under another name. Half of the keys nobody
 * else reads are read here; the other half stay orphans.
 */
function typedReaders(files, plantAt, { objectKeys, unionKeys }) {
  files[`${DIR}/flag-service.ts`] = [
    "import { UI_FLAGS, type RolloutKey } from './registry';",
    '',
    'export interface RolloutState {',
    '  value: boolean;',
    '}',
    '',
    'export class WebFlagService {',
    '  readonly ui: typeof UI_FLAGS = UI_FLAGS;',
    '  readonly rollouts: Partial<Record<RolloutKey, RolloutState>> = {};',
    '}',
    '',
  ].join('\n');
  files[`${DIR}/routes.ts`] = [
    "import type { RolloutKey } from './registry';",
    '',
    'export interface FlaggedRoute {',
    '  path: string;',
    '  flag?: RolloutKey;',
    '}',
    '',
  ].join('\n');
  const obj = objectKeys.filter((_, i) => i % 2 === 0);
  const uni = unionKeys.filter((_, i) => i % 2 === 0);
  const perFile = 4;
  for (let f = 0; f * perFile < Math.max(obj.length, uni.length); f++) {
    const file = `${DIR}/features/typed${f}.ts`;
    const lines = [
      "import { UI_FLAGS, UiFlags } from '../index';",
      "import type { WebFlagService } from '../flag-service';",
      "import type { FlaggedRoute } from '../routes';",
      '',
      `export class FeaturePanel${f} {`,
      '  constructor(private readonly flagService: WebFlagService) {}',
      '',
    ];
    const mine = obj.slice(f * perFile, (f + 1) * perFile);
    mine.forEach((k, i) => {
      if (i % 3 !== 0) return;
      lines.push(
        `  show${pascal(k)}(): string {`,
        `    return this.flagService.ui.${snake(k)}.key;`,
      );
      plantAt(file, lines, 'code.typedMember', k, 'symbol');
      lines.push('  }');
    });
    lines.push('}', '');
    mine.forEach((k, i) => {
      if (i % 3 === 1) {
        lines.push(`const { ${snake(k)} } = UI_FLAGS;`);
        plantAt(file, lines, 'code.destructured', k, 'symbol');
        lines.push(`export const label${pascal(k)} = ${snake(k)}.label;`);
      } else if (i % 3 === 2) {
        lines.push(`export const key${pascal(k)} = UiFlags.${snake(k)}.key;`);
        plantAt(file, lines, 'code.renamedReexport', k, 'symbol');
      }
    });
    lines.push('', `export const ROUTES_${f}: FlaggedRoute[] = [`, "  { path: '/' },");
    for (const k of uni.slice(f * perFile, (f + 1) * perFile)) {
      lines.push(`  { path: '/${k}', flag: '${k}' },`);
      plantAt(file, lines, 'code.typedTable', k, 'typed-literal');
    }
    lines.push('];', '');
    files[file] = lines.join('\n');
  }
}
