import type { Yaml } from 'mdast';
import { LineCounter, parseDocument } from 'yaml';
import type { Document, YAMLError } from 'yaml';
import type { Point } from './markdown.js';

export interface FrontMatterYaml {
  doc: Document.Parsed;
  /** Line of the opening `---`. */
  fenceLine: number;
  /** Where a YAML offset sits in the Markdown file. */
  at(offset: number): Point;
  /** The first YAML error, at its position in the Markdown file. */
  error: { message: string; at: Point } | undefined;
}

/** Front matter parsed with positions in the Markdown file; duplicate keys are errors. */
export function parseFrontMatterYaml(node: Yaml): FrontMatterYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(node.value, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const fenceLine = node.position?.start.line ?? 1;
  const at = (offset: number): Point => {
    const p = lineCounter.linePos(offset);
    return { line: fenceLine + p.line, column: p.col };
  };
  const first = doc.errors[0];
  return {
    doc,
    fenceLine,
    at,
    error: first
      ? {
          message: `front matter is not valid YAML: ${first.message.split('\n')[0]}${quoteHint(node.value, first)}`,
          at: at(first.pos[0]),
        }
      : undefined,
  };
}

/** `owner: @alice` is the usual slip: YAML reserves `@` and a backquote, so say how to write it. */
function quoteHint(source: string, error: YAMLError): string {
  if (error.code !== 'BAD_SCALAR_START') return '';
  const token = /^[^\s,[\]{}#]+/.exec(source.slice(error.pos[0]))?.[0];
  return token ? ` (quote it: ${JSON.stringify(token)})` : '';
}
