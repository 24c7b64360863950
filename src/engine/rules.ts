import type { DomainModule } from '../core/module.js';
import type { RuleDefinition } from '../core/rules.js';
import { RuleIndex } from '../core/rules.js';
import { SKIPPED_FILE_RULE } from '../repo/content.js';

/** Rules the engine itself reports, for any module. */
export function engineRules(modules: readonly DomainModule[]): RuleDefinition[] {
  return [
    {
      id: SKIPPED_FILE_RULE,
      severity: 'notice',
      description: 'A file no check could read (binary, oversized, a symlink out of the tree).',
    },
    ...modules.map((m) => ({
      id: `${m.id}/check-failed`,
      severity: 'error' as const,
      description: `The ${m.title} check crashed: its findings are missing, so the run fails.`,
    })),
  ];
}

const cache = new WeakMap<readonly DomainModule[], RuleIndex>();

/** The rule catalogue of a registry: every module's rules plus the engine's. */
export function ruleIndexOf(modules: readonly DomainModule[]): RuleIndex {
  let index = cache.get(modules);
  if (!index) {
    index = new RuleIndex([...modules.flatMap((m) => m.rules), ...engineRules(modules)]);
    cache.set(modules, index);
  }
  return index;
}
