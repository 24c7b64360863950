import type { List, ListItem, RootContent, TableRow } from 'mdast';
import { startOf, textOf } from './markdown.js';
import type { Point } from './markdown.js';
import { hasPlaceholder } from './placeholder-syntax.js';

/** One item of a section: a top-level list item or a table body row. */
export interface Entry {
  node: ListItem | TableRow;
  at: Point;
  /** The item's text; a row's cells joined by " | ". */
  text: string;
  /** A row's cells; a list item's first line and the rest. */
  cells: string[];
  /** A list item with blocks after its first paragraph (a nested list, a second paragraph). */
  nested: boolean;
  /** Still the template's `{{ … }}` text: reported as a placeholder, not judged as an entry. */
  placeholder: boolean;
}

/** The entries of a section body, in order: items of its lists and rows of its tables (not headers). */
export function entriesOf(body: readonly RootContent[]): Entry[] {
  const out: Entry[] = [];
  for (const node of body) {
    if (node.type === 'list') {
      for (const item of node.children) {
        const [first, ...rest] = item.children;
        const head = first ? textOf(first).trim() : '';
        out.push({
          node: item,
          at: startOf(item),
          text: textOf(item).trim(),
          cells: [head, ...rest.map((r) => textOf(r).trim())],
          nested: rest.length > 0,
          placeholder: hasPlaceholder(textOf(item)),
        });
      }
    } else if (node.type === 'table') {
      for (const row of node.children.slice(1)) {
        const cells = row.children.map((c) => textOf(c).trim());
        const text = cells.join(' | ');
        out.push({
          node: row,
          at: startOf(row),
          text,
          cells,
          nested: false,
          placeholder: hasPlaceholder(text),
        });
      }
    }
  }
  return out;
}

/**
 * Entries where a list item that only names a group ("**Prevent**", "**Detection**") stands for the
 * items nested under it: `isEntry` says whether an item's own first line is an entry.
 */
export function expandGroups(entries: readonly Entry[], isEntry: (e: Entry) => boolean): Entry[] {
  return entries.flatMap((e) => {
    if (e.node.type !== 'listItem' || isEntry(e)) return [e];
    const nested = e.node.children.slice(1).filter((c): c is List => c.type === 'list');
    return nested.length === 0 ? [e] : expandGroups(entriesOf(nested), isEntry);
  });
}
