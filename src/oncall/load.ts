import type { OnCallDirectory } from '../codeowners/escalation.js';
import { oncallConfigSchema } from './config.js';
import type { OnCallConfig } from './config.js';
import type { Finding } from '../findings.js';
import { readRequired } from '../repo/required.js';
import type { RepoFiles } from '../repo/types.js';
import { createOnCallDirectory } from './directory.js';
import { onCallPaths } from './files.js';
import { mergeOnCallFiles, parseOnCallFile } from './parse.js';
import type { ParsedOnCallFile } from './parse.js';
import type { OnCallModel } from './types.js';

export interface LoadedOnCall {
  /** Undefined when none of the files exists. */
  model: OnCallModel | undefined;
  directory: OnCallDirectory | undefined;
  findings: Finding[];
}

/**
 * Reads the on-call files named by `oncall.files` (paths, or globs such as `oncall/teams/*.yml`). A missing
 * file is a notice when it is the default location (a repository without on-call config is fine) and a
 * warning when configured; so is a glob that matches nothing.
 */
export async function loadOnCall(files: RepoFiles, config: OnCallConfig): Promise<LoadedOnCall> {
  const defaults = new Set<string>(oncallConfigSchema.properties.files.default);
  const parsed: ParsedOnCallFile[] = [];
  const { paths, unmatched } = await onCallPaths(files, config.files);
  const findings: Finding[] = unmatched.map((glob) => ({
    ruleId: 'oncall/missing-file',
    severity: 'warning',
    message: `no file matches ${glob} (oncall.files in the config names it)`,
    file: glob,
  }));
  for (const path of paths) {
    const file = await readRequired(files, path);
    if (file.kind === 'text') {
      parsed.push(parseOnCallFile(file.text, path));
      continue;
    }
    findings.push(
      file.kind === 'unreadable'
        ? {
            ruleId: 'oncall/unreadable',
            severity: 'error',
            message: `on-call file ${path} could not be read: ${file.reason}`,
            file: path,
          }
        : {
            ruleId: 'oncall/missing-file',
            severity: defaults.has(path) ? 'notice' : 'warning',
            message: `on-call file ${path} does not exist (oncall.files in the config names it)`,
            file: path,
          },
    );
  }
  if (parsed.length === 0) return { model: undefined, directory: undefined, findings };
  const merged = mergeOnCallFiles(parsed);
  return {
    model: merged.model,
    directory: createOnCallDirectory(merged.model),
    findings: [...findings, ...merged.findings],
  };
}
