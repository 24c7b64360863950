import type { KeyTransform } from '../config.js';

/**
 * SDKs that expose flags as properties rename the keys (`new-checkout` → `newCheckout`). The
 * scanner maps a property back by transforming every *declared* key the same way and comparing,
 * because the forward direction is lossy (`new-checkout`, `new_checkout` and `newCheckout` all
 * camelCase to `newCheckout`).
 */

function words(key: string): string[] {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
}

/**
 * Words as lodash's `camelCase` splits them — what LaunchDarkly's React SDK uses
 * (`lodash.camelcase`): lower-case runs with an optional capital, capital runs (`XMLParser` →
 * `XML`, `Parser`) and digit runs. Each word is then lower-cased, so `SHOUTY_FLAG` → `shoutyFlag`.
 */
function lodashWords(key: string): string[] {
  return key.match(/[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+/g) ?? [];
}

const capitalize = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();

export function transformKey(key: string, transform: KeyTransform): string {
  switch (transform) {
    case 'none':
      return key;
    case 'camelCase':
      return lodashWords(key)
        .map((x, i) => (i === 0 ? x.toLowerCase() : capitalize(x)))
        .join('');
    case 'PascalCase':
      return lodashWords(key).map(capitalize).join('');
    case 'snake_case':
      return words(key)
        .map((x) => x.toLowerCase())
        .join('_');
    case 'UPPER_SNAKE':
      return words(key)
        .map((x) => x.toUpperCase())
        .join('_');
    case 'kebab-case':
      return words(key)
        .map((x) => x.toLowerCase())
        .join('-');
  }
}

/** A best guess when no declared key matches: kebab-case is what most registries use. */
export function guessKey(property: string, transform: KeyTransform): string {
  if (transform === 'none') return property;
  return words(property)
    .map((x) => x.toLowerCase())
    .join('-');
}

/** Maps property names back to declared keys for one transform; built once per transform. */
export class KeyMapper {
  private readonly byTransform = new Map<KeyTransform, Map<string, string>>();
  private readonly declaredSet: ReadonlySet<string>;

  constructor(private readonly declared: readonly string[]) {
    this.declaredSet = new Set(declared);
  }

  toKey(property: string, transform: KeyTransform): string {
    if (transform === 'none') return property;
    let map = this.byTransform.get(transform);
    if (!map) {
      map = new Map();
      for (const key of this.declared) {
        const t = transformKey(key, transform);
        if (!map.has(t)) map.set(t, key);
      }
      this.byTransform.set(transform, map);
    }
    if (this.declaredSet.has(property)) return property;
    return map.get(property) ?? guessKey(property, transform);
  }
}
