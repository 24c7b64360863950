import type { OnCallDirectory } from '../codeowners/escalation.js';
import { teamKey } from './parse.js';
import { onCallLevelsAt } from './resolve.js';
import type { OnCallModel } from './types.js';

/** The ownership module's view of the on-call model: team → policy, and who is paged at a time. */
export function createOnCallDirectory(model: OnCallModel): OnCallDirectory {
  return {
    policyFor: (team) => model.teams.get(teamKey(team))?.policy,
    onCallAt: (policy, at) => onCallLevelsAt(model, policy, at),
  };
}
