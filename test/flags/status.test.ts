import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults.js';
import type { FlagsConfig } from '../../src/flags/config.js';
import { flagFindings, flagStatus, unresolvedFindings } from '../../src/flags/status.js';
import type { DeclaredFlag, FlagReference, ScanResult } from '../../src/flags/types.js';

const NOW = new Date('2026-11-25T12:00:00Z');

function config(overrides: Partial<FlagsConfig> = {}): FlagsConfig {
  return { ...defaultConfig().flags, ...overrides };
}

let nextLine = 2;
function flag(key: string, fields: Partial<DeclaredFlag> = {}): DeclaredFlag {
  const line = nextLine;
  nextLine += 5;
  return {
    key,
    owners: ['@alice'],
    created: '2026-11-01',
    expires: '2026-12-20',
    type: 'release',
    file: 'flags.yml',
    line,
    column: 3,
    ...fields,
  };
}

function ref(key: string | null, fields: Partial<FlagReference> = {}): FlagReference {
  return {
    key,
    pattern: null,
    file: 'src/app.ts',
    line: 10,
    column: 5,
    via: 'literal',
    accessor: 'isEnabled',
    ...fields,
  };
}

const scan = (...references: FlagReference[]): ScanResult => ({ references, unresolved: [] });

function stateOf(f: DeclaredFlag, refs: FlagReference[], now = NOW, cfg = config()): string {
  const rows = flagStatus([f], scan(...refs), [], cfg, now);
  return rows.find((r) => r.key === f.key)!.state;
}

describe('flagStatus: states', () => {
  it('reports each state with the contract fields in the contract order', () => {
    const rows = flagStatus(
      [
        flag('active-one', { expires: '2026-12-20' }),
        flag('expiring-one', { expires: '2026-12-01' }),
        flag('expired-one', { expires: '2026-11-20' }),
        flag('orphaned-one'),
        flag('kill', { type: 'kill-switch', expires: null }),
      ],
      scan(
        ref('active-one'),
        ref('expiring-one'),
        ref('expired-one'),
        ref('kill'),
        ref('ghost'),
        ref('ghost', { line: 20 }),
      ),
      [],
      config(),
      NOW,
    );
    expect(rows.map((r) => [r.key, r.state])).toEqual([
      ['active-one', 'active'],
      ['expiring-one', 'expiring'],
      ['expired-one', 'expired'],
      ['orphaned-one', 'orphaned'],
      ['kill', 'permanent'],
      ['ghost', 'undeclared'],
    ]);
    expect(Object.keys(rows[0]!)).toEqual([
      'key',
      'owners',
      'type',
      'created',
      'expires',
      'state',
      'references',
      'patternReferences',
    ]);
    expect(rows[5]).toEqual({
      key: 'ghost',
      owners: [],
      type: null,
      created: null,
      expires: null,
      state: 'undeclared',
      references: 2,
      patternReferences: 0,
    });
  });

  it('a flag expires at the start (00:00 UTC) of its expires day', () => {
    const f = flag('f', { expires: '2026-12-01' });
    expect(stateOf(f, [ref('f')], new Date('2026-11-30T23:59:59.999Z'))).toBe('expiring');
    expect(stateOf(f, [ref('f')], new Date('2026-12-01T00:00:00.000Z'))).toBe('expired');
  });

  it('is expiring from exactly expiringWithinDays before the expiry', () => {
    const f = flag('f', { expires: '2026-12-01' });
    expect(stateOf(f, [ref('f')], new Date('2026-11-23T23:59:59.999Z'))).toBe('active');
    expect(stateOf(f, [ref('f')], new Date('2026-11-24T00:00:00.000Z'))).toBe('expiring');
    const threeDays = config({ expiringWithinDays: 3 });
    expect(stateOf(f, [ref('f')], new Date('2026-11-27T12:00:00Z'), threeDays)).toBe('active');
    expect(stateOf(f, [ref('f')], new Date('2026-11-28T00:00:00Z'), threeDays)).toBe('expiring');
    const never = config({ expiringWithinDays: 0 });
    expect(stateOf(f, [ref('f')], new Date('2026-11-30T23:59:59.999Z'), never)).toBe('active');
  });

  it('permanent flags never expire, whatever date they carry', () => {
    const kill = flag('kill', { type: 'kill-switch', expires: '2020-01-01' });
    const rows = flagStatus([kill], scan(ref('kill')), [], config(), NOW);
    expect(rows[0]).toMatchObject({ state: 'permanent', expires: null });
    expect(
      stateOf(
        flag('t', { type: 'toggle', expires: null }),
        [ref('t')],
        NOW,
        config({ permanentTypes: ['toggle'] }),
      ),
    ).toBe('permanent');
  });
});

describe('flagStatus: precedence', () => {
  it('expired beats orphaned: an expired flag nobody reads is still expired', () => {
    expect(stateOf(flag('f', { expires: '2026-11-01' }), [])).toBe('expired');
  });

  it('orphaned beats expiring and permanent', () => {
    expect(stateOf(flag('f', { expires: '2026-11-28' }), [])).toBe('orphaned');
    expect(stateOf(flag('k', { type: 'permission', expires: null }), [])).toBe('orphaned');
  });
});

describe('flagStatus: what counts as a reference', () => {
  it('a pattern reference keeps matching declared flags from being orphaned, and is counted', () => {
    const rows = flagStatus(
      [flag('checkout-v2'), flag('checkout-v3'), flag('search-v2')],
      scan(
        ref(null, { pattern: 'checkout-*', via: 'template' }),
        ref(null, { pattern: 'checkout-v*', via: 'concat', line: 30 }),
      ),
      [],
      config(),
      NOW,
    );
    expect(rows.map((r) => [r.key, r.state, r.references, r.patternReferences])).toEqual([
      ['checkout-v2', 'active', 0, 2],
      ['checkout-v3', 'active', 0, 2],
      ['search-v2', 'orphaned', 0, 0],
    ]);
  });

  it('a pattern matching no declared flag creates no undeclared flag', () => {
    const rows = flagStatus(
      [flag('a')],
      scan(ref('a'), ref(null, { pattern: 'promo-*', via: 'template' })),
      [],
      config(),
      NOW,
    );
    expect(rows.map((r) => r.key)).toEqual(['a']);
  });

  it('text references (polyglot repos) keep a flag alive but never make a key undeclared', () => {
    const rows = flagStatus(
      [flag('py-flag')],
      scan(
        ref('py-flag', { via: 'text', file: 'svc/app.py' }),
        ref('yaml-only', { via: 'text', file: 'deploy.yml' }),
      ),
      [],
      config(),
      NOW,
    );
    expect(rows.map((r) => [r.key, r.state, r.references])).toEqual([['py-flag', 'active', 1]]);
  });

  it('merges extra text references, counting an identical reference once', () => {
    const text = ref('py-flag', { via: 'text', file: 'svc/app.py' });
    const rows = flagStatus(
      [flag('py-flag')],
      scan(text),
      [text, { ...text, line: 99 }],
      config(),
      NOW,
    );
    expect(rows[0]).toMatchObject({ state: 'active', references: 2 });
    expect(flagStatus([flag('py-flag')], scan(), [text], config(), NOW)[0]!.state).toBe('active');
  });

  it('lists undeclared keys after the declared ones, sorted', () => {
    const rows = flagStatus(
      [flag('z-declared')],
      scan(ref('z-declared'), ref('b-new'), ref('a-new', { via: 'hint' })),
      [],
      config(),
      NOW,
    );
    expect(rows.map((r) => r.key)).toEqual(['z-declared', 'a-new', 'b-new']);
  });
});

describe('flagFindings', () => {
  const registry = [
    flag('active-one', { expires: '2026-12-20', line: 2 }),
    flag('expiring-one', { expires: '2026-12-01', owners: ['@alice', '@acme/web'], line: 8 }),
    flag('expired-one', { expires: '2026-11-22', line: 14 }),
    flag('orphaned-one', { line: 20, column: 3 }),
  ];
  const refs = scan(
    ref('active-one'),
    ref('expiring-one'),
    ref('expired-one'),
    ref('ghost', { file: 'src/z.ts', line: 3, column: 9 }),
    ref('ghost', { file: 'src/b.ts', line: 40, column: 7 }),
    ref('ghost', { file: 'src/b.ts', line: 12, column: 2 }),
  );

  it('uses the default severities, at the registry line for declared flags and the first reference for undeclared', () => {
    const findings = flagFindings(registry, refs, [], config(), NOW);
    expect(findings.map((f) => [f.ruleId, f.severity, `${f.file}:${f.line}:${f.column}`])).toEqual([
      ['flags/expiring', 'warning', 'flags.yml:8:3'],
      ['flags/expired', 'error', 'flags.yml:14:3'],
      ['flags/orphaned', 'warning', 'flags.yml:20:3'],
      ['flags/undeclared', 'warning', 'src/b.ts:12:2'],
    ]);
    expect(findings[0]!.owners).toEqual(['@alice', '@acme/web']);
  });

  it('messages name the owners, the dates and what to do', () => {
    const [expiring, expired, orphaned, undeclared] = flagFindings(
      registry,
      refs,
      [],
      config(),
      NOW,
    );
    expect(expiring!.message).toBe(
      'flag "expiring-one" expires on 2026-12-01, in 6 days (owners @alice, @acme/web, type release, created 2026-11-01): ' +
        'remove it from the code and from flags.yml before then, or renew it: set renewedFrom: 2026-12-01 and move expires at most 30 days later (flags.lifetimeDays.default)',
    );
    expect(expired!.message).toBe(
      'flag "expired-one" expired on 2026-11-22 (3 days ago) and code still reads it (owner @alice, type release, created 2026-11-01): ' +
        'remove it from the code and from flags.yml, or renew it: set renewedFrom: 2026-11-22 and move expires at most 30 days later (flags.lifetimeDays.default)',
    );
    expect(orphaned!.message).toContain(
      'flag "orphaned-one" is declared but no code references it',
    );
    expect(orphaned!.message).toContain('expires 2026-12-20');
    expect(orphaned!.message).toContain('// ops-steward-flags: orphaned-one');
    expect(undeclared!.message).toBe(
      'flag "ghost" is read by code (3 times, first here) but not declared in flags.yml: add it with owner, created, expires and type',
    );
  });

  it('tells an expired flag nobody reads to just delete its entry (and keeps it an error)', () => {
    const findings = flagFindings(
      [flag('old', { expires: '2026-11-25', line: 4 })],
      scan(),
      [],
      config(),
      NOW,
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'flags/expired', severity: 'error' });
    expect(findings[0]!.message).toMatch(
      /^flag "old" expired on 2026-11-25 \(today\) and no code references it any more .*: delete its entry from flags\.yml$/,
    );
  });

  it('follows config.flags.severity, with off silencing a state', () => {
    const cfg = config({
      severity: {
        expired: 'warning',
        expiring: 'off',
        orphaned: 'error',
        undeclared: 'notice',
        unresolved: 'off',
      },
    });
    const findings = flagFindings(registry, refs, [], cfg, NOW);
    expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([
      ['flags/expired', 'warning'],
      ['flags/orphaned', 'error'],
      ['flags/undeclared', 'notice'],
    ]);
  });

  it('says to create the registry when there is none', () => {
    const findings = flagFindings([], scan(ref('ghost')), [], config(), NOW, {
      registryExists: false,
    });
    expect(findings[0]!.message).toContain('there is no flags.yml: create it');
  });

  it('reports nothing for active and permanent flags', () => {
    const findings = flagFindings(
      [flag('a'), flag('k', { type: 'kill-switch', expires: null })],
      scan(ref('a'), ref('k')),
      [],
      config(),
      NOW,
    );
    expect(findings).toEqual([]);
  });
});

describe('unresolvedFindings', () => {
  const unresolved = [
    {
      file: 'src/dyn.ts',
      line: 7,
      column: 22,
      accessor: 'isEnabled',
      expression: 'flagNameFor(\n  user)',
    },
  ];

  it('warns at the call with the hint syntax', () => {
    const [f] = unresolvedFindings(unresolved, config());
    expect(f).toMatchObject({
      ruleId: 'flags/unresolved',
      severity: 'warning',
      file: 'src/dyn.ts',
      line: 7,
      column: 22,
    });
    expect(f!.message).toContain(
      'cannot tell which flag isEnabled reads here: `flagNameFor( user)`',
    );
    expect(f!.message).toContain('// ops-steward-flags: key-a, key-b');
  });

  it('follows its severity, including off', () => {
    const severity = { ...config().severity };
    expect(
      unresolvedFindings(unresolved, { severity: { ...severity, unresolved: 'error' } })[0]!
        .severity,
    ).toBe('error');
    expect(
      unresolvedFindings(unresolved, { severity: { ...severity, unresolved: 'off' } }),
    ).toEqual([]);
  });
});
