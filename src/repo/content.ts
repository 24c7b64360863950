import { isUtf8 } from 'node:buffer';
import { isBinaryFile } from 'isbinaryfile';
import { CODEOWNERS_LOCATIONS } from '../codeowners/locate.js';
import type { Finding } from '../findings.js';

export const SKIPPED_FILE_RULE = 'repo/skipped-file';
export const INVALID_UTF8_RULE = 'repo/invalid-utf8';

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

/** Where in a file its first byte that is not UTF-8 is: 1-based line and column (in characters, as parsers count). */
export interface BadByte {
  line: number;
  column: number;
  /** The offending bytes as hex, e.g. `0xE9` or `0xC3 0x28`. */
  bytes: string;
}

/** Text, with `invalid` set when bytes that are not UTF-8 were replaced by U+FFFD; or why it is not text. */
export type Decoded = { text: string; invalid?: BadByte } | { skip: string };

/**
 * Bytes to text, or the reason they are not text. UTF-16 with a BOM is decoded rather than
 * called binary (Windows editors still write it); the BOM is dropped so parsers see column 1.
 * Bytes that are not UTF-8 are replaced (every check still sees the rest of the file), and where the
 * first one is comes back in `invalid`, for the reader to report: a replaced byte must never pass silently.
 */
export async function decodeText(bytes: Uint8Array): Promise<Decoded> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if ((await isBinaryFile(buf, buf.length)) && !isMostlyText(buf)) return { skip: 'binary file' };
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe && !(buf[2] === 0 && buf[3] === 0)) {
    return { text: new TextDecoder('utf-16le').decode(buf) };
  }
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(buf) };
  }
  // TextDecoder strips a UTF-8 BOM by default; invalid sequences become U+FFFD instead of throwing.
  const text = new TextDecoder('utf-8').decode(buf);
  if (isUtf8(buf)) return { text };
  return { text, invalid: locateBadByte(buf) };
}

/**
 * A second opinion when isbinaryfile says "binary": its guess from the first bytes (ill-formed UTF-8,
 * protobuf-like patterns) calls a short source file with one bad byte binary, and a skipped file loses
 * every check of it. Without a NUL byte, and with under 10% of the whole file ill-formed or control
 * bytes, it is text with some bad bytes, reported as such.
 */
function isMostlyText(buf: Uint8Array): boolean {
  if (buf.includes(0)) return false;
  let suspicious = 0;
  for (let i = 0; i < buf.length;) {
    const b = buf[i] ?? 0;
    if (b < 0x80) {
      if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b)
        suspicious++;
      i++;
      continue;
    }
    const n = wellFormedLength(buf, i);
    if (n > 0) i += n;
    else {
      suspicious += -n;
      i += -n;
    }
  }
  return suspicious * 10 < buf.length;
}

/** The first ill-formed sequence, by the rules of the Unicode standard (table 3-7), and where it is. */
export function locateBadByte(buf: Uint8Array): BadByte {
  let i = 0;
  let badLength = 1;
  for (; i < buf.length;) {
    const n = wellFormedLength(buf, i);
    if (n > 0) {
      i += n;
      continue;
    }
    badLength = Math.max(1, -n);
    break;
  }
  let lineStart = 0;
  let line = 1;
  for (let j = buf.indexOf(0x0a); j >= 0 && j < i; j = buf.indexOf(0x0a, j + 1)) {
    line++;
    lineStart = j + 1;
  }
  // The bytes before it on its line are well formed: their decoded length is the column (a BOM is not counted).
  const column = new TextDecoder('utf-8').decode(buf.subarray(lineStart, i)).length + 1;
  const bytes = [...buf.subarray(i, Math.min(buf.length, i + badLength))]
    .map((b) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`)
    .join(' ');
  return { line, column, bytes };
}

/** The length of the well-formed sequence at `i`, or minus the length of the ill-formed prefix there. */
function wellFormedLength(buf: Uint8Array, i: number): number {
  const b0 = buf[i] ?? 0;
  if (b0 < 0x80) return 1;
  let need: number;
  let lo = 0x80;
  let hi = 0xbf;
  if (b0 >= 0xc2 && b0 <= 0xdf) need = 1;
  else if (b0 >= 0xe0 && b0 <= 0xef) {
    need = 2;
    if (b0 === 0xe0) lo = 0xa0;
    if (b0 === 0xed) hi = 0x9f;
  } else if (b0 >= 0xf0 && b0 <= 0xf4) {
    need = 3;
    if (b0 === 0xf0) lo = 0x90;
    if (b0 === 0xf4) hi = 0x8f;
  } else return -1;
  for (let k = 1; k <= need; k++) {
    const b = buf[i + k];
    const [min, max] = k === 1 ? [lo, hi] : [0x80, 0xbf];
    if (b === undefined || b < min || b > max) return -k;
  }
  return need + 1;
}

export function invalidUtf8Notice(file: string, at: BadByte): Finding {
  return {
    ruleId: INVALID_UTF8_RULE,
    severity: 'warning',
    file,
    line: at.line,
    column: at.column,
    message: `${file} is not valid UTF-8: ${at.bytes} at line ${at.line}, column ${at.column} is not part of any character. The file was read with U+FFFD in place of each such byte, so text there (a key, a name, a link) may be misread. Save the file as UTF-8.`,
  };
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

/**
 * Notices in path order: at most one "skipped" notice per file (the first reason wins), and for a file
 * that was read, where its text is not UTF-8.
 */
export class NoticeLog {
  private readonly byFile = new Map<string, Finding>();
  private readonly invalid = new Map<string, Finding>();

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

  /** What a reader decoded: a file with bytes that are not UTF-8 gets its positioned notice. */
  decoded(file: string, decoded: { invalid?: BadByte }): void {
    if (decoded.invalid) this.invalid.set(file, invalidUtf8Notice(file, decoded.invalid));
  }

  list(): Finding[] {
    return [...this.byFile, ...this.invalid]
      .sort(([a], [b]) => comparePaths(a, b))
      .map(([, f]) => f);
  }
}

/** Files read with bytes that are not UTF-8 (replaced by U+FFFD), with where the first such byte is. */
export function undecodableFiles(notices: readonly Finding[]): Map<string, Finding> {
  return new Map(
    notices.flatMap((n) => (n.ruleId === INVALID_UTF8_RULE && n.file ? [[n.file, n]] : [])),
  );
}
