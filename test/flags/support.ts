import { defaultConfig } from '../../src/config/defaults.js';
import type { Config } from '../../src/config/types.js';
import { analyzeFlags, checkFlags, statusOf } from '../../src/flags/check.js';
import type { FlagStatus } from '../../src/flags/status.js';
import type { Finding } from '../../src/findings.js';
import type { FlagsAnalysis } from '../../src/flags/check.js';
import { memoryRepo } from '../../src/repo/memory.js';
import { contextFor } from '../support/modules.js';

export const NOW = new Date('2026-11-25T12:00:00Z');

/** A valid YAML registry declaring `keys`, each owned by @web and expiring within the policy. */
export function yamlRegistry(keys: readonly string[]): string {
  return [
    'flags:',
    ...keys.flatMap((k) => [
      `  ${k}:`,
      '    owner: "@acme/web"',
      '    created: 2026-11-10',
      '    expires: 2026-12-09',
      '    type: release',
    ]),
    '',
  ].join('\n');
}

/** A config edit for runFlags: `flags.registry` set to these entries (one, or a list). */
export const registryAt =
  (...entries: string[]) =>
  (c: Config): void => {
    c.flags.registry = entries.length === 1 ? (entries[0] as string) : entries;
  };

export interface FlagsRun {
  analysis: FlagsAnalysis;
  findings: Finding[];
  status: FlagStatus[];
  /** `key state` per flag, registry order. */
  states: string[];
}

/** Runs the flags check and `flags status` on an in-memory repository. */
export async function runFlags(
  files: Record<string, string>,
  edit: (c: Config) => void = () => undefined,
): Promise<FlagsRun> {
  const config = defaultConfig();
  edit(config);
  const repo = memoryRepo(files);
  const analysis = await analyzeFlags(repo, config.flags);
  const findings = await checkFlags(contextFor(repo, config, NOW));
  const status = statusOf(analysis, config.flags, NOW);
  return { analysis, findings, status, states: status.map((s) => `${s.key} ${s.state}`) };
}
