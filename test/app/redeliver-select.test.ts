import { describe, expect, it } from 'vitest';
import { DEFAULT_SELECTION, DeliveryLedger, judge } from '../../src/app/redeliver-select.js';
import type { DeliveryAttempt } from '../../src/app/redeliver-select.js';

/**
 * Which events a pass asks GitHub to redeliver, from the attempt histories it has seen. Attempts are
 * written `[status_code, redelivery?]`, oldest first, a minute apart.
 */

const NOW = Date.parse('2026-12-01T12:00:00Z');
const GUID = '5d1c9a40-cf0e-11f0-8f1e-2a3b4c5d6e7f';

function attempts(list: ReadonlyArray<[number, boolean?]>, start = NOW - 30 * 60_000) {
  return list.map(([statusCode, redelivery = false], i): DeliveryAttempt => ({
    id: 9_000 + i,
    guid: GUID,
    deliveredAt: start + i * 60_000,
    redelivery,
    statusCode,
    status: statusCode === 0 ? 'failed to connect to host' : `Invalid HTTP Response: ${statusCode}`,
    event: 'pull_request.opened',
  }));
}

function decide(list: ReadonlyArray<[number, boolean?]>): string {
  const ledger = new DeliveryLedger();
  ledger.record(attempts(list));
  const [history] = ledger.histories();
  if (!history) return 'not kept';
  const decision = judge(history, DEFAULT_SELECTION, NOW);
  return decision.kind === 'redeliver' ? `redeliver ${decision.attempt.id}` : decision.kind;
}

describe('webhook redelivery: which events are redelivered', () => {
  it.each<[string, ReadonlyArray<[number, boolean?]>, string]>([
    ['a 503 (in-flight budget full)', [[503]], 'redeliver 9000'],
    ['a 408 (body too slow)', [[408]], 'redeliver 9000'],
    ['a 500 (a handler failed)', [[500]], 'redeliver 9000'],
    ['a 502 from a proxy in front of the App', [[502]], 'redeliver 9000'],
    ['a 504 from a proxy in front of the App', [[504]], 'redeliver 9000'],
    ['no answer at all (down, restarting: status_code 0)', [[0]], 'redeliver 9000'],
    ['a 429 from a proxy', [[429]], 'redeliver 9000'],
    ['a 413 (over the size limit: it would fail again)', [[413]], 'not-retryable'],
    ['a 400 (signature does not match)', [[400]], 'not-retryable'],
    ['a 404 (wrong webhook path)', [[404]], 'not-retryable'],
    ['a 415 (not JSON)', [[415]], 'not-retryable'],
    ['a 301 (GitHub follows no redirect)', [[301]], 'not-retryable'],
    ['a 503 then a successful redelivery', [[503], [200, true]], 'succeeded'],
    ['a 202 (still processing) counts as success', [[202]], 'succeeded'],
    ['a success only', [[200]], 'not kept'],
    [
      'a 503 and one failed redelivery: the newest is asked for',
      [[503], [500, true]],
      'redeliver 9001',
    ],
    [
      'a 503, then a redelivery refused with 400 (secret changed)',
      [[503], [400, true]],
      'not-retryable',
    ],
    [
      'a 503 and 2 failed redeliveries: one more is allowed',
      [[503], [503, true], [0, true]],
      'redeliver 9002',
    ],
    [
      'a 503 and 3 failed redeliveries: the cap',
      [[503], [503, true], [500, true], [502, true]],
      'exhausted',
    ],
  ])('%s', (_what, list, expected) => {
    expect(decide(list)).toBe(expected);
  });

  it('a 202 whose handlers then failed here is redelivered; a 200 of another replica still counts', () => {
    const judged = (list: ReadonlyArray<[number, boolean?]>): string => {
      const ledger = new DeliveryLedger();
      ledger.record(attempts(list));
      const decision = judge(ledger.histories()[0]!, DEFAULT_SELECTION, NOW, true);
      return decision.kind === 'redeliver' ? `redeliver ${decision.attempt.id}` : decision.kind;
    };
    expect(judged([[202]])).toBe('redeliver 9000');
    expect(judged([[202], [202, true]])).toBe('redeliver 9001');
    expect(judged([[202], [200, true]])).toBe('succeeded');
    expect(judged([[202], [202, true], [202, true], [202, true]])).toBe('exhausted');
    expect(judged([[202], [400, true]])).toBe('not-retryable');
  });

  it('an event this process asked for is pending until GitHub lists the new attempt', () => {
    const ledger = new DeliveryLedger();
    ledger.record(attempts([[503]]));
    ledger.asked(GUID, NOW);
    const history = ledger.histories()[0]!;
    expect(judge(history, DEFAULT_SELECTION, NOW + 60_000).kind).toBe('pending');

    // The redelivery ran and failed again: a next one may be asked for.
    ledger.record([
      { ...attempts([[503]])[0]!, id: 9_100, deliveredAt: NOW + 1_000, redelivery: true },
    ]);
    expect(judge(history, DEFAULT_SELECTION, NOW + 60_000)).toMatchObject({
      kind: 'redeliver',
      attempt: { id: 9_100 },
    });
  });

  it('an ask whose attempt never shows up is asked again after an hour, and counts towards the cap', () => {
    const ledger = new DeliveryLedger();
    ledger.record(attempts([[503]]));
    const history = ledger.histories()[0]!;
    let at = NOW;
    for (let i = 0; i < 3; i++) {
      expect(judge(history, DEFAULT_SELECTION, at).kind).toBe('redeliver');
      ledger.asked(GUID, at);
      expect(judge(history, DEFAULT_SELECTION, at + 59 * 60_000).kind).toBe('pending');
      at += 61 * 60_000;
    }
    expect(judge(history, DEFAULT_SELECTION, at).kind).toBe('exhausted');
  });

  it('remembers an event across passes: a redelivery listed alone still knows the original failed', () => {
    const ledger = new DeliveryLedger();
    const [original, again] = attempts([[503], [503, true]]);
    ledger.record([original!]);
    ledger.asked(GUID, NOW);
    // The next pass lists only what is new: the failed redelivery.
    ledger.record([again!]);
    ledger.record([{ ...again!, id: 9_200, statusCode: 200, status: 'OK', deliveredAt: NOW }]);
    expect(judge(ledger.histories()[0]!, DEFAULT_SELECTION, NOW).kind).toBe('succeeded');
  });

  it('a guid GitHub refused for good (422: too old) is closed', () => {
    const ledger = new DeliveryLedger();
    ledger.record(attempts([[500]]));
    ledger.close(GUID, 'GitHub answered 422');
    expect(judge(ledger.histories()[0]!, DEFAULT_SELECTION, NOW).kind).toBe('closed');
  });

  it('forgets events older than GitHub keeps deliveries, and the oldest beyond its size', () => {
    const ledger = new DeliveryLedger({ maxAgeMs: 3 * 24 * 3_600_000, maxEvents: 2 });
    const old = attempts([[503]], NOW - 4 * 24 * 3_600_000)[0]!;
    ledger.record([old]);
    ledger.record(
      ['a', 'b', 'c'].map((g, i) => ({ ...old, id: i, guid: g, deliveredAt: NOW - i })),
    );
    ledger.prune(NOW);
    expect(ledger.histories().map((h) => h.guid)).toEqual(['b', 'a']);
  });
});
