import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { readFileAtRef, UnreadableFileError } from '../../src/github/contents.js';
import { API, strictNock, testOctokit } from '../support/nock-github.js';

strictNock();

const FILE = { owner: 'acme', repo: 'shop', path: 'flags.yml', ref: 'a'.repeat(40) };

/** What GitHub answers for a file over 1 MB asked for with the default JSON media type. */
const TOO_LARGE = {
  message:
    'This API returns blobs up to 1 MB in size. The requested blob is too large to fetch via the API, ' +
    'but you can use the Git Data API to request blobs up to 100 MB in size.',
  errors: [{ resource: 'Blob', field: 'data', code: 'too_large' }],
  documentation_url: 'https://docs.github.com/rest/repos/contents#get-repository-content',
};

describe('readFileAtRef', () => {
  it('decodes a base64 file', async () => {
    const scope = nock(API)
      .get('/repos/acme/shop/contents/flags.yml')
      .query({ ref: FILE.ref })
      .reply(200, {
        type: 'file',
        encoding: 'base64',
        size: 6,
        content: Buffer.from('a: 1\n').toString('base64'),
      });
    expect(await readFileAtRef(testOctokit(), FILE)).toBe('a: 1\n');
    expect(scope.isDone()).toBe(true);
  });

  it('is undefined for a file that does not exist (404)', async () => {
    nock(API)
      .get('/repos/acme/shop/contents/flags.yml')
      .query(true)
      .reply(404, { message: 'Not Found' });
    expect(await readFileAtRef(testOctokit(), FILE)).toBeUndefined();
  });

  // GitHub answers 403 with `too_large` for a file over 1 MB unless the raw media type is asked for
  // (changelog 2022-05-03; octokit/core.js#414): callers must get the documented UnreadableFileError.
  it('turns the 403 "too_large" of a file over 1 MB into an UnreadableFileError', async () => {
    nock(API).get('/repos/acme/shop/contents/flags.yml').query(true).reply(403, TOO_LARGE);
    const err: unknown = await readFileAtRef(testOctokit(), FILE).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UnreadableFileError);
    expect((err as Error).message).toMatch(/flags\.yml .*too large for the GitHub contents API/);
  });

  it('still throws other 403s as they are (a token without access)', async () => {
    nock(API)
      .get('/repos/acme/shop/contents/flags.yml')
      .query(true)
      .reply(403, { message: 'Resource not accessible by integration' });
    const err: unknown = await readFileAtRef(testOctokit(), FILE).catch((e: unknown) => e);
    expect(err).not.toBeInstanceOf(UnreadableFileError);
    expect((err as { status?: number }).status).toBe(403);
  });
});
