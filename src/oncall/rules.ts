import type { RuleDefinition } from '../core/rules.js';

const rule = (
  id: string,
  severity: RuleDefinition['severity'],
  description: string,
): RuleDefinition => ({ id: `oncall/${id}`, severity, description });

export const ONCALL_RULES: readonly RuleDefinition[] = [
  rule('yaml', 'error', 'An on-call file is not valid YAML.'),
  rule(
    'invalid',
    'error',
    'An on-call file does not match its schema (schemas/oncall.schema.json).',
  ),
  rule('unknown-key', 'warning', 'An unknown key in an on-call file (a typo of a known one?).'),
  rule('duplicate', 'error', 'A schedule, policy or team defined twice.'),
  rule(
    'unknown-schedule',
    'error',
    'An escalation policy notifies a schedule that is not defined.',
  ),
  rule('unknown-policy', 'error', 'A team is mapped to an escalation policy that is not defined.'),
  rule('missing-file', 'warning', 'An on-call file named by `oncall.files` does not exist.'),
  rule('unreadable', 'error', 'An on-call file exists but cannot be read.'),
];
