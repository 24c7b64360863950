import { Octokit } from '@octokit/rest';
import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applySuppressions } from '../../src/engine/suppressions.js';
import type { Finding } from '../../src/findings.js';
import { withIgnore } from '../../src/repo/filtered.js';
import { openGitHubRepo } from '../../src/repo/github.js';

/**
 * The suppression scan on a GitHub tree read blob by blob (a small tree, under the tarball threshold):
 * it reads the files with findings and the ones the checks read anyway, never one request per file.
 */

const API = 'https://api.github.com';
const SHA = 'c'.repeat(40);
const TREE = `tree${SHA.slice(4)}`;

const FILES: Record<string, string> = {
  'src/checkout/cart.ts': [
    "import { isEnabled } from '../flags';",
    '// ops-steward-disable-next-line flags/undeclared -- read by the partner SDK',
    "export const legacy = isEnabled('partner-cart');",
    '',
  ].join('\n'),
  'src/checkout/stale.ts': [
    '// ops-steward-disable-next-line flags/undeclared -- the flag was removed in March',
    'export const total = 0;',
    '',
  ].join('\n'),
  'src/search/index.ts': 'export const search = (q: string): string[] => [q];\n',
  'README.md': '# shop\n',
  'docs/runbooks/payments.md': '# Payments\n',
  'flags.yml': 'flags: {}\n',
};

const undeclared: Finding = {
  ruleId: 'flags/undeclared',
  severity: 'error',
  message: 'flag "partner-cart" is read but not declared',
  file: 'src/checkout/cart.ts',
  line: 3,
  column: 23,
};

function octokit(): Octokit {
  const quiet = (): void => undefined;
  return new Octokit({
    request: { fetch: globalThis.fetch },
    log: { debug: quiet, info: quiet, warn: quiet, error: quiet },
  });
}

/** The tree, and every blob as an optional interceptor; `blobsRead` lists the paths actually fetched. */
function mockTree(): { blobsRead: string[] } {
  const blobsRead: string[] = [];
  const paths = Object.keys(FILES);
  const shaOf = (i: number): string => `${i.toString(16).padStart(4, '0')}${'b'.repeat(36)}`;
  const scope = nock(API);
  scope
    .get(`/repos/acme/shop/git/commits/${SHA}`)
    .reply(200, { sha: SHA, tree: { sha: TREE } })
    .get(`/repos/acme/shop/git/trees/${TREE}`)
    .query({ recursive: '1' })
    .reply(200, {
      sha: TREE,
      truncated: false,
      tree: paths.map((path, i) => ({
        path,
        mode: '100644',
        type: 'blob',
        sha: shaOf(i),
        size: Buffer.byteLength(FILES[path]!),
      })),
    });
  paths.forEach((path, i) => {
    scope
      .get(`/repos/acme/shop/git/blobs/${shaOf(i)}`)
      .optionally()
      .reply(() => {
        blobsRead.push(path);
        return [
          200,
          {
            sha: shaOf(i),
            encoding: 'base64',
            content: Buffer.from(FILES[path]!).toString('base64'),
          },
        ];
      });
  });
  return { blobsRead };
}

beforeEach(() => nock.disableNetConnect());
afterEach(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

describe('suppressions on a GitHub tree read blob by blob', () => {
  it('read only the files with findings: one blob request, not one per file', async () => {
    const { blobsRead } = mockTree();
    const files = await openGitHubRepo(octokit(), { owner: 'acme', repo: 'shop', ref: SHA });
    const result = await applySuppressions(
      [undeclared],
      withIgnore(files, ['.github/x']),
      () => true,
    );
    expect(result.suppressed).toBe(1);
    expect(result.findings).toEqual([]);
    expect(blobsRead).toEqual(['src/checkout/cart.ts']);
  });

  it('also report unused directives in files the checks read anyway, and only there', async () => {
    const { blobsRead } = mockTree();
    const files = await openGitHubRepo(octokit(), { owner: 'acme', repo: 'shop', ref: SHA });
    // What the checks read (the flags scan reads sources): the stale directive's file among them.
    await files.read('src/checkout/stale.ts');
    await files.read('flags.yml');
    const result = await applySuppressions([undeclared], files, () => true);
    expect(result.findings).toEqual([
      expect.objectContaining({
        ruleId: 'suppressions/unused',
        file: 'src/checkout/stale.ts',
        line: 1,
      }),
    ]);
    expect([...blobsRead].sort()).toEqual([
      'flags.yml',
      'src/checkout/cart.ts',
      'src/checkout/stale.ts',
    ]);
  });

  it('with no findings and nothing read, costs no blob request at all', async () => {
    const { blobsRead } = mockTree();
    const files = await openGitHubRepo(octokit(), { owner: 'acme', repo: 'shop', ref: SHA });
    expect((await applySuppressions([], files, () => true)).findings).toEqual([]);
    expect(blobsRead).toEqual([]);
  });
});
