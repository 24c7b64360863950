import { describe, expect, it } from 'vitest';
import { emitAnnotations } from '../../src/action/publish.js';
import type { Finding } from '../../src/findings.js';
import { fakeCore } from '../support/fake-core.js';

function findings(n: number, severity: Finding['severity']): Finding[] {
  return Array.from({ length: n }, (_, i) => ({
    ruleId: 'flags/expired',
    severity,
    message: `flag f${i} expired`,
    file: 'src/a.ts',
    line: i + 1,
  }));
}

describe('emitAnnotations', () => {
  it('emits what GitHub shows (10 per level, errors first) and counts the rest in a notice', () => {
    const { core, record } = fakeCore();
    emitAnnotations(core, [...findings(3, 'warning'), ...findings(14, 'error')]);
    const errors = record.annotations.filter((a) => a.level === 'error');
    const warnings = record.annotations.filter((a) => a.level === 'warning');
    expect(errors).toHaveLength(10);
    expect(warnings).toHaveLength(3);
    expect(record.annotations[0]?.level).toBe('error');
    expect(errors[0]?.properties).toMatchObject({
      file: 'src/a.ts',
      startLine: 1,
      title: 'flags/expired',
    });
    const last = record.annotations.at(-1);
    expect(last?.level).toBe('notice');
    expect(last?.message).toMatch(/^4 more findings are not annotated/);
  });

  it('adds no notice when everything fits', () => {
    const { core, record } = fakeCore();
    emitAnnotations(core, findings(2, 'notice'));
    expect(record.annotations.map((a) => a.level)).toEqual(['notice', 'notice']);
  });
});

describe('emitAnnotations with findings to put first', () => {
  it('gives the preferred findings the first places within each level, before the cap', () => {
    const { core, record } = fakeCore();
    const rest = findings(12, 'error');
    const mine: Finding = {
      ruleId: 'flags/pr-undeclared',
      severity: 'error',
      message: 'this line reads flag "x"',
      file: 'src/z.ts',
      line: 99,
    };
    emitAnnotations(core, [...rest, mine], [mine]);
    const errors = record.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(10);
    expect(errors[0]?.properties?.title).toBe('flags/pr-undeclared');
    expect(record.annotations.at(-1)?.message).toMatch(/^3 more findings are not annotated/);
  });
});
