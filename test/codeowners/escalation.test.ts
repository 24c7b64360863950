import { describe, expect, it } from 'vitest';
import type { OnCallDirectory, OnCallLevel } from '../../src/codeowners/escalation.js';
import {
  checkEscalationCoverage,
  escalationFor,
  escalationGapsInChange,
  policyForOwner,
} from '../../src/codeowners/escalation.js';
import { parseCodeowners } from '../../src/codeowners/parse.js';
import type { CodeownersConfig } from '../../src/codeowners/config.js';

const P = '.github/CODEOWNERS';
const TEXT = [
  '*              @acme/platform', // 1
  '/src/          @alice @acme/web', // 2
  '/src/search/   @acme/search', // 3
  '/docs/         @bob', // 4
  '/src/vendor/', // 5
].join('\n');
const co = parseCodeowners(TEXT, P);

const config: CodeownersConfig = {
  requireOwners: ['src/**', 'docs/**'],
  teams: {
    '@acme/web': { policy: 'web-primary' },
    // Keys may omit the @ and differ in case.
    'ACME/Platform': { policy: 'platform' },
    '@acme/search': {},
  },
};
const at = new Date('2026-11-25T12:00:00Z');

describe('policyForOwner', () => {
  it('looks teams up case-insensitively, with or without @', () => {
    expect(policyForOwner('@acme/web', config)).toBe('web-primary');
    expect(policyForOwner('@Acme/Platform', config)).toBe('platform');
    expect(policyForOwner('@acme/search', config)).toBeUndefined();
  });

  it('falls back to the on-call directory', () => {
    const directory: OnCallDirectory = {
      policyFor: (team) => (team === '@acme/search' ? 'search-oncall' : undefined),
      onCallAt: () => null,
    };
    expect(policyForOwner('@acme/search', config, directory)).toBe('search-oncall');
  });
});

describe('escalationFor: path → owners → team → policy → on call', () => {
  it('picks the first owner with a policy; onCall is null without an on-call directory', () => {
    expect(escalationFor(co, 'src/app.ts', { config, at })).toEqual({
      path: 'src/app.ts',
      owners: ['@alice', '@acme/web'],
      line: 2,
      pattern: '/src/',
      team: '@acme/web',
      policy: 'web-primary',
      onCall: null,
    });
  });

  it('keeps the JSON field order of the CLI contract', () => {
    expect(Object.keys(escalationFor(co, 'src/app.ts', { config, at }))).toEqual([
      'path',
      'owners',
      'line',
      'pattern',
      'team',
      'policy',
      'onCall',
    ]);
  });

  it('a team without a policy is named, its policy null', () => {
    expect(escalationFor(co, 'src/search/q.ts', { config, at })).toMatchObject({
      team: '@acme/search',
      policy: null,
      onCall: null,
    });
  });

  it('user owners without a mapping: team and policy null', () => {
    expect(escalationFor(co, 'docs/a.md', { config, at })).toMatchObject({
      owners: ['@bob'],
      line: 4,
      team: null,
      policy: null,
    });
  });

  it('no owner (un-assigned): everything null but the rule', () => {
    expect(escalationFor(co, 'src/vendor/x.js', { config, at })).toEqual({
      path: 'src/vendor/x.js',
      owners: [],
      line: 5,
      pattern: '/src/vendor/',
      team: null,
      policy: null,
      onCall: null,
    });
  });

  it('asks the on-call directory who is on call at the given time', () => {
    const calls: Array<[string, string]> = [];
    const levels: OnCallLevel[] = [
      { level: 1, people: ['@carol'] },
      { level: 2, people: ['@dave', '@erin'] },
    ];
    const directory: OnCallDirectory = {
      policyFor: () => undefined,
      onCallAt: (policy, when) => {
        calls.push([policy, when.toISOString()]);
        return levels;
      },
    };
    expect(escalationFor(co, 'src/app.ts', { config, at, directory }).onCall).toEqual(levels);
    expect(calls).toEqual([['web-primary', '2026-11-25T12:00:00.000Z']]);
  });
});

describe('checkEscalationCoverage', () => {
  const files = [
    'src/app.ts',
    'src/search/q.ts',
    'src/search/r.ts',
    'docs/a.md',
    'src/vendor/x.js',
    'README.md',
  ];
  const out = checkEscalationCoverage(co, files, config);

  it('warns for each team owning required code without a policy, at the owner’s column', () => {
    expect(out).toContainEqual(
      expect.objectContaining({
        ruleId: 'codeowners/no-escalation-policy',
        severity: 'warning',
        file: P,
        line: 3,
        column: 16,
        owners: ['@acme/search'],
      }),
    );
    const f = out.find((x) => x.line === 3)!;
    expect(f.message).toContain(
      '@acme/search owns 2 files under codeowners.requireOwners (e.g. src/search/q.ts)',
    );
  });

  it('warns when no owner of a rule has a policy and none is a team', () => {
    const f = out.find((x) => x.line === 4)!;
    expect(f).toMatchObject({ column: 1 });
    expect(f.message).toContain('none of its owners (@bob) has an escalation policy');
  });

  it('teams with a policy, and code outside requireOwners, are fine', () => {
    expect(out.map((f) => f.line)).toEqual([3, 4]);
  });

  it('nothing without requireOwners', () => {
    expect(checkEscalationCoverage(co, files, { ...config, requireOwners: [] })).toEqual([]);
  });
});

describe('escalationGapsInChange (pull requests editing CODEOWNERS)', () => {
  const base = '* @acme/platform\n/src/search/ @acme/search\n';

  it('warns on a rule the PR adds for a team without a policy, at the head line', () => {
    const head =
      '* @acme/platform\n/src/search/ @acme/search\n/src/billing/ @acme/web @acme/billing\n';
    expect(escalationGapsInChange({ base, head, path: P, config })).toEqual([
      expect.objectContaining({
        ruleId: 'codeowners/no-escalation-policy',
        severity: 'warning',
        file: P,
        line: 3,
        column: 25,
        owners: ['@acme/billing'],
      }),
    ]);
  });

  it('existing rules (even moved) and teams with a policy are not reported', () => {
    const head = '/src/search/ @acme/search\n* @acme/platform\n/api/ @acme/web\n';
    expect(escalationGapsInChange({ base, head, path: P, config })).toEqual([]);
  });

  it('a new CODEOWNERS file: every team rule is added', () => {
    const out = escalationGapsInChange({ base: undefined, head: base, path: P, config });
    expect(out.map((f) => [f.line, f.owners])).toEqual([[2, ['@acme/search']]]);
  });
});
