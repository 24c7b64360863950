import type { Config } from '../config/types.js';
import type {
  BaseFiles,
  CommentSection,
  DomainModule,
  ModuleServices,
  PullRequestContext,
} from '../core/module.js';
import { sortFindings } from '../findings.js';
import type { Finding } from '../findings.js';
import type { PullRequestDiff } from '../repo/diff.js';
import type { RepoFiles } from '../repo/types.js';
import { finish, guarded, moduleContext, selectModules } from './run-checks.js';

export interface PullRequestInput {
  /** The head commit's files (a checkout or a git tree); `config.ignore` is applied here. */
  files: RepoFiles;
  /** The config the pull request is judged by: the base branch's. */
  config: Config;
  configPath?: string;
  now: Date;
  diff: PullRequestDiff;
  base: BaseFiles;
  modules?: readonly DomainModule[];
  services?: ModuleServices;
}

/** One module's verdict on the change. */
export interface ModuleReview {
  id: string;
  title: string;
  findings: Finding[];
  notes: string[];
  section?: CommentSection;
  /** Files whose full-check findings of this module the review replaces (PullRequestReview.supersedes). */
  supersedes?: readonly string[];
}

export interface PullRequestOutcome {
  /** Modules with a pull-request capability that ran, in registry order. */
  reviews: ModuleReview[];
  /** Every review's findings, routed to owners and sorted: what the doors annotate. */
  findings: Finding[];
  /** Limits of the whole review (a cut diff). */
  notes: string[];
}

/**
 * The pull-request use case: every enabled module's own rules about this change, each on the head file and
 * line it is about. A module that crashes yields an error finding, so a broken rule never looks like a pass.
 */
export async function reviewPullRequest(input: PullRequestInput): Promise<PullRequestOutcome> {
  const options = {
    now: input.now,
    ...(input.configPath !== undefined ? { configPath: input.configPath } : {}),
    ...(input.modules ? { modules: input.modules } : {}),
    ...(input.services ? { services: input.services } : {}),
  };
  const ctx: PullRequestContext = {
    ...moduleContext(input.files, input.config, options),
    diff: input.diff,
    base: input.base,
  };
  const reviews: ModuleReview[] = [];
  for (const module of selectModules(input.config, options)) {
    const review = module.pullRequest;
    if (!review) continue;
    let notes: string[] = [];
    let section: CommentSection | undefined;
    let supersedes: readonly string[] = [];
    const raw = await guarded(module, async () => {
      const out = await review(ctx);
      notes = out.notes ?? [];
      section = out.section;
      supersedes = out.supersedes ?? [];
      return out.findings;
    });
    reviews.push({
      id: module.id,
      title: module.title,
      findings: await finish(raw, ctx),
      notes,
      ...(supersedes.length > 0 ? { supersedes } : {}),
      ...(section ? { section } : {}),
    });
  }
  const notes = input.diff.complete
    ? []
    : [
        'GitHub lists at most 3000 changed files of a pull request: changed lines in the files beyond that are not checked here (the full report still covers them).',
      ];
  return { reviews, findings: reviews.flatMap((r) => r.findings), notes };
}

/**
 * The full check's findings of the same head without what the review replaces: a module's findings on the
 * files its review judged by the base's rules, and any finding the review reports identically. A door that
 * shows both (the Action's annotations and summary) shows each verdict once, by the rules that count.
 */
export function withoutSuperseded(
  full: readonly Finding[],
  outcome: Pick<PullRequestOutcome, 'reviews' | 'findings'>,
): Finding[] {
  const superseded = supersededBy(outcome.reviews);
  const same = new Set(outcome.findings.map(findingKey));
  return full.filter((f) => !same.has(findingKey(f)) && !superseded(f));
}

/**
 * The full check's findings with the reviews' verdicts in place of what they replace: where a door shows
 * the full check on its own (the App's `ops-steward` run, beside one run per module), a changed document
 * is judged there by the base's templates too, and still counts for that run's conclusion.
 */
export function withSupersededReplaced(
  full: readonly Finding[],
  outcome: Pick<PullRequestOutcome, 'reviews'>,
): Finding[] {
  const superseded = supersededBy(outcome.reviews);
  const verdicts = outcome.reviews.flatMap((r) => {
    const files = new Set(r.supersedes ?? []);
    return r.findings.filter((f) => f.file !== undefined && files.has(f.file));
  });
  return sortFindings([...full.filter((f) => !superseded(f)), ...verdicts]);
}

/** Whether a full-check finding is one a module's review replaces (its module, a file it judged). */
function supersededBy(reviews: readonly ModuleReview[]): (f: Finding) => boolean {
  const replaced = new Map<string, ReadonlySet<string>>();
  for (const r of reviews)
    if (r.supersedes && r.supersedes.length > 0) replaced.set(`${r.id}/`, new Set(r.supersedes));
  return (f) => {
    if (f.file === undefined) return false;
    for (const [prefix, files] of replaced)
      if (f.ruleId.startsWith(prefix) && files.has(f.file)) return true;
    return false;
  };
}

function findingKey(f: Finding): string {
  return JSON.stringify([f.ruleId, f.file ?? '', f.line ?? 0, f.column ?? 0, f.message]);
}
