import type { RuleDefinition } from '../core/rules.js';

/**
 * Every rule of the docs module: short name → default severity and description. The short names are
 * also the keys of `docs.severity` (its schema is derived from this table in config.ts).
 */
export const DOC_RULE_TABLE = {
  'missing-section': {
    severity: 'error',
    description: "A heading the kind's template requires is missing.",
  },
  'empty-section': {
    severity: 'error',
    description: 'A required section has a heading but nothing under it.',
  },
  'section-order': {
    severity: 'warning',
    description: 'A section comes in a different order than in the template.',
  },
  'heading-level': {
    severity: 'warning',
    description: 'A section heading is at a different level than in the template.',
  },
  'front-matter': {
    severity: 'error',
    description: 'A front matter field the template requires is missing or invalid.',
  },
  placeholder: {
    severity: 'error',
    description: 'Template placeholder text (`{{ … }}`) was left in the document.',
  },
  'min-items': {
    severity: 'error',
    description: 'A section marked `min-items N` has fewer than N list items.',
  },
  'five-whys': {
    severity: 'error',
    description: 'A 5 Whys section has fewer than five whys, or a why without an answer.',
  },
  'timeline-order': {
    severity: 'error',
    description: 'A timeline entry does not start with a time, or is earlier than the one before.',
  },
  'action-item-owner': {
    severity: 'error',
    description: 'An action item names no owner (`@user` or `@org/team`).',
  },
  'action-item-link': {
    severity: 'error',
    description: 'An action item has no tracking link or issue reference.',
  },
  'broken-link': {
    severity: 'error',
    description: 'A relative link or image points at no file, or a `#anchor` matches no heading.',
  },
  blame: {
    severity: 'warning',
    description: 'Blaming language in a document that should be blameless ("human error", …).',
  },
  'runbook-escalation': {
    severity: 'error',
    description:
      'An escalation section names no team or escalation policy known to CODEOWNERS or the on-call config.',
  },
  'runbook-dashboard': {
    severity: 'error',
    description: 'A section marked `dashboard-link` has no http(s) link to a dashboard.',
  },
  'template-invalid': {
    severity: 'error',
    description:
      "A kind's template is missing or has an invalid marker or front matter: its documents cannot be checked.",
  },
  'template-changed': {
    severity: 'notice',
    description:
      'A pull request changes a template: its documents are checked against the base template until it is merged.',
    pullRequestOnly: true,
  },
} as const satisfies Record<
  string,
  { severity: RuleDefinition['severity']; description: string; pullRequestOnly?: boolean }
>;

export type DocRuleName = keyof typeof DOC_RULE_TABLE;

export function docRuleId(name: DocRuleName): `docs/${DocRuleName}` {
  return `docs/${name}`;
}

export const DOCS_RULES: readonly RuleDefinition[] = Object.entries(DOC_RULE_TABLE).map(
  ([name, def]) => ({
    id: `docs/${name}`,
    severity: def.severity,
    description: def.description,
    ...('pullRequestOnly' in def ? { pullRequestOnly: def.pullRequestOnly } : {}),
  }),
);
