import { describe, expect, it } from 'vitest';
import { instantOf, isValidTimeZone, parseDateTime, wallClockOf } from '../../src/oncall/tz.js';

const wall = (iso: string): number => Date.parse(`${iso}Z`);
const utc = (iso: string): number => Date.parse(iso);

describe('wall clock ↔ instant with Intl', () => {
  it('Europe/Berlin: CET in winter, CEST in summer', () => {
    expect(wallClockOf(utc('2026-01-15T08:00:00Z'), 'Europe/Berlin')).toBe(
      wall('2026-01-15T09:00:00'),
    );
    expect(wallClockOf(utc('2026-07-15T07:00:00Z'), 'Europe/Berlin')).toBe(
      wall('2026-07-15T09:00:00'),
    );
    expect(instantOf(wall('2026-07-15T09:00:00'), 'Europe/Berlin')).toBe(
      utc('2026-07-15T07:00:00Z'),
    );
  });

  it('keeps milliseconds', () => {
    expect(wallClockOf(utc('2026-01-15T08:00:00.250Z'), 'Europe/Berlin')).toBe(
      wall('2026-01-15T09:00:00.250'),
    );
  });

  it('a time skipped when clocks go forward maps to the moment they jump', () => {
    // Berlin, 2026-03-29: 02:00 CET becomes 03:00 CEST at 01:00 UTC.
    expect(instantOf(wall('2026-03-29T02:30:00'), 'Europe/Berlin')).toBe(
      utc('2026-03-29T01:00:00Z'),
    );
    expect(instantOf(wall('2026-03-29T03:00:00'), 'Europe/Berlin')).toBe(
      utc('2026-03-29T01:00:00Z'),
    );
    // New York, 2026-03-08: 02:00 EST becomes 03:00 EDT at 07:00 UTC.
    expect(instantOf(wall('2026-03-08T02:15:00'), 'America/New_York')).toBe(
      utc('2026-03-08T07:00:00Z'),
    );
  });

  it('a time repeated when clocks go back takes its first occurrence', () => {
    // Berlin, 2026-10-25: 02:30 happens at 00:30 UTC (CEST) and again at 01:30 UTC (CET).
    expect(instantOf(wall('2026-10-25T02:30:00'), 'Europe/Berlin')).toBe(
      utc('2026-10-25T00:30:00Z'),
    );
    expect(wallClockOf(utc('2026-10-25T01:30:00Z'), 'Europe/Berlin')).toBe(
      wall('2026-10-25T02:30:00'),
    );
    // New York, 2026-11-01: 01:30 happens at 05:30 UTC (EDT) and 06:30 UTC (EST).
    expect(instantOf(wall('2026-11-01T01:30:00'), 'America/New_York')).toBe(
      utc('2026-11-01T05:30:00Z'),
    );
  });

  it('knows IANA names and rejects made-up ones', () => {
    expect(isValidTimeZone('America/New_York')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('Europe/Berlinn')).toBe(false);
    expect(isValidTimeZone('CEST+1')).toBe(false);
  });
});

describe('parseDateTime', () => {
  it('local forms are wall times; Z and offsets are instants', () => {
    expect(parseDateTime('2026-11-02')).toEqual({
      kind: 'local',
      wall: wall('2026-11-02T00:00:00'),
    });
    expect(parseDateTime('2026-11-02T09:00')).toEqual({
      kind: 'local',
      wall: wall('2026-11-02T09:00:00'),
    });
    expect(parseDateTime('2026-11-02 09:00:30')).toEqual({
      kind: 'local',
      wall: wall('2026-11-02T09:00:30'),
    });
    expect(parseDateTime('2026-11-02T09:00:00Z')).toEqual({
      kind: 'instant',
      ms: utc('2026-11-02T09:00:00Z'),
    });
    expect(parseDateTime('2026-11-02T09:00:00+01:00')).toEqual({
      kind: 'instant',
      ms: utc('2026-11-02T08:00:00Z'),
    });
    expect(parseDateTime('2026-11-02T09:00-0530')).toEqual({
      kind: 'instant',
      ms: utc('2026-11-02T14:30:00Z'),
    });
  });

  it('rejects impossible dates and other text', () => {
    for (const bad of [
      '2026-02-30',
      '2026-13-01T09:00',
      '2026-11-02T25:00',
      'next monday',
      '02/11/2026',
      '2026-11-02T09:00+25:00',
    ]) {
      expect(parseDateTime(bad), bad).toBeUndefined();
    }
  });
});
