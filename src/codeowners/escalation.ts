import type { CodeownersConfig } from './config.js';
import type { Finding } from '../findings.js';
import { ownersOf, winningRuleIndex } from './match.js';
import { ownerKey, ownerKind } from './owners.js';
import { parseCodeowners } from './parse.js';
import type { Codeowners, CodeownersRule, Ownership } from './types.js';
import { compileGlobs } from './validate.js';
import { codeownersSeverity } from './rules.js';

/** Who is paged at one level of an escalation policy at a given time. */
export interface OnCallLevel {
  /** 1-based escalation level. */
  level: number;
  /** People on call at that level (`@user`, an email, or a name as the on-call config writes it). */
  people: string[];
}

/**
 * The seam for the on-call configuration (a later issue implements it). Until then there is no
 * directory: policies come from `codeowners.teams` only and `onCall` is null.
 */
export interface OnCallDirectory {
  /** The escalation policy the on-call config assigns to a team (`@org/team`), if any. */
  policyFor(team: string): string | undefined;
  /** Who is on call per level at `at`; null when the policy is unknown to the directory. */
  onCallAt(policy: string, at: Date): OnCallLevel[] | null;
}

/** The `who-owns --json` contract: Ownership plus the escalation chain. Keep field order. */
export interface Escalation extends Ownership {
  /** The owner whose policy is used (or the first team owner when none has one); null when unmapped. */
  team: string | null;
  policy: string | null;
  onCall: OnCallLevel[] | null;
}

/** `codeowners.teams` keys may be written with or without `@` and in any case. */
export function policyForOwner(
  owner: string,
  config: CodeownersConfig,
  directory?: OnCallDirectory,
): string | undefined {
  const want = ownerKey(owner.startsWith('@') ? owner : `@${owner}`);
  for (const [key, entry] of Object.entries(config.teams)) {
    const k = ownerKey(key.startsWith('@') ? key : `@${key}`);
    if (k === want && entry.policy) return entry.policy;
  }
  return directory?.policyFor(owner);
}

/** Path → owners (with the rule's line) → team → policy → who is on call at `at`. */
export function escalationFor(
  codeowners: Codeowners,
  path: string,
  opts: { config: CodeownersConfig; at: Date; directory?: OnCallDirectory },
): Escalation {
  const own = ownersOf(codeowners, path);
  let team: string | null = null;
  let policy: string | null = null;
  for (const owner of own.owners) {
    const p = policyForOwner(owner, opts.config, opts.directory);
    if (p !== undefined) {
      team = owner;
      policy = p;
      break;
    }
  }
  team ??= own.owners.find((o) => ownerKind(o) === 'team') ?? null;
  const onCall =
    policy !== null && opts.directory ? opts.directory.onCallAt(policy, opts.at) : null;
  return { ...own, team, policy, onCall };
}

/**
 * Every team that owns files under `requireOwners` must have an escalation policy. Findings sit on
 * the CODEOWNERS line and column where the team is named, once per rule that gives it such files.
 */
export function checkEscalationCoverage(
  codeowners: Codeowners,
  files: readonly string[],
  config: CodeownersConfig,
  directory?: OnCallDirectory,
): Finding[] {
  const required = compileGlobs(config.requireOwners);
  if (required.length === 0 || codeowners.ignored) return [];
  const owned = new Map<number, { count: number; example: string }>();
  for (const f of files) {
    if (!required.some((g) => g.matches(f))) continue;
    const w = winningRuleIndex(codeowners, f);
    if (w < 0 || codeowners.rules[w]!.owners.length === 0) continue;
    const entry = owned.get(w);
    if (entry) entry.count++;
    else owned.set(w, { count: 1, example: f });
  }

  const findings: Finding[] = [];
  for (const [w, { count, example }] of [...owned].sort((a, b) => a[0] - b[0])) {
    const rule = codeowners.rules[w]!;
    const what = `${count} file${count === 1 ? '' : 's'} under codeowners.requireOwners (e.g. ${example})`;
    let anyTeam = false;
    rule.owners.forEach((owner, k) => {
      if (ownerKind(owner) !== 'team') return;
      anyTeam = true;
      if (policyForOwner(owner, config, directory) !== undefined) return;
      findings.push(
        ownerFinding(
          codeowners.path,
          rule,
          k,
          `${owner} owns ${what} but has no escalation policy: set codeowners.teams["${owner}"].policy`,
        ),
      );
    });
    if (!anyTeam && !rule.owners.some((o) => policyForOwner(o, config, directory) !== undefined)) {
      findings.push({
        ruleId: 'codeowners/no-escalation-policy',
        severity: codeownersSeverity('codeowners/no-escalation-policy'),
        message:
          `rule "${rule.pattern}" owns ${what}, but none of its owners (${rule.owners.join(', ')}) ` +
          'has an escalation policy: add a team with a policy, or map an owner in codeowners.teams',
        file: codeowners.path,
        line: rule.line,
        column: rule.column,
        endColumn: rule.column + rule.pattern.length,
      });
    }
  }
  return findings;
}

/**
 * For a pull request that edits CODEOWNERS: warns on each rule the head adds (a pattern/team pair
 * the base does not have) for a team without an escalation policy. `base` is undefined when the
 * file is new. Findings point at the head's lines.
 */
export function escalationGapsInChange(input: {
  base: string | undefined;
  head: string;
  path: string;
  config: CodeownersConfig;
  directory?: OnCallDirectory;
}): Finding[] {
  const base = input.base === undefined ? undefined : parseCodeowners(input.base, input.path);
  const before = new Set<string>();
  for (const rule of base?.rules ?? []) {
    for (const owner of rule.owners) before.add(pairKey(rule.pattern, owner));
  }
  const head = parseCodeowners(input.head, input.path);
  const findings: Finding[] = [];
  for (const rule of head.rules) {
    rule.owners.forEach((owner, k) => {
      if (ownerKind(owner) !== 'team' || before.has(pairKey(rule.pattern, owner))) return;
      if (policyForOwner(owner, input.config, input.directory) !== undefined) return;
      findings.push(
        ownerFinding(
          head.path,
          rule,
          k,
          `this change makes ${owner} a code owner of "${rule.pattern}", but ${owner} has no ` +
            `escalation policy: set codeowners.teams["${owner}"].policy so incidents there page someone`,
        ),
      );
    });
  }
  return findings;
}

function pairKey(pattern: string, owner: string): string {
  return `${pattern}\u0000${ownerKey(owner)}`;
}

function ownerFinding(file: string, rule: CodeownersRule, k: number, message: string): Finding {
  const owner = rule.owners[k]!;
  const column = rule.ownerColumns[k]!;
  return {
    ruleId: 'codeowners/no-escalation-policy',
    severity: codeownersSeverity('codeowners/no-escalation-policy'),
    message,
    file,
    line: rule.line,
    column,
    endColumn: column + owner.length,
    owners: [owner],
  };
}
