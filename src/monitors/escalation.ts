import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { frontmatter } from 'micromark-extension-frontmatter';
import type { Nodes, RootContent } from 'mdast';
import { policyForOwner } from '../codeowners/escalation.js';
import type { OnCallDirectory } from '../codeowners/escalation.js';
import type { CodeownersConfig } from '../codeowners/config.js';
import { ownerKey } from '../codeowners/owners.js';
import { teamKey } from '../oncall/parse.js';
import type { OnCallModel } from '../oncall/types.js';

/** Who a runbook says to escalate to: the teams and escalation policies its escalation section names. */
export interface EscalationTargets {
  teams: string[];
  policies: string[];
}

const TEAM = /@[A-Za-z0-9][\w-]*\/[\w.-]*\w/g;

/**
 * The section under the first heading that says "escalat…" (Escalation, When to escalate), down to the
 * next heading of the same or a higher level; undefined when the runbook has none.
 */
export function runbookEscalation(
  markdown: string,
  knownPolicies: ReadonlySet<string>,
): EscalationTargets | undefined {
  const root = fromMarkdown(markdown, {
    extensions: [frontmatter(['yaml'])],
    mdastExtensions: [frontmatterFromMarkdown(['yaml'])],
  });
  const start = root.children.findIndex((n) => n.type === 'heading' && /escalat/i.test(textOf(n)));
  if (start === -1) return undefined;
  const heading = root.children[start]!;
  const depth = heading.type === 'heading' ? heading.depth : 1;
  const section: RootContent[] = [];
  for (const node of root.children.slice(start + 1)) {
    if (node.type === 'heading' && node.depth <= depth) break;
    section.push(node);
  }
  const text = section.map(textOf).join('\n');
  const teams = unique([...text.matchAll(TEAM)].map((m) => m[0]));
  const policies = unique(
    [...text.matchAll(/[\w.-]+/g)].map((m) => m[0]).filter((w) => knownPolicies.has(w)),
  );
  return { teams, policies };
}

function textOf(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') return node.value;
  if ('children' in node) return node.children.map((c: Nodes) => textOf(c)).join(' ');
  return '';
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

/** What a paging handle is mapped to by `monitors.handles`, and the team and policy that means. */
export interface HandleTarget {
  /** The value of `monitors.handles` as written. */
  mapped: string;
  team?: string;
  policy?: string;
}

export interface EscalationFacts {
  handles: Readonly<Record<string, string>>;
  model: OnCallModel | undefined;
  directory: OnCallDirectory | undefined;
  codeowners: CodeownersConfig;
}

/** `monitors.handles` keys match case-insensitively, as Datadog handles do. */
export function mappedTarget(handle: string, facts: EscalationFacts): HandleTarget | undefined {
  const want = handle.toLowerCase();
  const entry = Object.entries(facts.handles).find(([k]) => k.toLowerCase() === want);
  if (!entry) return undefined;
  const mapped = entry[1];
  if (facts.model?.policies.has(mapped)) return { mapped, policy: mapped };
  if (mapped.includes('/') || mapped.startsWith('@')) {
    const team = mapped.startsWith('@') ? mapped : `@${mapped}`;
    const policy = policyForOwner(team, facts.codeowners, facts.directory);
    return policy ? { mapped, team, policy } : { mapped, team };
  }
  return { mapped };
}

/** A target the on-call config knows: a policy it defines, or a team it (or `codeowners.teams`) maps to one. */
export function isKnownTarget(target: HandleTarget, facts: EscalationFacts): boolean {
  if (target.policy !== undefined && facts.model?.policies.has(target.policy)) return true;
  if (target.team === undefined) return false;
  return (
    facts.model?.teams.has(teamKey(target.team)) === true ||
    Object.keys(facts.codeowners.teams).some((k) => teamKey(k) === teamKey(target.team!))
  );
}

/** The runbook agrees when it names the handle's team, or a policy that the handle's team or policy is. */
export function agrees(
  target: HandleTarget,
  runbook: EscalationTargets,
  facts: EscalationFacts,
): boolean {
  if (target.team && runbook.teams.some((t) => ownerKey(t) === ownerKey(target.team!))) return true;
  if (target.policy === undefined) return false;
  if (runbook.policies.includes(target.policy)) return true;
  return runbook.teams.some(
    (t) => policyForOwner(t, facts.codeowners, facts.directory) === target.policy,
  );
}
