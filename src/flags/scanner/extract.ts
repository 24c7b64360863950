import { ts as tsMorphTs } from 'ts-morph';
// A plain local alias: through a bundle's ESM interop every `ts.x` of the import would be a
// getter call, which showed up as ~5% of a scan in the profile.
import ts = tsMorphTs;
import { ModuleFacts } from './facts.js';
import { FORMS, type FormContext } from './forms/index.js';
import { scanHints } from './hints.js';
import { IrBuilder } from './ir-builder.js';
import type { FileSummary, Site } from './ir.js';
import type { CompiledSpec } from './spec.js';
import { lookup } from './scope.js';
import * as syntaxHelpers from './syntax.js';

/**
 * One file → FileSummary, using only the raw TypeScript parser (`ts.createSourceFile`) and its
 * compiler nodes: no Program, no checker, no ts-morph wrappers (10× slower to walk). Runs in a
 * worker thread or in-process; everything it returns is plain data.
 *
 * The file's module facts come from its top-level statements (facts.ts); every node is then
 * offered to the reference forms' visitors (forms/), which turn key arguments into IR
 * (ir-builder.ts).
 */

export { compileSpec, type CompiledSpec } from './spec.js';
export type { Site };

const MAX_TEXT = 160;
const SYNTAX: FormContext['syntax'] = { ...syntaxHelpers, lookup };

export function extractFile(path: string, text: string, spec: CompiledSpec): FileSummary {
  const summary: FileSummary = {
    path,
    imports: {},
    exports: {},
    reexports: [],
    values: {},
    types: {},
    fns: [],
    sites: [],
    hints: [],
  };
  try {
    // JSDoc is never read here (tags are the code registry's, parsed on its own), and parents
    // are set by the same pass that orders the nodes for the walk: one traversal, not three.
    const sf = ts.createSourceFile(
      path,
      text,
      { languageVersion: ts.ScriptTarget.Latest, jsDocParsingMode: ts.JSDocParsingMode.ParseNone },
      false,
      syntaxHelpers.scriptKind(path),
    );
    const nodes = adoptInPreOrder(sf);
    const syntax = firstSyntaxError(sf);
    if (syntax) summary.syntaxError = syntax;
    walk(sf, nodes, spec, summary);
    summary.hints = scanHints(sf, text);
  } catch (err) {
    // Never let one odd file stop the scan; the caller reports it.
    summary.error = err instanceof Error ? err.message : String(err);
  }
  return summary;
}

const LOADS_RE = /\b(?:import|require)\s*\(/;

function walk(
  sf: ts.SourceFile,
  nodes: readonly ts.Node[],
  spec: CompiledSpec,
  out: FileSummary,
): void {
  const ir = new IrBuilder(sf, out.fns);
  const facts = new ModuleFacts(ir, out);
  for (const st of sf.statements) facts.statement(st);
  // Modules loaded inside functions bind names before the forms look at calls to them.
  if (LOADS_RE.test(sf.text)) for (const node of nodes) facts.loadedLocally(node);
  out.recordedCallees = [...new Set(facts.callees.values())];
  if (facts.defined.size > 0) out.definedFns = [...facts.defined];
  const ctx: FormContext = {
    ts,
    syntax: SYNTAX,
    sf,
    spec,
    ir,
    facts,
    report: (site) => out.sites.push(site),
    loc: (node) => {
      const p = sf.getLineAndCharacterOfPosition(node.getStart(sf));
      return [p.line + 1, p.character + 1];
    },
    text: (node) => {
      const t = node.getText(sf).replace(/\s+/g, ' ');
      return t.length > MAX_TEXT ? `${t.slice(0, MAX_TEXT - 1)}…` : t;
    },
  };
  // Visitors by node kind, in FORMS order: an array lookup per node on the hot path.
  const byKind: Array<Array<(node: ts.Node) => void> | undefined> = [];
  for (const form of FORMS) {
    for (const [kind, visit] of Object.entries(form.create(ctx))) {
      if (visit) (byKind[Number(kind)] ??= []).push(visit);
    }
  }
  for (const node of nodes) {
    const visitors = byKind[node.kind];
    if (visitors) for (const visit of visitors) visit(node);
  }
}

/**
 * What `setParentNodes` does, and the walk's order: every node below `sf`, pre-order. Iterative:
 * generated code nests thousands deep (a 4,000-term `+` chain), and a recursive pass would
 * overflow the stack there and lose the file's reads. Parents are all set before any visitor
 * runs, so a visitor may look up from any node (scope lookups start at an argument).
 */
function adoptInPreOrder(sf: ts.SourceFile): ts.Node[] {
  const order: ts.Node[] = [];
  const stack: ts.Node[] = [];
  const children: ts.Node[] = [];
  let parent: ts.Node = sf;
  const adopt = (child: ts.Node): void => {
    (child as { parent: ts.Node }).parent = parent;
    children.push(child);
  };
  for (let node: ts.Node | undefined = sf; node !== undefined; node = stack.pop()) {
    if (node !== sf) order.push(node);
    parent = node;
    children.length = 0;
    ts.forEachChild(node, adopt);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as ts.Node);
  }
  return order;
}

/**
 * The parser recovers from syntax errors (what follows still yields its sites), but a read near
 * the error may be lost, so the first one is reported. `parseDiagnostics` is the parser's own
 * record; it is not in the public typings, hence the structural read.
 */
function firstSyntaxError(sf: ts.SourceFile): FileSummary['syntaxError'] {
  const diags = (sf as unknown as { parseDiagnostics?: unknown }).parseDiagnostics;
  if (!Array.isArray(diags) || diags.length === 0) return undefined;
  const d = diags[0] as ts.Diagnostic;
  const pos = sf.getLineAndCharacterOfPosition(d.start ?? 0);
  return {
    line: pos.line + 1,
    column: pos.character + 1,
    message: ts.flattenDiagnosticMessageText(d.messageText, ' '),
  };
}
