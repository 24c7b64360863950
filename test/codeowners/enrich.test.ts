import { describe, expect, it } from 'vitest';
import { withOwnership } from '../../src/codeowners/enrich.js';
import { parseCodeowners } from '../../src/codeowners/parse.js';
import { defaultConfig } from '../../src/config/defaults.js';
import { runChecks } from '../../src/engine/run-checks.js';
import type { Finding } from '../../src/findings.js';
import { memoryRepo } from '../../src/repo/memory.js';

const CODEOWNERS = '*  @acme/platform\n/src/web/  @acme/web\n/src/legacy/\n';
const config = {
  requireOwners: [],
  teams: {
    '@acme/platform': { policy: 'sre-escalation' },
    'acme/web': { policy: 'web-escalation' },
  },
};
const finding = (file: string | undefined, owners?: string[]): Finding => ({
  ruleId: 'x/y',
  severity: 'warning',
  message: 'm',
  ...(file ? { file, line: 1 } : {}),
  ...(owners ? { owners } : {}),
});

describe('withOwnership', () => {
  const co = parseCodeowners(CODEOWNERS, '.github/CODEOWNERS');

  it("gives a finding without owners its file's code owners and their policy", () => {
    const [f] = withOwnership([finding('src/web/App.tsx')], co, config);
    expect(f).toMatchObject({ owners: ['@acme/web'], escalation: 'web-escalation' });
  });

  it("keeps a finding's own owners and escalates through the file's owners when they have no policy", () => {
    const [f] = withOwnership([finding('flags.yml', ['@alice'])], co, config);
    expect(f).toMatchObject({ owners: ['@alice'], escalation: 'sre-escalation' });
  });

  it('leaves repository-wide findings and un-assigned paths alone', () => {
    const [repoWide, unassigned] = withOwnership(
      [finding(undefined), finding('src/legacy/a.ts')],
      co,
      config,
    );
    expect(repoWide).toEqual(finding(undefined));
    expect(unassigned).toEqual(finding('src/legacy/a.ts'));
  });
});

describe('runChecks routes findings to owners', () => {
  it('fills owners and escalation on every finding from the repository CODEOWNERS', async () => {
    const repo = memoryRepo({
      '.github/CODEOWNERS': CODEOWNERS,
      'flags.yml': 'flags: {}\n',
      'src/web/App.tsx': "import { useFlag } from 'x';\nexport const on = useFlag('ghost-flag');\n",
    });
    const base = defaultConfig();
    const { findings } = await runChecks(
      repo,
      { ...base, codeowners: config },
      { now: new Date('2026-11-25') },
    );
    const undeclared = findings.find((f) => f.ruleId === 'flags/undeclared');
    expect(undeclared).toMatchObject({
      file: 'src/web/App.tsx',
      owners: ['@acme/web'],
      escalation: 'web-escalation',
    });
  });
});

describe('withOwnership with an on-call directory', () => {
  it('names who is on call first for the policy at that time', () => {
    const co = parseCodeowners('*  @acme/platform\n', 'CODEOWNERS');
    const directory = {
      policyFor: () => undefined,
      onCallAt: (policy: string, at: Date) =>
        policy === 'sre-escalation' && at.getUTCHours() < 12
          ? [
              { level: 1, people: ['@gina'] },
              { level: 2, people: ['@acme/sre-leads'] },
            ]
          : [],
    };
    const teams = { requireOwners: [], teams: { '@acme/platform': { policy: 'sre-escalation' } } };
    const [morning] = withOwnership(
      [finding('a.ts')],
      co,
      teams,
      directory,
      new Date('2026-11-25T08:00:00Z'),
    );
    const [evening] = withOwnership(
      [finding('a.ts')],
      co,
      teams,
      directory,
      new Date('2026-11-25T20:00:00Z'),
    );
    expect(morning!.escalation).toBe('sre-escalation (on call: @gina)');
    expect(evening!.escalation).toBe('sre-escalation');
  });
});
