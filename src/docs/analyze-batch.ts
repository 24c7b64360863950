import { analyzeDocument } from './check-document.js';
import type { DocumentAnalysis, DocumentChecks } from './check-document.js';
import { parseMarkdown } from './markdown.js';

/** A document to analyze: its text and the name of the kind it is judged as. */
export interface DocumentText {
  path: string;
  kind: string;
  text: string;
}

/** Documents and what judging them needs, by kind name: one message to a worker thread. */
export interface AnalysisTask {
  checks: Record<string, DocumentChecks>;
  docs: DocumentText[];
}

export type AnalysisReply =
  { id: number; analyses: DocumentAnalysis[] } | { id: number; error: string };

/** Parses and analyzes each document; its tree is dropped before the next one is parsed. */
export function analyzeBatch(
  docs: readonly DocumentText[],
  checks: Readonly<Record<string, DocumentChecks>>,
): DocumentAnalysis[] {
  return docs.map((d) => {
    const c = checks[d.kind];
    if (!c) throw new Error(`no template was sent for kind "${d.kind}" (${d.path})`);
    return analyzeDocument(parseMarkdown(d.path, d.text), c).analysis;
  });
}
