import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults.js';
import type { FlagsConfig } from '../../src/flags/config.js';
import type { Finding } from '../../src/findings.js';
import { checkRenewal, lifetimePolicy, parseRegistry } from '../../src/flags/registry.js';

const PATH = 'flags.yml';

function config(overrides: Partial<FlagsConfig> = {}): FlagsConfig {
  return { ...defaultConfig().flags, ...overrides };
}

function parse(text: string, cfg: FlagsConfig = config()) {
  return parseRegistry(text, PATH, cfg);
}

/** rule, severity, line:column — what a user sees first. */
function brief(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.ruleId} ${f.severity} ${f.line}:${f.column}`);
}

const lines = (...l: string[]): string => `${l.join('\n')}\n`;

describe('parseRegistry: a valid registry', () => {
  it('reads every flag with owners, dates, type, description and the key position', () => {
    const result = parse(
      lines(
        'flags:',
        '  new-checkout:',
        '    owner: "@alice"',
        '    created: 2026-11-01',
        '    expires: 2026-12-01',
        '    type: release',
        '    description: New checkout flow',
        '  payments-kill:',
        '    owner: ["@acme/payments", ops@acme.example]',
        '    created: "2026-01-15"',
        '    type: kill-switch',
      ),
    );
    expect(result.findings).toEqual([]);
    expect(result.parsed).toBe(true);
    expect(result.flags).toEqual([
      {
        key: 'new-checkout',
        owners: ['@alice'],
        created: '2026-11-01',
        expires: '2026-12-01',
        type: 'release',
        description: 'New checkout flow',
        file: PATH,
        line: 2,
        column: 3,
      },
      {
        key: 'payments-kill',
        owners: ['@acme/payments', 'ops@acme.example'],
        created: '2026-01-15',
        expires: null,
        type: 'kill-switch',
        file: PATH,
        line: 8,
        column: 3,
      },
    ]);
  });

  it('accepts dates that YAML resolves to timestamps (YAML 1.1 documents, !!timestamp)', () => {
    const v11 = parse(
      lines(
        '%YAML 1.1',
        '---',
        'flags:',
        '  a:',
        '    owner: "@alice"',
        '    created: 2026-11-01',
        '    expires: !!timestamp 2026-11-20',
        '    type: release',
      ),
    );
    expect(v11.findings).toEqual([]);
    expect(v11.flags[0]).toMatchObject({ created: '2026-11-01', expires: '2026-11-20' });
  });

  it('treats an empty "flags:" as a registry with no flags', () => {
    expect(parse('flags:\n')).toEqual({ flags: [], findings: [], parsed: true });
  });
});

describe('parseRegistry: not a registry', () => {
  it('reports YAML syntax errors at the parser position and declares nothing', () => {
    const result = parse(lines('flags:', '  a: [1, 2', '  b: {'));
    expect(result.parsed).toBe(false);
    expect(result.flags).toEqual([]);
    expect(brief(result.findings)).toEqual([
      'flags/registry-yaml error 3:3',
      'flags/registry-yaml error 4:1',
    ]);
    expect(result.findings[0]!.message).toBe(
      'flags.yml is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
    );

    const compact = parse(lines('flags:', '  a: b: c'));
    expect(brief(compact.findings)).toEqual(['flags/registry-yaml error 2:6']);
  });

  it('reports a tab-indented file at the offending line and column', () => {
    const result = parse('flags:\n\tnew-checkout: {}\n');
    expect(result.parsed).toBe(false);
    expect(brief(result.findings)[0]).toBe('flags/registry-yaml error 2:1');
  });

  it('rejects plain text, an empty file, and a file without "flags:"', () => {
    const text = parse('just some words\n');
    expect(text.parsed).toBe(false);
    expect(brief(text.findings)).toEqual(['flags/registry-invalid error 1:1']);
    expect(text.findings[0]!.message).toContain('must be a mapping with a top-level "flags:" key');

    const empty = parse('');
    expect(empty.parsed).toBe(false);
    expect(empty.findings[0]!.message).toMatch(/^flags\.yml is empty/);

    const typo = parse(lines('flag:', '  a:', '    owner: "@a"'));
    expect(typo.parsed).toBe(false);
    expect(brief(typo.findings)).toEqual([
      'flags/registry-unknown-key warning 1:1',
      'flags/registry-invalid error 1:1',
    ]);
    expect(typo.findings[0]!.message).toContain('did you mean "flags"?');
  });

  it('rejects "flags:" that is a list', () => {
    const result = parse(lines('flags:', '  - new-checkout'));
    expect(result.parsed).toBe(false);
    expect(brief(result.findings)).toEqual(['flags/registry-invalid error 2:3']);
  });
  it('reports an alias bomb instead of expanding it', () => {
    const bomb = [
      'flags:',
      '  f:',
      '    description: &a0 ["x","x","x","x","x","x","x","x","x","x"]',
    ];
    for (let i = 1; i < 9; i++)
      bomb.push(
        `    d${i}: &a${i} [${Array(10)
          .fill(`*a${i - 1}`)
          .join(',')}]`,
      );
    bomb.push('    owner: *a8');
    const result = parse(lines(...bomb));
    // The whole file is refused at its first alias: no flag is read from a file that cannot be expanded.
    expect(brief(result.findings)).toEqual(['flags/registry-yaml error 4:14']);
    expect(result.findings[0]!.message).toMatch(
      /aliases in this file cannot be expanded.*Excessive alias count/,
    );
    expect(result.parsed).toBe(false);
  });
});

describe('parseRegistry: rules with exact positions', () => {
  const entry = (key: string, ...fields: string[]): string[] => [
    `  ${key}:`,
    ...fields.map((f) => `    ${f}`),
  ];
  const ok = (key: string): string[] =>
    entry(key, 'owner: "@alice"', 'created: 2026-11-01', 'expires: 2026-11-20', 'type: release');

  it('catches a duplicate flag key instead of merging it, pointing at the second and naming the first line', () => {
    const result = parse(
      lines(
        'flags:',
        ...ok('a'),
        ...entry('a', 'owner: "@bob"', 'created: 2026-11-02', 'type: release'),
      ),
    );
    expect(brief(result.findings)).toEqual(['flags/registry-duplicate-key error 7:3']);
    expect(result.findings[0]!.message).toBe(
      'flag "a" is declared twice (first on line 2); YAML would silently keep only one of them — merge the two entries',
    );
    // The first declaration counts; the second is not silently merged over it.
    expect(result.flags).toHaveLength(1);
    expect(result.flags[0]).toMatchObject({ owners: ['@alice'], line: 2 });
  });

  it('catches a duplicate field inside a flag', () => {
    const result = parse(lines('flags:', ...ok('a'), '    expires: 2026-11-25'));
    expect(brief(result.findings)).toEqual(['flags/registry-duplicate-key error 7:5']);
    expect(result.findings[0]!.message).toContain(
      'key "expires" appears twice in the same mapping (first on line 5)',
    );
  });

  it('reports a missing owner at the flag key, and an empty owner list', () => {
    const result = parse(
      lines(
        'flags:',
        ...entry('no-owner', 'created: 2026-11-01', 'expires: 2026-11-20', 'type: release'),
        ...entry(
          'empty-owner',
          'owner: []',
          'created: 2026-11-01',
          'expires: 2026-11-20',
          'type: release',
        ),
      ),
    );
    expect(brief(result.findings)).toEqual([
      'flags/registry-missing-owner error 2:3',
      'flags/registry-missing-owner error 7:12',
    ]);
    expect(result.findings[0]!.message).toContain('flag "no-owner" has no owner');
    expect(result.flags.map((f) => f.key)).toEqual(['no-owner', 'empty-owner']);
  });

  it('reports each badly formatted owner at its own position, suggesting the @ form', () => {
    const result = parse(
      lines(
        'flags:',
        ...entry(
          'a',
          'owner: alice',
          'created: 2026-11-01',
          'expires: 2026-11-20',
          'type: release',
        ),
        ...entry(
          'b',
          'owner: ["@ok", "not an owner", "@acme/web"]',
          'created: 2026-11-01',
          'expires: 2026-11-20',
          'type: release',
        ),
        ...entry('c', 'owner: 42', 'created: 2026-11-01', 'expires: 2026-11-20', 'type: release'),
      ),
    );
    expect(brief(result.findings)).toEqual([
      'flags/registry-bad-owner error 3:12',
      'flags/registry-bad-owner error 8:20',
      'flags/registry-bad-owner error 13:12',
    ]);
    expect(result.findings[0]!.message).toBe(
      'owner "alice" of flag "a" is not a GitHub @user, @org/team or an email; did you mean "@alice"?',
    );
    expect(result.findings[1]!.message).toContain('owner "not an owner" of flag "b"');
    expect(result.findings[2]!.message).toContain('not 42');
  });

  it('reports expires before (or on) created at the expires value', () => {
    const result = parse(
      lines(
        'flags:',
        ...entry('a', 'owner: "@a"', 'created: 2026-11-10', 'expires: 2026-11-01', 'type: release'),
        ...entry('b', 'owner: "@a"', 'created: 2026-11-10', 'expires: 2026-11-10', 'type: release'),
      ),
    );
    expect(brief(result.findings)).toEqual([
      'flags/registry-expires-before-created error 5:14',
      'flags/registry-expires-before-created error 10:14',
    ]);
    expect(result.findings[0]!.message).toBe(
      'flag "a" expires 2026-11-01, before it was created (2026-11-10): expires must be a later day',
    );
    expect(result.findings[1]!.message).toContain('the same day it was created');
  });

  it('enforces the default lifetime of 30 days: day 30 passes, day 31 fails', () => {
    const result = parse(
      lines(
        'flags:',
        ...entry(
          'thirty',
          'owner: "@a"',
          'created: 2026-11-01',
          'expires: 2026-12-01',
          'type: release',
        ),
        ...entry(
          'thirty-one',
          'owner: "@a"',
          'created: 2026-11-01',
          'expires: 2026-12-02',
          'type: experiment',
        ),
      ),
    );
    expect(brief(result.findings)).toEqual(['flags/registry-lifetime error 10:14']);
    expect(result.findings[0]!.message).toBe(
      'flag "thirty-one" expires 2026-12-02, 31 days after created 2026-11-01; experiment flags may live at most 30 days (flags.lifetimeDays.default): set expires to 2026-12-01 or earlier',
    );
  });

  it('applies the lifetime per type (Unleash-style 40/40/7), falling back to default', () => {
    const cfg = config({
      lifetimeDays: { default: 30, release: 40, experiment: 40, operational: 7 },
    });
    const result = parse(
      lines(
        'flags:',
        ...entry(
          'release-40',
          'owner: "@a"',
          'created: 2026-11-01',
          'expires: 2026-12-11',
          'type: release',
        ),
        ...entry(
          'ops-8',
          'owner: "@a"',
          'created: 2026-11-01',
          'expires: 2026-11-09',
          'type: operational',
        ),
        ...entry(
          'release-41',
          'owner: "@a"',
          'created: 2026-11-01',
          'expires: 2026-12-12',
          'type: release',
        ),
      ),
      cfg,
    );
    expect(brief(result.findings)).toEqual([
      'flags/registry-lifetime error 10:14',
      'flags/registry-lifetime error 15:14',
    ]);
    expect(result.findings[0]!.message).toContain(
      'operational flags may live at most 7 days (flags.lifetimeDays.operational)',
    );
    expect(result.findings[1]!.message).toContain('41 days after created');
    expect(lifetimePolicy(cfg, 'kill-switch')).toEqual({
      days: 30,
      source: 'flags.lifetimeDays.default',
    });
  });

  it('measures a renewed flag from the previous expiry (renewedFrom)', () => {
    const result = parse(
      lines(
        'flags:',
        ...entry(
          'renewed',
          'owner: "@a"',
          'created: 2026-11-01',
          'renewedFrom: 2026-12-01',
          'expires: 2026-12-31',
          'type: release',
        ),
        ...entry(
          'too-far',
          'owner: "@a"',
          'created: 2026-11-01',
          'renewedFrom: 2026-12-01',
          'expires: 2027-01-01',
          'type: release',
        ),
        ...entry(
          'bogus',
          'owner: "@a"',
          'created: 2026-11-01',
          'renewedFrom: 2026-10-01',
          'expires: 2026-11-20',
          'type: release',
        ),
      ),
    );
    expect(brief(result.findings)).toEqual([
      'flags/registry-lifetime error 12:14',
      'flags/registry-bad-renewal error 17:18',
    ]);
    expect(result.findings[0]!.message).toContain(
      '31 days after the previous expiry 2026-12-01 (renewedFrom)',
    );
  });

  it('reports an unknown type with the closest allowed one, and none when nothing is close', () => {
    const result = parse(
      lines(
        'flags:',
        ...entry('a', 'owner: "@a"', 'created: 2026-11-01', 'expires: 2026-11-20', 'type: relase'),
        ...entry('b', 'owner: "@a"', 'created: 2026-11-01', 'expires: 2026-11-20', 'type: banana'),
      ),
    );
    expect(brief(result.findings)).toEqual([
      'flags/registry-unknown-type error 6:11',
      'flags/registry-unknown-type error 11:11',
    ]);
    expect(result.findings[0]!.message).toContain('unknown type "relase"; did you mean "release"?');
    expect(result.findings[1]!.message).not.toContain('did you mean');
    expect(result.findings[1]!.message).toContain(
      'Allowed types: release, experiment, operational, kill-switch, permission',
    );
  });

  it('notes (not errors) an expires date on a permanent type and ignores it', () => {
    const result = parse(
      lines(
        'flags:',
        ...entry(
          'kill',
          'owner: "@a"',
          'created: 2026-11-01',
          'expires: 2026-11-20',
          'type: kill-switch',
        ),
      ),
    );
    expect(brief(result.findings)).toEqual(['flags/registry-permanent-expires notice 5:14']);
    expect(result.flags[0]!.expires).toBeNull();
  });

  it('permanent types are configurable', () => {
    const cfg = config({ types: ['release', 'ops-toggle'], permanentTypes: ['ops-toggle'] });
    const result = parse(
      lines('flags:', ...entry('t', 'owner: "@a"', 'created: 2026-11-01', 'type: ops-toggle')),
      cfg,
    );
    expect(result.findings).toEqual([]);
  });

  it('requires expires on temporary flags, proposing the latest allowed date', () => {
    const result = parse(
      lines('flags:', ...entry('a', 'owner: "@a"', 'created: 2026-11-01', 'type: release')),
    );
    expect(brief(result.findings)).toEqual(['flags/registry-missing-expires error 2:3']);
    expect(result.findings[0]!.message).toContain(
      'at most 30 days after created: 2026-12-01 or earlier',
    );
  });

  it('reports malformed and impossible dates at the value', () => {
    const result = parse(
      lines(
        'flags:',
        ...entry('a', 'owner: "@a"', 'created: 2026-02-30', 'expires: 2026-03-10', 'type: release'),
        ...entry('b', 'owner: "@a"', 'created: next week', 'expires: 2026-03-10', 'type: release'),
      ),
    );
    expect(brief(result.findings)).toEqual([
      'flags/registry-bad-date error 4:14',
      'flags/registry-bad-date error 9:14',
    ]);
    expect(result.findings[0]!.message).toBe(
      'created of flag "a" is 2026-02-30, which is not a calendar day (YYYY-MM-DD)',
    );
    expect(result.findings[1]!.message).toBe(
      'created of flag "b" must be a date YYYY-MM-DD, not "next week"',
    );
  });

  it('warns about an unknown field with a suggestion (and the real field is then missing)', () => {
    const result = parse(
      lines(
        'flags:',
        ...entry('a', 'owner: "@a"', 'created: 2026-11-01', 'expire: 2026-11-20', 'type: release'),
      ),
    );
    expect(brief(result.findings)).toEqual([
      'flags/registry-unknown-key warning 5:5',
      'flags/registry-missing-expires error 2:3',
    ]);
    expect(result.findings[0]!.message).toContain(
      'unknown key "expire" in flag "a"; did you mean "expires"?',
    );
  });

  it('reports an entry that is not a mapping, and still declares its key', () => {
    const result = parse(lines('flags:', '  a: true', '  b:', ...ok('c')));
    expect(brief(result.findings)).toEqual([
      'flags/registry-invalid error 2:6',
      'flags/registry-invalid error 3:3',
    ]);
    expect(result.findings[0]!.message).toBe(
      'flag "a" must be a mapping with owner, created, expires and type, not true',
    );
    expect(result.flags.map((f) => f.key)).toEqual(['a', 'b', 'c']);
  });

  it('reports every missing required field with a hint', () => {
    const result = parse(lines('flags:', '  a: {}'));
    expect(result.findings.map((f) => f.ruleId)).toEqual([
      'flags/registry-missing-owner',
      'flags/registry-missing-created',
      'flags/registry-missing-type',
    ]);
    expect(result.findings.every((f) => f.line === 2 && f.column === 3)).toBe(true);
  });
});

describe('checkRenewal', () => {
  it('allows moving expires by at most one policy step past the previous expiry', () => {
    expect(checkRenewal({ expires: '2026-12-01' }, { expires: '2026-12-31' }, 30)).toEqual({
      kind: 'renewed',
      ok: true,
      latestAllowed: '2026-12-31',
    });
    expect(checkRenewal({ expires: '2026-12-01' }, { expires: '2027-01-01' }, 30)).toEqual({
      kind: 'renewed',
      ok: false,
      latestAllowed: '2026-12-31',
    });
  });

  it('accepts unchanged, shortened, added and removed expiry dates', () => {
    expect(checkRenewal({ expires: '2026-12-01' }, { expires: '2026-12-01' }, 30).kind).toBe(
      'unchanged',
    );
    expect(checkRenewal({ expires: '2026-12-01' }, { expires: '2026-11-15' }, 30)).toMatchObject({
      kind: 'shortened',
      ok: true,
    });
    expect(checkRenewal({ expires: null }, { expires: '2026-11-15' }, 30)).toEqual({
      kind: 'added',
      ok: true,
      latestAllowed: null,
    });
    expect(checkRenewal({ expires: '2026-12-01' }, { expires: null }, 30)).toMatchObject({
      kind: 'removed',
      ok: true,
    });
  });
});
