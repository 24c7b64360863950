import type { Config } from '../../config/types.js';
import type { Finding } from '../../findings.js';
import type { RepoFiles } from '../../repo/types.js';
import { locate, parseYamlSource } from '../../yaml/source.js';
import { didYouMean } from '../parse.js';
import type { OnCallModel } from '../types.js';

/**
 * `oncall/unknown-policy` for `codeowners.teams` in the config: a team mapped to a policy that no on-call
 * file defines, at the line of that mapping (the on-call file's own `teams:` are checked when it is parsed).
 */
export async function configTeamFindings(
  model: OnCallModel,
  config: Config,
  repo: RepoFiles,
  configPath: string | undefined,
): Promise<Finding[]> {
  const missing = Object.entries(config.codeowners.teams).filter(
    ([, entry]) => entry.policy !== undefined && !model.policies.has(entry.policy),
  );
  if (missing.length === 0) return [];
  const text = configPath === undefined ? undefined : await repo.read(configPath);
  const source =
    text === undefined ? undefined : parseYamlSource(text, configPath!, 'config/yaml').source;
  const defined = [...model.policies.keys()];
  const files = model.files.join(', ');
  return missing.map(([team, entry]): Finding => {
    const at = source ? locate(source, ['codeowners', 'teams', team, 'policy']) : undefined;
    return {
      ruleId: 'oncall/unknown-policy',
      severity: 'error',
      message:
        `codeowners.teams maps ${team} to policy "${entry.policy}", which no on-call file (${files}) defines` +
        didYouMean(entry.policy!, defined),
      ...(source && at ? { file: source.path, line: at.line, column: at.column } : {}),
    };
  });
}
