import { describe, expect, it } from 'vitest';
import { docsModule } from '../../src/docs/module.js';
import { diffFromPullFiles } from '../../src/repo/diff.js';
import type { PullFileEntry } from '../../src/repo/diff.js';
import { memoryRepo } from '../../src/repo/memory.js';
import { pullRequestContextFor } from '../support/modules.js';
import { NOW, config, lineOf } from './helpers.js';

/**
 * A team's own postmortem template — setext title and sections, numbered headings, emoji, a trailing
 * colon, optional sections and every marker — on a pull request that adds a postmortem and loosens the
 * template in the same change.
 */

const TEMPLATE_PATH = '.github/ops-steward/postmortem.md';
const TEMPLATE = `---
title: "{{ title }}"
date: YYYY-MM-DD
status: draft | in review | final
severity: SEV1 | SEV2 | SEV3
incident_commander: "@handle"
---

Postmortem: {{ title }}
=======================

Summary
-------

{{ Two or three sentences for people outside engineering }}

Impact:
-------

{{ Who was affected and how }}

## 3. 🕐 Timeline
<!-- ops-steward: timeline -->

| Time (UTC) | Event |
| --- | --- |
| {{ YYYY-MM-DD HH:MM }} | {{ what happened }} |

## 4. Root cause analysis

{{ What made this possible }}

### 4.1 Five whys
<!-- ops-steward: five-whys -->

1. {{ Why ...? Because ... }}

## 5. ✅ Action items
<!-- ops-steward: action-items -->

- [ ] {{ action }} — {{ @owner }} — {{ JIRA-123 }}

## 6. Supporting graphs
<!-- ops-steward: optional -->
<!-- ops-steward: dashboard-link -->

{{ link to the dashboard }}

## 7. Lessons learned
<!-- ops-steward: min-items 2 -->

- {{ lesson }}
`;

const DOC_PATH = 'incidents/postmortems/2026-10-20-search-down.md';
const DOC = `---
title: Search returned nothing for 20 minutes
date: 2026-10-20
status: final
severity: SEV2
incident_commander: '@dana-k'
---

Postmortem: Search returned nothing for 20 minutes
==================================================

Summary
-------

The nightly index rebuild published an empty index; searches returned no results.

## 3. Timeline

- 2026-10-20 23:50 UTC: the index job starts.
- 23:58: \`search-empty-results\` pages @dana-k.
- 00:05: the previous index is restored.
- 23:59: support reports empty results.

## 4. Root cause analysis

The job does not check the document count before it publishes.

### 4.1 Five whys

1. Why were results empty? Because the published index had no documents.
2. Why had it none? Because the source export timed out and wrote an empty file.
3. Why was the empty file used? Because the job does not check the count.
4. Why no check? Because the job predates the data contracts.
5. Why was it never revisited? Because nobody owns the job.

## 5. Action items

- [ ] Refuse to publish an index with fewer documents than the last — @dana-k — [SRCH-41](https://acme.atlassian.net/browse/SRCH-41)
- [ ] Give the job an owner — @acme/search

## 7. Lessons learned

- Restoring the previous index took seven minutes.
`;

function added(filename: string, text: string): PullFileEntry {
  const lines = text.slice(0, -1).split('\n');
  return {
    filename,
    status: 'added',
    patch: `@@ -0,0 +1,${lines.length} @@\n${lines.map((l) => `+${l}`).join('\n')}`,
  };
}

describe('a team template on a pull request', () => {
  it('reports the template change, judges by the base template, and lists each section', async () => {
    const base = { [TEMPLATE_PATH]: TEMPLATE, '.github/CODEOWNERS': '* @acme/sre\n' };
    const loosened = TEMPLATE.replace('<!-- ops-steward: min-items 2 -->\n', '');
    const head = { ...base, [TEMPLATE_PATH]: loosened, [DOC_PATH]: DOC };
    const marker = lineOf(TEMPLATE, 'min-items 2');
    const ctx = pullRequestContextFor(
      memoryRepo(head),
      memoryRepo(base),
      diffFromPullFiles([
        added(DOC_PATH, DOC),
        {
          filename: TEMPLATE_PATH,
          status: 'modified',
          patch: `@@ -${marker - 1},2 +${marker - 1},1 @@\n ## 7. Lessons learned\n-<!-- ops-steward: min-items 2 -->`,
        },
      ]),
      config(),
      NOW,
    );
    const review = await docsModule.pullRequest!(ctx);
    expect(review.findings.map((f) => [f.file, f.ruleId, f.line])).toEqual([
      [TEMPLATE_PATH, 'docs/template-changed', 1],
      [DOC_PATH, 'docs/missing-section', lineOf(DOC, '## 3. Timeline')],
      [DOC_PATH, 'docs/timeline-order', lineOf(DOC, '23:59')],
      [DOC_PATH, 'docs/action-item-link', lineOf(DOC, 'Give the job an owner')],
      [DOC_PATH, 'docs/min-items', lineOf(DOC, '## 7. Lessons learned')],
    ]);
    expect(review.section!.markdown.split('\n')).toEqual([
      `**\`${DOC_PATH}\`** (postmortem, checked against \`${TEMPLATE_PATH}\`)`,
      '',
      '- ✓ Front matter',
      '- ✓ Postmortem: Search returned nothing for 20 minutes',
      '  - ✓ Summary',
      `  - ✗ Impact: missing section \\#\\# Impact: (it belongs before "3. 🕐 Timeline") (line ${lineOf(DOC, '## 3. Timeline')})`,
      `  - ✗ 3. 🕐 Timeline: timeline entry 23:59 is earlier than the entry before it (00:05) (line ${lineOf(DOC, '23:59')})`,
      '  - ✓ 4. Root cause analysis',
      '    - ✓ 4.1 Five whys',
      `  - ✗ 5. ✅ Action items: action item "Give the job an owner — @\u200Bacme/search" has no tracking link or issue reference (\\#123, OPS-42, a URL) (line ${lineOf(DOC, 'Give the job')})`,
      '  - ➖ 6. Supporting graphs (optional, absent)',
      `  - ✗ 7. Lessons learned: section "7. Lessons learned" has 1 item; the template asks for at least 2 (line ${lineOf(DOC, '## 7. Lessons')})`,
    ]);
  });
});
