import type { Heading, RootContent } from 'mdast';
import { matchesHeading } from './headings.js';
import { endLineOf, startOf, textOf } from './markdown.js';
import type { ParsedMarkdown } from './markdown.js';
import type { DocFinding } from './doc-finding.js';
import { docFinding } from './doc-finding.js';
import type { TemplateSection, TemplateSpec } from './template.js';

/** A template section as the document has it: its heading and the blocks under it. */
export interface PresentSection {
  section: TemplateSection;
  heading: Heading;
  /** Blocks up to the next heading the template knows or of the same or a higher level. */
  body: RootContent[];
  /** Last line of the section (before the next heading that ends it). */
  endLine: number;
}

export interface StructureResult {
  findings: DocFinding[];
  /** By template section index. */
  present: Map<number, PresentSection>;
}

/**
 * Pairs the document's headings with the template's: each heading takes the first free template heading
 * it matches at or after the last one taken (so repeated names pair in order), else any free one.
 * The longest run in template order is "in order"; every other paired heading is out of order.
 */
export function checkStructure(doc: ParsedMarkdown, template: TemplateSpec): StructureResult {
  const findings: DocFinding[] = [];
  const sections = template.sections;
  const headings = doc.headings;
  const pairedTo: (number | undefined)[] = [];
  const taken = new Set<number>();
  let last = -1;
  const texts = headings.map((h) => textOf(h).trim());
  // `### Detection` under the timeline's phases, then `## Detection`: the section is the one at its
  // own level; a heading at another level is it only when no later heading at that level is.
  const atItsLevelLater = (s: TemplateSection, after: number): boolean =>
    headings.some(
      (h, k) => k > after && h.depth === s.depth && matchesHeading(s.pattern, texts[k]!),
    );
  for (const [h, heading] of headings.entries()) {
    const text = texts[h]!;
    const fits = (s: TemplateSection): boolean =>
      !taken.has(s.index) &&
      (!s.pattern.wild || s.depth === heading.depth) &&
      matchesHeading(s.pattern, text) &&
      (s.depth === heading.depth || !atItsLevelLater(s, h));
    const choice = sections.find((s) => s.index > last && fits(s)) ?? sections.find(fits);
    pairedTo.push(choice?.index);
    if (choice) {
      taken.add(choice.index);
      last = Math.max(last, choice.index);
    }
  }

  const inOrder = longestIncreasing(pairedTo);
  const present = new Map<number, PresentSection>();
  const children = doc.tree.children;
  for (let h = 0; h < headings.length; h++) {
    const index = pairedTo[h];
    if (index === undefined) continue;
    const heading = headings[h]!;
    const section = sections[index]!;
    const body = bodyOf(children, heading, (n) => n.depth <= heading.depth || pairedHeading(n));
    present.set(index, {
      section,
      heading,
      body,
      endLine: body.length > 0 ? endLineOf(body[body.length - 1]!) : endLineOf(heading),
    });
    if (!inOrder.has(h)) {
      findings.push(
        docFinding(
          'section-order',
          `section "${section.title}" is out of order: the template puts it ${orderHint(h, pairedTo, inOrder, headings)}`,
          startOf(heading),
          index,
        ),
      );
    }
    if (heading.depth !== section.depth) {
      findings.push(
        docFinding(
          'heading-level',
          `"${section.title}" should be a level-${section.depth} heading (${'#'.repeat(section.depth)}), not level ${heading.depth}`,
          startOf(heading),
          index,
        ),
      );
    }
  }

  function pairedHeading(n: Heading): boolean {
    const at = headings.indexOf(n);
    return at >= 0 && pairedTo[at] !== undefined;
  }

  const strays = new Set<Heading>();
  for (const section of sections) {
    if (present.has(section.index) || section.optional) continue;
    // Below a missing section its subsections are missing too: name the top one only.
    if (section.parent !== undefined && !present.has(section.parent)) continue;
    const next = sections.find((s) => s.index > section.index && present.has(s.index));
    const prev = [...sections]
      .reverse()
      .find((s) => s.index < section.index && present.has(s.index));
    const from = prev ? (present.get(prev.index)!.heading.position?.start.line ?? 0) : 0;
    const to = next
      ? (present.get(next.index)!.heading.position?.start.line ?? Infinity)
      : Infinity;
    // An unpaired heading of the same level where the section belongs is most likely it, renamed.
    const stray = headings.find((h, k) => {
      const line = h.position?.start.line ?? 0;
      return (
        pairedTo[k] === undefined &&
        !strays.has(h) &&
        h.depth === section.depth &&
        line > from &&
        line < to
      );
    });
    if (stray) strays.add(stray);
    const where = stray
      ? {
          at: startOf(stray),
          hint: `where "${textOf(stray).trim()}" is: rename it if it is meant to be this section`,
        }
      : next
        ? {
            at: startOf(present.get(next.index)!.heading),
            hint: `before "${shownTitle(present.get(next.index)!)}"`,
          }
        : prev
          ? {
              at: { line: present.get(prev.index)!.endLine + 1, column: 1 },
              hint: `after "${shownTitle(present.get(prev.index)!)}"`,
            }
          : { at: { line: 1, column: 1 }, hint: 'at the start' };
    const lastLine = doc.text.trimEnd().split('\n').length;
    const line = Math.min(where.at.line, lastLine);
    findings.push(
      docFinding(
        'missing-section',
        `missing section ${'#'.repeat(section.depth)} ${section.title} (it belongs ${where.hint})`,
        { line, column: where.at.line > lastLine ? 1 : where.at.column },
        section.index,
      ),
    );
  }

  for (const p of present.values()) {
    if (!p.section.expectsBody) continue;
    if (p.body.some(isContent)) continue;
    findings.push(
      docFinding(
        'empty-section',
        `section "${p.section.title}" is empty`,
        startOf(p.heading),
        p.section.index,
      ),
    );
  }
  return { findings, present };
}

/** A section's name in a message: the document's own words where the template has a placeholder. */
function shownTitle(p: PresentSection): string {
  return p.section.pattern.wild ? textOf(p.heading).trim() : p.section.title;
}

function isContent(node: RootContent): boolean {
  if (node.type === 'html') return false;
  if (node.type === 'heading') return false;
  if (node.type === 'paragraph') {
    const text = textOf(node);
    if (text.trim() === '') return node.children.length > 0;
    return !(node.children.every((c) => c.type === 'text') && onlyAdmonitionFences(text));
  }
  return true;
}

/** `:::note` and `:::` (Docusaurus), `!!! note` (MkDocs) alone: the box of an admonition, not its text. */
const ADMONITION_FENCE = /^(?::{3,}[ \t]*[\w-]*|(?:!!!|\?\?\?\+?)[ \t]*[\w-]+)$/;

function onlyAdmonitionFences(text: string): boolean {
  if (!text.includes(':::') && !text.includes('!!!') && !text.includes('???')) return false;
  return text.split('\n').every((line) => line.trim() === '' || ADMONITION_FENCE.test(line.trim()));
}

/** The blocks after `heading` until one that `ends` it. */
export function bodyOf(
  children: readonly RootContent[],
  heading: Heading,
  ends: (next: Heading) => boolean,
): RootContent[] {
  const start = children.indexOf(heading);
  const out: RootContent[] = [];
  for (let i = start + 1; i < children.length; i++) {
    const node = children[i]!;
    if (node.type === 'heading' && ends(node)) break;
    out.push(node);
  }
  return out;
}

/** Positions (into `seq`) of one longest strictly increasing subsequence of the defined values. */
function longestIncreasing(seq: readonly (number | undefined)[]): Set<number> {
  const idx: number[] = [];
  for (let i = 0; i < seq.length; i++) if (seq[i] !== undefined) idx.push(i);
  // Patience sorting with predecessor links: O(n log n), headings can be many in generated docs.
  const tails: number[] = [];
  const prev = new Map<number, number>();
  for (const i of idx) {
    const v = seq[i]!;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (seq[tails[mid]!]! < v) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev.set(i, tails[lo - 1]!);
    tails[lo] = i;
  }
  const out = new Set<number>();
  let k: number | undefined = tails[tails.length - 1];
  while (k !== undefined) {
    out.add(k);
    k = prev.get(k);
  }
  return out;
}

/** Where heading `h` belongs, relative to the nearest in-order heading that shows it. */
function orderHint(
  h: number,
  pairedTo: readonly (number | undefined)[],
  inOrder: ReadonlySet<number>,
  headings: readonly Heading[],
): string {
  const mine = pairedTo[h]!;
  for (let k = h - 1; k >= 0; k--) {
    if (inOrder.has(k) && pairedTo[k]! > mine) return `before "${textOf(headings[k]!).trim()}"`;
  }
  for (let k = h + 1; k < headings.length; k++) {
    if (inOrder.has(k) && pairedTo[k]! < mine) return `after "${textOf(headings[k]!).trim()}"`;
  }
  return 'elsewhere';
}
