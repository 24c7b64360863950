/**
 * What "the whole registry" is, for telling one read of many keys (a loop over the registry, a
 * parameter typed with its whole key type) from reads of a few named keys (`'a' | 'b'`).
 *
 * A set of keys is the whole registry when it holds every key of a code-declared registry, or
 * nearly every key declared in total (WHOLE_SHARE: a key type that lags the registry by a flag or
 * two is still the registry's type, and a list of a few keys out of many is not).
 */
export const WHOLE_SHARE = 0.9;
const MIN_KEYS = 2;

export class RegistryScope {
  private readonly declared: ReadonlySet<string>;

  constructor(
    declared: readonly string[],
    private readonly codeRegistries: ReadonlyArray<readonly string[]> = [],
  ) {
    this.declared = new Set(declared);
  }

  isWhole(keys: ReadonlySet<string>): boolean {
    if (keys.size < MIN_KEYS) return false;
    for (const reg of this.codeRegistries)
      if (reg.length >= MIN_KEYS && reg.every((k) => keys.has(k))) return true;
    if (this.declared.size < MIN_KEYS) return false;
    let covered = 0;
    for (const k of this.declared) if (keys.has(k)) covered++;
    return covered >= Math.ceil(this.declared.size * WHOLE_SHARE);
  }
}
