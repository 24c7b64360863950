import type { PullRequestContext, PullRequestReview } from '../core/module.js';
import { sortFindings } from '../findings.js';
import type { Finding } from '../findings.js';
import { isChangedFile, isChangedLine } from '../repo/diff.js';
import type { PullRequestDiff } from '../repo/diff.js';
import { UnreadableFileError } from '../repo/errors.js';
import { analyseOnCall } from './analyse.js';
import type { TimelineView } from './checks/context.js';
import { gapFinding, gapsBySchedule } from './checks/coverage.js';
import { unknownPersonFindings } from './checks/people.js';
import { configTeamFindings } from './checks/teams.js';
import { changeSectionMarkdown, COMPARE_DAYS, timelinesDiffer } from './comment.js';
import type { ScheduleChange } from './comment.js';
import { onCallPaths } from './files.js';
import { mergeOnCallFiles, parseOnCallFile } from './parse.js';
import type { ParsedOnCall, ParsedOnCallFile } from './parse.js';
import { horizonOf, scheduleTimeline } from './timeline.js';
import type { OnCallModel, Schedule } from './types.js';
import { clipTo } from './windows.js';

interface BaseOnCall extends ParsedOnCall {
  /** Schedules the base defines but left out for their own errors: what they paged before is unknown. */
  broken: ReadonlySet<string>;
}

/** The base commit's on-call model; undefined (with a note) when a changed file's base cannot be read. */
async function baseModel(
  ctx: PullRequestContext,
  paths: readonly string[],
  changed: readonly string[],
  notes: string[],
): Promise<BaseOnCall | undefined> {
  const parsed: ParsedOnCallFile[] = [];
  for (const path of paths) {
    const previous = ctx.diff.files.get(path)?.previousPath ?? path;
    let text: string | undefined;
    try {
      // Unchanged files are the same on both sides: only what the pull request touched is fetched.
      text = changed.includes(path) ? await ctx.base.read(previous) : await ctx.files.read(path);
    } catch (error) {
      if (!(error instanceof UnreadableFileError)) throw error;
      notes.push(
        `${error.message}; the on-call timeline is shown without its version before this change.`,
      );
      return undefined;
    }
    if (text === undefined) continue;
    const file = parseOnCallFile(text, path);
    // A base its own errors left unreadable says nothing of who was on call: a mend is not a change of it.
    const unusable =
      changed.includes(path) && file.skipped.schedules === 'all' && file.skipped.policies === 'all';
    const first = file.findings.find((f) => f.severity === 'error');
    if (unusable && first) {
      notes.push(
        `${path} at the base commit has errors (line ${first.line ?? 1}: ${first.message}); ` +
          'the on-call timeline is shown without its version before this change.',
      );
      return undefined;
    }
    parsed.push(file);
  }
  const broken = new Set<string>();
  for (const f of parsed)
    if (f.skipped.schedules !== 'all') f.skipped.schedules.forEach((n) => broken.add(n));
  return { ...mergeOnCallFiles(parsed), broken };
}

/** Findings compare across the change by what they say, not where: the lines move with every edit. */
const findingKey = (f: Finding): string => `${f.ruleId}\u0000${f.file ?? ''}\u0000${f.message}`;

/** The lines of a file from a schedule's key to the next entry defined in that file (its block). */
function blockOf(model: OnCallModel, schedule: Schedule): { first: number; last: number } {
  const starts = [
    ...[...model.schedules.values()].map((s) => s.at),
    ...[...model.policies.values()].map((p) => p.at),
    ...[...model.teams.values()].map((t) => t.at),
  ]
    .filter((at) => at.file === schedule.at.file && at.line > schedule.at.line)
    .map((at) => at.line);
  return { first: schedule.at.line, last: starts.length > 0 ? Math.min(...starts) - 1 : Infinity };
}

/** Where a finding about a schedule is shown on the diff: its first changed line, else its key. */
function onChangedLine(
  f: Finding,
  diff: PullRequestDiff,
  block: { first: number; last: number },
): Finding {
  const file = f.file === undefined ? undefined : diff.files.get(f.file);
  if (!file || file.addedLines === null) return f;
  const line = [...file.addedLines]
    .sort((a, b) => a - b)
    .find((l) => l >= block.first && l <= block.last);
  return line === undefined ? f : { ...f, line, column: 1 };
}

/**
 * Gaps the head has where the base had someone on: this change's own doing, named so. A schedule the base left
 * out for its errors had no timeline to compare with: its gaps are reported as plain gaps.
 */
function introducedGaps(
  head: TimelineView,
  base: TimelineView | undefined,
  broken: ReadonlySet<string>,
  diff: PullRequestDiff,
): Finding[] {
  if (!base) return [];
  const before = gapsBySchedule(base);
  const findings: Finding[] = [];
  for (const [name, gaps] of gapsBySchedule(head)) {
    const schedule = head.model.schedules.get(name)!;
    const old = before.get(name) ?? [];
    for (const gap of gaps) {
      const kept = clipTo([gap], old).reduce((sum, g) => sum + g.to - g.from, 0);
      if (kept === gap.to - gap.from) continue;
      // Its base had errors, so who it paged is unknown: a gap, but not named as this change's doing.
      const f = gapFinding(schedule, gap, head, !broken.has(name));
      findings.push(onChangedLine(f, diff, blockOf(head.model, schedule)));
    }
  }
  return findings;
}

function scheduleChanges(
  head: OnCallModel,
  base: OnCallModel | undefined,
  broken: ReadonlySet<string>,
  now: Date,
): ScheduleChange[] {
  const window = horizonOf(now, COMPARE_DAYS);
  const timeline = (s: Schedule | undefined) =>
    s === undefined ? undefined : scheduleTimeline(s, window.from, window.to);
  const names = [...new Set([...head.schedules.keys(), ...(base?.schedules.keys() ?? [])])];
  const changes: ScheduleChange[] = [];
  for (const name of names) {
    const h = head.schedules.get(name);
    const b = base?.schedules.get(name);
    const after = timeline(h);
    const before = timeline(b);
    const differs =
      before === undefined || after === undefined ? true : timelinesDiffer(before, after);
    if (!differs) continue;
    const change: ScheduleChange = { name, zone: (h ?? b)!.timeZone, before, after };
    if (b === undefined && broken.has(name)) change.beforeHadErrors = true;
    changes.push(change);
  }
  return changes;
}

/**
 * A pull request touching an on-call file: the head's findings on the lines it changed, every coverage gap it
 * introduces (on the schedule's first changed line), and a section with each changed schedule's next
 * 14 days before vs after, as a table and as a Mermaid gantt chart.
 */
export async function reviewOnCall(ctx: PullRequestContext): Promise<PullRequestReview> {
  // A team file the pull request adds or removes is one of them when a glob of oncall.files matches it.
  const touched = [...ctx.diff.files.keys()];
  const { paths } = await onCallPaths(ctx.files, ctx.config.oncall.files, touched);
  const changed = paths.filter((p) => isChangedFile(ctx.diff, p));
  if (changed.length === 0) return { findings: [] };
  const notes: string[] = [];
  const loaded = await ctx.facts.onCall();
  const head = loaded.model;
  const onChanged = (f: Pick<Finding, 'file' | 'line'>): boolean =>
    f.file !== undefined &&
    changed.includes(f.file) &&
    f.line !== undefined &&
    isChangedLine(ctx.diff, f.file, f.line);
  if (!head) return { findings: loaded.findings.filter(onChanged), notes };

  const baseParsed = await baseModel(ctx, paths, changed, notes);
  const base = baseParsed?.model;
  const broken = baseParsed?.broken ?? new Set<string>();
  const horizonDays = ctx.config.oncall.horizonDays;
  const headView = analyseOnCall(head, ctx.now, horizonDays);
  const baseAnalysis = base ? analyseOnCall(base, ctx.now, horizonDays) : undefined;
  // What the base already said is not this change's doing, unless it sits on a line the change wrote.
  const before = new Set(
    [
      ...(baseParsed?.findings ?? []),
      ...(baseAnalysis?.findings ?? []),
      ...(base ? await configTeamFindings(base, ctx.config, ctx.files, ctx.configPath) : []),
    ].map(findingKey),
  );
  const isNew = (f: Finding): boolean => baseAnalysis !== undefined && !before.has(findingKey(f));
  // A login the change writes that GitHub does not know (with API access): looked up for changed lines only.
  const lookup = ctx.services.oncall?.lookupPerson;
  const people = lookup ? await unknownPersonFindings(head, lookup, onChanged) : [];
  const judged = [
    ...people,
    ...loaded.findings,
    // With a base, a schedule's gaps are judged by time below (a gap is new where the base had someone on).
    ...headView.findings.filter((f) => !baseAnalysis || !headView.scheduleGaps.has(f)),
    ...(await configTeamFindings(head, ctx.config, ctx.files, ctx.configPath)),
  ];
  const findings = sortFindings([
    ...judged.filter((f) => onChanged(f) || isNew(f)),
    ...introducedGaps(headView.view, baseAnalysis?.view, broken, ctx.diff),
  ]);
  const changes = scheduleChanges(head, base, broken, ctx.now);
  return {
    findings,
    notes,
    section: {
      title: 'On-call: who is on call before and after this change',
      markdown: changeSectionMarkdown(changes, base !== undefined),
    },
  };
}
