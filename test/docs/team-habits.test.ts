import { describe, expect, it } from 'vitest';
import { GOOD_POSTMORTEM, GOOD_RUNBOOK } from './fixtures.js';
import { columnOf, findingsOf, lineOf, shown, timelineOf } from './helpers.js';

/**
 * Habits of teams the earlier rounds did not try: a timeline told in UTC and again in local time,
 * action items as a task list or a table with an owner column, Windows paths, links in tables.
 */

const PM = 'docs/postmortems/2026-10-14-checkout-unavailable.md';
const RB = 'docs/runbooks/checkout-error-rate.md';

const withActionItems = (body: string): string =>
  GOOD_POSTMORTEM.replace(
    /## Action items\n\n[\s\S]*?\n\n## Lessons/,
    `## Action items\n\n${body}\n\n## Lessons`,
  );

describe('a postmortem with two timelines, in UTC and in local time', () => {
  it('each subheading that names a clock starts its own order', async () => {
    const { found } = await timelineOf(PM, [
      '### UTC',
      '',
      '- 2026-10-14 13:58 UTC: deploy of checkout v412 starts.',
      '- 14:05: `checkout-error-rate` pages the checkout on-call.',
      '- 14:47: error rate back to normal.',
      '',
      '### Local time (PDT)',
      '',
      '- 06:58 PDT: deploy of checkout v412 starts.',
      '- 07:05: `checkout-error-rate` pages the checkout on-call.',
      '- 07:47: error rate back to normal.',
    ]);
    expect(found).toEqual([]);
  });

  it('within each, an entry out of order is still reported', async () => {
    const { text, found } = await timelineOf(PM, [
      '### Timeline (UTC)',
      '',
      '- 2026-10-14 13:58: deploy starts.',
      '- 14:47: error rate back to normal.',
      '',
      '### Timeline (CEST)',
      '',
      '- 15:58: deploy starts.',
      '- 16:47: error rate back to normal.',
      '- 16:05: pages fire.',
    ]);
    expect(found).toEqual([
      [lineOf(text, '- 16:05'), 'timeline entry 16:05 is earlier than the entry before it (16:47)'],
    ]);
  });

  it('a phase subheading keeps one order across phases', async () => {
    const { text, found } = await timelineOf(PM, [
      '### Detection',
      '',
      '- 2026-10-14 13:58 UTC: deploy starts.',
      '- 14:05: pages fire.',
      '',
      '### Response',
      '',
      '- 13:50: rollback starts.',
    ]);
    expect(found).toEqual([
      [lineOf(text, '- 13:50'), 'timeline entry 13:50 is earlier than the entry before it (14:05)'],
    ]);
  });
});

describe('action items as a GFM task list', () => {
  it('each checkbox item needs an owner and a tracking reference', async () => {
    const text = withActionItems(
      [
        '- [ ] @alice move payment config into the repository (#482)',
        '- [x] @bob fail the deploy on a missing key ([PAY-118](https://acme.atlassian.net/browse/PAY-118))',
        '- [ ] add a staging/production config diff to CI (#490)',
        '- [ ] @acme/sre review the on-call handbook',
      ].join('\n'),
    );
    expect(shown(await findingsOf(PM, text))).toEqual([
      [
        'docs/action-item-owner',
        lineOf(text, 'add a staging'),
        1,
        'action item "add a staging/production config diff to CI (#490)" names no owner (@user or @org/team)',
      ],
      [
        'docs/action-item-link',
        lineOf(text, 'review the on-call'),
        1,
        'action item "@acme/sre review the on-call handbook" has no tracking link or issue reference (#123, OPS-42, a URL)',
      ],
    ]);
  });
});

describe('action items in a table with an owner column', () => {
  for (const header of ['Owner', 'DRI', 'Assignee']) {
    it(`a row whose ${header} is no @handle is reported at that cell, quoting the action`, async () => {
      const text = withActionItems(
        [
          `| ${header} | Action | Ticket |`,
          '| --- | --- | --- |',
          '| @alice | Move payment config into the repository | #482 |',
          '| Bob | Fail the deploy on a missing config key | PAY-118 |',
          '|  | Add a config diff to CI | #490 |',
        ].join('\n'),
      );
      expect(shown(await findingsOf(PM, text))).toEqual([
        [
          'docs/action-item-owner',
          lineOf(text, '| Bob'),
          3,
          `action item "Fail the deploy on a missing config key" names no owner (@user or @org/team): its ${header} cell says "Bob"`,
        ],
        [
          'docs/action-item-owner',
          lineOf(text, 'Add a config diff'),
          1,
          'action item "Add a config diff to CI" names no owner (@user or @org/team)',
        ],
      ]);
    });
  }
});

describe('links written with Windows separators', () => {
  it('are broken on GitHub, and the finding says how to write them', async () => {
    const text = GOOD_POSTMORTEM.replace(
      'No data was lost.',
      'No data was lost. See [the runbook](..\\runbooks\\checkout-error-rate.md).',
    );
    expect(shown(await findingsOf(PM, text, { [RB]: GOOD_RUNBOOK }))).toEqual([
      [
        'docs/broken-link',
        lineOf(text, '[the runbook]'),
        columnOf(text, '[the runbook]'),
        'link ..\\runbooks\\checkout-error-rate.md points at docs/postmortems/..\\runbooks\\checkout-error-rate.md, which does not exist (write / between folders: ../runbooks/checkout-error-rate.md; GitHub reads \\ as part of a name)',
      ],
    ]);
  });
});

describe('links in tables', () => {
  it('are checked, each at its cell', async () => {
    const text = GOOD_RUNBOOK.replace(
      '## Mitigation\n\n',
      [
        '## Mitigation\n',
        '| Step | Runbook |',
        '| --- | --- |',
        '| Drain the node | [drain](./drain-node.md) |',
        '| Fail over | [Postgres](./postgres-failover.md#promote-the-replica) |',
        '',
        '',
      ].join('\n'),
    );
    const files = {
      'docs/runbooks/postgres-failover.md': '# Postgres failover\n\n## Promote the replica\n',
    };
    expect(shown(await findingsOf(RB, text, files))).toEqual([
      [
        'docs/broken-link',
        lineOf(text, '[drain]'),
        columnOf(text, '[drain]'),
        'link ./drain-node.md points at docs/runbooks/drain-node.md, which does not exist',
      ],
    ]);
  });
});

describe('duplicate headings', () => {
  it('take GitHub’s -1 anchors, and an anchor past the last one is broken', async () => {
    const text = `${GOOD_RUNBOOK}
## Notes

Drain before a failover.

## Notes

See [the first](#notes), [this one](#notes-1) and [a third](#notes-2).
`;
    expect(shown(await findingsOf(RB, text))).toEqual([
      [
        'docs/broken-link',
        lineOf(text, '[a third]'),
        columnOf(text, '[a third]'),
        'link #notes-2 matches no heading of this document',
      ],
    ]);
  });
});

describe('a template section marked optional with sub-headings', () => {
  const TEMPLATE = `# {{ title }}

## Summary

{{ What happened }}

## Appendix
<!-- ops-steward: optional -->

### Graphs

{{ Snapshots of the dashboards }}

### Logs

{{ The log lines that show it }}
`;
  const files = { '.github/ops-steward/postmortem.md': TEMPLATE };

  it('may be left out with its sub-headings', async () => {
    const text = '# Checkout down\n\n## Summary\n\nCheckout failed for 42 minutes.\n';
    expect(shown(await findingsOf(PM, text, files))).toEqual([]);
  });

  it('once written, asks for its sub-headings, where they belong', async () => {
    const text =
      '# Checkout down\n\n## Summary\n\nCheckout failed for 42 minutes.\n\n## Appendix\n\n### Logs\n\nSee below.\n';
    expect(shown(await findingsOf(PM, text, files))).toEqual([
      [
        'docs/missing-section',
        lineOf(text, '### Logs'),
        1,
        'missing section ### Graphs (it belongs before "Logs")',
      ],
    ]);
  });
});
