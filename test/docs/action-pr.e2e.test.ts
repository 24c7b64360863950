import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { githubError, startFakeGitHub } from '../support/fake-github.js';
import type { FakeGitHub } from '../support/fake-github.js';
import { hasBundle, leftTheMachine, resolveNodeBinary, runAction } from '../e2e/harness.js';

/**
 * The pull-request path from outside: the bundled Action on a \`pull_request\` event against the fake
 * GitHub, a postmortem added and its template loosened in the same pull request. The base template
 * judges it; the change is a notice; findings are annotations and the sticky comment's checklist.
 */

const BASE = 'b'.repeat(40);
const HEAD = 'c'.repeat(40);
const DOC = 'incidents/postmortems/2026-10-20-search.md';
const TEMPLATE = '.github/ops-steward/postmortem.md';
const BASE_TEMPLATE =
  '# {{ title }}\n\n## Timeline\n<!-- ops-steward: timeline -->\n\n- {{ HH:MM }}\n\n## Follow-ups\n<!-- ops-steward: action-items -->\n\n- {{ item }}\n';
const HEAD_TEMPLATE = '# {{ title }}\n\n## Timeline\n';
const TEXT =
  '# Search down\n\n## Timeline\n\n- 2026-10-20 09:50 UTC: index job starts.\n- 10:05: restored.\n- 09:59: support reports it.\n\n## Follow-ups\n\n- Add a count check — @dana\n';

describe.runIf(hasBundle)('docs on a pull request, through the bundled Action', () => {
  let tmp: string;
  let fake: FakeGitHub<{ comments: string[] }>;
  beforeAll(async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'ops-steward-docs-pr-'));
    await resolveNodeBinary();
    fake = await startFakeGitHub({ state: { comments: [] as string[] } });
    fake
      .route('GET', '/repos/acme/shop/contents/:path', (req) =>
        decodeURIComponent(req.params.path!) === TEMPLATE && req.query.ref === BASE
          ? {
              body: {
                type: 'file',
                encoding: 'base64',
                content: Buffer.from(BASE_TEMPLATE).toString('base64'),
              },
            }
          : githubError(404, 'Not Found'),
      )
      .route('GET', '/repos/acme/shop/pulls/7/files', () => ({
        body: [
          {
            filename: DOC,
            status: 'added',
            patch: `@@ -0,0 +1,12 @@\n${TEXT.slice(0, -1)
              .split('\n')
              .map((l) => `+${l}`)
              .join('\n')}`,
          },
          {
            filename: TEMPLATE,
            status: 'modified',
            patch: '@@ -3,9 +3,1 @@\n ## Timeline\n-<!-- ops-steward: timeline -->',
          },
        ],
      }))
      .route('GET', '/repos/acme/shop/issues/7/comments', () => ({ body: [] }))
      .route('POST', '/repos/acme/shop/issues/7/comments', (req, s) => {
        s.comments.push((req.body as { body: string }).body);
        return { status: 201, body: { id: 1, body: (req.body as { body: string }).body } };
      });
  });
  afterAll(async () => {
    await fake?.close();
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  it('annotates the document, reports the template change, and writes the checklist', async () => {
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
        number: 7,
        pull_request: {
          number: 7,
          changed_files: 2,
          base: { sha: BASE, repo: { full_name: 'acme/shop' } },
          head: { sha: HEAD, repo: { full_name: 'acme/shop' } },
        },
      },
      env: { GITHUB_SHA: 'd'.repeat(40), GITHUB_REF: 'refs/pull/7/merge' },
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
    expect(fake.state.comments).toHaveLength(1);
    const checklist = fake.state.comments[0]!.split('\n');
    const at = checklist.indexOf(`**\`${DOC}\`** (postmortem, checked against \`${TEMPLATE}\`)`);
    expect(at).toBeGreaterThan(0);
    expect(checklist.slice(at + 2, at + 5)).toEqual([
      '- ✓ Search down',
      '  - ✗ Timeline: timeline entry 09:59 is earlier than the entry before it (10:05) (line 7)',
      '  - ✗ Follow-ups: action item "Add a count check — @\u200Bdana" has no tracking link or issue reference (\\#123, OPS-42, a URL) (line 11)',
    ]);
    expect(fake.unmatched()).toEqual([]);
    expect(leftTheMachine(result)).toEqual([]);
  }, 30_000);
});
