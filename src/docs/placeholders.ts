import { clip } from './clip.js';
import { docFinding } from './doc-finding.js';
import type { DocFinding } from './doc-finding.js';
import { normalizeText } from './headings.js';
import { pointIn, startOf, textOf, walk } from './markdown.js';
import type { Point, Visitor } from './markdown.js';
import type { Nodes } from 'mdast';
import { hasPlaceholder, nextPlaceholder } from './placeholder-syntax.js';

/**
 * `{{ … }}` left in the prose (code may hold templating of its own), or a template placeholder line
 * kept: one visitor of the document's shared walk, with its findings once the walk is done.
 */
export function placeholderVisitor(
  templateLines: ReadonlySet<string>,
): Visitor & { findings(): DocFinding[] } {
  const out: DocFinding[] = [];
  return {
    enter(node) {
      if (node.type === 'code' || node.type === 'html') return false;
      if (node.type !== 'paragraph' && node.type !== 'tableCell' && node.type !== 'heading') return;
      // The block's text, not one text node: a link inside the braces splits them.
      const text = textOf(node);
      const span = text.includes('{{') ? nextPlaceholder(text) : undefined;
      if (span && !inCode(node)) {
        out.push(
          docFinding(
            'placeholder',
            `leftover placeholder "${clip(text.slice(span.from, span.to), 70)}": replace it with the real text`,
            openingBraces(node),
          ),
        );
        return false;
      }
      if (node.type !== 'heading' && templateLines.size > 0) {
        const start = startOf(node);
        text.split('\n').forEach((line, i) => {
          if (!line.includes('{{') && templateLines.has(normalizeText(line))) {
            out.push(
              docFinding(
                'placeholder',
                `"${clip(line.trim(), 70)}" is the template's placeholder text: replace it`,
                { line: start.line + i, column: i === 0 ? start.column : 1 },
              ),
            );
          }
        });
      }
      return false;
    },
    findings: () => out,
  };
}

/** Braces only in inline code (`{{ .Values.x }}` in a Helm hint) are not placeholders. */
function inCode(node: Nodes): boolean {
  let prose = '';
  walk(node, (n) => {
    if (n.type === 'inlineCode') return false;
    if (n.type === 'text') prose += n.value;
  });
  return !hasPlaceholder(prose);
}

function openingBraces(node: Nodes): Point {
  let at: Point | undefined;
  walk(node, (n) => {
    if (at || n.type === 'inlineCode') return false;
    if (n.type === 'text') {
      const span = nextPlaceholder(n.value);
      if (span) at = pointIn(n.value, span.from, startOf(n));
    }
  });
  return at ?? startOf(node);
}
