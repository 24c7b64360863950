import { epochDay, epochDayOf, isoFromEpochDay } from './dates.js';
import type { ModuleContext } from '../core/module.js';
import type { FlagsConfig } from './config.js';
import type { Finding } from '../findings.js';
import type { RepoFiles } from '../repo/types.js';
import type { CodeRegistry } from './code-registry.js';
import { loadRegistries } from './registries.js';
import type { LoadedRegistries } from './registries.js';
import type { ParsedRegistry } from './registry.js';
import { scanFlagReferences } from './scanner/index.js';
import type { ScanProgress } from './scanner/index.js';
import { flagFindings, flagStatus, registryUseFindings, unresolvedFindings } from './status.js';
import type { FlagStatus } from './status.js';
import type { DeclaredFlag, ScanResult, SkippedFile } from './types.js';

/** The registry and the code references of one repository: what `check`, `flags scan` and `flags status` share. */
export interface FlagsAnalysis {
  registryPath: string;
  /** False when the registry file is absent (or excluded by `ignore`); true when it exists but is unreadable. */
  registryExists: boolean;
  /** Empty (and `parsed: true`) when there is no registry file. */
  registry: ParsedRegistry;
  scan: ScanResult;
  /** Registries declared in code (`flags.registry: src/flags.ts#FLAGS`). */
  codeRegistries: CodeRegistry[];
  /** The first configured registry that could not be used, and why (see LoadedRegistries). */
  unusable?: LoadedRegistries['unusable'];
}

/**
 * One analysis per repository snapshot and flags config: the full check, the pull request rules and
 * the sweep may all ask within one run, and a monorepo's scan takes seconds.
 */
export function analyzeFlags(
  files: RepoFiles,
  config: FlagsConfig,
  options: AnalyzeOptions = {},
): Promise<FlagsAnalysis> {
  let byConfig = analyses.get(files);
  if (!byConfig) {
    byConfig = new WeakMap();
    analyses.set(files, byConfig);
  }
  let pending = byConfig.get(config);
  if (!pending) {
    pending = analyze(files, config, options);
    byConfig.set(config, pending);
    // A failed analysis (an unreadable file) is not remembered: asking again retries.
    pending.catch(() => byConfig.delete(config));
  }
  return pending;
}

export interface AnalyzeOptions {
  /** Progress of the code scan; only the call that starts an analysis reports it (later ones share its result). */
  onProgress?: (progress: ScanProgress) => void;
}

const analyses = new WeakMap<RepoFiles, WeakMap<FlagsConfig, Promise<FlagsAnalysis>>>();

async function analyze(
  files: RepoFiles,
  config: FlagsConfig,
  options: AnalyzeOptions,
): Promise<FlagsAnalysis> {
  const { registryPath, registryExists, registry, codeRegistries, unusable } = await loadRegistries(
    files,
    config,
  );
  const scan = await scanFlagReferences(files, config, {
    declaredKeys: registry.flags.map((f) => f.key),
    codeRegistries,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  return { registryPath, registryExists, registry, scan, codeRegistries, unusable };
}

/**
 * Why the registry cannot be trusted for a sweep (unreadable, not YAML, no `flags:` mapping), with
 * the first problem's position; null when it can.
 */
export function registryProblem(analysis: FlagsAnalysis): string | null {
  if (analysis.registry.parsed) return null;
  const first = analysis.unusable?.finding ?? analysis.registry.findings[0];
  const subject = analysis.unusable?.entry ?? analysis.registryPath;
  const where =
    first?.line !== undefined
      ? `${first.file ?? analysis.registryPath}:${first.line}:${first.column ?? 1}`
      : (first?.file ?? analysis.registryPath);
  return `${subject} could not be read as a flag registry (${where}: ${first?.message ?? 'no flags mapping'})`;
}

/** Per-flag states; text references are already part of the scan. */
export function statusOf(analysis: FlagsAnalysis, config: FlagsConfig, now: Date): FlagStatus[] {
  return flagStatus(analysis.registry.flags, analysis.scan, [], config, now);
}

/**
 * Registry problems, flag states and unresolved references as findings. When the registry cannot be
 * read at all, states are skipped: every referenced key would otherwise be reported as undeclared,
 * burying the one error that matters.
 */
export function findingsOf(analysis: FlagsAnalysis, config: FlagsConfig, now: Date): Finding[] {
  const { registry, scan } = analysis;
  const states = registry.parsed
    ? flagFindings(registry.flags, scan, [], config, now, {
        registry: analysis.registryPath,
        registryExists: analysis.registryExists,
      })
    : [];
  return [
    ...registry.findings,
    ...futureCreated(registry.flags, now),
    ...states,
    ...unresolvedFindings(scan.unresolved, config),
    ...registryUseFindings(scan.registryUses ?? []),
    ...(scan.skipped ?? []).map(skippedFinding),
  ];
}

/**
 * `created` is where a flag's lifetime starts: one in the future would let a flag live the policy's
 * days from then, and makes it look young today. The registry parser has no clock; this check has.
 */
function futureCreated(flags: readonly DeclaredFlag[], now: Date): Finding[] {
  const today = epochDayOf(now);
  return flags.flatMap((f) => {
    const day = f.created === null ? null : epochDay(f.created);
    if (day === null || day <= today) return [];
    return [
      {
        ruleId: 'flags/registry-future-created',
        severity: 'error' as const,
        message: `flag "${f.key}" has created ${f.created}, a day in the future (today is ${isoFromEpochDay(today)}): created is the day the flag was added, and its lifetime counts from there`,
        ...(f.createdAt ?? { file: f.file, line: f.line, column: f.column }),
      },
    ];
  });
}

/** A source file the scanner could not fully read: its flag reads may be missing from every state above. */
function skippedFinding(skipped: SkippedFile): Finding {
  return {
    ruleId: 'flags/scan-incomplete',
    severity: 'notice',
    message: `the flag scan of this file is incomplete: ${skipped.reason}`,
    file: skipped.file,
    ...(skipped.line !== undefined ? { line: skipped.line } : {}),
    ...(skipped.column !== undefined ? { column: skipped.column } : {}),
  };
}

/** The whole-repository flags check. A repository without flags has nothing to say. */
export async function checkFlags(ctx: ModuleContext): Promise<Finding[]> {
  const config = ctx.config.flags;
  const progress = ctx.services.flagScanProgress;
  const analysis = await analyzeFlags(ctx.files, config, progress ? { onProgress: progress } : {});
  const { scan } = analysis;
  if (!analysis.registryExists && scan.references.length === 0 && scan.unresolved.length === 0)
    return [];
  return findingsOf(analysis, config, ctx.now);
}
