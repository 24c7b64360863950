import type { Codeowners } from './types.js';

/**
 * All rules of one CODEOWNERS file compiled into one index, so a path is tested only against the
 * rules that can match it: anchored rules sit in a trie of their leading literal segments, unanchored
 * literal names in a map, and only wildcard rules without a literal anchor are tried for every path.
 * A 100,000-line file with one rule per module then costs a few tests per path, not 100,000.
 */
export interface RuleIndex {
  /** Index of the rule GitHub applies to `path` (the last that matches), or -1. Memoised per path. */
  winner(path: string): number;
  /** Indexes of every rule matching `path`, last first (the winner, then the rules it shadows). */
  matching(path: string): number[];
}

interface TrieNode {
  rules: number[];
  children: Map<string, TrieNode>;
}

const indexes = new WeakMap<Codeowners, RuleIndex>();

/** The index of `codeowners`, built on first use and shared by every caller in the run. */
export function ruleIndex(codeowners: Codeowners): RuleIndex {
  let index = indexes.get(codeowners);
  if (!index) {
    index = buildIndex(codeowners);
    indexes.set(codeowners, index);
  }
  return index;
}

function buildIndex(codeowners: Codeowners): RuleIndex {
  const { rules } = codeowners;
  const root: TrieNode = { rules: [], children: new Map() };
  const bySegment = new Map<string, number[]>();
  const general: number[] = [];
  rules.forEach((rule, i) => {
    const required = rule.matcher.required;
    if (required.kind === 'never') return;
    if (required.kind === 'any') general.push(i);
    else if (required.kind === 'segment') {
      const list = bySegment.get(required.name);
      if (list) list.push(i);
      else bySegment.set(required.name, [i]);
    } else {
      let node = root;
      for (const seg of required.segments) {
        let next = node.children.get(seg);
        if (!next) {
          next = { rules: [], children: new Map() };
          node.children.set(seg, next);
        }
        node = next;
      }
      node.rules.push(i);
    }
  });

  /** Candidate rule indexes for `path`, highest first, without duplicates. */
  const candidates = (path: string): number[] => {
    const segments = path.split('/');
    const lists: number[][] = [general, root.rules];
    let node: TrieNode | undefined = root;
    for (const seg of segments) {
      node = node.children.get(seg);
      if (!node) break;
      lists.push(node.rules);
    }
    for (const seg of new Set(segments)) {
      const list = bySegment.get(seg);
      if (list) lists.push(list);
    }
    const out: number[] = [];
    for (const list of lists) for (const i of list) out.push(i);
    out.sort((a, b) => b - a);
    // Each rule sits in exactly one list, so there are no duplicates to remove.
    return out;
  };

  const winners = new Map<string, number>();
  return {
    winner(path) {
      const known = winners.get(path);
      if (known !== undefined) return known;
      let found = -1;
      for (const i of candidates(path)) {
        if (rules[i]!.matcher.matches(path)) {
          found = i;
          break;
        }
      }
      winners.set(path, found);
      return found;
    },
    matching(path) {
      return candidates(path).filter((i) => rules[i]!.matcher.matches(path));
    },
  };
}
