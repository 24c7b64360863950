import { loadCodeowners } from '../codeowners/locate.js';
import type { LoadedCodeowners } from '../codeowners/locate.js';
import type { Config } from '../config/types.js';
import type { RunFacts } from '../core/module.js';
import { loadOnCall } from '../oncall/load.js';
import type { LoadedOnCall } from '../oncall/load.js';
import type { RepoFiles } from '../repo/types.js';

/** CODEOWNERS and the on-call model, each read and parsed at most once per run, on first use. */
export function createRunFacts(files: RepoFiles, config: Config): RunFacts {
  let codeowners: Promise<LoadedCodeowners> | undefined;
  let onCall: Promise<LoadedOnCall> | undefined;
  return {
    codeowners: () => (codeowners ??= loadCodeowners(files)),
    onCall: () => (onCall ??= loadOnCall(files, config.oncall)),
  };
}
