import type { KeyTransform } from '../../config/types.js';

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

export function transformKey(key: string, transform: KeyTransform): string {
  switch (transform) {
    case 'none':
      return key;
    case 'camelCase': {
      // LaunchDarkly's rule: only the separators go; letters after them are upper-cased.
      const w = words(key);
      return w
        .map((x, i) =>
          i === 0 ? x.charAt(0).toLowerCase() + x.slice(1) : x.charAt(0).toUpperCase() + x.slice(1),
        )
        .join('');
    }
    case 'PascalCase':
      return words(key)
        .map((x) => x.charAt(0).toUpperCase() + x.slice(1))
        .join('');
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
