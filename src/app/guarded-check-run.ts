import { InputError } from '../core/errors.js';
import type { Finding } from '../findings.js';
import { createCheckRun, completeCheckRun } from '../github/check-run.js';
import type {
  CheckConclusion,
  CheckRunAnnotation,
  CheckRunOutput,
  CheckRunRef,
} from '../github/check-run.js';
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

export interface RunResult {
  conclusion: CheckConclusion;
  output: CheckRunOutput;
  annotations?: readonly CheckRunAnnotation[];
}

/** Completes one of the runs by name; a run is completed at most once. */
export type CompleteRun = (name: string, result: RunResult) => Promise<void>;

/**
 * One check run that is always completed: `withCheckRuns` with one spec. What `evaluate` returns is
 * passed on; after a problem the user can fix, the run's failure outcome instead.
 */
export async function withCheckRun<T>(
  octokit: OctokitLike,
  target: PullTarget,
  spec: GuardedRunSpec,
  log: AppLog,
  evaluate: (run: CheckRunRef) => Promise<T>,
): Promise<T | GuardedOutcome> {
  let created: CheckRunRef | undefined;
  const [result] = await withCheckRuns(octokit, target, [spec], log, async (runs) => {
    created = runs.get(spec.name);
    if (!created) throw new Error(`check run ${spec.name} was not created`);
    return [await evaluate(created)];
  });
  if (result !== undefined) return result;
  // Only an expected failure after the run existed ends here (a failed creation is rethrown).
  return { conclusion: 'failure', checkRunId: created?.checkRunId ?? 0, findings: [] };
}

/**
 * Check runs that are always completed: all are created in_progress at the head SHA first; whatever goes
 * wrong afterwards, every run not yet completed concludes `failure` with a readable reason instead of
 * spinning forever. Problems the user can fix (a repository or file that cannot be read, bad input) end
 * there (the result is empty); anything else — a failed creation among them — is rethrown after the runs
 * are concluded, so Probot logs it as the bug or outage it is.
 */
export async function withCheckRuns<T>(
  octokit: OctokitLike,
  target: PullTarget,
  specs: readonly GuardedRunSpec[],
  log: AppLog,
  evaluate: (runs: ReadonlyMap<string, CheckRunRef>, complete: CompleteRun) => Promise<T[]>,
): Promise<T[]> {
  const runs = new Map<string, CheckRunRef>();
  const done = new Set<string>();
  const what = new Map(specs.map((s) => [s.name, s.what]));
  const complete: CompleteRun = async (name, result) => {
    const run = runs.get(name);
    if (!run || done.has(name)) return;
    done.add(name);
    await completeCheckRun(octokit, run, result);
  };
  const failRest = async (reason: string, expected: boolean): Promise<void> => {
    for (const [name, run] of runs) {
      if (done.has(name)) continue;
      done.add(name);
      try {
        await completeCheckRun(octokit, run, {
          conclusion: 'failure',
          output: failureOutput(what.get(name) ?? name, reason, expected),
        });
      } catch (concludeError) {
        log.error(
          `could not conclude check run ${run.checkRunId} after a failure: ${messageOf(concludeError)}`,
        );
      }
    }
  };
  let creating = true;
  try {
    for (const spec of specs) {
      runs.set(
        spec.name,
        await createCheckRun(octokit, {
          owner: target.owner,
          repo: target.repo,
          name: spec.name,
          headSha: target.headSha,
          output: { title: 'Checking…', summary: `Checking ${spec.what}.` },
        }),
      );
    }
    creating = false;
    return await evaluate(runs, complete);
  } catch (error) {
    const expected = !creating && isExpected(error);
    await failRest(messageOf(error), expected);
    if (!expected) throw error;
    log.warning(
      `${specs.map((s) => `${s.name} on ${s.what}`).join('; ')} failed: ${messageOf(error)}`,
    );
    return [];
  }
}

/** Problems the user can fix (a repository or file that cannot be read, bad input), as opposed to bugs. */
function isExpected(error: unknown): boolean {
  return (
    error instanceof RepoError ||
    error instanceof UnreadableFileError ||
    error instanceof InputError
  );
}

const FAILURE_TITLE = 'ops-steward could not check ';

/** Whether a run was concluded by the fallback here (no result of its own), so a repeat may conclude it again. */
export function isFallbackTitle(title: unknown): boolean {
  return typeof title === 'string' && title.startsWith(FAILURE_TITLE);
}

function failureOutput(what: string, reason: string, expected: boolean): CheckRunOutput {
  return {
    title: `${FAILURE_TITLE}${what}`,
    summary:
      `ops-steward could not check ${what}:\n\n> ${reason.replace(/\n/g, '\n> ')}\n\n` +
      (expected
        ? 'Fix the cause above, then re-run this check from the Checks tab.'
        : 'This looks like a bug or a GitHub outage. Re-run this check from the Checks tab; if it fails again, please report it.'),
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
