import type { ModuleServices } from '../core/module.js';
import type { OctokitLike } from '../repo/github.js';
import { createGitHubOwnerVerifier, fetchCodeownersErrors } from './codeowners.js';
import { githubPersonLookup } from './people.js';

export interface ServiceTarget {
  owner: string;
  repo: string;
  /** The commit being checked: GitHub's CODEOWNERS verdict is asked for at this ref. */
  ref?: string;
}

/** The GitHub-backed services the checks use when a token is available (Action and App). */
export function githubCheckServices(octokit: OctokitLike, target: ServiceTarget): ModuleServices {
  const repo = { owner: target.owner, repo: target.repo };
  return {
    codeowners: {
      verifier: createGitHubOwnerVerifier(octokit, repo),
      githubErrors: () => fetchCodeownersErrors(octokit, { ...repo, ref: target.ref }),
    },
    oncall: { lookupPerson: githubPersonLookup(octokit, repo) },
  };
}
