#!/usr/bin/env node
// Deterministic synthetic monorepo for `npm run bench`: ~1,000,000 lines of TS/TSX in ~8,000 files,
// 2,000 declared flags, references in every form issue 3 lists, mostly ordinary code with no flag
// reads. Writes a git repo plus, outside it, a manifest of every planted reference (the ground truth
// run.mjs compares the scan with) and a stamp that makes regeneration idempotent.
//
//   node bench/generate.mjs [--out DIR] [--force] [--seed TEXT]
//
// Layout of DIR (default bench/.corpus):
//   monorepo/       the git repository that is scanned
//   manifest.json   planted references, unresolved sites and ignored-path prefixes
//   keys.txt        declared keys, one a line (git grep -F -f)
//   stamp.json      generator version, parameters, hashes, sizes

import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import {
  clientFile,
  hooksFile,
  packageJson,
  packageTsconfig,
  remoteFile,
  rootFiles,
  togglesFile,
  wrappersFile,
} from './lib/infra.mjs';
import { moduleNames, noiseBody } from './lib/noise.mjs';
import { CODE_REGISTRY_ENTRIES, codeRegistryFiles } from './lib/code-registry.mjs';
import { createRng } from './lib/prng.mjs';
import {
  ADJECTIVES,
  AREAS,
  DESCRIPTORS,
  EXPERIMENTS,
  FLAG_NOUNS,
  FLAG_TYPES,
  NOUNS,
  OWNERS,
  PACKAGES,
  REGIONS,
  VERBS,
  camel,
  kebab,
  pascal,
  upperSnake,
} from './lib/vocab.mjs';

/** Bump when the corpus shape changes on purpose; the source hash below also catches edits. */
export const GENERATOR_VERSION = 3;
const HERE = dirname(fileURLToPath(import.meta.url));
export const DEFAULT_OUT = join(HERE, '.corpus');
/** Where a profile's corpus goes by default: the stress corpus in .corpus, others beside it inside. */
export const profileOut = (name) => (name === 'stress' ? DEFAULT_OUT : join(DEFAULT_OUT, name));
export const DEFAULT_PARAMS = Object.freeze({
  seed: 'ops-steward-bench',
  files: 8000,
  lines: 1_000_000,
  flags: 2000,
});

/**
 * Corpus shapes (`--profile`). `stress`: the 2,000-flag monorepo above. `app`: shaped like the
 * TypeScript monorepos issue 10 was measured on (200k–460k lines, tens of flags): ~450k lines, the
 * pattern families plus 30 more YAML flags, a 30-flag code registry, every reference form planted at
 * an eighth of the stress density in ~120 host files.
 */
export const PROFILES = Object.freeze({
  stress: DEFAULT_PARAMS,
  app: Object.freeze({
    seed: 'ops-steward-bench-app',
    files: 3600,
    lines: 450_000,
    generalFlags: 30,
    siteScale: 0.125,
    hosts: [50, 70],
    codeRegistry: { enumKeys: 12, objectKeys: 10, unionKeys: 8 },
  }),
});

/** How many sites of a sub-form a profile plants: at least one, so every form stays checked. */
const scaled = (params, n) => Math.max(1, Math.round(n * (params.siteScale ?? 1)));

const cap = (s) => s[0].toUpperCase() + s.slice(1);

/** Planted reference sites per sub-form. The prefix before the dot is the `via` the scan must report. */
const SITES = {
  'literal.unleash': 220,
  'literal.launchdarkly': 120,
  'literal.openfeature': 60,
  'literal.growthbook': 60,
  'literal.posthog': 50,
  'literal.statsig': 40,
  'literal.configcat': 25,
  'literal.flagsmith': 25,
  'literal.generic': 60,
  'literal.hookUnleash': 50,
  'literal.hookGrowthbook': 30,
  'literal.hookPosthog': 25,
  'literal.hookStatsig': 25,
  'literal.hookOpenfeature': 20,
  'literal.template': 20,
  'literal.multiline': 20,
  'literal.undeclared': 25,
  'constant.sameFile': 100,
  'constant.pathAlias': 90,
  'constant.deepAlias': 30,
  'constant.renamedReexport': 20,
  'constant.nestedBarrel': 50,
  'constant.localBarrel': 60,
  'constant.alias': 20,
  'enum.imported': 140,
  'enum.local': 40,
  'object.imported': 120,
  'object.local': 40,
  'object.nested': 30,
  'object.elementAccess': 15,
  'union.importedParam': 20,
  'union.localParam': 15,
  'union.inlineParam': 10,
  'union.variable': 20,
  'template.prefix': 20,
  'template.infix': 20,
  'template.uncalledParam': 8,
  'template.uncalledBareParam': 4,
  'concat.prefix': 20,
  'concat.suffix': 10,
  'concat.uncalledParam': 4,
  'wrapper.direct': 90,
  'wrapper.transitive': 50,
  'wrapper.arrow': 30,
  'wrapper.local': 50,
  'wrapper.crossPackage': 30,
  'wrapper.crossPackageBarrel': 20,
  'member.toggles': 100,
  'member.useFlagsDestructure': 60,
  'member.useFlagsRenamed': 15,
  'member.useFlagsVar': 40,
  'member.useFlagsDirect': 30,
  'jsx.growthbook': 70,
  'jsx.posthog': 40,
  'jsx.expression': 20,
  'hint.above': 25,
  'hint.trailing': 10,
  'text.py': 40,
  'text.go': 40,
  'text.yaml': 40,
  unresolved: 20,
};
/** Sub-forms that only make sense inside a React component. */
const TSX_ONLY = new Set([
  'literal.hookUnleash',
  'literal.hookGrowthbook',
  'literal.hookPosthog',
  'literal.hookStatsig',
  'literal.hookOpenfeature',
  'member.useFlagsDestructure',
  'member.useFlagsRenamed',
  'member.useFlagsVar',
  'member.useFlagsDirect',
  'jsx.growthbook',
  'jsx.posthog',
  'jsx.expression',
]);

// Key families that are only read through run-time-built names: they stay declared but are kept
// from being orphaned by the pattern references alone.
const PATTERN_FAMILIES = {
  'template.prefix': ['onboarding-variant-', 'search-ranker-', 'checkout-copy-'].map((p) => ({
    pattern: `${p}*`,
    keys: EXPERIMENTS.slice(0, 6).map((e) => `${p}${e}`),
    uses: ['currentVariant'],
    code: () => `\`${p}\${currentVariant()}\``,
  })),
  'template.infix': [
    {
      pattern: 'experiment-*-enabled',
      keys: EXPERIMENTS.map((e) => `experiment-${e}-enabled`),
      uses: ['currentExperiment'],
      code: () => '`experiment-${currentExperiment()}-enabled`',
    },
  ],
  'concat.prefix': [
    {
      pattern: 'pricing-region-*',
      keys: REGIONS.map((r) => `pricing-region-${r}`),
      uses: ['currentRegion'],
      code: () => "'pricing-region-' + currentRegion()",
    },
    {
      pattern: 'shipping-carrier-*',
      keys: ['dhl', 'ups', 'fedex', 'usps', 'dpd', 'gls'].map((c) => `shipping-carrier-${c}`),
      uses: ['currentCarrier'],
      code: () => "'shipping-carrier-' + currentCarrier().toLowerCase()",
    },
  ],
  'concat.suffix': [
    {
      pattern: '*-tax-override',
      keys: REGIONS.slice(0, 8).map((r) => `${r}-tax-override`),
      uses: ['currentRegion'],
      code: () => "currentRegion() + '-tax-override'",
    },
  ],
};

// ---------------------------------------------------------------------------------------------
// Keys and registry

function makeKeys(rng, total, generalCount) {
  const familyKeys = Object.values(PATTERN_FAMILIES).flatMap((fams) => fams.flatMap((f) => f.keys));
  if (generalCount !== undefined) total = familyKeys.length + generalCount;
  const combos = [];
  for (const a of AREAS)
    for (const d of DESCRIPTORS) for (const n of FLAG_NOUNS) combos.push(`${a}-${d}-${n}`);
  rng.shuffle(combos);
  const general = combos.slice(0, total - familyKeys.length);
  const undeclared = combos.slice(total, total + 40).map((k) => `legacy-${k}`);
  return { general, familyKeys, undeclared, declared: [...general, ...familyKeys] };
}

function registryYaml(rng, declared) {
  const lines = [
    '# Feature flag registry of the acme monorepo (synthetic, generated for the ops-steward benchmark).',
    'flags:',
  ];
  const base = Date.UTC(2026, 5, 1);
  const day = 86_400_000;
  const iso = (t) => new Date(t).toISOString().slice(0, 10);
  for (const key of [...declared].sort()) {
    const type = rng.weighted(FLAG_TYPES);
    const created = base + rng.int(0, 150) * day;
    const owners = rng.chance(0.15)
      ? [rng.pick(OWNERS), rng.pick(OWNERS)].filter((o, i, a) => a.indexOf(o) === i)
      : [rng.pick(OWNERS)];
    lines.push(`  ${key}:`);
    lines.push(
      owners.length === 1
        ? `    owner: "${owners[0]}"`
        : `    owner: [${owners.map((o) => `"${o}"`).join(', ')}]`,
    );
    lines.push(`    created: ${iso(created)}`);
    if (type !== 'kill-switch' && type !== 'permission')
      lines.push(`    expires: ${iso(created + rng.int(7, 30) * day)}`);
    lines.push(`    type: ${type}`);
    lines.push(`    description: ${cap(key.replace(/-/g, ' '))}`);
  }
  lines.push('');
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Host modules: ordinary modules that also read flags. Lines are strings or { text, refs }.

const L = (text, refs = []) => ({ text, refs });
const R = (via, sub, key, pattern = null, alt = []) => ({ via, sub, key, pattern, alt });

function newHost(mod) {
  return {
    mod,
    imports: new Map(), // spec -> { values: Set, types: Set }
    top: [],
    hooks: [],
    body: [],
    jsx: [],
    localEnum: new Map(),
    localObject: new Map(),
    topNames: new Set(),
    keys: new Set(),
    n: 0,
  };
}

function imp(host, spec, name, type = false) {
  let e = host.imports.get(spec);
  if (!e) host.imports.set(spec, (e = { values: new Set(), types: new Set() }));
  (type ? e.types : e.values).add(name);
}

/** Shared declarations the planting fills in and the flags package files are written from. */
function newShared() {
  return {
    constants: new Map(), // FLAG_X -> key (packages/flags/src/constants.ts)
    renamed: new Map(), // LEGACY_X -> FLAG_X
    areaKeys: new Map(), // area -> Map(KEY_X -> key) (packages/flags/src/keys/<area>.ts)
    enumMembers: new Map(), // Pascal -> key
    objectProps: new Map(), // camel -> key
    nested: new Map(), // area -> Map(camelRest -> key)
    unions: [], // { name, keys }
    local: new Map(PACKAGES.map((p) => [p, new Map()])), // pkg -> Map(CONST -> key)
  };
}

function accessorCall(rng, host, arg) {
  const form = rng.int(0, 2);
  if (form === 0) {
    imp(host, '@acme/flags', 'unleash');
    return `unleash.isEnabled(${arg})`;
  }
  if (form === 1) {
    imp(host, '@acme/flags', 'ldClient');
    return `ldClient.variation(${arg}, false)`;
  }
  imp(host, '@acme/flags', 'gb');
  return `gb.isOn(${arg})`;
}

/** Body statement reading a flag: an assignment or an if-block; refs go on the reading line. */
function read(rng, host, expr, refs) {
  const id = host.n++;
  if (rng.chance(0.6)) host.body.push(L(`  state.f${id} = ${expr};`, refs));
  else
    host.body.push(
      L(`  if (${expr}) {`, refs),
      L(`    state.f${id} = '${rng.pick(ADJECTIVES)}';`),
      L('  }'),
    );
}

function topConst(host, name, value) {
  if (host.topNames.has(name)) return;
  host.topNames.add(name);
  host.top.push(L(`const ${name} = ${value};`));
}

function relImport(fromFile, toDir) {
  let rel = posix.relative(posix.dirname(fromFile), toDir);
  if (!rel.startsWith('.')) rel = `./${rel}`;
  return rel;
}

const LITERAL_SDK = {
  'literal.unleash': ['unleash', (k) => `unleash.isEnabled('${k}')`],
  'literal.launchdarkly': ['ldClient', (k) => `ldClient.variation('${k}', false)`],
  'literal.openfeature': ['featureClient', (k) => `featureClient.getBooleanValue('${k}', false)`],
  'literal.growthbook': ['gb', (k) => `gb.isOn('${k}')`],
  'literal.posthog': ['posthog', (k) => `posthog.isFeatureEnabled('${k}')`],
  'literal.statsig': ['statsig', (k) => `statsig.checkGate('${k}')`],
  'literal.configcat': ['configCat', (k) => `configCat.getValueAsync('${k}', false)`],
  'literal.flagsmith': ['flagsmith', (k) => `flagsmith.hasFeature('${k}')`],
  'literal.generic': ['isFeatureEnabled', (k) => `isFeatureEnabled('${k}')`],
};
const LITERAL_HOOKS = {
  'literal.hookUnleash': ['@unleash/proxy-client-react', 'useFlag', (k) => `useFlag('${k}')`],
  'literal.hookGrowthbook': [
    '@growthbook/growthbook-react',
    'useFeatureIsOn',
    (k) => `useFeatureIsOn('${k}')`,
  ],
  'literal.hookPosthog': [
    'posthog-js/react',
    'useFeatureFlagEnabled',
    (k) => `useFeatureFlagEnabled('${k}')`,
  ],
  'literal.hookStatsig': ['statsig-react', 'useGate', (k) => `useGate('${k}').value`],
  'literal.hookOpenfeature': [
    '@openfeature/react-sdk',
    'useBooleanFlagValue',
    (k) => `useBooleanFlagValue('${k}', false)`,
  ],
};

/**
 * Plants one site of `sub` in `host`. `take()` yields the next general key not yet used in this host;
 * `ctx` carries shared declarations and the other key queues.
 */
function plant(rng, host, sub, take, ctx) {
  const { shared } = ctx;
  const via = sub.split('.')[0];
  const pkg = host.mod.pkg;
  const localDir = `packages/${pkg}/src/flags`;

  if (LITERAL_SDK[sub]) {
    const [name, call] = LITERAL_SDK[sub];
    const k = take();
    imp(host, '@acme/flags', name);
    // A Promise-returning read (ConfigCat) is stored, never used as a condition.
    if (sub === 'literal.configcat')
      return void host.body.push(L(`  state.f${host.n++} = ${call(k)};`, [R(via, sub, k)]));
    return read(rng, host, call(k), [R(via, sub, k)]);
  }
  if (LITERAL_HOOKS[sub]) {
    const [spec, name, call] = LITERAL_HOOKS[sub];
    const k = take();
    imp(host, spec, name);
    const v = `hook${host.n++}`;
    host.hooks.push(L(`  const ${v} = ${call(k)};`, [R(via, sub, k)]));
    host.body.push(L(`  state.${v} = ${v};`));
    return undefined;
  }
  switch (sub) {
    case 'literal.template': {
      const k = take();
      imp(host, '@acme/flags', 'unleash');
      return read(rng, host, `unleash.isEnabled(\`${k}\`)`, [R(via, sub, k)]);
    }
    case 'literal.multiline': {
      const k = take();
      imp(host, '@acme/flags', 'ldClient');
      const id = host.n++;
      host.body.push(
        L(`  state.f${id} = ldClient.variation(`, [R(via, sub, k, null, [1])]),
        L(`    '${k}',`),
        L('    false,'),
        L('  );'),
      );
      return undefined;
    }
    case 'literal.undeclared': {
      const k = ctx.takeUndeclared();
      imp(host, '@acme/flags', 'unleash');
      return read(rng, host, `unleash.isEnabled('${k}')`, [R(via, sub, k)]);
    }
    case 'constant.sameFile': {
      const k = take();
      const name = `FLAG_${upperSnake(k)}`;
      topConst(host, name, `'${k}'`);
      return read(rng, host, accessorCall(rng, host, name), [R(via, sub, k)]);
    }
    case 'constant.alias': {
      const k = take();
      const name = `FLAG_${upperSnake(k)}`;
      topConst(host, name, `'${k}'`);
      topConst(host, `CURRENT_${name}`, name);
      return read(rng, host, accessorCall(rng, host, `CURRENT_${name}`), [R(via, sub, k)]);
    }
    case 'constant.pathAlias':
    case 'constant.deepAlias': {
      const k = take();
      const name = `FLAG_${upperSnake(k)}`;
      shared.constants.set(name, k);
      imp(host, sub === 'constant.pathAlias' ? '@acme/flags' : '@acme/flags/constants', name);
      return read(rng, host, accessorCall(rng, host, name), [R(via, sub, k)]);
    }
    case 'constant.renamedReexport': {
      const k = take();
      const name = `FLAG_${upperSnake(k)}`;
      shared.constants.set(name, k);
      shared.renamed.set(`LEGACY_${upperSnake(k)}`, name);
      imp(host, '@acme/flags', `LEGACY_${upperSnake(k)}`);
      return read(rng, host, accessorCall(rng, host, `LEGACY_${upperSnake(k)}`), [R(via, sub, k)]);
    }
    case 'constant.nestedBarrel': {
      const k = take();
      const area = k.split('-')[0];
      const name = `KEY_${upperSnake(k)}`;
      if (!shared.areaKeys.has(area)) shared.areaKeys.set(area, new Map());
      shared.areaKeys.get(area).set(name, k);
      imp(host, '@acme/flags', name);
      return read(rng, host, accessorCall(rng, host, name), [R(via, sub, k)]);
    }
    case 'constant.localBarrel': {
      const k = take();
      const name = `${upperSnake(pkg)}_${upperSnake(k)}`;
      shared.local.get(pkg).set(name, k);
      imp(host, relImport(host.mod.path, localDir), name);
      return read(rng, host, accessorCall(rng, host, name), [R(via, sub, k)]);
    }
    case 'enum.imported': {
      const k = take();
      shared.enumMembers.set(pascal(k), k);
      imp(host, '@acme/flags', 'FeatureFlag');
      return read(rng, host, accessorCall(rng, host, `FeatureFlag.${pascal(k)}`), [R(via, sub, k)]);
    }
    case 'enum.local': {
      const k = take();
      host.localEnum.set(pascal(k), k);
      return read(rng, host, accessorCall(rng, host, `${host.mod.names.base}Flag.${pascal(k)}`), [
        R(via, sub, k),
      ]);
    }
    case 'object.imported':
    case 'object.elementAccess': {
      const k = take();
      shared.objectProps.set(camel(k), k);
      imp(host, '@acme/flags', 'FLAGS');
      const arg = sub === 'object.imported' ? `FLAGS.${camel(k)}` : `FLAGS['${camel(k)}']`;
      return read(rng, host, accessorCall(rng, host, arg), [R(via, sub, k)]);
    }
    case 'object.local': {
      const k = take();
      host.localObject.set(camel(k), k);
      return read(
        rng,
        host,
        accessorCall(rng, host, `${upperSnake(host.mod.names.base)}_FLAGS.${camel(k)}`),
        [R(via, sub, k)],
      );
    }
    case 'object.nested': {
      const k = take();
      const [area, ...rest] = k.split('-');
      if (!shared.nested.has(area)) shared.nested.set(area, new Map());
      shared.nested.get(area).set(camel(rest.join('-')), k);
      imp(host, '@acme/flags', 'FLAGS_BY_AREA');
      return read(
        rng,
        host,
        accessorCall(rng, host, `FLAGS_BY_AREA.${area}.${camel(rest.join('-'))}`),
        [R(via, sub, k)],
      );
    }
    case 'union.importedParam':
    case 'union.variable': {
      const u = rng.pick(shared.unions);
      imp(host, '@acme/flags', u.name, true);
      const refs = u.keys.map((k) => R(via, sub, k));
      const id = host.n++;
      if (sub === 'union.variable') {
        imp(host, '@acme/flags', `next${u.name}`);
        host.body.push(L(`  const variant${id}: ${u.name} = next${u.name}(items.length);`));
        return read(rng, host, accessorCall(rng, host, `variant${id}`), refs);
      }
      host.top.push(L(`function is${u.name}${id}On(variant: ${u.name}): boolean {`));
      host.top.push(L(`  return ${accessorCall(rng, host, 'variant')};`, refs), L('}'), L(''));
      return undefined;
    }
    case 'union.localParam':
    case 'union.inlineParam': {
      const keys = [take(), take(), ...(rng.chance(0.5) ? [take()] : [])];
      const id = host.n++;
      const union = keys.map((k) => `'${k}'`).join(' | ');
      let type = union;
      if (sub === 'union.localParam') {
        type = `Local${id}Variant`;
        host.top.push(L(`type ${type} = ${union};`), L(''));
      }
      host.top.push(L(`function isLocal${id}On(mode: ${type}): boolean {`));
      host.top.push(
        L(
          `  return ${accessorCall(rng, host, 'mode')};`,
          keys.map((k) => R(via, sub, k)),
        ),
        L('}'),
        L(''),
      );
      return undefined;
    }
    case 'template.prefix':
    case 'template.infix':
    case 'concat.prefix':
    case 'concat.suffix': {
      const fam = rng.pick(PATTERN_FAMILIES[sub]);
      for (const u of fam.uses) imp(host, '@acme/flags', u);
      return read(rng, host, accessorCall(rng, host, fam.code()), [R(via, sub, null, fam.pattern)]);
    }
    case 'template.uncalledParam':
    case 'template.uncalledBareParam':
    case 'concat.uncalledParam': {
      // A helper nobody in this repo calls (or only calls dynamically): its run-time-built key is
      // still a pattern that keeps the family from being called orphaned.
      const id = host.n++;
      const tpl = sub !== 'concat.uncalledParam';
      const bare = sub === 'template.uncalledBareParam';
      const fam = tpl
        ? PATTERN_FAMILIES['template.infix'][0]
        : PATTERN_FAMILIES['concat.prefix'][0];
      const arg = bare
        ? '`experiment-${name}-enabled`'
        : tpl
          ? '`experiment-${experiment.id}-enabled`'
          : "'pricing-region-' + experiment.id";
      const param = bare ? 'name: string' : 'experiment: { id: string }';
      host.top.push(
        L(
          `export function ${host.mod.names.base[0].toLowerCase()}${host.mod.names.base.slice(1)}Experiment${id}(${param}): boolean {`,
        ),
      );
      host.top.push(
        L(`  return ${accessorCall(rng, host, arg)};`, [R(via, sub, null, fam.pattern)]),
        L('}'),
        L(''),
      );
      return undefined;
    }
    case 'wrapper.direct':
    case 'wrapper.transitive':
    case 'wrapper.arrow': {
      const k = take();
      const fn = {
        'wrapper.direct': 'featureGate',
        'wrapper.transitive': 'useFeature',
        'wrapper.arrow': 'flagOn',
      }[sub];
      imp(host, '@acme/flags', fn);
      return read(rng, host, `${fn}('${k}')`, [R(via, sub, k)]);
    }
    case 'wrapper.local':
    case 'wrapper.crossPackage': {
      const k = take();
      const fn = sub === 'wrapper.local' ? `${pkg}Flag` : `use${cap(pkg)}Feature`;
      imp(host, relImport(host.mod.path, localDir), fn);
      return read(rng, host, `${fn}('${k}')`, [R(via, sub, k)]);
    }
    case 'wrapper.crossPackageBarrel': {
      const k = take();
      const other =
        PACKAGES[(PACKAGES.indexOf(pkg) + 1 + rng.int(0, PACKAGES.length - 2)) % PACKAGES.length];
      imp(host, `@acme/${other}`, `${other}Flag`);
      return read(rng, host, `${other}Flag('${k}')`, [R(via, sub, k)]);
    }
    case 'member.toggles': {
      const k = take();
      imp(host, '@acme/flags', 'featureToggles');
      return read(rng, host, `featureToggles.${camel(k)}`, [R(via, sub, k)]);
    }
    case 'member.useFlagsDestructure':
    case 'member.useFlagsRenamed': {
      imp(host, 'launchdarkly-react-client-sdk', 'useFlags');
      const keys =
        sub === 'member.useFlagsRenamed'
          ? [take()]
          : [take(), take(), ...(rng.chance(0.4) ? [take()] : [])];
      const id = host.n++;
      const binds =
        sub === 'member.useFlagsRenamed' ? [`${camel(keys[0])}: ld${id}`] : keys.map(camel);
      host.hooks.push(
        L(
          `  const { ${binds.join(', ')} } = useFlags();`,
          keys.map((k) => R(via, sub, k)),
        ),
      );
      host.body.push(
        L(
          `  state.ld${id} = [${(sub === 'member.useFlagsRenamed' ? [`ld${id}`] : keys.map(camel)).join(', ')}];`,
        ),
      );
      return undefined;
    }
    case 'member.useFlagsVar': {
      imp(host, 'launchdarkly-react-client-sdk', 'useFlags');
      const k = take();
      if (!host.topNames.has('ldFlags')) {
        host.topNames.add('ldFlags');
        host.hooks.push(L('  const ldFlags = useFlags();'));
      }
      return read(rng, host, `ldFlags.${camel(k)}`, [R(via, sub, k)]);
    }
    case 'member.useFlagsDirect': {
      imp(host, 'launchdarkly-react-client-sdk', 'useFlags');
      const k = take();
      const id = host.n++;
      host.hooks.push(L(`  const direct${id} = useFlags().${camel(k)};`, [R(via, sub, k)]));
      host.body.push(L(`  state.direct${id} = direct${id};`));
      return undefined;
    }
    case 'jsx.growthbook':
    case 'jsx.expression': {
      const k = take();
      imp(host, '@growthbook/growthbook-react', 'IfFeatureEnabled');
      const attr = sub === 'jsx.growthbook' ? `feature="${k}"` : `feature={'${k}'}`;
      host.jsx.push(
        L(`      <IfFeatureEnabled ${attr}>`, [R(via, sub, k)]),
        L(`        <p>${cap(rng.pick(ADJECTIVES))} ${rng.pick(NOUNS)}</p>`),
        L('      </IfFeatureEnabled>'),
      );
      return undefined;
    }
    case 'jsx.posthog': {
      const k = take();
      imp(host, 'posthog-js/react', 'PostHogFeature');
      host.jsx.push(
        L(`      <PostHogFeature flag="${k}" match={true}>`, [R(via, sub, k)]),
        L(`        <p>${cap(rng.pick(VERBS))} ${rng.pick(NOUNS)}</p>`),
        L('      </PostHogFeature>'),
      );
      return undefined;
    }
    case 'hint.above':
    case 'hint.trailing': {
      const keys = sub === 'hint.above' ? [take(), take()] : [take()];
      imp(host, '@acme/flags', 'resolveRemoteFlag');
      imp(host, '@acme/flags', 'unleash');
      const id = host.n++;
      const refs = keys.map((k) => R(via, sub, k, null, sub === 'hint.above' ? [-1] : []));
      const call = `state.f${id} = unleash.isEnabled(resolveRemoteFlag(items));`;
      if (sub === 'hint.above')
        host.body.push(L(`  // ops-steward-flags: ${keys.join(', ')}`), L(`  ${call}`, refs));
      else host.body.push(L(`  ${call} // ops-steward-flags: ${keys.join(', ')}`, refs));
      return undefined;
    }
    case 'unresolved': {
      imp(host, '@acme/flags', 'resolveRemoteFlag');
      imp(host, '@acme/flags', 'unleash');
      host.body.push(
        L(`  state.f${host.n++} = unleash.isEnabled(resolveRemoteFlag(items));`, [
          { unresolved: true },
        ]),
      );
      return undefined;
    }
    default:
      throw new Error(`generator: no planting rule for ${sub}`);
  }
}

function renderImports(imports) {
  const out = [];
  for (const [spec, { values, types }] of imports) {
    if (types.size > 0) out.push(`import type { ${[...types].join(', ')} } from '${spec}';`);
    if (values.size === 0) continue;
    const names = [...values];
    if (names.length <= 4) out.push(`import { ${names.join(', ')} } from '${spec}';`);
    else out.push('import {', ...names.map((n) => `  ${n},`), `} from '${spec}';`);
  }
  return out;
}

/** Renders a module (host or not) to text plus the planted refs with their 1-based lines. */
function renderModule(mod, host) {
  const lines = [];
  const imports = new Map();
  if (mod.usesReact)
    imports.set('react', {
      values: new Set(['useEffect', 'useMemo', 'useState']),
      types: new Set(),
    });
  for (const d of mod.deps)
    imports.set(relImport(mod.path, d.path.replace(/\.tsx?$/, '')), {
      values: new Set([d.names.scoreFn]),
      types: new Set(),
    });
  if (host)
    for (const [spec, e] of host.imports) {
      const cur = imports.get(spec);
      if (cur) {
        for (const v of e.values) cur.values.add(v);
        for (const t of e.types) cur.types.add(t);
      } else imports.set(spec, e);
    }
  lines.push(...renderImports(imports).map((t) => L(t)));
  if (lines.length > 0) lines.push(L(''));
  if (host) {
    if (host.localEnum.size > 0) {
      lines.push(L(`enum ${mod.names.base}Flag {`));
      for (const [m, k] of host.localEnum) lines.push(L(`  ${m} = '${k}',`));
      lines.push(L('}'), L(''));
    }
    if (host.localObject.size > 0) {
      lines.push(L(`const ${upperSnake(mod.names.base)}_FLAGS = {`));
      for (const [p, k] of host.localObject) lines.push(L(`  ${p}: '${k}',`));
      lines.push(L('} as const;'), L(''));
    }
    lines.push(...host.top);
    if (host.top.length > 0 && host.top[host.top.length - 1].text !== '') lines.push(L(''));
  }
  lines.push(...mod.body.map((t) => L(t)));
  if (host) {
    const { entry, options, base } = mod.names;
    if (mod.tsx) {
      lines.push(L(`export function ${base}Features(props: { items: readonly ${entry}[] }) {`));
      lines.push(...host.hooks);
      lines.push(
        L('  const items = props.items;'),
        L(`  const options: ${options} = { id: '${kebab(base)}' };`),
      );
    } else {
      lines.push(
        L(
          `export function ${base[0].toLowerCase()}${base.slice(1)}FeatureState(items: readonly ${entry}[], options: ${options}): Record<string, unknown> {`,
        ),
      );
    }
    lines.push(L('  const state: Record<string, unknown> = {};'));
    lines.push(...host.body);
    if (mod.tsx) {
      lines.push(
        L('  return (', []),
        L(`    <div className="${kebab(base)}-features">`),
        ...host.jsx,
      );
      lines.push(
        L('      <pre>{JSON.stringify(state)}</pre>'),
        L('    </div>'),
        L('  );'),
        L('}'),
        L(''),
      );
    } else lines.push(L('  return state;'), L('}'), L(''));
  }
  const refs = [];
  const unresolved = [];
  const text = [];
  lines.forEach((l, i) => {
    text.push(l.text);
    for (const r of l.refs) {
      if (r.unresolved) unresolved.push({ file: mod.path, line: i + 1 });
      else
        refs.push({
          file: mod.path,
          line: i + 1,
          lines: [i + 1, ...r.alt.map((a) => i + 1 + a)],
          via: r.via,
          sub: r.sub,
          key: r.key,
          pattern: r.pattern,
        });
    }
  });
  return { text: text.join('\n'), refs, unresolved };
}

// ---------------------------------------------------------------------------------------------
// Flags package and per-package flag folders

function flagsPackageFiles(shared, decoyKeys) {
  const files = {};
  const src = 'packages/flags/src';
  files[`${src}/client.ts`] = clientFile();
  files[`${src}/remote.ts`] = remoteFile();
  files[`${src}/wrappers.ts`] = wrappersFile();
  files[`${src}/hooks.ts`] = hooksFile();
  files[`${src}/toggles.ts`] = togglesFile();

  // Declared-but-unread keys also sit in constants/enum/object definitions: a definition is not a read.
  const consts = new Map(shared.constants);
  const enumMembers = new Map(shared.enumMembers);
  const objectProps = new Map(shared.objectProps);
  decoyKeys.forEach((k, i) => {
    if (i % 3 === 0) consts.set(`FLAG_${upperSnake(k)}`, k);
    else if (i % 3 === 1) enumMembers.set(pascal(k), k);
    else objectProps.set(camel(k), k);
  });
  files[`${src}/constants.ts`] = [
    '// Flag keys shared across packages.',
    ...[...consts].map(([n, k]) => `export const ${n} = '${k}';`),
    '',
  ].join('\n');
  files[`${src}/enums.ts`] = [
    'export enum FeatureFlag {',
    ...[...enumMembers].map(([m, k]) => `  ${m} = '${k}',`),
    '}',
    '',
  ].join('\n');
  const nested = [];
  for (const [area, props] of shared.nested)
    nested.push(`  ${area}: {`, ...[...props].map(([p, k]) => `    ${p}: '${k}',`), '  },');
  files[`${src}/objects.ts`] = [
    'export const FLAGS = {',
    ...[...objectProps].map(([p, k]) => `  ${p}: '${k}',`),
    '} as const;',
    '',
    'export const FLAGS_BY_AREA = {',
    ...nested,
    '} as const;',
    '',
  ].join('\n');
  const unionLines = [];
  for (const u of shared.unions) {
    const upper = upperSnake(kebab(u.name));
    unionLines.push(
      `export type ${u.name} = ${u.keys.map((k) => `'${k}'`).join(' | ')};`,
      `const ${upper}_VALUES: readonly ${u.name}[] = [${u.keys.map((k) => `'${k}'`).join(', ')}];`,
      `export function next${u.name}(index: number): ${u.name} {`,
      `  return ${upper}_VALUES[index % ${upper}_VALUES.length];`,
      '}',
      '',
    );
  }
  files[`${src}/unions.ts`] = unionLines.join('\n');
  const areas = [...shared.areaKeys.keys()];
  for (const [area, consts2] of shared.areaKeys) {
    files[`${src}/keys/${area}.ts`] = [
      ...[...consts2].map(([n, k]) => `export const ${n} = '${k}';`),
      '',
    ].join('\n');
  }
  files[`${src}/keys/index.ts`] = [...areas.map((a) => `export * from './${a}';`), ''].join('\n');
  files[`${src}/index.ts`] = [
    "export * from './client';",
    "export * from './constants';",
    ...[...shared.renamed].map(
      ([alias, name]) => `export { ${name} as ${alias} } from './constants';`,
    ),
    "export * from './keys';",
    "export { FeatureFlag } from './enums';",
    "export { FLAGS, FLAGS_BY_AREA } from './objects';",
    "export * from './wrappers';",
    "export * from './hooks';",
    `export type { ${shared.unions.map((u) => u.name).join(', ')} } from './unions';`,
    `export { ${shared.unions.map((u) => `next${u.name}`).join(', ')} } from './unions';`,
    "export { featureToggles } from './toggles';",
    "export { currentCarrier, currentExperiment, currentRegion, currentVariant, resolveRemoteFlag } from './remote';",
    '',
  ].join('\n');
  files['packages/flags/package.json'] = packageJson('flags');
  files['packages/flags/tsconfig.json'] = packageTsconfig();
  return files;
}

function localFlagFiles(pkg, consts) {
  const dir = `packages/${pkg}/src/flags`;
  return {
    [`${dir}/keys.ts`]: [
      `// Flag keys owned by @acme/${pkg}.`,
      ...[...consts].map(([n, k]) => `export const ${n} = '${k}';`),
      '',
    ].join('\n'),
    [`${dir}/gate.ts`]: [
      "import { ldClient, useFeature } from '@acme/flags';",
      '',
      `/** @acme/${pkg} reads its flags through LaunchDarkly with a per-call fallback. */`,
      `export function ${pkg}Flag(key: string, fallback = false): boolean {`,
      '  return ldClient.variation(key, fallback);',
      '}',
      '',
      `export function use${cap(pkg)}Feature(name: string): boolean {`,
      '  return useFeature(name);',
      '}',
      '',
    ].join('\n'),
    [`${dir}/index.ts`]: ["export * from './keys.js';", "export * from './gate.js';", ''].join(
      '\n',
    ),
  };
}

// ---------------------------------------------------------------------------------------------
// Text files (py/go/yaml) and ignored content

function textFiles(rng, take, params) {
  const files = {};
  const refs = [];
  const services = ['recommender', 'fraud', 'mailer', 'pricing-engine'];
  for (let i = 0; i < 10; i++) {
    const svc = services[i % services.length];
    const path = `services/${svc}/app/${rng.pick(NOUNS)}_${rng.pick(VERBS)}_${i}.py`;
    const lines = ['from acme.flags import client', '', ''];
    for (let j = 0; j < scaled(params, SITES['text.py']) / 10; j++) {
      const k = take();
      const q = rng.chance(0.5) ? '"' : "'";
      lines.push(
        `def handle_${rng.pick(NOUNS)}_${j}(request):`,
        `    """${cap(rng.pick(VERBS))}s the ${rng.pick(NOUNS)}."""`,
      );
      lines.push(`    if client.is_enabled(${q}${k}${q}, request.user):`);
      refs.push({
        file: path,
        line: lines.length,
        lines: [lines.length],
        via: 'text',
        sub: 'text.py',
        key: k,
        pattern: null,
      });
      lines.push(
        '        return render_new(request)',
        `    total = sum(item.price for item in request.items) * ${rng.int(2, 9)}`,
        '    return render_old(request, total)',
        '',
        '',
      );
    }
    files[path] = lines.join('\n');
  }
  for (let i = 0; i < 10; i++) {
    const path = `services/gateway/internal/features/${rng.pick(NOUNS)}_${i}.go`;
    const lines = [
      'package features',
      '',
      'import (',
      '\t"context"',
      '',
      '\tld "github.com/launchdarkly/go-server-sdk/v7"',
      ')',
      '',
    ];
    for (let j = 0; j < scaled(params, SITES['text.go']) / 10; j++) {
      const k = take();
      lines.push(
        `func ${cap(rng.pick(VERBS))}${cap(rng.pick(NOUNS))}${j}(ctx context.Context, client *ld.LDClient, user ld.Context) bool {`,
      );
      lines.push(`\tenabled, _ := client.BoolVariation("${k}", user, false)`);
      refs.push({
        file: path,
        line: lines.length,
        lines: [lines.length],
        via: 'text',
        sub: 'text.go',
        key: k,
        pattern: null,
      });
      lines.push('\treturn enabled && ctx.Err() == nil', '}', '');
    }
    files[path] = lines.join('\n');
  }
  for (let i = 0; i < 10; i++) {
    const path = `deploy/helm/${rng.pick(NOUNS)}-${i}/values.yaml`;
    const lines = [
      `replicaCount: ${rng.int(1, 6)}`,
      'image:',
      `  repository: acme/${rng.pick(NOUNS)}`,
      '  tag: "1.0.0"',
      'features:',
    ];
    for (let j = 0; j < scaled(params, SITES['text.yaml']) / 10; j++) {
      const k = take();
      lines.push(`  - name: "${k}"`);
      refs.push({
        file: path,
        line: lines.length,
        lines: [lines.length],
        via: 'text',
        sub: 'text.yaml',
        key: k,
        pattern: null,
      });
      lines.push(`    rollout: ${rng.int(0, 100)}`);
    }
    lines.push('');
    files[path] = lines.join('\n');
  }
  // Ordinary text files without flag keys.
  for (let i = 0; i < 6; i++)
    files[`deploy/k8s/${rng.pick(NOUNS)}-${i}.yaml`] =
      `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${rng.pick(NOUNS)}-${i}\ndata:\n  LOG_LEVEL: info\n`;
  return { files, refs };
}

/** Present in the working tree but gitignored: a scan that reports anything here does not honour .gitignore. */
function ignoredFiles(rng, keys) {
  const files = {};
  for (let i = 0; i < 10; i++) {
    files[`.cache/flag-snapshots/snapshot-${i}.ts`] = [
      "import { unleash } from '@acme/flags';",
      ...keys
        .slice(i * 5, i * 5 + 5)
        .map((k, j) => `export const snap${j} = unleash.isEnabled('${k}');`),
      '',
    ].join('\n');
  }
  for (const pkg of ['web', 'checkout']) {
    const lines = ['"use strict";'];
    for (let i = 0; i < 3000; i++)
      lines.push(`var v${i} = unleash.isEnabled("${rng.pick(keys)}") && ${i};`);
    files[`packages/${pkg}/dist/bundle.js`] = `${lines.join('\n')}\n`;
  }
  for (let i = 0; i < 50; i++)
    files[`node_modules/@acme-vendor/sdk/lib/part-${i}.js`] =
      `exports.p${i} = (c) => c.isEnabled('vendor-internal-${i}');\n`;
  return {
    files,
    prefixes: ['.cache/', 'packages/web/dist/', 'packages/checkout/dist/', 'node_modules/'],
  };
}

// ---------------------------------------------------------------------------------------------
// Module plan

const KINDS = [
  ['component', 30],
  ['hook', 8],
  ['service', 12],
  ['util', 15],
  ['model', 10],
  ['api', 5],
  ['store', 5],
  ['test', 15],
];

function gaussian(rng) {
  const u = Math.max(rng.next(), 1e-9);
  const v = rng.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

function planModules(rng, pkg, count) {
  // Not `vendor`: the default excludes skip **/vendor/**, and these are application sources.
  const areas = rng.shuffle(NOUNS.filter((n) => n !== 'vendor')).slice(0, 10);
  const mods = [];
  const paths = new Set();
  const bases = new Set();
  while (mods.length < count) {
    let kind = rng.weighted(KINDS);
    const targets = mods.filter((m) => m.kind !== 'test' && !m.tested);
    if (kind === 'test' && targets.length === 0) kind = 'util';
    let base;
    let path;
    if (kind === 'test') {
      const t = rng.pick(targets);
      t.tested = true;
      base = `${t.names.base}Test`;
      path = t.path.replace(/\.(tsx?)$/, '.test.$1');
      mods.push({ pkg, kind, path, tsx: t.tsx, names: moduleNames(base), testTarget: t });
      paths.add(path);
      continue;
    }
    base = `${cap(rng.pick(ADJECTIVES))}${cap(rng.pick(NOUNS))}${kind === 'component' ? rng.pick(['Card', 'List', 'Panel', 'Page', 'Dialog', 'Table']) : ''}`;
    if (bases.has(base)) {
      let i = 2;
      while (bases.has(`${base}${i}`)) i++;
      base = `${base}${i}`;
    }
    bases.add(base);
    const lower = base[0].toLowerCase() + base.slice(1);
    const area = rng.pick(areas);
    path = {
      component: `packages/${pkg}/src/components/${area}/${base}.tsx`,
      hook: `packages/${pkg}/src/hooks/use${base}.ts`,
      service: `packages/${pkg}/src/services/${area}/${lower}Service.ts`,
      util: `packages/${pkg}/src/utils/${lower}.ts`,
      model: `packages/${pkg}/src/models/${lower}.ts`,
      api: `packages/${pkg}/src/api/${lower}Client.ts`,
      store: `packages/${pkg}/src/store/${lower}Slice.ts`,
    }[kind];
    if (paths.has(path)) continue;
    paths.add(path);
    mods.push({ pkg, kind, path, tsx: kind === 'component', names: moduleNames(base) });
  }
  return mods;
}

// ---------------------------------------------------------------------------------------------
// Orchestration

function sourceHash() {
  const h = createHash('sha256');
  for (const f of [
    'generate.mjs',
    ...readdirSync(join(HERE, 'lib'))
      .sort()
      .map((f) => `lib/${f}`),
  ])
    h.update(readFileSync(join(HERE, f)));
  return h.digest('hex').slice(0, 12);
}

export function generatorVersion() {
  return `${GENERATOR_VERSION}+${sourceHash()}`;
}

/** Builds every file in memory. Pure: same params, same result. */
export function buildCorpus(params = DEFAULT_PARAMS) {
  const rng = createRng(params.seed);
  const { general, familyKeys, undeclared, declared } = makeKeys(
    rng.fork('keys'),
    params.flags,
    params.generalFlags,
  );

  // 12% of general keys are never read (orphans); a few of those still appear in definitions.
  const keyRng = rng.fork('assign');
  const pool = keyRng.shuffle([...general]);
  const orphanCount = Math.round(general.length * 0.12);
  const orphans = pool.slice(0, orphanCount);
  const readable = pool.slice(orphanCount);
  const decoyKeys = orphans.slice(0, 45);
  let cursor = 0;
  const nextKey = () => readable[cursor++ % readable.length];
  let ucursor = 0;
  const takeUndeclared = () => undeclared[ucursor++ % undeclared.length];

  const shared = newShared();
  // Union types over readable keys, shared by all packages.
  const unionNames = [
    'CheckoutVariant',
    'SearchMode',
    'BillingPlan',
    'OnboardingPath',
    'ShippingOption',
    'ReviewLayout',
    'PaymentRoute',
    'CatalogView',
  ];
  for (const name of unionNames)
    shared.unions.push({ name, keys: Array.from({ length: keyRng.int(2, 5) }, nextKey) });

  // Modules
  const files = {};
  const fixedTs = 31 + PACKAGES.length * 4; // flags package + per-package flags/ and index.ts
  const perPkg = Math.floor((params.files - fixedTs) / PACKAGES.length);
  const modRng = rng.fork('modules');
  const allMods = [];
  PACKAGES.forEach((pkg, i) => {
    const count = perPkg + (i < (params.files - fixedTs) % PACKAGES.length ? 1 : 0);
    allMods.push(...planModules(modRng.fork(pkg), pkg, count));
  });

  // Line targets: log-normal sizes scaled to the budget (leaving room for block overshoot and infra).
  const sizeRng = rng.fork('sizes');
  const raw = allMods.map(() =>
    Math.min(1500, Math.max(12, Math.exp(Math.log(95) + 0.75 * gaussian(sizeRng)))),
  );
  const budget = params.lines * 0.875;
  const scale = budget / raw.reduce((a, b) => a + b, 0);
  allMods.forEach((m, i) => {
    m.targetLines = Math.max(8, Math.round(raw[i] * scale) - 6);
  });

  // Dependencies between ordinary modules of one package.
  const depRng = rng.fork('deps');
  const byPkg = new Map();
  for (const m of allMods) {
    if (!byPkg.has(m.pkg)) byPkg.set(m.pkg, []);
    const prior = byPkg.get(m.pkg);
    m.deps =
      m.kind === 'test'
        ? [m.testTarget]
        : prior.length > 0
          ? Array.from({ length: depRng.int(0, 2) }, () => depRng.pick(prior)).filter(
              (d, i, a) => a.indexOf(d) === i,
            )
          : [];
    if (m.kind !== 'test') prior.push(m);
    m.decoy = m.kind !== 'test' && depRng.chance(0.04);
  }

  // Hosts and site assignment.
  const hostRng = rng.fork('hosts');
  const candidates = allMods.filter((m) => m.kind !== 'test');
  const [tsxHostCount, tsHostCount] = params.hosts ?? [260, 380];
  const tsxHosts = hostRng.shuffle(candidates.filter((m) => m.tsx)).slice(0, tsxHostCount);
  const tsHosts = hostRng.shuffle(candidates.filter((m) => !m.tsx)).slice(0, tsHostCount);
  const anyHosts = [...tsxHosts, ...tsHosts];
  const hosts = new Map();
  const hostFor = (m) => {
    if (!hosts.has(m)) hosts.set(m, newHost(m));
    return hosts.get(m);
  };
  const sites = [];
  for (const [sub, n] of Object.entries(SITES))
    if (!sub.startsWith('text.')) for (let i = 0; i < scaled(params, n); i++) sites.push(sub);
  hostRng.shuffle(sites);
  const ctx = { shared, takeUndeclared };
  for (const sub of sites) {
    const m = TSX_ONLY.has(sub) ? hostRng.pick(tsxHosts) : hostRng.pick(anyHosts);
    const host = hostFor(m);
    const take = () => {
      for (let i = 0; i < 20; i++) {
        const k = nextKey();
        if (!host.keys.has(k)) {
          host.keys.add(k);
          return k;
        }
      }
      throw new Error('generator: key queue exhausted');
    };
    plant(hostRng, host, sub, take, ctx);
  }

  // Render modules.
  const bodyRng = rng.fork('bodies');
  const planted = [];
  const unresolvedPlanted = [];
  let tsLines = 0;
  let tsFiles = 0;
  for (const m of allMods) {
    const r = bodyRng.fork(m.path);
    const { lines, usesReact } = noiseBody(r, {
      kind: m.kind,
      names: m.names,
      targetLines: m.targetLines,
      deps: m.deps.map((d) => d.names),
      decoy: m.decoy,
      testTarget: m.testTarget?.names,
    });
    m.body = lines;
    m.usesReact = usesReact;
    const out = renderModule(m, hosts.get(m));
    files[m.path] = `${out.text}\n`;
    planted.push(...out.refs);
    unresolvedPlanted.push(...out.unresolved);
  }

  Object.assign(files, flagsPackageFiles(shared, decoyKeys));
  for (const pkg of PACKAGES) {
    Object.assign(files, localFlagFiles(pkg, shared.local.get(pkg)));
    const exported = allMods.filter((m) => m.pkg === pkg && m.kind === 'util').slice(0, 3);
    files[`packages/${pkg}/src/index.ts`] = [
      "export * from './flags';",
      ...exported.map(
        (m) =>
          `export { ${m.names.scoreFn} } from '${relImport(`packages/${pkg}/src/index.ts`, m.path.replace(/\.ts$/, ''))}';`,
      ),
      '',
    ].join('\n');
    files[`packages/${pkg}/package.json`] = packageJson(pkg);
    files[`packages/${pkg}/tsconfig.json`] = packageTsconfig();
  }
  Object.assign(files, rootFiles());
  files['flags.yml'] = registryYaml(rng.fork('registry'), declared);
  const code = codeRegistryFiles(rng.fork('code-registry'), params.codeRegistry);
  Object.assign(files, code.files);
  planted.push(...code.refs);
  files['.github/ops-steward.yml'] = files['.github/ops-steward.yml'].replace(
    'flags:\n',
    `flags:\n  registry:\n    - flags.yml\n${CODE_REGISTRY_ENTRIES.map((e) => `    - ${e}\n`).join('')}`,
  );
  const allDeclared = [...declared, ...code.declared];

  const text = textFiles(rng.fork('text'), nextKey, params);
  Object.assign(files, text.files);
  planted.push(...text.refs);
  const ignored = ignoredFiles(rng.fork('ignored'), declared);

  for (const [p, c] of Object.entries(files)) {
    if (/\.(ts|tsx)$/.test(p) && !p.endsWith('.d.ts')) {
      tsFiles++;
      tsLines += c.split('\n').length - (c.endsWith('\n') ? 1 : 0);
    }
  }
  const readKeys = new Set(planted.filter((r) => r.key).map((r) => r.key));
  const manifest = {
    declared: allDeclared.length,
    planted,
    unresolved: unresolvedPlanted,
    ignoredPrefixes: ignored.prefixes,
    patternFamilies: Object.values(PATTERN_FAMILIES)
      .flat()
      .map((f) => ({ pattern: f.pattern, keys: f.keys })),
    orphans: allDeclared.filter((k) => !readKeys.has(k) && !familyKeys.includes(k)),
    undeclared: [
      ...new Set(planted.filter((r) => r.sub === 'literal.undeclared').map((r) => r.key)),
    ],
    decoyFiles: allMods.filter((m) => m.decoy).length,
  };
  return {
    files,
    ignored: ignored.files,
    declared: allDeclared,
    manifest,
    stats: { tsFiles, tsLines, files: Object.keys(files).length },
  };
}

function git(cwd, args) {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_AUTHOR_NAME: 'bench',
      GIT_AUTHOR_EMAIL: 'bench@example.invalid',
      GIT_AUTHOR_DATE: '2026-01-01T00:00:00+0000',
      GIT_COMMITTER_NAME: 'bench',
      GIT_COMMITTER_EMAIL: 'bench@example.invalid',
      GIT_COMMITTER_DATE: '2026-01-01T00:00:00+0000',
    },
  }).trim();
}

function writeTree(root, files) {
  for (const p of Object.keys(files).sort()) {
    const abs = join(root, p);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, files[p]);
  }
}

/** Writes the corpus under `out` (default bench/.corpus) unless a matching stamp already exists. */
export function ensureCorpus({
  out = DEFAULT_OUT,
  force = false,
  params = DEFAULT_PARAMS,
  log = () => {},
} = {}) {
  out = resolve(out);
  const stampPath = join(out, 'stamp.json');
  const repo = join(out, 'monorepo');
  const version = generatorVersion();
  if (!force && existsSync(stampPath) && existsSync(join(repo, '.git'))) {
    const stamp = JSON.parse(readFileSync(stampPath, 'utf8'));
    if (stamp.version === version && JSON.stringify(stamp.params) === JSON.stringify(params)) {
      log(`corpus up to date (${relative(process.cwd(), repo) || repo}, generator ${version})`);
      return { ...stamp, repo, out };
    }
  }
  const t0 = process.hrtime.bigint();
  log(`generating corpus in ${relative(process.cwd(), repo) || repo} …`);
  rmSync(repo, { recursive: true, force: true });
  rmSync(stampPath, { force: true });
  mkdirSync(repo, { recursive: true });
  const corpus = buildCorpus(params);
  const tBuilt = process.hrtime.bigint();
  writeTree(repo, corpus.files);
  writeTree(repo, corpus.ignored);
  const hash = createHash('sha256');
  for (const all of [corpus.files, corpus.ignored])
    for (const p of Object.keys(all).sort()) hash.update(`${p}\0${all[p]}\0`);
  git(repo, ['init', '-q', '-b', 'main']);
  // No background `git gc --auto` after the big commit: it would compete with the first timed runs.
  git(repo, ['config', 'gc.auto', '0']);
  git(repo, ['add', '-A']);
  git(repo, [
    'commit',
    '-q',
    '--no-verify',
    '--no-gpg-sign',
    '-m',
    'Synthetic monorepo for the ops-steward benchmark',
  ]);
  const tree = git(repo, ['rev-parse', 'HEAD^{tree}']);
  const tracked = Number(git(repo, ['ls-files']).split('\n').length);
  writeFileSync(join(out, 'manifest.json'), JSON.stringify(corpus.manifest));
  writeFileSync(join(out, 'keys.txt'), `${corpus.declared.join('\n')}\n`);
  const ms = (a, b) => Number(b - a) / 1e6;
  const stamp = {
    version,
    params,
    contentSha256: hash.digest('hex'),
    gitTree: tree,
    trackedFiles: tracked,
    tsFiles: corpus.stats.tsFiles,
    tsLines: corpus.stats.tsLines,
    bytes: Object.values(corpus.files).reduce((a, c) => a + Buffer.byteLength(c), 0),
    declaredFlags: corpus.declared.length,
    plantedReferences: corpus.manifest.planted.length,
    generateMs: {
      build: Math.round(ms(t0, tBuilt)),
      total: Math.round(ms(t0, process.hrtime.bigint())),
    },
  };
  writeFileSync(stampPath, `${JSON.stringify(stamp, null, 2)}\n`);
  log(
    `generated ${stamp.tsFiles} TS/TSX files, ${stamp.tsLines} lines, ${stamp.plantedReferences} planted references in ${(stamp.generateMs.total / 1000).toFixed(1)} s`,
  );
  return { ...stamp, repo, out };
}

function parseArgs(argv) {
  const opts = { out: DEFAULT_OUT, force: false, params: { ...DEFAULT_PARAMS } };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--force') opts.force = true;
    else if (a === '--out') opts.out = argv[++i];
    else if (a === '--seed') opts.params.seed = argv[++i];
    else if (a === '--profile') {
      const name = argv[++i];
      if (!Object.hasOwn(PROFILES, name)) {
        console.error(`generate.mjs: --profile is one of ${Object.keys(PROFILES).join(', ')}`);
        process.exit(2);
      }
      opts.params = { ...PROFILES[name] };
      if (opts.out === DEFAULT_OUT) opts.out = profileOut(name);
    } else if (a === '--help' || a === '-h') {
      console.log(
        'usage: node bench/generate.mjs [--profile stress|app] [--out DIR] [--force] [--seed TEXT]',
      );
      process.exit(0);
    } else {
      console.error(`generate.mjs: unknown option ${a} (try --help)`);
      process.exit(2);
    }
  }
  return opts;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const opts = parseArgs(process.argv.slice(2));
  const stamp = ensureCorpus({ ...opts, log: (m) => console.error(m) });
  const { repo: _r, out: _o, ...shown } = stamp;
  console.log(JSON.stringify(shown, null, 2));
}
