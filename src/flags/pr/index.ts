/** Pull request checks for feature flags: pure over two analyses and the PR's diff. */
export { analyzePullRequestFlags, pullRequestFlagFindings } from './check.js';
export type { PullRequestFlagsInput } from './check.js';
export {
  diffFromPullFiles,
  headLineForBaseLine,
  isChangedFile,
  isChangedLine,
  parsePatch,
} from '../../repo/diff.js';
export type {
  FileDiff,
  FileStatus,
  Hunk,
  PatchResult,
  PullFileEntry,
  PullRequestDiff,
} from '../../repo/diff.js';
export { registryLayout } from './layout.js';
export type { FlagLayout } from './layout.js';
