import type { Config } from '../config/types.js';
import type { Finding, Severity } from '../findings.js';
import type { OnCallDirectory } from '../codeowners/escalation.js';
import type { OnCallModel } from '../oncall/types.js';
import type { RepoFiles } from '../repo/types.js';
import { agrees, isKnownTarget, mappedTarget, runbookEscalation } from './escalation.js';
import type { EscalationFacts, EscalationTargets } from './escalation.js';
import { analyzeMessage, blockAt, pagingMentions, TRIGGER_EVENTS } from './message.js';
import type { HandleMention, MessageAnalysis } from './message.js';
import { prometheusPaging } from './prometheus-paging.js';
import type { PagerRoute } from './read/alertmanager.js';
import { readMonitors } from './read/index.js';
import { markdownAnchors } from '../docs/api.js';
import { chooseRunbook } from './runbooks.js';
import type { PageText, RunbookDocs, RunbookLink, RunbookStatus } from './runbooks.js';
import type { Monitor, Pos } from './types.js';

/** One line of `monitors list --json`: a contract, keep the field order. */
export interface MonitorRow {
  file: string;
  line: number;
  name: string;
  /** `grafana` for a Grafana-managed rule. */
  source: Monitor['source'] | 'grafana';
  paging: boolean;
  handles: string[];
  runbook: string | null;
  /** Null for monitors that do not page. */
  runbookStatus: RunbookStatus | null;
}

export interface MonitorsReport {
  rows: MonitorRow[];
  /** The monitor of each row, in the same order. */
  monitors: Monitor[];
  findings: Finding[];
  /** Rows of Prometheus alerts that page because an Alertmanager route sends them to a pager. */
  pagedVia: ReadonlyMap<MonitorRow, PagerRoute>;
  /** Paging monitors, and those of them whose runbook exists, is a runbook and passes its checks. */
  coverage: { paging: number; valid: number; monitors: number; files: number };
}

export interface AnalyzeInput {
  files: RepoFiles;
  config: Config;
  docs: RunbookDocs;
  onCall: { model: OnCallModel | undefined; directory: OnCallDirectory | undefined };
}

interface Paged {
  monitor: Monitor;
  row: MonitorRow;
  pagers: HandleMention[];
  /** The Alertmanager route that makes a Prometheus alert page, when its severity alone does not. */
  via?: PagerRoute | undefined;
  link: RunbookLink;
}

/** Reads every monitor, decides which page, and judges their runbooks and handles. */
export async function analyzeMonitors(input: AnalyzeInput): Promise<MonitorsReport> {
  const config = input.config.monitors;
  const read = await readMonitors(input.files, config);
  const findings: Finding[] = [...read.findings];
  const existing = new Set(await input.files.list());
  const linkCtx = {
    prefixes: config.runbookUrlPrefixes,
    exists: (p: string) => existing.has(p),
    kindOf: (p: string) => input.docs.kindOf(p),
  };
  const facts: EscalationFacts = {
    handles: config.handles,
    model: input.onCall.model,
    directory: input.onCall.directory,
    codeowners: input.config.codeowners,
  };
  const rows: MonitorRow[] = [];
  const paged: Paged[] = [];
  for (const monitor of read.monitors) {
    const at = (pos: Pos | undefined): Pick<Finding, 'file' | 'line' | 'column'> => ({
      file: monitor.file,
      ...(pos ?? monitor.at),
    });
    const say = (ruleId: string, severity: Severity, message: string, pos?: Pos): void => {
      findings.push({ ruleId: `monitors/${ruleId}`, severity, message, ...at(pos) });
    };
    const row: MonitorRow = {
      file: monitor.file,
      line: monitor.at.line,
      name: monitor.name,
      source: monitor.source === 'prometheus' && monitor.grafana ? 'grafana' : monitor.source,
      paging: false,
      handles: [],
      runbook: null,
      runbookStatus: null,
    };
    rows.push(row);
    let pagers: HandleMention[] = [];
    let via: PagerRoute | undefined;
    let page: PageText | undefined;
    if (monitor.source === 'datadog') {
      const message = monitor.message;
      if (message?.dynamic === 'whole') {
        say(
          'dynamic-value',
          'notice',
          `the message of "${monitor.name}" is the expression ${short(message.text)}: whether it pages is not known, so it is not counted`,
          message.at,
        );
        continue;
      }
      if (!message) continue;
      if (message.dynamic === 'partial') {
        say(
          'dynamic-value',
          'notice',
          `the message of "${monitor.name}" interpolates Terraform expressions: handles and links they add are not checked`,
          message.at,
        );
      }
      const analysis = analyzeMessage(message.text);
      for (const p of analysis.problems)
        say(
          'message-template',
          'warning',
          `message of "${monitor.name}": ${p.message}`,
          message.at,
        );
      row.handles = [...new Set(analysis.mentions.map((m) => m.handle))];
      pagers = pagingMentions(analysis, config.pagingHandles);
      row.paging = pagers.length > 0;
      if (!row.paging) continue;
      page = pageText(analysis, pagers);
      const onWarning = unique(pagers.filter((m) => m.events.has('warning')).map((m) => m.handle));
      if (onWarning.length > 0 && monitor.hasWarningThreshold === true) {
        say(
          'pages-on-warning',
          'warning',
          `"${monitor.name}" pages ${onWarning.join(', ')} when it only warns: put the pager handle in {{#is_alert}}…{{/is_alert}} and send warnings to chat`,
          message.at,
        );
      }
      if (config.notices.noWarningThreshold && monitor.hasWarningThreshold === false) {
        say(
          'no-warning-threshold',
          'notice',
          `paging monitor "${monitor.name}" has no warning threshold: nothing warns before it pages`,
        );
      }
      if (config.notices.noRecoveryMessage && !analysis.hasRecoveryBlock) {
        say(
          'no-recovery-message',
          'notice',
          `the message of paging monitor "${monitor.name}" has no {{#is_recovery}} block: the on-call is not told when it recovers`,
          message.at,
        );
      }
    } else {
      const verdict = prometheusPaging(
        monitor,
        config.pagingSeverities,
        read.routing,
        read.contactPoints,
      );
      row.paging = verdict.paging;
      via = verdict.via;
      if (verdict.unknown) {
        say(
          'dynamic-value',
          'notice',
          `the severity of "${monitor.name}" is the template ${short(verdict.unknown.text)}: whether it pages is not known, so it is not counted`,
          verdict.unknown.at,
        );
      }
      if (!row.paging) continue;
    }
    paged.push({ monitor, row, pagers, via, link: chooseRunbook(monitor, linkCtx, page) });
  }
  findings.push(...handleFindings(paged, facts));
  const valid = await judgeRunbooks(paged, input, facts, findings, byLowerCase(existing));
  const pagingCount = paged.length;
  if (read.files.length > 0) {
    findings.push({
      ruleId: 'monitors/coverage',
      severity: 'notice',
      message: `${valid} of ${pagingCount} paging monitors link a valid runbook (${read.monitors.length} monitors in ${read.files.length} files)`,
    });
  }
  return {
    rows,
    monitors: read.monitors,
    findings,
    pagedVia: new Map(paged.flatMap((p) => (p.via ? [[p.row, p.via] as const] : []))),
    coverage: {
      paging: pagingCount,
      valid,
      monitors: read.monitors.length,
      files: read.files.length,
    },
  };
}

/** Every paging handle must map to an escalation policy or team the on-call config knows. */
function handleFindings(paged: readonly Paged[], facts: EscalationFacts): Finding[] {
  const withHandles = paged.filter((p) => p.pagers.length > 0);
  if (withHandles.length === 0) return [];
  if (!facts.model) {
    return [
      {
        ruleId: 'monitors/no-oncall',
        severity: 'notice',
        message: `${withHandles.length} paging monitors were not checked against escalation policies: no on-call config (oncall.files) was found`,
      },
    ];
  }
  const out: Finding[] = [];
  for (const { monitor, pagers } of withHandles) {
    const pos = monitor.source === 'datadog' && monitor.message ? monitor.message.at : monitor.at;
    for (const handle of unique(pagers.map((m) => m.handle))) {
      const target = mappedTarget(handle, facts);
      if (target && isKnownTarget(target, facts)) continue;
      out.push({
        ruleId: 'monitors/unknown-handle',
        severity: 'warning',
        message: target
          ? `"${monitor.name}" pages ${handle}, mapped to ${target.mapped} by monitors.handles, which is no escalation policy or team of the on-call config`
          : `"${monitor.name}" pages ${handle}, which maps to no escalation policy: add it to monitors.handles (e.g. "${handle}": <policy or @org/team>)`,
        file: monitor.file,
        ...pos,
      });
    }
  }
  return out;
}

/**
 * Existence, kind, the docs checks (one batch for every runbook) and the escalation section. Returns how
 * many paging monitors have a valid runbook.
 */
async function judgeRunbooks(
  paged: readonly Paged[],
  input: AnalyzeInput,
  facts: EscalationFacts,
  findings: Finding[],
  existingByCase: () => ReadonlyMap<string, string>,
): Promise<number> {
  const runbooks = unique(paged.flatMap((p) => (p.link.state === 'runbook' ? [p.link.path] : [])));
  const failing = new Map<string, Map<string, number>>();
  if (runbooks.length > 0) {
    for (const f of withRuleSeverities(await input.docs.check(runbooks), input.config.rules)) {
      if (f.severity === 'notice' || f.file === undefined) continue;
      const counts = failing.get(f.file) ?? new Map<string, number>();
      counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
      failing.set(f.file, counts);
    }
  }
  // A runbook's text is read once, for its anchors and its escalation alike.
  const texts = new Map<string, Promise<string | undefined>>();
  const runbookText = (path: string): Promise<string | undefined> => {
    let text = texts.get(path);
    if (!text) texts.set(path, (text = input.files.read(path)));
    return text;
  };
  const anchorsByPath = new Map<string, ReadonlySet<string> | undefined>();
  const runbookAnchors = async (path: string): Promise<ReadonlySet<string> | undefined> => {
    if (!anchorsByPath.has(path)) {
      const text = await runbookText(path);
      anchorsByPath.set(path, text === undefined ? undefined : markdownAnchors(path, text));
    }
    return anchorsByPath.get(path);
  };
  const escalations = new Map<string, EscalationTargets | undefined>();
  const policies = new Set(facts.model?.policies.keys() ?? []);
  let valid = 0;
  for (const { monitor, row, pagers, via, link } of paged) {
    const pos =
      monitor.source === 'prometheus'
        ? (monitor.runbookUrl?.at ?? monitor.at)
        : (monitor.message?.at ?? monitor.at);
    const say = (ruleId: string, severity: Severity, message: string): void => {
      findings.push({
        ruleId: `monitors/${ruleId}`,
        severity,
        message,
        file: monitor.file,
        ...pos,
      });
    };
    const name = `paging monitor "${monitor.name}"`;
    switch (link.state) {
      case 'missing':
        row.runbookStatus = 'missing';
        if (monitor.source === 'datadog' && runbookLineIsDynamic(monitor.message?.text ?? '')) {
          say(
            'dynamic-value',
            'notice',
            `the runbook link of ${name} is built from Terraform expressions: it is not checked`,
          );
          continue;
        }
        say(
          'no-runbook',
          'error',
          link.hiddenIn !== undefined
            ? `${name} links its runbook only where the page does not show it (${link.hiddenIn}): move the link out of that block, so the page says what to do`
            : monitor.source === 'prometheus'
              ? `${name} has no runbook_url annotation${via ? ` (${pagedBy(via)})` : ''}`
              : `${name} links no runbook in its message: add a link to its runbook, so the page says what to do`,
        );
        continue;
      case 'outside':
        row.runbook = link.raw;
        row.runbookStatus = 'not-found';
        say(
          'runbook-not-found',
          'error',
          link.otherRef
            ? `${name} links the runbook ${link.raw}, which is on another branch or commit than the one monitors.runbookUrlPrefixes maps (${link.otherRef}): link the runbook there, or add that prefix`
            : `${name} links the runbook ${link.raw}, which is outside this repository (a URL prefix that maps into it goes in monitors.runbookUrlPrefixes)`,
        );
        continue;
      case 'invalid':
        row.runbook = link.raw;
        row.runbookStatus = 'not-found';
        say('runbook-not-found', 'error', `${name} links the runbook ${link.why}`);
        continue;
      case 'templated':
        row.runbook = link.raw;
        if (link.rendersEmpty !== undefined) {
          row.runbookStatus = 'not-found';
          say(
            'runbook-not-found',
            'error',
            `${name} links the runbook ${link.raw}, but Prometheus renders ${link.rendersEmpty} empty in annotations (they see only the labels of the firing series): write the alert's name into the link`,
          );
        } else {
          row.runbookStatus = 'missing';
          say(
            'dynamic-value',
            'notice',
            `the runbook link of ${name} is built by a template (${link.raw}): which runbook it names is only known when it fires, so it is not checked`,
          );
        }
        continue;
      case 'not-found':
        row.runbook = link.path;
        row.runbookStatus = 'not-found';
        say(
          'runbook-not-found',
          'error',
          `${name} links the runbook ${link.path}, which does not exist${caseHint(link.path, existingByCase())}`,
        );
        continue;
      case 'not-a-runbook':
        row.runbook = link.path;
        row.runbookStatus = 'failing';
        say(
          'not-a-runbook',
          'warning',
          `${name} links ${link.path}, which is not a runbook (not under the runbook paths of docs.kinds)`,
        );
        continue;
      case 'runbook':
        break;
    }
    row.runbook = link.path;
    const rules = failing.get(link.path);
    row.runbookStatus = 'ok';
    if (rules && rules.size > 0) {
      row.runbookStatus = 'failing';
      const named = [...rules].map(([id, n]) => (n > 1 ? `${id} (${n})` : id)).join(', ');
      say(
        'runbook-failing',
        'warning',
        `the runbook ${link.path} of ${name} fails its checks: ${named}`,
      );
    }
    if (link.anchor !== undefined) {
      const anchors = await runbookAnchors(link.path);
      if (anchors && !anchorExists(link.anchor, anchors)) {
        row.runbookStatus = 'failing';
        const listed = [...anchors].slice(0, 8).map((a) => `#${a}`);
        const has =
          anchors.size === 0
            ? 'it has no headings'
            : `it has ${listed.join(', ')}${anchors.size > 8 ? ', …' : ''}`;
        say(
          'runbook-anchor-not-found',
          'warning',
          `${name} links ${link.path}#${link.anchor}, but the runbook has no heading #${link.anchor} (${has})`,
        );
      }
    }
    if (row.runbookStatus === 'ok') valid++;
    if (pagers.length === 0) continue;
    if (!escalations.has(link.path)) {
      const text = await runbookText(link.path);
      escalations.set(
        link.path,
        text === undefined ? undefined : runbookEscalation(text, policies),
      );
    }
    const escalation = escalations.get(link.path);
    if (!escalation || (escalation.teams.length === 0 && escalation.policies.length === 0))
      continue;
    const targets = unique(pagers.map((m) => m.handle)).flatMap((h) => {
      const t = mappedTarget(h, facts);
      return t && (t.team || t.policy) ? [{ handle: h, target: t }] : [];
    });
    if (targets.length === 0 || targets.some(({ target }) => agrees(target, escalation, facts)))
      continue;
    const pages = targets
      .map(
        ({ handle, target }) =>
          `${handle} (${[target.team, target.policy].filter(Boolean).join(', ')})`,
      )
      .join(', ');
    const named = [...escalation.teams, ...escalation.policies].join(', ');
    say(
      'escalation-mismatch',
      'warning',
      `${name} pages ${pages}, but the escalation section of its runbook ${link.path} names ${named}`,
    );
  }
  return valid;
}

/** The config's `rules:` applies to the docs findings that decide whether a runbook passes. */
function withRuleSeverities(findings: readonly Finding[], rules: Config['rules']): Finding[] {
  return findings.flatMap((f) => {
    const level = Object.hasOwn(rules, f.ruleId) ? rules[f.ruleId] : undefined;
    if (level === 'off') return [];
    return level === undefined ? [f] : [{ ...f, severity: level }];
  });
}

/** A line that speaks of the runbook and interpolates an expression (`Runbook: ${local.runbooks}/x.md`). */
function runbookLineIsDynamic(text: string): boolean {
  return text.split('\n').some((line) => /run-?book/i.test(line) && /[$%]\{/.test(line));
}

/** GitHub's line anchors (`#L12`, `#L12-L20`) are always there; heading anchors match case-insensitively. */
function anchorExists(anchor: string, anchors: ReadonlySet<string>): boolean {
  return /^L\d+(?:-L\d+)?$/.test(anchor) || anchors.has(anchor.toLowerCase());
}

/** The repository's paths by their lower case, built when first needed. */
function byLowerCase(paths: ReadonlySet<string>): () => ReadonlyMap<string, string> {
  let map: Map<string, string> | undefined;
  return () => (map ??= new Map([...paths].map((p) => [p.toLowerCase(), p])));
}

/** The repository file a not-found path names but for its case (macOS finds it, GitHub does not). */
function caseHint(path: string, byCase: ReadonlyMap<string, string>): string {
  const found = byCase.get(path.toLowerCase());
  return found === undefined || found === path
    ? ''
    : ` (${found} differs only in case: paths on GitHub are case-sensitive)`;
}

/** A link is carried by the page when it is shown on a notification that reaches a pager handle. */
function pageText(analysis: MessageAnalysis, pagers: readonly HandleMention[]): PageText {
  const paging = new Set(pagers.flatMap((m) => TRIGGER_EVENTS.filter((e) => m.events.has(e))));
  return {
    hiddenAt: (offset) => {
      const block = blockAt(analysis, offset);
      return block && ![...block.events].some((e) => paging.has(e)) ? block.tag : undefined;
    },
  };
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

function short(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > 60 ? `${one.slice(0, 57)}…` : one;
}

/** Why an alert of a severity that does not page pages all the same. */
function pagedBy(via: PagerRoute): string {
  return via.direct
    ? `its contact point ${via.receiver} at ${via.file}:${via.line} pages`
    : `${via.file}:${via.line} routes it to ${via.receiver}, which pages`;
}
