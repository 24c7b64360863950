import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings.js';
import { buildJsonReport, renderJson } from '../../src/report/json.js';

const findings: Finding[] = [
  {
    severity: 'warning',
    message: 'expires soon',
    ruleId: 'flags/expiring',
    file: 'src/b.ts',
    line: 9,
    column: 2,
  },
  {
    ruleId: 'flags/expired',
    severity: 'error',
    message: 'expired',
    file: 'src/a.ts',
    line: 3,
    column: 5,
    endLine: 3,
    endColumn: 9,
    owners: ['@acme/web'],
    escalation: 'web-oncall',
  },
  { ruleId: 'runbooks/missing', severity: 'notice', message: 'no runbook' },
  { ruleId: 'flags/expired', severity: 'error', message: 'expired too', file: 'src/a.ts', line: 1 },
];

describe('renderJson', () => {
  it('has version 1, a summary and the findings sorted by location', () => {
    const report = JSON.parse(renderJson(findings)) as ReturnType<typeof buildJsonReport>;
    expect(report.version).toBe(1);
    expect(report.summary).toEqual({ errors: 2, warnings: 1, notices: 1 });
    expect(report.findings.map((f) => `${f.file ?? '-'}:${f.line ?? '-'}`)).toEqual([
      '-:-',
      'src/a.ts:1',
      'src/a.ts:3',
      'src/b.ts:9',
    ]);
    expect(report).not.toHaveProperty('repository');
    expect(report).not.toHaveProperty('generatedAt');
  });

  it('adds repository and generatedAt from meta, right after version', () => {
    const text = renderJson(findings, {
      repository: 'acme/shop',
      generatedAt: '2026-11-25T12:00:00.000Z',
    });
    const report = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(report)).toEqual([
      'version',
      'repository',
      'generatedAt',
      'summary',
      'findings',
    ]);
    expect(report.repository).toBe('acme/shop');
    expect(report.generatedAt).toBe('2026-11-25T12:00:00.000Z');
  });

  it('writes each finding with a fixed key order, only known fields, and no undefined holes', () => {
    const messy = {
      message: 'm',
      extra: 'internal detail',
      file: 'x.ts',
      severity: 'error',
      ruleId: 'r/x',
      line: 2,
      column: undefined,
      owners: [],
    } as unknown as Finding;
    const [f] = buildJsonReport([messy]).findings;
    expect(Object.keys(f!)).toEqual(['ruleId', 'severity', 'message', 'file', 'line']);
    const full = buildJsonReport([findings[1]!]).findings[0]!;
    expect(Object.keys(full)).toEqual([
      'ruleId',
      'severity',
      'message',
      'file',
      'line',
      'column',
      'endLine',
      'endColumn',
      'owners',
      'escalation',
    ]);
  });

  it('gives byte-identical output for the same findings in any order, ending in a newline', () => {
    const a = renderJson(findings, { repository: 'r' });
    const b = renderJson([...findings].reverse(), { repository: 'r' });
    expect(b).toBe(a);
    expect(a.endsWith('}\n')).toBe(true);
    expect(a).toContain('\n  "version": 1,');
  });

  it('reports a clean run as an empty list with zero counts', () => {
    expect(JSON.parse(renderJson([]))).toEqual({
      version: 1,
      summary: { errors: 0, warnings: 0, notices: 0 },
      findings: [],
    });
  });

  it('does not let callers mutate the input through the report', () => {
    const report = buildJsonReport(findings);
    const withOwners = report.findings.find((f) => f.owners)!;
    withOwners.owners!.push('@intruder');
    expect(findings[1]!.owners).toEqual(['@acme/web']);
  });
});
