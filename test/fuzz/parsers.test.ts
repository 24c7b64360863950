import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCodeowners } from '../../src/codeowners/parse.js';
import { defaultConfig } from '../../src/config/defaults.js';
import { parseConfig } from '../../src/config/load.js';
import type { Finding } from '../../src/findings.js';
import { parseRegistry } from '../../src/flags/registry.js';
import { scanFlagReferences } from '../../src/flags/scanner/index.js';
import { parseOnCallFile } from '../../src/oncall/parse.js';
import { decodeText } from '../../src/repo/content.js';
import { memoryRepo } from '../../src/repo/memory.js';

/**
 * Property tests for every parser (issue 9): whatever the bytes — arbitrary text, YAML alias bombs,
 * deep nesting, duplicate keys, a BOM, CRLF, invalid UTF-8, huge lines — the parser returns findings
 * (each naming its file, errors with a line) within a time bound, and never throws. Fixed seeds:
 * a failure reproduces exactly; `FUZZ_RUNS` raises the number of cases.
 */

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
/** Per input, on a busy 2-core machine: parsing must be bounded, not merely finish. */
const MAX_MS = 2_000;

const yamlScalar = fc.oneof(
  fc.constantFrom(
    'new-checkout',
    '2026-11-01',
    '"@alice"',
    'release',
    '~',
    '[]',
    '{}',
    '&a x',
    '*a',
  ),
  fc.string({ maxLength: 20 }),
);
const yamlLine = fc
  .tuple(
    fc.nat({ max: 6 }),
    fc.constantFrom('flags', 'owner', 'type', 'oncall', 'x', '- ', ''),
    yamlScalar,
  )
  .map(
    ([indent, key, value]) =>
      `${' '.repeat(indent)}${key}${key && key !== '- ' ? ': ' : ''}${value}`,
  );
const yamlish = fc.array(yamlLine, { maxLength: 40 }).map((l) => l.join('\n'));

/** The billion-laughs shape: each level aliases the previous one ten times. */
function aliasBomb(levels: number): string {
  const lines = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let i = 1; i <= levels; i++)
    lines.push(`a${i}: &a${i} [${Array.from({ length: 10 }, () => `*a${i - 1}`).join(', ')}]`);
  return `${lines.join('\n')}\nflags: *a${levels}\n`;
}
const deepNesting = (n: number): string => `flags: ${'['.repeat(n)}${']'.repeat(n)}\n`;
const deepMaps = (n: number): string =>
  `${Array.from({ length: n }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n')} x\n`;

const hostile = fc.oneof(
  { weight: 4, arbitrary: yamlish },
  { weight: 2, arbitrary: fc.string({ maxLength: 400 }) },
  { weight: 1, arbitrary: fc.nat({ max: 9 }).map(aliasBomb) },
  { weight: 1, arbitrary: fc.integer({ min: 100, max: 3000 }).map(deepNesting) },
  { weight: 1, arbitrary: fc.integer({ min: 50, max: 400 }).map(deepMaps) },
  { weight: 1, arbitrary: yamlish.map((t) => `\uFEFF${t.replace(/\n/g, '\r\n')}`) },
  { weight: 1, arbitrary: fc.nat({ max: 200_000 }).map((n) => `flags:\n  k: ${'x'.repeat(n)}\n`) },
  { weight: 1, arbitrary: yamlish.map((t) => `${t}\n${t}`) }, // duplicate keys
);

/** Text as the repository reader would hand it over, from arbitrary bytes (invalid UTF-8 included). */
const fromBytes = fc
  .uint8Array({ maxLength: 600 })
  .map((bytes) => new TextDecoder('utf-8').decode(bytes));

function wellFormed(findings: readonly Finding[], file: string): void {
  for (const f of findings) {
    expect(typeof f.message).toBe('string');
    if (f.file !== undefined) expect(f.file).toBe(file);
    if (f.severity === 'error' && f.file !== undefined) expect(f.line ?? 1).toBeGreaterThan(0);
  }
}

function timed<T>(parse: () => T): T {
  const started = performance.now();
  const out = parse();
  expect(performance.now() - started).toBeLessThan(MAX_MS);
  return out;
}

const PARSERS: readonly [string, string, (text: string) => readonly Finding[]][] = [
  [
    'the flag registry',
    'flags.yml',
    (t) => parseRegistry(t, 'flags.yml', defaultConfig().flags).findings,
  ],
  [
    'the config',
    '.github/ops-steward.yml',
    (t) => {
      const loaded = parseConfig(t, '.github/ops-steward.yml');
      return [...loaded.errors, ...loaded.diagnostics];
    },
  ],
  [
    'an on-call file',
    'oncall/schedules.yml',
    (t) => parseOnCallFile(t, 'oncall/schedules.yml').findings,
  ],
  ['CODEOWNERS', '.github/CODEOWNERS', (t) => parseCodeowners(t, '.github/CODEOWNERS').problems],
];

describe.each(PARSERS)('%s parser under hostile input', (_name, file, parse) => {
  it('returns positioned findings, never throws, within the time bound', () => {
    fc.assert(
      fc.property(hostile, (text) =>
        wellFormed(
          timed(() => parse(text)),
          file,
        ),
      ),
      { seed: 9, numRuns: RUNS },
    );
  });

  it('takes arbitrary bytes (invalid UTF-8, binary, BOMs) the way the reader decodes them', async () => {
    await fc.assert(
      fc.asyncProperty(fromBytes, async (text) => {
        // The reader's own decoding (binary check, BOMs) must not throw either.
        await decodeText(new TextEncoder().encode(text));
        wellFormed(
          timed(() => parse(text)),
          file,
        );
      }),
      { seed: 10, numRuns: RUNS },
    );
  });
});

describe('the flag scanner, through its public entry', () => {
  it('scans binary-looking, huge-line and arbitrary sources with code extensions without throwing', async () => {
    const source = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.constantFrom(
        "import { isEnabled } from './flags';\nif (isEnabled('new-checkout')) go();\n",
        `const x = isEnabled('a${'b'.repeat(50_000)}');\n`,
        '\u0000\u0001\u0002 isEnabled("x")',
        '\uFEFFisEnabled(`checkout-${step}`)\r\n',
      ),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(source, { minLength: 1, maxLength: 4 }), async (sources) => {
        const files = Object.fromEntries(sources.map((s, i) => [`src/f${i}.ts`, s]));
        const started = performance.now();
        const scan = await scanFlagReferences(memoryRepo(files), defaultConfig().flags, {
          declaredKeys: ['new-checkout'],
        });
        expect(performance.now() - started).toBeLessThan(10_000);
        for (const r of scan.references) expect(r.line).toBeGreaterThan(0);
      }),
      { seed: 11, numRuns: Math.ceil(RUNS / 5) },
    );
  }, 110_000);
});
