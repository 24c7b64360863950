import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { githubError, startFakeGitHub } from '../support/fake-github.js';
import type { FakeGitHub } from '../support/fake-github.js';
import { hasBundle, leftTheMachine, resolveNodeBinary, runAction } from '../e2e/harness.js';

/**
 * A pull request that adds the repository's first postmortem template, moves a draft postmortem to its
 * dated name and deletes an old one, through the bundled Action against the fake GitHub: the base has
 * no template, so the built-in one judges the moved document, and the new template is a notice.
 */

const BASE = 'e'.repeat(40);
const HEAD = 'f'.repeat(40);
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
  let fake: FakeGitHub<{ comments: string[] }>;
  beforeAll(async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'ops-steward-docs-moves-'));
    await resolveNodeBinary();
    fake = await startFakeGitHub({ state: { comments: [] as string[] } });
    fake
      .route('GET', '/repos/acme/shop/contents/:path', () => githubError(404, 'Not Found'))
      .route('GET', '/repos/acme/shop/pulls/12/files', () => ({
        body: [
          {
            filename: TEMPLATE,
            status: 'added',
            patch: `@@ -0,0 +1,5 @@\n${HEAD_TEMPLATE.slice(0, -1)
              .split('\n')
              .map((l) => `+${l}`)
              .join('\n')}`,
          },
          {
            filename: DOC,
            previous_filename: DRAFT,
            status: 'renamed',
            patch: '@@ -3,1 +3,1 @@\n-date: YYYY-MM-DD\n+date: 2026-10-20',
          },
          { filename: GONE, status: 'removed' },
        ],
      }))
      .route('GET', '/repos/acme/shop/issues/12/comments', () => ({ body: [] }))
      .route('POST', '/repos/acme/shop/issues/12/comments', (req, s) => {
        s.comments.push((req.body as { body: string }).body);
        return { status: 201, body: { id: 1, body: (req.body as { body: string }).body } };
      });
  });
  afterAll(async () => {
    await fake?.close();
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  it('judges the moved document by the built-in template, and says the new template applies once merged', async () => {
    const workspace = path.join(tmp, 'repo');
    await mkdir(path.join(workspace, 'incidents/postmortems'), { recursive: true });
    await mkdir(path.join(workspace, '.github/ops-steward'), { recursive: true });
    await writeFile(path.join(workspace, DOC), TEXT);
    await writeFile(path.join(workspace, TEMPLATE), HEAD_TEMPLATE);
    const result = await runAction({
      dir: path.join(tmp, 'run'),
      workspace,
      apiUrl: fake.url,
      eventName: 'pull_request',
      payload: {
        number: 12,
        pull_request: {
          number: 12,
          changed_files: 3,
          base: { sha: BASE, repo: { full_name: 'acme/shop' } },
          head: { sha: HEAD, repo: { full_name: 'acme/shop' } },
        },
      },
      env: { GITHUB_SHA: 'a'.repeat(40), GITHUB_REF: 'refs/pull/12/merge' },
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
    expect(result.stdout).not.toContain(`file=${GONE}`);
    expect(fake.state.comments).toHaveLength(1);
    const checklist = fake.state.comments[0]!.split('\n');
    expect(checklist).toContain(
      `**\`${DOC}\`** (postmortem, checked against the built-in template)`,
    );
    expect(checklist.some((l) => l.includes(GONE) && l.startsWith('**'))).toBe(false);
    expect(fake.unmatched()).toEqual([]);
    expect(leftTheMachine(result)).toEqual([]);
  }, 30_000);
});
