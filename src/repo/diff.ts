/**
 * What a pull request changed, line by line, from the unified-diff `patch` GitHub returns per file
 * (`GET /repos/{owner}/{repo}/pulls/{n}/files`). Pure: the HTTP side lives in src/github/pull-request.ts.
 */

/** GitHub's file statuses in the pull request files API. */
export type FileStatus =
  'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';

/** One hunk, kept compactly so base lines can be mapped onto head lines. */
export interface Hunk {
  oldStart: number;
  newStart: number;
  /** One character per hunk line: `+` added, `-` removed, ` ` context. */
  ops: string;
}

export interface FileDiff {
  /** Path at the head commit (for a removed file, the path it had). */
  path: string;
  /** Path at the base commit for a renamed or copied file. */
  previousPath?: string;
  status: FileStatus;
  /**
   * Head line numbers (1-based) the pull request added or changed. Null when GitHub sent no usable patch
   * (binary, or too large to show): then every line of the file counts as changed, because missing an
   * error on a changed line is worse than an annotation on a line the diff does not show.
   */
  addedLines: ReadonlySet<number> | null;
  hunks: readonly Hunk[];
  /** Why `addedLines` is null, for logs. */
  patchProblem?: string;
}

export interface PullRequestDiff {
  /** By head path. */
  files: ReadonlyMap<string, FileDiff>;
  /**
   * False when GitHub listed fewer files than the pull request has (the files API stops at 3000): files
   * missing from `files` are then unknown rather than unchanged.
   */
  complete: boolean;
}

/** The fields of one `pulls/{n}/files` entry this reads. */
export interface PullFileEntry {
  filename: string;
  status: string;
  patch?: string | null;
  previous_filename?: string | null;
}

const HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
const STATUSES: readonly FileStatus[] = [
  'added',
  'removed',
  'modified',
  'renamed',
  'copied',
  'changed',
  'unchanged',
];

export type PatchResult =
  { ok: true; addedLines: Set<number>; hunks: Hunk[] } | { ok: false; problem: string };

/**
 * Parses one file's unified-diff patch. Malformed input gives `ok: false` with the patch line that is
 * wrong, never an exception: the caller then treats the whole file as changed.
 */
export function parsePatch(patch: string): PatchResult {
  const addedLines = new Set<number>();
  const hunks: Hunk[] = [];
  const lines = patch.split('\n');
  // A patch ends with a newline or not; the empty string after the last one is no hunk line.
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  let current: { hunk: Hunk; ops: string[]; oldLeft: number; newLeft: number } | undefined;
  let newLine = 0;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const header = HUNK_HEADER.exec(text);
    if (header) {
      if (current) current.hunk.ops = current.ops.join('');
      const oldLeft = header[2] === undefined ? 1 : Number(header[2]);
      const newLeft = header[4] === undefined ? 1 : Number(header[4]);
      // An empty side names the line *before* the change (`@@ -3,0 +4,2 @@`); keep starts as "first line here".
      const oldStart = Number(header[1]) + (oldLeft === 0 ? 1 : 0);
      const newStart = Number(header[3]) + (newLeft === 0 ? 1 : 0);
      current = { hunk: { oldStart, newStart, ops: '' }, ops: [], oldLeft, newLeft };
      hunks.push(current.hunk);
      newLine = newStart;
      continue;
    }
    if (!current) {
      // Git's own headers (`diff --git`, `---`, `+++`) may precede the first hunk; GitHub omits them.
      if (
        /^(diff |index |--- |\+\+\+ |new file|deleted file|similarity|rename |old mode|new mode)/.test(
          text,
        )
      )
        continue;
      return {
        ok: false,
        problem: `line ${i + 1} of the patch is outside any hunk: ${preview(text)}`,
      };
    }
    const op = text[0];
    if (op === '\\') continue; // "\ No newline at end of file"
    if (op === '+') {
      addedLines.add(newLine);
      newLine++;
      current.newLeft--;
      current.ops.push('+');
    } else if (op === '-') {
      current.oldLeft--;
      current.ops.push('-');
    } else if (op === ' ' || text === '') {
      // Some tools strip the space of an empty context line.
      newLine++;
      current.oldLeft--;
      current.newLeft--;
      current.ops.push(' ');
    } else {
      return {
        ok: false,
        problem: `line ${i + 1} of the patch is not a diff line: ${preview(text)}`,
      };
    }
    if (current.oldLeft < 0 || current.newLeft < 0)
      return {
        ok: false,
        problem: `line ${i + 1} of the patch runs past the length its hunk header declares`,
      };
  }
  if (current) current.hunk.ops = current.ops.join('');
  return { ok: true, addedLines, hunks };
}

/** Builds the diff from the files API entries; `expectedFiles` is the pull request's `changed_files`, when known. */
export function diffFromPullFiles(
  entries: readonly PullFileEntry[],
  expectedFiles?: number,
): PullRequestDiff {
  const files = new Map<string, FileDiff>();
  for (const entry of entries) {
    const status: FileStatus = (STATUSES as readonly string[]).includes(entry.status)
      ? (entry.status as FileStatus)
      : 'modified';
    const base: Omit<FileDiff, 'addedLines' | 'hunks'> = {
      path: entry.filename,
      status,
      ...(entry.previous_filename ? { previousPath: entry.previous_filename } : {}),
    };
    if (status === 'removed' || status === 'unchanged') {
      files.set(entry.filename, { ...base, addedLines: new Set(), hunks: [] });
      continue;
    }
    if (typeof entry.patch !== 'string') {
      // A pure rename has no patch and changes no line; anything else without one is binary or too large.
      const pureRename = status === 'renamed' || status === 'copied';
      files.set(
        entry.filename,
        pureRename
          ? { ...base, addedLines: new Set(), hunks: [] }
          : {
              ...base,
              addedLines: null,
              hunks: [],
              patchProblem: 'GitHub sent no patch (binary file or diff too large)',
            },
      );
      continue;
    }
    const parsed = parsePatch(entry.patch);
    files.set(
      entry.filename,
      parsed.ok
        ? { ...base, addedLines: parsed.addedLines, hunks: parsed.hunks }
        : {
            ...base,
            addedLines: null,
            hunks: [],
            patchProblem: `unreadable patch: ${parsed.problem}`,
          },
    );
  }
  return { files, complete: expectedFiles === undefined || entries.length >= expectedFiles };
}

/** Whether the pull request added or changed `line` of head file `path`. */
export function isChangedLine(diff: PullRequestDiff, path: string, line: number): boolean {
  const file = diff.files.get(path);
  if (!file) return false;
  return file.addedLines === null || file.addedLines.has(line);
}

/** Whether the pull request touched `path` at all (by head path). */
export function isChangedFile(diff: PullRequestDiff, path: string): boolean {
  const file = diff.files.get(path);
  return file !== undefined && file.status !== 'unchanged';
}

/**
 * Where a base line sits in the head file: its new number when it survived, or — for a removed line — the
 * head line that now stands where it was, so an annotation about something deleted lands next to the gap.
 */
export function headLineForBaseLine(file: FileDiff | undefined, baseLine: number): number {
  if (!file) return baseLine;
  let shift = 0;
  for (const hunk of file.hunks) {
    if (baseLine < hunk.oldStart) return Math.max(1, baseLine + shift);
    let o = hunk.oldStart;
    let n = hunk.newStart;
    for (const op of hunk.ops) {
      if (op === '+') {
        n++;
        continue;
      }
      if (o === baseLine) return Math.max(1, n);
      o++;
      if (op === ' ') n++;
    }
    shift = n - o;
  }
  return Math.max(1, baseLine + shift);
}

function preview(text: string): string {
  const short = text.length > 60 ? `${text.slice(0, 57)}...` : text;
  return JSON.stringify(short);
}
