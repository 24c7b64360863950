import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings.js';
import { renderText } from '../../src/report/text.js';

const ESC = '\u001b';

const findings: Finding[] = [
  {
    ruleId: 'flags/expired',
    severity: 'error',
    message: 'Flag `new-checkout` expired on 2026-01-31',
    file: 'src/checkout.ts',
    line: 12,
    column: 7,
    owners: ['@acme/payments', 'ops@acme.test'],
    escalation: 'payments-oncall',
  },
  {
    ruleId: 'flags/expiring',
    severity: 'warning',
    message: 'Flag `beta-search` expires in 3 days',
    file: 'src/search.ts',
    line: 4,
    column: 1,
  },
  { ruleId: 'runbooks/missing', severity: 'notice', message: 'No runbook directory found' },
  {
    ruleId: 'flags/unused',
    severity: 'warning',
    message: 'Flag `old-banner` is registered but never read',
    file: 'flags.yml',
    line: 30,
  },
  {
    ruleId: 'flags/expired',
    severity: 'error',
    message: 'Flag `dark-mode` expired on 2026-02-01',
    file: 'src/checkout.ts',
    line: 40,
    column: 3,
  },
];

describe('renderText', () => {
  it('prints one line per finding as `path:line:col  severity  message  [ruleId]`', () => {
    const out = renderText(findings, { color: false });
    expect(out).toMatch(
      /^src\/checkout\.ts:12:7 +error {3,}Flag `new-checkout` expired on 2026-01-31 {2}\[flags\/expired\]$/m,
    );
    expect(out).toMatch(
      /^src\/search\.ts:4:1 +warning {2}Flag `beta-search` expires in 3 days {2}\[flags\/expiring\]$/m,
    );
    expect(out).toMatch(/^flags\.yml:30 +warning {2}.*\[flags\/unused\]$/m);
  });

  it('lists repository-wide findings first, then files in order, with a blank line between files', () => {
    const lines = renderText(findings, { color: false }).split('\n');
    const firstFields = lines.map((l) => l.split(/\s+/)[0]);
    expect(firstFields.slice(0, 10)).toEqual([
      '(repository)',
      '',
      'flags.yml:30',
      '',
      'src/checkout.ts:12:7',
      '', // owners continuation line starts with indentation
      'src/checkout.ts:40:3',
      '',
      'src/search.ts:4:1',
      '',
    ]);
    expect(lines[1]).toBe('');
    expect(lines[5]).toMatch(
      /^\s+↳ owners: @acme\/payments, ops@acme\.test · escalation: payments-oncall$/,
    );
    // No blank line between two findings of the same file.
    expect(lines[6]).toMatch(/^src\/checkout\.ts:40:3/);
  });

  it('ends with a summary line with counts and the label', () => {
    const out = renderText(findings, { color: false, label: 'examples/acme-shop' });
    expect(out.trimEnd().split('\n').at(-1)).toBe(
      '✖ 2 errors, 2 warnings, 1 notice in examples/acme-shop',
    );
    const one = renderText([findings[2]!], { color: false });
    expect(one.trimEnd().split('\n').at(-1)).toBe('ℹ 0 errors, 0 warnings, 1 notice');
  });

  it('says so clearly on a clean run', () => {
    expect(renderText([], { color: false, label: 'examples/acme-shop' })).toBe(
      '✔ No problems found in examples/acme-shop.\n',
    );
    expect(renderText([], { color: false })).toBe('✔ No problems found.\n');
    expect(renderText([], { color: false, label: '.' })).toBe('✔ No problems found in .\n');
  });

  it('emits no ANSI codes when colour is off, and colours severities when on', () => {
    const plain = renderText(findings, { color: false });
    expect(plain).not.toContain(ESC);
    const coloured = renderText(findings, { color: true });
    expect(coloured).toContain(`${ESC}[31merror`);
    expect(coloured).toContain(`${ESC}[33mwarning`);
    // Stripping the codes gives back the plain report exactly.
    // eslint-disable-next-line no-control-regex
    expect(coloured.replace(/\u001b\[\d+m/g, '')).toBe(plain);
    expect(renderText([], { color: true })).toContain(`${ESC}[32m✔`);
  });

  it('can hide notices while still counting them', () => {
    const out = renderText(findings, { color: false, notices: false });
    expect(out).not.toContain('runbooks/missing');
    expect(out.trimEnd().split('\n').at(-1)).toBe(
      '✖ 2 errors, 2 warnings, 1 notice (1 notice not shown)',
    );
  });

  it('indents continuation lines of multi-line messages under the message column', () => {
    const out = renderText(
      [
        {
          ruleId: 'config/invalid',
          severity: 'error',
          message: 'first\nsecond',
          file: 'a.yml',
          line: 1,
          column: 2,
        },
      ],
      {
        color: false,
      },
    );
    const [first, second] = out.split('\n');
    expect(second!.trim()).toBe('second');
    expect(second!.indexOf('second')).toBe(first!.indexOf('first'));
  });

  it('neutralises terminal control sequences coming from repository content', () => {
    const out = renderText(
      [
        {
          ruleId: 'flags/expired',
          severity: 'error',
          message: `evil ${ESC}[2J\rname`,
          file: `src/${ESC}]8;;x.ts`,
          line: 1,
        },
      ],
      { color: false, label: `lab${ESC}el` },
    );
    expect(out).not.toContain(ESC);
    expect(out).not.toContain('\r');
    expect(out).toContain('evil \\x1b[2J\\x0dname');
  });

  it('is deterministic whatever the input order', () => {
    const reversed = [...findings].reverse();
    expect(renderText(reversed, { color: false })).toBe(renderText(findings, { color: false }));
  });
});
