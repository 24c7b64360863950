import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { cliBundle, tempRepo } from '../../support/cli.js';

/**
 * The built CLI loads the TypeScript compiler with a V8 code cache. Whatever state the cache is in
 * — none yet, valid, garbage, cut short, or impossible to write — a scan reports the same references
 * and exits the same way; a bad cache is replaced by a good one.
 */

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

async function setup(): Promise<{ repo: string; cache: string }> {
  const repo = await tempRepo({
    'flags.yml':
      'flags:\n  new-checkout:\n    owner: "@alice"\n    created: 2026-11-01\n    type: release\n',
    'src/checkout.ts':
      "import { isEnabled } from '@acme/flags';\n\nexport const express = isEnabled('new-checkout');\n",
  });
  const cache = await mkdtemp(path.join(tmpdir(), 'ops-steward-v8cache-'));
  dirs.push(repo, cache);
  return { repo, cache };
}

const scan = (repo: string, cacheDir: string) =>
  cliBundle(['flags', 'scan', '--json', repo], { env: { OPS_STEWARD_CACHE_DIR: cacheDir } });

const cacheFiles = async (dir: string): Promise<string[]> =>
  (await readdir(dir)).filter((f) => f.endsWith('.v8cache'));

it('writes the cache on the first scan and gives the same references with it', async () => {
  const { repo, cache } = await setup();
  const first = await scan(repo, cache);
  expect(first.code).toBe(0);
  expect(JSON.parse(first.stdout).references).toMatchObject([
    { key: 'new-checkout', file: 'src/checkout.ts', line: 3 },
  ]);
  const files = await cacheFiles(cache);
  expect(files).toHaveLength(1);
  const second = await scan(repo, cache);
  expect(second).toEqual(first);
}, 120_000);

it('replaces a cache V8 rejects (garbage, or cut short) and still scans', async () => {
  const { repo, cache } = await setup();
  const reference = await scan(repo, cache);
  const [name] = await cacheFiles(cache);
  const file = path.join(cache, name!);
  const good = await readFile(file);
  for (const bad of [Buffer.from('not a V8 code cache'), good.subarray(0, good.length >> 1)]) {
    await writeFile(file, bad);
    expect(await scan(repo, cache)).toEqual(reference);
    expect((await readFile(file)).length).toBeGreaterThan(bad.length);
  }
}, 120_000);

it('scans as usual when the cache cannot be written, or is turned off', async () => {
  const { repo, cache } = await setup();
  const blocked = path.join(cache, 'a-file-not-a-dir');
  await writeFile(blocked, '');
  const reference = await scan(repo, 'off');
  expect(reference.code).toBe(0);
  expect(await scan(repo, path.join(blocked, 'cache'))).toEqual(reference);
  expect(await cacheFiles(cache)).toEqual([]);
}, 120_000);

it('never writes the cache into the repository being scanned, whatever XDG_CACHE_HOME says', async () => {
  const { repo, cache: home } = await setup();
  // A relative XDG_CACHE_HOME is invalid (the XDG spec says to ignore it): resolved against the
  // working directory, which in a workflow is the checked-out repository, it would drop a 2.5 MB
  // file into the tree the next `git add -A` commits.
  const run = await cliBundle(['flags', 'scan', '--json', '.'], {
    cwd: repo,
    env: { HOME: home, XDG_CACHE_HOME: '.cache' },
  });
  expect(run.code).toBe(0);
  expect(await readdir(repo)).toEqual(['flags.yml', 'src']);
  expect(await cacheFiles(path.join(home, '.cache', 'ops-steward'))).toHaveLength(1);
}, 120_000);

it('leaves no half-written file behind when the cache cannot be put in place', async () => {
  const { repo, cache } = await setup();
  const reference = await scan(repo, 'off');
  // Where the cache goes is taken by a folder: the file written aside cannot be renamed onto it
  // (as a full disk fails the write part-way). Each run must clean up after itself.
  await scan(repo, cache);
  const [name] = await cacheFiles(cache);
  await rm(path.join(cache, name!));
  await mkdir(path.join(cache, name!, 'in-the-way'), { recursive: true });
  for (let i = 0; i < 2; i++) expect(await scan(repo, cache)).toEqual(reference);
  expect(await readdir(cache)).toEqual([name]);
}, 120_000);
