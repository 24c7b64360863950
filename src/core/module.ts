import type { JSONSchema } from 'json-schema-to-ts';
import type { LoadedCodeowners } from '../codeowners/locate.js';
import type { Config } from '../config/types.js';
import type { Finding } from '../findings.js';
import type { LoadedOnCall } from '../oncall/load.js';
import type { PullRequestDiff } from '../repo/diff.js';
import type { RepoFiles } from '../repo/types.js';
import type { RuleCatalogue } from './rules.js';

/**
 * A domain (flags, codeowners, docs, on-call, monitors, …) is one folder that exports one `DomainModule`,
 * plus one line in `src/modules.ts`. Every surface — `check`, SARIF, annotations, the job summary, the
 * App's check runs, the sticky PR comment, the config schema and the README's rule tables — reads the
 * registry and names no domain. Domain code is pure: files, config, facts and the clock come in through
 * the context; findings (and, on a pull request, a comment section) go out.
 */
export interface DomainModule {
  /** Also the config key of its fragment and the key under `checks:` that switches it off. */
  id: string;
  title: string;
  /** One line for `checks.<id>` in the schema and the README. */
  description: string;
  /**
   * The JSON Schema of the module's config key, with a `default` on every property that has one: the
   * single source of the key's type (json-schema-to-ts `FromSchema`), its defaults and the published schema.
   */
  configSchema?: JSONSchema & object;
  rules: RuleCatalogue;
  /** The whole-repository check: what `ops-steward check`, the Action and the App's main check run show. */
  check(ctx: ModuleContext): Promise<Finding[]>;
  /** What this module says about one pull request's own changes: PR-only findings and a comment section. */
  pullRequest?(ctx: PullRequestContext): Promise<PullRequestReview>;
}

/**
 * What a front door with API access lends the modules (owner verification, GitHub's own verdicts). Each
 * domain that can use a service adds its entry by declaration merging in its own folder, so this file
 * names no domain; offline every entry is absent and modules say what they could not verify.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface ModuleServices {}

/** Computed at most once per run and shared by every module (and by the routing of findings to owners). */
export interface RunFacts {
  codeowners(): Promise<LoadedCodeowners>;
  onCall(): Promise<LoadedOnCall>;
}

export interface ModuleContext {
  /** The repository, with `config.ignore` already applied. */
  files: RepoFiles;
  config: Config;
  /** Path of the config file that was read, or undefined when defaults apply. */
  configPath?: string;
  /** Problems found while loading the config (unknown keys and the like), reported by the `config` module. */
  configDiagnostics: readonly Finding[];
  now: Date;
  facts: RunFacts;
  services: ModuleServices;
}

/** The base commit's side of a pull request, read lazily: most modules need one or two files of it, not the tree. */
export interface BaseFiles {
  /** The base commit's text of `path`; undefined when absent; throws `UnreadableFileError` when it exists but cannot be read. */
  read(path: string): Promise<string | undefined>;
}

export interface PullRequestContext extends ModuleContext {
  /** Changed files with their hunks; `complete: false` when GitHub's listing was cut. */
  diff: PullRequestDiff;
  base: BaseFiles;
}

/** One titled part of the sticky PR comment: a module's own view of the change (a checklist, a table, a chart). */
export interface CommentSection {
  title: string;
  markdown: string;
}

export interface PullRequestReview {
  /** Verdicts about this change, each on the head file and line it is about (so annotations land on the diff). */
  findings: Finding[];
  /** Limits of this review worth a line in the log and the comment (a cut diff, an unreadable base file). */
  notes?: string[];
  /** Extra Markdown for the comment besides the findings table. */
  section?: CommentSection;
  /**
   * Files whose findings of this module in the full check of the same head this review replaces: it judged
   * them by the base commit's rules (docs: the base's templates), so the full check's verdicts on them (by
   * the head's rules) would contradict or repeat it.
   */
  supersedes?: readonly string[];
}
