import { describe, expect, it } from 'vitest';
import { fillTemplate } from '../../src/docs/new-document.js';
import { parseTemplate } from '../../src/docs/template.js';
import { GOOD_POSTMORTEM } from './fixtures.js';
import { config, findingsOf, lineOf, located } from './helpers.js';

/**
 * Timelines and 5 Whys the way teams actually write them, against the built-in postmortem template:
 * each shape either passes or is reported at the entry that is wrong, never at a right one.
 */

const PM = 'incidents/postmortems/2026-10-14-checkout.md';

function between(text: string, from: string, to: string, body: string): string {
  const start = text.indexOf(from) + from.length;
  const end = text.indexOf(to);
  return `${text.slice(0, start)}${body}\n\n${text.slice(end)}`;
}

const withTimeline = (body: string): string =>
  between(GOOD_POSTMORTEM, '## Timeline\n\n', '## Contributing factors', body);
const withWhys = (body: string): string =>
  between(GOOD_POSTMORTEM, '### 5 Whys\n\n', '## Resolution', body);

const postmortem = (text: string) => findingsOf(PM, text);

describe('timelines as teams write them', () => {
  it('a timeline that crosses midnight without repeating the date is in order', async () => {
    const text = withTimeline(
      [
        '- 2026-10-14 23:41 UTC: nightly index rebuild starts.',
        '- 23:58: `search-empty-results` pages the search on-call.',
        '- 00:07: the rebuild is stopped; the previous index is restored.',
        '- 00:31: results are back for every locale.',
      ].join('\n'),
    );
    expect(await postmortem(text)).toEqual([]);
  });

  it('after midnight, an entry earlier than the one before it is still out of order', async () => {
    const text = withTimeline(
      [
        '- 2026-10-14 23:41 UTC: nightly index rebuild starts.',
        '- 00:07: the rebuild is stopped.',
        '- 23:58: the page fires.',
        '- 00:31: results are back.',
      ].join('\n'),
    );
    const findings = await postmortem(text);
    expect(located(findings)).toEqual([['docs/timeline-order', lineOf(text, '23:58: the page')]]);
    expect(findings[0]!.message).toBe(
      'timeline entry 23:58 is earlier than the entry before it (00:07)',
    );
  });

  it('a table with separate Date and Time columns is ordered by both', async () => {
    const rows = (times: string[]): string =>
      [
        '| Date | Time (UTC) | What happened |',
        '| ---------- | ----- | ------------- |',
        ...times.map((t, i) => `| ${t.split(' ')[0]} | ${t.split(' ')[1]} | step ${i + 1} |`),
      ].join('\n');
    const good = withTimeline(rows(['2026-10-14 23:50', '2026-10-14 23:55', '2026-10-15 00:10']));
    expect(await postmortem(good)).toEqual([]);
    const bad = withTimeline(rows(['2026-10-14 14:05', '2026-10-14 14:20', '2026-10-14 14:10']));
    const findings = await postmortem(bad);
    expect(located(findings)).toEqual([['docs/timeline-order', lineOf(bad, 'step 3')]]);
    expect(findings[0]!.message).toBe(
      'timeline entry 2026-10-14 14:10 is earlier than the entry before it (2026-10-14 14:20)',
    );
  });

  it('12-hour times with AM/PM are read as such', async () => {
    const good = withTimeline(
      [
        '- 2026-10-14 11:50 AM PDT: deploy of checkout v412.',
        '- 12:10 PM: error rate pages the on-call.',
        '- 1:05 PM: rollback complete.',
      ].join('\n'),
    );
    expect(await postmortem(good)).toEqual([]);
    const bad = withTimeline(
      ['- 2026-10-14 1:05 PM PDT: rollback.', '- 12:10 PM: the page fires.'].join('\n'),
    );
    expect(located(await postmortem(bad))).toEqual([
      ['docs/timeline-order', lineOf(bad, '12:10 PM')],
    ]);
  });

  it('times with UTC offsets compare as instants', async () => {
    const good = withTimeline(
      [
        '- 2026-10-14T14:05:00+02:00: the Berlin on-call is paged.',
        '- 2026-10-14T12:10Z: rollback starts.',
        '- 12:40: resolved.',
      ].join('\n'),
    );
    expect(await postmortem(good)).toEqual([]);
    const bad = withTimeline(
      ['- 2026-10-14T12:10Z: rollback starts.', '- 2026-10-14T14:05+02:00: the page.'].join('\n'),
    );
    expect(located(await postmortem(bad))).toEqual([
      ['docs/timeline-order', lineOf(bad, 'the page')],
    ]);
  });

  it('dates given on their own, as subheadings, carry over to the entries below', async () => {
    const text = withTimeline(
      [
        '### 2026-10-14',
        '',
        '- 22:15: deploy of checkout v412.',
        '- 23:40: first customer report.',
        '',
        '### 2026-10-15',
        '',
        '- 09:05: the on-call reads the report.',
        '- 09:02: rollback.',
      ].join('\n'),
    );
    expect(located(await postmortem(text))).toEqual([
      ['docs/timeline-order', lineOf(text, '09:02')],
    ]);
  });

  it('dates with month names, with or without the year, are dates', async () => {
    const good = withTimeline(
      [
        '- Oct 14, 2026 23:50 UTC: the index job starts.',
        '- 23:58: the page fires.',
        '- October 15 at 00:10: the previous index is restored.',
        '- 15 Oct 09:30: the review is scheduled.',
      ].join('\n'),
    );
    expect(await postmortem(good)).toEqual([]);
    const bad = withTimeline(
      ['- Oct 15, 2026 00:10: restored.', '- Oct 14 23:58: the page fires.'].join('\n'),
    );
    const findings = await postmortem(bad);
    expect(located(findings)).toEqual([['docs/timeline-order', lineOf(bad, 'Oct 14 23:58')]]);
    expect(findings[0]!.message).toBe(
      'timeline entry Oct 14 23:58 is earlier than the entry before it (Oct 15, 2026 00:10)',
    );
  });

  it('entries grouped under phase bullets are read one by one', async () => {
    const text = withTimeline(
      [
        '- **Detection**',
        '  - 2026-10-14 14:05 UTC: `checkout-error-rate` pages the on-call.',
        '  - 14:12: @bob acknowledges.',
        '- **Mitigation**',
        '  - 14:30: rollback to v411 starts.',
        '  - 14:20: the rollback finishes.',
      ].join('\n'),
    );
    const findings = await postmortem(text);
    expect(located(findings)).toEqual([
      ['docs/timeline-order', lineOf(text, '14:20: the rollback')],
    ]);
  });

  it('an approximate time ("~14:20") is a time', async () => {
    const text = withTimeline(['- 14:05: the page.', '- ~14:20: resolved.'].join('\n'));
    expect(await postmortem(text)).toEqual([]);
  });
});

describe('5 Whys as teams write them', () => {
  const whys = [
    ['Why did checkout fail?', 'Because v412 read a config key missing in production.'],
    ['Why was the key missing?', 'Because it was added to staging by hand.'],
    ['Why by hand?', 'Because config changes have no pipeline.'],
    ['Why is there no pipeline?', 'Because config lives outside the repository.'],
    ['Why does it live outside?', 'Because it predates the monorepo.'],
  ];

  it('"Why?" subheadings, each answered by the text under it', async () => {
    const body = whys.map(([q, a]) => `#### ${q}\n\n${a}`).join('\n\n');
    expect(await postmortem(withWhys(body))).toEqual([]);
  });

  it('"Why?" subheadings: too few, and one without an answer, are reported', async () => {
    const body = `#### ${whys[0]![0]}\n\n${whys[0]![1]}\n\n#### ${whys[1]![0]}`;
    const text = withWhys(body);
    const findings = await postmortem(text);
    expect(located(findings)).toEqual([
      ['docs/five-whys', lineOf(text, '### 5 Whys')],
      ['docs/five-whys', lineOf(text, whys[1]![0]!)],
    ]);
    expect(findings.map((f) => f.message)).toEqual([
      'section "5 Whys" has 2 whys; a 5 Whys needs at least five',
      'why 2 has no answer ("Why was the key missing?")',
    ]);
  });

  it('a chain of whys nested under the answers', async () => {
    const body = whys
      .map(([q, a], i) => `${'    '.repeat(i)}- ${q}\n${'    '.repeat(i)}  - ${a}`)
      .join('\n');
    expect(await postmortem(withWhys(body))).toEqual([]);
    const short = withWhys(
      whys
        .slice(0, 2)
        .map(([q, a], i) => `${'    '.repeat(i)}- ${q}\n${'    '.repeat(i)}  - ${a}`)
        .join('\n'),
    );
    expect(located(await postmortem(short))).toEqual([
      ['docs/five-whys', lineOf(short, '### 5 Whys')],
    ]);
  });

  it('questions and answers as alternating items count one why per question', async () => {
    const body = whys
      .slice(0, 3)
      .map(([q, a]) => `- ${q}\n- ${a!.replace('Because ', '')}`)
      .join('\n');
    const text = withWhys(body);
    const findings = await postmortem(text);
    expect(located(findings)).toEqual([['docs/five-whys', lineOf(text, '### 5 Whys')]]);
    expect(findings[0]!.message).toBe('section "5 Whys" has 3 whys; a 5 Whys needs at least five');
  });

  it('"Why 1:" labels answer after the colon', async () => {
    const body = whys.map(([, a], i) => `- Why ${i + 1}: ${a!.replace('Because ', '')}`).join('\n');
    expect(await postmortem(withWhys(body))).toEqual([]);
  });

  it('whys as paragraphs, a bold question each, answered after it or in the next paragraph', async () => {
    const body = whys
      .map(([q, a], i) => (i === 3 ? `**${q}**\n\n${a}` : `**${q}** ${a}`))
      .join('\n\n');
    expect(await postmortem(withWhys(body))).toEqual([]);
    const short = withWhys(`**${whys[0]![0]}** ${whys[0]![1]}\n\n**${whys[1]![0]}**`);
    expect(located(await postmortem(short))).toEqual([
      ['docs/five-whys', lineOf(short, '### 5 Whys')],
      ['docs/five-whys', lineOf(short, whys[1]![0]!)],
    ]);
  });

  it('a question as a subheading over a numbered list of whys counts the list', async () => {
    const body = `#### Why did checkout break?\n\n${whys.map(([q, a], i) => `${i + 1}. ${q} ${a}`).join('\n')}`;
    expect(await postmortem(withWhys(body))).toEqual([]);
  });

  it('a numbered table with an empty answer cell is an unanswered why', async () => {
    const body = [
      '| # | Why? | Because |',
      '| - | ---- | ------- |',
      ...whys.map(([q, a], i) => `| ${i + 1} | ${q} | ${i === 2 ? '' : a} |`),
    ].join('\n');
    const text = withWhys(body);
    expect(located(await postmortem(text))).toEqual([
      ['docs/five-whys', lineOf(text, whys[2]![0]!)],
    ]);
  });
});

describe('anchors as GitHub numbers them', () => {
  it('a heading whose slug an earlier duplicate took gets the next free number', async () => {
    // GitHub: "Notes", "Notes", "Notes 1" are #notes, #notes-1 and #notes-1-1.
    const text = GOOD_POSTMORTEM.replace(
      '## Lessons learned\n\n',
      '## Lessons learned\n\n### Notes\n\nA.\n\n### Notes\n\nB.\n\n### Notes 1\n\nC.\n\nSee [first](#notes), [second](#notes-1), [third](#notes-1-1) and [none](#notes-2).\n\n',
    );
    const findings = await postmortem(text);
    expect(findings.map((f) => [f.ruleId, f.line, f.column, f.message])).toEqual([
      [
        'docs/broken-link',
        lineOf(text, '[none]'),
        text.split('\n')[lineOf(text, '[none]') - 1]!.indexOf('[none]') + 1,
        'link #notes-2 matches no heading of this document',
      ],
    ]);
  });
});

describe('anchors written as HTML', () => {
  it('an <a name> or <span id> inside a heading is an anchor, as one in a paragraph is', async () => {
    const text = GOOD_POSTMORTEM.replace(
      '## Lessons learned\n\n',
      '## Lessons learned\n\n### Appendix <a name="stable-appendix"></a>\n\nA.\n\n### Other <span id="h-id"></span>\n\nB.\n\n' +
        'See [the appendix](#stable-appendix) and [the other](#h-id).\n\n',
    );
    expect(await postmortem(text)).toEqual([]);
  });
});

describe('anchors of headings with symbols', () => {
  it('GitHub keeps letters, digits, marks, - and _, and drops other numbers like ½', async () => {
    const text = GOOD_POSTMORTEM.replace(
      '## Lessons learned\n\n',
      '## Lessons learned\n\n### Step ½: ⚠️ rollout_plan\n\nA.\n\nSee [it](#step--\uFE0F-rollout_plan).\n\n',
    );
    expect(await postmortem(text)).toEqual([]);
  });
});

describe('front matter as people type it', () => {
  it('an unquoted @handle is invalid YAML: the finding says to quote it', async () => {
    const text = GOOD_POSTMORTEM.replace(
      'authors: ["@alice", "@bob", "@acme/sre"]',
      'authors: @alice',
    );
    const findings = await postmortem(text);
    expect(findings.map((f) => [f.ruleId, f.line, f.column])).toEqual([
      ['docs/front-matter', lineOf(text, 'authors:'), 'authors: @'.length],
    ]);
    expect(findings[0]!.message).toBe(
      'front matter is not valid YAML: Plain value cannot start with reserved character @ (quote it: "@alice")',
    );
  });
});

describe('a runbook template in the Prometheus style (one per alert, the alert name as title)', () => {
  const RUNBOOK_CONFIG = `docs:
  kinds:
    runbook:
      paths: ["runbooks/**/*.md"]
      template: runbooks/TEMPLATE.md
      fileName: "{slug}.md"
`;
  const template = [
    '# {{ AlertName }}',
    '',
    '## Meaning',
    '',
    '{{ What fires it }}',
    '',
    '## Diagnosis',
    '',
    '{{ Steps }}',
    '',
  ].join('\n');

  it('docs new puts the title in the level-1 heading, whatever its placeholder is called', () => {
    const spec = parseTemplate('runbook', template, 'runbooks/TEMPLATE.md', false);
    const text = fillTemplate(spec.text, 'KubePodCrashLooping', '2026-12-01');
    expect(text.split('\n')[0]).toBe('# KubePodCrashLooping');
    expect(text).toContain('{{ What fires it }}');
  });

  it("a missing section after the title is placed after the document's own title", async () => {
    const doc = '# KubePodCrashLooping\n\n## Diagnosis\n\nRun `kubectl describe pod`.\n';
    const findings = await findingsOf(
      'runbooks/kubernetes/KubePodCrashLooping.md',
      doc,
      { 'runbooks/TEMPLATE.md': template },
      RUNBOOK_CONFIG,
    );
    expect(findings.map((f) => [f.ruleId, f.line, f.message])).toEqual([
      [
        'docs/missing-section',
        lineOf(doc, '## Diagnosis'),
        'missing section ## Meaning (it belongs before "Diagnosis")',
      ],
    ]);
    const last = await findingsOf(
      'runbooks/kubernetes/KubePodCrashLooping.md',
      '# KubePodCrashLooping\n\nA pod restarts.\n',
      { 'runbooks/TEMPLATE.md': template },
      RUNBOOK_CONFIG,
    );
    expect(last.map((f) => f.message)).toEqual([
      'missing section ## Meaning (it belongs after "KubePodCrashLooping")',
      'missing section ## Diagnosis (it belongs after "KubePodCrashLooping")',
    ]);
  });
});

describe('links written as HTML', () => {
  it('an <img src> or <a href> that points at no file is a broken link, at its tag; comments are not links', async () => {
    const text = GOOD_POSTMORTEM.replace(
      'No data was lost.',
      [
        'No data was lost.',
        '',
        '<p align="center">',
        '  <img src="../img/error-rate.png" width="600" alt="5xx by route">',
        '  <img src="../img/latency.png" width="600">',
        '</p>',
        '',
        'The <a href="../runbooks/checkout.md#rollback">rollback runbook</a> and <a href="https://status.acme.example">status page</a>.',
        '',
        '<!-- <img src="../img/draft.png"> -->',
      ].join('\n'),
    );
    const findings = await findingsOf(PM, text, {
      'incidents/img/error-rate.png': 'png',
      'incidents/runbooks/checkout.md': '# Checkout\n\n## Rollback\n\nRun it.\n',
    });
    expect(findings.map((f) => [f.ruleId, f.line, f.column, f.message])).toEqual([
      [
        'docs/broken-link',
        lineOf(text, 'latency.png'),
        3,
        'image ../img/latency.png points at incidents/img/latency.png, which does not exist',
      ],
    ]);
  });
});

describe('front matter lists', () => {
  it('a bad item of a list field is reported at that item', async () => {
    const text = GOOD_POSTMORTEM.replace(
      'authors: ["@alice", "@bob", "@acme/sre"]',
      'authors:\n  - "@alice"\n  - bob\n',
    );
    const findings = await postmortem(text);
    expect(findings.map((f) => [f.ruleId, f.line, f.column, f.message])).toEqual([
      [
        'docs/front-matter',
        lineOf(text, '  - bob'),
        5,
        'front matter field "authors" items must be a GitHub @user or @org/team, not "bob"',
      ],
    ]);
  });
});

describe('action items as teams write them', () => {
  const withActions = (body: string): string =>
    between(GOOD_POSTMORTEM, '## Action items\n\n', '## Lessons learned', body);

  it('items grouped under category bullets are each checked', async () => {
    const text = withActions(
      [
        '- **Prevent**',
        '  - [ ] Validate config keys at deploy time — @alice — [PAY-120](https://acme.atlassian.net/browse/PAY-120)',
        '  - [ ] Compare staging and production config nightly — @acme/platform',
        '- **Detect**',
        '  - [x] Alert on 5xx by route — @bob — https://linear.app/acme/issue/OBS-12',
        '  - [ ] Add a synthetic checkout probe — PAY-121',
      ].join('\n'),
    );
    const findings = await postmortem(text);
    expect(findings.map((f) => [f.ruleId, f.line, f.message])).toEqual([
      [
        'docs/action-item-link',
        lineOf(text, 'Compare staging'),
        'action item "Compare staging and production config nightly — @acme/pla..." has no tracking link or issue reference (#123, OPS-42, a URL)',
      ],
      [
        'docs/action-item-owner',
        lineOf(text, 'synthetic checkout'),
        'action item "Add a synthetic checkout probe — PAY-121" names no owner (@user or @org/team)',
      ],
    ]);
  });

  it('a severity or an encoding is no issue reference', async () => {
    const text = withActions(
      '- [ ] Run the SEV-2 drill again — @alice\n- [ ] Store names as UTF-8 — @bob — #483\n',
    );
    expect(located(await postmortem(text))).toEqual([
      ['docs/action-item-link', lineOf(text, 'SEV-2 drill')],
    ]);
  });
});

describe('blameless language in real sentences', () => {
  const withLessons = (body: string): string =>
    GOOD_POSTMORTEM.replace(
      'The rollback was quick because the deploy tooling keeps the previous version warm.',
      body,
    );

  it('a negated phrase is the blameless statement, not blame', async () => {
    const text = withLessons(
      "Nobody is to blame. It was not human error: the check did not exist. This wasn't careless work.",
    );
    expect(await postmortem(text)).toEqual([]);
  });

  it('a negation in the sentence before does not excuse the next one', async () => {
    const text = withLessons('The deploy was not ideal. Human error caused it.');
    const findings = await postmortem(text);
    expect(findings.map((f) => [f.ruleId, f.line, f.column])).toEqual([
      ['docs/blame', lineOf(text, 'Human error'), 'The deploy was not ideal. '.length + 1],
    ]);
  });

  it('lazy loading and sloppy mode are engineering terms, not blame', async () => {
    const text = withLessons(
      'The images are lazy-loaded, and lazy loading hid the slow route. The legacy bundle runs in sloppy mode.',
    );
    expect(await postmortem(text)).toEqual([]);
    const lazy = withLessons('The on-call was lazy about the handover.');
    expect(located(await postmortem(lazy))).toEqual([['docs/blame', lineOf(lazy, 'was lazy')]]);
  });
});

describe('index pages and numbered tables', () => {
  it('readme.md and Index.md are index pages whatever their case', async () => {
    const { docKindOf } = await import('../../src/docs/api.js');
    const cfg = config();
    expect(docKindOf(cfg, 'docs/postmortems/readme.md')).toBeUndefined();
    expect(docKindOf(cfg, 'docs/runbooks/payments/Index.md')).toBeUndefined();
    expect(docKindOf(cfg, 'docs/runbooks/payments/indexer-lag.md')).toBe('runbook');
  });

  it('a timeline table numbered in its first column is read from its time column', async () => {
    const text = withTimeline(
      [
        '| # | Time (UTC) | Event |',
        '| - | ---------- | ----- |',
        '| 1 | 2026-10-14 13:58 | Deploy starts |',
        '| 2 | 14:05 | Page |',
        '| 3 | 14:01 | Errors begin |',
      ].join('\n'),
    );
    expect(located(await postmortem(text))).toEqual([
      ['docs/timeline-order', lineOf(text, 'Errors begin')],
    ]);
  });
});

describe('kinds of your own', () => {
  it('a kind you declare inside a default kind’s folder takes its documents', async () => {
    const yaml = `docs:
  kinds:
    legacy-runbook:
      paths: ["docs/runbooks/legacy/*.md"]
      template: docs/runbooks/legacy/TEMPLATE.md
`;
    const { docKindOf } = await import('../../src/docs/api.js');
    expect(docKindOf(config(yaml), 'docs/runbooks/legacy/ftp-gateway.md')).toBe('legacy-runbook');
    expect(docKindOf(config(yaml), 'docs/runbooks/checkout-error-rate.md')).toBe('runbook');
    const doc = '# FTP gateway down\n\n## What to do\n\nRestart `ftpd` on gw-1.\n';
    expect(
      await findingsOf(
        'docs/runbooks/legacy/ftp-gateway.md',
        doc,
        { 'docs/runbooks/legacy/TEMPLATE.md': '# {{ title }}\n\n## What to do\n\n{{ steps }}\n' },
        yaml,
      ),
    ).toEqual([]);
  });
});

describe('a document just written from its template', () => {
  it('reports its placeholders once, not again as empty diagnosis, dashboard or escalation', async () => {
    const { BUILT_IN_TEMPLATES } = await import('../../src/docs/builtin-templates.js');
    const text = fillTemplate(BUILT_IN_TEMPLATES.runbook!, 'Checkout latency high', '2026-12-01');
    const findings = await findingsOf('docs/runbooks/checkout-latency-high.md', text);
    expect([...new Set(findings.map((f) => f.ruleId))]).toEqual([
      'docs/front-matter',
      'docs/placeholder',
    ]);
    // Once the author writes something, the section's own rule applies again.
    const started = text.replace(
      '1. {{ Open the dashboard (a link) and look at ... }}',
      '1. Check the p99 panel.',
    );
    const after = await findingsOf('docs/runbooks/checkout-latency-high.md', started);
    expect(after.map((f) => f.ruleId)).toContain('docs/runbook-dashboard');
  });
});
