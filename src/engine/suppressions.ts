import pLimit from 'p-limit';
import type { Finding } from '../findings.js';
import type { RepoFiles } from '../repo/types.js';

/**
 * Inline suppressions, in the comment conventions of eslint and markdownlint, in any file that has comments
 * (`//` or `/*` in code, `#` in YAML and shell, `<!--` at the start of a line in Markdown and HTML), e.g. a
 * `//` comment holding `ops-steward-disable-next-line flags/undeclared -- read by the partner SDK` above the
 * call, or `<!--` + `ops-steward-disable docs/blame -- quoted from the vendor's report -->`.
 *
 * `disable-next-line` covers the next line, `disable-line` its own line, `disable` everything after it up to
 * an `enable` (or the end of the file, and then also the file's findings that have no line). Rules are ids,
 * `domain/*` or a bare `domain`, separated by commas or spaces; none means every rule. The reason after
 * ` -- ` is for the reviewer: a suppression without one, or one that suppresses nothing, is a notice.
 */
export const SUPPRESSION_RULES = {
  missingReason: 'suppressions/missing-reason',
  unused: 'suppressions/unused',
} as const;

type Kind = 'disable-next-line' | 'disable-line' | 'disable';

interface Directive {
  kind: Kind;
  file: string;
  line: number;
  column: number;
  /** Empty: every rule. */
  rules: string[];
  reason: string;
  /** Inclusive line range it covers. */
  from: number;
  to: number;
  /** Open to the end of the file: also covers the file's findings without a line. */
  toEnd: boolean;
  used: boolean;
}

const MARKER = 'ops-steward-';
const DIRECTIVE =
  /(\/\/|\/\*|#|<!--)\s*ops-steward-(disable-next-line|disable-line|disable|enable)(?![\w-])(.*)$/;
const READ_CONCURRENCY = 16;

/** Markdown and HTML quote code a lot: only an HTML comment opening a line is a directive there. */
const MARKUP = /\.(?:md|mdx|markdown|html?)$/i;

/** Every directive in one file's text. */
export function parseDirectives(file: string, text: string): Directive[] {
  const markup = MARKUP.test(file);
  const lines = text.split(/\r?\n/);
  const out: Directive[] = [];
  const open: Directive[] = [];
  lines.forEach((content, i) => {
    if (!content.includes(MARKER)) return;
    const m = DIRECTIVE.exec(content);
    if (!m) return;
    const [, opener, kind, rest = ''] = m;
    if (markup && (opener !== '<!--' || content.slice(0, m.index).trim() !== '')) return;
    const body = rest.replace(opener === '<!--' ? /-->.*$/ : opener === '/*' ? /\*\/.*$/ : /$/, '');
    const split = /\s--(?:\s|$)/.exec(body);
    const ruleText = split ? body.slice(0, split.index) : body;
    const reason = split ? body.slice(split.index + split[0].length).trim() : '';
    const rules = ruleText.split(/[\s,]+/).filter(Boolean);
    const line = i + 1;
    if (kind === 'enable') {
      for (const d of [...open]) {
        if (rules.length === 0 || d.rules.length === 0 || d.rules.some((r) => rules.includes(r))) {
          d.to = line - 1;
          d.toEnd = false;
          open.splice(open.indexOf(d), 1);
        }
      }
      return;
    }
    const directive: Directive = {
      kind: kind as Kind,
      file,
      line,
      column: (m.index ?? 0) + 1,
      rules,
      reason,
      from: kind === 'disable-next-line' ? line + 1 : line,
      to: kind === 'disable' ? lines.length : kind === 'disable-next-line' ? line + 1 : line,
      toEnd: kind === 'disable',
      used: false,
    };
    if (kind === 'disable') open.push(directive);
    out.push(directive);
  });
  return out;
}

function matches(pattern: string, ruleId: string): boolean {
  if (pattern === ruleId) return true;
  const domain = pattern.endsWith('/*')
    ? pattern.slice(0, -2)
    : pattern.includes('/')
      ? null
      : pattern;
  return domain !== null && ruleId.startsWith(`${domain}/`);
}

function covers(d: Directive, f: Finding): boolean {
  if (f.file !== d.file) return false;
  const inRange = f.line === undefined ? d.toEnd : f.line >= d.from && f.line <= d.to;
  return inRange && (d.rules.length === 0 || d.rules.some((r) => matches(r, f.ruleId)));
}

/**
 * Reads the files that may hold a directive worth reporting: every file with a finding (a directive only
 * covers findings in its own file), and every other file that costs nothing to read (all of a local tree or
 * a tarball; on a GitHub tree read blob by blob, the files the checks read anyway), so unused directives are
 * reported there too without one API request per file. Files without the marker cost one `includes`.
 */
async function directivesIn(
  files: RepoFiles,
  withFindings: ReadonlySet<string>,
): Promise<Directive[]> {
  const limit = pLimit(READ_CONCURRENCY);
  const loaded = files.isLoaded?.bind(files) ?? (() => true);
  const wanted = (await files.list()).filter((path) => withFindings.has(path) || loaded(path));
  const found = await Promise.all(
    wanted.map((path) =>
      limit(async () => {
        const text = await files.read(path).catch(() => undefined);
        return text !== undefined && text.includes(MARKER) ? parseDirectives(path, text) : [];
      }),
    ),
  );
  return found.flat();
}

export interface SuppressionResult {
  /** The findings no directive covers, plus the notices about the directives themselves. */
  findings: Finding[];
  suppressed: number;
}

/**
 * Drops the findings an inline directive covers. `isRule` tells a misspelt rule id from a real one, so the
 * notice about a directive that suppresses nothing can say which.
 */
export async function applySuppressions(
  findings: readonly Finding[],
  files: RepoFiles,
  isRule: (id: string) => boolean,
): Promise<SuppressionResult> {
  const withFindings = new Set(findings.flatMap((f) => (f.file === undefined ? [] : [f.file])));
  const directives = await directivesIn(files, withFindings);
  if (directives.length === 0) return { findings: [...findings], suppressed: 0 };
  const byFile = new Map<string, Directive[]>();
  for (const d of directives) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);

  const kept: Finding[] = [];
  let suppressed = 0;
  for (const f of findings) {
    // A notice about a suppression is never itself suppressed: it would hide its own cause.
    const candidates =
      f.file === undefined || f.ruleId.startsWith('suppressions/')
        ? []
        : (byFile.get(f.file) ?? []);
    const covering = candidates.filter((d) => covers(d, f));
    for (const d of covering) d.used = true;
    if (covering.length > 0) suppressed++;
    else kept.push(f);
  }
  for (const d of directives) {
    const at = { file: d.file, line: d.line, column: d.column };
    const what = `ops-steward-${d.kind}${d.rules.length > 0 ? ` ${d.rules.join(', ')}` : ''}`;
    if (!d.reason) {
      kept.push({
        ruleId: SUPPRESSION_RULES.missingReason,
        severity: 'notice',
        message: `${what} gives no reason: add one after " -- " so reviewers know why the finding does not apply`,
        ...at,
      });
    }
    if (!d.used) {
      const unknown = d.rules.filter((r) => !r.endsWith('/*') && r.includes('/') && !isRule(r));
      const why =
        unknown.length > 0
          ? `there is no rule ${unknown.map((r) => `"${r}"`).join(', ')}`
          : `no finding ${d.kind === 'disable' ? 'after it' : d.kind === 'disable-line' ? 'on its line' : 'on the next line'} matches it`;
      kept.push({
        ruleId: SUPPRESSION_RULES.unused,
        severity: 'notice',
        message: `${what} suppresses nothing (${why}): remove it`,
        ...at,
      });
    }
  }
  return { findings: kept, suppressed };
}
