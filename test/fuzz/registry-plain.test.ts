import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults.js';
import { parseRegistry, parseRegistryDocument } from '../../src/flags/registry.js';
import { readPlainRegistry } from '../../src/flags/registry-plain.js';

/**
 * The registry has two readers: a walk over the `yaml` package's CST for the plain shape nearly
 * every registry has, and the full Document for everything else. A user must never be able to tell
 * which one read their file: on generated registries — good ones, ones with every kind of mistake a
 * person makes in flags.yml, and ones with random characters inserted or deleted — both readers give
 * the same flags and the same findings (rule, message, line, column), in the same order. Fixed seeds;
 * `FUZZ_RUNS` raises the number of cases.
 */

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const config = defaultConfig().flags;

const flagKey = fc.oneof(
  {
    weight: 20,
    arbitrary: fc
      .tuple(fc.constantFrom('new-checkout', 'search-v2', 'payments_kill', 'a.b'), fc.nat(999))
      .map(([word, n]) => `${word}-${n}`),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '"quoted-key"',
      "'single-quoted'",
      '123',
      '0x1F',
      'true',
      'null',
      '~',
      '"a b"',
      'a<b',
      '"tab\\there"',
      '"\\u00e9t\\u00e9"',
      '-5',
      '1e3',
      '.inf',
      '"new-checkout"',
      'x'.repeat(300),
    ),
  },
);

/** Mostly what registries hold (`usual`), sometimes anything (`odd`). */
const mostly = <T>(usual: fc.Arbitrary<T>, odd: fc.Arbitrary<T>): fc.Arbitrary<T> =>
  fc.oneof({ weight: 40, arbitrary: usual }, { weight: 1, arbitrary: odd });

const owner = mostly(
  fc.constantFrom(
    '"@alice"',
    "'@acme/payments'",
    'ops@acme.example',
    '["@alice", "@acme/web"]',
    '\n      - "@alice"\n      - ops@acme.example',
    '[]',
    '"nobody"',
    '5',
  ),
  fc.constantFrom(
    '[ "@alice" ,"@bob" ]',
    '["@alice",]',
    '[@alice]',
    '@alice',
    '5',
    '~',
    '"nobody"',
    '["@alice", 5]',
    '{team: web}',
    '\n      - "@alice"\n      - ops@acme.example',
    '\n      - "@alice"\n      -',
    '\n    - "@alice"',
  ),
);
const date = mostly(
  fc.constantFrom('2026-11-01', '"2026-11-20"', "'2026-12-01'", '2026-1-1', '2026-13-01', 'soon'),
  fc.constantFrom(
    '2026-1-1',
    '2026-13-01',
    '2026-02-30',
    'soon',
    '20261101',
    '2026-11-01T10:00:00Z',
    '!!timestamp 2026-11-20',
    '',
  ),
);
const type = mostly(
  fc.constantFrom('release', 'kill-switch', 'experiment', 'relase', '5'),
  fc.constantFrom('""', 'true', ''),
);
const description = mostly(
  fc.constantFrom('New checkout flow', '"Quoted: with colon"', 'two words # a comment'),
  fc.constantFrom(
    'New checkout flow',
    '"Quoted: with colon"',
    "'It''s fine'",
    'plain with # not a comment? no',
    'two words # a comment',
    'folded\n      across lines',
    '>-\n      Folded block\n      scalar',
    '|\n      Literal\n      block',
    '| # header comment\n      text',
    '"multi\n      line quoted"',
    '[a, b]',
    '',
  ),
);
const field = mostly<readonly [string, string]>(
  fc.oneof(
    owner.map((v) => ['owner', v] as const),
    date.map((v) => ['created', v] as const),
    date.map((v) => ['expires', v] as const),
    date.map((v) => ['renewedFrom', v] as const),
    type.map((v) => ['type', v] as const),
    description.map((v) => ['description', v] as const),
  ),
  fc.constantFrom('owners', 'expire', 'Type', 'created ', '"type"').map((k) => [k, 'x'] as const),
);
const trailing = mostly(fc.constant(''), fc.constantFrom(' # why', '  #note', '#glued'));

const entry = fc
  .tuple(
    flagKey,
    fc.oneof(
      {
        weight: 8,
        arbitrary: fc.uniqueArray(fc.tuple(field, trailing), {
          maxLength: 7,
          selector: ([[key]]) => key,
        }),
      },
      { weight: 1, arbitrary: fc.array(fc.tuple(field, trailing), { maxLength: 7 }) },
      { weight: 1, arbitrary: fc.constantFrom(' 5', ' release', ' ~', '', ' []', ' &a') },
    ),
    mostly(fc.constant(''), fc.constantFrom('  # entry comment', '\n    # a comment line')),
  )
  .map(([key, body, afterKey]) => {
    if (typeof body === 'string') return `  ${key}:${body}`;
    const lines = body.map(
      ([[k, v], t]) => `    ${k}:${v === '' || v.startsWith('\n') ? '' : ' '}${v}${t}`,
    );
    return [`  ${key}:${body.length === 0 ? '' : afterKey}`, ...lines].join('\n');
  });

const header = mostly(
  fc.constantFrom(
    '',
    '# Feature flag registry\n',
    '# yaml-language-server: $schema=../schemas/flags.schema.json\n\n',
  ),
  fc.constantFrom('---\n', '%YAML 1.1\n---\n', 'version: 1\n', 'flag:\n  x: 1\n'),
);
const footer = mostly(
  fc.constantFrom('', '\n# end\n', '\nother: true\n'),
  fc.constantFrom('\n...\n', '\n---\nflags: {}\n'),
);

const registry = fc
  .tuple(
    header,
    mostly(
      fc.constantFrom('flags:', 'flags: # all of them'),
      fc.constantFrom('flags: ~', 'flags: []'),
    ),
    fc.array(entry, { maxLength: 6 }),
    footer,
  )
  .map(([h, flagsLine, entries, f]) => `${h}${flagsLine}\n${entries.join('\n')}\n${f}`);

/** What a person's editor does to a file: a character in, a character out, a line end changed. */
const mutation = fc.tuple(
  fc.nat(),
  fc.constantFrom('insert', 'delete', 'crlf', 'tab', 'indent'),
  fc.constantFrom(...': -#"\'\n[],&*!|>{}?%@`\\\t'.split('')),
);

function mutate(text: string, [at, how, char]: [number, string, string]): string {
  const i = text.length === 0 ? 0 : at % text.length;
  switch (how) {
    case 'insert':
      return text.slice(0, i) + char + text.slice(i);
    case 'delete':
      return text.slice(0, i) + text.slice(i + 1);
    case 'crlf':
      return text.replace(/\n/g, '\r\n');
    case 'tab':
      return text.slice(0, i) + '\t' + text.slice(i);
    default: {
      const line = text.lastIndexOf('\n', i) + 1;
      return text.slice(0, line) + ' ' + text.slice(line);
    }
  }
}

const input = fc.oneof(
  { weight: 3, arbitrary: registry },
  {
    weight: 2,
    arbitrary: fc
      .tuple(registry, fc.array(mutation, { minLength: 1, maxLength: 3 }))
      .map(([text, ms]) => ms.reduce(mutate, text)),
  },
);

describe('the plain registry reader against the Document', () => {
  it('gives the same flags and findings as the Document on every generated registry', () => {
    let plain = 0;
    let total = 0;
    fc.assert(
      fc.property(input, (text) => {
        total++;
        if (readPlainRegistry(text)) plain++;
        expect(parseRegistry(text, 'flags.yml', config)).toEqual(
          parseRegistryDocument(text, 'flags.yml', config),
        );
      }),
      { seed: Number(process.env.FUZZ_SEED ?? 42), numRuns: RUNS },
    );
    // Not vacuous: a good share of the cases really went through the plain reader.
    expect(plain / total).toBeGreaterThan(0.25);
    expect(plain).toBeLessThan(total);
  });

  it('reads the common registry shapes itself, and leaves the rest to the Document', () => {
    const plain = [
      'flags:\n  a:\n    owner: "@alice"\n    created: 2026-11-01\n    type: release\n',
      '# registry\nflags:\n  a: # note\n    owner: ["@a", \'@b\']\n    description: >-\n      folded\n',
      'flags:\n  a:\n    owner:\n      - "@a"\n      - ops@acme.example\n  b:\n',
      'flags:\n',
      'flags:\n  a: ~\n  b:\n    type: true\n    description: null\n', // null and booleans
    ];
    const document = [
      'flags:\n  a: &x\n    owner: "@a"\n  b: *x\n', // anchors and aliases
      'flags:\n  a:\n    type: !!str release\n', // tags
      'flags: {a: {owner: "@a"}}\n', // flow mappings
      '%YAML 1.1\n---\nflags:\n', // directives
      'flags:\n---\nflags:\n', // several documents
      'flags:\r\n  a:\r\n', // CR line ends
      'flags:\n\ta:\n', // tabs
      'flags:\n  a:\n  a:\n', // duplicate keys
      'flags:\n  a:\n    expires:\n', // an empty value inside an entry
      'flags:\n  a:\n    owner: "@a\n', // an error
      'registry:\n  a:\n', // no flags: key
    ];
    for (const text of plain) expect(readPlainRegistry(text), text).toBeDefined();
    for (const text of document) expect(readPlainRegistry(text), text).toBeUndefined();
  });
});
