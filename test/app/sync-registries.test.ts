import { createHash } from 'node:crypto';
import nock from 'nock';
import { describe, expect, it } from 'vitest';
import type { AppLog } from '../../src/app/check-pull-request.js';
import { syncRepository } from '../../src/app/sync.js';
import { contentsResponse } from '../support/github-nock.js';
import { API, strictNock, testOctokit } from '../support/nock-github.js';

/**
 * The App's cheap skip, request by request: which files it asks for before deciding that a repository
 * uses no flags, and that a repository whose only registry is declared in code is swept.
 */

strictNock();

const NOW = new Date('2026-11-28T06:00:00Z');
const REPO = '/repos/acme/storefront';
const target = { owner: 'acme', repo: 'storefront', ref: 'main' };
const log: AppLog = { info: () => {}, warning: () => {}, error: () => {} };

function withConfig(config: string): nock.Scope {
  return nock(API)
    .get(`${REPO}/contents/.github%2Fops-steward.yml`)
    .query({ ref: 'main' })
    .reply(200, contentsResponse(config));
}

/**
 * Reading the tree is what the skip avoids, so getting there is what these tests look for: the commit
 * lookup answers 500, which ends the sweep right there.
 */
const READ_THE_TREE = {
  kind: 'failed',
  reason: 'GitHub answered HTTP 500 for ref "main" of acme/storefront: Server Error',
};

const CODE_AND_YAML = `flags:
  registry:
    - src/flags/keys.ts#WebFlag
    - flags.yml
`;

describe('App: which repositories the sweep skips', () => {
  it('skips without reading the tree when no configured registry exists, code or YAML, and no flag issue is open', async () => {
    withConfig(CODE_AND_YAML)
      .get(`${REPO}/contents/src%2Fflags%2Fkeys.ts`)
      .query({ ref: 'main' })
      .reply(404, { message: 'Not Found' })
      .get(`${REPO}/contents/flags.yml`)
      .query({ ref: 'main' })
      .reply(404, { message: 'Not Found' })
      .get(`${REPO}/issues`)
      .query({ labels: 'feature-flag', state: 'open', per_page: '1' })
      .reply(200, []);
    const out = await syncRepository(testOctokit(), target, { now: NOW, log });
    expect(out).toEqual({
      kind: 'skipped',
      reason: 'no src/flags/keys.ts or flags.yml and no open flag issue: nothing to sweep',
    });
  });

  it('sweeps a repository whose only registry is a TypeScript declaration (no flags.yml)', async () => {
    const keys = `export enum WebFlag {
  /** @owner @alice @created 2026-11-01 @expires 2026-12-01 @type release */
  StickyCart = 'sticky-cart',
}
`;
    // The probe finds the declaration; no issue listing is needed to decide.
    withConfig('flags:\n  registry: src/flags/keys.ts#WebFlag\n')
      .get(`${REPO}/contents/src%2Fflags%2Fkeys.ts`)
      .query({ ref: 'main' })
      .reply(200, contentsResponse(keys))
      .get(`${REPO}/commits/main`)
      .reply(500, { message: 'Server Error' });
    expect(await syncRepository(testOctokit(), target, { now: NOW, log })).toEqual(READ_THE_TREE);
  });

  it('a registry too large for the contents API exists: the sweep goes on to read it from the tree', async () => {
    withConfig('')
      .get(`${REPO}/contents/flags.yml`)
      .query({ ref: 'main' })
      .reply(403, {
        message:
          'This API returns blobs up to 1 MB in size. The requested blob is too large to fetch via the API, but you can use the Git Data API to request blobs up to 100 MB in size.',
        errors: [{ resource: 'Blob', field: 'data', code: 'too_large' }],
      })
      .get(`${REPO}/commits/main`)
      .reply(500, { message: 'Server Error' });
    expect(await syncRepository(testOctokit(), target, { now: NOW, log })).toEqual(READ_THE_TREE);
  });

  it('reads the registry once: the blob the probe read is the one the sweep reads, not fetched again', async () => {
    const registry = `flags:
  new-checkout:
    owner: "@alice"
    created: 2026-11-01
    expires: 2026-12-01
    type: release
`;
    const code =
      "import { unleash } from './flags';\nexport const on = () => unleash.isEnabled('new-checkout');\n";
    // Git's own blob SHAs: the contents API and the tree listing name a file's bytes the same way.
    const blobSha = (text: string): string =>
      createHash('sha1')
        .update(`blob ${Buffer.byteLength(text)}\0${text}`)
        .digest('hex');
    const commit = 'c0ffee'.padEnd(40, '0');
    const tree = 'beef'.padEnd(40, '0');
    const reads = { contents: 0, blob: 0 };
    withConfig('')
      .get(`${REPO}/contents/flags.yml`)
      .query({ ref: 'main' })
      .reply(200, () => {
        reads.contents++;
        return { ...contentsResponse(registry), sha: blobSha(registry), path: 'flags.yml' };
      })
      .get(`${REPO}/commits/main`)
      .reply(200, { sha: commit, commit: { tree: { sha: tree } } })
      .get(`${REPO}/git/trees/${tree}`)
      .query({ recursive: '1' })
      .reply(200, {
        sha: tree,
        truncated: false,
        tree: [
          {
            path: 'flags.yml',
            mode: '100644',
            type: 'blob',
            sha: blobSha(registry),
            size: Buffer.byteLength(registry),
          },
          {
            path: 'src/checkout.ts',
            mode: '100644',
            type: 'blob',
            sha: blobSha(code),
            size: Buffer.byteLength(code),
          },
        ],
      })
      .get(`${REPO}/git/blobs/${blobSha(code)}`)
      .reply(200, { encoding: 'base64', content: Buffer.from(code).toString('base64') })
      .get(`${REPO}/git/blobs/${blobSha(registry)}`)
      .optionally()
      .reply(200, () => {
        reads.blob++;
        return { encoding: 'base64', content: Buffer.from(registry).toString('base64') };
      })
      // The sweep gets as far as the issues with the registry and the code read, then stops here.
      .get(`${REPO}/issues`)
      .query(true)
      .reply(500, { message: 'Server Error' });
    const out = await syncRepository(testOctokit(), target, { now: NOW, log });
    expect(out).toMatchObject({
      kind: 'failed',
      reason: expect.stringMatching(/could not read the flag issues/),
    });
    expect(reads).toEqual({ contents: 1, blob: 0 });
  });
});
