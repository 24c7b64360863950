import type { ListItem, RootContent } from 'mdast';
import { clip } from './clip.js';
import { docFinding } from './doc-finding.js';
import type { DocFinding } from './doc-finding.js';
import { hasPlaceholder } from './placeholder-syntax.js';
import { startOf, textOf } from './markdown.js';
import type { Point } from './markdown.js';

/**
 * `<!-- ops-steward: five-whys -->`: at least five whys, each answered. Teams write them as numbered
 * questions with their answers, "Why?" subheadings with the answer under each, a chain nested under
 * the answers, questions and answers as alternating items, "Why 1: …" labels, a Why/Because table,
 * or paragraphs that each ask why.
 */

interface Why {
  at: Point;
  question: string;
  answered: boolean;
}

const HAS_WORD = /[\p{L}\p{N}]/u;

function isQuestion(text: string): boolean {
  return /^why\b/i.test(text) || text.includes('?');
}

/** An answer in the question's own text: after its "?", after "because", or after a "Why 1:" label. */
function answersItself(text: string): boolean {
  const q = text.indexOf('?');
  if (q >= 0) return HAS_WORD.test(text.slice(q + 1));
  const because = text.toLowerCase().search(/\bbecause\b/);
  if (because >= 0) return HAS_WORD.test(text.slice(because + 'because'.length));
  if (!/^why\b/i.test(text)) return true; // a statement answers the why before it
  const label = /^why\b[^:—–]*?(?::|—|–|\s-\s)/i.exec(text);
  return label !== null && HAS_WORD.test(text.slice(label[0].length));
}

function hasContent(node: RootContent): boolean {
  if (node.type === 'html' || node.type === 'heading') return false;
  return textOf(node).trim() !== '';
}

/** "Why?" subheadings of the section, each answered by the text before the next subheading. */
function headingWhys(body: readonly RootContent[]): Why[] {
  const out: Why[] = [];
  let current: Why | undefined;
  for (const node of body) {
    if (node.type === 'heading') {
      const text = textOf(node).trim();
      current =
        isQuestion(text) && !hasPlaceholder(text)
          ? { at: startOf(node), question: text, answered: answersItself(text) }
          : undefined;
      if (current) out.push(current);
    } else if (current && hasContent(node)) current.answered = true;
  }
  return out;
}

interface FlatItem {
  item: ListItem;
  head: string;
  /** Paragraphs or code after the first line, other than nested lists. */
  more: boolean;
  top: boolean;
}

function flatten(items: readonly ListItem[], top: boolean, out: FlatItem[]): void {
  for (const item of items) {
    const [first, ...rest] = item.children;
    out.push({
      item,
      head: first && first.type !== 'list' ? textOf(first).trim() : '',
      more: rest.some((r) => r.type !== 'list' && hasContent(r)),
      top,
    });
    for (const r of [first, ...rest]) if (r?.type === 'list') flatten(r.children, false, out);
  }
}

/** List items, at any depth: the questions, each answered by itself or by the item that follows it. */
function listWhys(body: readonly RootContent[], answersOnly: boolean): Why[] {
  const flat: FlatItem[] = [];
  for (const node of body) if (node.type === 'list') flatten(node.children, true, flat);
  const items = flat.filter((f) => !hasPlaceholder(textOf(f.item)));
  const questions = items.filter((f) => isQuestion(f.head));
  // No questions at all: every top-level item is one step of the chain ("1. The deploy failed."),
  // unless "Why?" subheadings ask and these items answer them.
  if (questions.length === 0) {
    if (answersOnly) return [];
    return items
      .filter((f) => f.top)
      .map((f) => ({ at: startOf(f.item), question: f.head, answered: true }));
  }
  return items.flatMap((f, i) => {
    if (!isQuestion(f.head)) return [];
    const next = items[i + 1];
    const answered =
      answersItself(f.head) ||
      f.more ||
      (next !== undefined && !isQuestion(next.head) && next.head !== '');
    return [{ at: startOf(f.item), question: f.head, answered }];
  });
}

/** Paragraphs that ask why, each answered after its question or by the paragraph that follows. */
function paragraphWhys(body: readonly RootContent[]): Why[] {
  const out: Why[] = [];
  let current: Why | undefined;
  for (const node of body) {
    if (node.type !== 'paragraph') continue;
    const text = textOf(node).trim();
    if (/^why\b/i.test(text) && !hasPlaceholder(text)) {
      current = { at: startOf(node), question: text, answered: answersItself(text) };
      out.push(current);
    } else if (current && text !== '') {
      current.answered = true;
      current = undefined;
    }
  }
  return out;
}

/** Table rows: the question is the first cell that asks one, the answer any cell after it. */
function tableWhys(body: readonly RootContent[]): Why[] {
  const out: Why[] = [];
  for (const node of body) {
    if (node.type !== 'table') continue;
    for (const row of node.children.slice(1)) {
      const cells = row.children.map((c) => textOf(c).trim());
      if (hasPlaceholder(cells.join(' '))) continue;
      const q = Math.max(0, cells.findIndex(isQuestion));
      const question = cells[q] ?? '';
      const answered =
        cells.slice(q + 1).some((c) => c !== '') ||
        (question.includes('?') && answersItself(question));
      out.push({ at: startOf(row), question, answered });
    }
  }
  return out;
}

export function checkFiveWhys(
  body: readonly RootContent[],
  title: string,
  index: number,
  at: Point,
): DocFinding[] {
  const byHeading = headingWhys(body);
  const inLists = [...listWhys(body, byHeading.length > 0), ...tableWhys(body)];
  // Subheadings that ask, or one question over a list of whys: whichever holds more of them.
  const whys =
    byHeading.length > inLists.length
      ? byHeading
      : inLists.length > 0
        ? inLists
        : paragraphWhys(body);
  // Only the template's example whys left: the placeholder finding says it already.
  if (whys.length === 0 && body.some((node) => hasPlaceholder(textOf(node)))) return [];
  const out: DocFinding[] = [];
  if (whys.length < 5) {
    out.push(
      docFinding(
        'five-whys',
        `section "${title}" has ${whys.length} why${whys.length === 1 ? '' : 's'}; a 5 Whys needs at least five`,
        at,
        index,
      ),
    );
  }
  whys.forEach((w, i) => {
    if (!w.answered) {
      out.push(
        docFinding('five-whys', `why ${i + 1} has no answer ("${clip(w.question)}")`, w.at, index),
      );
    }
  });
  return out;
}
