import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.js';
import type { ModuleServices } from '../../src/core/module.js';
import { runChecks } from '../../src/engine/run-checks.js';
import { formatLocation } from '../../src/findings.js';
import type { Finding } from '../../src/findings.js';
import { oncallModule } from '../../src/oncall/module.js';
import { memoryRepo } from '../../src/repo/memory.js';
import { contextFor } from '../support/modules.js';

const P = 'oncall/schedules.yml';
const CONFIG = '.github/ops-steward.yml';

async function check(
  yaml: string,
  now: string,
  options: { config?: string; services?: ModuleServices } = {},
): Promise<Finding[]> {
  const files: Record<string, string> = { [P]: yaml };
  if (options.config !== undefined) files[CONFIG] = options.config;
  const { config, errors } = parseConfig(options.config ?? '', CONFIG);
  expect(errors).toEqual([]);
  const ctx = contextFor(memoryRepo(files), config, new Date(now), options.services);
  return oncallModule.check(options.config === undefined ? ctx : { ...ctx, configPath: CONFIG });
}

const show = (findings: Finding[], rule?: string): string[] =>
  findings
    .filter((f) => rule === undefined || f.ruleId === rule)
    .map((f) => `${f.severity} ${f.ruleId} ${formatLocation(f)} ${f.message}`);

/** A policy per schedule, so no test trips over unused-schedule or single-level unless it means to. */
const POLICY = (schedule: string, second = '"@acme/leads"') =>
  `  ${schedule}-policy:\n    levels:\n      - notify: [{ schedule: ${schedule} }]\n      - after: 15m\n        notify: [${second}]\n`;

describe('oncall/coverage-gap', () => {
  const yaml = [
    'timezone: Europe/Berlin', // 1
    'schedules:', // 2
    '  primary:', // 3
    '    layers:', // 4
    '      - name: old', // 5
    '        start: 2026-11-30T09:00', // 6 (a Monday, after "now": nobody before it)
    '        end: 2026-12-11T18:00', // 7 (Friday evening)
    '        shift: 1w', // 8
    '        members: ["@ann", "@ben"]', // 9
    '      - name: new', // 10
    '        start: 2026-12-14T09:00', // 11
    '        end: 2027-01-04T09:00', // 12 (before the horizon ends)
    '        shift: 1w', // 13
    '        members: ["@ann", "@ben", "@cem"]', // 14
    'policies:',
    POLICY('primary'),
  ].join('\n');

  it('each gap is its own error on the schedule line, in the schedule zone and in UTC, cut at the horizon', async () => {
    // All on the schedule's line, in the order they happen (not by their wording: "Fri", "Mon", "now").
    expect(show(await check(yaml, '2026-11-25T00:00:00Z'), 'oncall/coverage-gap')).toEqual([
      `error oncall/coverage-gap ${P}:3:3 schedule "primary" has nobody on call from now until Mon 30 Nov 2026 09:00 Europe/Berlin (08:00 UTC) (128 h)`,
      `error oncall/coverage-gap ${P}:3:3 schedule "primary" has nobody on call from Fri 11 Dec 2026 18:00 Europe/Berlin (17:00 UTC) until Mon 14 Dec 2026 09:00 Europe/Berlin (08:00 UTC) (63 h)`,
      `error oncall/coverage-gap ${P}:3:3 schedule "primary" has nobody on call from Mon 4 Jan 2027 09:00 Europe/Berlin (08:00 UTC) until at least the end of the 56 days checked (oncall.horizonDays) (376 h or more)`,
    ]);
  });

  it('oncall.horizonDays decides how far ahead gaps are looked for', async () => {
    const found = await check(yaml, '2026-11-25T00:00:00Z', {
      config: 'oncall:\n  horizonDays: 18\n',
    });
    expect(show(found, 'oncall/coverage-gap')).toHaveLength(2);
    expect(show(found, 'oncall/coverage-gap')[1]).toContain(
      'from Fri 11 Dec 2026 18:00 Europe/Berlin (17:00 UTC) until at least the end of the 18 days checked (oncall.horizonDays) (31 h or more)',
    );
  });

  it('only inside the required coverage', async () => {
    const daytime = [
      'timezone: America/New_York',
      'schedules:',
      '  daytime:',
      '    coverage: [{ days: [mon, tue, wed, thu, fri], from: "09:00", to: "17:00" }]',
      '    layers:',
      '      - start: 2026-11-02T09:00',
      '        shift: 1d',
      '        members: ["@ann", "@ben"]',
      '        restrictions: [{ days: [mon, tue, wed, thu], from: "09:00", to: "17:00" }]',
      'policies:',
      POLICY('daytime'),
    ].join('\n');
    // A week from Monday: only Friday office hours lack someone; nights and the weekend are not required.
    const found = await check(daytime, '2026-11-30T00:00:00Z', {
      config: 'oncall:\n  horizonDays: 7\n',
    });
    expect(show(found, 'oncall/coverage-gap')).toEqual([
      `error oncall/coverage-gap ${P}:3:3 schedule "daytime" has nobody on call during its required coverage from Fri 4 Dec 2026 09:00 America/New_York (14:00 UTC) until Fri 4 Dec 2026 17:00 America/New_York (22:00 UTC) (8 h)`,
    ]);
  });
});

describe('oncall/double-booked', () => {
  it('names the policy, the person, both levels, the first interval and the hours in the horizon', async () => {
    const yaml = [
      'timezone: Europe/Berlin',
      'schedules:',
      '  primary:',
      '    layers: [{ start: 2026-11-02T09:00, shift: 1w, members: ["@ann", "@ben"] }]',
      '  secondary:',
      '    layers: [{ start: 2026-11-02T09:00, shift: 1w, members: ["@ben", "@ann"] }]',
      '    overrides:',
      '      - { who: "@Ann", from: 2026-12-01T09:00, to: 2026-12-02T21:00 }',
      'policies:',
      '  shop:', // 10
      '    levels:',
      '      - notify: [{ schedule: primary }]',
      '      - after: 10m', // 13
      '        notify: [{ schedule: secondary }]',
    ].join('\n');
    // 30 Nov is week 4: @ann is primary; the override makes her (as "@Ann") secondary for 36 hours.
    expect(show(await check(yaml, '2026-11-25T00:00:00Z'), 'oncall/double-booked')).toEqual([
      `warning oncall/double-booked ${P}:13:9 policy "shop": @ann is on level 1 (schedule primary) and level 2 (schedule secondary) at the same time, first from Tue 1 Dec 2026 09:00 Europe/Berlin (08:00 UTC) until Wed 2 Dec 2026 21:00; 36 h in the next 56 days: when they miss the page, the escalation pages them again`,
    ]);
  });
});

describe('shape of rotations and policies', () => {
  it('single-member, single-level, short-delay and unused-schedule', async () => {
    const yaml = [
      'timezone: UTC', // 1
      'schedules:', // 2
      '  solo:', // 3
      '    layers:', // 4
      '      - { name: just me, start: 2026-11-02T09:00, shift: 1w, members: ["@ann"] }', // 5
      '  forgotten:', // 6
      '    layers: [{ start: 2026-11-02T09:00, shift: 1w, members: ["@ben", "@cem"] }]', // 7
      'policies:', // 8
      '  one:', // 9
      '    levels:', // 10
      '      - notify: [{ schedule: solo }]', // 11
      '  hurried:', // 12
      '    levels:', // 13
      '      - after: 5m', // 14
      '        notify: [{ schedule: solo }]', // 15
      '      - after: 7m', // 16
      '        notify: ["@acme/leads"]', // 17
      '      - after: 7m', // 18
      '        notify: ["@acme/director"]', // 19
    ].join('\n');
    const found = await check(yaml, '2026-11-25T00:00:00Z');
    expect(
      show(found).filter((l) => !l.includes('coverage-gap') && !l.includes('double-booked')),
    ).toEqual([
      `warning oncall/single-member ${P}:5:9 layer "just me" of schedule "solo" rotates one person (@ann): they are on call every shift with nobody to hand over to`,
      `notice oncall/unused-schedule ${P}:6:3 schedule "forgotten" is not notified by any escalation policy: nobody is paged through it`,
      `warning oncall/single-level ${P}:9:3 policy "one" has one level: when nobody acknowledges, nobody else is paged; add a secondary or a manager level`,
      `warning oncall/short-delay ${P}:16:9 level 2 of policy "hurried" is paged 2 min after level 1 (after 7m vs 5m): less than 5 minutes to acknowledge`,
      `warning oncall/short-delay ${P}:18:9 level 3 of policy "hurried" is paged at the same time as level 2 (after 7m vs 7m): less than 5 minutes to acknowledge`,
    ]);
  });
});

describe('overrides', () => {
  const yaml = [
    'timezone: Europe/Berlin', // 1
    'schedules:', // 2
    '  primary:', // 3
    '    layers: [{ start: 2026-11-02T09:00, shift: 1w, members: ["@ann", "@ben"] }]', // 4
    '    overrides:', // 5
    '      - { who: "@cem", from: 2026-11-10T09:00, to: 2026-11-12T09:00 }', // 6 past
    '      - { who: "@dee", from: 2026-11-30T09:00, to: 2026-11-29T09:00 }', // 7 inverted
    '      - { who: "@eve", from: 2026-12-04T18:00, to: 2026-12-07T09:00 }', // 8
    '      - { who: "@fay", from: 2026-12-06T09:00, to: 2026-12-08T09:00 }', // 9 overlaps 8
    'policies:',
    POLICY('primary'),
  ].join('\n');

  it('inverted is an error on its `to` and is ignored; past is a notice; an overlap says who wins', async () => {
    expect(
      show(await check(yaml, '2026-11-25T00:00:00Z')).filter((l) => l.includes('override')),
    ).toEqual([
      `notice oncall/override-past ${P}:6:9 override 1 (@cem, Tue 10 Nov 2026 09:00 – Thu 12 Nov 2026 09:00) of schedule "primary" ended Thu 12 Nov 2026 09:00 Europe/Berlin: remove it`,
      `error oncall/override-inverted ${P}:7:52 override of @dee: schedules.primary.overrides[1].to (2026-11-29T09:00) is before from (2026-11-30T09:00), so it covers nothing and is ignored; did you swap from and to?`,
      `warning oncall/override-overlap ${P}:9:9 override 3 (@fay, Sun 6 Dec 2026 09:00 – Tue 8 Dec 2026 09:00) overlaps override 2 (@eve, Fri 4 Dec 2026 18:00 – Mon 7 Dec 2026 09:00) of schedule "primary" from Sun 6 Dec 2026 09:00 Europe/Berlin (08:00 UTC) until Mon 7 Dec 2026 09:00: the later one in the file wins, so @fay is on call then`,
    ]);
  });

  it('the schedule with an inverted override still resolves (no invented gap)', async () => {
    expect(show(await check(yaml, '2026-11-25T00:00:00Z'), 'oncall/coverage-gap')).toEqual([]);
  });
});

describe('oncall/dst-handoff', () => {
  it('a handoff in the skipped hour happens when the clocks jump; one in the repeated hour, the first time', async () => {
    const yaml = [
      'schedules:',
      '  nights:', // 2
      '    timezone: Europe/Berlin',
      '    layers:',
      '      - name: nightly', // 5
      '        start: 2026-03-02T02:30',
      '        shift: 1d',
      '        members: ["@ann", "@ben"]',
      'policies:',
      POLICY('nights'),
    ].join('\n');
    const spring = await check(yaml, '2026-03-20T00:00:00Z', {
      config: 'oncall:\n  horizonDays: 14\n',
    });
    expect(show(spring, 'oncall/dst-handoff')).toEqual([
      `warning oncall/dst-handoff ${P}:5:9 layer "nightly" of schedule "nights" hands over at 02:30 on Sun 29 Mar 2026, a local time Europe/Berlin skips (clocks go forward): it happens when the clocks jump, at 03:00 (offset +02:00, 01:00 UTC)`,
    ]);
    const fall = await check(yaml, '2026-10-20T00:00:00Z', {
      config: 'oncall:\n  horizonDays: 14\n',
    });
    expect(show(fall, 'oncall/dst-handoff')).toEqual([
      `warning oncall/dst-handoff ${P}:5:9 layer "nightly" of schedule "nights" hands over at 02:30 on Sun 25 Oct 2026, a local time Europe/Berlin has twice (clocks go back): it happens the first time, at 02:30 (offset +02:00, 00:30 UTC)`,
    ]);
  });

  it('a restriction edge in the skipped hour is reported too; a weekly Monday 09:00 handoff never', async () => {
    const yaml = [
      'timezone: America/New_York',
      'schedules:',
      '  primary:',
      '    layers:',
      '      - { name: weekly, start: 2026-03-02T09:00, shift: 1w, members: ["@ann", "@ben"] }',
      '      - name: late', // 6
      '        start: 2026-03-02T09:00',
      '        shift: 1w',
      '        members: ["@cem", "@dee"]',
      '        restrictions: [{ from: "20:00", to: "02:30" }]',
      'policies:',
      POLICY('primary'),
    ].join('\n');
    const found = await check(yaml, '2026-03-01T00:00:00Z', {
      config: 'oncall:\n  horizonDays: 14\n',
    });
    // 8 March: 02:00 EST jumps to 03:00 EDT; the window starting 7 March ends at 02:30 that does not exist.
    expect(show(found, 'oncall/dst-handoff')).toEqual([
      `warning oncall/dst-handoff ${P}:6:9 layer "late" of schedule "primary" ends its restricted window at 02:30 on Sun 8 Mar 2026, a local time America/New_York skips (clocks go forward): it happens when the clocks jump, at 03:00 (offset -04:00, 07:00 UTC)`,
    ]);
  });
});

describe('oncall/unfair-load', () => {
  it('someone above 1.5× the median of their rotation on weekends, from overrides', async () => {
    const weekends = [
      ['2026-12-05', '2026-12-07'],
      ['2026-12-12', '2026-12-14'],
      ['2026-12-19', '2026-12-21'],
      ['2026-12-26', '2026-12-28'],
    ].map(([sat, mon]) => `      - { who: "@ann", from: ${sat}T00:00, to: ${mon}T00:00 }`);
    const yaml = [
      'timezone: UTC',
      'schedules:',
      '  primary:',
      '    layers:',
      '      - name: daily',
      '        start: 2026-11-30T00:00',
      '        shift: 1d',
      '        members: ["@ann", "@ben", "@cem"]', // 8
      '    overrides:',
      ...weekends,
      'policies:',
      POLICY('primary'),
    ].join('\n');
    const found = await check(yaml, '2026-11-30T00:00:00Z', {
      config: 'oncall:\n  horizonDays: 28\n',
    });
    // Days rotate ann, ben, cem from Monday 30 Nov: 10, 9 and 9 days; the overrides give @ann every weekend
    // (8 days, 5 of them from the others): 15, 7 and 6 days; nights are 8 h of each day.
    expect(show(found, 'oncall/unfair-load')).toEqual([
      `warning oncall/unfair-load ${P}:8:19 @ann carries more than 1.5× the median of layer "daily" of schedule "primary" in the next 28 days: 360 h on call (median 168 h, 2.1×); 120 h at night 22:00–06:00 (median 56 h, 2.1×); 192 h on weekends (median 0 h)`,
    ]);
  });

  it('a fair weekly rotation is not reported', async () => {
    const yaml = `timezone: UTC\nschedules:\n  primary:\n    layers: [{ start: 2026-11-30T09:00, shift: 1w, members: ["@ann", "@ben"] }]\npolicies:\n${POLICY('primary')}`;
    const found = await check(yaml, '2026-11-30T09:00:00Z', {
      config: 'oncall:\n  horizonDays: 28\n',
    });
    expect(show(found, 'oncall/unfair-load')).toEqual([]);
  });
});

describe('oncall/unknown-person (with API access)', () => {
  const yaml = [
    'timezone: UTC',
    'schedules:',
    '  primary:',
    '    layers: [{ start: 2026-11-02T09:00, shift: 1w, members: ["@ann", "@ghost", "ops@acme.test"] }]', // 4
    '    overrides: [{ who: "@Ghost", from: 2026-12-01T00:00, to: 2026-12-02T00:00 }]', // 5
    'policies:',
    '  p:',
    '    levels:',
    '      - notify: [{ schedule: primary }]',
    '      - after: 10m',
    '        notify: ["@acme/leads", "@maybe"]', // 11
  ].join('\n');

  it('each login is looked up once; a login GitHub does not know is a warning wherever it is written', async () => {
    const asked: string[] = [];
    const services: ModuleServices = {
      oncall: {
        lookupPerson: (login) => {
          asked.push(login);
          return Promise.resolve(
            login === 'ann' ? 'user' : login === 'maybe' ? 'unknown' : 'not-found',
          );
        },
      },
    };
    const found = await check(yaml, '2026-11-25T00:00:00Z', { services });
    expect(asked).toEqual(['ann', 'ghost', 'maybe']);
    expect(show(found, 'oncall/unknown-person')).toEqual([
      `warning oncall/unknown-person ${P}:4:70 @ghost is not a GitHub user (or not a member of this repository's organization): nobody would be paged`,
      `warning oncall/unknown-person ${P}:5:17 @Ghost is not a GitHub user (or not a member of this repository's organization): nobody would be paged`,
    ]);
  });

  it('offline (no service) nothing is claimed', async () => {
    expect(show(await check(yaml, '2026-11-25T00:00:00Z'), 'oncall/unknown-person')).toEqual([]);
  });
});

describe('references and broken files reach check', () => {
  it('a team in codeowners.teams mapped to an undefined policy is oncall/unknown-policy at the config line', async () => {
    const yaml = `timezone: UTC\nschedules:\n  primary:\n    layers: [{ start: 2026-11-02T09:00, shift: 1w, members: ["@ann", "@ben"] }]\npolicies:\n${POLICY('primary')}`;
    const config = [
      'codeowners:',
      '  teams:',
      '    "@acme/shop": { policy: primary-policy }',
      '    "@acme/web": { policy: primary-polcy }',
    ].join('\n');
    expect(
      show(await check(yaml, '2026-11-25T00:00:00Z', { config }), 'oncall/unknown-policy'),
    ).toEqual([
      `error oncall/unknown-policy ${CONFIG}:4:28 codeowners.teams maps @acme/web to policy "primary-polcy", which no on-call file (${P}) defines; did you mean "primary-policy"?`,
    ]);
  });

  it.each([
    ['a tab for indentation', 'schedules:\n\tprimary: {}\n'],
    ['a duplicate key', 'schedules: {}\nschedules: {}\n'],
    ['a scalar', 'just some text\n'],
  ])('%s is an error finding with its position', async (_, text) => {
    const found = await check(text, '2026-11-25T00:00:00Z');
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) {
      expect(f).toMatchObject({ severity: 'error', file: P });
      expect(f.line).toBeGreaterThan(0);
      expect(['oncall/yaml', 'oncall/invalid']).toContain(f.ruleId);
    }
  });

  it('every rule id emitted is in the catalogue, and rules: changes a severity through the engine', async () => {
    const yaml = [
      'timezone: Europe/Berlin',
      'schedules:',
      '  primary:',
      '    layers: [{ start: 2026-11-30T09:00, end: 2026-12-20T09:00, shift: 1d, members: ["@ann"] }]',
      '    overrides:',
      '      - { who: "@x", from: 2026-11-01T00:00, to: 2026-11-02T00:00 }',
      '      - { who: "@y", from: 2026-12-03T00:00, to: 2026-12-01T00:00 }',
      '      - { who: "@z", from: 2026-12-02T00:00, to: 2026-12-05T00:00 }',
      '      - { who: "@ann", from: 2026-12-04T00:00, to: 2026-12-06T00:00 }',
      '  spare:',
      '    layers: [{ start: 2026-03-01T02:30, shift: 1d, members: ["@ann", "@ben"] }]',
      'policies:',
      '  p:',
      '    levels:',
      '      - notify: [{ schedule: primary }]',
      '      - notify: [{ schedule: primary }, { schedule: nowhere }]',
      'teams:',
      '  "@acme/shop": q',
    ].join('\n');
    const { config } = parseConfig(
      'rules:\n  oncall/coverage-gap: notice\n  oncall/unused-schedule: "off"\n',
      CONFIG,
    );
    const result = await runChecks(memoryRepo({ [P]: yaml }), config, {
      now: new Date('2026-11-25T00:00:00Z'),
      only: ['oncall'],
    });
    const ids = new Set(oncallModule.rules.map((r) => r.id));
    for (const f of result.findings) expect(ids).toContain(f.ruleId);
    const seen = new Set(result.findings.map((f) => f.ruleId));
    expect(seen).toEqual(
      new Set([
        'oncall/coverage-gap',
        'oncall/double-booked',
        'oncall/single-member',
        'oncall/short-delay',
        'oncall/override-inverted',
        'oncall/override-past',
        'oncall/override-overlap',
        'oncall/unknown-schedule',
        'oncall/unknown-policy',
      ]),
    );
    expect(
      result.findings
        .filter((f) => f.ruleId === 'oncall/coverage-gap')
        .every((f) => f.severity === 'notice'),
    ).toBe(true);
  });
});
