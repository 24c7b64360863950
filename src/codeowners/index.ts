/** The ownership domain: what other checks and front doors import. */
export { CODEOWNERS_LOCATIONS, loadCodeowners } from './locate.js';
export type { LoadedCodeowners } from './locate.js';
export { CODEOWNERS_MAX_BYTES, parseCodeowners } from './parse.js';
export { compilePattern, normalizeRepoPath } from './pattern.js';
export type { CompiledPattern, PatternIssue } from './pattern.js';
export { ownersOf, winningRule } from './match.js';
export { ownerKind, sameOwner } from './owners.js';
export type { OwnerKind } from './owners.js';
export { validateCodeowners } from './validate.js';
export type { ValidateOptions } from './validate.js';
export { verifyOwners } from './verify.js';
export type { OwnerStatus, OwnerVerifier } from './verify.js';
export {
  checkEscalationCoverage,
  escalationFor,
  escalationGapsInChange,
  policyForOwner,
} from './escalation.js';
export type { Escalation, OnCallDirectory, OnCallLevel } from './escalation.js';
export { runCodeownersCheck } from './check.js';
export type { CodeownersCheckOptions } from './check.js';
export type { Codeowners, CodeownersRule, Ownership } from './types.js';
export { withOwnership } from './enrich.js';
