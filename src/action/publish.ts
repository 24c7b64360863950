import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Finding } from '../findings.js';
import {
  ANNOTATIONS_PER_LEVEL_PER_STEP,
  buildAnnotations,
  renderJson,
  renderMarkdown,
  renderSarifString,
} from '../report/index.js';
import type { ActionCore } from './core.js';

export interface ReportPaths {
  json: string;
  sarif: string;
}

export interface ReportMeta {
  /** `owner/repo` or the workspace path. */
  label: string;
  generatedAt: string;
  toolVersion: string;
  /** Where SARIF pins repository-wide findings: the config file in use. */
  anchorFile?: string;
}

/**
 * GitHub caps a step summary at 1 MiB. Markdown length is counted in UTF-16 units and a unit can take 3 bytes
 * in UTF-8, so this many units always fits.
 */
export const JOB_SUMMARY_MAX_CHARS = 340_000;
const JOB_SUMMARY_MAX_ROWS = 1000;

/**
 * Writes the JSON and SARIF reports to a fresh directory under RUNNER_TEMP (the OS temp dir when run outside
 * a runner), so two uses of the Action in one job never overwrite each other's files.
 */
export async function writeReportFiles(
  tempRoot: string | undefined,
  findings: readonly Finding[],
  meta: ReportMeta,
): Promise<ReportPaths> {
  const root = tempRoot && tempRoot.trim() !== '' ? tempRoot : os.tmpdir();
  await mkdir(root, { recursive: true });
  const dir = await mkdtemp(path.join(root, 'ops-steward-'));
  const json = path.join(dir, 'ops-steward.json');
  const sarif = path.join(dir, 'ops-steward.sarif');
  await writeFile(
    json,
    renderJson(findings, { repository: meta.label, generatedAt: meta.generatedAt }),
  );
  await writeFile(
    sarif,
    renderSarifString(findings, { toolVersion: meta.toolVersion, anchorFile: meta.anchorFile }),
  );
  return { json, sarif };
}

/**
 * Annotations through core.error/warning/notice. GitHub shows only the first 10 of each level per step, so only
 * those are emitted (errors first) and one notice says where the rest are. `first` (a subset of `findings`)
 * takes the first places within each level: on a pull request, the findings about its own changes.
 */
export function emitAnnotations(
  core: Pick<ActionCore, 'error' | 'warning' | 'notice'>,
  findings: readonly Finding[],
  first: readonly Finding[] = [],
): void {
  const preferred = new Set(first);
  const front = buildAnnotations(findings.filter((f) => preferred.has(f)));
  const rest = buildAnnotations(findings.filter((f) => !preferred.has(f)));
  const emitted = { error: 0, warning: 0, notice: 0 };
  let notShown = 0;
  for (const level of ['error', 'warning', 'notice'] as const) {
    for (const a of [...front.annotations, ...rest.annotations]) {
      if (a.level !== level) continue;
      if (emitted[level] >= ANNOTATIONS_PER_LEVEL_PER_STEP) {
        notShown++;
        continue;
      }
      emitted[level]++;
      core[level](a.message, a.properties);
    }
  }
  if (notShown > 0) {
    core.notice(
      `${notShown} more ${notShown === 1 ? 'finding is' : 'findings are'} not annotated ` +
        '(GitHub shows 10 of each level per step): see the job summary, the JSON report or the SARIF file.',
    );
  }
}

/** `reserve`: characters already taken by a command's own section above the report. */
export function renderJobSummary(
  findings: readonly Finding[],
  label: string,
  title?: string,
  reserve = 0,
): string {
  return renderMarkdown(findings, {
    label,
    title,
    maxChars: Math.max(1000, JOB_SUMMARY_MAX_CHARS - reserve),
    maxRows: JOB_SUMMARY_MAX_ROWS,
  });
}

/** A missing GITHUB_STEP_SUMMARY (a local run) or a full disk must not turn a clean check into a failure. */
export async function writeJobSummary(
  core: Pick<ActionCore, 'summary' | 'warning'>,
  markdown: string,
): Promise<boolean> {
  try {
    core.summary.addRaw(markdown, true);
    await core.summary.write();
    return true;
  } catch (error) {
    core.warning(
      `could not write the job summary: ${error instanceof Error ? error.message : String(error)}`,
    );
    return false;
  }
}
