import type { Nodes, Text } from 'mdast';
import { docFinding } from './doc-finding.js';
import type { DocFinding } from './doc-finding.js';
import { startOf, walk } from './markdown.js';
import type { ParsedMarkdown, Point } from './markdown.js';
import { pointIn } from './section-rules.js';

/**
 * Blameless language: configured phrases matched on whole words of the prose — never inside code,
 * inline code, HTML or link targets. A phrase may span formatting ("**Bob**'s fault").
 */

interface Token {
  word: string;
  at: Point;
}

/** "Bob's" reads as "bob", "'s": the possessive is what blames. */
function tokensOf(node: Text): Token[] {
  const out: Token[] = [];
  const start = startOf(node);
  for (const m of node.value.matchAll(/['\u2019]s(?![\p{L}\p{N}])|[\p{L}\p{N}]+/gu)) {
    out.push({
      word: m[0].replace('\u2019', "'").toLowerCase(),
      at: pointIn(node.value, m.index, start),
    });
  }
  return out;
}

/** Words that turn "X's fault" into its opposite. */
const NOBODY = new Set(['nobody', 'noone', 'one', 'anybody', 'anyone', 'no']);

export function compilePhrases(phrases: readonly string[]): string[][] {
  return phrases
    .map((p) =>
      p
        .toLowerCase()
        .replace(/\u2019/g, "'")
        .split(/\s+|(?=')/)
        .filter(Boolean),
    )
    .filter((p) => p.length > 0);
}

export function checkBlame(doc: ParsedMarkdown, phrases: readonly string[][]): DocFinding[] {
  if (phrases.length === 0) return [];
  const out: DocFinding[] = [];
  // Token runs per block: a phrase never spans two paragraphs or a piece of code.
  const runs: Token[][] = [];
  let run: Token[] = [];
  const flush = (): void => {
    if (run.length > 0) runs.push(run);
    run = [];
  };
  walk(doc.tree, (node: Nodes) => {
    if (node.type === 'code' || node.type === 'html' || node.type === 'yaml') {
      flush();
      return false;
    }
    if (node.type === 'inlineCode') {
      flush();
      return;
    }
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') flush();
    if (node.type === 'text') run.push(...tokensOf(node));
  });
  flush();
  for (const tokens of runs) {
    for (let i = 0; i < tokens.length; i++) {
      for (const phrase of phrases) {
        if (!matchesAt(tokens, i, phrase)) continue;
        const text = tokens
          .slice(i, i + phrase.length)
          .map((t) => t.word)
          .join(' ')
          .replace(" '", "'");
        out.push(
          docFinding(
            'blame',
            `blaming language "${text}": describe what the system allowed, not who failed`,
            tokens[i]!.at,
          ),
        );
        break;
      }
    }
  }
  return out;
}

function matchesAt(tokens: readonly Token[], i: number, phrase: readonly string[]): boolean {
  if (i + phrase.length > tokens.length) return false;
  for (let k = 0; k < phrase.length; k++) {
    const word = tokens[i + k]!.word;
    const want = phrase[k]!;
    if (want === '*') {
      if (word === "'s" || NOBODY.has(word)) return false;
      continue;
    }
    if (word !== want) return false;
  }
  return true;
}
