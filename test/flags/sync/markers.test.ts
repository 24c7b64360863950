import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../src/config/load.js';
import {
  END_MARKER,
  eventIds,
  eventMarker,
  flagMarker,
  joinBody,
  metaMarker,
  splitBody,
} from '../../../src/flags/sync/markers.js';
import type { IssueMeta } from '../../../src/flags/sync/markers.js';

const META: IssueMeta = {
  state: 'expired',
  expires: '2026-12-01',
  assignees: ['a--b'],
  noticeOn: '2026-12-02',
  escalatedFor: '2026-12-01',
};

describe('issue markers', () => {
  it('splits a body into what people wrote above, the bot section, and what they wrote below', () => {
    const section = `${flagMarker('new-checkout')}\nbot text\n${metaMarker(META)}\n${END_MARKER}`;
    const parts = splitBody(`above\n${section}\nbelow`)!;
    expect(parts).toMatchObject({
      key: 'new-checkout',
      before: 'above\n',
      section,
      after: '\nbelow',
    });
    expect(parts.meta).toEqual(META);
    expect(joinBody(parts, 'NEW')).toBe('above\nNEW\nbelow');
  });

  it('keeps the meta comment closed even when a value contains "--"', () => {
    const marker = metaMarker(META);
    expect(marker.indexOf('-->')).toBe(marker.length - 3);
  });

  it('treats everything after the flag marker as the bot section when the end marker was deleted', () => {
    const parts = splitBody(`${flagMarker('x')}\nbot\nmore`)!;
    expect(parts.after).toBe('');
    expect(parts.meta).toBeUndefined();
  });

  it('does not take a body without a marker, or with a broken one, for a flag issue', () => {
    expect(splitBody('just a bug report')).toBeUndefined();
    expect(splitBody(null)).toBeUndefined();
    expect(splitBody('<!-- ops-steward:flag=%E0%A4%A -->')).toBeUndefined();
  });

  it('reads event ids back from comments', () => {
    expect(eventIds(`${eventMarker('reopen:2026-12-03T10:00:00Z', 'k')}\ntext`)).toEqual([
      'reopen:2026-12-03T10:00:00Z',
    ]);
  });
});

describe('flags.sync configuration', () => {
  it('has defaults and validates values at their line', () => {
    const ok = parseConfig(
      'flags:\n  sync:\n    budget: 20\n    labels:\n      expired: "flag: expired"\n',
      '.github/ops-steward.yml',
    );
    expect(ok.errors).toEqual([]);
    expect(ok.config.flags.sync).toMatchObject({
      budget: 20,
      escalateAfterDays: 7,
      reopenAfterDays: 7,
      assignTeamMembers: false,
    });
    expect(ok.config.flags.sync.labels).toEqual({
      base: 'feature-flag',
      expiring: 'flag:expiring',
      expired: 'flag: expired',
      orphaned: 'flag:orphaned',
      undeclared: 'flag:undeclared',
      snoozed: 'flag:snoozed',
    });
    const bad = parseConfig('flags:\n  sync:\n    budget: 0\n', '.github/ops-steward.yml');
    expect(bad.errors.map((e) => `${e.line}:${e.column} ${e.message}`)).toEqual([
      '3:13 flags.sync.budget must be an integer >= 1',
    ]);
  });
});
