import type { DomainModule, PullRequestContext, PullRequestReview } from '../core/module.js';
import { isChangedFile } from '../repo/diff.js';
import { UnreadableFileError } from '../repo/errors.js';
import { runCodeownersCheck } from './check.js';
import type { CodeownersCheckOptions } from './check.js';
import { codeownersConfigSchema } from './config.js';
import { escalationGapsInChange } from './escalation.js';
import { CODEOWNERS_RULES } from './rules.js';

declare module '../core/module.js' {
  interface ModuleServices {
    /** Owner verification and GitHub's own verdict on the file (src/github/services.ts). */
    codeowners?: Omit<CodeownersCheckOptions, 'directory'>;
  }
}

/**
 * A pull request that makes a team a code owner must also give that team an escalation policy; rules
 * that were already there are not this PR's business.
 */
async function reviewCodeowners(ctx: PullRequestContext): Promise<PullRequestReview> {
  const { codeowners } = await ctx.facts.codeowners();
  if (!codeowners || !isChangedFile(ctx.diff, codeowners.path)) return { findings: [] };
  const head = await ctx.files.read(codeowners.path);
  if (head === undefined) return { findings: [] };
  let base: string | undefined;
  try {
    base = await ctx.base.read(codeowners.path);
  } catch (error) {
    if (!(error instanceof UnreadableFileError)) throw error;
  }
  const { directory } = await ctx.facts.onCall();
  return {
    findings: escalationGapsInChange({
      base,
      head,
      path: codeowners.path,
      config: ctx.config.codeowners,
      ...(directory ? { directory } : {}),
    }),
  };
}

export const codeownersModule: DomainModule = {
  id: 'codeowners',
  title: 'CODEOWNERS',
  description: 'CODEOWNERS syntax, coverage and escalation mapping.',
  configSchema: codeownersConfigSchema,
  rules: CODEOWNERS_RULES,
  async check(ctx) {
    const { directory } = await ctx.facts.onCall();
    return runCodeownersCheck(ctx, {
      ...ctx.services.codeowners,
      ...(directory ? { directory } : {}),
    });
  },
  pullRequest: reviewCodeowners,
};
