/**
 * Follow the sun: one regional schedule per office, each covering its office hours in its own zone, and one
 * policy level paging all of them. A stretch between two regions' hours where none of them has anyone on is
 * a hole in that level, at the UTC minutes the zones' clocks (and their DST changes) put it.
 */
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.js';
import type { Finding } from '../../src/findings.js';
import { oncallModule } from '../../src/oncall/module.js';
import { diffFromPullFiles } from '../../src/repo/diff.js';
import { memoryRepo } from '../../src/repo/memory.js';
import { contextFor, pullRequestContextFor } from '../support/modules.js';

const P = 'oncall/schedules.yml';

const SUN = `# Support engineering: follow the sun across three offices.
schedules:
  apac:
    timezone: Asia/Singapore
    coverage: &office [{ days: [mon, tue, wed, thu, fri], from: '08:00', to: '16:00' }]
    layers:
      - { start: 2027-03-01T08:00, shift: 1w, members: ['@wei', '@ananya'], restrictions: *office }
  emea:
    timezone: Europe/London
    coverage: &london [{ days: [mon, tue, wed, thu, fri], from: '09:00', to: '17:00' }]
    layers:
      - { start: 2027-03-01T09:00, shift: 1w, members: ['@oisin', '@marta'], restrictions: *london }
  amer:
    timezone: America/New_York
    coverage: *london
    layers:
      - { start: 2027-03-01T09:00, shift: 1w, members: ['@dana', '@luis'], restrictions: *london }
policies:
  support:
    levels:
      - notify: [{ schedule: apac }, { schedule: emea }, { schedule: amer }]
      - { after: 30m, notify: ['@acme/support-leads'] }
`;

async function holes(yaml: string, now: string, days = 28): Promise<Finding[]> {
  const { config } = parseConfig(`oncall:\n  horizonDays: ${days}\n`, '.github/ops-steward.yml');
  const findings = await oncallModule.check(
    contextFor(memoryRepo({ [P]: yaml }), config, new Date(now)),
  );
  return findings.filter((f) => f.ruleId === 'oncall/coverage-gap');
}

describe('follow-the-sun holes between regions', () => {
  it('reports each hole between regions at its UTC minutes, across the US and the UK DST changes', async () => {
    // Monday 8 March 2027: New York moves to EDT on 14 March, London to BST on 28 March.
    const found = await holes(SUN, '2027-03-08T12:00:00Z');
    // Each hole as its first UTC minute and length.
    const spans = found.map(
      (f) =>
        `${new Date(f.order!).toISOString().slice(5, 16)} ${/\((\d+) h\)/.exec(f.message)![1]}h`,
    );
    const weekdays = (days: number[], time: string, length: string) =>
      days.map((d) => `03-${String(d).padStart(2, '0')}T${time} ${length}`);
    expect([...spans].sort()).toEqual(
      [
        // New York 17:00 is 22:00 UTC (EST), then 21:00 (EDT, from 14 March); Singapore 08:00 is 00:00 UTC.
        ...weekdays([8, 9, 10, 11], '22:00', '2h'),
        ...weekdays([15, 16, 17, 18, 22, 23, 24, 25, 29, 30, 31], '21:00', '3h'),
        '04-01T21:00 3h',
        // Singapore 16:00 is 08:00 UTC; London 09:00 is 09:00 UTC until its clocks go forward on 28 March.
        ...weekdays([9, 10, 11, 12, 15, 16, 17, 18, 19, 22, 23, 24, 25, 26], '08:00', '1h'),
      ].sort(),
    );
    expect(found.every((f) => f.line === 21 && f.column === 9)).toBe(true);
    expect(found[0]!.message).toBe(
      'policy "support" level 1 (follow the sun: apac, emea, amer) has nobody on call from Mon 8 Mar 2027 17:00 America/New_York (22:00 UTC) until Tue 9 Mar 2027 08:00 Asia/Singapore (00:00 UTC) (2 h): after the coverage of amer, before that of apac',
    );
    expect(found[1]!.message).toBe(
      'policy "support" level 1 (follow the sun: apac, emea, amer) has nobody on call from Tue 9 Mar 2027 16:00 Asia/Singapore (08:00 UTC) until Tue 9 Mar 2027 09:00 Europe/London (09:00 UTC) (1 h): after the coverage of apac, before that of emea',
    );
  });

  it('does not count the weekend, which no region covers, nor a level with someone named directly', async () => {
    const found = await holes(SUN, '2027-03-08T12:00:00Z');
    expect(found.some((f) => / Fri .*America\/New_York .* until Mon /.test(f.message))).toBe(false);
    const withLead = SUN.replace(
      '{ schedule: amer }]',
      "{ schedule: amer }, '@acme/support-duty']",
    );
    expect(await holes(withLead, '2027-03-08T12:00:00Z')).toEqual([]);
  });

  it('counts someone on outside their region’s hours: an evening layer of the Americas shortens the hole', async () => {
    const evenings = SUN.replace(
      "      - { start: 2027-03-01T09:00, shift: 1w, members: ['@dana', '@luis'], restrictions: *london }",
      "      - { start: 2027-03-01T09:00, shift: 1w, members: ['@dana', '@luis'], restrictions: *london }\n" +
        "      - { start: 2027-03-01T17:00, shift: 1d, members: ['@sam'], restrictions: [{ days: [mon, tue, wed, thu, fri], from: '17:00', to: '18:30' }] }",
    );
    expect(evenings).not.toBe(SUN);
    const found = await holes(evenings, '2027-03-08T12:00:00Z', 2);
    // New York 18:30 EST is 23:30 UTC: half an hour before Singapore starts.
    expect(found.map((f) => /from (.*?) until/.exec(f.message)![1])).toEqual([
      'Mon 8 Mar 2027 18:30 America/New_York (23:30 UTC)',
      'Tue 9 Mar 2027 16:00 Asia/Singapore (08:00 UTC)',
      'Tue 9 Mar 2027 18:30 America/New_York (23:30 UTC)',
      'Wed 10 Mar 2027 16:00 Asia/Singapore (08:00 UTC)',
    ]);
  });

  it('has no hole when the regions’ hours overlap', async () => {
    const overlapping = SUN.replace(
      "from: '08:00', to: '16:00'",
      "from: '07:00', to: '18:00'",
    ).replace(
      "coverage: *london\n    layers:\n      - { start: 2027-03-01T09:00, shift: 1w, members: ['@dana', '@luis'], restrictions: *london }",
      "coverage: &late [{ days: [mon, tue, wed, thu, fri], from: '09:00', to: '21:00' }]\n    layers:\n      - { start: 2027-03-01T09:00, shift: 1w, members: ['@dana', '@luis'], restrictions: *late }",
    );
    expect(await holes(overlapping, '2027-03-08T12:00:00Z')).toEqual([]);
  });

  it('reports on a pull request the holes its change of one region’s hours opens', async () => {
    // The Americas office moves from 09:00–17:00 to 13:00–21:00 New York: London's 17:00 no longer meets it.
    const head = SUN.replace(
      "    coverage: *london\n    layers:\n      - { start: 2027-03-01T09:00, shift: 1w, members: ['@dana', '@luis'], restrictions: *london }",
      "    coverage: &ny [{ days: [mon, tue, wed, thu, fri], from: '13:00', to: '21:00' }]\n    layers:\n      - { start: 2027-03-01T13:00, shift: 1w, members: ['@dana', '@luis'], restrictions: *ny }",
    );
    expect(head).not.toBe(SUN);
    const { config } = parseConfig('oncall:\n  horizonDays: 7\n', '.github/ops-steward.yml');
    const ctx = pullRequestContextFor(
      memoryRepo({ [P]: head }),
      memoryRepo({ [P]: SUN }),
      diffFromPullFiles([
        {
          filename: P,
          status: 'modified',
          patch:
            '@@ -14,3 +14,3 @@\n     timezone: America/New_York\n-    coverage: *london\n+    coverage: &ny\n',
        },
      ]),
      config,
      new Date('2027-03-08T12:00:00Z'),
    );
    const review = await oncallModule.pullRequest!(ctx);
    const holes = review.findings.filter((f) => f.message.includes('before that of amer'));
    // London ends 17:00 GMT (17:00 UTC), New York starts 13:00 EST (18:00 UTC).
    expect(
      holes.map((f) =>
        f.message.replace(/^.* from (.*?) until (.*?) \((\d+) h\).*$/, '$1 → $2 $3h'),
      ),
    ).toEqual(
      [8, 9, 10, 11, 12].map((d) => {
        const day = `${['Mon', 'Tue', 'Wed', 'Thu', 'Fri'][d - 8]} ${d} Mar 2027`;
        return `${day} 17:00 Europe/London (17:00 UTC) → ${day} 13:00 America/New_York (18:00 UTC) 1h`;
      }),
    );
    expect(holes.every((f) => f.line === 21)).toBe(true);
  });
});
