import { describe, expect, it } from 'vitest';
import { parseRenewCommand } from '../../../src/flags/renew/command.js';

describe('parseRenewCommand', () => {
  it('reads the key and an optional step, with the command in any case', () => {
    expect(parseRenewCommand('/ops-steward renew new-checkout')).toEqual({
      kind: 'renew',
      key: 'new-checkout',
      days: null,
    });
    expect(parseRenewCommand('Thanks!\n\n  /OPS-Steward Renew new-checkout 14d\n')).toEqual({
      kind: 'renew',
      key: 'new-checkout',
      days: 14,
    });
    expect(parseRenewCommand('/ops-steward renew `new-checkout` 30 days')).toEqual({
      kind: 'renew',
      key: 'new-checkout',
      days: 30,
    });
    expect(parseRenewCommand('/ops-steward renew new-checkout 21')).toEqual({
      kind: 'renew',
      key: 'new-checkout',
      days: 21,
    });
  });

  it('keeps the flag key’s case: keys are exact', () => {
    expect(parseRenewCommand('/ops-steward renew NewCheckout')).toMatchObject({
      key: 'NewCheckout',
    });
  });

  it('ignores comments without the command, quotes, code and inline mentions', () => {
    for (const body of [
      'lgtm',
      '> /ops-steward renew new-checkout',
      '```\n/ops-steward renew new-checkout\n```',
      'run `/ops-steward renew new-checkout` to renew',
      '/ops-steward renewal new-checkout',
      '/ops-steward help',
    ])
      expect(parseRenewCommand(body)).toEqual({ kind: 'none' });
  });

  it('explains what is wrong with a malformed command', () => {
    expect(parseRenewCommand('/ops-steward renew')).toMatchObject({
      kind: 'invalid',
      message: expect.stringContaining('Which flag'),
    });
    expect(parseRenewCommand('/ops-steward renew a 2w')).toMatchObject({
      kind: 'invalid',
      message: expect.stringContaining('could not read `2w` as a number of days'),
    });
    expect(parseRenewCommand('/ops-steward renew a b c')).toMatchObject({
      kind: 'invalid',
      message: expect.stringContaining('one flag per comment'),
    });
    expect(parseRenewCommand('/ops-steward renew a 0d')).toMatchObject({
      kind: 'invalid',
      message: expect.stringContaining('0 days'),
    });
  });
});
