import { checkBlame } from './blame.js';
import type { DocFinding } from './doc-finding.js';
import { checkFrontMatter } from './front-matter.js';
import { checkLinks } from './links.js';
import type { LinkTargets } from './links.js';
import type { ParsedMarkdown } from './markdown.js';
import { checkPlaceholders } from './placeholders.js';
import { checkSectionRule } from './section-rules.js';
import type { EscalationDirectory } from './section-rules.js';
import { checkStructure } from './structure.js';
import type { PresentSection } from './structure.js';
import type { TemplateSpec } from './template.js';

export interface DocumentChecks {
  template: TemplateSpec;
  links: LinkTargets;
  directory: EscalationDirectory;
  blamePhrases: readonly string[][];
  /** The document's own anchors, when already computed. */
  anchors?: ReadonlySet<string>;
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

/** Every docs rule on one document, judged against its kind's template. */
export async function checkDocument(
  doc: ParsedMarkdown,
  kind: string,
  checks: DocumentChecks,
): Promise<DocumentReport> {
  const { template } = checks;
  const structure = checkStructure(doc, template);
  const findings: DocFinding[] = [
    ...checkFrontMatter(doc, template.frontMatter ?? []),
    ...structure.findings,
  ];
  for (const present of structure.present.values()) {
    for (const rule of present.section.rules) {
      findings.push(...checkSectionRule(rule, present, checks.directory));
    }
  }
  findings.push(...checkPlaceholders(doc, template.placeholderText));
  findings.push(...(await checkLinks(doc, checks.links, checks.anchors)));
  findings.push(...checkBlame(doc, checks.blamePhrases));
  attributeToSections(findings, structure.present);
  findings.sort((a, b) => a.at.line - b.at.line || a.at.column - b.at.column);
  return { path: doc.path, kind, template, findings, present: structure.present };
}

/** A finding without a section belongs to the present section whose lines hold it. */
function attributeToSections(
  findings: DocFinding[],
  present: ReadonlyMap<number, PresentSection>,
): void {
  const starts = [...present.values()]
    .map((p) => ({ line: p.heading.position?.start.line ?? 0, index: p.section.index }))
    .sort((a, b) => a.line - b.line);
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
