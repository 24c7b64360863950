import type { Config } from '../config/types.js';
import type { ModuleContext } from '../core/module.js';
import pLimit from 'p-limit';
import type { Finding } from '../findings.js';
import { UnreadableFileError } from '../repo/errors.js';
import { normalizeOwner } from './owners.js';
import { compilePhrases } from './blame.js';
import { BUILT_IN_TEMPLATES } from './builtin-templates.js';
import { checkDocument } from './check-document.js';
import type { DocumentReport } from './check-document.js';
import { docKinds } from './kinds.js';
import type { DocKind } from './kinds.js';
import { anchorsOf } from './links.js';
import type { LinkTargets } from './links.js';
import { parseMarkdown } from './markdown.js';
import type { ParsedMarkdown } from './markdown.js';
import { docRuleId } from './rules.js';
import type { EscalationDirectory } from './section-rules.js';
import { parseTemplate } from './template.js';
import type { TemplateSpec } from './template.js';

/** Files read at the same time while documents are checked. */
const READ_AHEAD = 16;

/** Reads a template's text: the checked-out tree for `check`, the base commit for a pull request. */
export type TemplateReader = (path: string) => Promise<string | undefined>;

export type LoadedTemplate = { ok: true; spec: TemplateSpec } | { ok: false; problem: Finding };

/**
 * What one run shares between documents: the repository listing, parsed Markdown (for anchors of
 * linked files), the templates, the escalation directory. Built once per module context and reader.
 */
export class DocsRun {
  private readonly templates = new Map<string, Promise<LoadedTemplate>>();
  /** Files read ahead of their turn (documents to check), taken once. */
  private readonly texts = new Map<string, Promise<string | undefined>>();
  /** Parsed for a link's anchors before their own turn came: kept until then, so each is parsed once. */
  private readonly waiting = new Map<string, Promise<ParsedMarkdown | undefined>>();
  private readonly anchors = new Map<string, Promise<ReadonlySet<string> | undefined>>();
  private readonly checked = new Set<string>();
  private listing?: Promise<{ files: Set<string>; dirs: Set<string> }>;
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
    const configPath = this.ctx.configPath;
    return {
      ok: false,
      problem: {
        ruleId: docRuleId('template-invalid'),
        severity: 'error',
        message:
          kind.template === undefined
            ? `kind "${kind.name}" has no template (docs.kinds.${kind.name}.template) and there is no built-in one: its documents are not checked`
            : `the template of kind "${kind.name}", ${kind.template}, does not exist and there is no built-in one: its documents are not checked`,
        ...(configPath ? { file: configPath } : {}),
      },
    };
  }

  /**
   * Starts reading these files, a few at a time, while earlier ones are parsed: reading 2,000 small
   * files one after another leaves the CPU idle half the time.
   */
  prefetch(paths: readonly string[]): void {
    const limit = pLimit(READ_AHEAD);
    for (const path of paths) {
      if (!this.texts.has(path))
        this.texts.set(
          path,
          limit(() => this.ctx.files.read(path)),
        );
    }
  }

  private read(path: string): Promise<string | undefined> {
    const ahead = this.texts.get(path);
    if (ahead) {
      this.texts.delete(path);
      return ahead;
    }
    return this.ctx.files.read(path);
  }

  /** A document to check, parsed: taken from the links' waiting room, or read and parsed now. */
  private async document(path: string): Promise<ParsedMarkdown | undefined> {
    this.checked.add(path);
    const waiting = this.waiting.get(path);
    if (waiting) {
      this.waiting.delete(path);
      return waiting;
    }
    const text = await this.read(path);
    return text === undefined ? undefined : parseMarkdown(path, text);
  }

  /** The anchors of a Markdown file a link points at; each file is parsed once, however many link to it. */
  private anchorsOf(path: string): Promise<ReadonlySet<string> | undefined> {
    let a = this.anchors.get(path);
    if (!a) {
      const parsed = this.read(path).then((t) =>
        t === undefined ? undefined : parseMarkdown(path, t),
      );
      // A document whose own turn is still to come keeps its tree for then.
      if (!this.checked.has(path)) this.waiting.set(path, parsed);
      a = parsed.then((md) => (md ? anchorsOf(md) : undefined));
      this.anchors.set(path, a);
    }
    return a;
  }

  private files(): Promise<{ files: Set<string>; dirs: Set<string> }> {
    this.listing ??= this.ctx.files.list().then((list) => {
      const files = new Set(list);
      const dirs = new Set<string>(['']);
      for (const f of list) {
        for (let i = f.indexOf('/'); i >= 0; i = f.indexOf('/', i + 1)) dirs.add(f.slice(0, i));
      }
      return { files, dirs };
    });
    return this.listing;
  }

  async linkTargets(): Promise<LinkTargets> {
    const { files, dirs } = await this.files();
    return {
      exists: (p) => files.has(p) || dirs.has(p),
      anchorsOf: (p) => this.anchorsOf(p),
    };
  }

  escalationDirectory(): Promise<EscalationDirectory> {
    this.directory ??= buildDirectory(this.ctx);
    return this.directory;
  }

  /** Every docs rule on `path`, judged as `kind`; undefined when the file cannot be read. */
  async report(path: string, kind: DocKind): Promise<DocumentReport | LoadedTemplate | undefined> {
    const template = await this.template(kind);
    if (!template.ok) return template;
    const doc = await this.document(path);
    if (!doc) return undefined;
    let anchors = this.anchors.get(path);
    if (!anchors) {
      anchors = Promise.resolve(anchorsOf(doc));
      this.anchors.set(path, anchors);
    }
    return checkDocument(doc, kind.name, {
      anchors: await anchors,
      template: template.spec,
      links: await this.linkTargets(),
      directory: await this.escalationDirectory(),
      blamePhrases: this.blamePhrases,
    });
  }
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
