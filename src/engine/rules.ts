import type { DomainModule } from '../core/module.js';
import type { RuleDefinition } from '../core/rules.js';
import { RuleIndex } from '../core/rules.js';
import { INVALID_UTF8_RULE, SKIPPED_FILE_RULE } from '../repo/content.js';
import { BASELINE_RULES } from './baseline.js';
import { SUPPRESSION_RULES } from './suppressions.js';

/** Rules the engine itself reports, for any module. */
export function engineRules(modules: readonly DomainModule[]): RuleDefinition[] {
  return [
    {
      id: SKIPPED_FILE_RULE,
      severity: 'notice',
      description: 'A file no check could read (binary, oversized, a symlink out of the tree).',
    },
    {
      id: INVALID_UTF8_RULE,
      severity: 'warning',
      description:
        'A file with bytes that are not UTF-8 (at the first one): every check read it with U+FFFD in their place.',
    },
    ...ADOPTION_RULES,
    ...modules.map((m) => ({
      id: `${m.id}/check-failed`,
      severity: 'error' as const,
      description: `The ${m.title} check crashed: its findings are missing, so the run fails.`,
    })),
  ];
}

/** Inline suppressions and the baseline (src/engine/adoption.ts). */
const ADOPTION_RULES: RuleDefinition[] = [
  {
    id: SUPPRESSION_RULES.missingReason,
    severity: 'notice',
    description: 'An inline ops-steward-disable comment that gives no reason after " -- ".',
  },
  {
    id: SUPPRESSION_RULES.unused,
    severity: 'notice',
    description:
      'An inline ops-steward-disable comment that suppresses no finding (or names no real rule).',
  },
  {
    id: BASELINE_RULES.baselined,
    severity: 'notice',
    description:
      'How many findings the baseline (.github/ops-steward-baseline.json) hides, and how many of its entries are fixed.',
  },
  {
    id: BASELINE_RULES.invalid,
    severity: 'error',
    description:
      'The baseline file cannot be read or is not a baseline: it hides nothing until fixed.',
  },
];

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
