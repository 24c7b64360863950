import type { ModuleResolver } from './modules.js';

/**
 * Who imports a module, from the source text alone (no parse): every `import`/`export … from`/
 * `require()`/`import()` specifier, resolved like the analysis resolves them. Built once, and only
 * when a wrapper turns out to be a default export — its callers may name it anything, so the
 * name prefilter cannot find them. It over-approximates (a specifier in a comment counts), which
 * only costs a parse; what a parse then finds is matched by binding.
 */

const SPECIFIER_RE = /(?:\bfrom|\bimport|\brequire)\s*\(?\s*(['"])([^'"\n]{1,300})\1/g;
const REEXPORT_RE =
  /\bexport\s+(?:type\s+)?(?:\*(?:\s+as\s+[\w$]+)?|\{[^}]*\})\s*from\s*(['"])([^'"\n]{1,300})\1/g;

interface Edge {
  from: string;
  /** `export … from`: the importer re-exports, so its own importers count too. */
  reexport: boolean;
}

export class ImportGraph {
  /** module → the files importing it. */
  private readonly importers = new Map<string, Edge[]>();

  constructor(
    texts: ReadonlyMap<string, string>,
    files: ReadonlySet<string>,
    resolver: Pick<ModuleResolver, 'resolve'>,
  ) {
    for (const [path, text] of texts) {
      if (!files.has(path)) continue;
      const reexported = new Set<string>();
      if (text.includes('export')) {
        for (const m of text.matchAll(REEXPORT_RE)) if (m[2]) reexported.add(m[2]);
      }
      const seen = new Set<string>();
      for (const m of text.matchAll(SPECIFIER_RE)) {
        const spec = m[2];
        if (spec === undefined || seen.has(spec)) continue;
        seen.add(spec);
        const target = resolver.resolve(path, spec);
        if (target === undefined || target === path) continue;
        const list = this.importers.get(target) ?? [];
        list.push({ from: path, reexport: reexported.has(spec) });
        this.importers.set(target, list);
      }
    }
  }

  /** Files importing any of `modules`, directly or through re-exporting barrels. */
  importersOf(modules: readonly string[]): string[] {
    const out = new Set<string>();
    const done = new Set(modules);
    const queue = [...modules];
    for (let m = queue.pop(); m !== undefined; m = queue.pop()) {
      for (const e of this.importers.get(m) ?? []) {
        out.add(e.from);
        if (e.reexport && !done.has(e.from)) {
          done.add(e.from);
          queue.push(e.from);
        }
      }
    }
    return [...out].sort();
  }
}
