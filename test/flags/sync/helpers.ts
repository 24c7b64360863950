import { parseCodeowners } from '../../../src/codeowners/parse.js';
import { defaultConfig } from '../../../src/config/defaults.js';
import type { FlagsConfig } from '../../../src/flags/config.js';
import { flagStatus } from '../../../src/flags/status.js';
import { planFlagSync } from '../../../src/flags/sync/plan.js';
import type {
  ExistingIssue,
  FlagSyncInput,
  FlagSyncPlan,
  SyncOperation,
} from '../../../src/flags/sync/types.js';
import type { DeclaredFlag, FlagReference } from '../../../src/flags/types.js';

export const SHA = 'a'.repeat(40);
export const SHA2 = 'b'.repeat(40);

export function flag(key: string, over: Partial<DeclaredFlag> = {}): DeclaredFlag {
  return {
    key,
    owners: ['@alice'],
    created: '2026-11-01',
    expires: '2026-12-01',
    type: 'release',
    file: 'flags.yml',
    line: 3,
    column: 3,
    ...over,
  };
}

export function ref(key: string, file = 'src/checkout.ts', line = 12): FlagReference {
  return { key, pattern: null, file, line, column: 5, via: 'literal', accessor: 'isEnabled' };
}

export interface Scenario {
  flags?: DeclaredFlag[];
  refs?: FlagReference[];
  now?: string;
  existing?: ExistingIssue[];
  assignable?: string[];
  codeowners?: string;
  sha?: string;
  flagsConfig?: Partial<FlagsConfig>;
  sync?: Partial<FlagsConfig['sync']>;
  teamMembers?: Record<string, string[]>;
  extra?: Partial<FlagSyncInput>;
}

export function inputOf(s: Scenario): FlagSyncInput {
  const base = defaultConfig();
  const flags: FlagsConfig = {
    ...base.flags,
    ...s.flagsConfig,
    sync: { ...base.flags.sync, ...s.sync },
  };
  const declared = s.flags ?? [];
  const references = s.refs ?? [];
  const now = new Date(s.now ?? '2026-11-28T09:00:00Z');
  return {
    repository: { owner: 'acme', repo: 'shop' },
    sha: s.sha ?? SHA,
    registryPath: 'flags.yml',
    registryError: null,
    statuses: flagStatus(declared, { references, unresolved: [] }, [], flags, now),
    declared,
    references,
    codeowners:
      s.codeowners === undefined ? undefined : parseCodeowners(s.codeowners, '.github/CODEOWNERS'),
    flags,
    codeownersConfig: base.codeowners,
    now,
    existing: s.existing ?? [],
    assignable: new Set((s.assignable ?? ['alice']).map((a) => a.toLowerCase())),
    teamMembers: new Map(Object.entries(s.teamMembers ?? {}).map(([k, v]) => [k.toLowerCase(), v])),
    ...s.extra,
  };
}

export function plan(s: Scenario): FlagSyncPlan {
  return planFlagSync(inputOf(s));
}

/** Applies operations the way GitHub would, so a test can run several sweeps without HTTP. */
export function applyOps(
  existing: readonly ExistingIssue[],
  ops: readonly SyncOperation[],
  now: string,
  comments?: Map<number, string[]>,
): ExistingIssue[] {
  const out = existing.map((i) => ({ ...i, labels: [...i.labels], assignees: [...i.assignees] }));
  for (const op of ops) {
    if (op.create) {
      const number = out.reduce((m, i) => Math.max(m, i.number), 0) + 1;
      out.push({
        number,
        state: 'open',
        title: op.create.title,
        body: op.create.body,
        labels: [...op.create.labels],
        assignees: [...op.create.assignees],
        closedAt: null,
      });
      continue;
    }
    const issue = out.find((i) => i.number === op.issue)!;
    if (op.comment && comments)
      comments.set(issue.number, [...(comments.get(issue.number) ?? []), op.comment.body]);
    const p = op.patch ?? {};
    if (p.title !== undefined) issue.title = p.title;
    if (p.body !== undefined) issue.body = p.body;
    if (p.labels !== undefined) issue.labels = [...p.labels];
    if (p.assignees !== undefined) issue.assignees = [...p.assignees];
    if (p.state !== undefined && p.state !== issue.state) {
      issue.state = p.state;
      issue.closedAt = p.state === 'closed' ? now : null;
    }
  }
  return out;
}

/** One sweep: plan against `existing`, apply everything, return the new issues and the plan. */
export function sweep(
  s: Scenario,
  comments?: Map<number, string[]>,
): { issues: ExistingIssue[]; plan: FlagSyncPlan } {
  const p = plan(s);
  return {
    plan: p,
    issues: applyOps(s.existing ?? [], p.operations, s.now ?? '2026-11-28T09:00:00Z', comments),
  };
}

export function kinds(p: FlagSyncPlan): string[] {
  return p.operations.map(
    (o) => `${o.kind} ${o.key}${o.issue === undefined ? '' : ` #${o.issue}`}`,
  );
}
