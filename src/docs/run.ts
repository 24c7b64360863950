import { availableParallelism } from 'node:os';
import pLimit from 'p-limit';
import type { Config } from '../config/types.js';
import type { ModuleContext } from '../core/module.js';
import type { Finding } from '../findings.js';
import { UnreadableFileError } from '../repo/errors.js';
import { ignoredBy } from '../repo/filtered.js';
import { locate, parseYamlSource } from '../yaml/source.js';
import type { YamlPath } from '../yaml/source.js';
import type { DocumentText } from './analyze-batch.js';
import { compilePhrases } from './blame.js';
import { BUILT_IN_TEMPLATES } from './builtin-templates.js';
import { analyzeDocument, finishDocument } from './check-document.js';
import type { DocumentAnalysis, DocumentChecks, DocumentReport } from './check-document.js';
import { toFinding } from './doc-finding.js';
import { docKinds } from './kinds.js';
import type { DocKind } from './kinds.js';
import { anchorsOf, countLines } from './links.js';
import type { LinkTargets } from './links.js';
import { parseMarkdown } from './markdown.js';
import { normalizeOwner } from './owners.js';
import { inProcessAnalyzer, workerAnalyzer } from './pool.js';
import { inSubmodule, submodulePaths } from './submodules.js';
import type { Analyzer } from './pool.js';
import { docRuleId } from './rules.js';
import type { EscalationDirectory } from './section-rules.js';
import type { PresentSection } from './structure.js';
import { parseTemplate } from './template.js';
import type { TemplateSpec } from './template.js';

/** Files read at the same time while documents are checked. */
const READ_AHEAD = 16;

/**
 * Characters of documents above which they are analyzed on worker threads (where there are cores for
 * them, see below). From the docs benchmark: analysis costs ~2.5 ms of CPU per KB, and a worker pays
 * ~0.5 s for its cold JIT (a thread's first 250 documents take twice as long as the next) plus ~0.1 s
 * to start; below ~250 KB a worker cannot repay that, at 512 KB it should save a quarter (estimated:
 * no idle machine with more than two cores was at hand to measure it).
 */
export const PARALLEL_MIN_CHARS = 512 * 1024;
/** Characters per batch sent to a worker: small enough to spread the work, large enough to amortise a message. */
const BATCH_CHARS = 64 * 1024;
const MAX_WORKERS = 4;

/**
 * One worker per core but one (the main thread analyzes too once it has read everything), from three
 * cores. On two, measured: V8's own threads (parallel scavenges, background compiles) already spend
 * ~2.3 s of a 5.3 s in-process check on the second core, so a worker only adds its cold JIT
 * (~1.8 s more CPU) and the check got slower (median 10.1 s against 7.0 s wall under load 5–7).
 */
function defaultWorkerCount(): number {
  const cores = availableParallelism();
  return cores > 2 ? Math.min(cores - 1, MAX_WORKERS) : 0;
}

/** Reads a template's text: the checked-out tree for `check`, the base commit for a pull request. */
export type TemplateReader = (path: string) => Promise<string | undefined>;

export type LoadedTemplate = { ok: true; spec: TemplateSpec } | { ok: false; problem: Finding };

export interface CheckOptions {
  /** Called with each document's report, in path order; reports hold trees, so these are analyzed in-process. */
  onReport?: (report: DocumentReport) => void;
  /** Worker threads to analyze on; by default some when the documents are big enough to repay them. */
  workers?: number;
}

/** A document of the run: analyzed, or not (unreadable, or its kind's template did not load). */
interface Analyzed {
  analysis: DocumentAnalysis;
  own: Set<string>;
  present?: Map<number, PresentSection>;
}

/**
 * What one run shares between documents: the repository listing, anchors of linked files, the
 * templates, the escalation directory. Built once per module context and reader.
 */
export class DocsRun {
  private readonly templates = new Map<string, Promise<LoadedTemplate>>();
  /** Anchors of Markdown files that links point at and that were not analyzed as documents. */
  private readonly anchors = new Map<string, Promise<ReadonlySet<string> | undefined>>();
  /** Line counts of files that links point at lines of. */
  private readonly lineCounts = new Map<string, Promise<number | undefined>>();
  private listing?: Promise<Listing>;
  private directory?: Promise<EscalationDirectory>;
  readonly blamePhrases: readonly string[][];

  constructor(
    readonly ctx: ModuleContext,
    private readonly readTemplate: TemplateReader,
  ) {
    this.blamePhrases = compilePhrases(ctx.config.docs.blamePhrases);
  }

  get config(): Config {
    return this.ctx.config;
  }

  kinds(): DocKind[] {
    return docKinds(this.config);
  }

  template(kind: DocKind): Promise<LoadedTemplate> {
    let t = this.templates.get(kind.name);
    if (!t) {
      t = this.loadTemplate(kind);
      this.templates.set(kind.name, t);
    }
    return t;
  }

  private async loadTemplate(kind: DocKind): Promise<LoadedTemplate> {
    let text: string | undefined;
    try {
      text = kind.template === undefined ? undefined : await this.readTemplate(kind.template);
    } catch (error) {
      if (!(error instanceof UnreadableFileError)) throw error;
      // Fail closed: judging documents without their template (or with a built-in one) would be a guess.
      return {
        ok: false,
        problem: {
          ruleId: docRuleId('template-invalid'),
          severity: 'error',
          message: `the ${kind.name} template ${kind.template} could not be read (${error.message}): ${kind.name} documents are not checked`,
          file: kind.template!,
        },
      };
    }
    if (text !== undefined)
      return { ok: true, spec: parseTemplate(kind.name, text, kind.template!, false) };
    const builtIn = BUILT_IN_TEMPLATES[kind.name];
    if (builtIn !== undefined) {
      return {
        ok: true,
        spec: parseTemplate(kind.name, builtIn, `built-in ${kind.name} template`, true),
      };
    }
    return {
      ok: false,
      problem: {
        ruleId: docRuleId('template-invalid'),
        severity: 'error',
        message:
          kind.template === undefined
            ? `kind "${kind.name}" has no template (docs.kinds.${kind.name}.template) and there is no built-in one: its documents are not checked`
            : `the template of kind "${kind.name}", ${kind.template}, does not exist and there is no built-in one: its documents are not checked`,
        // At the `template:` value, or at the kind's name when it has none.
        ...(await this.configPlace(
          kind.template === undefined
            ? { path: ['docs', 'kinds', kind.name], key: true }
            : { path: ['docs', 'kinds', kind.name, 'template'], key: false },
        )),
      },
    };
  }

  /** The config file and the line and column of a value in it, as this run reads the config. */
  private async configPlace(at: {
    path: YamlPath;
    key: boolean;
  }): Promise<Pick<Finding, 'file' | 'line' | 'column'>> {
    const file = this.ctx.configPath;
    if (file === undefined) return {};
    let text: string | undefined;
    try {
      // The same reader as the templates': a pull request's config is its base commit's.
      text = await this.readTemplate(file);
    } catch (error) {
      if (!(error instanceof UnreadableFileError)) throw error;
    }
    if (text === undefined) return { file };
    const { line, column } = locate(
      parseYamlSource(text, file, 'config/yaml').source,
      at.path,
      at.key,
    );
    return { file, line, column };
  }

  /**
   * The findings of the documents at `paths` (paths of no kind are skipped), in path order, and the
   * problems of the templates they were judged against (each template's once, before its first
   * document's findings). Each document is read and parsed once; its tree is dropped right after its
   * analysis unless a report wants it, so 2,000 trees never live at once.
   */
  async check(paths: readonly string[], options: CheckOptions = {}): Promise<Finding[]> {
    const kinds = this.kinds();
    const kindOf = new Map<string, DocKind>();
    for (const path of paths) {
      const kind = kinds.find((k) => k.matches(path));
      if (kind) kindOf.set(path, kind);
    }
    const checks: Record<string, DocumentChecks> = {};
    const directory = await this.escalationDirectory();
    for (const kind of new Set(kindOf.values())) {
      const t = await this.template(kind);
      if (t.ok)
        checks[kind.name] = { template: t.spec, directory, blamePhrases: this.blamePhrases };
    }
    const analyzed = await this.analyzeAll(
      [...kindOf].filter(([, kind]) => checks[kind.name]),
      checks,
      options,
    );

    const targets = await this.linkTargets(analyzed);
    const findings: Finding[] = [];
    const reportedTemplates = new Set<string>();
    for (const path of paths) {
      const kind = kindOf.get(path);
      if (!kind) continue;
      const template = await this.template(kind);
      if (!template.ok) {
        if (!reportedTemplates.has(kind.name)) {
          reportedTemplates.add(kind.name);
          findings.push(template.problem);
        }
        continue;
      }
      const doc = analyzed.get(path);
      if (!doc) continue;
      if (!reportedTemplates.has(kind.name)) {
        reportedTemplates.add(kind.name);
        findings.push(...template.spec.problems);
      }
      const docFindings = await finishDocument(doc.analysis, targets, doc.own);
      if (options.onReport && doc.present) {
        options.onReport({
          path,
          kind: kind.name,
          template: template.spec,
          findings: docFindings,
          present: doc.present,
        });
      }
      for (const f of docFindings) findings.push(toFinding(f, path));
    }
    return findings;
  }

  /** Reads the documents a few at a time and analyzes them as they come: in-process, or on workers. */
  private async analyzeAll(
    docs: readonly [string, DocKind][],
    checks: Readonly<Record<string, DocumentChecks>>,
    options: CheckOptions,
  ): Promise<Map<string, Analyzed>> {
    const out = new Map<string, Analyzed>();
    const limit = pLimit(READ_AHEAD);
    const reads = docs.map(([path, kind]) =>
      limit(async () => ({ path, kind: kind.name, text: await this.ctx.files.read(path) })),
    );
    // The first failed read is thrown where it is awaited; later ones must not go unhandled meanwhile.
    for (const read of reads) read.catch(() => undefined);
    if (options.onReport) {
      for (const read of reads) {
        const { path, kind, text } = await read;
        if (text === undefined) continue;
        const { analysis, present } = analyzeDocument(parseMarkdown(path, text), checks[kind]!);
        out.set(path, { analysis, own: new Set(analysis.anchors), present });
      }
      return out;
    }

    // Workers only once the documents read add up to enough work to repay starting them.
    const noWorkers = (options.workers ?? defaultWorkerCount()) === 0;
    let analyzer: Analyzer | undefined = noWorkers ? inProcessAnalyzer() : undefined;
    let pool: Analyzer | undefined;
    const pending: Promise<void>[] = [];
    let batch: DocumentText[] = [];
    let batchChars = 0;
    let readChars = 0;
    const send = (docsOf: DocumentText[]): void => {
      pending.push(
        analyzer!.analyze(docsOf, checks).then((analyses) => {
          for (const a of analyses) out.set(a.path, { analysis: a, own: new Set(a.anchors) });
        }),
      );
    };
    const flush = (): void => {
      if (batch.length === 0 || !analyzer) return;
      // What was read before the pool started goes out in batches of the usual size too, or one
      // thread gets it all.
      let part: DocumentText[] = [];
      let partChars = 0;
      for (const doc of batch) {
        part.push(doc);
        partChars += doc.text.length;
        if (partChars >= BATCH_CHARS) {
          send(part);
          part = [];
          partChars = 0;
        }
      }
      if (part.length > 0) send(part);
      batch = [];
      batchChars = 0;
    };
    try {
      for (const read of reads) {
        const { path, kind, text } = await read;
        if (text === undefined) continue;
        batch.push({ path, kind, text });
        batchChars += text.length;
        readChars += text.length;
        if (!analyzer && (options.workers !== undefined || readChars >= PARALLEL_MIN_CHARS)) {
          const workers = options.workers ?? defaultWorkerCount();
          pool = workers > 0 ? await workerAnalyzer(workers) : undefined;
          analyzer = pool ?? inProcessAnalyzer();
        }
        // In-process, each document at once: its tree is garbage before the next is parsed.
        if (analyzer && (!pool || batchChars >= BATCH_CHARS)) flush();
      }
      analyzer ??= inProcessAnalyzer();
      flush();
      analyzer.joinMainThread();
      await Promise.all(pending);
    } finally {
      await pool?.close();
    }
    // In path order, whatever order the batches came back in.
    const ordered = new Map<string, Analyzed>();
    for (const [path] of docs) {
      const a = out.get(path);
      if (a) ordered.set(path, a);
    }
    return ordered;
  }

  /** Anchors of a Markdown file a link points at that is no analyzed document; each is parsed once. */
  private anchorsOf(path: string): Promise<ReadonlySet<string> | undefined> {
    let a = this.anchors.get(path);
    if (!a) {
      a = this.ctx.files
        .read(path)
        .then((t) => (t === undefined ? undefined : anchorsOf(parseMarkdown(path, t))));
      this.anchors.set(path, a);
    }
    return a;
  }

  private files(): Promise<Listing> {
    this.listing ??= Promise.all([
      this.ctx.files.list(),
      // Absent is undefined; a read that fails throws, never "no submodules" (links would look broken).
      this.ctx.files.read('.gitmodules'),
    ]).then(([list, gitmodules]) => {
      const files = new Set(list);
      // A file the reader skipped (too large, binary: a dashboard screenshot) exists all the same.
      for (const n of this.ctx.files.notices()) if (n.file !== undefined) files.add(n.file);
      const dirs = new Set<string>(['']);
      for (const f of files) {
        for (let i = f.indexOf('/'); i >= 0; i = f.indexOf('/', i + 1)) dirs.add(f.slice(0, i));
      }
      const submodules = gitmodules === undefined ? [] : submodulePaths(gitmodules);
      return { files, dirs, submodules, byLowerCase: undefined };
    });
    return this.listing;
  }

  private lineCount(path: string): Promise<number | undefined> {
    let n = this.lineCounts.get(path);
    if (!n) {
      n = this.ctx.files.read(path).then((t) => (t === undefined ? undefined : countLines(t)));
      this.lineCounts.set(path, n);
    }
    return n;
  }

  private async linkTargets(analyzed: ReadonlyMap<string, Analyzed>): Promise<LinkTargets> {
    const listing = await this.files();
    const { files, dirs, submodules } = listing;
    // What `config.ignore` hides may well exist: a link into it is not judged.
    const ignored = ignoredBy(this.config.ignore);
    return {
      // A submodule's files are in another repository: its folder and what is under it are not judged.
      exists: (p) => files.has(p) || dirs.has(p) || ignored(p) || inSubmodule(p, submodules),
      anchorsOf: (p) => {
        const doc = analyzed.get(p);
        return doc ? Promise.resolve(doc.own) : this.anchorsOf(p);
      },
      lineCount: (p) => this.lineCount(p),
      otherCase: (p) => {
        // Built on the first broken link only: most runs have none.
        listing.byLowerCase ??= lowerCaseIndex([...files, ...dirs]);
        return listing.byLowerCase.get(p.toLowerCase());
      },
    };
  }

  escalationDirectory(): Promise<EscalationDirectory> {
    this.directory ??= buildDirectory(this.ctx);
    return this.directory;
  }
}

/** The repository's files and folders, as links are resolved against them. */
interface Listing {
  files: Set<string>;
  dirs: Set<string>;
  /** The folders `.gitmodules` declares. */
  submodules: string[];
  byLowerCase: Map<string, string> | undefined;
}

function lowerCaseIndex(paths: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const p of paths) if (!out.has(p.toLowerCase())) out.set(p.toLowerCase(), p);
  return out;
}

async function buildDirectory(ctx: ModuleContext): Promise<EscalationDirectory> {
  const teams = new Set<string>();
  const policies = new Set<string>();
  const { codeowners } = await ctx.facts.codeowners();
  for (const rule of codeowners?.rules ?? [])
    for (const o of rule.owners) teams.add(normalizeOwner(o));
  for (const [team, entry] of Object.entries(ctx.config.codeowners.teams)) {
    teams.add(normalizeOwner(team));
    if (entry.policy) policies.add(entry.policy.toLowerCase());
  }
  const { model } = await ctx.facts.onCall();
  if (model) {
    for (const name of model.policies.keys()) policies.add(name.toLowerCase());
    for (const t of model.teams.values()) teams.add(normalizeOwner(t.team));
  }
  return { teams, policies };
}

/** Where templates come from: the repository as checked, or a pull request's base commit. */
export type TemplateSource = 'head' | 'base';

const runs = new WeakMap<ModuleContext, Map<TemplateSource, DocsRun>>();

/** The run of this context, created on first use: documents of one context share everything. */
export function docsRun(
  ctx: ModuleContext,
  source: TemplateSource = 'head',
  base?: TemplateReader,
): DocsRun {
  let bySource = runs.get(ctx);
  if (!bySource) {
    bySource = new Map();
    runs.set(ctx, bySource);
  }
  let run = bySource.get(source);
  if (!run) {
    const reader: TemplateReader =
      source === 'base' && base ? base : (path) => ctx.files.read(path);
    run = new DocsRun(ctx, reader);
    bySource.set(source, run);
  }
  return run;
}
