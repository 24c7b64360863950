import { createHash } from 'node:crypto';
import { SarifBuilder, SarifResultBuilder, SarifRuleBuilder, SarifRunBuilder } from 'node-sarif-builder';
import type { Artifact, Location, Log, Region, ReportingDescriptor, Result } from 'sarif';
import { DEFAULT_CONFIG_PATH } from '../config/defaults.js';
import type { Finding, Severity } from '../findings.js';
import { sortFindings } from '../findings.js';
import { positiveInt, severityRank } from './summary.js';

export interface SarifOptions {
  toolVersion: string;
  informationUri?: string;
  /**
   * Where repository-wide findings (no `file`) are anchored. GitHub code scanning rejects the *whole* upload
   * if any result lacks a physical location ("locationFromSarifResult: expected at least one location"), so
   * they are pinned to line 1 of this file; default `.github/ops-steward.yml`. Pass the config path in use.
   */
  anchorFile?: string;
  /** Human titles for rules (GitHub shows `shortDescription` as the alert title); default: the rule id. */
  ruleDescriptions?: Readonly<Record<string, string>>;
}

export const SARIF_TOOL_NAME = 'ops-steward';
export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
/** The conventional base id for "the repository root"; GitHub resolves it to the checkout. */
export const SARIF_SRCROOT = '%SRCROOT%';

const LEVEL: Record<Severity, Result.level> = { error: 'error', warning: 'warning', notice: 'note' };

/**
 * A repo-relative path as a URI reference: forward slashes, no leading `./` or `/`, and the characters that
 * would otherwise change its meaning (space, `%`, `#`, `?`, non-ASCII) percent-encoded.
 */
export function toSarifUri(path: string): string {
  const posix = path.replace(/\\/g, '/').replace(/^(\.\/)+/, '').replace(/^\/+/, '');
  return encodeURI(posix).replace(/#/g, '%23').replace(/\?/g, '%3F');
}

/** Only positions that are known and valid; SARIF forbids 0 and an end before the start. */
function regionFor(f: Finding): Region {
  const startLine = positiveInt(f.line);
  // GitHub needs a line to place an alert; a whole-file finding points at the top of the file.
  if (startLine === undefined) return { startLine: 1 };
  const region: Region = { startLine };
  const startColumn = positiveInt(f.column);
  if (startColumn !== undefined) region.startColumn = startColumn;
  const endLine = positiveInt(f.endLine);
  if (endLine !== undefined && endLine >= startLine) region.endLine = endLine;
  const endColumn = positiveInt(f.endColumn);
  const sameLine = (region.endLine ?? startLine) === startLine;
  if (endColumn !== undefined && !(sameLine && startColumn !== undefined && endColumn < startColumn)) {
    region.endColumn = endColumn;
  }
  return region;
}

/**
 * Numbers in messages are usually counts that change daily ("expired 3 days ago"); leaving them out of the
 * fingerprint keeps one alert per problem instead of a new one every run. Digits inside names or dates
 * (`flag-2`, `2026-01-31`) are kept.
 */
function fingerprintText(message: string): string {
  return message.replace(/(?<![\w.-])\d+(?:\.\d+)?(?![\w-])/g, '#').replace(/\s+/g, ' ').trim();
}

function hash16(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** The SARIF 2.1.0 log as an object (for callers that post-process or upload it). */
export function renderSarif(findings: readonly Finding[], options: SarifOptions): Log {
  const sorted = sortFindings(findings);
  const anchor = toSarifUri(options.anchorFile ?? DEFAULT_CONFIG_PATH);

  // One rule per ruleId; its default level is the most severe level seen, results carry their own.
  const ruleLevels = new Map<string, Severity>();
  for (const f of sorted) {
    const seen = ruleLevels.get(f.ruleId);
    if (seen === undefined || severityRank(f.severity) < severityRank(seen)) ruleLevels.set(f.ruleId, f.severity);
  }

  // Artifacts are declared up front so each carries the same uriBaseId as the results that index into it.
  const uris = [...new Set(sorted.map((f) => (f.file ? toSarifUri(f.file) : anchor)))].sort();
  const artifacts: Artifact[] = uris.map((uri) => ({ location: { uri, uriBaseId: SARIF_SRCROOT } }));

  const run = new SarifRunBuilder({
    tool: {
      driver: {
        name: SARIF_TOOL_NAME,
        version: options.toolVersion,
        ...(options.informationUri ? { informationUri: options.informationUri } : {}),
        rules: [],
      },
    },
    artifacts,
    results: [],
  });

  for (const [ruleId, severity] of [...ruleLevels].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const rule: ReportingDescriptor = {
      id: ruleId,
      shortDescription: { text: options.ruleDescriptions?.[ruleId] ?? ruleId },
      defaultConfiguration: { level: LEVEL[severity] },
      properties: { tags: [SARIF_TOOL_NAME, ruleId.split('/')[0] ?? ruleId] },
    };
    run.addRule(new SarifRuleBuilder(rule));
  }

  const occurrences = new Map<string, number>();
  for (const f of sorted) {
    const uri = f.file ? toSarifUri(f.file) : anchor;
    const location: Location = {
      physicalLocation: { artifactLocation: { uri, uriBaseId: SARIF_SRCROOT }, region: regionFor(f) },
    };
    // Line-independent on purpose: inserting lines above a finding must not open a new alert.
    const key = hash16(`${f.ruleId}\u0000${uri}\u0000${fingerprintText(f.message)}`);
    const n = (occurrences.get(key) ?? 0) + 1;
    occurrences.set(key, n);

    const properties: Record<string, unknown> = {};
    if (f.owners && f.owners.length > 0) properties.owners = [...f.owners];
    if (f.escalation) properties.escalation = f.escalation;
    if (!f.file) properties.repositoryWide = true;

    const result: Result = {
      ruleId: f.ruleId,
      level: LEVEL[f.severity] ?? 'note',
      message: { text: f.message || f.ruleId },
      locations: [location],
      partialFingerprints: { primaryLocationLineHash: `${key}:${n}` },
      ...(Object.keys(properties).length > 0 ? { properties } : {}),
    };
    run.addResult(new SarifResultBuilder(result));
  }

  const log = new SarifBuilder({ $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs: [] });
  log.addRun(run);
  return log.buildSarifOutput();
}

/** The SARIF log as the text written to `results.sarif` (2-space indent, trailing newline). */
export function renderSarifString(findings: readonly Finding[], options: SarifOptions): string {
  return `${JSON.stringify(renderSarif(findings, options), null, 2)}\n`;
}
