/**
 * A number the App reads from its environment at start: undefined when unset or blank; a value outside
 * its range throws with the variable's name, so a bad setting stops the process before it takes work.
 */
export function numberFromEnv(
  env: Readonly<Record<string, string | undefined>>,
  name: string,
  range: {
    /** Digits only (no sign, point or exponent). */
    whole: boolean;
    min: number;
    max?: number;
    /** How the error says what is wanted: `a whole number of seconds from 1 to 3600`. */
    expected: string;
  },
): number | undefined {
  const raw = env[name]?.trim();
  if (!raw) return undefined;
  const n = range.whole && !/^\d+$/.test(raw) ? Number.NaN : Number(raw);
  const fits = range.whole ? Number.isSafeInteger(n) : Number.isFinite(n);
  if (!fits || n < range.min || (range.max !== undefined && n > range.max))
    throw new Error(`${name} must be ${range.expected}, got "${raw}"`);
  return n;
}
