import type { Finding } from '../findings.js';
import { countFindings } from '../findings.js';
import { buildAnnotations } from '../report/index.js';
import type { OctokitLike } from '../repo/github.js';

/** The request that updates and concludes a check run (the request budget still lets it through). */
export const CHECK_RUN_UPDATE = 'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}';

/** GitHub's limits for the Checks API (https://docs.github.com/rest/checks/runs). */
export const CHECK_RUN_LIMITS = {
  /** Annotations accepted per create/update request; more are sent in further updates, which append. */
  annotationsPerRequest: 50,
  /**
   * `output.summary` and `output.text`. The reference says "characters" but GitHub enforces UTF-8 bytes
   * (422 "summary exceeds a maximum bytesize of 65535", github/docs#35252), so we cut by bytes.
   */
  outputBytes: 65535,
  /** `annotation.message` and `raw_details`, in bytes. */
  annotationBytes: 64 * 1024,
  /** `annotation.title`, and what this module keeps of `output.title`. */
  titleChars: 255,
} as const;

/** Our own bound: each batch is one request, and a check run past a thousand annotations helps nobody. */
export const MAX_ANNOTATIONS = 1000;

export type CheckConclusion = 'success' | 'neutral' | 'failure';

export interface CheckRunAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  message: string;
  title?: string;
}

export interface CheckRunRef {
  owner: string;
  repo: string;
  checkRunId: number;
}

export interface CheckRunOutput {
  title: string;
  summary: string;
  text?: string;
}

/** Errors fail the check; warnings are visible but do not block a merge (neutral counts as passing). */
export function conclusionFor(findings: readonly Finding[]): CheckConclusion {
  const counts = countFindings(findings);
  if (counts.errors > 0) return 'failure';
  return counts.warnings > 0 ? 'neutral' : 'success';
}

/**
 * Findings with a file become annotations (errors first); repository-wide findings have nowhere to point and
 * appear only in the summary. Messages and titles are cut to GitHub's limits.
 */
export function toCheckRunAnnotations(findings: readonly Finding[]): CheckRunAnnotation[] {
  const out: CheckRunAnnotation[] = [];
  for (const a of buildAnnotations(findings).annotations) {
    const p = a.properties;
    if (!p.file) continue;
    const start = p.startLine ?? 1;
    const annotation: CheckRunAnnotation = {
      path: p.file,
      start_line: start,
      end_line: p.endLine ?? start,
      annotation_level: a.level === 'error' ? 'failure' : a.level,
      message: truncateUtf8(a.message, CHECK_RUN_LIMITS.annotationBytes),
    };
    // GitHub rejects columns on a multi-line annotation; buildAnnotations already leaves them out there.
    if (p.startColumn !== undefined) annotation.start_column = p.startColumn;
    if (p.endColumn !== undefined) annotation.end_column = p.endColumn;
    if (p.title) annotation.title = truncateChars(p.title, CHECK_RUN_LIMITS.titleChars);
    out.push(annotation);
  }
  return out;
}

export async function createCheckRun(
  octokit: OctokitLike,
  params: { owner: string; repo: string; name: string; headSha: string; output?: CheckRunOutput },
): Promise<CheckRunRef> {
  const { data } = await octokit.request('POST /repos/{owner}/{repo}/check-runs', {
    owner: params.owner,
    repo: params.repo,
    name: params.name,
    head_sha: params.headSha,
    status: 'in_progress',
    ...(params.output ? { output: fitOutput(params.output) } : {}),
  });
  const id = (data as { id?: unknown }).id;
  if (typeof id !== 'number') throw new Error('GitHub created a check run but returned no id');
  return { owner: params.owner, repo: params.repo, checkRunId: id };
}

/**
 * Completes a check run. Annotations beyond the first 50 go in earlier updates (GitHub appends them), and the
 * last request carries the conclusion, so a failure halfway leaves the run open for the caller to conclude.
 * Returns how many annotations were left out by MAX_ANNOTATIONS.
 */
export async function completeCheckRun(
  octokit: OctokitLike,
  run: CheckRunRef,
  result: {
    conclusion: CheckConclusion;
    output: CheckRunOutput;
    annotations?: readonly CheckRunAnnotation[];
  },
): Promise<{ omittedAnnotations: number }> {
  const all = result.annotations ?? [];
  const kept = all.slice(0, MAX_ANNOTATIONS);
  const output = fitOutput(result.output);
  const batches: CheckRunAnnotation[][] = [];
  for (let i = 0; i < kept.length; i += CHECK_RUN_LIMITS.annotationsPerRequest) {
    batches.push(kept.slice(i, i + CHECK_RUN_LIMITS.annotationsPerRequest));
  }
  const last = batches.pop() ?? [];
  const route = CHECK_RUN_UPDATE;
  const target = { owner: run.owner, repo: run.repo, check_run_id: run.checkRunId };
  for (const batch of batches) {
    await octokit.request(route, { ...target, output: { ...output, annotations: batch } });
  }
  await octokit.request(route, {
    ...target,
    status: 'completed',
    conclusion: result.conclusion,
    output: last.length > 0 ? { ...output, annotations: last } : output,
  });
  return { omittedAnnotations: all.length - kept.length };
}

function fitOutput(output: CheckRunOutput): CheckRunOutput {
  const fitted: CheckRunOutput = {
    title: truncateChars(output.title, CHECK_RUN_LIMITS.titleChars),
    summary: truncateUtf8(output.summary, CHECK_RUN_LIMITS.outputBytes),
  };
  if (output.text !== undefined)
    fitted.text = truncateUtf8(output.text, CHECK_RUN_LIMITS.outputBytes);
  return fitted;
}

/** Cuts to at most `max` UTF-16 units without splitting a surrogate pair, marking the cut with an ellipsis. */
export function truncateChars(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max - 1);
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/** Cuts to at most `maxBytes` of UTF-8 on a code point boundary, marking the cut with an ellipsis. */
export function truncateUtf8(text: string, maxBytes: number): string {
  if (Buffer.byteLength(text, 'utf8') <= maxBytes) return text;
  const budget = maxBytes - Buffer.byteLength('…', 'utf8');
  let used = 0;
  let out = '';
  for (const ch of text) {
    const size = Buffer.byteLength(ch, 'utf8');
    if (used + size > budget) break;
    used += size;
    out += ch;
  }
  return `${out}…`;
}
