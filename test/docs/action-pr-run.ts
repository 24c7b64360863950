import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { githubError, startFakeGitHub } from '../support/fake-github.js';
import type { RecordedRequest } from '../support/fake-github.js';
import { resolveNodeBinary, runAction } from '../e2e/harness.js';
import type { RunResult } from '../e2e/harness.js';
import type { PullFileEntry } from '../../src/repo/diff.js';

const BASE = 'b'.repeat(40);
const HEAD = 'c'.repeat(40);

/** A pull request of acme/shop as the docs checks see it from outside. */
export interface DocsPullRequest {
  number: number;
  /** The base commit's files, served by the contents API at the base sha (anything else is a 404). */
  base: Record<string, string>;
  /** `GET /pulls/{n}/files`. */
  files: PullFileEntry[];
  /** The pull request's checkout. */
  head: Record<string, string>;
}

export interface DocsPullRequestRun {
  result: RunResult;
  /** Bodies of the comments the run created. */
  comments: string[];
  unmatched: RecordedRequest[];
}

/** `@@ -0,0 +1,N @@` with every line of `text` added. */
export function addedPatch(text: string): string {
  const lines = text.replace(/\n$/, '').split('\n');
  return `@@ -0,0 +1,${lines.length} @@\n${lines.map((l) => `+${l}`).join('\n')}`;
}

/**
 * The bundled Action on a `pull_request` event, in `dir`, against a fake GitHub that serves the
 * base commit's files and the file list, and records the sticky comment.
 */
export async function runDocsPullRequest(
  dir: string,
  pr: DocsPullRequest,
): Promise<DocsPullRequestRun> {
  await resolveNodeBinary();
  const fake = await startFakeGitHub({ state: { comments: [] as string[] } });
  try {
    fake
      .route('GET', '/repos/acme/shop/contents/:path', (req) => {
        const text = pr.base[decodeURIComponent(req.params.path!)];
        return text !== undefined && req.query.ref === BASE
          ? {
              body: {
                type: 'file',
                encoding: 'base64',
                content: Buffer.from(text).toString('base64'),
              },
            }
          : githubError(404, 'Not Found');
      })
      .route('GET', `/repos/acme/shop/pulls/${pr.number}/files`, () => ({ body: pr.files }))
      .route('GET', `/repos/acme/shop/issues/${pr.number}/comments`, () => ({ body: [] }))
      .route('POST', `/repos/acme/shop/issues/${pr.number}/comments`, (req, s) => {
        const body = (req.body as { body: string }).body;
        s.comments.push(body);
        return { status: 201, body: { id: 1, body } };
      });
    const workspace = path.join(dir, 'repo');
    for (const [file, text] of Object.entries(pr.head)) {
      await mkdir(path.dirname(path.join(workspace, file)), { recursive: true });
      await writeFile(path.join(workspace, file), text);
    }
    const result = await runAction({
      dir: path.join(dir, 'run'),
      workspace,
      apiUrl: fake.url,
      eventName: 'pull_request',
      payload: {
        number: pr.number,
        pull_request: {
          number: pr.number,
          changed_files: pr.files.length,
          base: { sha: BASE, repo: { full_name: 'acme/shop' } },
          head: { sha: HEAD, repo: { full_name: 'acme/shop' } },
        },
      },
      env: { GITHUB_SHA: 'd'.repeat(40), GITHUB_REF: `refs/pull/${pr.number}/merge` },
    });
    return { result, comments: [...fake.state.comments], unmatched: fake.unmatched() };
  } finally {
    await fake.close();
  }
}
