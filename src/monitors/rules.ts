import { ruleMaker } from '../core/rules.js';
import type { RuleDefinition } from '../core/rules.js';

const rule = ruleMaker('monitors');

export const MONITOR_RULES: readonly RuleDefinition[] = [
  rule('no-runbook', 'error', 'A paging monitor links no runbook.'),
  rule(
    'runbook-not-found',
    'error',
    'A paging monitor links a runbook that is not a file of this repository.',
  ),
  rule(
    'runbook-anchor-not-found',
    'warning',
    "A paging monitor's runbook link ends in a `#anchor` that matches no heading of the runbook.",
  ),
  rule(
    'not-a-runbook',
    'warning',
    'A paging monitor links a file that is not a runbook (not under the runbook globs of `docs.kinds`).',
  ),
  rule(
    'runbook-failing',
    'warning',
    "A paging monitor's runbook fails the docs checks (the failing rules are named).",
  ),
  rule(
    'pages-on-warning',
    'warning',
    'A pager handle is reached when the monitor only warns: warnings go to chat, alerts page.',
  ),
  rule(
    'unknown-handle',
    'warning',
    'A paging handle maps to no escalation policy or team of the on-call config (`monitors.handles`).',
  ),
  rule(
    'escalation-mismatch',
    'warning',
    "The runbook's escalation section names another team than the one the monitor pages.",
  ),
  rule('no-warning-threshold', 'notice', 'A paging monitor has no warning threshold.'),
  rule(
    'no-recovery-message',
    'notice',
    'A paging monitor message has no `{{#is_recovery}}` block.',
  ),
  rule('coverage', 'notice', 'How many paging monitors link a valid runbook (N of M).'),
  rule(
    'message-template',
    'warning',
    'A monitor message has an unbalanced `{{#…}}` / `{{^…}}` / `{{/…}}` block.',
  ),
  rule(
    'dynamic-value',
    'notice',
    'A value is built from expressions or templates (a Terraform message, a Prometheus severity or runbook URL): what they add is not checked.',
  ),
  rule('parse-error', 'error', 'A monitor file is not valid JSON, YAML or HCL.'),
  rule(
    'templated-file',
    'warning',
    'A monitor file is a Helm or Go template, not YAML (`{{ .Values.… }}` where a value starts): its monitors are not read.',
  ),
  rule(
    'missing-name',
    'warning',
    'A monitor has no name: its notifications do not say what fired. It is still checked.',
  ),
  rule(
    'invalid-monitor',
    'warning',
    'An entry of a monitor file is not a monitor (it is skipped), or a field it is judged by is malformed.',
  ),
  rule('unknown-shape', 'notice', 'A file under `monitors.paths` is of no known monitor format.'),
  rule(
    'no-oncall',
    'notice',
    'Paging handles could not be checked against escalation policies: there is no on-call config.',
  ),
];
