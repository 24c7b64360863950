import type { Nodes, Text } from 'mdast';
import { docFinding } from './doc-finding.js';
import type { DocFinding } from './doc-finding.js';
import { pointIn, startOf } from './markdown.js';
import type { Visitor } from './markdown.js';

/**
 * Blameless language: configured phrases matched on whole words of the prose — never inside code,
 * inline code, HTML or link targets. A phrase may span formatting ("**Bob**'s fault").
 */

interface Token {
  word: string;
  /** Where the word is: its text node and offset, turned into a line and column only for a match. */
  node: Text;
  index: number;
  /** Where the text between the word before (in this node) and this one starts. */
  gap: number;
}

/** "Bob's" reads as "bob", "'s": the possessive is what blames. */
function pushTokens(node: Text, out: Token[]): void {
  let end = 0;
  for (const m of node.value.matchAll(/['\u2019]s(?![\p{L}\p{N}])|[\p{L}\p{N}]+/gu)) {
    out.push({ word: m[0].replace('\u2019', "'").toLowerCase(), node, index: m.index, gap: end });
    end = m.index + m[0].length;
  }
}

/** Words that, a few words before a phrase in the same sentence, deny it: "nobody is to blame". */
const NEGATIONS = new Set(['not', 'no', 'nobody', 'noone', 'never', 'neither', 'nor', 'without']);
const NEGATION_REACH = 3;

/** A sentence ends between the word before and this one. */
function endsSentence(t: Token): boolean {
  return /[.!?;:]/.test(t.node.value.slice(t.gap, t.index));
}

function negated(tokens: readonly Token[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - NEGATION_REACH; j--) {
    if (endsSentence(tokens[j + 1]!)) return false;
    const word = tokens[j]!.word;
    // "wasn't", "isn't": the tokens are "wasn" and "t".
    if (NEGATIONS.has(word) || (word === 't' && tokens[j - 1]?.word.endsWith('n'))) return true;
  }
  return false;
}

/** Single-word phrases that, before these words, are engineering terms: "lazy loading", "sloppy mode". */
const TERMS: Readonly<Record<string, ReadonlySet<string>>> = {
  lazy: new Set([
    'load',
    'loads',
    'loaded',
    'loading',
    'loader',
    'init',
    'initialization',
    'initialisation',
    'evaluation',
    'import',
    'imports',
    'imported',
    'route',
    'routes',
    'hydration',
    'val',
    'static',
    'property',
    'mount',
    'sequence',
    'list',
    'stream',
    'module',
    'modules',
  ]),
  sloppy: new Set(['mode']),
};

function isTerm(tokens: readonly Token[], i: number, phrase: readonly string[]): boolean {
  return phrase.length === 1 && TERMS[phrase[0]!]?.has(tokens[i + 1]?.word ?? '') === true;
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

/** A character reference (`&#98;`, `&amp;`) can spell in the text a word the source does not hold. */
const CHARACTER_REFERENCE = /&(?:#|[A-Za-z][A-Za-z0-9]*;)/;

/** Lower case where a word's case does not depend on its neighbours (Greek final sigma does). */
function fold(text: string): string {
  return text.toLowerCase().replaceAll('\u2019', "'").replaceAll('\u03c2', '\u03c3');
}

/**
 * Whether some phrase could match in a document with this Markdown source: every word of it (but
 * `*`) appears in the source. The words of the prose are the source's own characters, so when none
 * can, the document is not split into words at all (what most documents are spared).
 */
export function mayHoldPhrase(source: string, phrases: readonly string[][]): boolean {
  if (CHARACTER_REFERENCE.test(source)) return true;
  const text = fold(source);
  return phrases.some((p) => p.every((word) => word === '*' || text.includes(fold(word))));
}

/** Blameless language, as one visitor of the document's shared walk: findings once the walk is done. */
export function blameVisitor(
  phrases: readonly string[][],
  source: string,
): Visitor & { findings(): DocFinding[] } {
  const none = phrases.length === 0 || !mayHoldPhrase(source, phrases);
  // Token runs per block: a phrase never spans two paragraphs or a piece of code.
  const runs: Token[][] = [];
  let run: Token[] = [];
  const flush = (): void => {
    if (run.length > 0) runs.push(run);
    run = [];
  };
  return {
    enter(node: Nodes) {
      if (none) return false;
      if (node.type === 'code' || node.type === 'html' || node.type === 'yaml') {
        flush();
        return false;
      }
      if (node.type === 'inlineCode') {
        flush();
        return;
      }
      if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell')
        flush();
      if (node.type === 'text') pushTokens(node, run);
    },
    findings() {
      flush();
      const out: DocFinding[] = [];
      for (const tokens of runs) out.push(...matchPhrases(tokens, phrases));
      return out;
    },
  };
}

/**
 * The phrases that can start at a word, in the configured order (the first that matches is reported):
 * those beginning with that word and those beginning with `*`. Most words start none, so a document's
 * words are not each tried against every phrase.
 */
interface PhraseIndex {
  byFirstWord: Map<string, readonly string[][]>;
  wildFirst: readonly string[][];
}

const indexes = new WeakMap<readonly string[][], PhraseIndex>();

function phraseIndex(phrases: readonly string[][]): PhraseIndex {
  let index = indexes.get(phrases);
  if (index) return index;
  const wildFirst = phrases.filter((p) => p[0] === '*');
  const byFirstWord = new Map<string, readonly string[][]>();
  for (const first of new Set(phrases.map((p) => p[0]!))) {
    if (first !== '*')
      byFirstWord.set(
        first,
        phrases.filter((p) => p[0] === first || p[0] === '*'),
      );
  }
  index = { byFirstWord, wildFirst };
  indexes.set(phrases, index);
  return index;
}

function matchPhrases(tokens: readonly Token[], phrases: readonly string[][]): DocFinding[] {
  const out: DocFinding[] = [];
  const { byFirstWord, wildFirst } = phraseIndex(phrases);
  for (let i = 0; i < tokens.length; i++) {
    for (const phrase of byFirstWord.get(tokens[i]!.word) ?? wildFirst) {
      if (!matchesAt(tokens, i, phrase)) continue;
      if (negated(tokens, i) || isTerm(tokens, i, phrase)) break;
      const text = tokens
        .slice(i, i + phrase.length)
        .map((t) => t.word)
        .join(' ')
        .replace(" '", "'");
      const { node, index } = tokens[i]!;
      out.push(
        docFinding(
          'blame',
          `blaming language "${text}": describe what the system allowed, not who failed`,
          pointIn(node.value, index, startOf(node)),
        ),
      );
      break;
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
