import { describe, expect, it } from 'vitest';
import { changeSectionMarkdown } from '../../src/oncall/comment.js';
import type { Shift } from '../../src/oncall/timeline.js';

const HOUR = 3_600_000;
const START = Date.parse('2026-12-02T00:00:00Z');

/** Hourly shifts over two weeks, handed between two people (`offset` picks who starts). */
function hourly(offset: number): Shift[] {
  return Array.from({ length: 14 * 24 }, (_, i) => ({
    from: START + i * HOUR,
    to: START + (i + 1) * HOUR,
    who: (i + offset) % 2 === 0 ? '@amy' : '@bo',
  }));
}

describe('changeSectionMarkdown', () => {
  it('keeps the first rows of a table too long for its room, and says how many more there are and where', () => {
    const change = { name: 'ledger', zone: 'UTC', before: hourly(0), after: hourly(1) };
    const whole = changeSectionMarkdown([change], true, Infinity);
    const markdown = changeSectionMarkdown([change], true, 3000);
    expect(markdown.length).toBeLessThanOrEqual(3000);
    const more =
      /_… and (\d+) more rows: `ops-steward oncall timeline --schedule ledger` lists every shift\._$/.exec(
        markdown,
      );
    expect(more).not.toBeNull();
    // The rows kept are the whole table's first ones, and with those left out they make the whole table.
    const rowsOf = (text: string): string[] => text.split('\n').filter((l) => l.startsWith('|'));
    const kept = rowsOf(markdown);
    const all = rowsOf(whole);
    expect(kept.length).toBeGreaterThan(2);
    expect(all.slice(0, kept.length)).toEqual(kept);
    expect(kept.length + Number(more![1])).toBe(all.length);
    // As many as fit: the next room that keeps one row more no longer fits in 3,000.
    let room = 3000;
    let next = markdown;
    while (rowsOf(next).length === kept.length)
      next = changeSectionMarkdown([change], true, ++room);
    expect(rowsOf(next).length).toBe(kept.length + 1);
    expect(next.length).toBeGreaterThan(3000);
    // No half chart: the chart goes with the rows.
    expect(markdown).not.toContain('```mermaid');
  });
  it("keeps a schedule's name in code where it names the command, whatever backticks it holds", () => {
    const change = { name: 'ledger`x', zone: 'UTC', before: hourly(0), after: hourly(1) };
    const markdown = changeSectionMarkdown([change], true, 3000);
    expect(markdown).toContain(
      '``ops-steward oncall timeline --schedule ledger`x`` lists every shift._',
    );
  });
});
