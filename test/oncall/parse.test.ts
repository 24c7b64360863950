import { describe, expect, it } from 'vitest';
import { formatLocation } from '../../src/findings.js';
import type { Finding } from '../../src/findings.js';
import { mergeOnCallFiles, parseOnCall, parseOnCallFile } from '../../src/oncall/parse.js';

const P = 'oncall/schedules.yml';

/** `severity file:line:col message`, the way the CLI prints findings. */
function show(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.severity} ${formatLocation(f)} ${f.message}`);
}

const GOOD_SCHEDULE = `
  primary:
    layers:
      - start: 2026-11-02T09:00
        shift: 1w
        members: ["@ann", "@ben"]`;

describe('parseOnCall: problems at file:line:column', () => {
  it('not YAML: the parser error with its position, and nothing defined', () => {
    const { model, findings } = parseOnCall('schedules:\n  a: [1, 2\n', P);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings[0]).toMatchObject({
      ruleId: 'oncall/yaml',
      severity: 'error',
      file: P,
      line: 3,
    });
    expect(model.schedules.size).toBe(0);
  });

  it('a duplicate key is an error, not a silent merge', () => {
    const { findings } = parseOnCall(`schedules:${GOOD_SCHEDULE}${GOOD_SCHEDULE}\n`, P);
    expect(findings).toEqual([
      expect.objectContaining({ ruleId: 'oncall/yaml', line: 7, column: 3 }),
    ]);
  });

  it('a schedule that breaks the schema is left out; the others still resolve', () => {
    const text = [
      'timezone: Europe/Berlin', // 1
      'schedules:', // 2
      '  broken:', // 3
      '    layers:', // 4
      '      - start: 2026-11-02T09:00', // 5
      '        members: ["@ann"]', // 6
      `${GOOD_SCHEDULE.slice(1)}`, // 7-11
    ].join('\n');
    const { model, findings } = parseOnCall(text, P);
    expect(show(findings)).toEqual([
      `error ${P}:5:9 schedules.broken.layers[0] is missing required key "shift"`,
    ]);
    expect([...model.schedules.keys()]).toEqual(['primary']);
  });

  it('values a schema cannot judge: time zone, date-time, shift, time of day, override order', () => {
    const text = [
      'schedules:', // 1
      '  a:', // 2
      '    timezone: Europe/Berlinn', // 3
      '    layers: [{ start: 2026-11-02T09:00, shift: 1w, members: [x] }]', // 4
      '  b:', // 5
      '    timezone: UTC', // 6
      '    layers:', // 7
      '      - start: 2026-02-30T09:00', // 8
      '        shift: 2 weeks', // 9
      '        members: [x]', // 10
      '        restrictions: [{ from: "9:00", to: "24:00" }]', // 11
      '    overrides:', // 12
      '      - { who: y, from: 2026-11-03T09:00, to: 2026-11-02T09:00 }', // 13
      '  c:', // 14
      '    layers: [{ start: 2026-11-02, shift: 1d, members: [x] }]', // 15
    ].join('\n');
    const { model, findings } = parseOnCall(text, P);
    expect(show(findings)).toEqual([
      `error ${P}:3:15 schedules.a.timezone: unknown time zone "Europe/Berlinn": use an IANA name such as Europe/Berlin or America/New_York`,
      `error ${P}:8:16 schedules.b.layers[0].start must be a date-time such as 2026-11-02T09:00 (local) or 2026-11-02T08:00:00Z (got "2026-02-30T09:00")`,
      `error ${P}:9:16 schedules.b.layers[0].shift must be a shift length such as 12h, 1d or 1w (got "2 weeks")`,
      `error ${P}:11:32 schedules.b.layers[0].restrictions[0].from must be a local time HH:MM such as 09:00 (got "9:00")`,
      `error ${P}:13:47 override of y: schedules.b.overrides[0].to (2026-11-02T09:00) is before from (2026-11-03T09:00), so it covers nothing and is ignored; did you swap from and to?`,
      `error ${P}:14:3 schedule "c" has no time zone: set timezone on it or at the top of the file (an IANA name such as Europe/Berlin)`,
    ]);
    expect(model.schedules.size).toBe(0);
  });

  it('an invalid file-wide time zone is reported once, not again for each schedule', () => {
    const { model, findings } = parseOnCall(`timezone: CET+1\nschedules:${GOOD_SCHEDULE}\n`, P);
    expect(show(findings)).toEqual([
      `error ${P}:1:11 timezone: unknown time zone "CET+1": use an IANA name such as Europe/Berlin or America/New_York`,
    ]);
    expect(model.schedules.size).toBe(0);
  });

  it('a level naming an unknown schedule is an error at the reference, with a suggestion', () => {
    const text = [
      'timezone: Europe/Berlin', // 1
      `schedules:${GOOD_SCHEDULE}`, // 2-7
      'policies:', // 8
      '  main:', // 9
      '    levels:', // 10
      '      - notify: [{ schedule: primary }]', // 11
      '      - after: 10m', // 12
      '        notify:', // 13
      '          - schedule: primray', // 14
      '          - "@boss"', // 15
      'teams:', // 16
      '  "@acme/web": mian', // 17
    ].join('\n');
    const { model, findings } = parseOnCall(text, P);
    expect(show(findings)).toEqual([
      `error ${P}:14:13 level 2 of policy "main" notifies schedule "primray", which no on-call file defines; did you mean "primary"?`,
      `error ${P}:17:16 team @acme/web is mapped to policy "mian", which no on-call file defines; did you mean "main"?`,
    ]);
    // The broken reference pages nobody; the rest of the level still does.
    expect(model.policies.get('main')!.levels[1]!.notify.map((t) => t.kind)).toEqual([
      'schedule',
      'person',
    ]);
  });

  it('a reference to a schedule left out for its own errors is not reported twice', () => {
    const text = [
      'schedules:',
      '  primary:',
      '    layers: [{ start: 2026-11-02T09:00, shift: 1w, members: [x] }]',
      'policies:',
      '  main: { levels: [{ notify: [{ schedule: primary }] }] }',
    ].join('\n');
    expect(show(parseOnCall(text, P).findings)).toEqual([
      `error ${P}:2:3 schedule "primary" has no time zone: set timezone on it or at the top of the file (an IANA name such as Europe/Berlin)`,
    ]);
  });

  it('"schedule:name" written as a string would page a person of that name: an error with the fix', () => {
    const text = `timezone: UTC\nschedules:${GOOD_SCHEDULE}\npolicies:\n  main:\n    levels:\n      - notify: [schedule:primary]\n`;
    expect(show(parseOnCall(text, P).findings)).toEqual([
      `error ${P}:11:18 "schedule:primary" would page a person of that name: write { schedule: primary } to notify a schedule`,
    ]);
  });

  it('unknown keys are warnings with a suggestion and are ignored', () => {
    const text = `timezone: UTC\nschedules:${GOOD_SCHEDULE}\n    overides: []\n`;
    const { model, findings } = parseOnCall(text, P);
    expect(show(findings)).toEqual([
      `warning ${P}:8:5 unknown key "overides" in schedules.primary; did you mean "overrides"?`,
    ]);
    expect(model.schedules.has('primary')).toBe(true);
  });

  it('a wrong shape names what is expected', () => {
    const { findings } = parseOnCall('schedules: [a, b]\npolicies:\n  p:\n    levels: []\n', P);
    expect(show(findings)).toEqual([
      `error ${P}:1:12 schedules must be a mapping`,
      `error ${P}:4:13 policies.p.levels must be a non-empty list`,
    ]);
  });

  it('an empty file defines nothing and is fine; a list is not an on-call file', () => {
    expect(parseOnCall('# nothing yet\n', P).findings).toEqual([]);
    expect(show(parseOnCall('- a\n', P).findings)).toEqual([
      `error ${P}:1:1 the on-call file must be a mapping with schedules, policies and teams`,
    ]);
  });
});

describe('several on-call files', () => {
  it('are merged in order; references cross files; a name defined twice is an error at the second', () => {
    const a = parseOnCallFile(`timezone: UTC\nschedules:${GOOD_SCHEDULE}\n`, 'oncall/a.yml');
    const b = parseOnCallFile(
      [
        'timezone: UTC', // 1
        `schedules:${GOOD_SCHEDULE}`, // 2-7
        'policies:', // 8
        '  main: { levels: [{ notify: [{ schedule: primary }] }] }', // 9
        'teams:', // 10
        '  "@acme/web": main', // 11
      ].join('\n'),
      'oncall/b.yml',
    );
    const { model, findings } = mergeOnCallFiles([a, b]);
    expect(show(findings)).toEqual([
      'error oncall/b.yml:3:3 schedule "primary" is already defined at oncall/a.yml:3; this one is ignored',
    ]);
    expect(model.schedules.get('primary')!.at.file).toBe('oncall/a.yml');
    expect(model.files).toEqual(['oncall/a.yml', 'oncall/b.yml']);
    expect(model.teams.get('@acme/web')?.policy).toBe('main');
  });
});
