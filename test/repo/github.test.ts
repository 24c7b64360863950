import { Octokit } from '@octokit/rest';
import nock from 'nock';
import type { ProbotOctokit } from 'probot';
import { afterAll, afterEach, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { RepoError, openGitHubRepo } from '../../src/repo/github.js';
import type { OctokitLike } from '../../src/repo/github.js';

const API = 'https://api.github.com';
const COMMIT = 'c0ffee0000000000000000000000000000000001';
const TREE = 'aaaa000000000000000000000000000000000001';
const base = '/repos/acme/shop';

function octokit(): Octokit {
  // undici's own fetch bypasses nock; the global one is intercepted.
  const quiet = (): void => undefined;
  return new Octokit({
    request: { fetch: globalThis.fetch },
    log: { debug: quiet, info: quiet, warn: quiet, error: quiet },
  });
}

const b64 = (text: string | Buffer): string => {
  const encoded = Buffer.from(text).toString('base64');
  // GitHub wraps base64 blob content at 60 columns.
  return encoded.replace(/(.{60})/g, '$1\n');
};

function resolvesMain(): nock.Scope {
  return nock(API)
    .get(`${base}/commits/main`)
    .reply(200, { sha: COMMIT, commit: { tree: { sha: TREE } } });
}

/** `main` resolves, and its tree lists `entries` in one untruncated listing. */
function listsMain(entries: ReadonlyArray<Record<string, unknown>>): nock.Scope {
  return resolvesMain()
    .get(`${base}/git/trees/${TREE}`)
    .query({ recursive: '1' })
    .reply(200, { sha: TREE, truncated: false, tree: entries });
}

const blob = (path: string, sha: string, size = 10) => ({
  path,
  mode: '100644',
  type: 'blob',
  sha,
  size,
});
const tree = (path: string, sha: string) => ({ path, mode: '040000', type: 'tree', sha });

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

describe('openGitHubRepo', () => {
  it('accepts the Octokit of @octokit/rest and of Probot', () => {
    expectTypeOf<Octokit>().toExtend<OctokitLike>();
    expectTypeOf<InstanceType<typeof ProbotOctokit>>().toExtend<OctokitLike>();
  });

  it('lists blobs from the recursive tree, skipping submodules, symlinks and oversized blobs', async () => {
    const scope = resolvesMain()
      .get(`${base}/git/trees/${TREE}`)
      .query({ recursive: '1' })
      .reply(200, {
        sha: TREE,
        truncated: false,
        tree: [
          blob('README.md', 'b1'),
          tree('src', 't2'),
          blob('src/index.ts', 'b2'),
          { path: 'vendor/lib', mode: '160000', type: 'commit', sha: 'sub1' },
          { path: 'current', mode: '120000', type: 'blob', sha: 'l1', size: 8 },
          blob('data/dump.sql', 'b3', 5 * 1024 * 1024),
        ],
      });
    const repo = await openGitHubRepo(octokit(), { owner: 'acme', repo: 'shop', ref: 'main' });
    expect(scope.isDone()).toBe(true);
    expect(repo.sha).toBe(COMMIT);
    expect(repo.label).toBe('acme/shop@c0ffee0');
    expect(await repo.list()).toEqual(['README.md', 'src/index.ts']);
    const notices = repo.notices();
    expect(notices.map((n) => [n.file, n.severity, n.ruleId])).toEqual([
      ['current', 'notice', 'repo/skipped-file'],
      ['data/dump.sql', 'notice', 'repo/skipped-file'],
    ]);
    expect(notices[0]?.message).toMatch(/symlink/);
    expect(notices[1]?.message).toMatch(/5 MiB is over the 1 MiB size limit/);
  });

  it('fetches a blob lazily, decodes base64 and caches it', async () => {
    listsMain([blob('CODEOWNERS', 'b1'), blob('x.txt', 'b2')]);
    const repo = await openGitHubRepo(octokit(), { owner: 'acme', repo: 'shop', ref: 'main' });

    const text =
      '# Owners\n* @acme/platform\n/docs/ @acme/writers — with a long line to wrap the base64\n';
    const blobScope = nock(API)
      .get(`${base}/git/blobs/b1`)
      .once()
      .reply(200, { sha: 'b1', encoding: 'base64', content: b64(text), size: text.length });
    expect(await repo.read('CODEOWNERS')).toBe(text);
    expect(blobScope.isDone()).toBe(true);
    // Served from the cache: a second request would hit no interceptor and fail.
    expect(await repo.read('CODEOWNERS')).toBe(text);
    expect(await repo.read('not/listed.txt')).toBeUndefined();
    expect(await repo.read('../CODEOWNERS')).toBeUndefined();
  });

  it('takes a file the caller read already when the listing names the same blob, and fetches it when not', async () => {
    listsMain([blob('flags.yml', 'b1'), blob('CODEOWNERS', 'b2'), blob('bad.ts', 'b3')]);
    const old = '# @acme/old-owners\n';
    const current = '* @acme/platform\n';
    const known = new Map([
      ['flags.yml', { sha: 'b1', bytes: Buffer.from('flags: {}\n') }],
      // Read before the branch moved: the listing names another blob, so these bytes are not used.
      ['CODEOWNERS', { sha: 'b0', bytes: Buffer.from(old) }],
      // Saved by an editor set to Latin-1: é is one byte that is not UTF-8.
      [
        'bad.ts',
        { sha: 'b3', bytes: Buffer.from("export const label = 'Café au lait';\n", 'latin1') },
      ],
    ]);
    const repo = await openGitHubRepo(
      octokit(),
      { owner: 'acme', repo: 'shop', ref: 'main' },
      { known },
    );
    // Only CODEOWNERS is fetched: a request for b1 or b3 would hit no interceptor and fail.
    nock(API)
      .get(`${base}/git/blobs/b2`)
      .once()
      .reply(200, { sha: 'b2', encoding: 'base64', content: b64(current) });
    expect(await repo.read('flags.yml')).toBe('flags: {}\n');
    expect(await repo.read('CODEOWNERS')).toBe(current);
    // The given bytes are decoded like fetched ones: invalid UTF-8 is still found, not papered over.
    await repo.read('bad.ts');
    expect(repo.notices().map((n) => n.ruleId)).toEqual(['repo/invalid-utf8']);
  });

  it('skips a binary blob on read with a notice', async () => {
    listsMain([blob('logo.png', 'b1'), blob('a.md', 'b2')]);
    nock(API)
      .get(`${base}/git/blobs/b1`)
      .reply(200, {
        sha: 'b1',
        encoding: 'base64',
        content: b64(Buffer.from([0x89, 0x50, 0, 0, 0, 1, 2])),
      });
    const repo = await openGitHubRepo(octokit(), { owner: 'acme', repo: 'shop', ref: 'main' });
    expect(await repo.read('logo.png')).toBeUndefined();
    expect(await repo.list()).toEqual(['a.md']);
    expect(repo.notices().map((n) => n.message)).toEqual(['Skipped logo.png: binary file.']);
  });

  it('walks subtrees when the recursive listing is truncated, so no file is lost', async () => {
    const scope = resolvesMain()
      .get(`${base}/git/trees/${TREE}`)
      .query({ recursive: '1' })
      .reply(200, { sha: TREE, truncated: true, tree: [blob('README.md', 'b1')] })
      .get(`${base}/git/trees/${TREE}`)
      .query((q) => Object.keys(q).length === 0)
      .reply(200, {
        sha: TREE,
        truncated: false,
        tree: [
          { path: 'README.md', mode: '100644', type: 'blob', sha: 'b1', size: 3 },
          { path: 'src', mode: '040000', type: 'tree', sha: 'tsrc' },
          { path: 'docs', mode: '040000', type: 'tree', sha: 'tdocs' },
        ],
      })
      .get(`${base}/git/trees/tsrc`)
      .query({ recursive: '1' })
      .reply(200, {
        sha: 'tsrc',
        truncated: false,
        tree: [blob('index.ts', 'b2'), tree('lib', 'tlib'), blob('lib/util.ts', 'b3')],
      })
      .get(`${base}/git/trees/tdocs`)
      .query({ recursive: '1' })
      .reply(200, { sha: 'tdocs', truncated: false, tree: [blob('runbooks/db.md', 'b4')] });
    const repo = await openGitHubRepo(octokit(), { owner: 'acme', repo: 'shop', ref: 'main' });
    expect(scope.isDone()).toBe(true);
    expect(await repo.list()).toEqual([
      'README.md',
      'docs/runbooks/db.md',
      'src/index.ts',
      'src/lib/util.ts',
    ]);

    nock(API)
      .get(`${base}/git/blobs/b3`)
      .reply(200, { encoding: 'base64', content: b64('export {};\n') });
    expect(await repo.read('src/lib/util.ts')).toBe('export {};\n');
  });

  it('resolves a full commit SHA through the git commits endpoint', async () => {
    const scope = nock(API)
      .get(`${base}/git/commits/${COMMIT}`)
      .reply(200, { sha: COMMIT, tree: { sha: TREE } })
      .get(`${base}/git/trees/${TREE}`)
      .query({ recursive: '1' })
      .reply(200, { sha: TREE, truncated: false, tree: [] });
    const repo = await openGitHubRepo(octokit(), { owner: 'acme', repo: 'shop', ref: COMMIT });
    expect(scope.isDone()).toBe(true);
    expect(repo.sha).toBe(COMMIT);
    expect(await repo.list()).toEqual([]);
  });

  it('fails with a clear RepoError when the ref does not exist', async () => {
    nock(API)
      .get(`${base}/commits/no-such-branch`)
      .reply(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
    const opening = openGitHubRepo(octokit(), {
      owner: 'acme',
      repo: 'shop',
      ref: 'no-such-branch',
    });
    await expect(opening).rejects.toBeInstanceOf(RepoError);
    nock(API).get(`${base}/commits/no-such-branch`).reply(404, { message: 'Not Found' });
    await expect(
      openGitHubRepo(octokit(), { owner: 'acme', repo: 'shop', ref: 'no-such-branch' }),
    ).rejects.toThrow('Cannot resolve ref "no-such-branch" in acme/shop (HTTP 404)');
  });

  it('names the file when a blob request fails for another reason than absence', async () => {
    resolvesMain()
      .get(`${base}/git/trees/${TREE}`)
      .query({ recursive: '1' })
      .reply(200, { sha: TREE, truncated: false, tree: [blob('a.md', 'b1')] });
    nock(API).get(`${base}/git/blobs/b1`).reply(500, { message: 'boom' });
    const repo = await openGitHubRepo(octokit(), { owner: 'acme', repo: 'shop', ref: 'main' });
    await expect(repo.read('a.md')).rejects.toThrow(/HTTP 500 for a\.md in acme\/shop@c0ffee0/);
    // The failure is not cached: a later read may succeed.
    nock(API)
      .get(`${base}/git/blobs/b1`)
      .reply(200, { encoding: 'base64', content: b64('ok') });
    expect(await repo.read('a.md')).toBe('ok');
  });
});

describe('openGitHubRepo on a large tree', () => {
  const N = 60;
  const paths = Array.from({ length: N }, (_, i) => `src/f${String(i).padStart(2, '0')}.ts`);
  const listing = () =>
    resolvesMain()
      .get(`${base}/git/trees/${TREE}`)
      .query({ recursive: '1' })
      .reply(200, {
        sha: TREE,
        truncated: false,
        tree: paths.map((p, i) => blob(p, `b${String(i).padStart(39, '0')}`)),
      });

  async function tarball(files: Record<string, string>): Promise<Buffer> {
    const { pack } = await import('tar-stream');
    const { gzipSync } = await import('node:zlib');
    const p = pack();
    const chunks: Buffer[] = [];
    p.on('data', (c: unknown) => chunks.push(Buffer.from(c as Uint8Array)));
    const ended = new Promise<void>((r) => p.on('end', () => r()));
    p.entry({ name: 'acme-shop-c0ffee0/', type: 'directory' });
    for (const [name, text] of Object.entries(files))
      p.entry({ name: `acme-shop-c0ffee0/${name}` }, text);
    p.finalize();
    await ended;
    return gzipSync(Buffer.concat(chunks));
  }

  it('reads every file from one tarball instead of one request per blob', async () => {
    const archived = Object.fromEntries(
      paths.slice(1).map((p) => [p, `export const x = '${p}';\n`]),
    );
    const scope = listing()
      .get(`${base}/tarball/${COMMIT}`)
      .reply(200, await tarball(archived), { 'content-type': 'application/x-gzip' })
      // Left out of the archive (export-ignore in .gitattributes): fetched as a blob.
      .get(`${base}/git/blobs/b${'0'.repeat(39)}`)
      .reply(200, { encoding: 'base64', content: b64("export const x = 'first';\n") });
    const repo = await openGitHubRepo(octokit(), { owner: 'acme', repo: 'shop', ref: 'main' });
    const texts = await Promise.all(paths.map((p) => repo.read(p)));
    expect(texts[0]).toBe("export const x = 'first';\n");
    expect(texts[59]).toBe(`export const x = '${paths[59]}';\n`);
    expect(scope.isDone()).toBe(true);
  });

  it('falls back to blob requests when the tarball cannot be downloaded', async () => {
    const scope = listing().get(`${base}/tarball/${COMMIT}`).reply(502, { message: 'Bad Gateway' });
    paths.forEach((p, i) =>
      scope
        .get(`${base}/git/blobs/b${String(i).padStart(39, '0')}`)
        .reply(200, { encoding: 'base64', content: b64(p) }),
    );
    const repo = await openGitHubRepo(
      octokit(),
      { owner: 'acme', repo: 'shop', ref: 'main' },
      { concurrency: 4 },
    );
    expect(await repo.read(paths[7]!)).toBe(paths[7]);
    await Promise.all(paths.map((p) => repo.read(p)));
    expect(scope.isDone()).toBe(true);
  });
});
