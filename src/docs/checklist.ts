import { escapeMarkdownCell, markdownCode } from '../report/markdown.js';
import { truncateText } from '../report/summary.js';
import type { DocumentReport } from './check-document.js';
import type { DocFinding } from './doc-finding.js';
import { textOf } from './markdown.js';

const MAX_MESSAGE = 300;
/** A comment is one of several in the sticky comment: past this many documents the rest are counted. */
const MAX_DOCUMENTS = 50;

/**
 * The sticky comment's part for docs: per changed document, its template's sections in order, each ✓ or
 * ✗ with what is wrong there, then the front matter and anything outside a section.
 */
export function renderChecklist(reports: readonly DocumentReport[]): string {
  const parts: string[] = [];
  for (const report of reports.slice(0, MAX_DOCUMENTS)) parts.push(renderOne(report));
  if (reports.length > MAX_DOCUMENTS) {
    parts.push(`_… and ${reports.length - MAX_DOCUMENTS} more documents, listed in the findings._`);
  }
  return parts.join('\n\n');
}

function renderOne(report: DocumentReport): string {
  const { template } = report;
  const bySection = new Map<number | 'front-matter' | 'document', DocFinding[]>();
  for (const f of report.findings) {
    const key = f.section ?? 'document';
    bySection.set(key, [...(bySection.get(key) ?? []), f]);
  }
  const source = template.builtIn ? 'the built-in template' : markdownCode(template.source);
  const lines = [
    `**${markdownCode(report.path)}** (${escapeMarkdownCell(report.kind)}, checked against ${source})`,
    '',
  ];
  if (template.frontMatter && template.frontMatter.length > 0) {
    lines.push(row(0, 'Front matter', bySection.get('front-matter')));
  }
  const minDepth = Math.min(...template.sections.map((s) => s.depth));
  for (const section of template.sections) {
    const present = report.present.get(section.index);
    const indent = section.depth - minDepth;
    // A title like "{{ title }}" reads better as the document's own heading.
    const title = present && section.pattern.wild ? textOf(present.heading).trim() : section.title;
    if (!present && section.optional) {
      lines.push(`${'  '.repeat(indent)}- ➖ ${escapeMarkdownCell(title)} (optional, absent)`);
      continue;
    }
    if (!present && !bySection.has(section.index)) continue; // below a missing section
    lines.push(row(indent, title, bySection.get(section.index)));
  }
  const loose = bySection.get('document');
  if (loose) lines.push(row(0, 'Before the first section', loose));
  return lines.join('\n');
}

function row(indent: number, title: string, findings: readonly DocFinding[] | undefined): string {
  const pad = '  '.repeat(indent);
  if (!findings || findings.length === 0) return `${pad}- ✓ ${escapeMarkdownCell(title)}`;
  const what = findings
    .map((f) => `${escapeMarkdownCell(truncateText(f.message, MAX_MESSAGE))} (line ${f.at.line})`)
    .join('; ');
  // "Impact:" in the template: one colon before what is wrong, not two.
  return `${pad}- ✗ ${escapeMarkdownCell(title.replace(/\s*:$/, ''))}: ${what}`;
}
