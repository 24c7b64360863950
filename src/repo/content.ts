import { isBinaryFile } from 'isbinaryfile';
import { CODEOWNERS_LOCATIONS } from '../codeowners/locate.js';
import type { Finding } from '../findings.js';

export const SKIPPED_FILE_RULE = 'repo/skipped-file';

export function skippedNotice(file: string, why: string): Finding {
  return {
    ruleId: SKIPPED_FILE_RULE,
    severity: 'notice',
    file,
    message: `Skipped ${file}: ${why}.`,
  };
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1).replace(/\.0$/, '')} KiB`;
  return `${(n / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MiB`;
}

export function tooLargeReason(size: number, max: number): string {
  return `${formatBytes(size)} is over the ${formatBytes(max)} size limit`;
}

/**
 * Files whose size limit GitHub sets, not us: GitHub uses a CODEOWNERS file up to 3 MB, and the
 * ownership check must read one that is larger still to say that GitHub ignores it.
 */
const GITHUB_SIZED_FILES: ReadonlyMap<string, number> = new Map(
  CODEOWNERS_LOCATIONS.map((path) => [path, 16 * 1024 * 1024] as const),
);

/** The size cap for one path: the reader's own cap, or the larger one GitHub applies to that file. */
export function sizeLimitFor(path: string, maxFileBytes: number): number {
  return Math.max(maxFileBytes, GITHUB_SIZED_FILES.get(path) ?? 0);
}

/** The cap for one read: the path's own, raised (never lowered) by the caller's `maxBytes`. */
export function readLimitFor(path: string, maxFileBytes: number, requested?: number): number {
  return Math.max(sizeLimitFor(path, maxFileBytes), requested ?? 0);
}

export function validateMaxFileBytes(value: number): number {
  if (!Number.isInteger(value) || value <= 0) {
    throw new RangeError(`maxFileBytes must be a positive integer, got ${String(value)}`);
  }
  return value;
}

export type Decoded = { text: string } | { skip: string };

/**
 * Bytes to text, or the reason they are not text. UTF-16 with a BOM is decoded rather than
 * called binary (Windows editors still write it); the BOM is dropped so parsers see column 1.
 */
export async function decodeText(bytes: Uint8Array): Promise<Decoded> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (await isBinaryFile(buf, buf.length)) return { skip: 'binary file' };
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe && !(buf[2] === 0 && buf[3] === 0)) {
    return { text: new TextDecoder('utf-16le').decode(buf) };
  }
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(buf) };
  }
  // TextDecoder strips a UTF-8 BOM by default; invalid sequences become U+FFFD instead of throwing.
  return { text: new TextDecoder('utf-8').decode(buf) };
}

/** Repository paths are compared as stored: forward slashes, no `./`, no `..`. */
export function isCleanRelativePath(p: string): boolean {
  if (p === '' || p.startsWith('/') || p.includes('\\')) return false;
  return p.split('/').every((seg) => seg !== '' && seg !== '.' && seg !== '..');
}

/** Code-unit order, not locale order: stable across machines and matching git's own sort. */
export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Notices in path order, one per file (the first reason wins). */
export class NoticeLog {
  private readonly byFile = new Map<string, Finding>();

  add(file: string, why: string): void {
    if (!this.byFile.has(file)) this.byFile.set(file, skippedNotice(file, why));
  }

  /** A later, truer reason (a file read under a larger cap and still too big). */
  replace(file: string, why: string): void {
    this.byFile.set(file, skippedNotice(file, why));
  }

  /** The file was read after all. */
  delete(file: string): void {
    this.byFile.delete(file);
  }

  list(): Finding[] {
    return [...this.byFile.entries()].sort(([a], [b]) => comparePaths(a, b)).map(([, f]) => f);
  }
}
