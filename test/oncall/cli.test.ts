import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempRepo } from '../support/cli.js';

const CODEOWNERS = [
  '*          @acme/platform',
  '/src/web/  @acme/web',
  '/src/api/  @acme/api',
].join('\n');

const ONCALL = [
  'timezone: America/New_York', // 1
  'schedules:', // 2
  '  web-primary:', // 3
  '    layers:', // 4
  '      - start: 2026-11-02T09:00', // 5
  '        shift: 1w', // 6
  '        members: ["@ann", "@ben", "@cem"]', // 7
  '    overrides:', // 8
  '      - { who: "@ben", from: 2026-11-28T00:00, to: 2026-11-30T00:00 }', // 9
  '  web-secondary:', // 10
  '    layers:', // 11
  '      - { start: 2026-11-02T09:00, shift: 1d, members: ["@dee", "@eve"] }', // 12
  'policies:', // 13
  '  web:', // 14
  '    levels:', // 15
  '      - notify: [{ schedule: web-primary }]', // 16
  '      - after: 15m', // 17
  '        notify: [{ schedule: web-secondary }, "@acme/web-leads"]', // 18
  '  platform:', // 19
  '    levels:', // 20
  '      - notify: [{ schedule: platform-primary }]', // 21
  'teams:', // 22
  '  "@acme/web": web', // 23
  '  "@acme/platform": platform', // 24
].join('\n');

async function whoOwns(dir: string, at: string, ...paths: string[]) {
  const out = await cli(['who-owns', '--repo', dir, '--at', at, '--json', ...paths], '/');
  return {
    ...out,
    rows: out.code === 0 ? (JSON.parse(out.stdout) as Record<string, unknown>[]) : [],
  };
}

describe('who-owns with the repository on-call config', () => {
  it('--at gives the people per escalation level at that time', async () => {
    const dir = await tempRepo({ CODEOWNERS, 'oncall/schedules.yml': ONCALL });
    // Saturday 28 Nov, 07:00 in New York: week 4 is @ann's, but @ben's override covers the weekend.
    const sat = await whoOwns(dir, '2026-11-28T12:00:00Z', 'src/web/app.ts');
    expect(sat.rows).toEqual([
      {
        path: 'src/web/app.ts',
        owners: ['@acme/web'],
        line: 2,
        pattern: '/src/web/',
        team: '@acme/web',
        policy: 'web',
        onCall: [
          { level: 1, people: ['@ben'] },
          { level: 2, people: ['@eve', '@acme/web-leads'] },
        ],
      },
    ]);
    // Monday 30 Nov 10:00 EST: the override is over and the week has turned (@ben again, by rotation).
    const mon = await whoOwns(dir, '2026-11-30T15:00:00Z', 'src/web/app.ts');
    expect(mon.rows[0]!.onCall).toEqual([
      { level: 1, people: ['@ben'] },
      { level: 2, people: ['@dee', '@acme/web-leads'] },
    ]);
    const tue = await whoOwns(dir, '2026-11-24T15:00:00Z', 'src/web/app.ts');
    expect(tue.rows[0]!.onCall).toEqual([
      { level: 1, people: ['@ann'] },
      { level: 2, people: ['@dee', '@acme/web-leads'] },
    ]);
  });

  it('a broken schedule reference is reported on stderr at file:line:column; stdout stays JSON', async () => {
    const dir = await tempRepo({ CODEOWNERS, 'oncall/schedules.yml': ONCALL });
    const out = await whoOwns(dir, '2026-11-24T15:00:00Z', 'README.md', 'src/api/x.ts');
    expect(out.code).toBe(0);
    expect(out.stderr).toBe(
      'error: oncall/schedules.yml:21:18 level 1 of policy "platform" notifies schedule ' +
        '"platform-primary", which no on-call file defines\n',
    );
    expect(out.rows.map((r) => [r.team, r.policy, r.onCall])).toEqual([
      ['@acme/platform', 'platform', [{ level: 1, people: [] }]],
      // No policy for @acme/api anywhere: unmapped.
      ['@acme/api', null, null],
    ]);
  });

  it('codeowners.teams in ops-steward.yml wins over the on-call file; oncall.files moves the file', async () => {
    const dir = await tempRepo({
      CODEOWNERS,
      'ops/oncall.yml': ONCALL,
      '.github/ops-steward.yml': [
        'codeowners:',
        '  teams:',
        '    "@acme/web": { policy: platform }',
        '    "@acme/api": { policy: web }',
        'oncall:',
        '  files: [ops/oncall.yml]',
      ].join('\n'),
    });
    const out = await whoOwns(dir, '2026-11-24T15:00:00Z', 'src/web/a.ts', 'src/api/b.ts');
    expect(out.rows.map((r) => [r.team, r.policy])).toEqual([
      ['@acme/web', 'platform'],
      ['@acme/api', 'web'],
    ]);
    expect(out.rows[1]!.onCall).toEqual([
      { level: 1, people: ['@ann'] },
      { level: 2, people: ['@dee', '@acme/web-leads'] },
    ]);
  });

  it('a configured on-call file that does not exist is a warning; without any, onCall is null', async () => {
    const dir = await tempRepo({
      CODEOWNERS,
      '.github/ops-steward.yml': 'oncall:\n  files: [oncall/typo.yml]\n',
    });
    const out = await whoOwns(dir, '2026-11-24T15:00:00Z', 'src/web/a.ts');
    expect(out.stderr).toContain(
      'warning: oncall/typo.yml on-call file oncall/typo.yml does not exist',
    );
    expect(out.rows[0]!.onCall).toBeNull();
    // The default location missing is normal: no message.
    const bare = await whoOwns(
      await tempRepo({ CODEOWNERS }),
      '2026-11-24T15:00:00Z',
      'src/web/a.ts',
    );
    expect(bare.stderr).toBe('');
  });

  it('an invalid on-call file is named with its line and column, never a crash', async () => {
    const dir = await tempRepo({
      CODEOWNERS,
      'oncall/schedules.yml':
        'schedules:\n  web-primary:\n    layers: [{ start: soon, shift: 1w, members: [a] }]\n    timezone: Mars/Olympus\n',
    });
    const out = await whoOwns(dir, '2026-11-24T15:00:00Z', 'src/web/a.ts');
    expect(out.code).toBe(0);
    expect(out.stderr).toContain(
      'error: oncall/schedules.yml:4:15 schedules.web-primary.timezone: unknown time zone "Mars/Olympus"',
    );
    expect(out.rows[0]!.onCall).toBeNull();
  });

  it('the example repository answers for checkout on Thursday 26 November (an override day)', async () => {
    const repo = path.resolve(import.meta.dirname, '../../examples/acme-shop');
    const out = await whoOwns(repo, '2026-11-26T12:00:00Z', 'src/checkout/cart.ts');
    expect(out.rows[0]).toMatchObject({
      team: '@acme/checkout',
      policy: 'checkout-escalation',
      onCall: [
        { level: 1, people: ['@bob'] },
        { level: 2, people: ['@frank'] },
        { level: 3, people: ['@acme/checkout-managers'] },
      ],
    });
  });
});
