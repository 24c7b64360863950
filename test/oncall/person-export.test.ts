/**
 * `oncall export --ics --person` for someone no exported schedule names, in an organisation with many
 * schedules: the error says what is wrong and who was probably meant, in a line or two.
 */
import { describe, expect, it } from 'vitest';
import { cli, tempRepo } from '../support/cli.js';

const P = 'oncall/schedules.yml';

const TEAMS = [
  'checkout',
  'payments',
  'ledger',
  'search',
  'catalog',
  'identity',
  'notifications',
  'fulfilment',
  'pricing',
  'reviews',
  'recommendations',
  'media',
  'billing',
  'fraud',
  'support-tools',
  'data-platform',
  'observability',
  'edge',
  'mobile-api',
  'partner-api',
];
const PEOPLE = [
  ['@priyanka-r', '@tomasz-w'],
  ['@oluwaseun', '@mei-lin'],
  ['@jbrandt', '@sofia-g'],
  ['@akira-t', '@noor-h'],
];

// 20 teams, each a primary and a secondary: 40 schedules.
const ONCALL = `timezone: Europe/Berlin
schedules:
${TEAMS.flatMap((team, i) =>
  ['primary', 'secondary'].map(
    (level, j) => `  ${team}-${level}:
    layers:
      - { start: 2026-11-02T09:00, shift: 1w, members: ['${PEOPLE[i % 4]![j]}', '${PEOPLE[i % 4]![1 - j]}'] }
`,
  ),
).join('')}`;

describe('oncall export --person for someone no schedule names', () => {
  it('names the closest person and how many schedules were searched, not all forty names', async () => {
    const dir = await tempRepo({ [P]: ONCALL });
    const out = await cli(['oncall', 'export', '--ics', dir, '--person', 'priyanka'], '/');
    expect(out.code).toBe(2);
    expect(out.stderr).toBe(
      'ops-steward: --person priyanka is not a member or an override of any of the 40 schedules exported; did you mean "@priyanka-r"?\n',
    );
  });

  it('takes the start of a login as the login, and lists the three closest names when none is close', async () => {
    const dir = await tempRepo({ [P]: ONCALL });
    const start = await cli(['oncall', 'export', '--ics', dir, '--person', '@mei'], '/');
    expect(start.stderr).toContain('; did you mean "@mei-lin"?\n');
    const out = await cli(['oncall', 'export', '--ics', dir, '--person', '@kwame'], '/');
    expect(out.stderr).toBe(
      'ops-steward: --person @kwame is not a member or an override of any of the 40 schedules exported; the closest names in them are @akira-t, @jbrandt, @noor-h\n',
    );
  });

  it('names the schedule when one was asked for', async () => {
    const dir = await tempRepo({ [P]: ONCALL });
    const out = await cli(
      ['oncall', 'export', '--ics', dir, '--schedule', 'ledger-primary', '--person', '@sofia'],
      '/',
    );
    expect(out.stderr).toBe(
      'ops-steward: --person @sofia is not a member or an override of schedule ledger-primary; did you mean "@sofia-g"?\n',
    );
  });
});
