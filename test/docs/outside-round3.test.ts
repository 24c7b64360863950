import { describe, expect, it } from 'vitest';
import { submodulePaths } from '../../src/docs/submodules.js';
import { GOOD_POSTMORTEM, GOOD_RUNBOOK } from './fixtures.js';
import { columnOf, findingsOf, lineOf, shown, timelineOf } from './helpers.js';

/**
 * The outside check's third round: the second round's leftovers (12-hour clocks across noon and
 * midnight, `14h05`, footnote marks in headings, submodule folders, HTML attributes and entities),
 * then shapes of site generators and team habits no round tried.
 */

const PM = 'docs/postmortems/2026-10-14-checkout-unavailable.md';
const RB = 'docs/runbooks/checkout-error-rate.md';

describe('12-hour times across noon and midnight', () => {
  it('11:50 AM, 12:10 PM, 12:30 AM ascend: 12 PM is noon, 12 AM the midnight after it', async () => {
    const { found } = await timelineOf(PM, [
      '- Oct 14, 2026 11:50 AM PDT: deploy of checkout v412 starts.',
      '- 12:10 PM: `checkout-error-rate` pages the checkout on-call (@bob).',
      '- 12:45 PM: rollback to v411 starts.',
      '- 11:55 PM: the nightly reconciliation job fails on the orders from the outage.',
      '- 12:30 AM: @alice reruns the job by hand.',
      '- 1:10 AM: reconciliation done; incident resolved.',
    ]);
    expect(found).toEqual([]);
  });

  it('the three in a row, the last one past midnight', async () => {
    const { found } = await timelineOf(PM, [
      '- 2026-10-14 11:50 AM EDT: deploy of checkout v412 starts.',
      '- 12:10 PM: `checkout-error-rate` pages the checkout on-call.',
      '- 12:30 AM: the nightly export finally succeeds; incident resolved.',
    ]);
    expect(found).toEqual([]);
  });

  it('a PM afternoon followed by AM entries is the next morning, even under 12 hours later', async () => {
    const { found } = await timelineOf(PM, [
      '- 2026-10-14 4:00 PM UTC: the replica falls behind.',
      '- 6:30 PM: lag reaches 40 minutes; @bob pages the database team.',
      '- 7:15 AM: the replica has caught up overnight; incident resolved.',
    ]);
    expect(found).toEqual([]);
  });

  it('an hour alone on a 12-hour clock is a time: ~2pm, 3 PM', async () => {
    const { text, found } = await timelineOf(PM, [
      '- Oct 14, 2026 ~2pm PDT: support sees the first checkout complaints.',
      '- 2:20 PM: `checkout-error-rate` pages the checkout on-call.',
      '- 3 PM: rollback to v411 done.',
      '- 2:45 pm: status page updated.',
    ]);
    expect(found).toEqual([
      [
        lineOf(text, '2:45 pm'),
        'timeline entry 2:45 pm is earlier than the entry before it (3 PM)',
      ],
    ]);
  });

  it('12:10 AM after a morning entry is out of order, and the finding says what 12 AM is', async () => {
    const { text, found } = await timelineOf(PM, [
      '- 2026-10-14 9:40 AM UTC: deploy of checkout v412 starts.',
      '- 11:50 AM: `checkout-error-rate` pages the checkout on-call.',
      '- 12:10 AM: @bob acknowledges.',
    ]);
    expect(found).toEqual([
      [
        lineOf(text, '12:10 AM'),
        'timeline entry 12:10 AM is earlier than the entry before it (11:50 AM): 12 AM is midnight, noon is 12 PM',
      ],
    ]);
  });
});

describe('times written 14h05 and 14.05', () => {
  it('are times, ordered like 14:05', async () => {
    const { text, found } = await timelineOf(PM, [
      '- 2026-10-14 13h58 UTC : déploiement de checkout v412.',
      '- 14h05 : `checkout-error-rate` alerte l’astreinte (@bob).',
      '- 14h30 : retour à v411.',
      '- 14h12 : @bob prend l’alerte.',
    ]);
    expect(found).toEqual([
      [lineOf(text, '14h12'), 'timeline entry 14h12 is earlier than the entry before it (14h30)'],
    ]);
  });

  it('numbers that look dotted (99.95%, 0.25%, 2.30 million) are no times; 14.10 – and 14.20 Rollback are', async () => {
    const { text, found } = await timelineOf(PM, [
      '- 14:05 alerts fire.',
      '- 99.95% availability target missed for the month.',
      '- 0.25% of payments failed.',
      '- 2.30 million requests failed.',
      '- 14.10 – @bob acknowledges.',
      '- 14.20 Rollback to v411.',
      '- 14.15 – error rate back to normal.',
    ]);
    // Entries that start with a number are entries without a time (the marker's rule), not impossible
    // times, and they break no order.
    const untimed = (entry: string): [number, string] => [
      lineOf(text, entry),
      `timeline entry does not start with a time (HH:MM or YYYY-MM-DD HH:MM): "${entry.slice(2)}"`,
    ];
    expect(found).toEqual([
      untimed('- 99.95% availability target missed for the month.'),
      untimed('- 0.25% of payments failed.'),
      untimed('- 2.30 million requests failed.'),
      [lineOf(text, '14.15'), 'timeline entry 14.15 is earlier than the entry before it (14.20)'],
    ]);
  });

  it('11/03 9:32 AM is a date and a time, month first; 14/11/2026 is day first', async () => {
    const { text, found } = await timelineOf(PM, [
      '| Time (PST) | Event |',
      '| --- | --- |',
      '| 11/03 9:32 AM | Nightly index rebuild, delayed, starts. |',
      '| 9:40 AM | `search-p99-latency` pages @dana. |',
      '| 11/04/2026 12:40 AM | Rebuild done. |',
      '| 14/11/2026 9:00 AM | Postmortem review. |',
      '| 11/03 10:02 AM | Rebuild paused. |',
    ]);
    expect(found).toEqual([
      [
        lineOf(text, '| 11/03 10:02 AM'),
        'timeline entry 11/03 10:02 AM is earlier than the entry before it (14/11/2026 9:00 AM)',
      ],
    ]);
  });

  it('a fraction at the start of an entry is no date: 1/2 of the pods', async () => {
    const { text, found } = await timelineOf(PM, [
      '- 14:05: pages fire.',
      '- 1/2 of the pods restart.',
    ]);
    expect(found).toEqual([
      [
        lineOf(text, '1/2 of'),
        'timeline entry does not start with a time (HH:MM or YYYY-MM-DD HH:MM): "1/2 of the pods restart."',
      ],
    ]);
  });

  it('an entry out of order because of its zone names the zone', async () => {
    const { text, found } = await timelineOf(PM, [
      '- 2026-10-14 13:58 UTC: deploy of checkout v412 starts.',
      '- 14:30: rollback to v411 starts.',
      '- 14:47 CEST: the Berlin team confirms checkout works again.',
      '- 14:05 API errors reach the status page.',
    ]);
    expect(found).toEqual([
      [
        lineOf(text, '14:47 CEST'),
        'timeline entry 14:47 CEST is earlier than the entry before it (14:30)',
      ],
      [
        lineOf(text, '14:05 API'),
        'timeline entry 14:05 is earlier than the entry before it (14:30)',
      ],
    ]);
  });

  it('a duration such as 1h30m is no time of day', async () => {
    const { text, found } = await timelineOf(PM, [
      '- 14h05 : alerte.',
      '- 1h30m plus tard : retour à la normale.',
    ]);
    expect(found).toEqual([
      [
        lineOf(text, '1h30m'),
        'timeline entry does not start with a time (HH:MM or YYYY-MM-DD HH:MM): "1h30m plus tard : retour à la normale."',
      ],
    ]);
  });

  it('14.05 is a time, and 14.10.2026 a date before one', async () => {
    const { text, found } = await timelineOf(PM, [
      '- 14.10.2026 13.58 UTC: Deployment von checkout v412 beginnt.',
      '- 14.05: `checkout-error-rate` alarmiert die Rufbereitschaft.',
      '- 14.30: Rollback auf v411.',
      '- 14.12: @bob bestätigt den Alarm.',
      '- 15.10.2026 09.00: Nachbesprechung.',
    ]);
    expect(found).toEqual([
      [lineOf(text, '14.12'), 'timeline entry 14.12 is earlier than the entry before it (14.30)'],
    ]);
  });
});

describe('a heading with a footnote mark', () => {
  const text = GOOD_POSTMORTEM.replace('## Impact', '## Impact[^billing]')
    .replace(
      'From 14:05 to 14:47 UTC',
      'From 14:05 to 14:47 UTC ([impact](#impact), [as GitHub renders it](#impact1))',
    )
    .concat('\n[^billing]: Order counts from the billing export of 2026-10-15.\n');

  it('is its section, and its anchor is there with the mark or without it', async () => {
    expect(shown(await findingsOf(PM, text))).toEqual([]);
  });

  it('without its definition, the mark is reported and the heading is still its section', async () => {
    const bare = GOOD_POSTMORTEM.replace('## Impact', '## Impact[^1]');
    expect(shown(await findingsOf(PM, bare))).toEqual([
      [
        'docs/broken-link',
        lineOf(bare, '## Impact'),
        10,
        'footnote [^1] has no definition: GitHub shows it as plain text (add "[^1]: <text>")',
      ],
    ]);
  });
});

describe('a link to a git submodule folder', () => {
  const GITMODULES = `[submodule "vendor/sre-playbooks"]
\tpath = vendor/sre-playbooks
\turl = https://github.com/acme/sre-playbooks.git
[submodule "third_party/pg-runbooks"]
	path = third_party/pg-runbooks
	url = ../pg-runbooks.git
	branch = main
`;
  const runbook = (links: string): string =>
    GOOD_RUNBOOK.replace('## Mitigation\n\n', `## Mitigation\n\n${links}\n\n`);

  it('exists, and so does what is inside it, though the repository does not list its files', async () => {
    const text = runbook(
      [
        'See the [shared playbooks](../../vendor/sre-playbooks/) and',
        '[Postgres failover](../../third_party/pg-runbooks/failover.md#promote-the-replica).',
        'Root-relative: [playbooks](/vendor/sre-playbooks).',
      ].join('\n'),
    );
    expect(shown(await findingsOf(RB, text, { '.gitmodules': GITMODULES }))).toEqual([]);
  });

  it('a folder no submodule declares is still a broken link', async () => {
    const text = runbook('See the [shared playbooks](../../vendor/sre-playbook/).');
    expect(shown(await findingsOf(RB, text, { '.gitmodules': GITMODULES }))).toEqual([
      [
        'docs/broken-link',
        lineOf(text, '[shared playbooks]'),
        9,
        'link ../../vendor/sre-playbook/ points at vendor/sre-playbook, which does not exist',
      ],
    ]);
  });
});

describe('HTML links whose other attributes hold > or href=', () => {
  it('the href after a title with ">" is found, and a title saying href= is no link', async () => {
    const text = GOOD_RUNBOOK.replace(
      '## Mitigation\n\n',
      [
        '## Mitigation\n',
        '<a title="p99 > 2s" href="./checkout-latency.md">Latency runbook</a> and',
        '<a title="was href=old-rollback.md" href="./checkout-error-rate.md#mitigation">this one</a>.',
        '<img alt="error rate &gt; 2%" data-src="lazy.png" src="./img/error-rate.png" width="600">',
        '',
        '',
      ].join('\n'),
    );
    expect(shown(await findingsOf(RB, text))).toEqual([
      [
        'docs/broken-link',
        lineOf(text, 'p99 > 2s'),
        1,
        'link ./checkout-latency.md points at docs/runbooks/checkout-latency.md, which does not exist',
      ],
      [
        'docs/broken-link',
        lineOf(text, 'data-src'),
        1,
        'image ./img/error-rate.png points at docs/runbooks/img/error-rate.png, which does not exist',
      ],
    ]);
  });

  it('an id only a data- attribute holds is no anchor', async () => {
    const text = GOOD_RUNBOOK.replace(
      '## Mitigation\n\n',
      '## Mitigation\n\n<span data-id="drain">Drain first</span>, see [drain](#drain).\n\n',
    );
    expect(shown(await findingsOf(RB, text))).toEqual([
      [
        'docs/broken-link',
        lineOf(text, '[drain](#drain)'),
        columnOf(text, '[drain](#drain)'),
        'link #drain matches no heading of this document',
      ],
    ]);
  });
});

describe('HTML entities in links and anchors', () => {
  it('are decoded as a browser does, named and numeric', async () => {
    const text = GOOD_RUNBOOK.replace(
      '## Mitigation\n\n',
      [
        '## Mitigation\n',
        '<a name="r&eacute;cup&eacute;ration"></a>',
        'Voir <a href="./caf&eacute;&#x2d;pos.md">la caisse</a>, <a href="./img&sol;lag.png">lag</a>',
        'et [la reprise](#récupération).',
        '',
        '',
      ].join('\n'),
    );
    const files = {
      'docs/runbooks/café-pos.md': '# Café POS\n',
      'docs/runbooks/img/lag.png': 'png',
    };
    expect(shown(await findingsOf(RB, text, files))).toEqual([]);
  });
});

describe('submodulePaths', () => {
  it('reads path keys of submodule sections only, quoted or not, without comments', () => {
    const gitmodules = [
      '# shared docs',
      '[submodule "playbooks"]',
      '\tPath = "vendor/sre playbooks/" ; moved in 2025',
      '[core]',
      '\tpath = not/a/submodule',
      '[submodule "pg"]',
      '  path=./third_party/pg',
    ].join('\r\n');
    expect(submodulePaths(gitmodules)).toEqual(['vendor/sre playbooks', 'third_party/pg']);
  });
});
