import type { ModuleReview, PullRequestOutcome } from '../engine/review-pull-request.js';
import { escapeMarkdownCell, GITHUB_COMMENT_LIMIT, renderMarkdown } from './markdown.js';

/** What a module's part of a pull request review is called: "ops-steward: feature flags in this pull request". */
export function reviewHeading(review: Pick<ModuleReview, 'title'>): string {
  const t = review.title;
  // "Feature flags" reads as "feature flags" mid-sentence; "CODEOWNERS" stays as it is.
  const noun = /^[A-Z][a-z]/.test(t) ? t[0]!.toLowerCase() + t.slice(1) : t;
  return `ops-steward: ${noun} in this pull request`;
}

export interface PullRequestReportMeta {
  /** What was checked: `#7 at abc1234`. */
  label: string;
  /** One line under the report: where it is updated and where the full report is. */
  footer: string;
  /** Hard cap in UTF-16 units (default: GitHub's comment limit). */
  maxChars?: number;
}

/**
 * One module's review as Markdown: its findings table, its own section (a checklist, a before/after
 * table, a chart) and its notes. Used for a module's check run and as that module's part of the comment.
 */
export function renderModuleReview(
  review: ModuleReview,
  options: { label: string; maxChars: number },
): string {
  const notes = review.notes.map((n) => `> ${escapeMarkdownCell(n)}`).join('\n>\n');
  const section = review.section
    ? `\n#### ${escapeMarkdownCell(review.section.title)}\n\n${review.section.markdown.trimEnd()}\n`
    : '';
  const tail = section + (notes ? `\n${notes}\n` : '');
  const table = renderMarkdown(review.findings, {
    title: reviewHeading(review),
    label: options.label,
    maxChars: Math.max(200, options.maxChars - tail.length),
  });
  return table + tail;
}

/**
 * The sticky comment: the part of every module that has something to say, in registry order, within
 * GitHub's size limit (each module gets a fair share, so one noisy module cannot push the others out).
 */
export function renderPullRequestReport(
  outcome: PullRequestOutcome,
  meta: PullRequestReportMeta,
): string {
  const maxChars = meta.maxChars ?? GITHUB_COMMENT_LIMIT;
  const speaking = outcome.reviews.filter((r) => r.findings.length > 0 || r.section);
  const quiet = outcome.reviews.filter((r) => !speaking.includes(r));
  const notes = outcome.notes.map((n) => `> ${escapeMarkdownCell(n)}`).join('\n>\n');
  const clean =
    quiet.length > 0
      ? `\n✅ ${quiet.map((r) => escapeMarkdownCell(r.title)).join(', ')}: no problems in this change.\n`
      : '';
  const footer = `${clean}${notes ? `\n${notes}\n` : ''}\n---\n_${meta.footer}_\n`;
  if (speaking.length === 0) {
    return `## ops-steward: this pull request\n\n✅ No problems found in this change.\n${footer}`;
  }
  const share = Math.floor((maxChars - footer.length) / speaking.length) - 2;
  const parts = speaking.map((r) => renderModuleReview(r, { label: meta.label, maxChars: share }));
  return `${parts.join('\n')}${footer}`;
}
