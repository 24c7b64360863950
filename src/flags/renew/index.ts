/** Renewing a flag from a comment: command, permission, plan and the in-place registry edit. All pure. */
export { parseRenewCommand, RENEW_USAGE } from './command.js';
export type { RenewCommand } from './command.js';
export { renewInRegistryText } from './edit.js';
export type { RegistryEdit } from './edit.js';
export {
  openedReply,
  renewalBody,
  renewalBranch,
  renewalCommitMessage,
  renewalMarker,
  renewalTitle,
} from './messages.js';
export type { RenewalFacts } from './messages.js';
export { decideRenewPermission, roleFromPermissionResponse, teamsToCheck } from './permission.js';
export type { RenewPermission, RenewPermissionInput, RepoRole } from './permission.js';
export { planRenewal, planRenewalAcross } from './plan.js';
export type {
  RegistriesRenewalRequest,
  RenewalPlan,
  RenewalRefusal,
  RenewalRequest,
} from './plan.js';
