/**
 * Flag reference scanner.
 *
 * Design (why it is shaped like this — the measurements on 2,500 real TS files: raw
 * TypeScript parser 0.9 s, walking ts-morph's wrapped nodes 7.5 s, a Program with the type
 * checker 9–11 s):
 *
 * 1. Prefilter. Every file is read once and tested with one compiled regex of "names that can
 *    start a flag read" (accessor names, JSX elements, member roots, wrapper names, the hint
 *    marker). Most files of a real repo never mention a flag SDK and are never parsed.
 * 2. Raw compiler nodes. Candidate files are parsed with `ts.createSourceFile` (ts-morph's
 *    exported `ts`, so there is one TypeScript in the bundle) and walked as compiler nodes. Each
 *    parse yields a plain `FileSummary` (imports, exports, top-level consts/enums/objects/type
 *    aliases, call/JSX/member sites with their key arguments as small symbolic expressions).
 * 3. Workers. Summaries are plain data, so parsing can run on worker threads (one per core but
 *    one, with the main thread joining in) — but only when what passed the prefilter is big
 *    (PARALLEL_MIN_CHARS): every thread loads TypeScript and warms its JIT on its own, and for a
 *    few MB of parsing that costs more than it saves. See pool.ts for how a worker finds its code
 *    in a bundle and under vitest.
 * 4. Cross-file resolution on the main thread, over summaries only: a light module index
 *    (relative specifiers, tsconfig `paths`/`baseUrl` per project, workspace packages) follows
 *    imported and re-exported constants, enums, objects and literal-union type aliases. A file
 *    that is imported but did not pass the prefilter (a `flags.ts` of constants) is parsed on
 *    demand. Wrappers are found to a fixpoint; a new wrapper name sends the files mentioning it
 *    back through the parser.
 * 5. The type checker only for declared types the syntax cannot reduce (checker.ts), on an
 *    in-memory project holding just those files and their imports.
 *
 * False positives: a flag read is a call to a configured/SDK name, never just any `get('x')`.
 * Names too common to trust alone (`getValue`, `isOn`, `getConfig`) count only on a receiver
 * that looks like a flag client (accessors.ts); a wrapper call must bind to the wrapper through
 * imports (a same-named unrelated function is not one); objectFrom variables are matched by
 * binding, not by name.
 */
import { availableParallelism } from 'node:os';
import type { FlagsConfig } from '../config.js';
import type { InstalledFiles, RepoFiles } from '../../repo/types.js';
import { installedReader, NOTHING_INSTALLED } from './installed-files.js';
import type {
  FlagReference,
  ReferenceVia,
  RegistryUse,
  ScanResult,
  SkippedFile,
  UnresolvedReference,
} from '../types.js';
import { AccessorSet } from './accessor-set.js';
import { AnalysisCache, Analyzer, type AnalysisResult } from './analyze.js';
import type { ExtractSpec, FileSummary } from './ir.js';
import { ImportGraph } from './importers.js';
import { isProjectConfigPath, ModuleResolver } from './modules.js';
import { ambientCandidates } from './ambient-scope.js';
import {
  extractOnDeepStack,
  inProcessExtractor,
  workerExtractor,
  type Extractor,
  type SourceText,
} from './pool.js';
import { FORMS } from './forms/index.js';
import { prefilter, type PrefilterNeedles } from './prefilter.js';
import { checkerKey, type ModuleIndex } from './resolve.js';
import { fileSelection, SOURCE_RE } from './select.js';
import { COMPONENT_RE, splitComponent } from './components.js';
import { isConfigText, isOrdinaryWord, TextMatcher } from './text.js';
import { RegistryScope } from './registry-scope.js';
import { KeyMapper } from './transform.js';
import type { InstalledTypes } from './installed-types.js';
import type { TypedInput, TypedResult } from './typed.js';
import { AMBIENT_RE } from './ambient.js';
import { reconcileUndecodable } from './undecodable.js';

/** A registry declared in code (flags/code-registry.ts), as far as the scanner needs it. */
export interface CodeRegistryInfo {
  file: string;
  exportName: string;
  keys: readonly string[];
  /** Member name in code → key. */
  members: Readonly<Record<string, string>>;
}

export interface ScanOptions {
  /** Declared flag keys: used to map transformed property names back and for `text` references. */
  declaredKeys: readonly string[];
  /** Registries declared in code: what "the whole registry" is, and where reads by symbol point. */
  codeRegistries?: readonly CodeRegistryInfo[];
  /** Worker threads for parsing; 0 parses in-process. Default: decided by the size of what must be parsed. */
  workers?: number;
  /** Receives counters about the run (for the benchmark and for tests that prove a path was taken). */
  onStats?: (stats: ScanStats) => void;
  /**
   * Called as files are done (read and rejected by the prefilter, searched for text references, or parsed),
   * at most once per file, and once more at the end with `done === total`. For a progress line.
   */
  onProgress?: (progress: ScanProgress) => void;
}

export interface ScanProgress {
  /** Files of the scan done so far. */
  done: number;
  /** Source and text files the scan covers. */
  total: number;
}

/** Counts each covered file once, whichever phase finishes it. */
function progressCounter(
  covered: readonly string[],
  report: ((progress: ScanProgress) => void) | undefined,
): { file(path: string): void; finish(): void } {
  if (!report) return { file: () => undefined, finish: () => undefined };
  const pending = new Set(covered);
  const total = pending.size;
  return {
    file(path) {
      if (pending.delete(path)) report({ done: total - pending.size, total });
    },
    finish() {
      report({ done: total, total });
    },
  };
}

export interface ScanStats {
  /** JS/TS files selected by include/exclude. */
  sourceFiles: number;
  /** Non-JS/TS files searched for declared keys (quoted; also bare in config-like files). */
  textFiles: number;
  /** Source files that passed the text prefilter in the first round. */
  prefiltered: number;
  /** Distinct files parsed (prefiltered, imported for their constants, or calling a wrapper). */
  parsedFiles: number;
  /** Parses in total (a file is parsed again when a wrapper it calls is discovered). */
  parses: number;
  /** Worker threads that actually ran (0: in-process). */
  workers: number;
  wrappers: number;
  /** Declared types that needed the type checker. */
  checkerTypes: number;
  /** Files walked with the type checker for references by type (typed.ts); 0 without a code registry. */
  typedFiles: number;
  /** Milliseconds spent on them (building the Program included): the checker's share of a scan. */
  typedMs: number;
  /** Declaration files of installed packages those files reached (installed-types.ts). */
  installedTypeFiles?: number;
  rounds: number;
  /** Wall-clock milliseconds per phase (phases overlap when workers parse while files are read). */
  phaseMs: ScanPhaseMs;
}

export interface ScanPhaseMs {
  /** Listing, reading every file, the prefilter and text references. */
  read: number;
  /** The first round of parsing, after the reads (in-process, or waiting for workers). */
  parse: number;
  /** Cross-file resolution rounds, with the files they parse on demand. */
  resolve: number;
  checker: number;
}

/**
 * Characters of prefiltered source above which parsing goes to worker threads. Measured on the
 * benchmark corpus (2 cores): ~4 MB to parse ran faster in-process than with a worker, because a
 * worker's TypeScript load and cold JIT cost about as much as it saves.
 */
export const PARALLEL_MIN_CHARS = 12 * 1024 * 1024;
const MAX_WORKERS = 4;

/** One worker per core but one: the main thread parses too once it has read everything. */
function defaultWorkerCount(): number {
  const cores = availableParallelism();
  return cores > 1 ? Math.min(cores - 1, MAX_WORKERS) : 0;
}
const READ_CONCURRENCY = 32;
const BATCH_CHARS = 512 * 1024;
const MAX_ROUNDS = 16;

export async function scanFlagReferences(
  files: RepoFiles,
  config: FlagsConfig,
  options: ScanOptions,
): Promise<ScanResult> {
  const started = performance.now();
  const accessors = new AccessorSet(config, options.codeRegistries ?? []);
  const select = fileSelection(config);
  const listed = await files.list();
  const sources = listed.filter((p) => select.isSource(p));
  const scanned = new Set(sources);
  const textFiles =
    config.textReferences && options.declaredKeys.length > 0
      ? listed.filter((p) => select.isText(p))
      : [];
  const configPaths = listed.filter(isProjectConfigPath);
  const progress = progressCounter([...sources, ...textFiles], options.onProgress);
  // Any JS/TS file outside node_modules may be imported for its constants, even if excluded from the scan.
  const moduleFiles = new Set(
    listed.filter((p) => SOURCE_RE.test(p) && !/(^|\/)node_modules\//.test(p)),
  );

  const stats: ScanStats = {
    sourceFiles: sources.length,
    textFiles: 0,
    prefiltered: 0,
    parsedFiles: 0,
    parses: 0,
    workers: 0,
    wrappers: 0,
    checkerTypes: 0,
    typedFiles: 0,
    typedMs: 0,
    rounds: 0,
    phaseMs: { read: 0, parse: 0, resolve: 0, checker: 0 },
  };
  let phaseStart = started;
  const endPhase = (phase: keyof ScanPhaseMs): void => {
    const now = performance.now();
    stats.phaseMs[phase] += Math.round(now - phaseStart);
    phaseStart = now;
  };
  let extractor: Extractor = inProcessExtractor();
  const parsed = new Set<string>();

  const texts = new Map<string, string>();
  const summaries = new Map<string, FileSummary>();
  const configTexts = new Map<string, string>();
  const textRefs: FlagReference[] = [];
  // A key that is an ordinary word (`preview`) turns up in text for other reasons.
  const matcher = new TextMatcher(
    config.textReferenceWords
      ? options.declaredKeys
      : options.declaredKeys.filter((k) => !isOrdinaryWord(k)),
  );
  // A component's template names keys as text; its script blocks are the code parsed.
  const componentCode = (path: string, text: string): string => {
    if (!COMPONENT_RE.test(path)) return text;
    const parts = splitComponent(path, text);
    if (config.textReferences && options.declaredKeys.length > 0)
      textRefs.push(...matcher.find(path, parts.markup, false));
    return parts.script;
  };
  const wrapperNames = new Set<string>();
  let spec: ExtractSpec = accessors.spec(wrapperNames);

  const pending: Array<Promise<void>> = [];
  const extractAll = (batch: SourceText[]): void => {
    stats.parses += batch.length;
    for (const f of batch) parsed.add(f.path);
    pending.push(
      extractor.extract(batch, spec).then((out) => {
        for (const s of out) {
          summaries.set(s.path, s);
          progress.file(s.path);
        }
      }),
    );
  };
  const batcher = (): { add(f: SourceText): void; flush(): void } => {
    let batch: SourceText[] = [];
    let size = 0;
    return {
      add(f) {
        batch.push(f);
        size += f.text.length;
        if (size >= BATCH_CHARS) this.flush();
      },
      flush() {
        if (batch.length > 0) extractAll(batch);
        batch = [];
        size = 0;
      },
    };
  };

  try {
    // Phase 1: read everything once; the prefilter picks what is worth parsing.
    const mayReference = prefilter(firstRoundNeedles(accessors));
    const candidates: SourceText[] = [];
    let candidateChars = 0;
    const sourceSet = new Set(sources);
    const textSet = new Set(textFiles);
    await forEachConcurrent(
      [...sources, ...textFiles, ...configPaths],
      READ_CONCURRENCY,
      async (path) => {
        const text = await files.read(path);
        if (text === undefined) return;
        if (sourceSet.has(path)) {
          const code = componentCode(path, text);
          texts.set(path, code);
          if (mayReference(code)) {
            candidates.push({ path, text: code });
            candidateChars += code.length;
          } else progress.file(path);
        } else if (textSet.has(path)) {
          stats.textFiles++;
          textRefs.push(...matcher.find(path, text, isConfigText(path)));
          progress.file(path);
        }
        if (isProjectConfigPath(path)) configTexts.set(path, text);
      },
    );

    endPhase('read');
    // Workers only when the parse is big enough to pay for them: each thread loads TypeScript
    // and warms its JIT on its own (~1 s of CPU), which a few MB of parsing does not repay.
    const workers =
      options.workers ?? (candidateChars >= PARALLEL_MIN_CHARS ? defaultWorkerCount() : 0);
    const pool = workers > 0 ? await workerExtractor(workers) : undefined;
    if (pool) {
      extractor = pool;
      stats.workers = workers;
      pool.joinMainThread();
    }
    candidates.sort((a, b) => compareStrings(a.path, b.path));
    stats.prefiltered = candidates.length;
    const first = batcher();
    for (const c of candidates) first.add(c);
    first.flush();
    await drain(pending);

    await reparseOverflowed(summaries, texts, spec);
    endPhase('parse');

    // Phase 2: resolve across files; parse imported files on demand and wrapper callers, to a fixpoint.
    const resolver = new ModuleResolver(moduleFiles, configTexts);
    const keyMapper = new KeyMapper(options.declaredKeys);
    const codeRegistries = options.codeRegistries ?? [];
    const scope = new RegistryScope(
      options.declaredKeys,
      codeRegistries.map((r) => r.keys),
    );
    const unreadable = new Set<string>();
    let answers = new Map<string, string[] | null>();
    // Later rounds re-evaluate only the files whose lookups the newly parsed files changed.
    const cache = new AnalysisCache();
    const analyse = (missing: Set<string>): AnalysisResult => {
      const index: ModuleIndex = {
        summary(path) {
          const s = summaries.get(path);
          if (!s && moduleFiles.has(path) && !unreadable.has(path)) missing.add(path);
          return s;
        },
        resolveModule: (from, specifier) => resolver.resolve(from, specifier),
        globalCandidates: (name) =>
          codeRegistries.filter((r) => r.exportName.split('.')[0] === name).map((r) => r.file),
      };
      const parsed = [...summaries.keys()].filter((p) => scanned.has(p)).sort(compareStrings);
      return new Analyzer(index, parsed, accessors, keyMapper, scope, answers, cache).run();
    };

    let analysis: AnalysisResult | undefined;
    const defaultWrapperFiles = new Set<string>();
    let importGraph: ImportGraph | undefined;
    for (let round = 0; round < MAX_ROUNDS; round++) {
      stats.rounds = round + 1;
      const missing = new Set<string>();
      analysis = analyse(missing);
      const fresh = [...new Set(analysis.wrappers.map((w) => w.info.name))].filter(
        // `default` (an anonymous default export) is found through imports below, not by name.
        (n) => n !== 'default' && !wrapperNames.has(n) && !accessors.calls.has(n),
      );
      const todo = new Set(missing);
      const freshDefaults = analysis.wrappers
        .filter((w) => w.isDefault && !defaultWrapperFiles.has(w.file))
        .map((w) => w.file);
      if (freshDefaults.length > 0) {
        // Callers may import a default export under any name, so the name prefilter cannot find
        // them: parse the files importing its module (directly or through `export … from`).
        // Files already parsed recorded every call to an imported binding and need nothing.
        for (const f of freshDefaults) defaultWrapperFiles.add(f);
        importGraph ??= new ImportGraph(texts, scanned, resolver);
        for (const path of importGraph.importersOf(freshDefaults))
          if (!parsed.has(path)) todo.add(path);
      }
      if (fresh.length > 0) {
        for (const n of fresh) wrapperNames.add(n);
        spec = accessors.spec(wrapperNames);
        const mentions = prefilter(fresh, false);
        for (const [path, text] of texts) {
          if (!scanned.has(path) || !mentions(text)) continue;
          // Already parsed with every call to these names recorded (they are imports or its own
          // functions there): no second parse needed.
          const recorded = summaries.get(path)?.recordedCallees;
          if (
            recorded &&
            fresh.every(
              (n) => !text.includes(n) || (recorded.includes(n) && !text.includes(`.${n}`)),
            )
          )
            continue;
          todo.add(path);
        }
      }
      if (todo.size === 0) break;
      const batch = batcher();
      for (const path of [...todo].sort(compareStrings)) {
        const text = texts.get(path) ?? (await files.read(path));
        if (text === undefined) {
          unreadable.add(path);
          continue;
        }
        texts.set(path, text);
        batch.add({ path, text });
      }
      batch.flush();
      await drain(pending);
    }

    endPhase('resolve');
    // Phase 3: the type checker, only for declared types the syntax could not reduce.
    if (analysis && analysis.checkerNeeds.length > 0) {
      stats.checkerTypes = new Set(analysis.checkerNeeds.map((n) => `${n.file}:${n.start}`)).size;
      try {
        const { answerWithChecker } = await import('./checker.js');
        answers = answerWithChecker(
          analysis.checkerNeeds,
          (p) => texts.get(p),
          (p) => summaries.get(p),
          resolver,
        );
      } catch {
        // The checker is a refinement: without it these reads are reported unresolved, not lost.
        answers = new Map(analysis.checkerNeeds.map((n) => [checkerKey(n), null]));
      }
      analysis = analyse(new Set());
    }
    endPhase('checker');

    // Phase 4: references only the type checker can tell (typed.ts), with a registry in code.
    if (codeRegistries.length > 0) await readAmbientDeclarations(listed, texts, files, configTexts);
    const typed = await referencesByType(
      { registries: codeRegistries, texts, scanned, resolver },
      config.installedTypes !== false ? installedReader(files, listed) : NOTHING_INSTALLED,
      stats,
    );

    // A file the parser could not take (a stack overflow on generated code nested thousands
    // deep): its reads are unknown, so every declared key it mentions counts as a text reference
    // (weaker evidence, never an orphan), beside the scan-incomplete notice.
    for (const [path, s] of summaries) {
      const text = texts.get(path);
      if (s.error !== undefined && scanned.has(path) && text !== undefined)
        textRefs.push(...matcher.find(path, text, true));
    }

    stats.parsedFiles = parsed.size;
    stats.wrappers = analysis?.wrappers.length ?? 0;
    options.onStats?.(stats);
    progress.finish();
    // Files read with bytes that are not UTF-8: what they may read is never an orphan (undecodable.ts).
    const read = await reconcileUndecodable(
      files,
      new Set([...sources, ...textFiles]),
      options.declaredKeys,
      [...(analysis?.references ?? []), ...textRefs, ...typed.references],
    );
    const result: ScanResult = {
      references: sortReferences(withoutDeclarations(read, codeRegistries)),
      unresolved: sortUnresolved(analysis?.unresolved ?? []),
    };
    // sortUses keeps one use per position, the syntactic pass's where both saw it.
    const uses = [
      ...(analysis?.registryUses ?? []),
      ...typedUsesLeft(typed.registryUses, analysis),
    ];
    if (uses.length > 0) result.registryUses = sortUses(uses);
    const skipped = [...skippedFiles(summaries, scanned), ...typed.skipped];
    if (skipped.length > 0) result.skipped = skipped;
    return result;
  } finally {
    await extractor.close();
  }
}

/**
 * What makes a file worth parsing in the first round. The call form records a call only when it
 * has an argument (the key), so its names need one; every other form's names count as tokens.
 */
function firstRoundNeedles(accessors: AccessorSet): PrefilterNeedles {
  return {
    names: FORMS.filter((f) => f.id !== 'call').flatMap((f) => f.needles(accessors)),
    callsWithArguments: FORMS.filter((f) => f.id === 'call').flatMap((f) => f.needles(accessors)),
  };
}

/**
 * Scanned files whose flag reads may be incomplete, for the caller to surface as notices: not
 * silently skipped. Only files in the scan count; one parsed just for its constants is not.
 * Files the repository could not read are not repeated here: RepoFiles.notices() has them.
 */
function skippedFiles(
  summaries: ReadonlyMap<string, FileSummary>,
  scanned: ReadonlySet<string>,
): SkippedFile[] {
  const out: SkippedFile[] = [];
  for (const [file, s] of summaries) {
    if (!scanned.has(file)) continue;
    if (s.error !== undefined) {
      out.push({
        file,
        reason: `could not be analysed (${s.error}); flag reads in it may be missed`,
      });
    } else if (s.syntaxError) {
      const { line, column, message } = s.syntaxError;
      out.push({
        file,
        reason: `syntax error at ${line}:${column}: ${message} (flag reads near it may be missed)`,
        line,
        column,
      });
    }
  }
  return out.sort((a, b) => compareStrings(a.file, b.file));
}

/**
 * Declaration files (excluded from the scan) that augment a global or a module
 * (`declare global { namespace Express { interface Request { flags: … } } }`): a registry type they
 * use reaches files that never import it, so the pass by type must see them (typed.ts).
 */
async function readAmbientDeclarations(
  listed: readonly string[],
  texts: Map<string, string>,
  files: RepoFiles,
  configTexts: ReadonlyMap<string, string>,
): Promise<void> {
  // Only those a TypeScript project of the repository would see (ambient-scope.ts).
  const candidates = ambientCandidates(
    listed.filter(
      (p) => /\.d\.[mc]?ts$/.test(p) && !/(^|\/)node_modules\//.test(p) && !texts.has(p),
    ),
    configTexts,
    texts,
  );
  await forEachConcurrent(candidates, READ_CONCURRENCY, async (path) => {
    const text = await files.read(path);
    if (text !== undefined && AMBIENT_RE.test(text)) texts.set(path, text);
  });
}

async function referencesByType(
  input: TypedInput,
  installedFiles: InstalledFiles,
  stats: ScanStats,
): Promise<Pick<TypedResult, 'references' | 'registryUses' | 'skipped'>> {
  if (input.registries.length === 0) return { references: [], registryUses: [], skipped: [] };
  const started = performance.now();
  const { typedReferences, typedScope } = await import('./typed.js');
  const scope = typedScope(input);
  let installed: InstalledTypes | undefined;
  let cutsSaid: TypedResult['skipped'] = [];
  if (scope.walked.length > 0) {
    const { loadInstalledTypes, describeCuts } = await import('./installed-types.js');
    const roots = new Map<string, string>();
    for (const f of scope.kept) {
      const text = input.texts.get(f);
      if (text !== undefined) roots.set(f, text);
    }
    installed = await loadInstalledTypes(roots, installedFiles, (from, spec) => {
      return input.resolver.resolve(from, spec) !== undefined;
    });
    stats.installedTypeFiles = installed.texts.size;
    // Where a bound kept installed types unread, reads typed through them may be lost: said, at
    // the file whose imports lead there.
    cutsSaid = describeCuts(installed.cuts);
  }
  const typed = typedReferences(input, scope, installed);
  typed.skipped.push(...cutsSaid);
  stats.typedFiles = typed.files;
  stats.typedMs = Math.round(performance.now() - started);
  return typed;
}

/** Files whose parse overflowed the stack get a second parse on a thread with a deep stack. */
async function reparseOverflowed(
  summaries: Map<string, FileSummary>,
  texts: ReadonlyMap<string, string>,
  spec: ExtractSpec,
): Promise<void> {
  const overflowed: SourceText[] = [];
  for (const [path, s] of summaries) {
    const text = texts.get(path);
    if (s.error !== undefined && /call stack/i.test(s.error) && text !== undefined)
      overflowed.push({ path, text });
  }
  const again = await extractOnDeepStack(overflowed, spec);
  for (const s of again ?? []) summaries.set(s.path, s);
}

/**
 * A registry's declaration (and a defaults object beside it) names every key of the registry: it
 * is no reference to them.
 */
function withoutDeclarations(
  refs: FlagReference[],
  registries: readonly CodeRegistryInfo[],
): FlagReference[] {
  if (registries.length === 0) return refs;
  const own = new Map<string, Set<string>>();
  for (const r of registries) {
    const keys = own.get(r.file) ?? new Set<string>();
    for (const k of r.keys) keys.add(k);
    own.set(r.file, keys);
  }
  return refs.filter((r) => r.key === null || !own.get(r.file)?.has(r.key));
}

async function drain(pending: Array<Promise<void>>): Promise<void> {
  while (pending.length > 0) await Promise.all(pending.splice(0));
}

async function forEachConcurrent<T>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const run = async (): Promise<void> => {
    while (next < items.length) {
      const item = items[next++] as T;
      await fn(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, run));
}

/** Code-unit order: stable across machines and locales. */
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const BY_TYPE_OR_SYMBOL: ReadonlySet<ReferenceVia> = new Set(['symbol', 'typed-literal']);

function sortReferences(refs: FlagReference[]): FlagReference[] {
  const seen = new Set<string>();
  // One read found by several forms is reported once, by the most specific: an accessor or
  // wrapper that reads it (`isEnabled(Flags.A)`, `flagOn('a')`), else the registry member it
  // names (`symbol`), else the key type it is written against (`typed-literal`).
  const at = (r: FlagReference): string => `${r.file}\0${r.line}\0${r.column}\0${r.key}`;
  const read = new Set(refs.filter((r) => !BY_TYPE_OR_SYMBOL.has(r.via)).map(at));
  const named = new Set(refs.filter((r) => r.via === 'symbol').map(at));
  const unique = refs.filter((r) => {
    if (BY_TYPE_OR_SYMBOL.has(r.via) && read.has(at(r))) return false;
    if (r.via === 'typed-literal' && named.has(at(r))) return false;
    // A registry member found both by its symbol and by its type is one read, whatever its label.
    const id = BY_TYPE_OR_SYMBOL.has(r.via)
      ? `${at(r)}\0${r.via}`
      : `${r.file}\0${r.line}\0${r.column}\0${r.key}\0${r.pattern}\0${r.via}\0${r.accessor}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
  return unique.sort(
    (a, b) =>
      compareStrings(a.file, b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      compareStrings(a.key ?? a.pattern ?? '', b.key ?? b.pattern ?? '') ||
      compareStrings(a.via, b.via) ||
      compareStrings(a.accessor, b.accessor),
  );
}

/**
 * The pass by type sees a value's declared type only (`k as FlagKey`, or nothing: `any`); where the
 * syntactic pass resolved that same value to its keys, or reported it unresolved, it is not a use.
 */
function typedUsesLeft(
  uses: readonly RegistryUse[],
  analysis: Pick<AnalysisResult, 'references' | 'unresolved'> | undefined,
): RegistryUse[] {
  if (uses.length === 0 || !analysis) return [...uses];
  const at = (r: { file: string; line: number; column: number }): string =>
    `${r.file}:${r.line}:${r.column}`;
  const handled = new Set([...analysis.references.map(at), ...analysis.unresolved.map(at)]);
  return uses.filter((u) => !handled.has(at(u)));
}

function sortUses(list: RegistryUse[]): RegistryUse[] {
  const seen = new Set<string>();
  return list
    .filter((u) => {
      const id = `${u.file}\0${u.line}\0${u.column}`;
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    })
    .sort((a, b) => compareStrings(a.file, b.file) || a.line - b.line || a.column - b.column);
}

function sortUnresolved(list: UnresolvedReference[]): UnresolvedReference[] {
  const seen = new Set<string>();
  return list
    .filter((u) => {
      const id = `${u.file}\0${u.line}\0${u.column}\0${u.accessor}`;
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    })
    .sort(
      (a, b) =>
        compareStrings(a.file, b.file) ||
        a.line - b.line ||
        a.column - b.column ||
        compareStrings(a.accessor, b.accessor),
    );
}

export { DEFAULT_ACCESSORS } from './accessors.js';
