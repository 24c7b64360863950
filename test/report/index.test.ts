import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings.js';
import type { ReportFormat } from '../../src/report/index.js';
import {
  REPORT_FORMATS,
  isReportFormat,
  renderJson,
  renderMarkdown,
  renderReport,
  renderSarifString,
  renderText,
} from '../../src/report/index.js';

const findings: Finding[] = [
  {
    ruleId: 'flags/expired',
    severity: 'error',
    message: 'expired',
    file: 'src/a.ts',
    line: 3,
    column: 5,
  },
  { ruleId: 'runbooks/missing', severity: 'notice', message: 'no runbook' },
];

describe('renderReport', () => {
  it('dispatches each format to its renderer with the relevant options', () => {
    expect(renderReport('text', findings, { label: 'acme', color: false })).toBe(
      renderText(findings, { color: false, label: 'acme' }),
    );
    expect(
      renderReport('json', findings, { label: 'acme', generatedAt: '2026-01-01T00:00:00.000Z' }),
    ).toBe(renderJson(findings, { repository: 'acme', generatedAt: '2026-01-01T00:00:00.000Z' }));
    expect(renderReport('markdown', findings, { title: 'T', maxRows: 1 })).toBe(
      renderMarkdown(findings, { title: 'T', maxRows: 1 }),
    );
    expect(renderReport('sarif', findings, { toolVersion: '9.9.9', anchorFile: 'ops.yml' })).toBe(
      renderSarifString(findings, { toolVersion: '9.9.9', anchorFile: 'ops.yml' }),
    );
  });

  it('defaults text to no colour', () => {
    expect(renderReport('text', findings)).not.toContain('\u001b');
  });

  it('names the accepted formats when given an unknown one', () => {
    expect(() => renderReport('xml' as ReportFormat, findings)).toThrow(
      'Unknown report format "xml"; expected one of: text, json, markdown, sarif',
    );
  });

  it('recognises exactly the four formats', () => {
    expect(REPORT_FORMATS).toEqual(['text', 'json', 'markdown', 'sarif']);
    expect(REPORT_FORMATS.every(isReportFormat)).toBe(true);
    expect(isReportFormat('html')).toBe(false);
  });
});
