import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasBundle, leftTheMachine } from '../e2e/harness.js';
import { addedPatch, runDocsPullRequest } from './action-pr-run.js';

/**
 * The pull-request path from outside: the bundled Action on a \`pull_request\` event against the fake
 * GitHub, a postmortem added and its template loosened in the same pull request. The base template
 * judges it; the change is a notice; findings are annotations and the sticky comment's checklist.
 */

const DOC = 'incidents/postmortems/2026-10-20-search.md';
const TEMPLATE = '.github/ops-steward/postmortem.md';
const BASE_TEMPLATE =
  '# {{ title }}\n\n## Timeline\n<!-- ops-steward: timeline -->\n\n- {{ HH:MM }}\n\n## Follow-ups\n<!-- ops-steward: action-items -->\n\n- {{ item }}\n';
const HEAD_TEMPLATE = '# {{ title }}\n\n## Timeline\n';
const TEXT =
  '# Search down\n\n## Timeline\n\n- 2026-10-20 09:50 UTC: index job starts.\n- 10:05: restored.\n- 09:59: support reports it.\n\n## Follow-ups\n\n- Add a count check — @dana\n';

describe.runIf(hasBundle)('docs on a pull request, through the bundled Action', () => {
  let tmp: string;
  beforeAll(async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'ops-steward-docs-pr-'));
  });
  afterAll(async () => {
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  it('annotates the document, reports the template change, and writes the checklist', async () => {
    const { result, comments, unmatched } = await runDocsPullRequest(tmp, {
      number: 7,
      base: { [TEMPLATE]: BASE_TEMPLATE },
      head: { [DOC]: TEXT, [TEMPLATE]: HEAD_TEMPLATE },
      files: [
        { filename: DOC, status: 'added', patch: addedPatch(TEXT) },
        {
          filename: TEMPLATE,
          status: 'modified',
          patch: '@@ -3,9 +3,1 @@\n ## Timeline\n-<!-- ops-steward: timeline -->',
        },
      ],
    });
    expect(result.code).toBe(1);
    // Annotations on the document's lines, judged by the base template (its action-items marker).
    expect(result.stdout).toMatch(
      /^::error title=docs\/timeline-order,file=incidents\/postmortems\/2026-10-20-search\.md,line=7,endLine=7,col=1::timeline entry 09:59 is earlier than the entry before it \(10:05\)$/m,
    );
    expect(result.stdout).toMatch(
      /^::error title=docs\/action-item-link,file=incidents\/postmortems\/2026-10-20-search\.md,line=11,/m,
    );
    expect(result.stdout).toMatch(
      /^::notice title=docs\/template-changed,file=\.github\/ops-steward\/postmortem\.md,line=1,/m,
    );
    expect(comments).toHaveLength(1);
    const checklist = comments[0]!.split('\n');
    const at = checklist.indexOf(`**\`${DOC}\`** (postmortem, checked against \`${TEMPLATE}\`)`);
    expect(at).toBeGreaterThan(0);
    expect(checklist.slice(at + 2, at + 5)).toEqual([
      '- ✓ Search down',
      '  - ✗ Timeline: timeline entry 09:59 is earlier than the entry before it (10:05) (line 7)',
      '  - ✗ Follow-ups: action item "Add a count check — @\u200Bdana" has no tracking link or issue reference (\\#123, OPS-42, a URL) (line 11)',
    ]);
    expect(unmatched).toEqual([]);
    expect(leftTheMachine(result)).toEqual([]);
  }, 30_000);
});
