import { closest, distance } from 'fastest-levenshtein';

/**
 * The candidate `word` is plausibly a typo of (at most 2 edits, or a third of its length), else undefined: a
 * did-you-mean that names something far away (`x` → `flags`) sends the user the wrong way.
 */
export function closeMatch(word: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const best = closest(word, [...candidates]);
  return distance(word, best) <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}
