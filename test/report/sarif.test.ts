import type { Log, Result } from 'sarif';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings.js';
import { renderSarif, renderSarifString, toSarifUri } from '../../src/report/sarif.js';
import { expectValidSarif, validateSarif } from '../support/sarif-schema.js';

const findings: Finding[] = [
  {
    ruleId: 'flags/expired',
    severity: 'error',
    message: 'Flag `a` expired 3 days ago',
    file: 'src/a.ts',
    line: 3,
    column: 5,
    endLine: 3,
    endColumn: 12,
    owners: ['@acme/web'],
  },
  {
    ruleId: 'flags/expiring',
    severity: 'warning',
    message: 'Flag `b` expires soon',
    file: 'src/b.ts',
    line: 7,
  },
  { ruleId: 'runbooks/missing', severity: 'notice', message: 'No runbook for service `api`' },
  {
    ruleId: 'flags/expired',
    severity: 'warning',
    message: 'Flag `c` expired (grace period)',
    file: 'src/c.ts',
    line: 1,
    column: 1,
  },
  {
    ruleId: 'codeowners/unowned',
    severity: 'warning',
    message: 'File has no owner',
    file: 'docs/run book.md',
  },
];

function results(log: Log): Result[] {
  return log.runs[0]!.results ?? [];
}

function resultFor(log: Log, message: string): Result {
  const r = results(log).find((x) => x.message.text === message);
  if (!r) throw new Error(`no result for ${message}`);
  return r;
}

describe('renderSarif', () => {
  const log = renderSarif(findings, {
    toolVersion: '1.2.3',
    informationUri: 'https://github.com/acme/ops-steward',
  });

  it('produces a SARIF 2.1.0 log that passes the schema subset and GitHub’s ingestion rules', () => {
    expectValidSarif(log);
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    expect(log.runs[0]!.tool.driver).toMatchObject({
      name: 'ops-steward',
      version: '1.2.3',
      informationUri: 'https://github.com/acme/ops-steward',
    });
  });

  it('(the schema subset itself rejects what GitHub rejects)', () => {
    const broken = structuredClone(log);
    delete results(broken)[0]!.locations;
    expect(validateSarif(broken)).toBe(false);
    const lineZero = structuredClone(log);
    results(lineZero)[0]!.locations![0]!.physicalLocation!.region!.startLine = 0;
    expect(validateSarif(lineZero)).toBe(false);
    const typo = structuredClone(log) as unknown as {
      runs: { results: Record<string, unknown>[] }[];
    };
    typo.runs[0]!.results[0]!.partialFingerprint = {};
    expect(validateSarif(typo)).toBe(false);
  });

  it('has one rule per distinct ruleId, sorted, with every result pointing at its rule', () => {
    const rules = log.runs[0]!.tool.driver.rules!;
    expect(rules.map((r) => r.id)).toEqual([
      'codeowners/unowned',
      'flags/expired',
      'flags/expiring',
      'runbooks/missing',
    ]);
    // The rule's default level is the most severe level any of its results has.
    expect(rules[1]!.defaultConfiguration?.level).toBe('error');
    for (const r of results(log)) expect(rules[r.ruleIndex!]!.id).toBe(r.ruleId);
    expect(results(log)).toHaveLength(findings.length);
  });

  it('maps severities to SARIF levels', () => {
    expect(resultFor(log, 'Flag `a` expired 3 days ago').level).toBe('error');
    expect(resultFor(log, 'Flag `b` expires soon').level).toBe('warning');
    expect(resultFor(log, 'No runbook for service `api`').level).toBe('note');
  });

  it('locates results repo-relative under %SRCROOT% with only the region fields that are known', () => {
    const a = resultFor(log, 'Flag `a` expired 3 days ago').locations![0]!.physicalLocation!;
    expect(a.artifactLocation).toMatchObject({ uri: 'src/a.ts', uriBaseId: '%SRCROOT%' });
    expect(a.region).toEqual({ startLine: 3, startColumn: 5, endLine: 3, endColumn: 12 });
    expect(resultFor(log, 'Flag `b` expires soon').locations![0]!.physicalLocation!.region).toEqual(
      { startLine: 7 },
    );
    expect(
      resultFor(log, 'Flag `c` expired (grace period)').locations![0]!.physicalLocation!.region,
    ).toEqual({ startLine: 1, startColumn: 1 });
    // A whole-file finding points at line 1 of its file, with a percent-encoded URI.
    const doc = resultFor(log, 'File has no owner').locations![0]!.physicalLocation!;
    expect(doc.artifactLocation!.uri).toBe('docs/run%20book.md');
    expect(doc.region).toEqual({ startLine: 1 });
  });

  it('anchors repository-wide findings to the config file so GitHub accepts the upload', () => {
    const repoWide = resultFor(log, 'No runbook for service `api`');
    expect(repoWide.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe(
      '.github/ops-steward.yml',
    );
    expect(repoWide.properties).toMatchObject({ repositoryWide: true });
    const custom = renderSarif(findings, { toolVersion: '1', anchorFile: './config/ops.yml' });
    expect(
      resultFor(custom, 'No runbook for service `api`').locations![0]!.physicalLocation!
        .artifactLocation!.uri,
    ).toBe('config/ops.yml');
    expectValidSarif(custom);
  });

  it('lists each artifact once, with indexes that match the results', () => {
    const artifacts = log.runs[0]!.artifacts!;
    expect(new Set(artifacts.map((x) => x.location!.uri)).size).toBe(artifacts.length);
    for (const r of results(log)) {
      const loc = r.locations![0]!.physicalLocation!.artifactLocation!;
      expect(artifacts[loc.index!]!.location).toEqual({ uri: loc.uri, uriBaseId: '%SRCROOT%' });
    }
  });

  it('carries owners and escalation as result properties', () => {
    expect(resultFor(log, 'Flag `a` expired 3 days ago').properties).toEqual({
      owners: ['@acme/web'],
    });
  });

  it('drops impossible positions instead of emitting invalid SARIF', () => {
    const bad = renderSarif(
      [
        { ruleId: 'x/zero', severity: 'error', message: 'zero', file: 'a.ts', line: 0, column: 0 },
        {
          ruleId: 'x/back',
          severity: 'error',
          message: 'back',
          file: 'a.ts',
          line: 5,
          column: 9,
          endLine: 2,
          endColumn: 3,
        },
        { ruleId: 'x/frac', severity: 'error', message: 'frac', file: 'a.ts', line: 2.5 },
      ],
      { toolVersion: '1' },
    );
    expectValidSarif(bad);
    expect(resultFor(bad, 'zero').locations![0]!.physicalLocation!.region).toEqual({
      startLine: 1,
    });
    expect(resultFor(bad, 'back').locations![0]!.physicalLocation!.region).toEqual({
      startLine: 5,
      startColumn: 9,
    });
    expect(resultFor(bad, 'frac').locations![0]!.physicalLocation!.region).toEqual({
      startLine: 1,
    });
  });

  it('normalises Windows and ./-prefixed paths to forward-slash URIs', () => {
    expect(toSarifUri('src\\flags\\a.ts')).toBe('src/flags/a.ts');
    expect(toSarifUri('./src/a.ts')).toBe('src/a.ts');
    expect(toSarifUri('src/#1 ?.ts')).toBe('src/%231%20%3F.ts');
    expect(toSarifUri('src/100%.ts')).toBe('src/100%25.ts');
  });

  describe('partialFingerprints', () => {
    const fp = (f: Finding): string =>
      results(renderSarif([f], { toolVersion: '1' }))[0]!.partialFingerprints!
        .primaryLocationLineHash!;
    const f: Finding = {
      ruleId: 'flags/expired',
      severity: 'error',
      message: 'Flag `a-2` expired 3 days ago',
      file: 'src/a.ts',
      line: 3,
    };

    it('are present and distinct for every result', () => {
      const all = results(log).map((r) => r.partialFingerprints?.primaryLocationLineHash);
      expect(all.every((v) => typeof v === 'string' && /^[0-9a-f]{16}:\d+$/.test(v))).toBe(true);
      expect(new Set(all).size).toBe(all.length);
    });

    it('survive the finding moving to another line and day-to-day count changes', () => {
      expect(fp({ ...f, line: 40, column: 2 })).toBe(fp(f));
      expect(fp({ ...f, message: 'Flag `a-2` expired 4 days ago' })).toBe(fp(f));
    });

    it('change with the rule, the file, or the named subject', () => {
      expect(fp({ ...f, ruleId: 'flags/stale' })).not.toBe(fp(f));
      expect(fp({ ...f, file: 'src/b.ts' })).not.toBe(fp(f));
      expect(fp({ ...f, message: 'Flag `a-3` expired 3 days ago' })).not.toBe(fp(f));
    });

    it('number identical findings in one file so each keeps its own alert', () => {
      const twice = renderSarif([f, { ...f, line: 9 }], { toolVersion: '1' });
      const [one, two] = results(twice).map((r) => r.partialFingerprints!.primaryLocationLineHash!);
      expect(one!.split(':')[0]).toBe(two!.split(':')[0]);
      expect([one!.split(':')[1], two!.split(':')[1]]).toEqual(['1', '2']);
    });
  });

  it('is a valid, empty run for a clean repository', () => {
    const clean = renderSarif([], { toolVersion: '1' });
    expectValidSarif(clean);
    expect(clean.runs[0]!.results).toEqual([]);
    expect(clean.runs[0]!.tool.driver.rules).toEqual([]);
  });

  it('serialises deterministically regardless of input order', () => {
    const text = renderSarifString(findings, { toolVersion: '1.2.3' });
    expect(renderSarifString([...findings].reverse(), { toolVersion: '1.2.3' })).toBe(text);
    expect(JSON.parse(text)).toEqual(renderSarif(findings, { toolVersion: '1.2.3' }));
    expect(text.endsWith('}\n')).toBe(true);
  });
});
