import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { extract } from 'tar-stream';

/**
 * The regular files of a GitHub tarball (`GET /repos/{o}/{r}/tarball/{ref}`), by repository path.
 * GitHub puts every entry under one top-level directory (`owner-repo-sha/`), which is stripped.
 * Entries over `maxBytes` are left out (the caller skips them with a notice, as it would a blob).
 */
export async function readTarball(
  gzipped: Uint8Array,
  maxBytes: (path: string) => number,
): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  const unpack = extract();
  const done = new Promise<void>((resolve, reject) => {
    unpack.on('entry', (header, stream, next) => {
      const slash = header.name.indexOf('/');
      const path = slash === -1 ? '' : header.name.slice(slash + 1);
      const wanted = header.type === 'file' && path !== '' && (header.size ?? 0) <= maxBytes(path);
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: unknown) => {
        if (wanted) chunks.push(Buffer.from(chunk as Uint8Array));
      });
      stream.on('end', () => {
        if (wanted) files.set(path, Buffer.concat(chunks));
        next();
      });
      stream.on('error', reject);
      stream.resume();
    });
    unpack.on('finish', resolve);
    unpack.on('error', reject);
  });
  const gunzip = createGunzip();
  gunzip.on('error', (err) => unpack.destroy(err));
  Readable.from([Buffer.from(gzipped)])
    .pipe(gunzip)
    .pipe(unpack);
  await done;
  return files;
}
