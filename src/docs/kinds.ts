import { Minimatch } from 'minimatch';
import type { Config } from '../config/types.js';
import { DEFAULT_DOC_EXCLUDE, docsConfigSchema } from './config.js';
import type { DocKindConfig } from './config.js';

/** One configured kind of document, with its globs compiled. */
export interface DocKind {
  name: string;
  template: string | undefined;
  fileName: string;
  paths: readonly string[];
  matches(path: string): boolean;
}

const compiled = new WeakMap<object, DocKind[]>();

const DEFAULT_KINDS: ReadonlySet<string> = new Set(
  Object.keys(docsConfigSchema.properties.kinds.default),
);

/**
 * The configured kinds in the order a path is matched: the repository's own kinds first (in config
 * order), then the defaults, so a kind declared for a folder inside `runbooks/` takes its documents.
 */
export function docKinds(config: Config): DocKind[] {
  const kinds = config.docs.kinds;
  let out = compiled.get(kinds);
  if (out) return out;
  const templates = new Set(
    Object.values(kinds)
      .map((k) => k.template)
      .filter((t) => t !== undefined),
  );
  const entries = Object.entries(kinds);
  out = [
    ...entries.filter(([name]) => !DEFAULT_KINDS.has(name)),
    ...entries.filter(([name]) => DEFAULT_KINDS.has(name)),
  ].map(([name, kind]) => compileKind(name, kind, templates));
  compiled.set(kinds, out);
  return out;
}

function compileKind(name: string, kind: DocKindConfig, templates: ReadonlySet<string>): DocKind {
  const opts = { dot: true, nocase: false } as const;
  const include = (kind.paths ?? []).map((g) => new Minimatch(g.replace(/^\.\//, ''), opts));
  // Index pages are excluded whatever their case: GitHub shows `readme.md` as a folder's README too.
  const exclude = (kind.exclude ?? DEFAULT_DOC_EXCLUDE).map(
    (g) => new Minimatch(g.replace(/^\.\//, ''), { ...opts, nocase: true }),
  );
  return {
    name,
    template: kind.template,
    fileName: kind.fileName ?? '{date}-{slug}.md',
    paths: kind.paths ?? [],
    // A template is never a document of its own kind, wherever it lives. An `.mdx` file (Docusaurus)
    // is matched as the `.md` file it would be: a glob for `*.md` takes it too.
    matches: (path) => {
      if (templates.has(path)) return false;
      const asMd = path.endsWith('.mdx') ? path.slice(0, -1) : undefined;
      const hit = (m: Minimatch): boolean => m.match(path) || (asMd !== undefined && m.match(asMd));
      return include.some(hit) && !exclude.some(hit);
    },
  };
}

/** The configured kind (`runbook`, `postmortem`, or a custom kind) of a repository path, or undefined. */
export function docKindOf(config: Config, path: string): string | undefined {
  return docKinds(config).find((k) => k.matches(path))?.name;
}
