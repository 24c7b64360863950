import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { localGitHistory } from '../../src/repo/history.js';

/** The local history lookup the Action uses to name the commit that removed a flag's last reference. */

let dir: string;
const git = (...args: string[]): string =>
  execFileSync('git', args, {
    cwd: dir,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.com',
    },
  }).trim();

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ops-steward-history-'));
  git('init', '-q');
  await writeFile(path.join(dir, 'a.ts'), "isEnabled('old-banner');\nisEnabled('new-checkout');\n");
  git('add', '.');
  git('commit', '-q', '-m', 'Add flags');
  await writeFile(path.join(dir, 'a.ts'), "isEnabled('new-checkout');\n");
  git('commit', '-q', '-am', 'Drop the old banner');
  await writeFile(path.join(dir, 'b.ts'), 'export {};\n');
  git('add', '.');
  git('commit', '-q', '-m', 'Unrelated');
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

it('names the newest commit that changed the key’s occurrences: its removal', async () => {
  const removal = git('rev-parse', 'HEAD~1');
  expect(await localGitHistory(dir)('old-banner')).toEqual({
    sha: removal,
    subject: 'Drop the old banner',
  });
});

it('answers undefined for a key history never had, and outside a repository', async () => {
  expect(await localGitHistory(dir)('never-there')).toBeUndefined();
  expect(await localGitHistory(os.tmpdir())('old-banner')).toBeUndefined();
});
