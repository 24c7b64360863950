import { InputError } from '../core/errors.js';
import type { FailOn } from '../findings.js';
import type { ActionCore } from './core.js';

export interface ActionInputs {
  command: string;
  /** Config path relative to the workspace; undefined means `.github/ops-steward.yml` if present. */
  config?: string;
  /** Empty token means offline: nothing that needs the GitHub API runs. */
  token?: string;
  failOn: FailOn;
  dryRun: boolean;
}

const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'never'];
// YAML 1.2 core schema booleans, as `core.getBooleanInput` accepts them.
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];

/** Reads and validates every input; throws InputError naming the input and its valid values. */
export function readInputs(
  core: Pick<ActionCore, 'getInput'>,
  commands: readonly string[],
): ActionInputs {
  const get = (name: string): string => core.getInput(name).trim();

  const command = get('command') || 'check';
  if (!commands.includes(command)) {
    throw new InputError(
      `unknown command "${command}" (input "command"): valid commands are ${commands.join(', ')}`,
    );
  }

  const failOnText = get('fail-on') || 'error';
  if (!(FAIL_ON as readonly string[]).includes(failOnText)) {
    throw new InputError(`invalid fail-on "${failOnText}": use one of ${FAIL_ON.join(', ')}`);
  }

  const dryRunText = get('dry-run') || 'false';
  let dryRun: boolean;
  if (TRUE.includes(dryRunText)) dryRun = true;
  else if (FALSE.includes(dryRunText)) dryRun = false;
  else throw new InputError(`invalid dry-run "${dryRunText}": use true or false`);

  const config = get('config');
  const token = get('github-token');
  return {
    command,
    config: config === '' ? undefined : config,
    token: token === '' ? undefined : token,
    failOn: failOnText as FailOn,
    dryRun,
  };
}
