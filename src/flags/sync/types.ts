import type { Codeowners, OnCallDirectory } from '../../codeowners/index.js';
import type { CodeownersConfig } from '../../codeowners/config.js';
import type { FlagsConfig, FlagSyncState } from '../config.js';
import type { FlagStatus } from '../status.js';
import type { DeclaredFlag, FlagReference } from '../types.js';
import type { OwnerResolver } from './owners.js';
import type { LinkedRepo as RepoRef } from './render.js';

/** An issue as the applier read it from GitHub. */
export interface ExistingIssue {
  number: number;
  state: 'open' | 'closed';
  title: string;
  body: string;
  labels: string[];
  /** Logins, no `@`. */
  assignees: string[];
  /** ISO timestamp; null while open. */
  closedAt: string | null;
  /** A person locked the conversation: GitHub refuses the bot's comments there (edits still work). */
  locked?: boolean;
}

/** The commit that removed a flag's last reference. */
export interface LastReference {
  sha: string;
  subject?: string;
  url?: string;
}

export interface FlagSyncInput {
  repository: RepoRef;
  /** The scanned commit: permalinks point at it. */
  sha: string;
  registryPath: string;
  /**
   * Why the registry cannot be trusted (unreadable, not a registry), or null. Then nothing is planned:
   * without the registry every flag looks undeclared or gone, and issues would be rewritten or closed.
   */
  registryError: string | null;
  statuses: readonly FlagStatus[];
  declared: readonly DeclaredFlag[];
  references: readonly FlagReference[];
  codeowners: Codeowners | undefined;
  flags: FlagsConfig;
  codeownersConfig: CodeownersConfig;
  now: Date;
  existing: readonly ExistingIssue[];
  /** Lower-case logins known to be assignable; anyone else is not. */
  assignable: ReadonlySet<string>;
  /** Lower-case `@org/team` → member logins; absent teams are unknown. */
  teamMembers?: ReadonlyMap<string, readonly string[]>;
  /** Optional history lookup for closing messages; absent → a neutral sentence. */
  lastReferenceCommit?: (key: string) => LastReference | undefined;
  /** Replaces the default owner chain (e.g. to add on-call levels). */
  resolvers?: readonly OwnerResolver[];
  directory?: OnCallDirectory;
}

export type SyncOpKind =
  'create' | 'update' | 'state-change' | 'escalate' | 'reopen' | 'close' | 'close-duplicate';

export interface IssuePatch {
  title?: string;
  body?: string;
  labels?: string[];
  assignees?: string[];
  state?: 'open' | 'closed';
  stateReason?: 'completed' | 'not_planned' | 'reopened';
}

export interface NewIssue {
  title: string;
  body: string;
  labels: string[];
  assignees: string[];
}

/**
 * One planned change to one issue. Applied as: comment first (skipped when the issue's latest bot
 * comment already carries `comment.id`), then the patch, which also records the new meta. A run that
 * dies between the two re-plans the same operation, finds the comment and only patches.
 */
export interface SyncOperation {
  kind: SyncOpKind;
  key: string;
  /** The flag's state now; null when it needs no attention (closing). */
  state: FlagSyncState | null;
  /** Absent for `create`. */
  issue?: number;
  create?: NewIssue;
  comment?: { id: string; body: string };
  patch?: IssuePatch;
  /** One line for the log and the job summary. */
  reason: string;
  /** GitHub writes this operation makes (an operation is applied whole or not at all). */
  writes: number;
  /** Lower first. */
  priority: number;
}

export interface LabelSpec {
  name: string;
  color: string;
  description: string;
}

export interface SyncDecision {
  key: string;
  message: string;
}

export interface FlagSyncPlan {
  /** In the order to apply them: most severe first. */
  operations: SyncOperation[];
  /** Set when the planner refused to plan anything (the registry cannot be trusted), with why. */
  refused?: string;
  /** Every label the operations use. */
  labels: LabelSpec[];
  /** Flags and issues considered and left alone, with why (operations carry their own `reason`). */
  decisions: SyncDecision[];
}
