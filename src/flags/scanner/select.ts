import { Minimatch } from 'minimatch';
import type { FlagsConfig } from '../config.js';
import { registrySources } from '../registry-sources.js';
import { COMPONENT_RE } from './components.js';

/**
 * Files the scanner parses: the JS/TS family, and the script blocks of single-file components
 * (components.ts). Everything else can only hold `text` references.
 */
export const SOURCE_RE = /\.(?:[cm]?[jt]s|[jt]sx)$/;

/**
 * Text files that would only produce noise as `text` references: prose (a README may name a
 * removed flag), lockfiles (package names: and in JSON/YAML ones bare tokens count), and the
 * registry itself (it declares every key).
 */
const NOT_TEXT_REFERENCES =
  /(?:\.(?:md|mdx|markdown|txt|rst|adoc|lock|lockb|lockfile|log|svg|map)$|\.lock\.[^/]+$|(?:^|\/)(?:package-lock\.json|pnpm-lock\.yaml|shrinkwrap\.yaml|npm-shrinkwrap\.json|Package\.resolved|CHANGELOG[^/]*)$)/i;

export interface FileSelection {
  /** A JS/TS file to parse. */
  isSource(path: string): boolean;
  /** A non-JS/TS file searched for declared keys (`text` references, see text.ts). */
  isText(path: string): boolean;
  isExcluded(path: string): boolean;
}

export function fileSelection(
  config: Pick<FlagsConfig, 'include' | 'exclude' | 'registry' | 'textReferenceExclude'>,
): FileSelection {
  const opts = { dot: true, nocomment: true };
  const include = config.include.map((g) => new Minimatch(g, opts));
  const exclude = config.exclude.map((g) => new Minimatch(g, opts));
  const isExcluded = (p: string): boolean => exclude.some((m) => m.match(p));
  const noText = config.textReferenceExclude.map((g) => new Minimatch(g, opts));
  // YAML registries declare every key: no text reference. A code registry is source, parsed.
  const registries = new Set(
    registrySources(config)
      .filter((r) => r.kind === 'yaml')
      .map((r) => r.path),
  );
  const isSource = (p: string): boolean =>
    (SOURCE_RE.test(p) || COMPONENT_RE.test(p)) &&
    include.some((m) => m.match(p)) &&
    !isExcluded(p);
  return {
    isExcluded,
    isSource,
    // A component left out of `include` is still searched as text, as before components were read.
    isText: (p) =>
      !SOURCE_RE.test(p) &&
      !(COMPONENT_RE.test(p) && isSource(p)) &&
      !registries.has(p) &&
      !noText.some((m) => m.match(p)) &&
      !NOT_TEXT_REFERENCES.test(p) &&
      !isExcluded(p),
  };
}
