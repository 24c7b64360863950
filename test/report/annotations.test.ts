import * as core from '@actions/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../src/findings.js';
import {
  ANNOTATIONS_PER_LEVEL_PER_STEP,
  buildAnnotations,
  escapeCommandData,
  escapeCommandProperty,
  formatAnnotationCommand,
  renderAnnotations,
} from '../../src/report/annotations.js';

const expired: Finding = {
  ruleId: 'flags/expired',
  severity: 'error',
  message: 'Flag `a` expired',
  file: 'src/a.ts',
  line: 3,
  column: 5,
};

/** Parses a workflow command back into its parts, undoing the runner's escaping. */
function parseCommand(cmd: string): { level: string; props: Record<string, string>; data: string } {
  const m = /^::(\w+)(?: ([^:]*))?::(.*)$/s.exec(cmd);
  if (!m) throw new Error(`not a workflow command: ${cmd}`);
  const unescape = (s: string): string =>
    s
      .replace(/%0D/g, '\r')
      .replace(/%0A/g, '\n')
      .replace(/%3A/g, ':')
      .replace(/%2C/g, ',')
      .replace(/%25/g, '%');
  const props: Record<string, string> = {};
  for (const pair of (m[2] ?? '').split(',').filter(Boolean)) {
    const i = pair.indexOf('=');
    props[pair.slice(0, i)] = unescape(pair.slice(i + 1));
  }
  return { level: m[1]!, props, data: unescape(m[3]!) };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('renderAnnotations', () => {
  it('formats a finding as a GitHub workflow command', () => {
    expect(renderAnnotations([expired])).toEqual([
      '::error file=src/a.ts,line=3,col=5,endLine=3,title=flags/expired::Flag `a` expired',
    ]);
  });

  it('maps notice to ::notice and warning to ::warning', () => {
    const out = renderAnnotations([
      { ruleId: 'r/n', severity: 'notice', message: 'n', file: 'a', line: 1 },
      { ruleId: 'r/w', severity: 'warning', message: 'w', file: 'a', line: 2 },
    ]);
    expect(out).toEqual([
      '::warning file=a,line=2,endLine=2,title=r/w::w',
      '::notice file=a,line=1,endLine=1,title=r/n::n',
    ]);
  });

  it('escapes %, CR, LF, : and , in properties and %, CR, LF in the message', () => {
    const [cmd] = renderAnnotations([
      {
        ruleId: 'a:b,c',
        severity: 'error',
        message: '100% sure: a, b\r\nnext',
        file: 'dir/we:ird,name%.ts',
        line: 1,
      },
    ]);
    expect(cmd).toBe(
      '::error file=dir/we%3Aird%2Cname%25.ts,line=1,endLine=1,title=a%3Ab%2Cc::100%25 sure: a, b%0D%0Anext',
    );
    expect(escapeCommandProperty('%:,\r\n')).toBe('%25%3A%2C%0D%0A');
    expect(escapeCommandData('%:,\r\n')).toBe('%25:,%0D%0A');
  });

  it('round-trips hostile content exactly', () => {
    const f: Finding = {
      ruleId: 'x/%0A',
      severity: 'warning',
      message: 'a%0Ab\n::error::spoof',
      file: 'p%2C,q',
      line: 2,
    };
    const parsed = parseCommand(renderAnnotations([f])[0]!);
    expect(parsed.data).toBe(f.message);
    expect(parsed.props).toMatchObject({ file: f.file, title: f.ruleId, line: '2' });
    // The embedded "::error::" cannot start a second command: the whole thing is one line.
    expect(renderAnnotations([f])[0]!.split('\n')).toHaveLength(1);
  });

  it('produces exactly what @actions/core emits for the same message and properties', () => {
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const batch = buildAnnotations([
      expired,
      {
        ruleId: 'c/o',
        severity: 'warning',
        message: 'x, y: 50%\nz',
        file: 'a,b:c.ts',
        line: 2,
        column: 3,
        endLine: 2,
        endColumn: 9,
        owners: ['@t'],
      },
      { ruleId: 'r/w', severity: 'notice', message: 'repo-wide' },
    ]);
    for (const a of batch.annotations) core[a.level](a.message, a.properties);
    const fromCore = write.mock.calls.map(([chunk]) => String(chunk).trimEnd());
    write.mockRestore();
    expect(fromCore.map(parseCommand)).toEqual(
      batch.annotations.map(formatAnnotationCommand).map(parseCommand),
    );
  });

  it('leaves out columns on multi-line ranges (the runner rejects them) and defaults endLine', () => {
    const [multi] = buildAnnotations([{ ...expired, endLine: 6, endColumn: 2 }]).annotations;
    expect(multi!.properties).toEqual({
      file: 'src/a.ts',
      startLine: 3,
      endLine: 6,
      title: 'flags/expired',
    });
    const [single] = buildAnnotations([{ ...expired, endColumn: 11 }]).annotations;
    expect(single!.properties).toEqual({
      file: 'src/a.ts',
      startLine: 3,
      endLine: 3,
      startColumn: 5,
      endColumn: 11,
      title: 'flags/expired',
    });
    const [bad] = buildAnnotations([{ ...expired, line: 0, column: 0 }]).annotations;
    expect(bad!.properties).toEqual({ file: 'src/a.ts', title: 'flags/expired' });
  });

  it('gives repository-wide findings a job-level annotation with just a title', () => {
    expect(
      renderAnnotations([
        { ruleId: 'runbooks/missing', severity: 'notice', message: 'No runbooks' },
      ]),
    ).toEqual(['::notice title=runbooks/missing::No runbooks']);
  });

  it('names owners and escalation in the message', () => {
    const [a] = buildAnnotations([
      { ...expired, owners: ['@acme/web', '@bob'], escalation: 'web-oncall' },
    ]).annotations;
    expect(a!.message).toBe('Flag `a` expired\nOwners: @acme/web, @bob\nEscalation: web-oncall');
  });
});

describe('buildAnnotations limits', () => {
  const make = (severity: Finding['severity'], n: number): Finding[] =>
    Array.from({ length: n }, (_, i) => ({
      ruleId: `r/${severity}`,
      severity,
      message: `${severity} ${i}`,
      file: 'f.ts',
      line: i + 1,
    }));

  it('keeps every finding but reports how many GitHub will not display per step', () => {
    const batch = buildAnnotations([
      ...make('notice', 15),
      ...make('warning', 3),
      ...make('error', 12),
    ]);
    expect(ANNOTATIONS_PER_LEVEL_PER_STEP).toBe(10);
    expect(batch.annotations).toHaveLength(30);
    expect(batch.shown).toEqual({ error: 10, warning: 3, notice: 10 });
    expect(batch.notShown).toEqual({ error: 2, warning: 0, notice: 5 });
    expect(batch.notShownTotal).toBe(7);
  });

  it('orders errors first, then warnings, then notices, each by location', () => {
    const batch = buildAnnotations(
      [...make('notice', 2), ...make('error', 2), ...make('warning', 2)].reverse(),
    );
    expect(batch.annotations.map((a) => `${a.level}@${a.properties.startLine}`)).toEqual([
      'error@1',
      'error@2',
      'warning@1',
      'warning@2',
      'notice@1',
      'notice@2',
    ]);
  });

  it('reports zero hidden for a clean run', () => {
    expect(buildAnnotations([])).toEqual({
      annotations: [],
      shown: { error: 0, warning: 0, notice: 0 },
      notShown: { error: 0, warning: 0, notice: 0 },
      notShownTotal: 0,
    });
  });
});
