import type { DomainModule, PullRequestContext, PullRequestReview } from '../core/module.js';
import { UnreadableFileError } from '../repo/errors.js';
import { memoryRepo } from '../repo/memory.js';
import type { RepoFiles } from '../repo/types.js';
import { checkFlags } from './check.js';
import { flagsConfigSchema } from './config.js';
import { analyzePullRequestFlags } from './pr/index.js';
import { FLAG_RULES } from './rules.js';
import { registrySources } from './registry-sources.js';
import type { ScanProgress } from './scanner/index.js';

declare module '../core/module.js' {
  interface ModuleServices {
    /** Progress of the code scan, for a door that shows it (the CLI on a terminal). */
    flagScanProgress?: (progress: ScanProgress) => void;
  }
}

/**
 * Only the base *registries* are read (one request per configured registry file, YAML or code), not
 * the base tree: the PR rules compare the registry before and after, and the references they judge
 * are the head's.
 */
async function reviewFlags(ctx: PullRequestContext): Promise<PullRequestReview> {
  const config = ctx.config.flags;
  const notes: string[] = [];
  let baseFiles: RepoFiles | null;
  try {
    const base: Record<string, string> = {};
    for (const path of new Set(registrySources(config).map((s) => s.path))) {
      const text = await ctx.base.read(path);
      if (text !== undefined) base[path] = text;
    }
    baseFiles = memoryRepo(base);
  } catch (error) {
    if (!(error instanceof UnreadableFileError)) throw error;
    // Without the base registry every registry entry the diff touches counts as new: stricter, never silent.
    notes.push(
      `${error.message}; registry edits are judged without the base version (only entries this pull request wrote count as new).`,
    );
    baseFiles = null;
  }
  const { findings } = await analyzePullRequestFlags({
    baseFiles,
    headFiles: ctx.files,
    diff: ctx.diff,
    config,
    now: ctx.now,
  });
  return { findings, notes };
}

export const flagsModule: DomainModule = {
  id: 'flags',
  title: 'Feature flags',
  description: 'Feature flag registry and code references.',
  configSchema: flagsConfigSchema,
  rules: FLAG_RULES,
  check: checkFlags,
  pullRequest: reviewFlags,
};
