import type { CliIo } from './io.js';

/** Work shorter than this never shows a line: a flicker would be noise. */
export const PROGRESS_AFTER_MS = 2000;
/** Redraws at most this often: a terminal repainting per file slows the scan it reports on. */
const REDRAW_MS = 100;

export interface ProgressLine {
  /** `done` of `total` files so far. */
  update(done: number, total: number): void;
  /** Erases the line (if one was drawn) before the command prints its result. */
  end(): void;
}

const SILENT: ProgressLine = { update: () => undefined, end: () => undefined };

/**
 * One self-overwriting line on stderr (`scanning flags: 1,204 / 7,997 files`) for long work, only when stderr
 * is a terminal: in CI logs, pipes and files it would be garbage, so it is not written at all there.
 */
export function progressLine(io: CliIo, label: string): ProgressLine {
  if (!io.stderrIsTty) return SILENT;
  const clock = io.clock ?? (() => performance.now());
  const started = clock();
  let lastDraw = -Infinity;
  let drawn = false;
  const format = new Intl.NumberFormat('en-US');
  return {
    update(done, total) {
      const t = clock();
      if (t - started < PROGRESS_AFTER_MS || (t - lastDraw < REDRAW_MS && done < total)) return;
      lastDraw = t;
      drawn = true;
      // \r back to column 0, ESC[K clears what a longer previous line left behind.
      io.stderr(`\r\x1b[K${label}: ${format.format(done)} / ${format.format(total)} files`);
    },
    end() {
      if (drawn) io.stderr('\r\x1b[K');
      drawn = false;
    },
  };
}
