import { describe, expect, it } from 'vitest';
import { possibleReads } from '../../../src/flags/scanner/undecodable.js';

/**
 * A file saved as Latin-1 (a legacy French or Spanish code base) decodes with U+FFFD in place of every
 * accented letter: tens of thousands of damaged words in one file at the size cap. Finding which declared
 * keys they may stand for must stay linear in the file, and each possible read must sit at its word.
 */
describe('possibleReads on a file with many replaced bytes', () => {
  const keys = Array.from({ length: 200 }, (_, i) => `legacy-report-${i}`);

  it('points at the damaged word, CRLF line endings included', () => {
    const text = [
      '// r\uFFFDsum\uFFFD du rapport',
      "if (isEnabled('legacy-rep\uFFFDrt-7')) {",
      '  render();',
      "} else if (isEnabled('legacy-report-1\uFFFD')) {}",
    ].join('\r\n');
    const reads = possibleReads('src/rapport.js', text, keys);
    expect(reads.map((r) => [r.key, r.line, r.column])).toEqual([
      ['legacy-report-7', 2, 16],
      ['legacy-report-1', 4, 23],
      ...Array.from({ length: 10 }, (_, i) => [`legacy-report-1${i}`, 4, 23]),
      ...Array.from({ length: 100 }, (_, i) => [
        `legacy-report-1${String(i).padStart(2, '0')}`,
        4,
        23,
      ]),
    ]);
  });

  it('takes well under a second of CPU for 1 MiB of Latin-1 comments', () => {
    const lines = Array.from(
      { length: 26_000 },
      (_, i) => `  // r\uFFFDsum\uFFFD de l'op\uFFFDration num\uFFFDro ${i}`,
    );
    const text = lines.join('\n');
    expect(text.length).toBeGreaterThan(1_000_000);
    const start = process.cpuUsage();
    const reads = possibleReads('src/legacy.js', text, keys);
    const cpu = process.cpuUsage(start);
    expect(reads).toEqual([]);
    // Quadratic position lookups took 16 s of CPU here; linear work is a small fraction of one.
    expect((cpu.user + cpu.system) / 1000).toBeLessThan(1_500);
  });
});
