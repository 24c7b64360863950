import type { AccessorConfig } from '../config.js';

/**
 * Built-in accessors: how the common SDKs read a flag. Pure data; `accessor-set.ts` compiles it.
 *
 * `receiver: 'flag-client'` marks names too common to trust on their own (`getValue`, `isOn`,
 * `getConfig`…): they only count when called on an object whose name looks like a flag client
 * (see FLAG_CLIENT_RECEIVER), so `map.getValue('x')` or a bare `getConfig('db')` is not a flag read.
 * `fallbackArgument` covers SDKs whose server flavour takes the user first (`checkGate(user, 'gate')`).
 */
export type DefaultAccessor = AccessorConfig & {
  sdk: string;
  receiver?: 'flag-client';
  fallbackArgument?: number;
  /** objectFrom a higher-order component: the prop it hands the wrapped component holds the flags. */
  injectsProp?: string;
};

/**
 * The npm packages each SDK family ships under (prefixes): a bare default accessor imported from
 * anything else — the application's own `useFeature(projectId, featureId)` — is not the SDK's.
 */
export const SDK_PACKAGES: Readonly<Record<string, readonly string[]>> = {
  launchdarkly: ['launchdarkly-', '@launchdarkly/'],
  unleash: ['unleash-', '@unleash/'],
  openfeature: ['@openfeature/'],
  growthbook: ['@growthbook/'],
  posthog: ['posthog-'],
  configcat: ['configcat-', '@configcat/'],
  flagsmith: ['flagsmith', '@flagsmith/'],
  statsig: ['statsig-', '@statsig/'],
};

/**
 * Default accessor names applications commonly define for themselves: a bare call that the file
 * does not import counts only when imported from the SDK.
 */
export const APP_DEFINED_NAMES: ReadonlySet<string> = new Set(['useFeature']);

/** Receiver text (e.g. `gb`, `this.growthbook`, `configCatClient`) that makes an ambiguous name a flag read. */
export const FLAG_CLIENT_RECEIVER =
  /(flag|feature|toggle|growth|(^|\.)gb$|configcat|flagsmith|unleash|statsig|launchdarkly|(^|\.)ld[A-Z_]?|openfeature|experiment|client)/i;

const call = (
  sdk: string,
  names: string[],
  extra: Partial<DefaultAccessor> = {},
): DefaultAccessor[] => names.map((name) => ({ sdk, call: name, ...extra }) as DefaultAccessor);

export const DEFAULT_ACCESSORS: readonly DefaultAccessor[] = [
  // LaunchDarkly: server and client SDKs read with `variation*(key, …)`; the React SDK's `useFlags()`
  // returns every flag as a camelCased property (`useFlags().newCheckout`, destructuring too);
  // `allFlags()` returns the raw keys.
  ...call('launchdarkly', [
    'variation',
    'variationDetail',
    'boolVariation',
    'boolVariationDetail',
    'stringVariation',
    'stringVariationDetail',
    'numberVariation',
    'numberVariationDetail',
    'jsonVariation',
    'jsonVariationDetail',
    'useBoolVariation',
    'useStringVariation',
    'useNumberVariation',
    'useJsonVariation',
  ]),
  { sdk: 'launchdarkly', objectFrom: 'useFlags', transform: 'camelCase' },
  { sdk: 'launchdarkly', objectFrom: 'allFlags' },
  // `withLDConsumer()(Component)` hands Component a `flags` prop, camelCased like useFlags().
  {
    sdk: 'launchdarkly',
    objectFrom: 'withLDConsumer',
    transform: 'camelCase',
    injectsProp: 'flags',
  },

  // Unleash: `unleash.isEnabled(name)`, `getVariant(name)`; React proxy hooks `useFlag`, `useVariant`.
  ...call('unleash', ['isEnabled', 'getVariant', 'useFlag', 'useVariant']),

  // OpenFeature: `client.get{Boolean,String,Number,Object}{Value,Details}(key, default)`;
  // React SDK `use{Boolean,String,Number,Object}Flag{Value,Details}(key, default)`, `useFlag` and
  // `useSuspenseFlag`.
  ...call('openfeature', [
    ...['Boolean', 'String', 'Number', 'Object'].flatMap((t) => [
      `get${t}Value`,
      `get${t}Details`,
      `use${t}FlagValue`,
      `use${t}FlagDetails`,
    ]),
    'useSuspenseFlag',
  ]),

  // GrowthBook: `gb.isOn(key)`, `gb.isOff(key)` (ambiguous names: flag-client receiver required),
  // `getFeatureValue(key, fallback)`, `evalFeature(key)`; React hooks and `<IfFeatureEnabled feature>`.
  // (`gb.feature(key)` is left out: the word "feature" is in most files of a product repo, so it
  // would defeat the prefilter; `evalFeature` is the same call.)
  ...call('growthbook', ['isOn', 'isOff'], { receiver: 'flag-client' }),
  ...call('growthbook', [
    'getFeatureValue',
    'evalFeature',
    'useFeatureIsOn',
    'useFeatureValue',
    'useFeature',
  ]),
  { sdk: 'growthbook', jsx: 'IfFeatureEnabled', attribute: 'feature' },
  { sdk: 'growthbook', jsx: 'FeatureString', attribute: 'feature' },

  // PostHog: `posthog.isFeatureEnabled(key)`, `getFeatureFlag(key)`, payloads; React hooks and
  // `<PostHogFeature flag>`.
  ...call('posthog', [
    'isFeatureEnabled',
    'getFeatureFlag',
    'getFeatureFlagPayload',
    'useFeatureFlagEnabled',
    'useFeatureFlagVariantKey',
    'useFeatureFlagPayload',
  ]),
  { sdk: 'posthog', jsx: 'PostHogFeature', attribute: 'flag' },

  // ConfigCat: `configCatClient.getValue(key, default)` (ambiguous: flag-client receiver required),
  // `getValueAsync`, `getValueDetails(Async)`; React `useFeatureFlag(key, default)`.
  ...call('configcat', ['getValue'], { receiver: 'flag-client' }),
  ...call('configcat', [
    'getValueAsync',
    'getValueDetails',
    'getValueDetailsAsync',
    'useFeatureFlag',
  ]),

  // Flagsmith: `flagsmith.hasFeature(key)`, `flagsmith.getValue(key)` (same ambiguous `getValue`),
  // server `flags.isFeatureEnabled(key)` / `getFeatureValue(key)` (listed above); React
  // `useFlags(['a', 'b'])` takes an array of keys (each element counts).
  ...call('flagsmith', ['hasFeature', 'useFlags']),

  // Statsig: `checkGate('gate')` in the client SDK, `checkGate(user, 'gate')` on the server
  // (fallbackArgument); experiments, configs and layers; React `useGate`, `useExperiment`…
  // `getConfig`/`getLayer` are ambiguous names: flag-client receiver required.
  ...call('statsig', ['checkGate', 'getFeatureGate', 'getExperiment'], { fallbackArgument: 1 }),
  ...call('statsig', ['getConfig', 'getDynamicConfig', 'getLayer'], {
    receiver: 'flag-client',
    fallbackArgument: 1,
  }),
  ...call('statsig', [
    'useGate',
    'useFeatureGate',
    'useGateValue',
    'useExperiment',
    'useDynamicConfig',
    'useLayer',
  ]),

  // Generic helpers many projects write or wrap: `isEnabled`, `useFlag`, `isFeatureEnabled` above,
  // plus these. (`getFlag`/`hasFlag` are left out on purpose: CLI argument parsers use them.)
  ...call('generic', ['isFlagEnabled', 'isFeatureOn']),
];
