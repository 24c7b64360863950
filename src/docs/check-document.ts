import { blameVisitor } from './blame.js';
import type { DocFinding } from './doc-finding.js';
import { checkFrontMatter } from './front-matter.js';
import { anchorVisitor, checkLinkRefs, linkVisitor } from './links.js';
import type { LinkRef, LinkTargets } from './links.js';
import { walkAll } from './markdown.js';
import type { ParsedMarkdown, Visitor } from './markdown.js';
import { placeholderVisitor } from './placeholders.js';
import { checkSectionRule, definitionVisitor } from './section-rules.js';
import type { EscalationDirectory } from './section-rules.js';
import { checkStructure } from './structure.js';
import type { PresentSection } from './structure.js';
import type { TemplateSpec } from './template.js';

/** What judging a document needs besides the document: plain data, so a worker thread can get a copy. */
export interface DocumentChecks {
  template: TemplateSpec;
  directory: EscalationDirectory;
  blamePhrases: readonly string[][];
}

/**
 * One document judged on its own: every finding that needs no other file, and what the links need
 * (its own anchors, its relative links). Plain data without the tree, so the tree is garbage as soon
 * as this exists, and a worker thread can send it back.
 */
export interface DocumentAnalysis {
  path: string;
  /** In rule order; the link findings go in at `linksAt` (so equal positions keep the rules' order). */
  findings: DocFinding[];
  linksAt: number;
  anchors: string[];
  links: LinkRef[];
  /** Where the present template sections start, in line order: findings between are theirs. */
  sectionStarts: { line: number; index: number }[];
}

/** What one document was found to be, section by section. */
export interface DocumentReport {
  path: string;
  kind: string;
  template: TemplateSpec;
  /** In document order; each attributed to a template section where it belongs to one. */
  findings: DocFinding[];
  /** The template sections the document has, by index. */
  present: ReadonlyMap<number, PresentSection>;
}

/** Every docs rule that needs only this document, judged against its kind's template. */
export function analyzeDocument(
  doc: ParsedMarkdown,
  checks: DocumentChecks,
): { analysis: DocumentAnalysis; present: Map<number, PresentSection> } {
  const { template } = checks;
  const structure = checkStructure(doc, template);
  const findings: DocFinding[] = [
    ...checkFrontMatter(doc, template.frontMatter ?? []),
    ...structure.findings,
  ];
  // An empty section is reported as such, alone: "no items" and "no dashboard" would say it again.
  const empty = new Set(
    structure.findings.filter((f) => f.rule === 'empty-section').map((f) => f.section),
  );
  // The rules that look at the whole document share one walk of its tree, and so do the reference
  // definitions the section rules need (a definition needs `]:`: most documents have none).
  const placeholders = placeholderVisitor(template.placeholderText);
  const blame = blameVisitor(checks.blamePhrases, doc.text);
  const anchors = anchorVisitor();
  const links = linkVisitor(doc.text);
  const definitions = doc.text.includes(']:') ? definitionVisitor() : undefined;
  const visitors: Visitor[] = [placeholders, blame, anchors, links];
  if (definitions) visitors.push(definitions);
  walkAll(doc.tree, visitors);
  for (const present of structure.present.values()) {
    if (empty.has(present.section.index)) continue;
    for (const rule of present.section.rules) {
      findings.push(...checkSectionRule(rule, present, checks.directory, definitions?.definitions));
    }
  }
  findings.push(...placeholders.findings());
  const linksAt = findings.length;
  findings.push(...links.unresolved);
  findings.push(...blame.findings());
  const sectionStarts = [...structure.present.values()]
    .map((p) => ({ line: p.heading.position?.start.line ?? 0, index: p.section.index }))
    .sort((a, b) => a.line - b.line);
  return {
    analysis: {
      path: doc.path,
      findings,
      linksAt,
      anchors: [...anchors.anchors],
      links: links.links,
      sectionStarts,
    },
    present: structure.present,
  };
}

/** The analysis completed with its link findings (other files' anchors), in document order. */
export async function finishDocument(
  analysis: DocumentAnalysis,
  targets: LinkTargets,
  /** The analysis's own anchors as a set, when the caller has built it already. */
  own: ReadonlySet<string> = new Set(analysis.anchors),
): Promise<DocFinding[]> {
  const links = await checkLinkRefs(analysis.path, analysis.links, own, targets);
  const { findings, linksAt } = analysis;
  const all =
    links.length === 0
      ? findings.slice()
      : [...findings.slice(0, linksAt), ...links, ...findings.slice(linksAt)];
  attributeToSections(all, analysis.sectionStarts);
  all.sort((a, b) => a.at.line - b.at.line || a.at.column - b.at.column);
  return all;
}

/** A finding without a section belongs to the present section whose lines hold it. */
function attributeToSections(
  findings: DocFinding[],
  starts: readonly { line: number; index: number }[],
): void {
  for (const f of findings) {
    if (f.section !== undefined) continue;
    let owner: number | undefined;
    for (const s of starts) {
      if (s.line <= f.at.line) owner = s.index;
      else break;
    }
    if (owner !== undefined) f.section = owner;
  }
}
