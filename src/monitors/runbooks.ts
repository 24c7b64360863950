import type { Finding } from '../findings.js';
import { linksInMessage, otherRefPrefix, resolveLink } from './links.js';
import type { LinkCandidate } from './links.js';
import { emptyInAnnotations, hasTemplate, readTemplate } from './templates.js';
import type { Monitor } from './types.js';

/** What the docs domain says about repository paths: their kind, and their findings. */
export interface RunbookDocs {
  kindOf(path: string): string | undefined;
  check(paths: readonly string[]): Promise<Finding[]>;
}

export type RunbookStatus = 'ok' | 'missing' | 'not-found' | 'failing';

/** The runbook link chosen for a monitor, before the docs checks have been run on it. */
export type RunbookLink =
  /** `hiddenIn`: the block a runbook link sits in that the page is not sent from (`{{#is_recovery}}`). */
  | { state: 'missing'; hiddenIn?: string }
  | { state: 'runbook'; path: string; raw: string; anchor?: string }
  | { state: 'not-a-runbook'; path: string; raw: string }
  | { state: 'not-found'; path: string; raw: string }
  /** `otherRef`: the configured prefix it would match, on another branch or commit. */
  | { state: 'outside'; raw: string; otherRef?: string }
  | { state: 'invalid'; raw: string; why: string }
  /**
   * A link built by a template (`{{ $labels.service }}`, Datadog's `{{service.name}}`): which file it names is
   * only known when it fires. `rendersEmpty`: the template is one Prometheus always renders empty.
   */
  | { state: 'templated'; raw: string; rendersEmpty: string | undefined };

const RANK: Record<RunbookLink['state'], number> = {
  runbook: 0,
  'not-a-runbook': 1,
  'not-found': 2,
  invalid: 3,
  templated: 4,
  outside: 5,
  missing: 6,
};

/** Where a Datadog message's text is shown: a link counts only when the page carries it. */
export interface PageText {
  /** The block a link at this offset sits in, when the notifications that page never show it. */
  hiddenAt(offset: number): string | undefined;
}

export interface LinkContext {
  prefixes: readonly string[];
  exists(path: string): boolean;
  kindOf(path: string): string | undefined;
}

/**
 * A monitor's runbook: of the links it holds that are meant as one (labelled "runbook", mapped into the
 * repository by a URL prefix, or naming a file or runbook path of it), the best; links to dashboards and
 * other sites are not runbook links and are left alone.
 */
export function chooseRunbook(monitor: Monitor, ctx: LinkContext, page?: PageText): RunbookLink {
  const candidates: LinkCandidate[] =
    monitor.source === 'prometheus'
      ? monitor.runbookUrl && monitor.runbookUrl.text.trim() !== ''
        ? [{ raw: monitor.runbookUrl.text.trim(), offset: 0, labelled: true }]
        : []
      : monitor.message
        ? linksInMessage(monitor.message.text)
        : [];
  let best: RunbookLink = { state: 'missing' };
  let hiddenIn: string | undefined;
  for (const link of candidates) {
    const judged = judge(link, ctx, monitor.source);
    const hidden = judged ? page?.hiddenAt(link.offset) : undefined;
    if (hidden !== undefined) {
      hiddenIn ??= hidden;
      continue;
    }
    if (judged && RANK[judged.state] < RANK[best.state]) best = judged;
  }
  return best.state === 'missing' && hiddenIn !== undefined ? { state: 'missing', hiddenIn } : best;
}

function judge(
  link: LinkCandidate,
  ctx: LinkContext,
  source: Monitor['source'],
): RunbookLink | undefined {
  const isUrl = /^[a-z][a-z0-9+.-]*:/i.test(link.raw);
  if (hasTemplate(link.raw)) {
    // Only a link meant as the runbook: a dashboard URL with template variables is none.
    if (!link.labelled && resolveLink(link.raw, ctx.prefixes).kind !== 'repo') return undefined;
    const empty =
      source === 'prometheus' ? readTemplate(link.raw).outputs.find(emptyInAnnotations) : undefined;
    return { state: 'templated', raw: link.raw, rendersEmpty: empty };
  }
  const resolved = resolveLink(link.raw, ctx.prefixes);
  if (resolved.kind === 'external') {
    if (!link.labelled) return undefined;
    const otherRef = otherRefPrefix(link.raw, ctx.prefixes);
    return otherRef
      ? { state: 'outside', raw: link.raw, otherRef }
      : { state: 'outside', raw: link.raw };
  }
  if (resolved.kind === 'invalid') {
    return link.labelled ? { state: 'invalid', raw: link.raw, why: resolved.why } : undefined;
  }
  const { path } = resolved;
  const exists = ctx.exists(path);
  const kind = ctx.kindOf(path);
  if (exists) {
    return kind === 'runbook'
      ? {
          state: 'runbook',
          path,
          raw: link.raw,
          ...(resolved.anchor ? { anchor: resolved.anchor } : {}),
        }
      : link.labelled || isUrl
        ? { state: 'not-a-runbook', path, raw: link.raw }
        : undefined;
  }
  // A path nobody wrote as a runbook, that is no runbook path and no file, is prose (`see api/v2/README.md`).
  return link.labelled || isUrl || kind === 'runbook'
    ? { state: 'not-found', path, raw: link.raw }
    : undefined;
}
