import { InputError } from '../errors.js';
import type { Finding } from '../findings.js';
import { createCheckRun, completeCheckRun } from '../github/check-run.js';
import type { CheckConclusion, CheckRunRef } from '../github/check-run.js';
import { UnreadableFileError } from '../github/contents.js';
import { RepoError } from '../repo/github.js';
import type { OctokitLike } from '../repo/github.js';
import type { AppLog } from './check-pull-request.js';
import type { PullTarget } from './targets.js';

export interface GuardedOutcome {
  conclusion: CheckConclusion;
  checkRunId: number;
  findings: Finding[];
}

export interface GuardedRunSpec {
  /** The check run's name. */
  name: string;
  /** What is being checked, for the messages: "pull request #7", "the flag changes of pull request #7". */
  what: string;
}

/**
 * A check run that is always completed: created in_progress at the head SHA, and whatever goes wrong
 * after it exists, it concludes `failure` with a readable reason instead of spinning forever. Problems
 * the user can fix (a repository or file that cannot be read, bad input) end there; anything else is
 * rethrown after the run is concluded, so Probot logs it as the bug it is.
 */
export async function withCheckRun<T>(
  octokit: OctokitLike,
  target: PullTarget,
  spec: GuardedRunSpec,
  log: AppLog,
  evaluate: (run: CheckRunRef) => Promise<T>,
): Promise<T | GuardedOutcome> {
  const run = await createCheckRun(octokit, {
    owner: target.owner,
    repo: target.repo,
    name: spec.name,
    headSha: target.headSha,
    output: { title: 'Checking…', summary: `Checking ${spec.what}.` },
  });
  try {
    return await evaluate(run);
  } catch (error) {
    const expected =
      error instanceof RepoError ||
      error instanceof UnreadableFileError ||
      error instanceof InputError;
    const reason = error instanceof Error ? error.message : String(error);
    try {
      await completeCheckRun(octokit, run, {
        conclusion: 'failure',
        output: {
          title: `ops-steward could not check ${spec.what}`,
          summary:
            `ops-steward could not check ${spec.what}:\n\n> ${reason.replace(/\n/g, '\n> ')}\n\n` +
            (expected
              ? 'Fix the cause above, then re-run this check from the Checks tab.'
              : 'This looks like a bug or a GitHub outage. Re-run this check from the Checks tab; if it fails again, please report it.'),
        },
      });
    } catch (concludeError) {
      log.error(
        `could not conclude check run ${run.checkRunId} after a failure: ${concludeError instanceof Error ? concludeError.message : String(concludeError)}`,
      );
    }
    if (expected) {
      log.warn(`${spec.name} on ${spec.what} failed: ${reason}`);
      return { conclusion: 'failure', checkRunId: run.checkRunId, findings: [] };
    }
    throw error;
  }
}
