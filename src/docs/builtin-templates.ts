/**
 * The templates a repository gets when it has none of its own (`.github/ops-steward/<kind>.md`).
 * Postmortem sections follow the Google SRE and PagerDuty postmortem templates; runbook sections the
 * Prometheus runbooks convention (meaning, impact, diagnosis, mitigation) plus escalation.
 */

export const BUILT_IN_TEMPLATES: Readonly<Record<string, string>> = {
  postmortem: `---
title: "{{ title }}"
date: YYYY-MM-DD
status: draft | in review | final
severity: SEV-1 | SEV-2 | SEV-3 | SEV-4
authors: ["@handle"]
---

# {{ title }}

## Summary

{{ What happened, in two or three sentences someone outside engineering can follow }}

## Impact

{{ Who was affected, for how long and how badly: customers, orders, revenue, data }}

## Timeline
<!-- ops-steward: timeline -->

- {{ YYYY-MM-DD HH:MM UTC: the first sign of trouble }}
- {{ HH:MM: the page fires, who acknowledges it }}

## Contributing factors

{{ The conditions that together made the incident possible: there is rarely one root cause, and never one person }}

### 5 Whys
<!-- ops-steward: five-whys -->

1. {{ Why did customers notice? Because ... }}

## Resolution

{{ What stopped the impact, and when }}

## Detection

{{ How we found out: which monitor or report, and how long it took }}

## Action items
<!-- ops-steward: action-items -->

| Action | Owner | Tracking |
| --- | --- | --- |
| {{ What will change }} | {{ @owner }} | {{ #123 or a link }} |

## Lessons learned

{{ What went well, what went wrong, where we got lucky }}
`,
  runbook: `---
owner: "@handle"
last-reviewed: YYYY-MM-DD
---

# {{ title }}

## Meaning

{{ What the alert means: the condition that fires it, in one or two sentences }}

## Impact

{{ What users notice while it fires, and how urgent it is }}

## Diagnosis
<!-- ops-steward: min-items 2 -->
<!-- ops-steward: dashboard-link -->

1. {{ Open the dashboard (a link) and look at ... }}
2. {{ If the graph shows ..., it means ... }}

## Mitigation
<!-- ops-steward: min-items 1 -->

1. {{ The first safe step: roll back, scale out, turn on a kill switch }}

## Escalation
<!-- ops-steward: escalation -->

{{ When to escalate, and to which team (@org/team) or escalation policy }}
`,
};
