import fc from 'fast-check';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults.js';
import { runChecks } from '../../src/engine/run-checks.js';
import { decodeText } from '../../src/repo/content.js';
import { openLocalRepo } from '../../src/repo/local.js';

/**
 * Issue 9, defect 10, as properties (fixed seeds; `FUZZ_RUNS` raises the number of cases): a byte that
 * is not UTF-8 anywhere in a file is reported at exactly its line and column; inside a flag key in code
 * it never makes that flag an orphan nor a phantom undeclared flag.
 */

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);

/** Ill-formed sequences of every kind: lone continuation, truncated, overlong, surrogate, out of range. */
const badSequence = fc.constantFrom(
  [0x80],
  [0xbf],
  [0xc3],
  [0xe2, 0x82],
  [0xf0, 0x9f, 0x9a],
  [0xc0, 0xaf],
  [0xed, 0xa0, 0x80],
  [0xf4, 0x90, 0x80, 0x80],
  [0xff],
  [0xfe],
);

const textWithLines = fc
  .array(fc.string({ unit: 'grapheme', maxLength: 40 }), { maxLength: 8 })
  .map((lines) => lines.join('\n'));

describe('a bad byte anywhere', () => {
  it('is located at its line and column, counted as the parsers count them', async () => {
    await fc.assert(
      fc.asyncProperty(textWithLines, fc.nat(), badSequence, async (text, at, bad) => {
        const chars = [...text];
        const cut = chars.slice(0, at % (chars.length + 1)).join('');
        fc.pre(!cut.startsWith('\uFEFF'));
        const bytes = Buffer.concat([
          Buffer.from(cut),
          Buffer.from(bad),
          Buffer.from(text.slice(cut.length)),
        ]);
        const decoded = await decodeText(bytes);
        fc.pre(!('skip' in decoded)); // control characters can make it "binary"
        const lines = cut.split('\n');
        expect('text' in decoded && decoded.invalid).toMatchObject({
          line: lines.length,
          column: (lines.at(-1)?.length ?? 0) + 1,
        });
      }),
      { seed: 21, numRuns: RUNS },
    );
  });
});

describe('a bad byte inside a flag key read in code', () => {
  const KEYS = ['checkout-v2', 'search.ranking', 'payments_retry', 'café-menu', 'web/dark-mode'];
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'ops-steward-fuzz-utf8-'));
    await mkdir(path.join(dir, 'src'), { recursive: true });
    const registry = ['flags:'];
    for (const key of KEYS)
      registry.push(
        `  ${key}:`,
        '    owner: "@web"',
        '    created: 2026-11-01',
        '    expires: 2026-12-20',
        '    type: release',
      );
    await writeFile(path.join(dir, 'flags.yml'), `${registry.join('\n')}\n`);
    // Every other key is read intact, so only the damaged one could become an orphan.
    await writeFile(
      path.join(dir, 'src/others.ts'),
      `import { isEnabled } from './flags';\n${KEYS.map((k, i) => `export const f${i} = isEnabled('${k}');`).join('\n')}\n`,
    );
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('leaves the key neither orphaned nor undeclared, and is reported in that file', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: KEYS.length - 1 }),
        fc.nat(),
        badSequence,
        fc.boolean(),
        async (which, at, bad, replace) => {
          const key = KEYS[which]!;
          const chars = [...key];
          // Inside the key, past its first two characters: a damaged word keeps enough to stand for it.
          const i = 2 + (at % (chars.length - 2));
          const head = chars.slice(0, i).join('');
          const tail = chars.slice(replace ? i + 1 : i).join('');
          await writeFile(
            path.join(dir, 'src/others.ts'),
            `import { isEnabled } from './flags';\n${KEYS.filter((k) => k !== key)
              .map((k, n) => `export const f${n} = isEnabled('${k}');`)
              .join('\n')}\n`,
          );
          await writeFile(
            path.join(dir, 'src/damaged.ts'),
            Buffer.concat([
              Buffer.from(
                `import { isEnabled } from './flags';\nexport const on = isEnabled('${head}`,
              ),
              Buffer.from(bad),
              Buffer.from(`${tail}');\n`),
            ]),
          );
          const { findings } = await runChecks(await openLocalRepo(dir), defaultConfig(), {
            now: new Date('2026-11-25T12:00:00Z'),
          });
          expect(findings).toContainEqual(
            expect.objectContaining({
              ruleId: 'repo/invalid-utf8',
              file: 'src/damaged.ts',
              line: 2,
            }),
          );
          const flagged = findings.filter(
            (f) => f.ruleId === 'flags/orphaned' || f.ruleId === 'flags/undeclared',
          );
          expect(flagged).toEqual([]);
        },
      ),
      { seed: 22, numRuns: Math.ceil(RUNS / 5) },
    );
  }, 120_000);
});
