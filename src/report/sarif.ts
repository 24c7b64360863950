import { redactFinding } from '../core/sanitize.js';
import type { Artifact, Location, Log, Region, ReportingDescriptor, Result } from 'sarif';
import { DEFAULT_CONFIG_PATH } from '../config/defaults.js';
import { fingerprintKey, occurrenceCounter } from '../core/fingerprint.js';
import { ruleHelpUri } from '../core/rules.js';
import type { RuleDefinition } from '../core/rules.js';
import { ruleIndexOf } from '../engine/rules.js';
import { MODULES } from '../modules.js';
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
  /** Human titles for rules (GitHub shows `shortDescription` as the alert title); default: the rule catalogue's. */
  ruleDescriptions?: Readonly<Record<string, string>>;
  /** Where rule descriptions and help links come from; default: every registered module's catalogue. */
  catalogue?: { get(id: string): RuleDefinition | undefined };
}

export const SARIF_TOOL_NAME = 'ops-steward';
export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
/** The conventional base id for "the repository root"; GitHub resolves it to the checkout. */
export const SARIF_SRCROOT = '%SRCROOT%';

const LEVEL: Record<Severity, Result.level> = {
  error: 'error',
  warning: 'warning',
  notice: 'note',
};

/**
 * A repo-relative path as a URI reference: forward slashes, no leading `./` or `/`, and the characters that
 * would otherwise change its meaning (space, `%`, `#`, `?`, non-ASCII) percent-encoded.
 */
export function toSarifUri(path: string): string {
  const posix = path
    .replace(/\\/g, '/')
    .replace(/^(\.\/)+/, '')
    .replace(/^\/+/, '');
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
  if (
    endColumn !== undefined &&
    !(sameLine && startColumn !== undefined && endColumn < startColumn)
  ) {
    region.endColumn = endColumn;
  }
  return region;
}

/**
 * The SARIF 2.1.0 log as an object (for callers that post-process or upload it).
 *
 * Built directly on the `sarif` types rather than node-sarif-builder: its simple API invents columns
 * (`startColumn`/`endColumn` 1) we must not claim, and it imports fs-extra/graceful-fs, which patch `fs` on
 * load and break an ESM esbuild bundle ("Dynamic require of fs") — all it would add here is two indexes.
 */
function renderSarifUnredacted(findings: readonly Finding[], options: SarifOptions): Log {
  const sorted = sortFindings(findings);
  const anchor = toSarifUri(options.anchorFile ?? DEFAULT_CONFIG_PATH);
  const uriOf = (f: Finding): string => (f.file ? toSarifUri(f.file) : anchor);

  // One rule per ruleId, sorted; its default level is the most severe seen (each result carries its own).
  const ruleLevels = new Map<string, Severity>();
  for (const f of sorted) {
    const seen = ruleLevels.get(f.ruleId);
    if (seen === undefined || severityRank(f.severity) < severityRank(seen)) {
      ruleLevels.set(f.ruleId, f.severity);
    }
  }
  const ruleIds = [...ruleLevels.keys()].sort(byCodeUnit);
  const catalogue = options.catalogue ?? ruleIndexOf(MODULES);
  const rules: ReportingDescriptor[] = ruleIds.map((id) => {
    const known = catalogue.get(id);
    return {
      id,
      shortDescription: { text: options.ruleDescriptions?.[id] ?? known?.description ?? id },
      ...(known ? { helpUri: ruleHelpUri(id) } : {}),
      defaultConfiguration: { level: LEVEL[ruleLevels.get(id) ?? 'notice'] },
      properties: { tags: [SARIF_TOOL_NAME, id.split('/')[0] ?? id] },
    };
  });
  const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]));

  const uris = [...new Set(sorted.map(uriOf))].sort(byCodeUnit);
  const artifacts: Artifact[] = uris.map((uri) => ({
    location: { uri, uriBaseId: SARIF_SRCROOT },
  }));
  const artifactIndex = new Map(uris.map((uri, i) => [uri, i]));

  const next = occurrenceCounter();
  const results: Result[] = sorted.map((f) => {
    const uri = uriOf(f);
    const location: Location = {
      physicalLocation: {
        artifactLocation: { uri, uriBaseId: SARIF_SRCROOT, index: artifactIndex.get(uri) ?? 0 },
        region: regionFor(f),
      },
    };
    // Line-independent on purpose: inserting lines above a finding must not open a new alert. The engine's
    // fingerprint (the baseline's too) when it set one, else the same computation here.
    const fingerprint = f.fingerprint ?? next(fingerprintKey(f.ruleId, uri, f.message));

    const properties: Record<string, unknown> = {};
    if (f.owners && f.owners.length > 0) properties.owners = [...f.owners];
    if (f.escalation) properties.escalation = f.escalation;
    if (!f.file) properties.repositoryWide = true;

    return {
      ruleId: f.ruleId,
      ruleIndex: ruleIndex.get(f.ruleId) ?? 0,
      level: LEVEL[f.severity] ?? 'note',
      message: { text: f.message || f.ruleId },
      locations: [location],
      partialFingerprints: { primaryLocationLineHash: fingerprint },
      ...(Object.keys(properties).length > 0 ? { properties } : {}),
    };
  });

  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: SARIF_TOOL_NAME,
            version: options.toolVersion,
            ...(options.informationUri ? { informationUri: options.informationUri } : {}),
            rules,
          },
        },
        artifacts,
        results,
      },
    ],
  };
}

/** Locale-independent order, so output is byte-identical on every machine. */
function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The SARIF log as the text written to `results.sarif` (2-space indent, trailing newline). */
export function renderSarifString(findings: readonly Finding[], options: SarifOptions): string {
  return `${JSON.stringify(renderSarif(findings, options), null, 2)}\n`;
}

/** Credentials in finding texts are redacted first (src/core/sanitize.ts), as in every output. */
export function renderSarif(findings: readonly Finding[], options: SarifOptions): Log {
  return renderSarifUnredacted(findings.map(redactFinding), options);
}
