import { describe, expect, it } from 'vitest';
import { checkDocumentsAt } from '../../src/docs/api.js';
import { BUILT_IN_TEMPLATES } from '../../src/docs/builtin-templates.js';
import { docKinds } from '../../src/docs/kinds.js';
import { newDocument } from '../../src/docs/new-document.js';
import { parseTemplate } from '../../src/docs/template.js';
import { docsModule } from '../../src/docs/module.js';
import { sortFindings } from '../../src/findings.js';
import { diffFromPullFiles } from '../../src/repo/diff.js';
import type { PullFileEntry } from '../../src/repo/diff.js';
import { memoryRepo } from '../../src/repo/memory.js';
import { contextFor, pullRequestContextFor } from '../support/modules.js';
import { GOOD_POSTMORTEM, GOOD_RUNBOOK } from './fixtures.js';
import {
  CODEOWNERS,
  NOW,
  columnOf,
  config,
  findingsOf,
  lineOf,
  timelineOf,
  withTimeline,
} from './helpers.js';

/**
 * The outside check's third round: shapes of documents, templates and configs that earlier rounds did
 * not try, each reported where it is wrong and nowhere else.
 */

const PM = 'docs/postmortems/2024-03-07-card-declines.md';

function cut(text: string, from: string, to: string): string {
  return text.slice(0, text.indexOf(from)) + text.slice(text.indexOf(to));
}

describe('missing sections at one place', () => {
  it('are listed in the template’s order, in every report', async () => {
    // Impact, Timeline and Contributing factors (with its 5 Whys) all gone: they belong before Resolution.
    const text = cut(GOOD_POSTMORTEM, '## Impact', '## Resolution');
    const findings = sortFindings(await findingsOf(PM, text));
    expect(findings.map((f) => [f.ruleId, f.line, f.message])).toEqual([
      [
        'docs/missing-section',
        lineOf(text, '## Resolution'),
        'missing section ## Impact (it belongs before "Resolution")',
      ],
      [
        'docs/missing-section',
        lineOf(text, '## Resolution'),
        'missing section ## Timeline (it belongs before "Resolution")',
      ],
      [
        'docs/missing-section',
        lineOf(text, '## Resolution'),
        'missing section ## Contributing factors (it belongs before "Resolution")',
      ],
    ]);
  });
});

describe('a template with TOML front matter', () => {
  it('is reported on the template, not silently read as no front matter at all', async () => {
    const TEMPLATE =
      '+++\ntitle = "{{ title }}"\nowner = "@handle"\n+++\n\n# {{ title }}\n\n## Summary\n\n{{ text }}\n';
    const text = '# Checkout down\n\n## Summary\n\nCheckout failed for 42 minutes.\n';
    const findings = await findingsOf(PM, text, { '.github/ops-steward/postmortem.md': TEMPLATE });
    expect(findings.map((f) => [f.ruleId, f.file, f.line, f.column, f.message])).toEqual([
      [
        'docs/template-invalid',
        '.github/ops-steward/postmortem.md',
        1,
        1,
        'template of kind "postmortem": front matter is TOML (+++), and only YAML front matter (between --- lines) gives fields: the documents\' front matter is not checked until it is fixed',
      ],
    ]);
  });
});

describe('missing front matter fields', () => {
  it('are listed in the template’s order, in every report', async () => {
    const text = GOOD_POSTMORTEM.replace(
      /^---\n[\s\S]*?\n---\n/,
      '---\ntitle: Checkout down\n---\n',
    );
    const findings = sortFindings(await findingsOf(PM, text));
    expect(findings.map((f) => [f.ruleId, f.line, f.message])).toEqual(
      ['date', 'status', 'severity', 'authors'].map((key) => [
        'docs/front-matter',
        1,
        `front matter field "${key}" is missing`,
      ]),
    );
  });
});

describe('a kind of your own whose template is missing', () => {
  const CONFIG_PATH = '.github/ops-steward.yml';
  const YAML = `# Architecture decisions and service reviews live next to the postmortems.
docs:
  kinds:
    decision:
      paths: ["docs/decisions/**/*.md"]
      template: docs/templates/decision.md
    review:
      paths:
        - docs/reviews/*.md
`;
  const repo = memoryRepo({
    [CONFIG_PATH]: YAML,
    'docs/decisions/0007-use-postgres.md': '# Use Postgres\n\nWe use Postgres.\n',
    'docs/reviews/2026-q3-payments.md': '# Payments review\n\nFine.\n',
  });
  const ctx = { ...contextFor(repo, config(YAML), NOW), configPath: CONFIG_PATH };

  it('is reported at the template value in the config, or at the kind when it names none', async () => {
    const findings = await checkDocumentsAt(ctx, [
      'docs/decisions/0007-use-postgres.md',
      'docs/reviews/2026-q3-payments.md',
    ]);
    expect(findings.map((f) => [f.ruleId, f.file, f.line, f.column])).toEqual([
      [
        'docs/template-invalid',
        CONFIG_PATH,
        lineOf(YAML, 'template: docs/templates'),
        columnOf(YAML, 'docs/templates/decision.md'),
      ],
      ['docs/template-invalid', CONFIG_PATH, lineOf(YAML, 'review:'), columnOf(YAML, 'review:')],
    ]);
  });
});

describe('timelines in relative time', () => {
  it('T-10m, T+0, T+5m, +1h30m and T+00:05 are times, counted from the start of the incident', async () => {
    const text = withTimeline([
      '- T-10m: the config push that caused it lands.',
      '- T+0: `card-decline-rate` pages the payments on-call.',
      '- T+00:04: @bob acknowledges.',
      '- **T+5m**: the push is identified as the cause.',
      '- ~T+45 min: a rollback starts.',
      '- +1h30m: declines back to normal; incident resolved.',
    ]);
    expect(await findingsOf(PM, text)).toEqual([]);
  });

  it('a relative entry earlier than the one before it is out of order', async () => {
    const text = withTimeline([
      '- T+0: `card-decline-rate` pages the payments on-call.',
      '- T+1h30m: the fix is deployed.',
      '- T+20m: mitigation confirmed.',
      '- T+2h: incident closed.',
    ]);
    const findings = await findingsOf(PM, text);
    expect(findings.map((f) => [f.ruleId, f.line, f.column, f.message])).toEqual([
      [
        'docs/timeline-order',
        lineOf(text, 'T+20m'),
        1,
        'timeline entry T+20m is earlier than the entry before it (T+1h30m)',
      ],
    ]);
  });

  it('with clock times too, each kind keeps its own order: the start T has no clock time', async () => {
    const { text, found } = await timelineOf(PM, [
      '- 2026-10-14 13:58 UTC: deploy of checkout v412 starts.',
      '- T+0: `checkout-error-rate` pages the checkout on-call.',
      '- 14:12: @bob acknowledges.',
      '- T+25m: rollback to v411 starts.',
      '- T+10m: error rate back to normal.',
      '- 14:05: the status page is updated.',
    ]);
    expect(found).toEqual([
      [lineOf(text, 'T+10m'), 'timeline entry T+10m is earlier than the entry before it (T+25m)'],
      [lineOf(text, '- 14:05'), 'timeline entry 14:05 is earlier than the entry before it (14:12)'],
    ]);
  });

  it('relative times in a table are read from its first column', async () => {
    const { text, found } = await timelineOf(PM, [
      '| When | What |',
      '| --- | --- |',
      '| T+0 | `checkout-error-rate` pages the checkout on-call |',
      '| T+7m | @bob acknowledges |',
      '| T+3m | the status page is updated |',
    ]);
    expect(found).toEqual([
      [lineOf(text, '| T+3m'), 'timeline entry T+3m is earlier than the entry before it (T+7m)'],
    ]);
  });

  it('times in brackets, as chat logs paste them, are times', async () => {
    const { text, found } = await timelineOf(PM, [
      '- [2026-10-14 13:58 UTC] deploy of checkout v412 starts.',
      '- [14:05] `checkout-error-rate` pages the checkout on-call.',
      '- [2:12 PM] @bob acknowledges.',
      '- (T+25m) rollback to v411 starts.',
      '- [14:10] the status page is updated.',
    ]);
    expect(found).toEqual([
      [
        lineOf(text, '[14:10]'),
        'timeline entry 14:10 is earlier than the entry before it (2:12 PM)',
      ],
    ]);
  });

  it('a timeline pasted as a code block or as lines of one paragraph says what an entry is', async () => {
    for (const body of [
      '```\n14:05 alert fires\n14:10 acknowledged\n```',
      '14:05 alert fires  \n14:10 acknowledged',
    ]) {
      const text = withTimeline([body]);
      expect((await findingsOf(PM, text)).map((f) => [f.line, f.message])).toEqual([
        [
          lineOf(text, '## Timeline'),
          'section "Timeline" has no timeline entries: write each as a list item or a table row that starts with its time',
        ],
      ]);
    }
  });

  it('a table whose time is not its first column is read from the column its header names', async () => {
    const { text, found } = await timelineOf(PM, [
      '| Event | Time (UTC) |',
      '| --- | --- |',
      '| Deploy of checkout v412 starts | 2026-10-14 13:58 |',
      '| `checkout-error-rate` pages the on-call | 14:05 |',
      '| Rollback to v411 starts | 14:30 |',
      '| @bob acknowledges | 14:12 |',
    ]);
    expect(found).toEqual([
      [
        lineOf(text, '| @bob acknowledges'),
        'timeline entry 14:12 is earlier than the entry before it (14:30)',
      ],
    ]);
  });

  it('a plus sign that starts a word or a count is no time', async () => {
    const text = withTimeline(['- 14:05: pages fire.', '- +2 more alerts from the gateway.']);
    const findings = await findingsOf(PM, text);
    expect(findings.map((f) => [f.line, f.message])).toEqual([
      [
        lineOf(text, '+2 more'),
        'timeline entry does not start with a time (HH:MM or YYYY-MM-DD HH:MM): "+2 more alerts from the gateway."',
      ],
    ]);
  });
});

describe('anchors of headings with emoji shortcodes, code, links and emphasis', () => {
  const RB = 'docs/runbooks/payments-api-errors.md';
  const RUNBOOK = `${GOOD_RUNBOOK}
## Rollback :rewind:

Run \`./scripts/rollback payments\`.

## :rotating_light: Paging

Page the payments on-call.

## ⏪ Undo a bad config

Revert the commit.

## The \`retry_budget\` flag and [its docs](https://flags.acme.example/retry) *explained* ##

Set it to 0.

## Step 3: check **pods** ###

\`kubectl get pods -n payments\`.
`;

  it('match GitHub’s anchors: a shortcode keeps its name, an emoji is dropped, markup leaves its text', async () => {
    const links = [
      '#rollback-rewind',
      '#rotating_light-paging',
      '#-undo-a-bad-config',
      '#the-retry_budget-flag-and-its-docs-explained',
      '#step-3-check-pods',
    ];
    const text = RUNBOOK.replace(
      'see [Mitigation](#mitigation).',
      `see [Mitigation](#mitigation), ${links.map((l, i) => `[${i}](${l})`).join(', ')}.`,
    );
    expect(await findingsOf(RB, text)).toEqual([]);
  });

  it('an anchor copied from the page with GitHub’s user-content- prefix is the heading’s', async () => {
    const text = RUNBOOK.replace(
      'see [Mitigation](#mitigation).',
      'see [Mitigation](#user-content-mitigation) and [paging](#user-content-paging).',
    );
    const findings = await findingsOf(RB, text);
    expect(findings.map((f) => [f.ruleId, f.message])).toEqual([
      ['docs/broken-link', 'link #user-content-paging matches no heading of this document'],
    ]);
  });

  it('an anchor written as the emoji renders is no anchor of the heading', async () => {
    const text = RUNBOOK.replace(
      'see [Mitigation](#mitigation).',
      'see [Rollback](#rollback-) or [Rollback](#rollback).',
    );
    const findings = await findingsOf(RB, text);
    expect(findings.map((f) => [f.ruleId, f.line, f.column, f.message])).toEqual([
      [
        'docs/broken-link',
        lineOf(text, '(#rollback-)'),
        columnOf(text, '[Rollback](#rollback-)'),
        'link #rollback- matches no heading of this document',
      ],
      [
        'docs/broken-link',
        lineOf(text, '(#rollback-)'),
        columnOf(text, '[Rollback](#rollback)'),
        'link #rollback matches no heading of this document',
      ],
    ]);
  });
});

describe('links as teams write them', () => {
  const RB = 'docs/runbooks/queue-backlog.md';
  const files = {
    'src/orders/consumer.py': 'import os\n\n\ndef main():\n    run()\n',
    'docs/runbooks/Queue Tuning.md': '# Queue tuning\n\n## Prefetch\n\nSet it to 50.\n',
    'docs/runbooks/scripts/drain.sh': '#!/bin/sh\nset -eu\n',
  };
  const runbookWith = (escalation: string): string =>
    GOOD_RUNBOOK.replace(
      'After 15 minutes without progress,',
      `${escalation}\n\nAfter 15 minutes without progress,`,
    );
  const check = (text: string) => findingsOf(RB, text, files);
  const shown = (findings: Awaited<ReturnType<typeof check>>) =>
    findings.map((f) => [f.ruleId, f.line, f.column, f.message]);

  it('reference links, encoded and bracketed paths, folders, line ranges and ?plain=1 that resolve pass', async () => {
    const text = runbookWith(
      [
        'The consumer ([code][consumer], [its main](../../src/orders/consumer.py#L4-L5)) reads',
        '[the tuning notes](<Queue Tuning.md>) and [prefetch](Queue%20Tuning.md#prefetch); the',
        '[scripts](scripts/) folder, [the template source](Queue%20Tuning.md?plain=1#L3) and a',
        'footnote[^why] too.',
        '',
        '[consumer]: ../../src/orders/consumer.py?plain=1',
        '',
        '[^why]: Prefetch changed in the [tuning notes](Queue%20Tuning.md).',
      ].join('\n'),
    );
    expect(await check(text)).toEqual([]);
  });

  it('a reference or footnote without its definition is reported where it is written', async () => {
    const text = runbookWith(
      'Drain it with [the script][drain] (see [the notes][]) and read the footnote[^lag]. ![Lag][lag-graph]',
    );
    const line = lineOf(text, 'Drain it with');
    expect(shown(await check(text))).toEqual([
      [
        'docs/broken-link',
        line,
        columnOf(text, '[the script][drain]'),
        'link [the script][drain] has no definition: GitHub shows it as plain text (add "[drain]: <url>")',
      ],
      [
        'docs/broken-link',
        line,
        columnOf(text, '[the notes][]'),
        'link [the notes][] has no definition: GitHub shows it as plain text (add "[the notes]: <url>")',
      ],
      [
        'docs/broken-link',
        line,
        columnOf(text, '[^lag]'),
        'footnote [^lag] has no definition: GitHub shows it as plain text (add "[^lag]: <text>")',
      ],
      [
        'docs/broken-link',
        line,
        columnOf(text, '![Lag]'),
        'image ![Lag][lag-graph] has no definition: GitHub shows it as plain text (add "[lag-graph]: <url>")',
      ],
    ]);
  });

  it('a link whose path has a space is no link: it is reported with how to write it', async () => {
    const text = runbookWith(
      'Read [the tuning notes](Queue Tuning.md) and ![the graph](img/queue depth.png) first.',
    );
    const line = lineOf(text, 'Read [the tuning notes]');
    expect(shown(await check(text))).toEqual([
      [
        'docs/broken-link',
        line,
        columnOf(text, '[the tuning notes]'),
        'link [the tuning notes](Queue Tuning.md) is no link: GitHub shows it as plain text (write the path with %20 for each space, or in <…>)',
      ],
      [
        'docs/broken-link',
        line,
        columnOf(text, '![the graph]'),
        'image ![the graph](img/queue depth.png) is no image: GitHub shows it as plain text (write the path with %20 for each space, or in <…>)',
      ],
    ]);
  });

  it('the repository root and GitHub’s own pages of the repository are no broken links', async () => {
    // From docs/runbooks/, four levels up is github.com/org/repo/ (past blob/<branch>/): its issues, wiki, pulls.
    const text = runbookWith(
      'See [the root](../../), [here](./), [root](/), [issue 42](../../../../issues/42), [the wiki](../../../../wiki/Checkout) and [open PRs](../../../../pulls?q=is%3Aopen).',
    );
    expect(await check(text)).toEqual([]);
  });

  it('a link into a path the config tells every check to ignore is not judged: it may well exist', async () => {
    const text = runbookWith('See [the vendored tool](../../vendor/pgtool/README.md#usage).');
    const findings = await findingsOf(
      RB,
      text,
      { ...files, 'vendor/pgtool/README.md': '# pgtool\n' },
      "ignore: ['vendor/**']\n",
    );
    expect(findings).toEqual([]);
  });

  it('past the repository, anything but its GitHub pages is outside it', async () => {
    const text = runbookWith(
      'See [another repo](../../../../../payments/README.md) and [a file](../../../../src/app.py).',
    );
    const line = lineOf(text, 'See [another repo]');
    expect(shown(await check(text))).toEqual([
      [
        'docs/broken-link',
        line,
        columnOf(text, '[another repo]'),
        'link ../../../../../payments/README.md points at a path outside the repository',
      ],
      [
        'docs/broken-link',
        line,
        columnOf(text, '[a file]'),
        'link ../../../../src/app.py points at a path outside the repository',
      ],
    ]);
  });

  it('brackets in code or after a name are no references', async () => {
    const text = runbookWith(
      'Read `offsets[0][1]`, matrix[0][1] and \\[not\\]\\[a link\\] in the dump; `[^x]` is a regex, and keys match [a-z][a-z0-9-]* or [A-Z][\\w.]+ here, as the sources say [1][2].',
    );
    expect(await check(text)).toEqual([]);
  });

  it('a line past the end of the linked file is reported, and a Markdown line needs ?plain=1', async () => {
    const text = runbookWith(
      '[main](../../src/orders/consumer.py#L40) and [the prefetch line](Queue%20Tuning.md#L3).',
    );
    const line = lineOf(text, '[main]');
    expect(shown(await check(text))).toEqual([
      [
        'docs/broken-link',
        line,
        1,
        'link ../../src/orders/consumer.py#L40: src/orders/consumer.py has 5 lines',
      ],
      [
        'docs/broken-link',
        line,
        columnOf(text, '[the prefetch line]'),
        'link Queue%20Tuning.md#L3: #l3 matches no heading of docs/runbooks/Queue Tuning.md (link a line of a Markdown file with ?plain=1#L3)',
      ],
    ]);
  });

  it('a path that differs only in case names the file that exists: GitHub is case-sensitive', async () => {
    const text = runbookWith('See [tuning](queue%20tuning.md) and [drain](Scripts/drain.sh).');
    const line = lineOf(text, 'See [tuning]');
    expect(shown(await check(text))).toEqual([
      [
        'docs/broken-link',
        line,
        columnOf(text, '[tuning]'),
        'link queue%20tuning.md points at docs/runbooks/queue tuning.md, which does not exist (docs/runbooks/Queue Tuning.md does: paths on GitHub are case-sensitive)',
      ],
      [
        'docs/broken-link',
        line,
        columnOf(text, '[drain]'),
        'link Scripts/drain.sh points at docs/runbooks/Scripts/drain.sh, which does not exist (docs/runbooks/scripts/drain.sh does: paths on GitHub are case-sensitive)',
      ],
    ]);
  });
});

describe('front matter as teams fill it in', () => {
  const TEMPLATE_PATH = '.github/ops-steward/postmortem.md';
  const TEMPLATE = `---
title: "{{ title }}"
date: YYYY-MM-DD
status: draft | in review | final
severity: SEV1 | SEV2 | SEV3
owners: ["@handle"]
tags: []
---

# {{ title }}

## Summary

{{ Two or three sentences }}
`;
  const doc = (frontMatter: string): string => `${frontMatter}

# Card declines spike

## Summary

Card declines rose to 9% for 40 minutes after a gateway config push.
`;
  const check = (text: string, path = PM) => findingsOf(path, text, { [TEMPLATE_PATH]: TEMPLATE });
  const shown = (findings: Awaited<ReturnType<typeof check>>) =>
    findings.map((f) => [f.ruleId, f.line, f.column, f.message]);

  it('a date-time is a date, team handles and extra keys are fine, and an empty list may stay empty', async () => {
    const text = doc(`---
title: Card declines spike
date: 2024-03-05T10:00:00Z
status: final
severity: SEV2
owners: ["@acme/payments-team", "@jdoe"]
tags: []
reviewers: ["@alice"]
jira: PAY-1234
---`);
    expect(await check(text, 'docs/postmortems/2024/q1/2024-03-05-card-declines.md')).toEqual([]);
  });

  it('an Enterprise Managed User (@jdoe_acme) is a GitHub user, in the front matter and as an owner', async () => {
    const text = doc(`---
title: Card declines spike
date: 2024-03-05
status: final
severity: SEV2
owners: ["@jdoe_acme", "@acme/payments-team"]
tags: [payments]
---`);
    expect(await check(text)).toEqual([]);
    const items = GOOD_POSTMORTEM.replace('| @bob | #482 |', '| @bob_acme | #482 |');
    expect(await findingsOf(PM, items)).toEqual([]);
  });

  it('a key written in another case or with _ for - is named where it is, not just "missing"', async () => {
    const text = doc(`---
Title: Card declines spike
date: 2024-03-05
status: final
severity: SEV2
owners: ["@jdoe"]
tags: [payments]
---`);
    expect(shown(await check(text))).toEqual([
      [
        'docs/front-matter',
        2,
        1,
        'front matter field "title" is missing: "Title" is there, and keys must be written as the template writes them',
      ],
    ]);
    const runbook = GOOD_RUNBOOK.replace('last-reviewed:', 'last_reviewed:');
    const findings = await findingsOf('docs/runbooks/checkout-error-rate.md', runbook);
    expect(shown(findings)).toEqual([
      [
        'docs/front-matter',
        3,
        1,
        'front matter field "last-reviewed" is missing: "last_reviewed" is there, and keys must be written as the template writes them',
      ],
    ]);
  });

  it('a date-time that does not exist is still no date', async () => {
    const text = doc(`---
title: Card declines spike
date: 2024-02-30T25:00:00Z
status: final
severity: SEV2
owners: ["@jdoe"]
tags: [payments]
---`);
    expect(shown(await check(text))).toEqual([
      [
        'docs/front-matter',
        3,
        7,
        'front matter field "date" must be a date YYYY-MM-DD, not "2024-02-30T25:00:00Z"',
      ],
    ]);
  });

  it('TOML front matter (+++) is named as such, not reported as missing', async () => {
    const text = doc(`+++
title = "Card declines spike"
date = 2024-03-05
+++`);
    expect(shown(await check(text))).toEqual([
      [
        'docs/front-matter',
        1,
        1,
        'front matter is TOML (+++): write it as YAML between --- lines, with title, date, status, severity, owners, tags',
      ],
    ]);
  });
});

describe('pull requests that rename, delete and add', () => {
  const TEMPLATE_PATH = '.github/ops-steward/postmortem.md';
  const OLD = 'docs/postmortems/drafts/card-declines.md';
  const NEW = 'docs/postmortems/2026-10-14-card-declines.md';
  const patchOf = (text: string): string => {
    const lines = text.slice(0, -1).split('\n');
    return `@@ -0,0 +1,${lines.length} @@\n${lines.map((l) => `+${l}`).join('\n')}`;
  };
  const review = async (
    base: Record<string, string>,
    head: Record<string, string>,
    entries: PullFileEntry[],
  ) => {
    const ctx = pullRequestContextFor(
      memoryRepo({ '.github/CODEOWNERS': CODEOWNERS, ...head }),
      memoryRepo({ '.github/CODEOWNERS': CODEOWNERS, ...base }),
      diffFromPullFiles(entries),
      config(),
      NOW,
    );
    return docsModule.pullRequest!(ctx);
  };

  it('a renamed document is checked at its new path; a deleted one is not, and links to it break', async () => {
    const flawed = GOOD_POSTMORTEM.replace('status: final', 'status: done');
    const linking = GOOD_POSTMORTEM.replace(
      'No data was lost.',
      'No data was lost. See [the earlier incident](2026-09-02-checkout-slow.md).',
    );
    const LINKING = 'docs/postmortems/2026-10-20-checkout-again.md';
    const GONE = 'docs/postmortems/2026-09-02-checkout-slow.md';
    const result = await review(
      { [OLD]: flawed, [GONE]: GOOD_POSTMORTEM },
      { [NEW]: flawed, [LINKING]: linking },
      [
        { filename: NEW, previous_filename: OLD, status: 'renamed' },
        { filename: GONE, status: 'removed' },
        { filename: LINKING, status: 'added', patch: patchOf(linking) },
      ],
    );
    expect(result.findings.map((f) => [f.file, f.ruleId, f.line])).toEqual([
      [NEW, 'docs/front-matter', lineOf(flawed, 'status: done')],
      [LINKING, 'docs/broken-link', lineOf(linking, 'No data was lost.')],
    ]);
    expect(result.section!.markdown).not.toContain(`**\`${GONE}\`**`);
  });

  it('a template the pull request adds is reported as added, and the built-in one judges meanwhile', async () => {
    const TEMPLATE =
      '---\nowner: "@handle"\n---\n\n# {{ title }}\n\n## What happened\n\n{{ text }}\n';
    const result = await review({}, { [TEMPLATE_PATH]: TEMPLATE, [NEW]: GOOD_POSTMORTEM }, [
      { filename: TEMPLATE_PATH, status: 'added', patch: patchOf(TEMPLATE) },
      { filename: NEW, status: 'added', patch: patchOf(GOOD_POSTMORTEM) },
    ]);
    expect(result.findings.map((f) => [f.file, f.ruleId, f.line, f.message])).toEqual([
      [
        TEMPLATE_PATH,
        'docs/template-changed',
        1,
        'this pull request adds the postmortem template: postmortem documents are checked against the built-in postmortem template here, and the new template applies once it is merged',
      ],
    ]);
    expect(result.section!.markdown).toContain(
      '(postmortem, checked against the built-in template)',
    );
  });

  it('a kind of your own whose first template comes with the pull request is not checked until merged', async () => {
    const YAML =
      'docs:\n  kinds:\n    decision:\n      paths: ["docs/decisions/*.md"]\n      template: docs/templates/decision.md\n';
    const TEMPLATE =
      '# {{ title }}\n\n## Context\n\n{{ context }}\n\n## Decision\n\n{{ decision }}\n';
    const ADR = 'docs/decisions/0007-use-postgres.md';
    const files = { '.github/ops-steward.yml': YAML, '.github/CODEOWNERS': CODEOWNERS };
    const ctx = {
      ...pullRequestContextFor(
        memoryRepo({ ...files, 'docs/templates/decision.md': TEMPLATE, [ADR]: '# Use Postgres\n' }),
        memoryRepo(files),
        diffFromPullFiles([
          { filename: 'docs/templates/decision.md', status: 'added', patch: patchOf(TEMPLATE) },
          { filename: ADR, status: 'added', patch: '@@ -0,0 +1,1 @@\n+# Use Postgres' },
        ]),
        config(YAML),
        NOW,
      ),
      configPath: '.github/ops-steward.yml',
    };
    const result = await docsModule.pullRequest!(ctx);
    expect(result.findings.map((f) => [f.file, f.ruleId, f.line, f.message])).toEqual([
      [
        'docs/templates/decision.md',
        'docs/template-changed',
        1,
        'this pull request adds the decision template: the base commit has none, so decision documents are not checked here (docs/template-invalid), and they are once it is merged',
      ],
      [
        '.github/ops-steward.yml',
        'docs/template-invalid',
        lineOf(YAML, 'template:'),
        'the template of kind "decision", docs/templates/decision.md, does not exist and there is no built-in one: its documents are not checked',
      ],
    ]);
  });

  it('a template the pull request moves away is reported as removed', async () => {
    const TEMPLATE = '# {{ title }}\n\n## What happened\n\n{{ text }}\n';
    const MOVED = 'docs/templates/postmortem.md';
    const result = await review({ [TEMPLATE_PATH]: TEMPLATE }, { [MOVED]: TEMPLATE }, [
      { filename: MOVED, previous_filename: TEMPLATE_PATH, status: 'renamed' },
    ]);
    expect(result.findings.map((f) => [f.file, f.ruleId, f.line, f.message])).toEqual([
      [
        TEMPLATE_PATH,
        'docs/template-changed',
        undefined,
        `this pull request removes the postmortem template (it moves it to ${MOVED}): postmortem documents are checked against the base commit's template here, and the change applies once it is merged`,
      ],
    ]);
  });
});

describe('min-items on nested lists and tables', () => {
  const RB = 'docs/runbooks/orders-queue-backlog.md';
  const withDiagnosis = (body: string): string => {
    const from = GOOD_RUNBOOK.indexOf('## Diagnosis\n\n') + '## Diagnosis\n\n'.length;
    const to = GOOD_RUNBOOK.indexOf('## Mitigation');
    return `${GOOD_RUNBOOK.slice(0, from)}${body}\n\n${GOOD_RUNBOOK.slice(to)}`;
  };
  const minItems = async (text: string) =>
    (await findingsOf(RB, text))
      .filter((f) => f.ruleId === 'docs/min-items')
      .map((f) => [f.line, f.message]);

  it('a bold or colon label over a nested list stands for its items; steps with details count once', async () => {
    const grouped = withDiagnosis(
      [
        '- **Check the graphs**',
        '  - [Queue depth](https://grafana.acme.example/d/queues) above 10,000?',
        '  - Consumer lag rising on every partition?',
      ].join('\n'),
    );
    expect(await minItems(grouped)).toEqual([]);
    const labelled = withDiagnosis(
      [
        '- Look at these graphs:',
        '  - [Queue depth](https://grafana.acme.example/d/queues)',
        '  - Consumer lag',
      ].join('\n'),
    );
    expect(await minItems(labelled)).toEqual([]);
    const oneStep = withDiagnosis(
      [
        '1. Open [Orders / Queues](https://grafana.acme.example/d/queues) and check the depth.',
        '   - above 10,000 means the consumers are behind',
        '   - flat means the producer stopped',
      ].join('\n'),
    );
    expect(await minItems(oneStep)).toEqual([
      [
        lineOf(oneStep, '## Diagnosis'),
        'section "Diagnosis" has 1 item; the template asks for at least 2',
      ],
    ]);
  });

  it('table rows count, the header row does not', async () => {
    const table = withDiagnosis(
      [
        '| Graph | Means |',
        '| --- | --- |',
        '| [Queue depth](https://grafana.acme.example/d/queues) | consumers are behind |',
      ].join('\n'),
    );
    expect(await minItems(table)).toEqual([
      [
        lineOf(table, '## Diagnosis'),
        'section "Diagnosis" has 1 item; the template asks for at least 2',
      ],
    ]);
  });
});

describe('headings with emoji as shortcodes or characters', () => {
  const TEMPLATE_PATH = '.github/ops-steward/runbook.md';
  const TEMPLATE = `# {{ AlertName }}

## :bell: Overview ##

{{ What fires this alert }}

## 🧯 Mitigation

{{ The first safe step }}
`;
  const RB = 'ops/runbooks/KubePodCrashLooping.md';
  const check = (text: string) => findingsOf(RB, text, { [TEMPLATE_PATH]: TEMPLATE });

  it('match the template whether the emoji is written as a shortcode, a character, or left out', async () => {
    for (const [overview, mitigation] of [
      ['## 🔔 Overview', '## :fire_extinguisher: Mitigation'],
      ['## Overview', '## Mitigation'],
      ['## :bell: Overview', '## 🧯 Mitigation'],
    ]) {
      const text = `# KubePodCrashLooping

${overview}

A pod restarted more than 5 times in 10 minutes.

${mitigation}

Roll back the last deploy of the crashing service.
`;
      expect(await check(text)).toEqual([]);
    }
  });

  it('a word between colons inside a heading is no shortcode', async () => {
    const text = `# KubePodCrashLooping

## Overview:bell:

A pod restarted more than 5 times in 10 minutes.

## Mitigation

Roll back.
`;
    expect((await check(text)).map((f) => [f.ruleId, f.line])).toEqual([
      ['docs/missing-section', lineOf(text, '## Overview:bell:')],
    ]);
  });
});

describe('the new shapes with CRLF line ends and a byte order mark', () => {
  it('report the same findings at the same places', async () => {
    const text = withTimeline([
      '- T+0: `checkout-error-rate` pages the checkout on-call, see [the runbook][rb].',
      '- T+30m: rollback to v411 starts; the footnote[^roll] says why.',
      '- T+12m: @bob acknowledges.',
    ]);
    const lf = await findingsOf(PM, text);
    const crlf = await findingsOf(PM, `\uFEFF${text.replace(/\n/g, '\r\n')}`);
    expect(lf.map((f) => [f.ruleId, f.line, f.column])).toEqual([
      ['docs/broken-link', lineOf(text, 'T+0'), columnOf(text, '[the runbook][rb]')],
      ['docs/broken-link', lineOf(text, 'T+30m'), columnOf(text, '[^roll]')],
      ['docs/timeline-order', lineOf(text, 'T+12m'), 1],
    ]);
    expect(crlf).toEqual(lf);
  });
});

describe('timelines over several days', () => {
  it('"Day 2" subheadings move the date on, with or without a date of their own', async () => {
    const text = withTimeline([
      '### Day 1 (2026-10-14)',
      '',
      '- 09:00: disk usage alert on db-3.',
      '- 17:30: a cleanup job is scheduled for the night.',
      '',
      '### Day 2',
      '',
      '- 08:15: the disk is full; writes fail.',
      '- 08:40: the volume is extended.',
      '',
      '**Day 3 – 2026-10-16**',
      '',
      '- 07:55: the cleanup job finally runs.',
    ]);
    expect(await findingsOf(PM, text)).toEqual([]);
  });

  it('an entry earlier than the one before it on the same day is still out of order', async () => {
    const { text, found } = await timelineOf(PM, [
      '### Day 1',
      '',
      '- 09:00: disk usage alert on db-3.',
      '',
      '### Day 2',
      '',
      '- 08:40: the volume is extended.',
      '- 08:15: the disk is full; writes fail.',
    ]);
    expect(found).toEqual([
      [lineOf(text, '- 08:15'), 'timeline entry 08:15 is earlier than the entry before it (08:40)'],
    ]);
  });

  it('entries nested under a date or Day N bullet take that day', async () => {
    const text = withTimeline([
      '- **Day 1 (2026-10-14)**',
      '  - 09:00: disk usage alert on db-3.',
      '  - 17:30: a cleanup job is scheduled for the night.',
      '- **Day 2**',
      '  - 08:15: the disk is full; writes fail.',
      '- 2026-10-16',
      '  - 07:55: the cleanup job finally runs.',
      '  - 07:50: someone notices it had not run.',
    ]);
    expect((await findingsOf(PM, text)).map((f) => [f.line, f.message])).toEqual([
      [lineOf(text, '07:50'), 'timeline entry 07:50 is earlier than the entry before it (07:55)'],
    ]);
  });

  it('dates written 2026/10/14 are dates', async () => {
    const { text, found } = await timelineOf(PM, [
      '- 2026/10/14 23:50 UTC: the nightly export starts.',
      '- 2026/10/15 00:20: the export fails.',
      '- 2026/10/14 23:59: first error.',
    ]);
    expect(found).toEqual([
      [
        lineOf(text, '2026/10/14 23:59'),
        'timeline entry 2026/10/14 23:59 is earlier than the entry before it (2026/10/15 00:20)',
      ],
    ]);
  });
});

describe('a section that holds only an HTML comment', () => {
  it('is empty, and only that is reported: not its marker’s rule on top', async () => {
    const RB = 'docs/runbooks/checkout-error-rate.md';
    const text = GOOD_RUNBOOK.replace(
      /## Diagnosis\n\n[\s\S]*?## Mitigation/,
      '## Diagnosis\n\n<!-- TODO: add the graphs to look at -->\n\n## Mitigation',
    );
    const findings = await findingsOf(RB, text);
    expect(findings.map((f) => [f.ruleId, f.line, f.message])).toEqual([
      ['docs/empty-section', lineOf(text, '## Diagnosis'), 'section "Diagnosis" is empty'],
    ]);
  });

  it('in a timeline, too', async () => {
    const text = withTimeline(['<!-- paste the timeline from the incident channel -->']);
    const findings = await findingsOf(PM, text);
    expect(findings.map((f) => [f.ruleId, f.line, f.message])).toEqual([
      ['docs/empty-section', lineOf(text, '## Timeline'), 'section "Timeline" is empty'],
    ]);
  });
});

describe('docs new in a repository that files postmortems by year', () => {
  const kind = docKinds(config()).find((k) => k.name === 'postmortem')!;
  const template = parseTemplate('postmortem', BUILT_IN_TEMPLATES.postmortem!, 'built-in', true);
  const write = (existing: string[], date = '2026-12-01') =>
    newDocument({ kind, template, title: 'Card declines spike', date, existing });

  it("writes into this year's folder, and this quarter's or month's below it, not last year's", () => {
    const byYear = [
      'docs/postmortems/2024/2024-03-05-payments-outage.md',
      'docs/postmortems/2025/2025-02-11-search-down.md',
      'docs/postmortems/2025/2025-06-30-login-errors.md',
    ];
    expect(write(byYear)).toMatchObject({
      ok: true,
      path: 'docs/postmortems/2026/2026-12-01-card-declines-spike.md',
    });
    const byQuarter = ['ops/postmortems/2025/q3/2025-08-01-cdn.md', 'ops/postmortems/2025/Q3/x.md'];
    expect(write(byQuarter, '2026-05-20')).toMatchObject({
      path: 'ops/postmortems/2026/q2/2026-05-20-card-declines-spike.md',
    });
    const byMonth = ['postmortems/2025/11/2025-11-02-queue.md', 'postmortems/2025/11/b.md'];
    expect(write(byMonth, '2026-01-07')).toMatchObject({
      path: 'postmortems/2026/01/2026-01-07-card-declines-spike.md',
    });
  });

  it('a folder without a year is kept as it is', () => {
    expect(write(['docs/postmortems/2025-06-30-login-errors.md'])).toMatchObject({
      path: 'docs/postmortems/2026-12-01-card-declines-spike.md',
    });
  });
});

describe('reference-style links in marker sections', () => {
  it('a dashboard linked by reference, defined at the end of the runbook, is a dashboard link', async () => {
    const text = `${GOOD_RUNBOOK.replace(
      '[Checkout / Overview](https://grafana.acme.example/d/checkout)',
      '[Checkout / Overview][overview]',
    )}
[overview]: https://grafana.acme.example/d/checkout
`;
    expect(await findingsOf('docs/runbooks/checkout-error-rate.md', text)).toEqual([]);
  });

  it('an action item tracked by a reference link is tracked; one whose reference is undefined is not', async () => {
    const text = `${GOOD_POSTMORTEM.replace(
      '| Fail the deploy when a config key is missing | @alice | [PAY-118](https://acme.atlassian.net/browse/PAY-118) |',
      '| Fail the deploy when a config key is missing | @alice | [the ticket][deploy-check] |\n| Alert on config drift | @bob | [the ticket][drift] |',
    )}
[deploy-check]: https://acme.atlassian.net/browse/PAY-118
`;
    const findings = await findingsOf(PM, text);
    expect(findings.map((f) => [f.ruleId, f.line])).toEqual([
      ['docs/action-item-link', lineOf(text, 'Alert on config drift')],
      ['docs/broken-link', lineOf(text, 'Alert on config drift')],
    ]);
  });
});

describe('dashboards linked in HTML', () => {
  it('an <a href> or a graph snapshot <img src> on http(s) is a dashboard link', async () => {
    for (const html of [
      '<a href="https://grafana.acme.example/d/checkout">Checkout / Overview</a>',
      '<img src="https://grafana.acme.example/render/d-solo/checkout?panelId=4" width="600">',
    ]) {
      const text = GOOD_RUNBOOK.replace(
        '[Checkout / Overview](https://grafana.acme.example/d/checkout)',
        html,
      );
      expect(await findingsOf('docs/runbooks/checkout-error-rate.md', text)).toEqual([]);
    }
  });
});

describe('placeholders in link targets', () => {
  it('are leftover placeholders, not broken links (one for the paragraph’s prose, one per link target)', async () => {
    const text = GOOD_RUNBOOK.replace(
      'After 15 minutes without progress,',
      'See [Dashboard]({{ dashboard_url }}), [Logs]({{logs_url}}) and ![graph]({{ graph }}).\n\n[runbook]: {{runbook_url}}\n\n<img src="{{ snapshot }}" width="600">\n\nAfter 15 minutes without progress,',
    );
    const findings = await findingsOf('docs/runbooks/checkout-error-rate.md', text);
    const line = lineOf(text, 'See [Dashboard]');
    expect(findings.map((f) => [f.ruleId, f.line, f.column, f.message])).toEqual([
      [
        'docs/placeholder',
        line,
        columnOf(text, '{{ dashboard_url }}'),
        'leftover placeholder "{{ dashboard_url }}": replace it with the real text',
      ],
      [
        'docs/placeholder',
        line,
        columnOf(text, '[Logs]'),
        'leftover placeholder "{{logs_url}}" as a link target: replace it with the real link',
      ],
      [
        'docs/placeholder',
        lineOf(text, '[runbook]:'),
        1,
        'leftover placeholder "{{runbook_url}}" as a link target: replace it with the real link',
      ],
      [
        'docs/placeholder',
        lineOf(text, '<img src="{{'),
        1,
        'leftover placeholder "{{ snapshot }}" as a link target: replace it with the real link',
      ],
    ]);
  });
});
