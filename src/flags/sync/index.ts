/** The flag-issue sweep's pure side: markers, owner chain, planner and the result report. */
export {
  attentionState,
  labelSpecs,
  planFlagSync,
  referenceFilesOf,
  referencesOf,
  SYNC_STATES,
} from './plan.js';
export {
  comparableSection,
  decodeMarkerKey,
  encodeMarkerKey,
  END_MARKER,
  eventIds,
  eventMarker,
  flagMarker,
  joinBody,
  markerSearchPhrase,
  metaMarker,
  splitBody,
} from './markers.js';
export type { BodyParts, CloseReason, IssueMeta } from './markers.js';
export {
  candidateOwners,
  chooseAssignees,
  DEFAULT_OWNER_CHAIN,
  MAX_ASSIGNEES,
  reach,
} from './owners.js';
export type {
  AssigneeDecision,
  OwnerChainContext,
  OwnerLevel,
  OwnerResolver,
  OwnerSource,
  ResolverResult,
} from './owners.js';
export { issueTitle, permalink } from './render.js';
export type { FlagView, LinkedRepo } from './render.js';
export { emptyCounts, plannedOf, renderFlagSyncSummary } from './result.js';
export type { AppliedOp, FlagSyncResult, OpOutcome, PlannedOp, SyncCounts } from './result.js';
export type {
  ExistingIssue,
  FlagSyncInput,
  FlagSyncPlan,
  IssuePatch,
  LabelSpec,
  LastReference,
  NewIssue,
  SyncDecision,
  SyncOperation,
  SyncOpKind,
} from './types.js';
