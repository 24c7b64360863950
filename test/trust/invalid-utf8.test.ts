import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults.js';
import { runChecks } from '../../src/engine/run-checks.js';
import type { Finding } from '../../src/findings.js';
import { decodeText, locateBadByte } from '../../src/repo/content.js';
import { openGitHubRepo } from '../../src/repo/github.js';
import { openLocalRepo } from '../../src/repo/local.js';
import { Octokit } from '@octokit/rest';
import { mockCommitTree } from '../support/github-nock.js';

/**
 * Issue 9, defect 10 (invalid UTF-8): a byte that is not UTF-8 is a finding at its line and column, in
 * every kind of file, never a silent U+FFFD; and a bad byte inside a flag key in code makes neither a
 * phantom undeclared flag nor an orphan of the flag that code reads.
 */

const NOW = new Date('2026-11-25T12:00:00Z');
const REGISTRY = [
  'flags:',
  '  checkout-v2:',
  '    owner: "@payments"',
  '    created: 2026-11-01',
  '    expires: 2026-12-20',
  '    type: release',
  '  search-ranking:',
  '    owner: "@search"',
  '    created: 2026-11-01',
  '    expires: 2026-12-20',
  '    type: release',
  '',
].join('\n');

/** `isEnabled('check\xFFout-v2')`: a byte an editor or a bad merge left in the key. */
function cartSource(bad: Buffer): Buffer {
  return Buffer.concat([
    Buffer.from(
      "import { isEnabled } from '../flags';\n\nexport function cartTotal(items: number[]): number {\n  if (isEnabled('check",
    ),
    bad,
    Buffer.from("out-v2')) return items.reduce((a, b) => a + b, 0);\n  return items.length;\n}\n"),
  ]);
}
const SEARCH =
  "import { isEnabled } from '../flags';\nexport const ranked = isEnabled('search-ranking');\n";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ops-steward-utf8-'));
  await mkdir(path.join(dir, 'src/cart'), { recursive: true });
  await writeFile(path.join(dir, 'flags.yml'), REGISTRY);
  await writeFile(path.join(dir, 'src/search.ts'), SEARCH);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function check(): Promise<Finding[]> {
  const files = await openLocalRepo(dir);
  return (await runChecks(files, defaultConfig(), { now: NOW })).findings;
}

const byRule = (findings: readonly Finding[], rule: string): Finding[] =>
  findings.filter((f) => f.ruleId === rule);

describe('a bad byte inside a flag key in a .ts file', () => {
  it('is a warning at its line and column, with no phantom undeclared flag and no orphan', async () => {
    await writeFile(path.join(dir, 'src/cart/total.ts'), cartSource(Buffer.from([0xff])));
    const findings = await check();
    expect(byRule(findings, 'repo/invalid-utf8')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        file: 'src/cart/total.ts',
        line: 4,
        column: 23,
        message: expect.stringMatching(
          /^src\/cart\/total\.ts is not valid UTF-8: 0xFF at line 4, column 23/,
        ) as string,
      }),
    ]);
    expect(byRule(findings, 'flags/undeclared')).toEqual([]);
    expect(byRule(findings, 'flags/orphaned')).toEqual([]);
  });

  it('counts as a reference where the damaged word is, so the flag is not orphaned', async () => {
    // A Latin-1 é inside a key declared as UTF-8 (`caf\xE9-menu` for `café-menu`).
    await writeFile(
      path.join(dir, 'flags.yml'),
      `${REGISTRY}  café-menu:\n    owner: "@web"\n    created: 2026-11-01\n    expires: 2026-12-20\n    type: release\n`,
    );
    await writeFile(
      path.join(dir, 'src/cart/menu.ts'),
      Buffer.concat([
        Buffer.from("import { isEnabled } from '../flags';\nexport const menu = isEnabled('caf"),
        Buffer.from([0xe9]),
        Buffer.from("-menu');\n"),
      ]),
    );
    await writeFile(path.join(dir, 'src/cart/total.ts'), cartSource(Buffer.alloc(0)));
    const findings = await check();
    expect(byRule(findings, 'repo/invalid-utf8')).toEqual([
      expect.objectContaining({ file: 'src/cart/menu.ts', line: 2, column: 35 }),
    ]);
    expect(byRule(findings, 'flags/orphaned')).toEqual([]);
    expect(byRule(findings, 'flags/undeclared')).toEqual([]);
  });

  it('still orphans a flag the damaged file cannot be reading', async () => {
    await writeFile(path.join(dir, 'src/cart/total.ts'), cartSource(Buffer.from([0xff])));
    await writeFile(path.join(dir, 'src/search.ts'), 'export const ranked = true;\n');
    const orphans = byRule(await check(), 'flags/orphaned');
    expect(orphans.map((f) => f.message)).toEqual([expect.stringContaining('search-ranking')]);
  });

  it('the same file, read from a GitHub tree, gives the same finding', async () => {
    nock.disableNetConnect();
    try {
      const bytes = cartSource(Buffer.from([0xc3, 0x28]));
      const scope = nock('https://api.github.com');
      mockCommitTree(
        scope,
        { owner: 'acme', repo: 'shop', sha: 'c'.repeat(40) },
        {
          'flags.yml': REGISTRY,
          'src/search.ts': SEARCH,
          'src/cart/total.ts': bytes,
        },
      );
      const files = await openGitHubRepo(new Octokit(), {
        owner: 'acme',
        repo: 'shop',
        ref: 'c'.repeat(40),
      });
      const { findings } = await runChecks(files, defaultConfig(), { now: NOW });
      expect(byRule(findings, 'repo/invalid-utf8')).toEqual([
        expect.objectContaining({
          file: 'src/cart/total.ts',
          line: 4,
          column: 23,
          message: expect.stringContaining('0xC3 at line 4') as string,
        }),
      ]);
      expect(byRule(findings, 'flags/undeclared')).toEqual([]);
      expect(byRule(findings, 'flags/orphaned')).toEqual([]);
    } finally {
      nock.cleanAll();
      nock.enableNetConnect();
    }
  });
});

describe('a bad byte in the other domains’ files', () => {
  it.each([
    [
      'an on-call file',
      'oncall/schedules.yml',
      'schedules:\n  - id: primary\n    name: "Prim',
      '"\n',
    ],
    ['a runbook', 'docs/runbooks/payments.md', '# Payments\n\nCall the on-call ', ' first.\n'],
    [
      'a Prometheus rule file',
      'monitors/prometheus/alerts.yml',
      'groups:\n  - name: payments\n    rules:\n      - alert: Errors\n        expr: rate(x[5m]) > 1\n        annotations:\n          runbook_url: docs/runbooks/pay',
      '.md\n',
    ],
  ])('in %s is a positioned finding of `check`', async (_what, file, head, tail) => {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(
      path.join(dir, file),
      Buffer.concat([Buffer.from(head), Buffer.from([0xe9]), Buffer.from(tail)]),
    );
    const lines = head.split('\n');
    expect(byRule(await check(), 'repo/invalid-utf8')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        file,
        line: lines.length,
        column: (lines.at(-1)?.length ?? 0) + 1,
      }),
    ]);
  });
});

describe('locating the first bad byte', () => {
  it.each([
    ['a lone continuation byte', [0x61, 0x80, 0x62], 1, 2, '0x80'],
    ['a truncated sequence', [0x61, 0xe2, 0x82], 1, 2, '0xE2 0x82'],
    ['an overlong encoding', [0xc0, 0xaf], 1, 1, '0xC0'],
    ['a UTF-16 surrogate', [0x0a, 0xed, 0xa0, 0x80], 2, 1, '0xED'],
    [
      'after multi-byte characters on the same line',
      [0xc3, 0xa9, 0xf0, 0x9f, 0x9a, 0x80, 0xff],
      1,
      4,
      '0xFF',
    ],
    ['after a BOM', [0xef, 0xbb, 0xbf, 0x61, 0xfe], 1, 2, '0xFE'],
  ])('%s', (_what, bytes, line, column, shown) => {
    expect(locateBadByte(Uint8Array.from(bytes))).toEqual({ line, column, bytes: shown });
  });

  it('a valid file has no bad byte, and its U+FFFD characters are its own', async () => {
    expect(await decodeText(Buffer.from('const replacement = "\uFFFD";\n'))).toEqual({
      text: 'const replacement = "\uFFFD";\n',
    });
  });
});
