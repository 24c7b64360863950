import { defaultConfig } from '../../../src/config/defaults.js';
import type { FlagsConfig } from '../../../src/flags/config.js';
import type { FlagReference, ScanResult } from '../../../src/flags/types.js';
import { scanFlagReferences, type ScanStats } from '../../../src/flags/scanner/index.js';
import { memoryRepo } from '../../../src/repo/memory.js';

export interface ScanOpts {
  declaredKeys?: string[];
  config?: Partial<FlagsConfig>;
  workers?: number;
  onStats?: (stats: ScanStats) => void;
}

/** Scan an in-memory repository with the default flags config (workers off unless asked). */
export function scan(files: Record<string, string>, opts: ScanOpts = {}): Promise<ScanResult> {
  const config: FlagsConfig = { ...defaultConfig().flags, ...opts.config };
  return scanFlagReferences(memoryRepo(files), config, {
    declaredKeys: opts.declaredKeys ?? [],
    workers: opts.workers ?? 0,
    ...(opts.onStats ? { onStats: opts.onStats } : {}),
  });
}

/** The fields a reader compares: `key|pattern via accessor @file:line:column`. */
export function brief(refs: readonly FlagReference[]): string[] {
  return refs.map(
    (r) => `${r.key ?? r.pattern} ${r.via} ${r.accessor} @${r.file}:${r.line}:${r.column}`,
  );
}

export const keysOf = (refs: readonly FlagReference[]): Array<string | null> =>
  refs.map((r) => r.key);
