import { Minimatch } from 'minimatch';
import type { MinimatchOptions } from 'minimatch';
import type { Severity } from '../findings.js';
import { codeownersSeverity } from './rules.js';

/**
 * CODEOWNERS patterns, compiled once into matchers that answer exactly as GitHub does.
 *
 * GitHub documents CODEOWNERS patterns as "most of the same rules used in gitignore files, with some
 * exceptions". We delegate glob matching to minimatch wherever it agrees with GitHub, and this module
 * is the ONE place that records where GitHub differs from gitignore or from minimatch's defaults.
 * Every difference is numbered (D1…D12) and has its own case in test/codeowners/pattern.test.ts.
 *
 * D1  A line whose first non-blank character is `#` is a comment. gitignore lets `\#foo` escape it
 *     into a pattern; GitHub does not support that escape, so `\#…` is reported and skipped
 *     (the parser handles comment lines; this module reports the escape).
 * D2  No negation. gitignore's `!pattern` re-includes; GitHub rejects it. Reported, line skipped.
 *     (`\!` is an ordinary escaped character, as in gitignore.)
 * D3  No character ranges. `[a-z]` is a range in gitignore and minimatch; GitHub rejects any unescaped
 *     `[` or `]` ("Invalid pattern: both `[` and `]` must be escaped with a `\`", its error API says) and
 *     ignores the line — a range, and also a Next.js route folder such as `app/[slug]/`, which must be
 *     written `app/\[slug\]/`. Reported at the first bracket, line skipped. A GitLab section header
 *     (`[Backend]`, `^[Docs][2] @acme/docs`) is one such line: named as such, since GitHub has no sections.
 * D4  No brace expansion `{a,b}` and no extglobs `+(x)`, `@(x)`, `!(x)`: these are minimatch
 *     features, not gitignore's. Their characters are literal (minimatch runs with
 *     `nobrace`/`noext` and every literal character is escaped before it reaches minimatch).
 * D5  A trailing lone `*` segment (`docs/*`) matches only direct children. In gitignore `docs/*`
 *     also matches the directory `docs/sub`, hence everything below it; GitHub's documentation
 *     states `docs/*` does not own `docs/build-app/troubleshooting.md`.
 * D6  Paths are case-sensitive, on every platform (GitHub evaluates them, not the local file system).
 *     Existing npm libraries that match case-insensitively get this wrong.
 * D7  `*`, `?` and `**` match dotfiles and dot-directories (`.github/…`). minimatch skips them by
 *     default; gitignore and GitHub do not.
 * D8  A pattern without a slash, or with only a trailing slash (`*.js`, `apps/`), matches at any
 *     depth — gitignore semantics, which minimatch needs spelt with a leading `**` segment.
 * D9  A pattern that names a directory (no trailing slash) owns everything below it, because
 *     GitHub matches the files in a pull request and a directory match covers its contents.
 *     minimatch needs an explicit trailing `**` segment for that. A trailing slash (`logs/`)
 *     matches only directories, so it never owns a file named `logs`.
 * D10 A leading `/` or a slash in the middle anchors the pattern to the repository root (gitignore).
 *     minimatch would read a leading `/` as the file-system root.
 * D11 Backslash escapes the next character (`\ ` for a space inside a pattern, `\*` for a literal
 *     star). A trailing lone backslash escapes nothing and is reported. On Windows minimatch would
 *     read `\` as a path separator; we pin the platform to POSIX semantics.
 * D12 The pattern `/` (or only slashes) and patterns with `.`/`..` segments never match a file:
 *     GitHub's own error API suggests `*` for `/`. Reported, kept (it matches nothing).
 *
 * Not differences, but often assumed to be: `*` does not cross `/`, `**` does; `?` is one
 * character other than `/`; `a/**` matches everything below `a` but not `a` itself; a leading
 * `**` segment also matches at the root. minimatch already does all of these the gitignore way.
 */

/** An issue that makes GitHub ignore the whole line, at `offset`, with its rule's default severity. */
export function lineIgnored(ruleId: string, offset: number, message: string): PatternIssue {
  return { ruleId, severity: codeownersSeverity(ruleId), offset, fatal: true, message };
}

/** D3: the first unescaped bracket of a pattern. */
function bracketIssue(offset: number): PatternIssue {
  return lineIgnored(
    'codeowners/character-range',
    offset,
    'GitHub rejects an unescaped "[" or "]" ("both [ and ] must be escaped with a \\") and ignores this line. ' +
      'For a folder or file named with brackets (a Next.js [id] route) write "\\[id\\]"; for a range, ' +
      'list the patterns or use "*" or "?".',
  );
}

/**
 * D3: a GitLab section header (`[Backend]`, `^[Docs][2] @acme/docs`, `[Section name]`), when `line` (from its
 * first non-blank character) starts with one. Its brackets make GitHub reject the line like any other.
 */
export function sectionHeaderIssue(line: string): PatternIssue | undefined {
  const header = /^\^?\[[^\]]+\](?:\[\d+\])?(?=[ \t]|$)/.exec(line);
  if (!header) return undefined;
  return lineIgnored(
    'codeowners/character-range',
    0,
    `"${header[0]}" is a GitLab section header: GitHub has no sections, rejects the brackets and ignores ` +
      'this line (with any default owners on it). The rules below it still apply, as ordinary rules.' +
      // `[locale]` may also be a Next.js folder at the root: say how that one is written.
      (/^\[[^\]\s]+\]$/.test(header[0])
        ? ` (A file or folder named so is written "\\${header[0].slice(0, -1)}\\]".)`
        : ''),
  );
}

/** A problem with a pattern, located by character offset within the pattern text. */
export interface PatternIssue {
  ruleId: string;
  severity: Severity;
  message: string;
  /** 0-based offset of the offending character within the pattern as written. */
  offset: number;
  /** When true GitHub ignores the whole line; the rule must not take part in matching. */
  fatal: boolean;
}

export interface CompiledPattern {
  /** The pattern exactly as written. */
  readonly source: string;
  /** Anchored to the repository root (D10); otherwise it matches at any depth (D8). */
  readonly anchored: boolean;
  /** Ends in `/`: matches only what is below a directory (D9). */
  readonly directoryOnly: boolean;
  /** Equivalent minimatch globs, for explanations and tests. Empty when nothing can match (D12). */
  readonly globs: readonly string[];
  /** Whether the repository-relative file path (forward slashes) is matched. */
  matches(path: string): boolean;
  /** What every matching path must contain, for the rule index (matcher.ts). */
  readonly required: RequiredSegments;
}

/**
 * A necessary condition for a match, read off the pattern: `prefix` — the path starts with these
 * whole segments (anchored patterns; empty when the first segment has a wildcard); `segment` — one
 * of the path's segments is this name (an unanchored literal such as `docs` or `Makefile`);
 * `any` — no cheap condition (`*.md`); `never` — nothing matches (D12).
 */
export type RequiredSegments =
  | { kind: 'prefix'; segments: readonly string[] }
  | { kind: 'segment'; name: string }
  | { kind: 'any' }
  | { kind: 'never' };

export interface CompileResult {
  /** `null` when a fatal issue means GitHub skips the line. */
  compiled: CompiledPattern | null;
  issues: PatternIssue[];
}

/** D4, D6, D7, D11 as minimatch options. Shared so every compiled glob behaves the same. */
const MINIMATCH_OPTIONS: MinimatchOptions = {
  dot: true,
  nocase: false,
  nobrace: true,
  noext: true,
  nonegate: true,
  nocomment: true,
  platform: 'linux',
  windowsPathsNoEscape: false,
};

type Token =
  { kind: 'char'; ch: string } | { kind: 'star' } | { kind: 'qmark' } | { kind: 'slash' };

/** Characters minimatch could read as syntax; escaped whenever they are meant literally (D3, D4). */
const MINIMATCH_SPECIAL = new Set([
  '\\',
  '*',
  '?',
  '[',
  ']',
  '{',
  '}',
  '(',
  ')',
  '!',
  '+',
  '@',
  '#',
]);

export function compilePattern(source: string): CompileResult {
  const issues: PatternIssue[] = [];

  // D1: GitHub does not honour `\#` as an escape of a comment.
  if (source.startsWith('\\#')) {
    issues.push({
      ruleId: 'codeowners/escaped-comment',
      severity: codeownersSeverity('codeowners/escaped-comment'),
      message:
        'GitHub does not support escaping a leading "#" with "\\": this line is ignored. ' +
        'Match such files with a wildcard instead (e.g. "?foo" or "*foo").',
      offset: 0,
      fatal: true,
    });
    return { compiled: null, issues };
  }
  // D2: no negation.
  if (source.startsWith('!')) {
    issues.push({
      ruleId: 'codeowners/negation',
      severity: codeownersSeverity('codeowners/negation'),
      message:
        'GitHub does not support "!" negation in CODEOWNERS: this line is ignored. ' +
        'To exclude a path, add a later rule for it with other owners, or with no owners to un-assign it.',
      offset: 0,
      fatal: true,
    });
    return { compiled: null, issues };
  }

  const tokens: Token[] = [];
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') {
      const next = source[i + 1];
      if (next === undefined) {
        issues.push({
          ruleId: 'codeowners/syntax',
          severity: codeownersSeverity('codeowners/syntax'),
          message: 'a trailing "\\" escapes nothing: this line is ignored',
          offset: i,
          fatal: true,
        });
        return { compiled: null, issues };
      }
      // D11: an escaped character is always literal, even `/` stays a separator in a path.
      tokens.push(next === '/' ? { kind: 'slash' } : { kind: 'char', ch: next });
      i++;
      continue;
    }
    if (ch === '[' || ch === ']') {
      // D3: GitHub rejects an unescaped bracket ("both `[` and `]` must be escaped with a `\`").
      issues.push(bracketIssue(i));
      return { compiled: null, issues };
    }
    if (ch === '*') tokens.push({ kind: 'star' });
    else if (ch === '?') tokens.push({ kind: 'qmark' });
    else if (ch === '/') tokens.push({ kind: 'slash' });
    else tokens.push({ kind: 'char', ch });
  }

  // Split on separators; leading empty segment = anchored, trailing empty segment = directory only.
  const segments: Token[][] = [[]];
  for (const t of tokens) {
    if (t.kind === 'slash') segments.push([]);
    else segments[segments.length - 1]!.push(t);
  }
  let anchored = false;
  if (segments.length > 1 && segments[0]!.length === 0) {
    anchored = true;
    segments.shift();
  }
  let directoryOnly = false;
  if (segments.length > 1 && segments[segments.length - 1]!.length === 0) {
    directoryOnly = true;
    segments.pop();
  }
  // Doubled slashes (`a//b`) collapse, as they do in paths.
  const parts = segments.filter((s) => s.length > 0);

  const never = (message: string, offset: number): CompileResult => {
    issues.push({
      ruleId: 'codeowners/never-matches',
      severity: codeownersSeverity('codeowners/never-matches'),
      message,
      offset,
      fatal: false,
    });
    return {
      compiled: {
        source,
        anchored,
        directoryOnly,
        globs: [],
        matches: () => false,
        required: { kind: 'never' },
      },
      issues,
    };
  };

  // D12
  if (parts.length === 0) {
    return never(`the pattern "${source}" never matches a file; did you mean "*"?`, 0);
  }
  const dotSegment = parts.find(
    (p) => isLiteral(p) && (literalText(p) === '.' || literalText(p) === '..'),
  );
  if (dotSegment) {
    return never(
      `"${literalText(dotSegment)}" path segments never appear in repository paths, so this pattern never matches`,
      Math.max(0, source.indexOf(literalText(dotSegment))),
    );
  }

  // D10: a slash anywhere but at the end anchors.
  if (parts.length > 1) anchored = true;

  const globBody = parts.map(segmentGlob).join('/');
  const prefix = anchored || isGlobstar(parts[0]!) ? '' : '**/';
  const last = parts[parts.length - 1]!;
  let globs: string[];
  if (directoryOnly) {
    // D9: only what lies below a matching directory.
    globs = [`${prefix}${globBody}/**`];
  } else if (isLoneStar(last) || isGlobstar(last)) {
    // D5: `docs/*` stops at direct children; `a/**` already reaches every depth.
    globs = [`${prefix}${globBody}`];
  } else {
    // D9: the path itself, or anything below it when it names a directory.
    globs = [`${prefix}${globBody}`, `${prefix}${globBody}/**`];
  }

  const matches = parts.every(isLiteral)
    ? literalMatcher(parts.map(literalText), anchored, directoryOnly)
    : globMatcher(globs, anchored ? leadingLiteralPrefix(parts) : '', literalRuns(parts));

  const required: RequiredSegments = anchored
    ? { kind: 'prefix', segments: leadingLiterals(parts) }
    : parts.length === 1 && isLiteral(parts[0]!)
      ? { kind: 'segment', name: literalText(parts[0]!) }
      : { kind: 'any' };
  return { compiled: { source, anchored, directoryOnly, globs, matches, required }, issues };
}

function isLiteral(seg: Token[]): boolean {
  return seg.every((t) => t.kind === 'char');
}

function literalText(seg: Token[]): string {
  return seg.map((t) => (t.kind === 'char' ? t.ch : '')).join('');
}

function isLoneStar(seg: Token[]): boolean {
  return seg.length === 1 && seg[0]!.kind === 'star';
}

function isGlobstar(seg: Token[]): boolean {
  return seg.length === 2 && seg[0]!.kind === 'star' && seg[1]!.kind === 'star';
}

function segmentGlob(seg: Token[]): string {
  let out = '';
  for (const t of seg) {
    if (t.kind === 'star') out += '*';
    else if (t.kind === 'qmark') out += '?';
    else if (t.kind === 'char') out += MINIMATCH_SPECIAL.has(t.ch) ? `\\${t.ch}` : t.ch;
  }
  return out;
}

/** Literal leading segments of an anchored pattern: a cheap `startsWith` rejects most paths. */
function leadingLiteralPrefix(parts: Token[][]): string {
  const lits = leadingLiterals(parts);
  return lits.length > 0 ? `${lits.join('/')}/` : '';
}

function leadingLiterals(parts: Token[][]): string[] {
  const lits: string[] = [];
  for (const p of parts) {
    if (!isLiteral(p)) break;
    lits.push(literalText(p));
  }
  return lits;
}

/** Wildcard-free patterns are the common case: plain string comparisons, no glob engine. */
function literalMatcher(
  names: string[],
  anchored: boolean,
  directoryOnly: boolean,
): (path: string) => boolean {
  const body = names.join('/');
  const below = `${body}/`;
  if (anchored) {
    return directoryOnly ? (p) => p.startsWith(below) : (p) => p === body || p.startsWith(below);
  }
  // Unanchored means a single segment at any depth (D8).
  const inner = `/${body}/`;
  const tail = `/${body}`;
  return directoryOnly
    ? (p) => p.startsWith(below) || p.includes(inner)
    : (p) => p === body || p.startsWith(below) || p.endsWith(tail) || p.includes(inner);
}

/**
 * Runs of literal characters between wildcards: every one must occur in a matching path, so a
 * cheap `includes` rejects most paths before the glob engine runs. The longest few suffice.
 */
function literalRuns(parts: Token[][]): string[] {
  const runs = new Set<string>();
  for (const seg of parts) {
    let run = '';
    for (const t of seg) {
      if (t.kind === 'char') {
        run += t.ch;
        continue;
      }
      if (run.length > 1) runs.add(run);
      run = '';
    }
    if (run.length > 1) runs.add(run);
  }
  return [...runs].sort((a, b) => b.length - a.length).slice(0, 3);
}

function globMatcher(
  globs: string[],
  requiredPrefix: string,
  requiredRuns: string[],
): (path: string) => boolean {
  const matchers = globs.map((g) => new Minimatch(g, MINIMATCH_OPTIONS));
  return (p) => {
    if (requiredPrefix !== '' && !p.startsWith(requiredPrefix)) return false;
    for (const run of requiredRuns) if (!p.includes(run)) return false;
    for (const m of matchers) if (m.match(p)) return true;
    return false;
  };
}

/** Strips what a user may type around a repository path; matching is on clean `a/b/c` paths. */
export function normalizeRepoPath(path: string): string {
  let p = path;
  while (p.startsWith('./')) p = p.slice(2);
  p = p.replace(/^\/+/, '').replace(/\/{2,}/g, '/');
  return p.endsWith('/') ? p.slice(0, -1) : p;
}
