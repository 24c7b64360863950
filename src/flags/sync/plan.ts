import { minimatch } from 'minimatch';
import type { FlagSyncConfig, FlagSyncState } from '../config.js';
import { epochDay, epochDayOf, isoFromEpochDay } from '../dates.js';
import { lifetimePolicy } from '../registry.js';
import { registrySources } from '../registry-sources.js';
import type { FlagStatus } from '../status.js';
import type { FlagReference } from '../types.js';
import { comparableSection, joinBody, metaMarker, splitBody } from './markers.js';
import type { BodyParts, CloseReason, IssueMeta } from './markers.js';
import { chooseAssignees } from './owners.js';
import type { OwnerChainContext } from './owners.js';
import {
  closeComment,
  escalationComment,
  issueTitle,
  renderSection,
  reopenComment,
  stateChangeComment,
} from './render.js';
import type { FlagView } from './render.js';
import type {
  ExistingIssue,
  FlagSyncInput,
  FlagSyncPlan,
  IssuePatch,
  LabelSpec,
  SyncDecision,
  SyncOperation,
} from './types.js';

/**
 * The sweep's planner, Diffable-style: the desired issue per flag against the issues that exist →
 * operations. Pure: GitHub's answers (issues, who is assignable) and the clock come in as input.
 */

export const SYNC_STATES: readonly FlagSyncState[] = [
  'expired',
  'expiring',
  'undeclared',
  'orphaned',
];
const SEVERITY_RANK: Record<FlagSyncState, number> = {
  expired: 0,
  expiring: 1,
  undeclared: 2,
  orphaned: 3,
};

interface Tracked {
  issue: ExistingIssue;
  parts: BodyParts;
}

interface Ctx {
  input: FlagSyncInput;
  sync: FlagSyncConfig;
  today: number;
  todayIso: string;
  ops: SyncOperation[];
  decisions: SyncDecision[];
}

export function planFlagSync(input: FlagSyncInput): FlagSyncPlan {
  if (input.registryError !== null) {
    return {
      operations: [],
      labels: labelSpecs(input.flags.sync),
      decisions: [],
      refused: registryRefusal(input.registryError),
    };
  }
  const today = epochDayOf(input.now);
  const ctx: Ctx = {
    input,
    sync: input.flags.sync,
    today,
    todayIso: isoFromEpochDay(today),
    ops: [],
    decisions: [],
  };

  const tracked = new Map<string, Tracked[]>();
  for (const issue of input.existing) {
    const parts = splitBody(issue.body);
    if (!parts) continue;
    const list = tracked.get(parts.key) ?? [];
    if (!list.some((t) => t.issue.number === issue.number)) list.push({ issue, parts });
    tracked.set(parts.key, list);
  }
  const statusByKey = new Map<string, FlagStatus>();
  for (const s of input.statuses) if (!statusByKey.has(s.key)) statusByKey.set(s.key, s);

  const keys = new Set<string>();
  for (const s of input.statuses) if (attentionState(s, input) !== null) keys.add(s.key);
  for (const key of tracked.keys()) keys.add(key);
  const rank = (key: string): number => {
    const s = statusByKey.get(key);
    const state = s ? attentionState(s, input) : null;
    return state === null ? 9 : SEVERITY_RANK[state];
  };
  const ordered = [...keys].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));

  for (const key of ordered) planKey(ctx, key, statusByKey.get(key), tracked.get(key) ?? []);

  const operations = ctx.ops
    .map((op, i) => ({ op, i }))
    .sort((a, b) => a.op.priority - b.op.priority || a.i - b.i)
    .map(({ op }) => op);
  return { operations, labels: labelSpecs(ctx.sync), decisions: ctx.decisions };
}

export function registryRefusal(problem: string): string {
  return `${problem}; no issue was changed, so a broken registry cannot close or rewrite them`;
}

/** The state that needs an issue, or null: the state is active/permanent, or its severity is `off`. */
export function attentionState(
  status: FlagStatus,
  input: Pick<FlagSyncInput, 'flags'>,
): FlagSyncState | null {
  const state = status.state;
  if (state === 'active' || state === 'permanent') return null;
  return input.flags.severity[state] === 'off' ? null : state;
}

export function labelSpecs(sync: FlagSyncConfig): LabelSpec[] {
  return [
    {
      name: sync.labels.base,
      color: '5319e7',
      description: 'A feature flag that needs attention (ops-steward)',
    },
    {
      name: sync.labels.expired,
      color: 'b60205',
      description: 'The flag is past its expiry: remove or renew it',
    },
    {
      name: sync.labels.expiring,
      color: 'fbca04',
      description: 'The flag expires soon: remove or renew it',
    },
    {
      name: sync.labels.undeclared,
      color: 'd93f0b',
      description: 'Code reads a flag the registry does not declare',
    },
    {
      name: sync.labels.orphaned,
      color: 'c5def5',
      description: 'The registry declares a flag no code reads',
    },
  ];
}

function planKey(
  ctx: Ctx,
  key: string,
  status: FlagStatus | undefined,
  issues: readonly Tracked[],
): void {
  const { input } = ctx;
  const state = status ? attentionState(status, input) : null;
  const live = issues.filter((t) => t.parts.meta?.closed !== 'duplicate');
  const open = live
    .filter((t) => t.issue.state === 'open')
    .sort((a, b) => a.issue.number - b.issue.number);
  const closed = live
    .filter((t) => t.issue.state === 'closed')
    .sort((a, b) => b.issue.number - a.issue.number);
  const primary = open[0] ?? closed[0];

  // Overlapping runs can race past the marker search; the oldest open issue wins and the rest are closed.
  for (const dup of open.slice(1)) closeDuplicate(ctx, key, dup, primary!.issue.number, state);

  if (state === null || !status) {
    if (!primary) return;
    if (primary.issue.state === 'closed') {
      note(
        ctx,
        key,
        `#${primary.issue.number} is closed and the flag needs no attention: nothing to do`,
      );
      return;
    }
    closeResolved(ctx, key, status, primary);
    return;
  }

  const view = buildView(ctx, status, state);
  if (!primary) {
    const meta: IssueMeta = {
      state,
      expires: view.expires,
      assignees: view.decision.assignees,
      noticeOn: ctx.todayIso,
    };
    const body = renderSection(view, meta, input.repository, input.sha);
    ctx.ops.push({
      kind: 'create',
      key,
      state,
      create: {
        title: issueTitle(view),
        body,
        labels: [ctx.sync.labels.base, ctx.sync.labels[state]],
        assignees: view.decision.assignees,
      },
      reason: `create an issue: "${key}" is ${state}${whoText(view)}`,
      writes: 1,
      priority: firstTier(state),
    });
    return;
  }

  const { issue, parts } = primary;
  const meta = parts.meta;
  const snoozed = ctx.sync.labels.snoozed.toLowerCase();
  if (
    issue.state === 'open' &&
    meta?.state === state &&
    issue.labels.some((l) => l.toLowerCase() === snoozed)
  ) {
    note(
      ctx,
      key,
      `#${issue.number} is snoozed (label "${ctx.sync.labels.snoozed}"): left alone until "${key}" is no longer ${state}`,
    );
    return;
  }
  if (issue.state === 'closed') {
    if (meta?.closed !== undefined) {
      // The bot closed it (renewed, gone…) and the flag is back: same issue, new episode.
      pushChange(ctx, 'reopen', view, primary, baseMeta(ctx, view, meta, true), {
        comment: {
          id: `reopen:${issue.closedAt ?? ''}`,
          body: stateChangeComment(`reopen:${issue.closedAt ?? ''}`, view, 'closed'),
        },
        patch: { state: 'open', stateReason: 'reopened' },
        reason: `reopen #${issue.number}: "${key}" is ${state} again`,
      });
      return;
    }
    if (state !== 'expired') {
      note(
        ctx,
        key,
        `#${issue.number} was closed by a person while "${key}" is ${state}: left closed (only expired flags are reopened)`,
      );
      return;
    }
    const last = meta?.reopenedOn === undefined ? null : epochDay(meta.reopenedOn);
    if (last !== null && ctx.today - last < ctx.sync.reopenAfterDays) {
      note(
        ctx,
        key,
        `#${issue.number} was closed by a person but "${key}" is still expired: reopened on ${meta?.reopenedOn}, next reopening not before ${isoFromEpochDay(last + ctx.sync.reopenAfterDays)}`,
      );
      return;
    }
    const sameEpisode = meta?.state === 'expired' && meta.expires === view.expires;
    const next: IssueMeta = {
      ...baseMeta(ctx, view, meta, !sameEpisode),
      reopenedOn: ctx.todayIso,
    };
    const id = `reopen:${issue.closedAt ?? ctx.todayIso}`;
    pushChange(ctx, 'reopen', view, primary, next, {
      comment: { id, body: reopenComment(id, view, ctx.sync.reopenAfterDays) },
      patch: { state: 'open', stateReason: 'reopened' },
      reason: `reopen #${issue.number}: a person closed it but "${key}" is still expired`,
    });
    return;
  }

  const stateChanged =
    meta !== undefined &&
    (meta.state !== state || (state === 'expired' && meta.expires !== view.expires));
  if (stateChanged) {
    const id = `state:${meta.state}:${state}:${view.expires ?? ''}`;
    pushChange(ctx, 'state-change', view, primary, baseMeta(ctx, view, meta, true), {
      comment: { id, body: stateChangeComment(id, view, meta.state) },
      reason: `update #${issue.number} and comment: "${key}" went from ${meta.state} to ${state}`,
    });
    return;
  }

  const expiresDay = view.expires === null ? null : epochDay(view.expires);
  const N = ctx.sync.escalateAfterDays;
  const noticeDay = meta ? (epochDay(meta.noticeOn) ?? ctx.today) : ctx.today;
  if (
    state === 'expired' &&
    expiresDay !== null &&
    meta !== undefined &&
    meta.escalatedFor !== view.expires &&
    ctx.today >= expiresDay + N &&
    ctx.today >= noticeDay + N
  ) {
    const id = `escalation:${view.expires ?? ''}`;
    const next: IssueMeta = {
      ...baseMeta(ctx, view, meta, false),
      escalatedFor: view.expires ?? undefined,
    };
    const to = view.decision.next
      ? `mention the next level (${view.decision.next.why})`
      : 'remind the owners (no further level known)';
    pushChange(ctx, 'escalate', view, primary, next, {
      comment: { id, body: escalationComment(id, view, ctx.today - expiresDay) },
      reason: `escalate #${issue.number}: "${key}" expired ${ctx.today - expiresDay} days ago and the issue is still open; ${to}`,
    });
    return;
  }

  const nextMeta = baseMeta(ctx, view, meta, meta === undefined);
  const patch = diffPatch(ctx, view, primary, nextMeta);
  if (Object.keys(patch).length === 0) {
    note(ctx, key, `#${issue.number} is up to date ("${key}" is ${state})`);
    return;
  }
  ctx.ops.push({
    kind: 'update',
    key,
    state,
    issue: issue.number,
    patch,
    reason: `update #${issue.number}: ${Object.keys(patch).join(', ')} changed`,
    writes: 1,
    priority: 50 + SEVERITY_RANK[state],
  });
}

/** The meta for the desired issue. `fresh` starts a new notice (state announced today). */
function baseMeta(
  ctx: Ctx,
  view: FlagView,
  prev: IssueMeta | undefined,
  fresh: boolean,
): IssueMeta {
  const meta: IssueMeta = {
    state: view.state,
    expires: view.expires,
    assignees: view.decision.assignees,
    noticeOn: fresh || !prev ? ctx.todayIso : prev.noticeOn,
  };
  if (prev?.escalatedFor !== undefined) meta.escalatedFor = prev.escalatedFor;
  if (prev?.reopenedOn !== undefined) meta.reopenedOn = prev.reopenedOn;
  return meta;
}

function pushChange(
  ctx: Ctx,
  kind: 'reopen' | 'state-change' | 'escalate',
  view: FlagView,
  t: Tracked,
  meta: IssueMeta,
  extra: { comment: { id: string; body: string }; patch?: IssuePatch; reason: string },
): void {
  const full = { ...fullPatch(ctx, view, t, meta), ...extra.patch };
  ctx.ops.push({
    kind,
    key: view.key,
    state: view.state,
    issue: t.issue.number,
    comment: extra.comment,
    patch: full,
    reason: extra.reason,
    writes: 2,
    priority: kind === 'escalate' ? 10 : firstTier(view.state),
  });
}

function firstTier(state: FlagSyncState): number {
  return state === 'expired' ? 0 : 20 + SEVERITY_RANK[state];
}

/** Title, body, labels and assignees as they should be (always all four, for state changes and reopenings). */
function fullPatch(ctx: Ctx, view: FlagView, t: Tracked, meta: IssueMeta): IssuePatch {
  return {
    title: issueTitle(view),
    body: joinBody(t.parts, renderSection(view, meta, ctx.input.repository, ctx.input.sha)),
    labels: desiredLabels(ctx.sync, t.issue.labels, view.state),
    assignees: desiredAssignees(t.issue.assignees, t.parts.meta, view.decision.assignees),
  };
}

/** Only what differs: a sweep over an unchanged repository writes nothing. */
function diffPatch(ctx: Ctx, view: FlagView, t: Tracked, meta: IssueMeta): IssuePatch {
  const want = fullPatch(ctx, view, t, meta);
  const patch: IssuePatch = {};
  if (want.title !== t.issue.title) patch.title = want.title;
  const section = renderSection(view, meta, ctx.input.repository, ctx.input.sha);
  if (comparableSection(section) !== comparableSection(t.parts.section)) patch.body = want.body;
  if (!sameSet(want.labels ?? [], t.issue.labels)) patch.labels = want.labels;
  if (!sameSet(want.assignees ?? [], t.issue.assignees)) patch.assignees = want.assignees;
  return patch;
}

/**
 * People's own labels stay; the state labels are the bot's. The snooze label ends here: an issue is
 * only changed while snoozed when its flag's state changed, and that is when the snooze ends.
 */
function desiredLabels(
  sync: FlagSyncConfig,
  current: readonly string[],
  state: FlagSyncState,
): string[] {
  const ours = new Set(
    [...SYNC_STATES.map((s) => sync.labels[s]), sync.labels.snoozed].map((l) => l.toLowerCase()),
  );
  const kept = current.filter(
    (l) => !ours.has(l.toLowerCase()) && l.toLowerCase() !== sync.labels.base.toLowerCase(),
  );
  return [sync.labels.base, sync.labels[state], ...kept];
}

/**
 * People someone else assigned stay; the bot swaps only its own previous choice, and asks for a login
 * once: one it chose before that the issue lacks now was unassigned by a person, or dropped by GitHub (a
 * login that cannot be assigned, a token without push access): asking again every sweep changes nothing.
 */
function desiredAssignees(
  current: readonly string[],
  meta: IssueMeta | undefined,
  want: readonly string[],
): string[] {
  const previous = new Set((meta?.assignees ?? []).map((a) => a.toLowerCase()));
  const wanted = new Set(want.map((a) => a.toLowerCase()));
  // The bot's earlier choices it no longer wants go; those it still wants stay as they are.
  const out = current.filter((a) => !previous.has(a.toLowerCase()) || wanted.has(a.toLowerCase()));
  for (const a of want) {
    if (previous.has(a.toLowerCase())) continue;
    if (!out.some((o) => o.toLowerCase() === a.toLowerCase())) out.push(a);
  }
  return out.slice(0, 10);
}

function closeResolved(ctx: Ctx, key: string, status: FlagStatus | undefined, t: Tracked): void {
  const { input } = ctx;
  const meta = t.parts.meta;
  let reason: CloseReason;
  let detail: string | undefined;
  let lastCommit: ReturnType<NonNullable<FlagSyncInput['lastReferenceCommit']>>;
  if (!status) {
    reason = 'gone';
    lastCommit = input.lastReferenceCommit?.(key);
  } else if (meta?.expires && status.expires && status.expires > meta.expires) {
    reason = 'renewed';
    detail = `${'`'}expires${'`'} moved from ${meta.expires} to ${status.expires}`;
  } else {
    reason = 'resolved';
    detail = resolvedDetail(status, meta, input);
  }
  const id = `close:${reason}:${meta?.state ?? ''}:${status?.expires ?? ''}`;
  const body = closeComment(id, {
    key,
    reason,
    registryPath: input.registryPath,
    detail,
    lastCommit,
    scannedSha: input.sha,
    repo: input.repository,
  });
  const nextMeta: IssueMeta = { ...(meta ?? fallbackMeta(ctx)), closed: reason };
  ctx.ops.push({
    kind: 'close',
    key,
    state: null,
    issue: t.issue.number,
    comment: { id, body },
    patch: {
      state: 'closed',
      stateReason: 'completed',
      body: joinBody(t.parts, replaceMeta(t.parts.section, nextMeta)),
    },
    reason: `close #${t.issue.number}: "${key}" ${reason === 'gone' ? 'is gone from code and registry' : reason === 'renewed' ? `was renewed (${detail ?? ''})` : `no longer needs attention (${detail ?? ''})`}`,
    writes: 2,
    priority: 30,
  });
}

function resolvedDetail(
  status: FlagStatus,
  meta: IssueMeta | undefined,
  input: FlagSyncInput,
): string {
  if (status.state === 'permanent') return `its type ${status.type ?? ''} never expires`;
  if (status.state !== 'active')
    return `the ${status.state} state is switched off (flags.severity.${status.state}: off)`;
  if (meta?.state === 'undeclared') return `it is now declared in ${input.registryPath}`;
  if (meta?.state === 'orphaned') return 'code reads it again';
  return 'it is active and not close to its expiry';
}

function closeDuplicate(
  ctx: Ctx,
  key: string,
  dup: Tracked,
  kept: number,
  state: FlagSyncState | null,
): void {
  const id = `duplicate:${kept}`;
  const meta: IssueMeta = { ...(dup.parts.meta ?? fallbackMeta(ctx, state)), closed: 'duplicate' };
  ctx.ops.push({
    kind: 'close-duplicate',
    key,
    state,
    issue: dup.issue.number,
    comment: {
      id,
      body: closeComment(id, {
        key,
        reason: 'duplicate',
        registryPath: ctx.input.registryPath,
        keptIssue: kept,
        scannedSha: ctx.input.sha,
        repo: ctx.input.repository,
      }),
    },
    patch: {
      state: 'closed',
      stateReason: 'not_planned',
      body: joinBody(dup.parts, replaceMeta(dup.parts.section, meta)),
    },
    reason: `close #${dup.issue.number} as a duplicate of #${kept} ("${key}")`,
    writes: 2,
    priority: 40,
  });
}

function fallbackMeta(ctx: Ctx, state: FlagSyncState | null = null): IssueMeta {
  return { state: state ?? 'orphaned', expires: null, assignees: [], noticeOn: ctx.todayIso };
}

/** Swaps the meta marker inside a section, or adds it before the end marker. */
function replaceMeta(section: string, meta: IssueMeta): string {
  const marker = metaMarker(meta);
  if (/<!-- ops-steward:meta \{.*?\} -->/.test(section))
    return section.replace(/<!-- ops-steward:meta \{.*?\} -->/, () => marker);
  const end = section.lastIndexOf('<!-- ops-steward:end -->');
  return end < 0
    ? `${section}\n${marker}\n<!-- ops-steward:end -->`
    : `${section.slice(0, end)}${marker}\n${section.slice(end)}`;
}

function buildView(ctx: Ctx, status: FlagStatus, state: FlagSyncState): FlagView {
  const { input } = ctx;
  const declared = input.declared.find((d) => d.key === status.key);
  const { exact, patterns } = referencesOf(status.key, input.references);
  const policy = status.type
    ? lifetimePolicy(input.flags, status.type)
    : lifetimePolicy(input.flags, 'default');
  const referenceFiles = referenceFilesOf(status.key, input.references);
  const registryPath = declared?.file ?? input.registryPath;
  const chainCtx: OwnerChainContext = {
    key: status.key,
    owners: status.owners,
    declared: declared !== undefined,
    referenceFiles,
    registryPath,
    ...(declared?.metadataFile ? { ownersFile: declared.metadataFile } : {}),
    codeowners: input.codeowners,
    isAssignable: (login) => input.assignable.has(login.toLowerCase()),
    teamMembers: (team) => input.teamMembers?.get(team.toLowerCase()),
    assignTeamMembers: input.flags.sync.assignTeamMembers,
    codeownersConfig: input.codeownersConfig,
    directory: input.directory,
    now: input.now,
  };
  const view: FlagView = {
    key: status.key,
    state,
    owners: status.owners,
    type: status.type,
    created: status.created,
    expires: status.expires,
    registryPath,
    references: exact,
    patternReferences: patterns,
    renewDays: policy?.days ?? null,
    renewSource: policy?.source ?? null,
    decision: chooseAssignees(chainCtx, input.resolvers),
  };
  if (declared) view.declaredAt = { file: declared.file, line: declared.line };
  if (
    declared &&
    registrySources(input.flags).some((s) => s.kind === 'code' && s.path === declared.file)
  )
    view.inCode = declared.metadataFile ? { metadataPath: declared.metadataFile } : {};
  if (declared?.description) view.description = declared.description;
  return view;
}

/** The references that read `key`: by its exact name, and by a run-time pattern (`checkout-*`) that matches it. */
export function referencesOf(
  key: string,
  references: readonly FlagReference[],
): { exact: FlagReference[]; patterns: FlagReference[] } {
  return {
    exact: references.filter((r) => r.key === key),
    patterns: references.filter(
      (r) =>
        r.key === null &&
        r.pattern !== null &&
        minimatch(key, r.pattern, { dot: true, nonegate: true, nocomment: true }),
    ),
  };
}

/** Files whose code reads `key`, sorted: where the CODEOWNERS fallback looks. */
export function referenceFilesOf(key: string, references: readonly FlagReference[]): string[] {
  const { exact, patterns } = referencesOf(key, references);
  return [...new Set([...exact, ...patterns].map((r) => r.file))].sort();
}

function whoText(view: FlagView): string {
  const d = view.decision;
  if (!d.chosen) return '; nobody to assign';
  const who = [...d.assignees.map((a) => `@${a}`), ...d.mentions].join(', ');
  return `; ${who} (${d.chosen.why})`;
}

function note(ctx: Ctx, key: string, message: string): void {
  ctx.decisions.push({ key, message });
}

/** GitHub logins and label names compare case-insensitively; order does not matter. */
function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const x = new Set(a.map((v) => v.toLowerCase()));
  const y = new Set(b.map((v) => v.toLowerCase()));
  return x.size === y.size && [...x].every((v) => y.has(v));
}
