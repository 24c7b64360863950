import type { Severity } from '../findings.js';

/**
 * A rule is defined once, here in its domain's catalogue, and every surface reads it from there: SARIF's
 * `rules[]`, the README's rule tables, severity overrides in the config, the help a report links to.
 */
export interface RuleDefinition {
  /** Stable id `domain/rule`: a contract, never renamed. */
  id: string;
  /** Default severity; `rules:` in the config may change it or switch the rule off. */
  severity: Severity;
  /** One line, shown as the alert title in code scanning and in the README's rule table. */
  description: string;
  /** Only on pull requests (about the change, not the state of the repository). */
  pullRequestOnly?: boolean;
}

export type RuleCatalogue = readonly RuleDefinition[];

/** The helper a domain's catalogue is written with: `rule('expired', 'error', '…')` → `flags/expired`. */
export function ruleMaker(
  domain: string,
): (
  id: string,
  severity: RuleDefinition['severity'],
  description: string,
  pullRequestOnly?: boolean,
) => RuleDefinition {
  return (id, severity, description, pullRequestOnly = false) => ({
    id: `${domain}/${id}`,
    severity,
    description,
    ...(pullRequestOnly ? { pullRequestOnly } : {}),
  });
}

/** README anchors are the rule id with `/` turned into `-`: `#rule-flags-expired`. */
export function ruleAnchor(id: string): string {
  return `rule-${id.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`;
}

export const DOCS_BASE_URL = 'https://github.com/ops-steward/ops-steward/blob/main/README.md';

export function ruleHelpUri(id: string): string {
  return `${DOCS_BASE_URL}#${ruleAnchor(id)}`;
}

/** Every rule of every module by id; a rule defined twice is a programming error caught by the tests. */
export class RuleIndex {
  private readonly byId = new Map<string, RuleDefinition>();

  constructor(rules: Iterable<RuleDefinition>) {
    for (const rule of rules) {
      if (this.byId.has(rule.id)) throw new Error(`rule ${rule.id} is defined twice`);
      this.byId.set(rule.id, rule);
    }
  }

  get(id: string): RuleDefinition | undefined {
    return this.byId.get(id);
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  all(): RuleDefinition[] {
    return [...this.byId.values()];
  }
}
