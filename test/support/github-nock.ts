import type nock from 'nock';

/** Serves a commit's git tree and blobs the way openGitHubRepo reads them. Returns the blob paths by SHA. */
export function mockCommitTree(
  scope: nock.Scope,
  where: { owner: string; repo: string; sha: string },
  files: Record<string, string | Uint8Array>,
): void {
  const prefix = `/repos/${where.owner}/${where.repo}/git`;
  const treeSha = `tree${where.sha.slice(4)}`;
  const entries = Object.entries(files).map(([path, text], i) => ({
    path,
    mode: '100644',
    type: 'blob',
    sha: `${i.toString(16).padStart(4, '0')}${'b'.repeat(36)}`,
    size: Buffer.byteLength(text),
  }));
  scope
    .get(`${prefix}/commits/${where.sha}`)
    .reply(200, { sha: where.sha, tree: { sha: treeSha } });
  scope
    .get(`${prefix}/trees/${treeSha}`)
    .query({ recursive: '1' })
    .reply(200, { sha: treeSha, tree: entries, truncated: false });
  entries.forEach((entry, i) => {
    const text = Object.values(files)[i] ?? '';
    // Checks read only what they need: blobs are optional so the test does not depend on which files a check opens.
    scope
      .get(`${prefix}/blobs/${entry.sha}`)
      .optionally()
      .reply(200, {
        sha: entry.sha,
        encoding: 'base64',
        content: Buffer.from(text).toString('base64'),
      });
  });
}

export function contentsResponse(text: string): Record<string, unknown> {
  return {
    type: 'file',
    encoding: 'base64',
    size: Buffer.byteLength(text),
    content: Buffer.from(text).toString('base64'),
  };
}
