import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasBundle, leftTheMachine } from '../e2e/harness.js';
import { addedPatch, runDocsPullRequest } from './action-pr-run.js';

/**
 * A pull request that adds the repository's first postmortem template, moves a draft postmortem to its
 * dated name and deletes an old one, through the bundled Action against the fake GitHub: the base has
 * no template, so the built-in one judges the moved document, and the new template is a notice.
 */

const TEMPLATE = '.github/ops-steward/postmortem.md';
const DRAFT = 'incidents/postmortems/drafts/search.md';
const DOC = 'incidents/postmortems/2026-10-20-search.md';
const GONE = 'incidents/postmortems/2025-01-07-search-slow.md';
const HEAD_TEMPLATE = '# {{ title }}\n\n## What happened\n\n{{ text }}\n';
const TEXT = `---
title: Search returned nothing
date: 2026-10-20
status: final
severity: SEV-2
authors: ["@dana"]
---

# Search returned nothing

## Summary

The nightly index rebuild published an empty index; see the [earlier incident](2025-01-07-search-slow.md).
`;

describe.runIf(hasBundle)('docs on a pull request that adds a template and moves documents', () => {
  let tmp: string;
  beforeAll(async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'ops-steward-docs-moves-'));
  });
  afterAll(async () => {
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  it('judges the moved document by the built-in template, and says the new template applies once merged', async () => {
    const { result, comments, unmatched } = await runDocsPullRequest(tmp, {
      number: 12,
      base: {},
      head: { [DOC]: TEXT, [TEMPLATE]: HEAD_TEMPLATE },
      files: [
        { filename: TEMPLATE, status: 'added', patch: addedPatch(HEAD_TEMPLATE) },
        {
          filename: DOC,
          previous_filename: DRAFT,
          status: 'renamed',
          patch: '@@ -3,1 +3,1 @@\n-date: YYYY-MM-DD\n+date: 2026-10-20',
        },
        { filename: GONE, status: 'removed' },
      ],
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /^::notice title=docs\/template-changed,file=\.github\/ops-steward\/postmortem\.md,line=1,.*::this pull request adds the postmortem template: postmortem documents are checked against the built-in postmortem template here/m,
    );
    // The link to the deleted postmortem is broken, on the moved document's line.
    expect(result.stdout).toMatch(
      /^::error title=docs\/broken-link,file=incidents\/postmortems\/2026-10-20-search\.md,line=13,.*which does not exist$/m,
    );
    expect(result.stdout).toMatch(
      /^::error title=docs\/missing-section,file=incidents\/postmortems\/2026-10-20-search\.md,/m,
    );
    // Each verdict once, by the base's rules: the full check of the head judged this document by the
    // template the pull request adds, which applies only once merged.
    expect(result.stdout.match(/^::error title=docs\/broken-link,/gm)).toHaveLength(1);
    expect(result.stdout).not.toMatch(/What happened/);
    expect(result.stdout).not.toContain(`file=${GONE}`);
    expect(comments).toHaveLength(1);
    const checklist = comments[0]!.split('\n');
    expect(checklist).toContain(
      `**\`${DOC}\`** (postmortem, checked against the built-in template)`,
    );
    expect(checklist.some((l) => l.includes(GONE) && l.startsWith('**'))).toBe(false);
    expect(unmatched).toEqual([]);
    expect(leftTheMachine(result)).toEqual([]);
  }, 30_000);
});
