import { ownersOf, ownerKind, policyForOwner } from '../../codeowners/index.js';
import type { Codeowners, OnCallDirectory } from '../../codeowners/index.js';
import type { CodeownersConfig } from '../../codeowners/config.js';

/**
 * Who a flag issue goes to: a chain of resolvers, each proposing one level of people. The first level
 * that reaches somebody is chosen; the next level that adds somebody new is who a late escalation
 * mentions. The on-call escalation policy is just another resolver at the end of the list.
 */

/** GitHub accepts at most 10 assignees per issue. */
export const MAX_ASSIGNEES = 10;

export type OwnerSource =
  | 'registry'
  | 'codeowners-references'
  | 'codeowners-registry'
  | 'escalation-policy'
  | (string & {});

export interface OwnerLevel {
  source: OwnerSource;
  /** Logins (no `@`) to assign. */
  assignees: string[];
  /** `@user` / `@org/team` to mention without assigning. */
  mentions: string[];
  /** Where these people come from, for the issue: "the owner in flags.yml". */
  why: string;
}

export interface OwnerChainContext {
  key: string;
  /** Owners in the registry, as written; empty for an undeclared flag. */
  owners: readonly string[];
  declared: boolean;
  /** Files whose code reads the flag. */
  referenceFiles: readonly string[];
  /** The file that declares the flag (a YAML registry or a TypeScript declaration): its CODEOWNERS are a fallback. */
  registryPath: string;
  /** Where the flag's owners are written when that is not `registryPath` (a YAML entry for a key declared in code). */
  ownersFile?: string;
  codeowners: Codeowners | undefined;
  /** Whether a login (no `@`) can be assigned issues in the repository; fetched by the applier. */
  isAssignable(login: string): boolean;
  /** Members (logins) of a team `@org/slug`; undefined when unknown (not fetched or not readable). */
  teamMembers(team: string): readonly string[] | undefined;
  assignTeamMembers: boolean;
  codeownersConfig: CodeownersConfig;
  directory?: OnCallDirectory;
  now: Date;
}

export interface ResolverResult {
  level?: OwnerLevel;
  /** Why people were passed over, for the issue and the log. */
  notes: string[];
}

export type OwnerResolver = (
  ctx: OwnerChainContext,
  previous: readonly OwnerLevel[],
) => ResolverResult;

export interface AssigneeDecision {
  assignees: string[];
  mentions: string[];
  chosen: OwnerLevel | undefined;
  /** The level a late escalation mentions; undefined when the chain has nobody further. */
  next: OwnerLevel | undefined;
  /** Notes of the resolvers up to the chosen one: why earlier candidates were passed over. */
  notes: string[];
}

/** Turns owner tokens into assignees and mentions, noting everyone who cannot be reached and why. */
export function reach(
  owners: readonly string[],
  ctx: OwnerChainContext,
  where: string,
): { assignees: string[]; mentions: string[]; notes: string[] } {
  const assignees: string[] = [];
  const mentions: string[] = [];
  const notes: string[] = [];
  for (const owner of owners) {
    const kind = ownerKind(owner);
    if (kind === 'user') {
      const login = owner.slice(1);
      if (ctx.isAssignable(login)) pushUnique(assignees, login);
      else
        notes.push(
          `${owner} (${where}) cannot be assigned here: not a collaborator of this repository, or no longer in the organization`,
        );
    } else if (kind === 'team') {
      pushUnique(mentions, owner);
      if (!ctx.assignTeamMembers) continue;
      const members = ctx.teamMembers(owner);
      if (members === undefined) {
        notes.push(`the members of ${owner} could not be read, so only the team is mentioned`);
        continue;
      }
      for (const m of members) if (ctx.isAssignable(m)) pushUnique(assignees, m);
    } else if (kind === 'email') {
      notes.push(
        `${owner} (${where}) is an email address: GitHub can neither assign nor mention it`,
      );
    } else {
      notes.push(`"${owner}" (${where}) is not a GitHub user or team`);
    }
  }
  return { assignees, mentions, notes };
}

const registryOwner: OwnerResolver = (ctx) => {
  if (!ctx.declared)
    return { notes: [`"${ctx.key}" is not declared in ${ctx.registryPath}, so it has no owner`] };
  const file = ctx.ownersFile ?? ctx.registryPath;
  if (ctx.owners.length === 0) return { notes: [`"${ctx.key}" has no owner in ${file}`] };
  const where = `owner in ${file}`;
  const r = reach(ctx.owners, ctx, where);
  return {
    level: levelOf('registry', r, `the flag's owner in ${file}`),
    notes: r.notes,
  };
};

const codeownersOfReferences: OwnerResolver = (ctx) => {
  const files = ctx.referenceFiles.filter((f) => f !== ctx.registryPath);
  if (files.length === 0) return { notes: [] };
  if (!ctx.codeowners) return { notes: ['there is no CODEOWNERS file to fall back on'] };
  const owners: string[] = [];
  const owned: string[] = [];
  for (const f of files) {
    const own = ownersOf(ctx.codeowners, f).owners;
    if (own.length > 0) owned.push(f);
    for (const o of own) pushUnique(owners, o);
  }
  if (owners.length === 0)
    return { notes: [`CODEOWNERS names nobody for the code that reads the flag (${list(files)})`] };
  const where = `CODEOWNERS of ${list(owned)}`;
  const r = reach(owners, ctx, where);
  return {
    level: levelOf(
      'codeowners-references',
      r,
      `CODEOWNERS of the code that reads the flag (${list(owned)})`,
    ),
    notes: r.notes,
  };
};

const codeownersOfRegistry: OwnerResolver = (ctx) => {
  if (!ctx.codeowners) return { notes: [] };
  const owners = ownersOf(ctx.codeowners, ctx.registryPath).owners;
  if (owners.length === 0) return { notes: [`CODEOWNERS names nobody for ${ctx.registryPath}`] };
  const where = `CODEOWNERS of ${ctx.registryPath}`;
  const r = reach(owners, ctx, where);
  return {
    level: levelOf('codeowners-registry', r, `CODEOWNERS of ${ctx.registryPath}`),
    notes: r.notes,
  };
};

/**
 * The seam for the on-call config: the first team found so far that has an escalation policy. With an
 * on-call directory, the people on call at its first level are mentioned; without one, the policy is
 * only named in a note (it cannot page anybody yet).
 */
const escalationPolicy: OwnerResolver = (ctx, previous) => {
  const teams: string[] = [];
  for (const level of previous)
    for (const m of level.mentions) if (ownerKind(m) === 'team') pushUnique(teams, m);
  for (const team of teams) {
    const policy = policyForOwner(team, ctx.codeownersConfig, ctx.directory);
    if (policy === undefined) continue;
    const levels = ctx.directory?.onCallAt(policy, ctx.now) ?? null;
    const first = levels?.find((l) => l.people.length > 0);
    if (!first)
      return {
        notes: [
          `${team}'s escalation policy "${policy}" names nobody on call that ops-steward can reach yet`,
        ],
      };
    // People on call are paged by mention: whether they could be assigned here does not matter.
    const mentions = first.people
      .map((p) => (p.startsWith('@') || p.includes('@') ? p : `@${p}`))
      .filter((p) => ownerKind(p) === 'user' || ownerKind(p) === 'team');
    const level = levelOf(
      'escalation-policy',
      { assignees: [], mentions },
      `on call for ${team}'s escalation policy "${policy}" (level ${first.level})`,
    );
    return level
      ? { level, notes: [] }
      : { notes: [`nobody on call for "${policy}" has a GitHub handle`] };
  }
  return { notes: [] };
};

/** The default chain: registry owner → CODEOWNERS of the reading code → CODEOWNERS of the registry → escalation policy. */
export const DEFAULT_OWNER_CHAIN: readonly OwnerResolver[] = [
  registryOwner,
  codeownersOfReferences,
  codeownersOfRegistry,
  escalationPolicy,
];

export function chooseAssignees(
  ctx: OwnerChainContext,
  resolvers: readonly OwnerResolver[] = DEFAULT_OWNER_CHAIN,
): AssigneeDecision {
  const levels: OwnerLevel[] = [];
  const notes: string[] = [];
  let chosen: OwnerLevel | undefined;
  let next: OwnerLevel | undefined;
  for (const resolve of resolvers) {
    const r = resolve(ctx, levels);
    if (!chosen) notes.push(...r.notes);
    if (!r.level) continue;
    levels.push(r.level);
    if (!chosen) chosen = r.level;
    else if (!next && addsSomebody(chosen, r.level)) next = r.level;
  }
  return {
    assignees: (chosen?.assignees ?? []).slice(0, MAX_ASSIGNEES),
    mentions: chosen?.mentions ?? [],
    chosen,
    next,
    notes,
  };
}

/** Every `@user` login and `@org/team` a chain could consider, so the applier can look them up once. */
export function candidateOwners(
  ctx: Pick<OwnerChainContext, 'owners' | 'referenceFiles' | 'registryPath' | 'codeowners'>,
): string[] {
  const out: string[] = [];
  for (const o of ctx.owners) pushUnique(out, o);
  if (ctx.codeowners) {
    for (const f of [...ctx.referenceFiles, ctx.registryPath])
      for (const o of ownersOf(ctx.codeowners, f).owners) pushUnique(out, o);
  }
  return out.filter((o) => ownerKind(o) === 'user' || ownerKind(o) === 'team');
}

function levelOf(
  source: OwnerSource,
  r: { assignees: string[]; mentions: string[] },
  why: string,
): OwnerLevel | undefined {
  if (r.assignees.length === 0 && r.mentions.length === 0) return undefined;
  return { source, assignees: r.assignees, mentions: r.mentions, why };
}

function addsSomebody(chosen: OwnerLevel, level: OwnerLevel): boolean {
  const known = new Set(
    [...chosen.assignees.map((a) => `@${a}`), ...chosen.mentions].map((x) => x.toLowerCase()),
  );
  return [...level.assignees.map((a) => `@${a}`), ...level.mentions].some(
    (x) => !known.has(x.toLowerCase()),
  );
}

function pushUnique(out: string[], value: string): void {
  if (!out.some((v) => v.toLowerCase() === value.toLowerCase())) out.push(value);
}

function list(files: readonly string[]): string {
  return files.length <= 3
    ? files.join(', ')
    : `${files.slice(0, 3).join(', ')} and ${files.length - 3} more`;
}
