/**
 * YAML 1.1 merge keys (`<<: *anchor`), as teams use them to share a rotation between primary and
 * secondary: read as PyYAML, Ruby and Go's yaml.v3 read them — the anchored keys first, the keys written
 * next to `<<` winning — and every problem still reported where it is written.
 */
import { describe, expect, it } from 'vitest';
import { formatLocation } from '../../src/findings.js';
import { parseOnCall } from '../../src/oncall/parse.js';
import { whoAt } from '../../src/oncall/queries.js';

const P = 'oncall/schedules.yml';

const SRE = `timezone: Europe/Amsterdam
schedules:
  primary:
    layers:
      - &weekly
        name: weekly
        start: 2026-11-30T10:00
        shift: 1w
        members: &sre ['@anouk', '@bram', '@cas']
    overrides: []
  secondary:
    layers:
      - <<: *weekly
        start: 2026-12-07T10:00
  observability:
    layers:
      - <<: [*weekly]
        members: ['@dirk', '@eva']
        restrictions:
          - &office { days: [mon, tue, wed, thu, fri], from: '09:00', to: '17:00' }
          - { <<: *office, days: [sat], to: '12:00' }
  dba:
    layers:
      - { start: 2026-11-30T10:00, shift: 1w, members: *sre }
policies:
  platform:
    levels:
      - notify: [{ schedule: primary }]
      - { after: 15m, notify: [{ schedule: secondary }] }
      - { after: 30m, notify: [{ schedule: observability }] }
`;

const messages = (yaml: string): string[] =>
  parseOnCall(yaml, P).findings.map((f) => `${f.ruleId} ${formatLocation(f)} ${f.message}`);

describe('YAML merge keys in on-call files', () => {
  it('reads a merged layer as if its keys were written out, the keys beside << winning', () => {
    const { model, findings } = parseOnCall(SRE, P);
    expect(findings).toEqual([]);
    // An alias of a whole value repeats it.
    expect(whoAt(model, new Date('2026-12-08T11:00:00Z')).schedules.dba).toEqual(['@bram']);
    // Tuesday 8 December 12:00 in Amsterdam: week 2 of primary, week 1 of secondary (its own start).
    expect(whoAt(model, new Date('2026-12-08T11:00:00Z')).policies.platform).toEqual([
      ['@bram'],
      ['@anouk'],
      ['@eva'],
    ]);
    // Saturday 12 December 11:00 local: the merged restriction with its own days and end.
    expect(whoAt(model, new Date('2026-12-12T10:00:00Z')).schedules.observability).toEqual([
      '@eva',
    ]);
    expect(whoAt(model, new Date('2026-12-12T12:00:00Z')).schedules.observability).toEqual([]);
  });

  it('reports a bad value that a merge brings in at the line where the anchor writes it', () => {
    expect(messages(SRE.replace('shift: 1w', 'shift: 1 week'))).toEqual([
      `oncall/invalid ${P}:8:16 schedules.observability.layers[0].shift must be a shift length such as 12h, 1d or 1w (got "1 week")`,
      `oncall/invalid ${P}:8:16 schedules.primary.layers[0].shift must be a shift length such as 12h, 1d or 1w (got "1 week")`,
      `oncall/invalid ${P}:8:16 schedules.secondary.layers[0].shift must be a shift length such as 12h, 1d or 1w (got "1 week")`,
    ]);
  });

  it('says where a merge key merges something that is not a mapping, instead of failing', () => {
    const found = messages(SRE.replace('- <<: *weekly', '- <<: weekly'));
    expect(found).toEqual([
      `oncall/yaml ${P}:13:13 a merge key (<<) takes a mapping or an alias of one (<<: *anchor), or a list of them`,
    ]);
  });
});
