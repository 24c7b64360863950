import { describe, expect, it } from 'vitest';
import { sortFindings } from '../../src/findings.js';
import type { Finding } from '../../src/findings.js';

const at = (message: string, order?: number): Finding => ({
  ruleId: 'docs/missing-section',
  severity: 'error',
  message,
  file: 'docs/postmortems/a.md',
  line: 9,
  column: 1,
  ...(order === undefined ? {} : { order }),
});

describe('sortFindings at one place', () => {
  it("keeps a check's own order before the message, and findings without one after those with one", () => {
    const sorted = sortFindings([
      at('no "Zeta" section'),
      at('no "Timeline" section', 2),
      at('no "Alpha" section'),
      at('no "Summary" section', 1),
    ]);
    expect(sorted.map((f) => f.message)).toEqual([
      'no "Summary" section',
      'no "Timeline" section',
      'no "Alpha" section',
      'no "Zeta" section',
    ]);
  });

  it('sorts the same findings the same whatever order they came in', () => {
    const list = [at('b', 3), at('a'), at('c', 1)];
    expect(sortFindings([...list].reverse())).toEqual(sortFindings(list));
  });
});
