import { JSDOM } from 'jsdom';
import type MermaidApi from 'mermaid';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.js';
import { formatLocation } from '../../src/findings.js';
import { ganttChart } from '../../src/oncall/comment.js';
import { oncallModule } from '../../src/oncall/module.js';
import { parseOnCall } from '../../src/oncall/parse.js';
import { scheduleTimeline } from '../../src/oncall/timeline.js';
import { diffFromPullFiles } from '../../src/repo/diff.js';
import type { PullFileEntry } from '../../src/repo/diff.js';
import { UnreadableFileError } from '../../src/repo/errors.js';
import { memoryRepo } from '../../src/repo/memory.js';
import { pullRequestContextFor } from '../support/modules.js';

const P = 'oncall/schedules.yml';

const BASE = [
  'timezone: Europe/Berlin', // 1
  'schedules:', // 2
  '  primary:', // 3
  '    layers:', // 4
  '      - name: weekly', // 5
  '        start: 2026-11-30T09:00', // 6
  '        shift: 1w', // 7
  '        members: ["@ann", "@ben"]', // 8
  '    overrides:', // 9
  '      - { who: "@cem", from: 2026-12-04T18:00, to: 2026-12-07T09:00 }', // 10
  '  secondary:', // 11
  '    layers:', // 12
  '      - { start: 2026-11-30T09:00, shift: 1w, members: ["@ben", "@ann"] }', // 13
  'policies:', // 14
  '  shop:', // 15
  '    levels:', // 16
  '      - notify: [{ schedule: primary }]', // 17
  '      - after: 10m', // 18
  '        notify: [{ schedule: secondary }]', // 19
  '',
].join('\n');

// The layer now ends on Friday 11 December, and @ben (secondary that week) takes the weekend override.
const HEAD = BASE.replace(
  '        start: 2026-11-30T09:00\n        shift: 1w',
  '        start: 2026-11-30T09:00\n        end: 2026-12-11T18:00\n        shift: 1w',
).replace('who: "@cem"', 'who: "@ben"');

/** As GitHub's `GET /repos/{owner}/{repo}/pulls/{n}/files` lists the change. */
const FILES: PullFileEntry[] = [
  {
    filename: P,
    status: 'modified',
    patch: [
      '@@ -4,7 +4,8 @@ schedules:',
      '     layers:',
      '       - name: weekly',
      '         start: 2026-11-30T09:00',
      '+        end: 2026-12-11T18:00',
      '         shift: 1w',
      '         members: ["@ann", "@ben"]',
      '     overrides:',
      '-      - { who: "@cem", from: 2026-12-04T18:00, to: 2026-12-07T09:00 }',
      '+      - { who: "@ben", from: 2026-12-04T18:00, to: 2026-12-07T09:00 }',
    ].join('\n'),
  },
];

async function review(head: string, base: string, files = FILES) {
  const { config } = parseConfig('', '.github/ops-steward.yml');
  const ctx = pullRequestContextFor(
    memoryRepo({ [P]: head }),
    memoryRepo({ [P]: base }),
    diffFromPullFiles(files),
    config,
    new Date('2026-11-30T00:00:00Z'),
  );
  return oncallModule.pullRequest!(ctx);
}

let mermaid: typeof MermaidApi;

beforeAll(async () => {
  // Mermaid sanitises labels with DOMPurify, which needs a DOM; its parser is what this test is about.
  const { window } = new JSDOM('');
  Object.assign(globalThis, { window, document: window.document });
  mermaid = (await import('mermaid')).default;
});

/** The tasks Mermaid's own gantt parser reads from the chart, with their local start and end. */
async function ganttTasks(
  chart: string,
): Promise<{ section: string; task: string; from: string; to: string }[]> {
  await mermaid.parse(chart);
  const diagram = await mermaid.mermaidAPI.getDiagramFromText(chart);
  const db = diagram.db as unknown as {
    getTasks(): { section: string; task: string; startTime: Date; endTime: Date }[];
  };
  const local = (d: Date): string =>
    `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')} ` +
    `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
  return db.getTasks().map((t) => ({
    section: t.section,
    task: t.task,
    from: local(t.startTime),
    to: local(t.endTime),
  }));
}

describe('oncall pullRequest', () => {
  it('annotates what the change introduces: the gap on its first changed line, a new double booking', async () => {
    const { findings } = await review(HEAD, BASE);
    expect(
      findings.map((f) => `${f.severity} ${f.ruleId} ${formatLocation(f)} ${f.message}`),
    ).toEqual([
      `error oncall/coverage-gap ${P}:7:1 this pull request leaves schedule "primary" with nobody on call from Fri 11 Dec 2026 18:00 Europe/Berlin (17:00 UTC) until at least the end of the 56 days checked (oncall.horizonDays) (1063 h or more)`,
      // Not on a changed line, but new: the change gives @ben the only weekend of the rotation.
      `warning oncall/unfair-load ${P}:9:27 @ben carries more than 1.5× the median of layer "weekly" of schedule "primary" in the next 56 days: 48 h on weekends (median 24 h, 2.0×)`,
      `warning oncall/double-booked ${P}:19:9 policy "shop": @ben is on level 1 (schedule primary) and level 2 (schedule secondary) at the same time, first from Fri 4 Dec 2026 18:00 Europe/Berlin (17:00 UTC) until Mon 7 Dec 2026 09:00; 63 h in the next 56 days: when they miss the page, the escalation pages them again`,
    ]);
    // The gap before the first handoff (30 Nov, 01:00–09:00) was there before: not this change's doing.
  });

  it('the section shows the next 14 days before vs after, changed rows marked, and a gantt chart', async () => {
    const { section } = await review(HEAD, BASE);
    expect(section?.title).toBe('On-call: who is on call before and after this change');
    const md = section!.markdown;
    expect(md).toContain('#### `primary` (Europe/Berlin)');
    expect(md).not.toContain('`secondary`');
    expect(md.split('\n').filter((l) => l.startsWith('| '))).toEqual([
      '|  | From | To | Before | After |',
      '| --- | --- | --- | --- | --- |',
      '| _nobody_ | Mon 30 Nov 01:00 | Mon 30 Nov 09:00 | _nobody_ | _nobody_ |'.replace(
        '| _nobody_ | Mon',
        '|  | Mon',
      ),
      '|  | Mon 30 Nov 09:00 | Fri 4 Dec 18:00 | `@ann` | `@ann` |',
      '| ✏️ **changed** | Fri 4 Dec 18:00 | Mon 7 Dec 09:00 | `@cem` | `@ben` |',
      '|  | Mon 7 Dec 09:00 | Fri 11 Dec 18:00 | `@ben` | `@ben` |',
      '| ✏️ **changed** | Fri 11 Dec 18:00 | Mon 14 Dec 01:00 | `@ben` | _nobody_ |',
    ]);
    const chart = /```mermaid\n([\s\S]*?)\n```/.exec(md)?.[1];
    expect(chart).toBeDefined();
    expect(await ganttTasks(chart!)).toEqual([
      {
        section: 'nobody on call',
        task: 'nobody on call',
        from: '2026-11-30 01:00',
        to: '2026-11-30 09:00',
      },
      {
        section: 'nobody on call',
        task: 'nobody on call',
        from: '2026-12-11 18:00',
        to: '2026-12-14 01:00',
      },
      { section: '@ann', task: '@ann', from: '2026-11-30 09:00', to: '2026-12-04 18:00' },
      { section: '@ben', task: '@ben', from: '2026-12-04 18:00', to: '2026-12-11 18:00' },
    ]);
  });

  it('a base version that cannot be read is a note; the head is still shown, and nothing is claimed as new', async () => {
    const { config } = parseConfig('', '.github/ops-steward.yml');
    const ctx = pullRequestContextFor(
      memoryRepo({ [P]: HEAD }),
      memoryRepo({}),
      diffFromPullFiles(FILES),
      config,
      new Date('2026-11-30T00:00:00Z'),
    );
    const review = await oncallModule.pullRequest!({
      ...ctx,
      base: {
        read: () => Promise.reject(new UnreadableFileError(`${P} at the base commit is over 1 MB`)),
      },
    });
    expect(review.notes).toEqual([
      `${P} at the base commit is over 1 MB; the on-call timeline is shown without its version before this change.`,
    ]);
    // Without the base nothing can be called new: only findings on changed lines count, and none sits there
    // (the gap is on the schedule's line 3, the double booking on the policy's line 19).
    expect(review.findings).toEqual([]);
    expect(review.section?.markdown).toContain(
      'Who is on call after this change (its version before could not be read) in the next 14 days',
    );
  });

  it('a change that moves no one says so; an untouched on-call file is not reviewed', async () => {
    const comment = BASE.replace('  primary:\n', '  primary: # the checkout rotation\n');
    const files: PullFileEntry[] = [
      {
        filename: P,
        status: 'modified',
        patch: '@@ -3 +3 @@ schedules:\n-  primary:\n+  primary: # the checkout rotation',
      },
    ];
    const quiet = await review(comment, BASE, files);
    expect(quiet.findings).toEqual([]);
    expect(quiet.section?.markdown).toBe(
      'This change does not change who is on call in the next 14 days.',
    );
    const other = await review(HEAD, BASE, [
      { filename: 'README.md', status: 'modified', patch: '@@ -1 +1 @@\n-a\n+b' },
    ]);
    expect(other).toEqual({ findings: [] });
  });

  it('names with Mermaid syntax in them still give a chart Mermaid parses', async () => {
    const { model } = parseOnCall(
      'timezone: UTC\nschedules:\n  x:\n    layers: [{ start: 2026-11-30T00:00, shift: 1d, members: ["ops: night; #1 %% ```", "@a"] }]\n',
      P,
    );
    const s = model.schedules.get('x')!;
    const chart = ganttChart(
      'x: after; #2',
      scheduleTimeline(s, Date.parse('2026-11-30T00:00Z'), Date.parse('2026-12-02T00:00Z')),
      'UTC',
    );
    expect((await ganttTasks(chart)).map((t) => t.task)).toEqual(['ops night 1', '@a']);
  });
});
